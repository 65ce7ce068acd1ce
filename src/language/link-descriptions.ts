import type { Mention } from '../model/index.js';
import { bareWord, isCapitalised, isPossessive, type Document } from './document.js';
import type { EntityIndex } from './find-entities.js';
import { EPITHETS, LABEL_MODIFIERS, ROLE_NOUNS, TITLE_WORDS, isIrregularPast } from './lexicon.js';

/* A description is short: "The two-term incumbent", "The embattled former mayor". */
const MAX_DESCRIPTION_TOKENS = 6;
/* Words after the head noun that show the description is not the subject ("The head of the agency"). */
const NOT_SUBJECT = new Set([
  'of',
  'for',
  'and',
  'or',
  'to',
  'in',
  'on',
  'at',
  'with',
  'who',
  'that',
  'which',
  ',',
]);

/*
 * Adjectives by their ending ("The disgraced former mayor", "The boastful 61-year-old", "The greedy ..."): a
 * tabloid's description is an evaluation, which no list holds. Endings that mostly make nouns ("city", "party",
 * "agency", "council") or classifying adjectives ("public", "regional") are left out, so "The public
 * prosecutor" stays someone else.
 */
const ADJECTIVE_SHAPE = /^\p{Ll}{3,}(?:ed|ous|ful|less|ive|ish|able|ible|[dkzpshlm]y)$/u;
/* An age standing for the person: "the 61-year-old", "the sixty-one-year-old". */
const AGE_NOUN = /^[\p{Ll}\p{N}-]*-year-old$/u;
/* Words that may follow an age noun as the subject's verb: auxiliaries and adverbs of time. */
const SUBJECT_VERB_WORDS = new Set([
  'was',
  'is',
  'had',
  'has',
  'will',
  'would',
  'could',
  'must',
  'may',
  'might',
  'can',
  'should',
  'did',
  'does',
  'also',
  'then',
  'later',
  'now',
]);

/** True for a word that may be the verb right after a subject: "had", "raked", "sent", "admits". */
function isVerbAfterSubject(word: string): boolean {
  return (
    SUBJECT_VERB_WORDS.has(word) ||
    isIrregularPast(word) ||
    /^\p{Ll}{2,}ed$/u.test(word) ||
    (/^\p{Ll}{3,}s$/u.test(word) && !/ss$/.test(word))
  );
}

/**
 * Links sentence-initial definite descriptions ("The two-term incumbent received ...") to the person they
 * name: one whose labels share the head noun ("the envoy" -> "special envoy"), else the most mentioned
 * person so far (earliest on ties), the news convention for referring back to the story's protagonist.
 * Returns the reference mentions by entity id, each with its description as a `descriptor` label.
 */
export function linkDescriptions(doc: Document, index: EntityIndex): Map<string, Mention[]> {
  const found = new Map<string, Mention[]>();
  const tokens = doc.tokens;
  const people = index.entities.filter((entity) => entity.type === 'person');
  if (people.length === 0) return found;
  doc.sentenceTokens.forEach(({ first, end }) => {
    if (bareWord(tokens[first]) !== 'the' || !isCapitalised(tokens[first])) return;
    let head = -1;
    let age = false;
    for (let at = first + 1; at < end && at <= first + MAX_DESCRIPTION_TOKENS; at++) {
      const token = tokens[at];
      const word = bareWord(token);
      // "61-year-old" is three tokens: the number, the hyphen and "year-old".
      if (
        head < 0 &&
        token?.kind === 'number' &&
        tokens[at + 1]?.text === '-' &&
        AGE_NOUN.test(`-${tokens[at + 2]?.text ?? ''}`)
      ) {
        head = at + 2;
        age = true;
        at += 2;
        continue;
      }
      if (!token || token.kind !== 'word' || isCapitalised(token)) break;
      if (ROLE_NOUNS.has(word) || EPITHETS.has(word)) {
        head = at;
        age = false;
        continue;
      }
      if (head >= 0) break;
      // "The greedy 61-year-old raked in ...": the age stands for the person, unless a noun follows it.
      if (AGE_NOUN.test(token.text)) {
        head = at;
        age = true;
        continue;
      }
      if (
        !LABEL_MODIFIERS.has(word) &&
        !ADJECTIVE_SHAPE.test(token.text) &&
        !/^[\p{Ll}\p{M}\p{N}]+-[\p{Ll}\p{M}-]+$/u.test(token.text)
      )
        return;
    }
    if (head < 0) return;
    const after = tokens[head + 1];
    const headWord = bareWord(tokens[head]);
    if (!after || NOT_SUBJECT.has(bareWord(after)) || after.kind !== 'word' || isCapitalised(after)) return;
    // "The 40-year-old bridge he approved": an age before a noun is the thing's age.
    if (age && !isVerbAfterSubject(bareWord(after))) return;
    // Plural heads ("The officials") name groups, not one person.
    if (headWord.endsWith('s') && !headWord.endsWith('ss')) return;
    const start = tokens[first]?.start ?? 0;
    // "The mayor's first two terms": the mention and its label are "The mayor", without the possessive.
    const stop = (tokens[head]?.end ?? 0) - (isPossessive(tokens[head]) ? 2 : 0);
    let chosen: string | undefined;
    for (const person of people) {
      const earlier = person.mentions.filter((mention) => mention.start < start);
      if (
        earlier.some((mention) =>
          mention.labels.some((label) => label.text.toLowerCase().split(/\W+/).includes(headWord)),
        )
      ) {
        chosen = person.id;
        break;
      }
    }
    // An office ("the mayor") is not the protagonist when the text gave the protagonist another role
    // ("Councillor Ilse Varga"): the mayor is someone else, unnamed so far.
    const office = TITLE_WORDS.has(headWord);
    const otherRole = (person: (typeof people)[number]): boolean =>
      person.mentions.some(
        (mention) =>
          mention.start < start &&
          mention.labels.some((label) =>
            label.text
              .toLowerCase()
              .split(/\W+/)
              .some((word) => word !== headWord && ROLE_NOUNS.has(word) && !EPITHETS.has(word)),
          ),
      );
    if (!chosen) {
      let best = 0;
      for (const person of people) {
        if (office && otherRole(person)) continue;
        const count = person.mentions.filter((mention) => mention.start < start && !mention.reference).length;
        if (count > best) {
          best = count;
          chosen = person.id;
        }
      }
    }
    if (!chosen) return;
    const text = doc.text.slice(start, stop);
    const list = found.get(chosen) ?? [];
    list.push({
      start,
      end: stop,
      text,
      labels: [{ start, end: stop, text, kind: 'descriptor' }],
      reference: true,
    });
    found.set(chosen, list);
  });
  return found;
}

import type { Label, LabelKind } from '../model/index.js';
import { bareWord, isCapitalised, isPossessive, type Document } from './document.js';
import {
  COMMON_CAPITALISED,
  EPITHETS,
  GENERIC_GROUP_NOUNS,
  GROUP_NOUNS,
  GROUP_PARTICIPLES,
  ROLE_NOUNS,
  TITLE_WORDS,
  isIrregularPast,
  isVerbWord,
} from './lexicon.js';

/* Words in front of a group noun taken into its label: "the far-right anti-immigrant opposition party". */
const MAX_GROUP_MODIFIERS = 4;
/*
 * Without an article or a possessive to open the phrase, the label may only be as long as this: "said militant
 * group Hamas", but not "Police chase militant group Hamas", whose verb no list holds.
 */
const MAX_OPEN_MODIFIERS = 1;
/* At a sentence's start the phrase has no verb in front: "Iran-backed militant group X said". */
const MAX_OPENING_MODIFIERS = 2;
/* Words of a prepositional phrase after an appositive's head kept in the label: "a cartel of former soldiers". */
const MAX_OF_PHRASE_TOKENS = 5;

const ARTICLES = new Set(['the', 'a', 'an']);
/* "its state-run broadcaster X": the pronoun opens the phrase but is no part of the label. */
const OWNER_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our']);
/* "a separatist militia called the Northern Front": words that put a name after a group noun. */
const NAMING_VERBS = new Set(['called', 'named', 'dubbed']);
/* What may follow the head of an appositive for its noun phrase to end there: "X, a drug cartel based in ...". */
const AFTER_APPOSITIVE_HEAD = new Set([
  'that',
  'which',
  'who',
  'whose',
  'of',
  'for',
  'against',
  'in',
  'from',
  'with',
  'based',
  'backed',
  'founded',
  'led',
  'linked',
  'allied',
  'funded',
  'run',
  'owned',
]);
/* Prepositions whose short phrase after an appositive's head belongs to the label. */
const LABEL_PREPOSITIONS = new Set(['of', 'for', 'against']);
const CLOSERS = new Set([',', '.', ';', ')', '—', '–', ':']);
const APPOSITIVE_OPENERS = new Set([',', '—', '–', '(']);
/* Past tenses that IRREGULAR_PAST leaves out, read here as the verb after a group's name ("the party X won"). */
const MORE_PAST_TENSES = new Set(
  'won lost made came went became left met rose fell got hid overtook undertook forbade'.split(' '),
);

/** Labels from the organisation-label pass are marked, so that a name that proves a person's can drop them. */
const ORGANISATION_LABELS = new WeakSet<Label>();

/** True for a label found by `organisationLabels`: "the militant group" is no label of a person. */
export function isOrganisationLabel(found: Label): boolean {
  return ORGANISATION_LABELS.has(found);
}

/** The labels found around one name and whether the words there show that the name is an organisation's. */
export interface OrganisationLabels {
  labels: Label[];
  /** True when the phrase shows the name is an organisation even if it looks like a person's. */
  evidence: boolean;
}

/**
 * What the text calls the organisation named by tokens `runStart`..`end`: a noun phrase ending in a group noun
 * right before the name ("the militant group Hamas", "Far-right party Volkswacht won"), or joined to it by
 * "called", "named" or "known as" ("a separatist militia called the Northern Front"), or set off by commas
 * before it ("the nationalist party, Volkswacht,") or after it ("Los Zetas, a drug cartel,"). A group noun
 * inside the name ("Wagner Group"), one that owns something ("the group's leader") or one that modifies
 * another noun ("Volkswacht, a party official") labels nothing; nor does a bare generic noun ("the group").
 */
export function organisationLabels(
  doc: Document,
  runStart: number,
  end: number,
  sentenceFirst: number,
  sentenceEnd: number,
): OrganisationLabels {
  const tokens = doc.tokens;
  const labels: Label[] = [];
  let evidence = false;
  const add = (first: number, last: number, kind: LabelKind): void => {
    const start = tokens[first]?.start;
    const stop = tokens[last]?.end;
    if (start === undefined || stop === undefined) return;
    let epithet = false;
    for (let index = first; index <= last; index++) if (EPITHETS.has(bareWord(tokens[index]))) epithet = true;
    const found: Label = {
      start,
      end: stop,
      text: doc.text.slice(start, stop),
      kind: epithet ? 'epithet' : kind,
    };
    ORGANISATION_LABELS.add(found);
    labels.push(found);
  };
  const closed = CLOSERS.has(tokens[end]?.text ?? '') || end >= sentenceEnd;
  // "insurance company CEOs": a name of people after a group noun is whom the noun is of.
  const only = tokens[runStart];
  if (end - runStart === 1 && only !== undefined && isPeopleWord(bareWord(only).replace(/s$/, '')))
    return { labels, evidence };
  // "the militant group Hamas": a group noun right before the name; not "the giant Bolton field", where the
  // name and the group noun both modify the noun after it.
  // "printer giant Lexmark's stock": after a possessive, the noun is the name's, not one it modifies.
  const direct =
    !isPossessive(tokens[end - 1]) && modifiesNoun(doc, end) ? -1 : groupHeadEndingAt(doc, runStart - 1);
  if (direct >= 0) {
    const phrase = phraseBefore(doc, direct, sentenceFirst);
    if (phrase !== undefined) {
      add(phrase.first, runStart - 1, 'descriptor');
      // "the firm Tom Weaver runs": a name with a verb after it may be the subject of a relative clause.
      if (closed || end - runStart === 1) evidence = true;
    }
  }
  // "a separatist militia called the Northern Front", "the militia known as the Northern Front".
  let at = runStart - 1;
  if (bareWord(tokens[at]) === 'the' && !isCapitalised(tokens[at])) at--;
  const bridge = bareWord(tokens[at]);
  let indefiniteOnly = false;
  let head = -1;
  if (NAMING_VERBS.has(bridge)) {
    // "the party called Brandt a liar": after "the", "called" is as often the verb; after "a", not.
    indefiniteOnly = true;
    head = at - 1;
  } else if (bridge === 'as' && bareWord(tokens[at - 1]) === 'known') head = at - 2;
  else if (bridge === 'itself' && bareWord(tokens[at - 1]) === 'calling') head = at - 2;
  const bridged = head >= 0 ? groupHeadEndingAt(doc, head) : -1;
  if (bridged >= 0) {
    const phrase = phraseBefore(doc, bridged, sentenceFirst, true);
    if (phrase !== undefined && (!indefiniteOnly || phrase.article === 'a' || phrase.article === 'an')) {
      add(phrase.first, head, 'descriptor');
      evidence = true;
    }
  }
  // "the nationalist party, Volkswacht, said", "Tolvania's ruling party, the Civic Union,": a phrase set off
  // before the name, closed by a comma after it.
  let comma = runStart - 1;
  if (bareWord(tokens[comma]) === 'the' && !isCapitalised(tokens[comma])) comma--;
  const apposed = tokens[comma]?.text === ',' && closed ? groupHeadEndingAt(doc, comma - 1) : -1;
  if (apposed >= 0) {
    const phrase = phraseBefore(doc, apposed, sentenceFirst, true);
    if (phrase !== undefined) {
      add(phrase.first, comma - 1, 'appositive');
      evidence = true;
    }
  }
  const after = appositiveAfter(doc, end, sentenceEnd);
  if (after !== undefined) {
    add(after.first, after.last, 'appositive');
    evidence = true;
  }
  return { labels, evidence };
}

/** True for a noun or title for people: "ceo" of "CEOs", "executive". */
function isPeopleWord(word: string): boolean {
  return ROLE_NOUNS.has(word) || TITLE_WORDS.has(word);
}

/**
 * True when the word at `index`, right after a name, is a common noun the name modifies ("the giant Bolton
 * field", "the Ta Nea newspaper Web site"): a lower-case word that is no function word and has no verb's form.
 * "the militant group Hamas crossed", "... builds", "... now" are verbs and adverbs after a subject.
 */
function modifiesNoun(doc: Document, index: number): boolean {
  const token = doc.tokens[index];
  if (!token || token.kind !== 'word' || isCapitalised(token) || isPossessive(token)) return false;
  const word = bareWord(token);
  if (COMMON_CAPITALISED.has(word) || isVerbWord(word) || isIrregularPast(word) || MORE_PAST_TENSES.has(word))
    return false;
  return !/(?:ed|[^s]s|ing|ly)$/.test(word);
}

/**
 * The first token of the group noun that ends at token `index` ("militia"; "think" of "think tank"), or -1: a
 * lower-case group noun that owns nothing ("the group's leader").
 */
function groupHeadEndingAt(doc: Document, index: number): number {
  const token = doc.tokens[index];
  if (!token || token.kind !== 'word' || isCapitalised(token) || isPossessive(token)) return -1;
  const word = bareWord(token);
  if (!GROUP_NOUNS.has(word)) return -1;
  if (word === 'tank') return bareWord(doc.tokens[index - 1]) === 'think' ? index - 1 : -1;
  return index;
}

/**
 * True for a word that may describe an organisation before its group noun: "militant", "far-right", "drug".
 * `loose` takes any word in "-ed" or "-ing" ("the mining giant"), for a phrase an article opens; else only
 * those of GROUP_PARTICIPLES ("banned", "ruling"), as the others are read as verbs.
 */
function isGroupModifier(doc: Document, index: number, loose: boolean): boolean {
  const token = doc.tokens[index];
  if (!token || token.kind !== 'word' || isPossessive(token)) return false;
  if (token.text.includes('-')) return true;
  if (isCapitalised(token)) return !COMMON_CAPITALISED.has(bareWord(token));
  const word = bareWord(token);
  if (word.length < 2 || COMMON_CAPITALISED.has(word) || ARTICLES.has(word) || OWNER_PRONOUNS.has(word))
    return false;
  if (isVerbWord(word) || isIrregularPast(word) || /ly$/.test(word)) return false;
  if (/(?:ed|ing)$/.test(word)) return loose || GROUP_PARTICIPLES.has(word);
  return true;
}

/**
 * The noun phrase that ends in the group noun at `head`: its first token, the article that opens it if any, or
 * undefined when it says nothing (a generic noun with no word in front: "the group"). Without an article or a
 * possessive in front, only a word or two next to the noun are taken, and no capitalised word but the
 * sentence's first. `anchored` requires an article or a possessive.
 */
function phraseBefore(
  doc: Document,
  head: number,
  sentenceFirst: number,
  anchored = false,
): { first: number; article: string | undefined } | undefined {
  const tokens = doc.tokens;
  let opening = sentenceFirst;
  while (opening < head && tokens[opening]?.kind === 'quote') opening++;
  let first = head;
  let modifiers = 0;
  // The first token of the run of modifiers next to the head that read as such without an article in front.
  let strict = head;
  let article: string | undefined;
  let owned = false;
  let index = head - 1;
  for (; index >= opening && modifiers < MAX_GROUP_MODIFIERS; index--) {
    const token = tokens[index];
    const word = bareWord(token);
    if (token?.kind === 'word' && ARTICLES.has(word)) {
      article = word;
      first = index;
      break;
    }
    if (token?.kind === 'word' && OWNER_PRONOUNS.has(word) && !isCapitalised(token)) {
      owned = true;
      break;
    }
    // "Tolvania's ruling party", "the Harbour Council's legal body": the owner opens the phrase.
    if (isPossessive(token) && isCapitalised(token)) {
      first = index;
      while (first - 1 >= opening && isCapitalised(tokens[first - 1]) && !isPossessive(tokens[first - 1]))
        first--;
      if (ARTICLES.has(bareWord(tokens[first - 1])) && first - 1 >= opening) first--;
      owned = true;
      modifiers++;
      break;
    }
    // "the country's ruling party": a common noun's possessive after an article opens the phrase.
    if (isPossessive(token) && ARTICLES.has(bareWord(tokens[index - 1])) && index - 1 >= opening) {
      first = index - 1;
      article = bareWord(tokens[index - 1]);
      modifiers++;
      break;
    }
    // "the embattled party", "the mining giant", "auditing giant X": a word in "-ed" right after an article, or
    // one in "-ing" there or right before the noun, describes; elsewhere it is a verb ("The army raided rebel
    // group X", "The bank hired auditing giant X").
    const opener = tokens[index - 1];
    const afterArticle =
      index - 1 >= opening &&
      (ARTICLES.has(bareWord(opener)) || OWNER_PRONOUNS.has(bareWord(opener)) || isPossessive(opener));
    const trade = /ing$/.test(word) && index === head - 1;
    const loose = afterArticle || trade;
    if (!isGroupModifier(doc, index, loose)) break;
    if (strict === index + 1 && (trade || isGroupModifier(doc, index, false))) strict = index;
    first = index;
    modifiers++;
  }
  if (article === undefined && !owned) {
    if (anchored) return undefined;
    modifiers -= strict - first;
    first = strict;
    const limit = first === opening ? MAX_OPENING_MODIFIERS : MAX_OPEN_MODIFIERS;
    if (modifiers > limit) {
      first = head - MAX_OPEN_MODIFIERS;
      modifiers = MAX_OPEN_MODIFIERS;
    }
    // A capitalised word in the middle of a sentence before a bare phrase is a name of its own.
    while (first < head && first !== opening && isCapitalised(tokens[first])) {
      first++;
      modifiers--;
    }
    // "to lobby Congress", "I trust Ivo Brandt": a group noun alone, with no article, is as often a verb.
    if (modifiers === 0) return undefined;
  }
  if (modifiers === 0 && GENERIC_GROUP_NOUNS.has(bareWord(tokens[head]))) return undefined;
  return { first, article };
}

/**
 * An appositive after the name whose head is a group noun: "Los Zetas, a drug cartel,", "Volkswacht, the
 * nationalist party that ...", "X, a cartel of former soldiers,", "X — a banned militia —": its first and last
 * token, or undefined.
 */
function appositiveAfter(
  doc: Document,
  end: number,
  sentenceEnd: number,
): { first: number; last: number } | undefined {
  const tokens = doc.tokens;
  // "Korvash — a banned militia — held", "Velmar (a shipping conglomerate) denied": dashes and brackets too.
  if (!APPOSITIVE_OPENERS.has(tokens[end]?.text ?? '')) return undefined;
  const opener = tokens[end + 1];
  if (opener?.kind !== 'word' || !ARTICLES.has(bareWord(opener))) return undefined;
  let head = -1;
  let modifiers = 0;
  for (let index = end + 2; index < sentenceEnd && modifiers <= MAX_GROUP_MODIFIERS; index++) {
    const next = tokens[index + 1];
    // "think" of "think tank" is no modifier.
    if (bareWord(tokens[index]) === 'think' && bareWord(next) === 'tank') continue;
    const headFirst = groupHeadEndingAt(doc, index);
    // "a party official": a group noun before another noun modifies it.
    const ends =
      next === undefined ||
      index + 1 >= sentenceEnd ||
      CLOSERS.has(next.text) ||
      (next.kind === 'word' && AFTER_APPOSITIVE_HEAD.has(bareWord(next)));
    if (headFirst >= 0 && ends) {
      head = index;
      break;
    }
    // "X, a shipping conglomerate,", "X, the embattled party,": an appositive's words in "-ed" or "-ing" describe.
    if (!isGroupModifier(doc, index, true)) return undefined;
    modifiers++;
  }
  if (head < 0) return undefined;
  let last = head;
  // "a cartel of former soldiers,": a short phrase that closes the appositive belongs to it.
  if (LABEL_PREPOSITIONS.has(bareWord(tokens[head + 1]))) {
    for (let index = head + 2; index < sentenceEnd && index - head - 1 <= MAX_OF_PHRASE_TOKENS; index++) {
      const token = tokens[index];
      if (CLOSERS.has(token?.text ?? '')) {
        last = index - 1;
        break;
      }
      const word = bareWord(token);
      const plain =
        token?.kind === 'word' &&
        !isVerbWord(word) &&
        !isIrregularPast(word) &&
        (ARTICLES.has(word) || !AFTER_APPOSITIVE_HEAD.has(word));
      if (!plain) break;
    }
  }
  if (modifiers <= 0 && last === head && GENERIC_GROUP_NOUNS.has(bareWord(tokens[head]))) return undefined;
  return { first: end + 1, last };
}

import type { Span } from '../model/index.js';

/** A stretch of text that reports someone's characterisation: "Ruiz called the plan [a disgrace]". */
export interface ReportedCharacterisation extends Span {
  /** Who made it, as written: "Ruiz", "The mayor", "Opposition leaders". */
  speaker: string;
  /** Where the speaker is written, for resolving it to an entity. */
  speakerSpan: Span;
  /**
   * True when the span begins at the verb's object, as nothing ("as", a second noun phrase opened by "a"/"an")
   * told the two apart: "called [the marchers hooligans]". The object is the writer's naming; only the words after
   * it are the speaker's.
   */
  withObject: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Verbs that report a characterisation: "called X Y", "branded X Y", "described X as Y", and the present tense
 * with a plural subject ("critics call him a dictator"); not "brand", "label" or "term", which are mostly nouns
 * ("the party's brand under its new leader"). The words after them are
 * the subject's judgement, reported as news copy reports a quotation, only without the quotation marks.
 */
const CHARACTERISING_VERBS = new Set(
  (
    'call called calls calling branded brands branding describe described describes describing labelled ' +
    'labeled labels labelling labeling dub dubbed dubs termed terms deem deemed deems'
  ).split(' '),
);
/** Verbs whose characterisation comes after "as": "described the budget as a disgrace". */
const AS_VERBS = /^(?:describ|label|term|brand)/;
/** "called for", "called on", "called off": a demand or a cancellation, no characterisation. */
const PARTICLES = new Set('for on off up in out back into upon'.split(' '));
/** A form of "be" or "get" before the verb makes it passive ("was called unlawful"): no speaker is named. */
const PASSIVE = new Set('is was are were be been being get got gets'.split(' '));
/** Words between the subject and the verb that leave the subject as it is: "Ruiz has repeatedly called". */
const BETWEEN = new Set(
  'has have had also repeatedly publicly once previously later then again openly'.split(' '),
);
/** A pronoun or relative subject names no one: the writer may be speaking through it. */
const PRONOUNS = new Set('he she it they we i you who whom which that this what there one'.split(' '));
/** Words that open a noun phrase: the start of a nominal subject ("the mayor", "local boat owners"). */
const DETERMINERS = new Set(
  'the a an his her its their our my your this that these those some many several'.split(' '),
);
/** Subordinating words that end the clause carrying the characterisation. */
const CLAUSE_ENDS = new Set(
  'but while because although though after before when since whereas until unless so yet'.split(' '),
);
/** Words a nominal subject may have before its head noun, at most. */
const MAX_SUBJECT_WORDS = 4;
/** Clause ends: punctuation between two words of the text. */
const BREAK = /[.,;:!?()—–"“”]/;

interface Word extends Span {
  lower: string;
  upper: boolean;
}

/**
 * Finds reported characterisations in a text: "The mayor called the order unlawful", "Ruiz called the plan a
 * disgrace", "Critics described the budget as reckless". The returned span covers the characterisation (from
 * the second noun phrase, or the word after "as", to the end of the clause; the whole rest of the clause when
 * the object cannot be told from it), and the speaker is the subject: a name or a noun phrase. Pronoun subjects,
 * passives ("was branded a traitor") and "called for"/"called on" are left out: no one but the writer is named.
 */
export function findReportedCharacterisations(text: string): ReportedCharacterisation[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD))
    words.push({
      start: match.index,
      end: match.index + match[0].length,
      lower: match[0].toLowerCase(),
      upper: /^\p{Lu}/u.test(match[0]),
    });
  const broken = (index: number): boolean => {
    const before = words[index - 1];
    const word = words[index];
    return before === undefined || word === undefined || BREAK.test(text.slice(before.end, word.start));
  };
  const found: ReportedCharacterisation[] = [];
  for (let index = 1; index < words.length; index++) {
    const verb = words[index];
    if (verb === undefined || !CHARACTERISING_VERBS.has(verb.lower)) continue;
    const next = words[index + 1];
    if (next === undefined || PARTICLES.has(next.lower) || broken(index + 1)) continue;
    let subjectEnd = index - 1;
    while (subjectEnd >= 0 && BETWEEN.has(words[subjectEnd]?.lower ?? '') && !broken(subjectEnd + 1))
      subjectEnd--;
    if (subjectEnd < 0 || broken(subjectEnd + 1)) continue;
    const head = words[subjectEnd] as Word;
    if (PASSIVE.has(head.lower) || PRONOUNS.has(head.lower) || DETERMINERS.has(head.lower)) continue;
    if (CLAUSE_ENDS.has(head.lower) || head.lower === 'and' || head.lower === 'or') continue;
    let subjectStart = subjectEnd;
    if (head.upper) {
      while (subjectStart > 0 && words[subjectStart - 1]?.upper === true && !broken(subjectStart))
        subjectStart--;
    } else {
      // "the mayor", "local boat owners": back to a determiner, a break or the sentence start, a few words.
      let scan = subjectEnd;
      while (scan > 0 && subjectEnd - scan < MAX_SUBJECT_WORDS && !broken(scan)) {
        const previous = words[scan - 1] as Word;
        if (PRONOUNS.has(previous.lower) || CLAUSE_ENDS.has(previous.lower)) break;
        scan--;
        if (DETERMINERS.has(previous.lower)) break;
      }
      subjectStart = scan;
    }
    let end = index + 1;
    while (end < words.length && !broken(end + 1)) {
      const word = words[end + 1] as Word;
      if (CLAUSE_ENDS.has(word.lower)) break;
      // "... a disgrace, and staff walked out" ends at the comma; "and he left" at a new subject.
      if (word.lower === 'and' && PRONOUNS.has(words[end + 2]?.lower ?? '')) break;
      end++;
    }
    let first = index + 1;
    const as = AS_VERBS.test(verb.lower)
      ? words.findIndex((word, at) => at > index && at <= end && word.lower === 'as')
      : -1;
    if (as > 0) first = as + 1;
    else {
      // "called the plan a disgrace": the second noun phrase is the characterisation.
      const second = words.findIndex(
        (word, at) => at > index + 1 && at <= end && (word.lower === 'a' || word.lower === 'an'),
      );
      if (second > 0) first = second;
    }
    const opening = words[first];
    const closing = words[end];
    if (opening === undefined || closing === undefined || first > end) continue;
    const speakerSpan = { start: (words[subjectStart] as Word).start, end: head.end };
    found.push({
      start: opening.start,
      end: closing.end,
      speaker: text.slice(speakerSpan.start, speakerSpan.end),
      speakerSpan,
      withObject: first === index + 1,
    });
  }
  return found;
}

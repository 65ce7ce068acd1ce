import type { Citation, Conflict } from '../model/index.js';

/** What `dropDisputedDates` did to a sentence: the text without the dates, or why a date could not go. */
export type DateDrop = { ok: true; text: string; dropped: Conflict[] } | { ok: false; conflict: Conflict };

/** Words that open a date adverbial and go with it: "on Sunday evening", "by March 4", "late on Monday", "an election for June 28". */
const PREPOSITION =
  /^(?:on|at|in|for|by|during|since|until|till|from|before|after|last|this|next|early|late)$/i;
/** Words before the adverbial that only qualify it and would dangle without it: "only on Monday". */
const QUALIFIER = /(?:\b(?:only|just|not until|as early as|as late as|as recently as|early|late)\s+)$/i;
/** Words after which a date is part of a noun phrase, not an adverbial: "the Sunday vote", "a March 4 deadline". */
const DETERMINER = /\b(?:the|a|an|its|his|her|their|our|this|that|every|each)\s+$/i;
/** Words with which an article says a date moved: the sides are then an update over time, not a dispute. */
const MOVED = /\b(?:postpon|reschedul|delay|push(?:ed)? back|brought forward|moved (?:up|back|to))/i;

/** True when `text` contains `phrase` as whole words, ignoring case ("on Monday" in "On Monday, the ..."). */
export function statesPhrase(text: string, phrase: string): boolean {
  const escaped = phrase
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
  return escaped !== '' && new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

function sameSentence(a: Citation, b: Citation): boolean {
  return a.article === b.article && a.sentence === b.sentence;
}

/**
 * The date conflicts the summary treats as disputes: two or more sides, and no side written as a move ("was
 * postponed to Friday"), which makes the earlier date right when it was reported.
 *
 * @param sentenceOf the whole sentence a citation points into
 */
export function disputedDates(
  conflicts: readonly Conflict[],
  sentenceOf: (citation: Citation) => string,
): Conflict[] {
  return conflicts.filter(
    (conflict) =>
      conflict.kind === 'date' &&
      conflict.sides.length >= 2 &&
      !conflict.sides.some((side) => side.citations.some((citation) => MOVED.test(sentenceOf(citation)))),
  );
}

/** Where `value` stands in `text` as a date adverbial that can go, with the words that go with it. */
function removableSpan(text: string, value: string): { start: number; end: number } | undefined {
  const at = text.toLowerCase().indexOf(value.toLowerCase());
  if (at < 0) return undefined;
  let start = at;
  const end = at + value.length;
  const first = value.split(/\s+/)[0] ?? '';
  if (!PREPOSITION.test(first)) {
    const before = /(\S+)\s+$/.exec(text.slice(0, at));
    if (before === null || !PREPOSITION.test(before[1] ?? '') || DETERMINER.test(text.slice(0, at))) {
      return undefined;
    }
    start = at - before[0].length;
  }
  if (/^['’]s\b/.test(text.slice(end))) return undefined;
  const qualifier = QUALIFIER.exec(text.slice(0, start));
  if (qualifier !== null) start -= qualifier[0].length;
  return { start, end };
}

/** `text` with [start, end) taken out and the spaces and commas around the gap mended. */
function cut(text: string, start: number, end: number): string {
  let head = text.slice(0, start);
  let tail = text.slice(end);
  if (head.trim() === '') {
    // "On Sunday, the governor ..." -> "The governor ..."
    tail = tail.replace(/^\s*,?\s*/, '');
    return tail.charAt(0).toUpperCase() + tail.slice(1);
  }
  head = head.replace(/\s+$/, '');
  if (/,$/.test(head) && /^\s*[,.;:!?]/.test(tail)) head = head.slice(0, -1);
  tail = tail.replace(/^\s+/, '');
  return /^[,.;:!?)]/.test(tail) || tail === '' ? `${head}${tail}` : `${head} ${tail}`;
}

/**
 * Takes out of a summary sentence every disputed date it states on one side's authority ("Governor Marek declared
 * an emergency on Sunday evening" where another outlet says Monday morning), so that the summary does not settle
 * the dispute; the caller reports it beside the sentence. A date written as part of a noun phrase ("the Sunday
 * vote", "Sunday's vote") cannot go without breaking the sentence: then `ok` is false and the sentence gives way.
 *
 * @param citations the article sentences the summary sentence rests on: a side counts as stated only where the
 *   sentence is one of that side's sentences and still carries its words
 */
export function dropDisputedDates(
  text: string,
  citations: readonly Citation[],
  conflicts: readonly Conflict[],
): DateDrop {
  let result = text;
  const dropped: Conflict[] = [];
  for (const conflict of conflicts) {
    for (const side of conflict.sides) {
      if (!side.citations.some((own) => citations.some((cited) => sameSentence(own, cited)))) continue;
      if (!statesPhrase(result, side.value)) continue;
      const span = removableSpan(result, side.value);
      if (span === undefined) return { ok: false, conflict };
      result = cut(result, span.start, span.end);
      if (!dropped.includes(conflict)) dropped.push(conflict);
    }
  }
  return { ok: true, text: result, dropped };
}

import type { FoundSpan } from './find-loaded-spans.js';
import { findLoadedSpans } from './find-loaded-spans.js';
import { NEUTRAL_SUBSTITUTES } from './lexicons/neutral-substitutes.js';
import { countWords } from './text-vectors.js';

/** An epithet the outlet put before a name, taken out of a borrowed sentence: reported, not adopted. */
export interface RemovedLabel {
  label: string;
  name: string;
}

/** A borrowed sentence with its loaded words dropped or swapped where that is safe. */
export interface NeutralSentence {
  text: string;
  /** How many words were dropped or swapped. */
  edits: number;
  /** Sum of the weights of loaded words left in the writer's voice (quotations excluded). */
  residual: number;
  removed: RemovedLabel[];
}

/** Capitalised words (a name) right after a position: "Nicolás Maduro", "Kim Jong Un". */
const NAME_AFTER =
  /^\s+((?:\p{Lu}[\p{L}\p{M}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|da|del|al|bin|van|von)){0,3})/u;

/** Single words of these reasons can simply be dropped: they add emphasis or certainty, not content. */
/** Epithets for a ruler: before a name they become the neutral role word "leader" ("Venezuelan leader X"). */
const RULER_EPITHET = /^(?:dictator|tyrant|despot|strongman|autocrat)s?$/i;

const DROPPABLE = new Set(['intensifier', 'speculation-as-fact']);

function isDroppable(span: FoundSpan): boolean {
  return DROPPABLE.has(span.reason) && !span.text.includes(' ');
}

/** Function words after which a following word is not a noun the adjective could modify. */
const NOT_A_NOUN =
  /^(?:of|to|in|on|at|for|with|by|from|and|or|but|that|than|as|is|are|was|were|be|been|it|this|these|those|the|a|an|about|after|before|over|into|if|when|while|because|so|not|enough)$/;

/**
 * An emotive word used as an adjective before its noun ("a stunning defeat", "the chaotic withdrawal"), or an
 * emotive manner adverb ("shockingly"): dropping it leaves the fact ("a defeat") and reads as plain prose. A
 * predicative or noun use ("the plan was disastrous", "a fiasco") cannot be dropped and stays residual.
 */
function isAttributiveEmotive(text: string, span: FoundSpan): boolean {
  if (span.reason !== 'emotive' || span.text.includes(' ') || /^\p{Lu}/u.test(span.text)) return false;
  if (/ly$/.test(span.text)) return /^\s+\p{Ll}/u.test(text.slice(span.end));
  const next = /^\s+(\p{Ll}[\p{L}\p{M}-]*)/u.exec(text.slice(span.end));
  const previous = /([\p{L}\p{M}]+)[\s]+$/u.exec(text.slice(Math.max(0, span.start - 30), span.start));
  if (!next?.[1] || !previous?.[1] || NOT_A_NOUN.test(next[1])) return false;
  return /^(?:a|an|the|this|that|these|those|its|his|her|their|our|some|any|another|such|and|more|most)$/i.test(
    previous[1],
  );
}

/**
 * Rewrites a sentence taken from an article so the summary does not adopt the outlet's loaded wording: an epithet
 * before a name is dropped (and returned, so the summary can report it as the outlet's label), plain swaps from
 * `NEUTRAL_SUBSTITUTES` are made, intensifiers, certainty adverbs and emotive adjectives before their noun are
 * dropped, and a side clause that carries loaded words goes whole. What cannot be fixed this way
 * is counted in `residual`, and the caller skips the sentence when it is still loaded.
 */
export function neutralizeSentence(text: string): NeutralSentence {
  const first = neutralizeWords(text);
  // A side clause that only carried a judgement ("despite a disastrous record") goes whole rather than keep a
  // hollow remainder ("despite a record"), so clause pruning is tried whenever loaded words were found.
  if (first.residual === 0 && first.edits === 0) return first;
  const pruned = dropLoadedClauses(text);
  let best = first;
  if (pruned !== text) {
    const second = neutralizeWords(pruned);
    if (second.residual <= first.residual) best = { ...second, edits: second.edits + 1 };
  }
  if (best.residual === 0) return best;
  // What is still loaded cannot be dropped word by word (a noun, a predicative adjective, a scare quote), so the
  // comma-delimited part that carries it goes instead: an appositive, a trailing participle clause, an opening
  // phrase. The main fact stays; the sentence is not lost to one loaded phrase.
  const source = pruned === text || best === first ? text : pruned;
  const cut = dropLoadedSegments(source);
  if (cut === undefined) return best;
  const third = neutralizeWords(cut);
  if (third.residual >= best.residual || countWords(third.text) < SEGMENT_CUT_MIN_WORDS) return best;
  return { ...third, edits: third.edits + best.edits + 1 };
}

/** A sentence cut shorter than this is a fragment, not a fact. */
const SEGMENT_CUT_MIN_WORDS = 6;

/** Where a sentence splits into comma or dash delimited parts: the separator's start and end. */
const SEGMENT_BREAK = /,\s+|\s+[—–]\s+|\s*[—–]{1,2}\s*(?=\p{L})|;\s+/gu;

/**
 * How a part of a sentence that can be dropped begins: a preposition or subordinator ("In the wake of ...",
 * ", after ...", ", which ..."), or a participle (", dismissing it as ..."). A part opening otherwise may hold
 * the sentence's subject or main verb.
 */
const SIDE_OPENING =
  /^\s*(?:in|on|at|after|before|with|without|despite|amid|amidst|following|as|while|although|though|since|when|whereas|during|under|over|by|for|from|among|unlike|like|beyond|through|throughout|against|including|which|who|whom|whose|where|even|once|until|if|unless|because|[a-z]+ing)\b/i;
/** An appositive: a noun phrase naming what the subject is (", the Queen's 'strength', ..."). */
const APPOSITIVE_OPENING = /^\s*(?:the|a|an|one|its|his|her|their|our|another|now|then|formerly)\b/i;
/** A remainder that is only an attribution ("the regional fire service said on Wednesday.") states nothing. */
const ATTRIBUTION_ONLY =
  /^[^,;]{0,80}\b(?:said|says|say|told|reported|added|confirmed|announced|stated)\b(?:\s+(?:on|in|late|early|last)\b[^,;]{0,30})?\s*[.!?]?["”’]?\s*$/i;

/**
 * The sentence without the comma- or dash-delimited parts that carry loaded words in the writer's voice, or
 * undefined when that would leave no main clause: loaded words in the last parts go with everything from the
 * break before them ("..., dismissing it as a stunt."), in middle parts the parts go and the outer separator stays
 * ("X, the 'strength' of Y, has died" -> "X has died"), in the opening part it goes when the rest can stand
 * ("In the wake of the brutal attack, firms ..." -> "Firms ..."). Breaks inside quotations are not used.
 */
function dropLoadedSegments(text: string): string | undefined {
  const found = findLoadedSpans(text);
  const loaded = found.spans.filter((span) => span.region < 0);
  if (loaded.length === 0) return undefined;
  const inQuote = (index: number) =>
    found.regions.some((region) => region.start <= index && index < region.end);
  const breaks: { start: number; end: number }[] = [];
  for (const match of text.matchAll(SEGMENT_BREAK)) {
    if (!inQuote(match.index)) breaks.push({ start: match.index, end: match.index + match[0].length });
  }
  if (breaks.length === 0) return undefined;
  // Segment i runs from the end of break i-1 (or 0) to the start of break i (or the text's end).
  const segmentOf = (index: number) => {
    let segment = 0;
    while (segment < breaks.length && (breaks[segment]?.start ?? 0) <= index) segment++;
    return segment;
  };
  const first = segmentOf(Math.min(...loaded.map((span) => span.start)));
  const last = segmentOf(Math.max(...loaded.map((span) => span.end - 1)));
  const end = text.replace(/[\s.!?"”’')]*$/u, '').length;
  const closing = text.slice(end).trim();
  const stop = /[.!?]/.test(closing) ? closing.replace(/["”’')]/g, '') : '.';
  const opening = (segment: number) => text.slice(segment === 0 ? 0 : (breaks[segment - 1]?.end ?? 0));
  if (first > 0 && last === breaks.length) {
    // Only a side part can go from the end: the main predicate may follow a subject's appositive
    // ("Calder Weaving, one of the last mills, said it had lost ...").
    if (!SIDE_OPENING.test(opening(first))) return undefined;
    return `${text.slice(0, breaks[first - 1]?.start).trimEnd()}${stop}`;
  }
  if (first > 0) {
    const before = breaks[first - 1];
    const after = breaks[last];
    if (!before || !after) return undefined;
    if (!SIDE_OPENING.test(opening(first)) && !APPOSITIVE_OPENING.test(opening(first))) return undefined;
    // "Subject, aside, predicate." -> "Subject predicate.": the separators only set the aside off.
    const aside = first === 1 && last + 1 === breaks.length && /^,/.test(text.slice(before.start));
    return text.slice(0, before.start) + (aside ? ' ' + text.slice(after.end) : text.slice(after.start));
  }
  if (last < breaks.length) {
    // The opening part goes only when it is a lead-in phrase: when it holds the subject and verb ("A fire
    // destroyed the warehouse, the service said"), what follows cannot stand alone.
    if (!SIDE_OPENING.test(text)) return undefined;
    const rest = text.slice(breaks[last]?.end);
    if (ATTRIBUTION_ONLY.test(rest)) return undefined;
    return rest.charAt(0).toUpperCase() + rest.slice(1);
  }
  return undefined;
}

/**
 * A side clause set off by a comma and opened by a subordinator (", despite ...", ", which ...", ", amid ...").
 * Such clauses carry background or the writer's colour, not the sentence's main fact, so the summary may drop one
 * when that is where the loaded words are.
 */
const SIDE_CLAUSE =
  /,\s+(?:despite|although|though|while|which|whose|amid|including|even as|after years of)\b[^,.;]*/gi;

function dropLoadedClauses(text: string): string {
  return text.replace(SIDE_CLAUSE, (clause) => {
    const weight = findLoadedSpans(clause).spans.reduce(
      (sum, span) => sum + (span.region < 0 ? span.weight : 0),
      0,
    );
    return weight > 0 ? '' : clause;
  });
}

/**
 * "an extraordinary step" -> "a step" once the word between article and noun is gone: the article follows the
 * new next word's first letter (the common case; "an hour" and "a union" style exceptions are left as they were).
 */
function fixArticle(before: string, after: string): string {
  const article = /\b([Aa])(n?)\s+$/.exec(before);
  const next = /^\p{L}/u.exec(after);
  if (!article || !next) return before;
  const vowel = /^[aeiouAEIOU]/.test(next[0]);
  if (article[2] === 'n' && !vowel && !/^[hH]/.test(next[0])) return before.replace(/n(\s+)$/, '$1');
  if (article[2] === '' && vowel && !/^[uU]/.test(next[0])) return before.replace(/([Aa])(\s+)$/, '$1n$2');
  return before;
}

function neutralizeWords(text: string): NeutralSentence {
  const found = findLoadedSpans(text);
  const removed: RemovedLabel[] = [];
  let residual = 0;
  let edits = 0;
  let output = '';
  let cursor = 0;
  for (const span of found.spans) {
    if (span.region >= 0 || span.start < cursor) continue;
    const lower = span.text.toLowerCase();
    const substitute = NEUTRAL_SUBSTITUTES.get(lower);
    let replacement: string | undefined;
    let cutStart = span.start;
    let cutEnd = span.end;
    if (span.reason === 'epithet') {
      const name = NAME_AFTER.exec(text.slice(span.end));
      if (name?.[1]) {
        removed.push({ label: span.text, name: name[1] });
        if (RULER_EPITHET.test(span.text)) {
          replacement = 'leader';
        } else {
          replacement = '';
          // "the thug Smith" -> "Smith": the article goes with the epithet.
          const article = /\bthe\s+$/i.exec(text.slice(Math.max(0, span.start - 5), span.start));
          if (article) cutStart = span.start - article[0].length;
        }
      }
    }
    if (replacement === undefined && substitute !== undefined) replacement = substitute;
    if (replacement === undefined && (isDroppable(span) || isAttributiveEmotive(text, span)))
      replacement = '';
    if (replacement === undefined) {
      residual += span.weight;
      continue;
    }
    if (replacement === '') {
      // Take the space after the word with it, and a comma that only set off a dropped adverb ("Clearly, ...").
      const after = /^,?\s+/.exec(text.slice(cutEnd));
      if (after) cutEnd += after[0].length;
    } else if (/^\p{Lu}/u.test(span.text)) {
      replacement = replacement.charAt(0).toUpperCase() + replacement.slice(1);
    }
    let before = text.slice(cursor, cutStart);
    // "a terrorist group" -> "an armed group": the article agrees with whatever now follows it.
    before = fixArticle(before, replacement === '' ? text.slice(cutEnd) : replacement);
    output += before + replacement;
    edits++;
    cursor = cutEnd;
  }
  output += text.slice(cursor);
  output = output
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .trim();
  if (output !== '') output = output.charAt(0).toUpperCase() + output.slice(1);
  return { text: output, edits, residual, removed };
}

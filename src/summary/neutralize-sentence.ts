import type { FoundSpan } from './find-loaded-spans.js';
import { findLoadedSpans } from './find-loaded-spans.js';
import { NEUTRAL_SUBSTITUTES } from './lexicons/neutral-substitutes.js';

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
const NAME_AFTER = /^\s+((?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|del|al|bin|van|von)){0,3})/u;

/** Single words of these reasons can simply be dropped: they add emphasis or certainty, not content. */
/** Epithets for a ruler: before a name they become the neutral role word "leader" ("Venezuelan leader X"). */
const RULER_EPITHET = /^(?:dictator|tyrant|despot|strongman|autocrat)s?$/i;

const DROPPABLE = new Set(['intensifier', 'speculation-as-fact']);

function isDroppable(span: FoundSpan): boolean {
  return DROPPABLE.has(span.reason) && !span.text.includes(' ');
}

/**
 * Rewrites a sentence taken from an article so the summary does not adopt the outlet's loaded wording: an epithet
 * before a name is dropped (and returned, so the summary can report it as the outlet's label), plain swaps from
 * `NEUTRAL_SUBSTITUTES` are made, intensifiers and certainty adverbs are dropped. What cannot be fixed this way
 * is counted in `residual`, and the caller skips the sentence when it is still loaded.
 */
export function neutralizeSentence(text: string): NeutralSentence {
  const first = neutralizeWords(text);
  if (first.residual === 0) return first;
  const pruned = dropLoadedClauses(first.text);
  if (pruned === first.text) return first;
  const second = neutralizeWords(pruned);
  return { ...second, edits: first.edits + second.edits + 1, removed: [...first.removed, ...second.removed] };
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
    if (replacement === undefined && isDroppable(span)) replacement = '';
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
    output += text.slice(cursor, cutStart) + replacement;
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

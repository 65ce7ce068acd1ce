import { contentWords } from './text-vectors.js';

/**
 * A trailing clause of circumstance after a comma: ", hours before the assembly was due to ...", ", three weeks
 * after auditors found ...", ", amid ...". What it tells happened around the main event, not the event.
 */
const TRAILING_CLAUSE =
  /,\s*(?:(?:[\p{L}\d]+\s+)?(?:hours?|days?|weeks?|months?|years?)\s+)?(?:after|before|amid|following|since|while)\s/giu;
/** Fewer content words than this in the clause say too little to judge whether others tell it. */
const CLAUSE_MIN_WORDS = 3;
/** Words the main clause must keep to stand as a fact on its own ("Arveld resigned as governor"). */
const KEPT_MIN_WORDS = 4;
/**
 * 0.5: another telling gives the clause when it shares at least half of its content words ("hours before the
 * assembly was due to debate a motion of no confidence" is told by no outlet that says only "resigned on Tuesday").
 */
const CLAUSE_SHARED_MIN = 0.5;

/**
 * A summary sentence told by several outlets, without a trailing clause of circumstance that only its own outlet
 * gives: the sentence cites every outlet's telling of the main event, and an outlet that never said "hours before
 * the assembly was due to debate a motion of no confidence" is not cited for it. `others` are the other outlets'
 * sentences the summary sentence cites; with none, or when one of them tells the clause too, `text` is returned
 * unchanged. A clause inside a quotation is never cut (the quote would change).
 *
 * @example
 * dropLoneClause('Arveld resigned as governor, hours before a vote of no confidence in her.', ['Arveld resigned as governor on Tuesday.'])
 * // -> 'Arveld resigned as governor.'
 */
export function dropLoneClause(text: string, others: readonly string[]): string {
  if (others.length === 0) return text;
  let cut: number | undefined;
  for (const match of text.matchAll(TRAILING_CLAUSE)) cut = match.index;
  if (cut === undefined || /["“”]/.test(text.slice(cut))) return text;
  const clause = new Set(contentWords(text.slice(cut)));
  if (clause.size < CLAUSE_MIN_WORDS) return text;
  const told = others.some((other) => {
    const words = new Set(contentWords(other));
    let shared = 0;
    for (const word of clause) if (words.has(word)) shared++;
    return shared / clause.size >= CLAUSE_SHARED_MIN;
  });
  if (told) return text;
  const kept = text.slice(0, cut).trimEnd();
  if (contentWords(kept).length < KEPT_MIN_WORDS) return text;
  const stop = /[.!?]$/.exec(text.trimEnd())?.[0] ?? '.';
  return kept + stop;
}

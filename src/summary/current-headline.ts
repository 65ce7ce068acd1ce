import type { CitedText } from '../model/index.js';
import {
  dropDisputedFigures,
  findDisputedFigures,
  type DisputedFigure,
  type FoundFigure,
} from './disputed-figures.js';
import { chooseHeadline, sentenceShape } from './make-headline.js';

/** A figure that a later report in the story has updated, and that report's sentence giving the latest figure. */
export interface FigureUpdate {
  superseded: DisputedFigure;
  report: CitedText;
}

/**
 * A clause added after the event with a participle (", killing five people", ", injuring 23 passengers, four of
 * them seriously"): it reports a consequence, and the event reads whole without it.
 */
const PARTICIPLE_CLAUSE = /,\s+\p{Ll}+ing\s/gu;
/** A breakdown of the figure before it: ", four of them seriously", ", two of whom were children". */
const AFTERTHOUGHT = /^,\s*[\p{Ll}\d]+\s+of\s+(?:them|whom)\b/u;

/**
 * `text` without each participle clause that holds one of `found` ("A ferry sank off Varn Point, killing five
 * people, coastguard says" -> "A ferry sank off Varn Point, coastguard says"), or undefined when a figure stands
 * elsewhere. The clause runs to the next comma after the figure, so that a trailing attribution stays.
 */
function withoutFigureClauses(text: string, found: readonly FoundFigure[]): string | undefined {
  const clauses = [...text.matchAll(PARTICIPLE_CLAUSE)].map((match) => match.index);
  let result = text;
  for (const figure of [...found].sort((a, b) => b.start - a.start)) {
    const start = clauses.filter((index) => index < figure.start).at(-1);
    if (start === undefined || start === 0) return undefined;
    let end = result.indexOf(',', figure.nounEnd);
    // The clause's own breakdown of the figure (", four of them seriously") goes with it.
    while (end >= 0 && AFTERTHOUGHT.test(result.slice(end))) end = result.indexOf(',', end + 1);
    if (end < 0) end = result.length;
    result = result.slice(0, start) + result.slice(end);
  }
  return result;
}

/**
 * The headline with no figure that a later report in the story has updated, since a reader must not get a
 * headline that a later report contradicts (the summary itself tells both figures in time order). In order: the
 * participle clause that gives the old figure goes when the event reads without it ("A ferry sank off Varn Point,
 * killing five people"); else the headline is made from the later report's sentence, which gives the latest
 * figure (unless it is a quotation); else the old figure alone goes ("Five people have died" -> "People have died").
 */
export function currentHeadline(headline: CitedText, updates: readonly FigureUpdate[]): CitedText {
  const stale = updates.map((update) => update.superseded);
  const states = (text: string): FoundFigure[] => findDisputedFigures(text, stale);
  const found = states(headline.text);
  if (found.length === 0) return headline;
  const trimmed = withoutFigureClauses(headline.text, found);
  if (trimmed !== undefined && states(trimmed).length === 0) return { ...headline, text: trimmed };
  for (const update of updates) {
    if (findDisputedFigures(headline.text, [update.superseded]).length === 0) continue;
    // A headline is never a quotation, so a later report made of one gives none.
    if (sentenceShape(update.report.text) === 'quotation') continue;
    const fromReport = chooseHeadline([update.report]);
    if (fromReport && fromReport.text !== '' && states(fromReport.text).length === 0) return fromReport;
  }
  const dropped = dropDisputedFigures(headline.text, stale);
  return dropped.ok ? { ...headline, text: dropped.text } : headline;
}

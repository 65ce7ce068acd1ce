import type { Article, Conflict } from '../model/index.js';

/** Words with which a later report says a figure has changed since an earlier one: an update, not a dispute. */
const UPDATE_CUE =
  /\b(?:has|have|had)\s+(?:risen|rose|climbed|grown|increased|fallen|dropped)\b|\b(?:rose|climbed|increased|dropped|fell)\s+to\b|\b(?:now|latest|updated|revised)\b/i;

/**
 * Words with which a report gives a running total, to its own day: "has burned 3,400 hectares since it started",
 * "so far", "to date". A later running total supersedes an earlier one (a fire that burned 850 hectares on its
 * first day and 3,400 by its third); "since" counts only after a present perfect, not in "its first figure since
 * Friday".
 */
const RUNNING_TOTAL =
  /\b(?:has|have)\s+(?:now\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|nt)\b[^.;]*?\bsince\b|\bso\s+far\b|\bto\s+date\b/i;

/** True when a sentence gives a running total, to its own day (`RUNNING_TOTAL`: "so far", "to date", "has ... since"). */
export function isRunningTotal(sentence: string): boolean {
  return RUNNING_TOTAL.test(sentence);
}

/**
 * The index of the side of a number conflict that updates the others: its articles were published on a later day
 * than every other side's, and one of its sentences says the figure changed ("has risen to 27" a day after "23
 * injured") or gives a running total ("has burned 3,400 hectares since it started" two days after "850 hectares"). Both figures were right when written, so this is an update over time, not a dispute. Undefined when
 * any side is undated, all sides share a day, or the latest side gives no sign of a change.
 */
export function latestFigureSide(
  conflict: Conflict,
  articles: ReadonlyMap<string, Article>,
): number | undefined {
  if (conflict.kind !== 'number' || conflict.sides.length < 2) return undefined;
  const days = conflict.sides.map(
    (side) =>
      side.articles
        .map((id) => articles.get(id)?.published?.slice(0, 10))
        .filter((day): day is string => day !== undefined)
        .sort()[0],
  );
  if (days.some((day) => day === undefined)) return undefined;
  let latest = 0;
  days.forEach((day, index) => {
    if ((day as string) > (days[latest] as string)) latest = index;
  });
  if (days.every((day) => day === days[latest])) return undefined;
  const side = conflict.sides[latest];
  const changed = side?.citations.some((citation) => {
    const article = articles.get(citation.article);
    const span = article?.sentences[citation.sentence];
    return (
      article !== undefined &&
      span !== undefined &&
      (UPDATE_CUE.test(article.text.slice(span.start, span.end)) ||
        isRunningTotal(article.text.slice(span.start, span.end)))
    );
  });
  return changed ? latest : undefined;
}

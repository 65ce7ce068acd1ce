import {
  keepFirstById,
  type Article,
  type Assignment,
  type InputProblem,
  type Story,
} from '../model/index.js';
import { createStoryIndex, type StoryIndexOptions } from './create-story-index.js';

/** A bare day ("2026-11-17") with no time of day. */
const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The article's time for ordering. A bare day says only that the article had appeared by the end of that day,
 * so it sorts at the end of the day, after articles stamped with a time that day: otherwise a reprint dated
 * "2026-11-17" would sort at midnight, before the wire story it copies that was stamped 09:00 the same day.
 */
function timeOf(article: Article): number | undefined {
  if (article.published === undefined) return undefined;
  const time = Date.parse(article.published);
  if (!Number.isFinite(time)) return undefined;
  return DAY_ONLY.test(article.published.trim()) ? time + DAY_MS - 1 : time;
}

/**
 * Puts articles in stream order: by published date, ties by id (so the order of ties in the input does not
 * matter); an undated article stays right after the dated article that precedes it in the input (at the start if
 * none does), and undated runs keep their input order.
 */
export function streamOrder(articles: readonly Article[]): Article[] {
  const keyed = articles.map((article, position) => ({ article, position, time: timeOf(article) }));
  let anchor = Number.NEGATIVE_INFINITY;
  let anchorId = '';
  const withAnchors = keyed.map((entry) => {
    if (entry.time !== undefined) {
      anchor = entry.time;
      anchorId = entry.article.id;
      return { ...entry, sortTime: entry.time, sortId: entry.article.id, undated: 0 };
    }
    return { ...entry, sortTime: anchor, sortId: anchorId, undated: 1 };
  });
  withAnchors.sort(
    (a, b) =>
      a.sortTime - b.sortTime ||
      (a.sortId < b.sortId ? -1 : a.sortId > b.sortId ? 1 : 0) ||
      a.undated - b.undated ||
      (a.undated === 1 ? a.position - b.position : a.article.id < b.article.id ? -1 : 1),
  );
  return withAnchors.map((entry) => entry.article);
}

/**
 * Clusters a batch of articles into stories by streaming them, in `streamOrder`, through a fresh story index.
 * Assignments come back in stream order. The first article under an id is the one clustered: an exact repeat
 * is dropped, and a different article under a used id is left out and listed in `problems`.
 * @example
 * const { assignments, stories, problems } = clusterArticles(articles);
 */
export function clusterArticles(
  articles: readonly Article[],
  options: StoryIndexOptions = {},
): { assignments: Assignment[]; stories: Story[]; problems: InputProblem[] } {
  // The index answers a known id with its first assignment, so a second article under it would vanish.
  const { articles: unique, problems } = keepFirstById(articles);
  const index = createStoryIndex(options);
  const assignments = streamOrder(unique).map((article) => index.add(article));
  // Merges after an article was assigned move it: report every assignment against the final story ids.
  const final = assignments.map((assignment) => ({ ...assignment, story: index.resolve(assignment.story) }));
  return { assignments: final, stories: index.stories(), problems };
}

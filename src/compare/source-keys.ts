import type { Article, Story } from '../model/index.js';
import { foldText } from './normalize-text.js';

/** `Article.outletSource` of a press release credited to its issuer (set by extract; keep in sync). */
const PRESS_RELEASE_SOURCE = 'press-release';

/** True for a press release: the issuer's own text, which outlets report from, not an outlet's coverage. */
export function isPressRelease(article: Article): boolean {
  return article.outletSource === PRESS_RELEASE_SOURCE && article.outlet !== undefined;
}

/**
 * The independent source behind each article: copies resolve to the article they copy, and edited reprints
 * (`reprintOf`: an article whose byline, dateline or end note credits another's outlet and whose text reuses it) to the article they
 * reprint, following chains; articles of the same outlet share one source. Articles of unknown outlet count as
 * their own source. Returns article id -> source key.
 */
export function sourceKeys(
  story: Story,
  articles: readonly Article[],
  reprintOf: ReadonlyMap<string, string> = new Map(),
): Map<string, string> {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const copyOf = new Map(story.copies.map((copy) => [copy.article, copy.copyOf]));
  const next = (id: string): string | undefined => copyOf.get(id) ?? reprintOf.get(id);
  const keys = new Map<string, string>();
  for (const article of articles) {
    let root = article.id;
    const seen = new Set<string>([root]);
    for (let up = next(root); up !== undefined && !seen.has(up); up = next(root)) {
      seen.add(up);
      root = up;
    }
    const outlet = byId.get(root)?.outlet;
    keys.set(article.id, outlet === undefined ? `article:${root}` : `outlet:${outletKey(outlet)}`);
  }
  return keys;
}

/**
 * Counts the independent sources among `ids`: distinct source keys, without the sources of press releases
 * (`releaseSources`), which are the origin of what outlets report, not a report of it.
 */
export function countSources(
  ids: Iterable<string>,
  sources: ReadonlyMap<string, string>,
  releaseSources: ReadonlySet<string>,
): number {
  const keys = new Set<string>();
  for (const id of ids) {
    const key = sources.get(id) ?? id;
    if (!releaseSources.has(key)) keys.add(key);
  }
  return keys.size;
}

/** A comparable form of an outlet name: "The New York Times" and "New York Times" meet. */
export function outletKey(outlet: string): string {
  return foldText(outlet)
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

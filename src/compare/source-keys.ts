import type { Article, Story } from '../model/index.js';
import { foldText } from './normalize-text.js';

/**
 * The independent source behind each article: copies resolve to the article they copy (following chains),
 * and articles of the same outlet share one source. Articles of unknown outlet count as their own source.
 * Returns article id -> source key.
 */
export function sourceKeys(story: Story, articles: readonly Article[]): Map<string, string> {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const copyOf = new Map(story.copies.map((copy) => [copy.article, copy.copyOf]));
  const keys = new Map<string, string>();
  for (const article of articles) {
    let root = article.id;
    const seen = new Set<string>([root]);
    for (let next = copyOf.get(root); next !== undefined && !seen.has(next); next = copyOf.get(root)) {
      seen.add(next);
      root = next;
    }
    const outlet = byId.get(root)?.outlet;
    keys.set(article.id, outlet === undefined ? `article:${root}` : `outlet:${outletKey(outlet)}`);
  }
  return keys;
}

/** A comparable form of an outlet name: "The New York Times" and "New York Times" meet. */
export function outletKey(outlet: string): string {
  return foldText(outlet)
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

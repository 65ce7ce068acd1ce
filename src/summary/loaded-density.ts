import type { Article } from '../model/index.js';
import { findLoadedSpans } from './find-loaded-spans.js';
import { countWords } from './text-vectors.js';

const densities = new WeakMap<Article, number>();

/**
 * Loaded wording in an article's own voice, as lexicon hit weight per 100 words (quoted words and reported
 * characterisations do not count). Paragraph by paragraph, as `detectLoaded` reads it, so a quotation left open
 * in one paragraph does not swallow the next. Memoised per article object: summaries ask for it once per wording
 * they weigh.
 *
 * @example
 * loadedDensity(article) // 0 for a plain agency report, about 10 for a tabloid's
 */
export function loadedDensity(article: Article): number {
  const known = densities.get(article);
  if (known !== undefined) return known;
  const blocks =
    article.paragraphs.length > 0 ? article.paragraphs : [{ start: 0, end: article.text.length }];
  let weight = 0;
  let words = 0;
  for (const block of blocks) {
    const text = article.text.slice(block.start, block.end);
    words += countWords(text);
    for (const span of findLoadedSpans(text).spans)
      if (span.region < 0 && span.reported === undefined) weight += span.weight;
  }
  const density = words === 0 ? 0 : (100 * weight) / words;
  densities.set(article, density);
  return density;
}

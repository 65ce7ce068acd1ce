import type { Article } from '../model/index.js';
import { isOwnNaming, reportedSpeechAt } from './detect-loaded.js';
import { findLoadedSpans } from './find-loaded-spans.js';
import { countWords } from './text-vectors.js';

const densities = new WeakMap<Article, number>();

/**
 * Loaded wording in an article's own voice, as lexicon hit weight per 100 words. Quoted words, reported
 * characterisations and reported speech with a named source ("Passenger groups said the rise was outrageous") do
 * not count: those words are the speaker's, as `detectLoaded` credits them, not the outlet's. Paragraph by paragraph, as `detectLoaded` reads it, so a quotation left open
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
    for (const span of findLoadedSpans(text).spans) {
      if (span.region >= 0 || span.reported !== undefined) continue;
      const start = block.start + span.start;
      const end = block.start + span.end;
      if (span.reason !== 'scare-quotes' && !isOwnNaming(article.text, start, end, span.reason)) {
        if (reportedSpeechAt(article, start, end)?.source !== undefined) continue;
      }
      weight += span.weight;
    }
  }
  const density = words === 0 ? 0 : (100 * weight) / words;
  densities.set(article, density);
  return density;
}

import type { Article, LoadedEntry, Span } from '../model/index.js';
import { detectLoaded } from './detect-loaded.js';
import { findHeadlineLoaded } from './find-headline-loaded.js';
import { findQuotedRegions } from './find-quoted-regions.js';

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;

function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) count++;
  return count;
}

/**
 * Words of the article outside quotations (its own voice). Quoted stretches are the language stage's direct and
 * mixed quote contents, or, without them, the text between quotation marks; a word counts as quoted when it
 * starts inside one (overlapping quotes are not subtracted twice).
 */
function ownVoiceWords(article: Article): number {
  const ranges: Span[] = article.quotes
    .filter((quote) => quote.kind !== 'indirect')
    .map((quote) => ({ start: quote.content.start, end: quote.content.end }));
  if (ranges.length === 0) ranges.push(...findQuotedRegions(article.text));
  let words = 0;
  for (const match of article.text.matchAll(WORD)) {
    const at = match.index;
    if (!ranges.some((range) => at >= range.start && at < range.end)) words++;
  }
  return words;
}

/**
 * The report's loaded-language section: per article, its loaded spans (quoted ones with their speaker) and
 * `rate`, loaded words per 100 words of the outlet's own voice (quotations excluded on both sides), and the
 * loaded words of its headline, when it has any.
 */
export function buildLoadedEntries(articles: readonly Article[]): LoadedEntry[] {
  return articles.map((article) => {
    const spans = article.loaded.length > 0 ? article.loaded : detectLoaded(article);
    const own = spans.filter((span) => span.speaker === undefined);
    const words = ownVoiceWords(article);
    const ownWords = own.reduce((sum, span) => sum + countWords(span.text), 0);
    const rate = words === 0 ? 0 : Math.round((ownWords / words) * 10000) / 100;
    // The headline is not in `text` and has no sentence to cite: its words are listed apart, outside the rate.
    const headline = article.title === undefined ? [] : findHeadlineLoaded(article.title);
    return {
      article: article.id,
      rate,
      ...(headline.length > 0 ? { headline } : {}),
      spans: spans.map((span) => {
        const entry: LoadedEntry['spans'][number] = {
          text: span.text,
          reason: span.reason,
          note: span.note,
          // The citation points at the flagged words themselves (inside sentence `sentence`), so a reader can
          // highlight them; `sentences[span.sentence]` gives the whole sentence.
          citation: { article: article.id, sentence: span.sentence, start: span.start, end: span.end },
        };
        if (span.speaker !== undefined) entry.speaker = span.speaker;
        return entry;
      }),
    };
  });
}

import type { Article, LoadedEntry, LoadedSpan } from '../model/index.js';
import { detectLoaded } from './detect-loaded.js';

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) count++;
  return count;
}

/** Words of the article outside quotations (its own voice), using the quotation regions of the loaded pass. */
function ownVoiceWords(article: Article, quoted: readonly LoadedSpan[]): number {
  let words = countWords(article.text);
  const seen = new Set<string>();
  for (const quote of article.quotes) {
    if (quote.kind === 'indirect') continue;
    const key = `${quote.content.start}:${quote.content.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    words -= countWords(article.text.slice(quote.content.start, quote.content.end));
  }
  // Without quotes from the language stage, fall back on quotation marks: count the words between them.
  if (article.quotes.length === 0) {
    for (const match of article.text.matchAll(/[“"]([^”"]*)[”"]/g)) words -= countWords(match[1] ?? '');
  }
  return Math.max(words, quoted.length === 0 ? 0 : 1);
}

/**
 * The report's loaded-language section: per article, its loaded spans (quoted ones with their speaker) and
 * `rate`, loaded words per 100 words of the outlet's own voice (quotations excluded on both sides).
 */
export function buildLoadedEntries(articles: readonly Article[]): LoadedEntry[] {
  return articles.map((article) => {
    const spans = article.loaded.length > 0 ? article.loaded : detectLoaded(article);
    const own = spans.filter((span) => span.speaker === undefined);
    const quoted = spans.filter((span) => span.speaker !== undefined);
    const words = ownVoiceWords(article, quoted);
    const ownWords = own.reduce((sum, span) => sum + countWords(span.text), 0);
    const rate = words === 0 ? 0 : Math.round((ownWords / words) * 10000) / 100;
    return {
      article: article.id,
      rate,
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

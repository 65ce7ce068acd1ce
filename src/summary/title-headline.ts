import type { Article, CitedText } from '../model/index.js';
import { makeHeadline, sentenceShape } from './make-headline.js';
import { contentWords } from './text-vectors.js';

/** Share of one title's content words that other titles also use: how far it says what the outlets agree on. */
function sharedShare(words: ReadonlySet<string>, others: readonly ReadonlySet<string>[]): number {
  if (words.size === 0 || others.length === 0) return 0;
  let total = 0;
  for (const other of others) {
    let shared = 0;
    for (const word of words) if (other.has(word)) shared++;
    total += shared / words.size;
  }
  return total / others.length;
}

/**
 * A headline from the outlets' own titles, for a story whose summary gives no sentence but quotations: the title
 * whose words the other titles share most (the earliest on a tie), as the summary would state it (loaded words
 * dropped or swapped, no final stop). A title that is mainly a quotation is skipped, since a headline is never
 * one. It cites the lead sentence of the title's article, the sentence a news title stands for. Undefined when no
 * article has a usable title.
 */
export function titleHeadline(articles: readonly Article[]): CitedText | undefined {
  const titled = articles.flatMap((article) => {
    const title = article.title?.trim() ?? '';
    const lead = article.sentences[0];
    if (title === '' || !lead || sentenceShape(title) === 'quotation') return [];
    return [{ article, title, lead, words: new Set(contentWords(title)) }];
  });
  let best: (typeof titled)[number] | undefined;
  let bestShare = Number.NEGATIVE_INFINITY;
  for (const entry of titled) {
    const share = sharedShare(
      entry.words,
      titled.filter((other) => other !== entry).map((other) => other.words),
    );
    if (share > bestShare) {
      best = entry;
      bestShare = share;
    }
  }
  if (!best) return undefined;
  const headline = makeHeadline({
    text: best.title,
    citations: [{ article: best.article.id, sentence: 0, start: best.lead.start, end: best.lead.end }],
  });
  return headline.text === '' ? undefined : headline;
}

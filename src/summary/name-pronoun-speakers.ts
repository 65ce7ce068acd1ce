import type { Article } from '../model/index.js';

/** Speakers written as a personal pronoun: the summary, read apart from the article, cannot tell who they are. */
const PRONOUN = /^(?:he|she)$/i;

/**
 * The article's text from `start` to `end` with every quote speaker written as "he" or "she" replaced by the name
 * of the person the language stage resolved it to ("“The crews are ready,” she said." -> "“The crews are ready,”
 * Lena Orr said."): a summary sentence stands apart from the sentences that named the speaker. Speakers left
 * unresolved stay as written.
 */
export function nameSpeakers(article: Article, start: number, end: number): string {
  const names = new Map(article.entities.map((entity) => [entity.id, entity]));
  const swaps = article.quotes
    .flatMap((quote) => {
      const source = quote.source;
      const entity = quote.speaker === undefined ? undefined : names.get(quote.speaker);
      if (!source || !entity || entity.type !== 'person' || !PRONOUN.test(source.text)) return [];
      if (source.start < start || source.end > end) return [];
      return [{ start: source.start, end: source.end, name: entity.name }];
    })
    .sort((a, b) => b.start - a.start);
  let text = article.text.slice(start, end);
  let last = Number.POSITIVE_INFINITY;
  for (const swap of swaps) {
    // Two quotes of one sentence may share their speaker ("she said" before and after a quotation).
    if (swap.end > last) continue;
    text = text.slice(0, swap.start - start) + swap.name + text.slice(swap.end - start);
    last = swap.start;
  }
  return text;
}

import type { Article, Citation } from '../model/index.js';

/** Index of the sentence of `article` that contains `offset` (the last sentence starting at or before it), or -1. */
export function sentenceAt(article: Article, offset: number): number {
  let low = 0;
  let high = article.sentences.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((article.sentences[middle]?.start ?? 0) <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** A citation of `start..end` in `article`, pointing at the sentence that contains `start`. */
export function citeSpan(article: Article, start: number, end: number): Citation {
  return { article: article.id, sentence: sentenceAt(article, start), start, end };
}

/** A citation of a whole sentence. */
export function citeSentence(article: Article, sentence: number): Citation {
  const span = article.sentences[sentence];
  return { article: article.id, sentence, start: span?.start ?? 0, end: span?.end ?? 0 };
}

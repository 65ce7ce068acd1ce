import type { Sentence } from '../model/index.js';

/** Index of the sentence containing `offset` (or the last one starting before it); 0 when there are none. */
export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  let found = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle];
    if (sentence && sentence.start <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

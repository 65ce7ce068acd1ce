/**
 * Bag-of-words vectors for sentence similarity: lower-cased content words (stop words dropped, crude suffix
 * folding so "sanctions"/"sanction" meet), weighted by inverse document frequency over the sentences compared.
 */

/** Function words that carry no topic; a short general English list written for this stage. */
const STOP_WORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having ' +
    'he her here hers herself him himself his how i if in into is it its itself just me more most my myself no ' +
    'nor not now of off on once only or other our ours ourselves out over own same she should so some such than ' +
    'that the their theirs them themselves then there these they this those through to too under until up very ' +
    'was we were what when where which while who whom why will with would you your yours yourself said says say ' +
    'told mr mrs ms would could also according one two new like just get got us'
  ).split(' '),
);

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;
const ASCII = /^[\x20-\x7e]*$/;

/** The number of words in `text` (letters and digits, with inner hyphens and apostrophes). */
export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) count++;
  return count;
}

/** Folds a word to a rough stem: plural and verb endings dropped, accents removed. */
export function stemWord(word: string): string {
  let stem = word.toLowerCase();
  // Accent folding only where there is something to fold: NFD on every word was a fifth of the summary's time.
  if (!ASCII.test(stem)) stem = stem.normalize('NFD').replace(/\p{M}/gu, '');
  stem = stem.replace(/['’]s$/, '');
  if (stem.length > 4) {
    if (stem.endsWith('ies')) stem = `${stem.slice(0, -3)}y`;
    else if (stem.endsWith('ing') && stem.length > 5) stem = stem.slice(0, -3);
    else if (stem.endsWith('ed') && stem.length > 5) stem = stem.slice(0, -2);
    else if (stem.endsWith('es') && /(sh|ch|x|ss)es$/.test(stem)) stem = stem.slice(0, -2);
    else if (stem.endsWith('s') && !stem.endsWith('ss')) stem = stem.slice(0, -1);
  }
  return stem;
}

/** The content-word stems of a text, in order (repeats kept). */
export function contentWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const lower = match[0].toLowerCase();
    if (STOP_WORDS.has(lower) || lower.length < 2) continue;
    words.push(stemWord(lower));
  }
  return words;
}

/**
 * A sparse vector: stem -> weight, with its precomputed norm, and the same entries as sorted term ids and values
 * so that `cosine` is a merge of two short arrays (the summary compares about a million pairs for a 50-article
 * story; hashing every lookup made that the slowest step).
 */
export interface TermVector {
  weights: Map<string, number>;
  norm: number;
  ids: Int32Array;
  values: Float64Array;
}

/** Inverse document frequency of each stem over the given documents (smoothed: log(1 + n / df)). */
export function inverseFrequencies(documents: readonly (readonly string[])[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const words of documents) {
    for (const word of new Set(words)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  const idf = new Map<string, number>();
  for (const [word, count] of frequency) idf.set(word, Math.log(1 + documents.length / count));
  return idf;
}

/** Term ids per idf table (its insertion order), built once per table. */
const TERM_IDS = new WeakMap<ReadonlyMap<string, number>, Map<string, number>>();

function termIds(idf: ReadonlyMap<string, number>): Map<string, number> {
  let ids = TERM_IDS.get(idf);
  if (!ids) {
    ids = new Map();
    for (const word of idf.keys()) ids.set(word, ids.size);
    TERM_IDS.set(idf, ids);
  }
  return ids;
}

/** The tf-idf vector of one document. */
export function termVector(words: readonly string[], idf: ReadonlyMap<string, number>): TermVector {
  const weights = new Map<string, number>();
  for (const word of words) weights.set(word, (weights.get(word) ?? 0) + (idf.get(word) ?? 1));
  const ids = termIds(idf);
  const entries: [number, number][] = [];
  let sum = 0;
  for (const [word, weight] of weights) {
    sum += weight * weight;
    const id = ids.get(word);
    // A word outside the table cannot match any other vector built from it; it only adds to the norm.
    if (id !== undefined) entries.push([id, weight]);
  }
  entries.sort((a, b) => a[0] - b[0]);
  return {
    weights,
    norm: Math.sqrt(sum),
    ids: Int32Array.from(entries, (entry) => entry[0]),
    values: Float64Array.from(entries, (entry) => entry[1]),
  };
}

/** Cosine similarity of two vectors built from the same idf table, 0..1. */
export function cosine(a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  let i = 0;
  let j = 0;
  const left = a.ids;
  const right = b.ids;
  while (i < left.length && j < right.length) {
    const x = left[i] ?? 0;
    const y = right[j] ?? 0;
    if (x === y) {
      dot += (a.values[i] ?? 0) * (b.values[j] ?? 0);
      i++;
      j++;
    } else if (x < y) {
      i++;
    } else {
      j++;
    }
  }
  return dot / (a.norm * b.norm);
}

import type { Article } from '../model/index.js';
import { extractEventDays } from './extract-event-days.js';
import { shingleSketch } from './shingle-sketch.js';
import { BREAK, CAPITALISED_WORD, NUMBER, tokenizeWords, WORD, type Tokens } from './tokenize-words.js';

/**
 * What clustering keeps of one article: compact, JSON-serialisable, enough to rebuild the index after a restart
 * without re-reading the text (the store persists one per article).
 */
export interface ArticleFeatures {
  /** Bumped when the feature recipe changes; `restore` rejects other versions. */
  version: 1;
  id: string;
  /** The date used for time decay (ISO, as given); absent when undated or rejected as future. */
  published?: string;
  outlet?: string;
  /** Weighted term counts, strongest first: `w:` stems, `n:` names and name pairs, `#` numbers, `e:` entity keys. */
  terms: [string, number][];
  /** Sampled hashes of word 5-shingles, ascending (see `shingleSketch`). */
  sketch: number[];
  /** Hash of the whole normalised text: decides copies between texts too short for a sketch. */
  fingerprint: number;
  words: number;
  /** Days the event happened on, from dates and weekdays at the top of the text (see `extractEventDays`). */
  days?: number[];
}

/** At most this many terms are kept per article: ~4 KB of JSON; the long tail adds little to cosine. */
export const MAX_ARTICLE_TERMS = 120;

/** Title words count this many times: a headline names the event in a few words. */
const TITLE_WEIGHT = 2;
/** Capitalised words inside a sentence (names, places) weigh more: they separate look-alike events (ECB+). */
const NAME_WEIGHT = 2;
/** Words of the lead (first tokens) weigh more: news puts who/what/where first. */
const LEAD_WEIGHT = 1.5;
const LEAD_TOKENS = 60;
const HEADLINE_MAX_CHARS = 120;

/** Order of terms: weight descending, then key ascending (a total order: keys are distinct). */
function compareTerms(a: [string, number], b: [string, number]): number {
  return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

/**
 * The `MAX_ARTICLE_TERMS` strongest terms in `compareTerms` order, weights rounded to 0.01. Only terms at or
 * above the cut-off weight are sorted with the string comparison (a long article has several hundred terms).
 */
function strongestTerms(keys: readonly string[], values: readonly number[]): [string, number][] {
  let cutoff = Number.NEGATIVE_INFINITY;
  if (values.length > MAX_ARTICLE_TERMS) {
    const sorted = Float64Array.from(values).sort();
    cutoff = sorted[sorted.length - MAX_ARTICLE_TERMS] as number;
  }
  const kept: [string, number][] = [];
  for (let index = 0; index < keys.length; index++) {
    const value = values[index] as number;
    if (value >= cutoff) kept.push([keys[index] as string, value]);
  }
  kept.sort(compareTerms);
  if (kept.length > MAX_ARTICLE_TERMS) kept.length = MAX_ARTICLE_TERMS;
  for (const term of kept) term[1] = Math.round(term[1] * 100) / 100;
  return kept;
}

/**
 * Derives clustering features from an article's title, text and (when the language stage ran) entities.
 * Works on raw text alone: capitalised words inside sentences stand in for names, digits for numbers and dates.
 */
export function extractFeatures(article: Article, published?: string): ArticleFeatures {
  // One map per namespace, keyed without the prefix: the prefixed term is built once per distinct term, not
  // once per occurrence (string concatenation and re-hashing were a measurable share of the cost).
  const wordCounts = new Map<string, number>();
  const nameCounts = new Map<string, number>();
  const numberCounts = new Map<string, number>();
  const add = (counts: Map<string, number>, key: string, weight: number): void => {
    counts.set(key, (counts.get(key) ?? 0) + weight);
  };
  // Words written capitalised inside a sentence anywhere in the article are names; at a sentence start or in a
  // title, where every word may be capitalised, a word counts as a name only if it is one elsewhere.
  const names = new Set<string>();
  const body = tokenizeWords(article.text);
  for (let index = 0; index < body.keys.length; index++) {
    if (body.kinds[index] === CAPITALISED_WORD) names.add(body.keys[index] as string);
  }
  const scan = (tokens: Tokens, baseWeight: number, isTitle: boolean): void => {
    let position = 0;
    let previousName: string | undefined;
    for (let index = 0; index < tokens.keys.length; index++) {
      const kind = tokens.kinds[index] as number;
      if (kind === BREAK) {
        previousName = undefined;
        continue;
      }
      const key = tokens.keys[index] as string;
      const weight = baseWeight * (!isTitle && position < LEAD_TOKENS ? LEAD_WEIGHT : 1);
      position++;
      if (kind === NUMBER) {
        add(numberCounts, key, weight);
        previousName = undefined;
      } else if (kind !== WORD && names.has(key)) {
        add(nameCounts, key, weight * NAME_WEIGHT);
        // A stem never contains '_', so a pair cannot meet a single name's key.
        if (previousName !== undefined) add(nameCounts, previousName + '_' + key, weight * NAME_WEIGHT);
        previousName = key;
      } else {
        add(wordCounts, key, weight);
        previousName = undefined;
      }
    }
  };
  if (article.title) scan(tokenizeWords(article.title), TITLE_WEIGHT, true);
  else {
    // No title given: a short first line without a final full stop is the headline in most scraped text.
    const newline = article.text.indexOf('\n');
    const firstLine = (newline === -1 ? article.text : article.text.slice(0, newline)).trim();
    if (firstLine !== '' && firstLine.length <= HEADLINE_MAX_CHARS && !/[.!?]$/.test(firstLine)) {
      scan(tokenizeWords(firstLine), TITLE_WEIGHT - 1, true);
    }
  }
  scan(body, 1, false);
  const entityCounts = new Map<string, number>();
  for (const entity of article.entities) {
    if (entity.key) add(entityCounts, entity.key, NAME_WEIGHT * Math.min(3, entity.mentions.length || 1));
  }
  const keys: string[] = [];
  const values: number[] = [];
  const collect = (counts: Map<string, number>, prefix: string): void => {
    for (const [key, value] of counts) {
      keys.push(prefix + key);
      values.push(value);
    }
  };
  collect(wordCounts, 'w:');
  collect(nameCounts, 'n:');
  collect(numberCounts, '');
  collect(entityCounts, 'e:');
  const terms = strongestTerms(keys, values);
  const { sketch, fingerprint, words } = shingleSketch(article.text);
  const features: ArticleFeatures = { version: 1, id: article.id, terms, sketch, fingerprint, words };
  if (published !== undefined) features.published = published;
  const days = extractEventDays(article.title, article.text, published);
  if (days.length > 0) features.days = days;
  if (article.outlet !== undefined) features.outlet = article.outlet;
  return features;
}

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

/** Term prefix by namespace (numbers carry their own `#`). */
const PREFIXES = ['w:', 'n:', '', 'e:'] as const;
const WORDS = 0;
const NAMES = 1;
const NUMBERS = 2;
const ENTITIES = 3;

/**
 * Weights of the distinct terms of the article being read, by first occurrence: a reused typed array, so that
 * summing a weight does not box a number per occurrence (as the values of a `Map` did).
 */
let weightBuffer = new Float64Array(1024);

/**
 * The `MAX_ARTICLE_TERMS` strongest terms in `compareTerms` order, weights rounded to 0.01. Only terms at or
 * above the cut-off weight get their prefixed key and are sorted with the string comparison (a long article
 * has several hundred terms).
 */
function strongestTerms(
  keys: readonly string[],
  spaces: readonly number[],
  values: Float64Array,
  count: number,
): [string, number][] {
  let cutoff = Number.NEGATIVE_INFINITY;
  if (count > MAX_ARTICLE_TERMS) {
    const sorted = values.slice(0, count).sort();
    cutoff = sorted[count - MAX_ARTICLE_TERMS] as number;
  }
  const kept: [string, number][] = [];
  for (let index = 0; index < count; index++) {
    const value = values[index] as number;
    if (value >= cutoff)
      kept.push([(PREFIXES[spaces[index] as number] as string) + (keys[index] as string), value]);
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
  // One map per namespace, keyed without the prefix, to the term's place in `keys`: the prefixed term is built
  // only for the terms kept (string concatenation and re-hashing were a measurable share of the cost).
  const places = Array.from({ length: PREFIXES.length }, () => new Map<string, number>());
  const keys: string[] = [];
  const spaces: number[] = [];
  const add = (space: number, key: string, weight: number): void => {
    const counts = places[space] as Map<string, number>;
    let place = counts.get(key);
    if (place === undefined) {
      place = keys.length;
      counts.set(key, place);
      keys.push(key);
      spaces.push(space);
      if (place === weightBuffer.length) {
        const larger = new Float64Array(weightBuffer.length * 2);
        larger.set(weightBuffer);
        weightBuffer = larger;
      }
      weightBuffer[place] = 0;
    }
    weightBuffer[place] = (weightBuffer[place] as number) + weight;
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
        add(NUMBERS, key, weight);
        previousName = undefined;
      } else if (kind !== WORD && names.has(key)) {
        add(NAMES, key, weight * NAME_WEIGHT);
        // A stem never contains '_', so a pair cannot meet a single name's key.
        if (previousName !== undefined) add(NAMES, previousName + '_' + key, weight * NAME_WEIGHT);
        previousName = key;
      } else {
        add(WORDS, key, weight);
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
  for (const entity of article.entities) {
    if (entity.key) add(ENTITIES, entity.key, NAME_WEIGHT * Math.min(3, entity.mentions.length || 1));
  }
  // The order of `keys` does not matter: the terms kept and their order depend on the weights and keys only.
  const terms = strongestTerms(keys, spaces, weightBuffer, keys.length);
  const { sketch, fingerprint, words } = shingleSketch(article.text);
  const features: ArticleFeatures = { version: 1, id: article.id, terms, sketch, fingerprint, words };
  if (published !== undefined) features.published = published;
  const days = extractEventDays(article.title, article.text, published);
  if (days.length > 0) features.days = days;
  if (article.outlet !== undefined) features.outlet = article.outlet;
  return features;
}

import type { Article } from '../model/index.js';
import { extractEventDays } from './extract-event-days.js';
import { shingleSketch } from './shingle-sketch.js';

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

const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having ' +
    'he her here hers herself him himself his how i if in into is it its itself just me more most my myself no ' +
    'nor not now of off on once only or other our ours ourselves out over own same she should so some such than ' +
    'that the their theirs them themselves then there these they this those through to too under until up very ' +
    'was we were what when where which while who whom why will with would you your yours yourself yourselves ' +
    'said says say told according new one two mr mrs ms would may might must shall us also last first year years ' +
    'week day time people like get got make made many much well back even still way since around another ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow'
  ).split(' '),
);

/** Light suffix stripping so "shootings"/"shooting"/"shot" style variants meet more often; cheap, not Porter. */
function stem(word: string): string {
  let w = word;
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  if (w.length > 5 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

const TOKEN = /(\p{Lu}[\p{L}\p{M}'’-]*)|(\p{Ll}[\p{L}\p{M}'’-]*)|(\d+(?:[.,:]\d+)*)|([.!?\n"“”])/gu;

const BREAK = 0;
const WORD = 1;
const NUMBER = 2;
/** Capitalised inside a sentence. */
const CAPITALISED_WORD = 3;
/** Capitalised at a sentence start (a name only if written capitalised inside a sentence elsewhere). */
const CAPITALISED_START = 4;

interface Tokens {
  keys: string[];
  kinds: number[];
}

/** One pass over a text: stemmed content words, numbers and breaks (punctuation, stopwords). */
function tokenize(text: string): Tokens {
  const keys: string[] = [];
  const kinds: number[] = [];
  let sentenceStart = true;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const mark = match[4];
    if (mark !== undefined) {
      if (mark !== '"' && mark !== '“' && mark !== '”') sentenceStart = true;
      keys.push('');
      kinds.push(BREAK);
      continue;
    }
    const digits = match[3];
    if (digits !== undefined) {
      keys.push('#' + (digits.includes(',') ? digits.replace(/,/g, '') : digits));
      kinds.push(NUMBER);
      sentenceStart = false;
      continue;
    }
    const capitalised = match[1] !== undefined;
    const lower = (match[1] ?? match[2] ?? '').toLowerCase();
    const wasStart = sentenceStart;
    sentenceStart = false;
    if (lower.length < 2 || STOPWORDS.has(lower)) {
      keys.push('');
      kinds.push(BREAK);
      continue;
    }
    keys.push(stem(lower));
    kinds.push(capitalised ? (wasStart ? CAPITALISED_START : CAPITALISED_WORD) : WORD);
  }
  return { keys, kinds };
}

/**
 * Derives clustering features from an article's title, text and (when the language stage ran) entities.
 * Works on raw text alone: capitalised words inside sentences stand in for names, digits for numbers and dates.
 */
export function extractFeatures(article: Article, published?: string): ArticleFeatures {
  const counts = new Map<string, number>();
  const add = (key: string, weight: number): void => {
    counts.set(key, (counts.get(key) ?? 0) + weight);
  };
  // Words written capitalised inside a sentence anywhere in the article are names; at a sentence start or in a
  // title, where every word may be capitalised, a word counts as a name only if it is one elsewhere.
  const names = new Set<string>();
  const body = tokenize(article.text);
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
        add(key, weight);
        previousName = undefined;
      } else if (kind !== WORD && names.has(key)) {
        add('n:' + key, weight * NAME_WEIGHT);
        if (previousName !== undefined) add('n:' + previousName + '_' + key, weight * NAME_WEIGHT);
        previousName = key;
      } else {
        add('w:' + key, weight);
        previousName = undefined;
      }
    }
  };
  if (article.title) scan(tokenize(article.title), TITLE_WEIGHT, true);
  else {
    // No title given: a short first line without a final full stop is the headline in most scraped text.
    const newline = article.text.indexOf('\n');
    const firstLine = (newline === -1 ? article.text : article.text.slice(0, newline)).trim();
    if (firstLine !== '' && firstLine.length <= HEADLINE_MAX_CHARS && !/[.!?]$/.test(firstLine)) {
      scan(tokenize(firstLine), TITLE_WEIGHT - 1, true);
    }
  }
  scan(body, 1, false);
  for (const entity of article.entities) {
    if (entity.key) add('e:' + entity.key, NAME_WEIGHT * Math.min(3, entity.mentions.length || 1));
  }
  const terms = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, MAX_ARTICLE_TERMS)
    .map(([key, value]): [string, number] => [key, Math.round(value * 100) / 100]);
  const { sketch, fingerprint, words } = shingleSketch(article.text);
  const features: ArticleFeatures = { version: 1, id: article.id, terms, sketch, fingerprint, words };
  if (published !== undefined) features.published = published;
  const days = extractEventDays(article.title, article.text, published);
  if (days.length > 0) features.days = days;
  if (article.outlet !== undefined) features.outlet = article.outlet;
  return features;
}

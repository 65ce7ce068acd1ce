import type { Article } from '../model/index.js';
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
  const tokenize = (
    text: string,
    visit: (
      key: string,
      kind: 'name' | 'word' | 'number' | 'break',
      capitalised: boolean,
      sentenceStart: boolean,
    ) => void,
  ): void => {
    let sentenceStart = true;
    TOKEN.lastIndex = 0;
    for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
      if (match[4] !== undefined) {
        if (match[4] !== '"' && match[4] !== '“' && match[4] !== '”') sentenceStart = true;
        visit('', 'break', false, false);
        continue;
      }
      if (match[3] !== undefined) {
        visit('#' + match[3].replace(/,/g, ''), 'number', false, sentenceStart);
        sentenceStart = false;
        continue;
      }
      const lower = (match[1] ?? match[2] ?? '').toLowerCase();
      const wasStart = sentenceStart;
      sentenceStart = false;
      if (STOPWORDS.has(lower) || lower.length < 2) {
        visit('', 'break', false, false);
        continue;
      }
      visit(stem(lower), 'word', match[1] !== undefined, wasStart);
    }
  };
  tokenize(article.text, (key, kind, capitalised, sentenceStart) => {
    if (kind === 'word' && capitalised && !sentenceStart) names.add(key);
  });
  const scan = (text: string, baseWeight: number, isTitle: boolean): void => {
    let position = 0;
    let previousName: string | undefined;
    tokenize(text, (key, kind, capitalised) => {
      if (kind === 'break') {
        previousName = undefined;
        return;
      }
      const weight = baseWeight * (!isTitle && position < LEAD_TOKENS ? LEAD_WEIGHT : 1);
      position++;
      if (kind === 'number') {
        add(key, weight);
        previousName = undefined;
      } else if (capitalised && names.has(key)) {
        add('n:' + key, weight * NAME_WEIGHT);
        if (previousName !== undefined) add('n:' + previousName + '_' + key, weight * NAME_WEIGHT);
        previousName = key;
      } else {
        add('w:' + key, weight);
        previousName = undefined;
      }
    });
  };
  if (article.title) scan(article.title, TITLE_WEIGHT, true);
  scan(article.text, 1, false);
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
  if (article.outlet !== undefined) features.outlet = article.outlet;
  return features;
}

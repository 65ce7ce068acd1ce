/**
 * Speed of `compareStory` on a synthetic story: 50 articles of about 30 sentences, each article telling a
 * random subset of 150 facts in its own words (dropped, swapped and replaced words), with named people,
 * labels, quotes and credits. Target: 50 articles in under 2 s on one core.
 *
 * Peer, in the same run: all-pairs alignment (every cross-article sentence pair scored with the same weighted
 * cosine), the approach the inverted index replaces; the ratio shows what the index saves. Also prints the
 * scored pairs and time at 10, 25, 50 and 100 articles, to show cost following the pairs that share content.
 *
 * Run: npx tsx bench/compare.bench.ts [--smoke]
 */
import { alignSentences, compareStory } from '../src/compare/index.js';
import { createTextArticle } from '../src/model/index.js';
import type { Article, Entity, Quote, Story } from '../src/model/index.js';
import { isSmoke, peakRssMiB, report } from './lib.js';

const FACTS = 150;
const SENTENCES_PER_ARTICLE = 30;

function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const random = createRandom(20261123);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'tas',
  'vor',
  'dun',
  'pel',
  'sha',
  'bri',
  'gol',
  'nev',
  'tor',
  'ul',
];
const word = (): string =>
  Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join('');
const VOCABULARY = Array.from({ length: 3000 }, word);
const FUNCTION_WORDS = ['the', 'of', 'in', 'and', 'to', 'a', 'was', 'that', 'for', 'on', 'with'];
const PEOPLE = Array.from({ length: 12 }, () => {
  const first = word();
  const last = word();
  const cap = (text: string): string => text[0]?.toUpperCase() + text.slice(1);
  return { name: `${cap(first)} ${cap(last)}`, key: `${first} ${last}` };
});
const FACT_WORDS = Array.from({ length: FACTS }, () =>
  Array.from({ length: 12 + Math.floor(random() * 10) }, () =>
    random() < 0.35 ? pick(FUNCTION_WORDS) : pick(VOCABULARY),
  ),
);

function tellFact(fact: readonly string[]): string[] {
  const words = fact.filter(() => random() > 0.15).map((item) => (random() < 0.1 ? pick(VOCABULARY) : item));
  if (random() < 0.3 && words.length > 4) words.push(...words.splice(0, 3));
  if (random() < 0.3) words.push(String(10 + Math.floor(random() * 5)), 'homes');
  return words;
}

function createStoryArticle(index: number): Article {
  const facts = Array.from({ length: SENTENCES_PER_ARTICLE }, () => Math.floor(random() * FACTS));
  let text = '';
  const sentences: Article['sentences'] = [];
  const entities: Entity[] = [];
  const quotes: Quote[] = [];
  facts.forEach((fact, position) => {
    const person = pick(PEOPLE);
    const words = tellFact(FACT_WORDS[fact] as string[]);
    const body = words.join(' ');
    const start = text.length;
    let sentence: string;
    if (position % 5 === 0) {
      sentence = `"${body[0]?.toUpperCase()}${body.slice(1)}," ${person.name} said.`;
      const cue = start + sentence.lastIndexOf('said');
      const nameAt = start + sentence.indexOf(person.name);
      const id = `e${entities.length}`;
      entities.push({
        id,
        name: person.name,
        key: person.key,
        type: 'person',
        mentions: [{ text: person.name, start: nameAt, end: nameAt + person.name.length, labels: [] }],
      });
      quotes.push({
        kind: 'direct',
        cue: { text: 'said', start: cue, end: cue + 4 },
        content: { text: body, start: start + 1, end: start + 1 + body.length },
        source: { text: person.name, start: nameAt, end: nameAt + person.name.length },
        speaker: id,
        sentence: position,
      });
    } else {
      sentence = `${body[0]?.toUpperCase()}${body.slice(1)}.`;
    }
    text += sentence;
    sentences.push({ start, end: text.length, paragraph: position });
    if (position < facts.length - 1) text += '\n\n';
  });
  const article = createTextArticle(text, { id: `a${index}`, outlet: `Outlet ${index % 40}` });
  return { ...article, sentences, entities, quotes };
}

function contentTokens(text: string): string[] {
  return [
    ...new Set(
      text
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((token) => token.length > 3),
    ),
  ];
}

/** The peer: every cross-article sentence pair scored (weighted cosine), no index. Returns pairs scored. */
function alignAllPairs(articles: readonly Article[], threshold: number): number {
  const units = articles.flatMap((article, index) =>
    article.sentences.map((span) => ({
      article: index,
      words: contentTokens(article.text.slice(span.start, span.end)),
    })),
  );
  const frequency = new Map<string, number>();
  for (const unit of units)
    for (const token of unit.words) frequency.set(token, (frequency.get(token) ?? 0) + 1);
  const weight = (token: string): number => Math.log(1 + units.length / (frequency.get(token) ?? 1));
  const sets = units.map((unit) => new Set(unit.words));
  const norms = units.map((unit) =>
    Math.sqrt(unit.words.reduce((sum, token) => sum + weight(token) ** 2, 0)),
  );
  let scored = 0;
  let joined = 0;
  for (let a = 0; a < units.length; a++) {
    for (let b = a + 1; b < units.length; b++) {
      if (units[a]?.article === units[b]?.article) continue;
      scored++;
      let shared = 0;
      for (const token of units[a]?.words ?? []) if (sets[b]?.has(token)) shared += weight(token) ** 2;
      if (shared / ((norms[a] ?? 1) * (norms[b] ?? 1) || 1) >= threshold) joined++;
    }
  }
  return joined > scored ? -1 : scored;
}

function storyOf(articles: readonly Article[]): Story {
  return {
    id: 'synthetic',
    articles: articles.map((article) => article.id),
    copies: [],
    timeline: articles.map((article) => ({ article: article.id })),
    merged: [],
  };
}

function seconds(fn: () => unknown): number {
  const started = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const pool = Array.from({ length: 100 }, (_, index) => createStoryArticle(index));
const fifty = pool.slice(0, 50);
const rounds = isSmoke() ? 1 : 5;
compareStory(storyOf(fifty.slice(0, 10)), fifty.slice(0, 10));

const units = fifty.flatMap((article, index) =>
  article.sentences.map((span, sentence) => ({
    article: index,
    sentence,
    text: article.text.slice(span.start, span.end),
  })),
);
const compareTimes: number[] = [];
const alignTimes: number[] = [];
const peerTimes: number[] = [];
let pairsScored = 0;
let report50 = compareStory(storyOf(fifty), fifty);
for (let round = 0; round < rounds; round++) {
  compareTimes.push(seconds(() => (report50 = compareStory(storyOf(fifty), fifty))));
  alignTimes.push(seconds(() => (pairsScored = alignSentences(units).pairsScored)));
  peerTimes.push(seconds(() => alignAllPairs(fifty, 0.3)));
}
const median = (list: number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
const compareSeconds = median(compareTimes);
const peerSeconds = median(peerTimes);
const alignSeconds = median(alignTimes);
const allPairs = (units.length * (units.length - 1)) / 2;
console.log(
  `50 articles x ${SENTENCES_PER_ARTICLE} sentences: compareStory ${compareSeconds.toFixed(3)} s ` +
    `(min ${Math.min(...compareTimes).toFixed(3)}, max ${Math.max(...compareTimes).toFixed(3)}), ` +
    `of which alignment ${alignSeconds.toFixed(3)} s (${pairsScored.toLocaleString('en')} of ` +
    `${allPairs.toLocaleString('en')} pairs scored); all-pairs alignment peer ${peerSeconds.toFixed(3)} s; ` +
    `${report50.facts.shared.length} shared facts, ${report50.conflicts.length} conflicts, ${report50.quotes.length} quote groups`,
);

if (!isSmoke()) {
  for (const size of [10, 25, 50, 100]) {
    const articles = pool.slice(0, size);
    const time = seconds(() => compareStory(storyOf(articles), articles));
    const sentences = articles.length * SENTENCES_PER_ARTICLE;
    console.log(
      `${size} articles: ${time.toFixed(3)} s, ${((sentences * (sentences - 1)) / 2).toLocaleString('en')} sentence pairs in all`,
    );
  }
}

report('compare-speed', {
  articles: 50,
  seconds: compareSeconds,
  alignSeconds,
  pairsScored,
  allPairs,
  peerAllPairsSeconds: peerSeconds,
  peerOverAlignRatio: peerSeconds / Math.max(alignSeconds, 1e-9),
  underTwoSeconds: compareSeconds < 2 ? 'yes' : 'no',
  peakRssMiB: peakRssMiB(),
});

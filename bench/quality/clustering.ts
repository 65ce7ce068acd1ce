/**
 * Story clustering quality: B-cubed F1 of the streaming clusterer against gold stories on the dev parts of
 * ECB+ (two look-alike events per topic), GVC (one topic, many similar shootings) and BASIL (one event, three
 * outlets), side by side with a batch baseline, TF-IDF cosine average-linkage at its best single threshold per
 * set (an upper bound for that baseline: its threshold is tuned on the very set it is scored on).
 *
 *   npx tsx bench/quality/clustering.ts [--smoke] [--errors] [--joins] [--orders=N]
 *
 * A set whose rows carry several splits (ECB+: train / dev topics) also gets one line per split, scored inside the
 * one stream. `--orders=N` streams the set again N times with the articles of each topic shuffled (seeded; topics
 * stay in file order) and prints the mean F1 per split: ECB+ has no dates, so its file order decides which report
 * of a topic comes first, and one order is one draw (see BENCHMARKS.md, "Key names").
 *
 * `--errors` also prints, per set, every predicted story that lumps several gold stories and every gold story
 * split over several predicted ones (with counts), for error analysis. `--joins` prints, per set, every article that
 * joined a story holding none of its gold story ("wrong join", the start of a lump) and every merge, with scores.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTextArticle, type Article } from '../../src/model/index.js';
import { clusterArticles, createStoryIndex, streamOrder } from '../../src/stories/index.js';
import { benchData, isSmoke, report, seeded } from '../lib.js';

/** One evaluation item: the article and its gold story. */
export interface GoldArticle {
  article: Article;
  gold: string;
  /** The set's split of the article (ECB+: train or dev), when the set has one. */
  split?: string;
  /** The set's topic of the article (ECB+: two look-alike events per topic), when the set has one. */
  topic?: string;
}

interface Row {
  id: string;
  text: string;
  title?: string | null;
  date?: string | null;
  outlet?: string | null;
  story_id: string;
  split?: string;
  topic?: number | string;
}

function readJsonl(path: string): Row[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row);
}

function toGold(row: Row, seen: Set<string>): GoldArticle {
  // BASIL has two different articles with the id "empty": keep ids unique so neither is taken for a duplicate.
  const id = seen.has(row.id) ? `${row.story_id}:${row.id}` : row.id;
  seen.add(id);
  const metadata: Partial<Article> = { id, source: row.id };
  if (row.title) metadata.title = row.title;
  if (row.date) metadata.published = row.date;
  if (row.outlet) metadata.outlet = row.outlet;
  const item: GoldArticle = { article: createTextArticle(row.text, metadata), gold: row.story_id };
  if (row.split !== undefined) item.split = row.split;
  if (row.topic !== undefined) item.topic = String(row.topic);
  return item;
}

/** Loads the dev sets that are present: name -> gold articles in file order. */
export function loadSets(smoke: boolean): Map<string, GoldArticle[]> {
  const sets = new Map<string, GoldArticle[]>();
  const ecb = benchData('ecbplus');
  if (ecb) {
    let rows = readJsonl(join(ecb, 'docs.jsonl'));
    if (smoke) rows = rows.filter((row) => row.split === 'dev');
    const seen = new Set<string>();
    sets.set(
      'ecbplus',
      rows.map((row) => toGold(row, seen)),
    );
  }
  const gvc = benchData('gvc');
  if (gvc) {
    const seen = new Set<string>();
    sets.set(
      'gvc',
      readJsonl(join(gvc, 'docs.jsonl')).map((row) => toGold(row, seen)),
    );
  }
  const basil = benchData('basil');
  if (basil) {
    let rows = readJsonl(join(basil, 'articles.jsonl'));
    if (smoke) rows = rows.slice(0, 90);
    const seen = new Set<string>();
    sets.set(
      'basil',
      rows.map((row) => toGold(row, seen)),
    );
  }
  return sets;
}

/** B-cubed precision, recall and F1 of a predicted clustering (article id -> cluster) against gold. */
export function bcubed(
  items: readonly { id: string; gold: string }[],
  predicted: ReadonlyMap<string, string>,
): { precision: number; recall: number; f1: number } {
  const goldSize = new Map<string, number>();
  const predictedSize = new Map<string, number>();
  const both = new Map<string, number>();
  for (const item of items) {
    const cluster = predicted.get(item.id) ?? `missing-${item.id}`;
    goldSize.set(item.gold, (goldSize.get(item.gold) ?? 0) + 1);
    predictedSize.set(cluster, (predictedSize.get(cluster) ?? 0) + 1);
    const key = `${item.gold}\u0000${cluster}`;
    both.set(key, (both.get(key) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (const item of items) {
    const cluster = predicted.get(item.id) ?? `missing-${item.id}`;
    const shared = both.get(`${item.gold}\u0000${cluster}`) ?? 0;
    precision += shared / (predictedSize.get(cluster) ?? 1);
    recall += shared / (goldSize.get(item.gold) ?? 1);
  }
  precision /= items.length;
  recall /= items.length;
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}

const BASELINE_STOPWORDS = new Set(
  'a an and are as at be by for from has have he her his in is it its of on or that the their they this to was were will with said'.split(
    ' ',
  ),
);

/** Batch baseline: TF-IDF (title + text) cosine, average-linkage agglomerative clustering; returns the merge list. */
function averageLinkage(articles: readonly Article[]): { a: number; b: number; similarity: number }[] {
  const n = articles.length;
  const bags = articles.map((article) => {
    const counts = new Map<string, number>();
    for (const match of `${article.title ?? ''} ${article.text}`.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
      if (!BASELINE_STOPWORDS.has(match[0])) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
    }
    return counts;
  });
  const df = new Map<string, number>();
  for (const bag of bags) for (const term of bag.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const vectors = bags.map((bag) => {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [term, count] of bag) {
      const weight = count * (Math.log((n + 1) / ((df.get(term) ?? 0) + 1)) + 1);
      vector.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, weight] of vector) vector.set(term, weight / norm);
    return vector;
  });
  const sim = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const [small, large] =
        (vectors[i] as Map<string, number>).size < (vectors[j] as Map<string, number>).size
          ? [vectors[i] as Map<string, number>, vectors[j] as Map<string, number>]
          : [vectors[j] as Map<string, number>, vectors[i] as Map<string, number>];
      let dot = 0;
      for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
      (sim[i] as Float64Array)[j] = dot;
      (sim[j] as Float64Array)[i] = dot;
    }
  }
  const size = new Array<number>(n).fill(1);
  const alive = new Array<boolean>(n).fill(true);
  const merges: { a: number; b: number; similarity: number }[] = [];
  for (let step = 0; step < n - 1; step++) {
    let best = -1;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < n; i++) {
      if (!alive[i]) continue;
      const row = sim[i] as Float64Array;
      for (let j = i + 1; j < n; j++) {
        if (alive[j] && (row[j] as number) > best) {
          best = row[j] as number;
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0 || best <= 0) break;
    merges.push({ a: bi, b: bj, similarity: best });
    const si = size[bi] as number;
    const sj = size[bj] as number;
    for (let k = 0; k < n; k++) {
      if (!alive[k] || k === bi || k === bj) continue;
      const value = (si * (sim[bi] as Float64Array)[k]! + sj * (sim[bj] as Float64Array)[k]!) / (si + sj);
      (sim[bi] as Float64Array)[k] = value;
      (sim[k] as Float64Array)[bi] = value;
    }
    alive[bj] = false;
    size[bi] = si + sj;
  }
  return merges;
}

/** The baseline's best B-cubed F1 over thresholds 0.01..0.99 (the dendrogram cut at each). */
function baselineBest(items: readonly GoldArticle[]): { f1: number; threshold: number } {
  const merges = averageLinkage(items.map((item) => item.article));
  const gold = items.map((item) => ({ id: item.article.id, gold: item.gold }));
  let best = { f1: 0, threshold: 0 };
  for (let step = 1; step < 100; step++) {
    const cut = step / 100;
    const parent = items.map((_, index) => index);
    const find = (x: number): number => {
      while (parent[x] !== x) x = parent[x] as number;
      return x;
    };
    for (const merge of merges) if (merge.similarity >= cut) parent[find(merge.b)] = find(merge.a);
    const predicted = new Map(items.map((item, index) => [item.article.id, String(find(index))]));
    const { f1 } = bcubed(gold, predicted);
    if (f1 > best.f1) best = { f1, threshold: cut };
  }
  return best;
}

/** Prints predicted stories that mix gold stories, and gold stories split over predicted ones. */
function printErrors(
  name: string,
  items: readonly GoldArticle[],
  predicted: ReadonlyMap<string, string>,
): void {
  const tally = (key: (item: GoldArticle) => string, value: (item: GoldArticle) => string) => {
    const groups = new Map<string, Map<string, number>>();
    for (const item of items) {
      const group = groups.get(key(item)) ?? new Map<string, number>();
      group.set(value(item), (group.get(value(item)) ?? 0) + 1);
      groups.set(key(item), group);
    }
    return [...groups].filter(([, group]) => group.size > 1);
  };
  const story = (item: GoldArticle): string => predicted.get(item.article.id) ?? 'missing';
  const describe = (group: Map<string, number>): string =>
    [...group].map(([id, count]) => `${id}:${count}`).join(' ');
  for (const [id, group] of tally(story, (item) => item.gold))
    console.log(`${name} lumped in ${id}: ${describe(group)}`);
  for (const [id, group] of tally((item) => item.gold, story))
    console.log(`${name} gold ${id} split: ${describe(group)}`);
}

/**
 * Replays the stream through a fresh index (the same defaults as `clusterArticles`) and prints each join to a story
 * that holds no article of the newcomer's gold story, with its score and the story's size, and each merge.
 */
function printJoins(name: string, items: readonly GoldArticle[]): void {
  const gold = new Map(items.map((item) => [item.article.id, item.gold]));
  const index = createStoryIndex();
  const members = new Map<string, string[]>();
  let merges = 0;
  for (const article of streamOrder(items.map((item) => item.article))) {
    const assignment = index.add(article);
    const before = members.get(assignment.story) ?? [];
    if (assignment.copyOf === undefined && before.length > 0) {
      if (before.every((id) => gold.get(id) !== gold.get(article.id))) {
        console.log(
          `${name} wrong join ${article.id} -> ${assignment.story} (${before.length} articles, ` +
            `gold ${gold.get(before[0] ?? '') ?? '?'}) score ${String(assignment.score)}`,
        );
      }
    }
    for (const merge of index.merges().slice(merges)) {
      console.log(`${name} merge ${merge.from} into ${merge.into} on ${merge.article}`);
    }
    merges = index.merges().length;
    members.clear();
    for (const story of index.stories()) members.set(story.id, story.articles);
  }
}

/** B-cubed F1 of the whole set and of each split, for one streaming run over `items` in the order given. */
function scoreSplits(
  items: readonly GoldArticle[],
): Map<string, { precision: number; recall: number; f1: number }> {
  const { assignments } = clusterArticles(items.map((item) => item.article));
  const predicted = new Map(assignments.map((assignment) => [assignment.id, assignment.story]));
  const gold = items.map((item) => ({ id: item.article.id, gold: item.gold, split: item.split }));
  const scores = new Map([['all', bcubed(gold, predicted)]]);
  for (const split of new Set(items.flatMap((item) => (item.split === undefined ? [] : [item.split])))) {
    scores.set(
      split,
      bcubed(
        gold.filter((item) => item.split === split),
        predicted,
      ),
    );
  }
  return scores;
}

/** `items` with the articles of each topic shuffled (Fisher-Yates, seeded), topics in their first-seen order. */
function shuffleWithinTopics(items: readonly GoldArticle[], seed: number): GoldArticle[] {
  const random = seeded(seed);
  const topics = new Map<string, GoldArticle[]>();
  for (const item of items) {
    const key = item.topic ?? '';
    topics.set(key, [...(topics.get(key) ?? []), item]);
  }
  return [...topics.values()].flatMap((group) => {
    for (let index = group.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1));
      [group[index], group[other]] = [group[other] as GoldArticle, group[index] as GoldArticle];
    }
    return group;
  });
}

/** Prints the per-split lines and, with `--orders=N`, the mean over N within-topic shuffles. */
function reportSplits(name: string, items: readonly GoldArticle[]): void {
  // One line per split when the set has several (GVC and BASIL are one split each: their main line says it).
  if (new Set(items.map((item) => item.split)).size > 1) {
    for (const [split, score] of scoreSplits(items)) {
      if (split === 'all') continue;
      report(`stories-clustering-${name}-${split}`, {
        articles: items.filter((item) => item.split === split).length,
        bcubedP: score.precision,
        bcubedR: score.recall,
        bcubedF1: score.f1,
      });
    }
  }
  const orders = Number(
    process.argv.find((arg) => arg.startsWith('--orders='))?.slice('--orders='.length) ?? 0,
  );
  if (!(orders > 0) || !items.some((item) => item.topic !== undefined)) return;
  const sums = new Map<string, { precision: number; recall: number; f1: number }>();
  for (let seed = 1; seed <= orders; seed++) {
    for (const [split, score] of scoreSplits(shuffleWithinTopics(items, seed))) {
      const sum = sums.get(split) ?? { precision: 0, recall: 0, f1: 0 };
      sums.set(split, {
        precision: sum.precision + score.precision,
        recall: sum.recall + score.recall,
        f1: sum.f1 + score.f1,
      });
    }
  }
  for (const [split, sum] of sums) {
    report(`stories-clustering-${name}-orders-${split}`, {
      orders,
      meanP: sum.precision / orders,
      meanR: sum.recall / orders,
      meanF1: sum.f1 / orders,
    });
  }
}

function main(): void {
  const smoke = isSmoke();
  const sets = loadSets(smoke);
  for (const [name, items] of sets) {
    const { assignments } = clusterArticles(items.map((item) => item.article));
    const predicted = new Map(assignments.map((assignment) => [assignment.id, assignment.story]));
    const score = bcubed(
      items.map((item) => ({ id: item.article.id, gold: item.gold })),
      predicted,
    );
    if (process.argv.includes('--errors')) printErrors(name, items, predicted);
    if (process.argv.includes('--joins')) printJoins(name, items);
    reportSplits(name, items);
    const baseline = baselineBest(items);
    report(`stories-clustering-${name}`, {
      articles: items.length,
      stories: new Set(predicted.values()).size,
      goldStories: new Set(items.map((item) => item.gold)).size,
      bcubedP: score.precision,
      bcubedR: score.recall,
      bcubedF1: score.f1,
      baselineF1: baseline.f1,
      baselineThreshold: baseline.threshold,
      ratio: score.f1 / (baseline.f1 || 1),
    });
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) main();

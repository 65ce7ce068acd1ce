/**
 * Story assignment speed at scale: a synthetic stream built from the dev sets (ECB+, GVC, BASIL) with
 * variations (every synthetic story renames the people and places of its source story from a pool of 20,000
 * made-up names, shifts its numbers and drops one sentence per article), ~1,000 articles per day, stories of
 * 1-20 articles interleaved. One index grows to 10k, 100k and (full mode) 1M articles; at each size we time
 * the assignments of a window that ends there (articles/s, one core) and read the peak RSS. The window is 5,000
 * articles, or 5% of the size where that is more (50,000 at 1M): a major garbage collection of a multi-GB heap
 * takes seconds, and in a 5,000-article window one collection more or less decided the figure. The pause time of
 * the collections inside the window is reported apart (`gcSecondsInWindow`), and so is the average over the whole
 * stream so far (`wholeRunPerCpuSecond`). The named peer, run on the same articles in the same process, is
 * feature extraction alone (`extractFeatures`): the ratio shows what the index adds on top of reading the text.
 *
 *   npx tsx bench/stories.bench.ts [--smoke]      (smoke: 10k only)
 *   npx tsx bench/stories.bench.ts --size=100000  (stop at a given size)
 *   npx tsx bench/stories.bench.ts --options='{"lateLookAfter":6}'  (index options other than the defaults)
 */
import { PerformanceObserver } from 'node:perf_hooks';
import type { Article } from '../src/model/index.js';
import { createTextArticle } from '../src/model/index.js';
import type { StoryIndexOptions } from '../src/stories/index.js';
import { createStoryIndex, extractFeatures } from '../src/stories/index.js';
import { isSmoke, peakRssMiB, report } from './lib.js';
import { loadSets } from './quality/clustering.js';

/** Articles per batch of the stream, and the shortest timing window. */
const WINDOW = 5000;
/** The timing window at `size` articles, as a share of the size. */
const WINDOW_SHARE = 0.05;
const ARTICLES_PER_DAY = 1000;
const START = Date.parse('2020-01-01T00:00:00Z');

function hash(text: string, seed: number): number {
  let value = 0x811c9dc5 ^ seed;
  for (let index = 0; index < text.length; index++)
    value = Math.imul(value ^ text.charCodeAt(index), 0x01000193);
  return value >>> 0;
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'tas',
  'vo',
  'del',
  'ur',
  'shi',
  'bra',
  'nek',
  'ost',
  'fi',
  'gan',
  'ple',
  'zor',
];
const NAME_POOL = Array.from({ length: 20000 }, (_, index) => {
  let name = '';
  for (let value = index + 16 * 16; value > 0; value = Math.floor(value / 16))
    name += SYLLABLES[value % 16] ?? '';
  return name.charAt(0).toUpperCase() + name.slice(1);
});

/**
 * One synthetic variant of a source story's articles (story `k`): names and numbers replaced, and half of the
 * other words (by a hash of word and story) swapped for words drawn from the dev-set vocabulary, so that two
 * variants of one source read like two look-alike events (shared topic words, few shared 5-word phrases)
 * while the articles of one variant stay as close to each other as the source articles were.
 */
function variant(
  sources: readonly Article[],
  k: number,
  vocabulary: readonly string[],
): { title?: string; text: string }[] {
  const rename = (text: string): string =>
    text.replace(/\p{Lu}\p{Ll}+|\p{Ll}{4,}|\d+/gu, (token) => {
      if (/\d/.test(token)) return String((Number(token) + k) % 10000);
      if (/^\p{Lu}/u.test(token)) return NAME_POOL[hash(token, k) % NAME_POOL.length] ?? token;
      return hash(token, k) % 2 === 0 ? (vocabulary[hash(token, k + 1) % vocabulary.length] ?? token) : token;
    });
  return sources.map((source) => {
    const sentences = source.text.split(/(?<=[.!?])\s+/);
    const drop = hash(source.id, k) % Math.max(1, sentences.length);
    const text = rename(sentences.filter((_, index) => index !== drop || sentences.length < 3).join(' '));
    return source.title === undefined ? { text } : { title: rename(source.title), text };
  });
}

/** Yields the synthetic stream in batches of `WINDOW` articles, dated in order. */
function* syntheticStream(total: number): Generator<Article[]> {
  const stories = [...loadSets(false).values()].flatMap((items) => {
    const byStory = new Map<string, Article[]>();
    for (const item of items) byStory.set(item.gold, [...(byStory.get(item.gold) ?? []), item.article]);
    return [...byStory.values()];
  });
  const vocabulary = [
    ...new Set(
      stories.flatMap((story) => story.flatMap((article) => article.text.match(/\b\p{Ll}{4,}\b/gu) ?? [])),
    ),
  ].sort();
  let produced = 0;
  let k = 0;
  while (produced < total) {
    const pending: { title?: string; text: string; story: number }[] = [];
    while (pending.length < WINDOW) {
      const source = stories[k % stories.length] ?? [];
      for (const piece of variant(source.slice(0, 20), k, vocabulary)) pending.push({ ...piece, story: k });
      k++;
    }
    // Interleave the stories of the batch (deterministic shuffle), then date in order.
    pending.sort((a, b) => hash(a.text.slice(0, 40), 7) - hash(b.text.slice(0, 40), 7));
    const batch = pending.slice(0, Math.min(WINDOW, total - produced)).map((piece, index) => {
      const number = produced + index;
      const published = new Date(START + (number / ARTICLES_PER_DAY) * 86_400_000).toISOString();
      return createTextArticle(piece.text, {
        id: `syn-${number}`,
        source: `syn-${number}`,
        published,
        ...(piece.title === undefined ? {} : { title: piece.title }),
      });
    });
    produced += batch.length;
    yield batch;
  }
}

/** One batch's costs: CPU and wall seconds of its assignments, and main-thread GC pause seconds in them. */
interface BatchCost {
  articles: number;
  cpuSeconds: number;
  wallSeconds: number;
  gcSeconds: number;
}

function sumCosts(costs: readonly BatchCost[]): BatchCost {
  const total: BatchCost = { articles: 0, cpuSeconds: 0, wallSeconds: 0, gcSeconds: 0 };
  for (const cost of costs) {
    total.articles += cost.articles;
    total.cpuSeconds += cost.cpuSeconds;
    total.wallSeconds += cost.wallSeconds;
    total.gcSeconds += cost.gcSeconds;
  }
  return total;
}

function readOptions(): StoryIndexOptions {
  const argument = process.argv.find((entry) => entry.startsWith('--options='));
  if (argument === undefined) return {};
  const options: unknown = JSON.parse(argument.slice('--options='.length));
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw new Error(`--options must be a JSON object, got ${argument.slice('--options='.length)}`);
  return options;
}

async function main(): Promise<void> {
  if (loadSets(true).size === 0) return;
  const sizeArgument = process.argv.find((argument) => argument.startsWith('--size='));
  const maxSize = isSmoke() ? 10_000 : Number(sizeArgument?.slice(7) ?? 1_000_000);
  const checkpoints = [10_000, 100_000, 1_000_000].filter((size) => size <= maxSize);
  const options = readOptions();
  const index = createStoryIndex(options);
  // GC pauses arrive as performance entries on a later timer turn, so the loop yields to one after each batch and
  // each pause is charged to the batch whose time span holds its start.
  const pauses: { start: number; seconds: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      pauses.push({ start: entry.startTime, seconds: entry.duration / 1000 });
  });
  observer.observe({ entryTypes: ['gc'] });
  const spans: { from: number; to: number }[] = [];
  const costs: BatchCost[] = [];
  let added = 0;
  let first: { rate: number; ratioToPeer: number } | undefined;
  for (const batch of syntheticStream(maxSize)) {
    const from = performance.now();
    const cpuStarted = process.cpuUsage();
    for (const article of batch) index.add(article);
    const to = performance.now();
    const cpu = process.cpuUsage(cpuStarted);
    spans.push({ from, to });
    costs.push({
      articles: batch.length,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      wallSeconds: (to - from) / 1000,
      gcSeconds: 0,
    });
    added += batch.length;
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (const pause of pauses.splice(0)) {
      for (let at = spans.length - 1; at >= 0; at--) {
        const span = spans[at];
        const cost = costs[at];
        if (span === undefined || cost === undefined || pause.start < span.from) continue;
        if (pause.start <= span.to) cost.gcSeconds += pause.seconds;
        break;
      }
    }
    if (!checkpoints.includes(added)) continue;
    const windowBatches = Math.max(1, Math.round((added * WINDOW_SHARE) / WINDOW));
    const window = sumCosts(costs.slice(-windowBatches));
    const whole = sumCosts(costs);
    const peerStarted = process.cpuUsage();
    for (const article of batch) extractFeatures(article);
    const peerCpu = process.cpuUsage(peerStarted);
    const peerSeconds = (peerCpu.user + peerCpu.system) / 1e6;
    // The machine is shared: CPU time of this process is the fairer "one core" figure; wall time is printed too.
    const perSecond = window.articles / window.cpuSeconds;
    const ratioToPeer = perSecond / (batch.length / peerSeconds);
    first ??= { rate: perSecond, ratioToPeer };
    report(`stories-scale-${added}`, {
      articles: added,
      windowArticles: window.articles,
      perCpuSecond: perSecond,
      perWallSecond: window.articles / window.wallSeconds,
      cpuMicrosPerArticle: (window.cpuSeconds / window.articles) * 1e6,
      costVs10k: first.rate / perSecond,
      // The same ratio measured against the peer run at each size: the machine's speed drifts over a long run
      // (the peer alone has read 3,400-5,000 per CPU-second in one hour), and this cancels the drift.
      costVs10kPeerAdjusted: first.ratioToPeer / ratioToPeer,
      gcSecondsInWindow: window.gcSeconds,
      wholeRunPerCpuSecond: whole.articles / whole.cpuSeconds,
      wholeRunGcSeconds: whole.gcSeconds,
      peerExtractFeaturesPerCpuSecond: batch.length / peerSeconds,
      ratioToPeer,
      peakRssMiB: peakRssMiB(),
    });
  }
  observer.disconnect();
}

await main();

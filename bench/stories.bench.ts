/**
 * Story assignment speed at scale: a synthetic stream built from the dev sets (ECB+, GVC, BASIL) with
 * variations (every synthetic story renames the people and places of its source story from a pool of 20,000
 * made-up names, shifts its numbers and drops one sentence per article), ~1,000 articles per day, stories of
 * 1-20 articles interleaved. One index grows to 10k, 100k and (full mode) 1M articles; at each size we time
 * the last 5,000 assignments (articles/s, one core) and read the peak RSS. The named peer, run on the same
 * articles in the same process, is feature extraction alone (`extractFeatures`): the ratio shows what the
 * index adds on top of reading the text.
 *
 *   npx tsx bench/stories.bench.ts [--smoke]      (smoke: 10k only)
 *   npx tsx bench/stories.bench.ts --size=100000  (stop at a given size)
 */
import type { Article } from '../src/model/index.js';
import { createTextArticle } from '../src/model/index.js';
import { createStoryIndex, extractFeatures } from '../src/stories/index.js';
import { isSmoke, peakRssMiB, report } from './lib.js';
import { loadSets } from './quality/clustering.js';

const WINDOW = 5000;
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

function main(): void {
  if (loadSets(true).size === 0) return;
  const sizeArgument = process.argv.find((argument) => argument.startsWith('--size='));
  const maxSize = isSmoke() ? 10_000 : Number(sizeArgument?.slice(7) ?? 1_000_000);
  const checkpoints = [10_000, 100_000, 1_000_000].filter((size) => size <= maxSize);
  const index = createStoryIndex();
  let added = 0;
  const firstRate: number[] = [];
  for (const batch of syntheticStream(maxSize)) {
    const started = process.hrtime.bigint();
    const cpuStarted = process.cpuUsage();
    for (const article of batch) index.add(article);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const cpu = process.cpuUsage(cpuStarted);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    added += batch.length;
    if (!checkpoints.includes(added)) continue;
    const peerStarted = process.cpuUsage();
    for (const article of batch) extractFeatures(article);
    const peerCpu = process.cpuUsage(peerStarted);
    const peerSeconds = (peerCpu.user + peerCpu.system) / 1e6;
    // The machine is shared: CPU time of this process is the fairer "one core" figure; wall time is printed too.
    const perSecond = batch.length / cpuSeconds;
    if (firstRate.length === 0) firstRate.push(perSecond);
    report(`stories-scale-${added}`, {
      articles: added,
      perCpuSecond: perSecond,
      perWallSecond: batch.length / seconds,
      cpuMicrosPerArticle: (cpuSeconds / batch.length) * 1e6,
      costVs10k: (firstRate[0] ?? perSecond) / perSecond,
      peerExtractFeaturesPerCpuSecond: batch.length / peerSeconds,
      ratioToPeer: perSecond / (batch.length / peerSeconds),
      peakRssMiB: peakRssMiB(),
    });
  }
}

main();

/**
 * Article-body extraction quality on the Zyte article-extraction-benchmark, with that benchmark's own metric:
 * `\w+` tokens (no lower-casing), multisets of word 4-gram shingles, per-page TP/FP/FN normalised to sum 1,
 * precision and recall averaged over pages, F1 = harmonic mean of the two means.
 *
 *   npx tsx bench/quality/extraction.ts [--smoke] [--peers] [--worst N]
 *
 * `--peers` also scores the reference outputs in `predictions/` with the same code, to check this scorer
 * against the published figures (readability_js 0.947, trafilatura 0.958 on all 181 pages).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '../../src/extract/index.js';
import { benchData, isSmoke, report } from '../lib.js';

/** One benchmark page. */
export interface BenchPage {
  id: string;
  url: string;
  html: string;
  truth: string;
}

/** Loads the benchmark pages (HTML un-gzipped), or null when the data set is missing. */
export function loadPages(limit?: number): BenchPage[] | null {
  const folder = benchData('article-extraction-benchmark');
  if (!folder) return null;
  const lines = readFileSync(join(folder, 'data.jsonl'), 'utf8').split('\n').filter(Boolean);
  const rows = lines
    .slice(0, limit ?? lines.length)
    .map((line) => JSON.parse(line) as { id: string; url: string; html_path: string; truth_text: string });
  return rows.map((row) => ({
    id: row.id,
    url: row.url,
    html: gunzipSync(readFileSync(join(folder, row.html_path))).toString('utf8'),
    truth: row.truth_text,
  }));
}

function shingles(text: string): Map<string, number> {
  const tokens = text.match(/[\p{L}\p{N}\p{M}\p{Pc}]+/gu) ?? [];
  const counts = new Map<string, number>();
  const size = Math.min(4, tokens.length);
  if (size === 0) return counts;
  for (let index = 0; index + size <= tokens.length; index++) {
    const key = tokens.slice(index, index + size).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Per-page normalised precision and recall (undefined where the benchmark skips the page). */
export function scorePage(predicted: string, truth: string): { precision?: number; recall?: number } {
  const predictedShingles = shingles(predicted);
  const truthShingles = shingles(truth);
  let truePositive = 0;
  let falsePositive = 0;
  let falseNegative = 0;
  for (const [key, count] of predictedShingles) {
    const other = truthShingles.get(key) ?? 0;
    truePositive += Math.min(count, other);
    falsePositive += Math.max(0, count - other);
  }
  for (const [key, count] of truthShingles)
    falseNegative += Math.max(0, count - (predictedShingles.get(key) ?? 0));
  const total = truePositive + falsePositive + falseNegative;
  if (total === 0) return { precision: 1, recall: 1 };
  const tp = truePositive / total;
  const fp = falsePositive / total;
  const fn = falseNegative / total;
  const result: { precision?: number; recall?: number } = {};
  if (fp === 0 && fn === 0) return { precision: 1, recall: 1 };
  if (tp + fp > 0) result.precision = tp / (tp + fp);
  if (tp + fn > 0) result.recall = tp / (tp + fn);
  return result;
}

/** Corpus precision, recall and F1 over pairs of (predicted, truth). */
export function scoreCorpus(pairs: readonly { predicted: string; truth: string }[]): {
  precision: number;
  recall: number;
  f1: number;
} {
  const precisions: number[] = [];
  const recalls: number[] = [];
  for (const pair of pairs) {
    const score = scorePage(pair.predicted, pair.truth);
    if (score.precision !== undefined) precisions.push(score.precision);
    if (score.recall !== undefined) recalls.push(score.recall);
  }
  const precision = precisions.reduce((a, b) => a + b, 0) / Math.max(1, precisions.length);
  const recall = recalls.reduce((a, b) => a + b, 0) / Math.max(1, recalls.length);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function main(): void {
  const smoke = isSmoke();
  const pages = loadPages(smoke ? 30 : undefined);
  if (!pages) return;
  const worstIndex = process.argv.indexOf('--worst');
  const worst = worstIndex >= 0 ? Number(process.argv[worstIndex + 1] ?? 10) : 0;
  const pairs = pages.map((page) => {
    const article = extractArticle({ source: page.id, format: 'html', html: page.html, url: page.url });
    return { id: page.id, url: page.url, predicted: article.text, truth: page.truth };
  });
  const score = scoreCorpus(pairs);
  report('extraction', {
    pages: pages.length,
    f1: score.f1,
    precision: score.precision,
    recall: score.recall,
  });
  if (worst > 0) {
    const ranked = pairs
      .map((pair) => ({ ...pair, ...scorePage(pair.predicted, pair.truth) }))
      .sort((a, b) => Math.min(a.precision ?? 1, a.recall ?? 1) - Math.min(b.precision ?? 1, b.recall ?? 1));
    for (const page of ranked.slice(0, worst)) {
      console.log(
        `${page.id.slice(0, 8)} p=${(page.precision ?? 1).toFixed(3)} r=${(page.recall ?? 1).toFixed(3)} ${page.url}`,
      );
    }
  }
  if (process.argv.includes('--peers')) {
    const folder = benchData('article-extraction-benchmark');
    if (!folder) return;
    const truthById = new Map(pages.map((page) => [page.id, page.truth]));
    for (const file of readdirSync(join(folder, 'predictions')).filter((name) => name.endsWith('.jsonl'))) {
      const predictions = readFileSync(join(folder, 'predictions', file), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { id: string; text: string | null });
      const peerPairs = predictions.flatMap((prediction) => {
        const truth = truthById.get(prediction.id);
        return truth === undefined ? [] : [{ predicted: prediction.text ?? '', truth }];
      });
      const peer = scoreCorpus(peerPairs);
      report(`extraction-peer-${file.replace(/\.jsonl$/, '')}`, {
        pages: peerPairs.length,
        f1: peer.f1,
        precision: peer.precision,
        recall: peer.recall,
      });
    }
  }
}

// Run only as a script: the speed bench and the residue bench import this module's loaders.
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main();

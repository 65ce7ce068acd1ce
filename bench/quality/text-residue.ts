/**
 * Plain-text residue removal, line by line. Each article-extraction-benchmark page is rendered to plain text the
 * way a scraper does (visible text of the whole page, one line per block element); each line is labelled body
 * when it belongs to the ground-truth article body, residue otherwise. The text cleaner then runs on the
 * rendered text; a line counts as removed when it is not in the clean body (removed with a reason, or taken as
 * the title). Reported: precision and recall of removed lines (residue is the positive class), and body lines
 * lost. Also checks the two seed articles: their listed residue removed, no body line lost.
 *
 *   npx tsx bench/quality/text-residue.ts [--smoke] [--worst N]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle, renderText } from '../../src/extract/index.js';
import { isSmoke, report, repoRoot } from '../lib.js';
import { loadPages } from './extraction.js';

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** True when a rendered line is part of the ground-truth body (most of its 4-grams, or the whole short line). */
function isBodyLine(line: string, truthGrams: Set<string>, truthLines: Set<string>): boolean {
  const words = tokens(line);
  if (words.length < 4) return truthLines.has(words.join(' '));
  let found = 0;
  const total = words.length - 3;
  for (let index = 0; index < total; index++)
    if (truthGrams.has(words.slice(index, index + 4).join(' '))) found++;
  return found / total >= 0.5;
}

interface LineCounts {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
  bodyLines: number;
}

/** Scores the cleaner on one rendered page. */
export function scoreRendered(rendered: string, truth: string): LineCounts & { lost: string[] } {
  const truthWords = tokens(truth);
  const truthGrams = new Set<string>();
  for (let index = 0; index + 4 <= truthWords.length; index++)
    truthGrams.add(truthWords.slice(index, index + 4).join(' '));
  const truthLines = new Set(truth.split('\n').map((line) => tokens(line).join(' ')));
  const article = extractArticle({ source: 'rendered', format: 'text', text: rendered });
  const keptText = new Set(
    article.paragraphs.map((paragraph) => article.text.slice(paragraph.start, paragraph.end)),
  );
  const counts = { truePositive: 0, falsePositive: 0, falseNegative: 0, bodyLines: 0, lost: [] as string[] };
  for (const line of rendered.split('\n')) {
    if (tokens(line).length === 0) continue;
    const residue = !isBodyLine(line, truthGrams, truthLines);
    const removed = !keptText.has(line.trim());
    if (!residue) counts.bodyLines++;
    if (residue && removed) counts.truePositive++;
    else if (!residue && removed) {
      counts.falsePositive++;
      counts.lost.push(line);
    } else if (residue && !removed) counts.falseNegative++;
  }
  return counts;
}

/** The residue EXPECTED.md lists for the two seed articles (first words of each line). */
const SEED_RESIDUE: Record<string, string[]> = {
  'article-1.txt': ['Be the first to comment', 'Leave a Reply', 'Your email address will not be published'],
  'article-2.txt': ['Venezuelan President Nicolas Maduro gestures', 'Follow Ben Kew', 'Please let us know'],
};

function checkSeeds(): void {
  // Beside the bench data when that is set; else `../shared/` beside the repo (from src or from dist).
  const candidates = [
    ...(process.env.PARALLAX_BENCH_DATA
      ? [join(process.env.PARALLAX_BENCH_DATA, '..', 'samples', 'seeds')]
      : []),
    join(repoRoot(), '..', 'shared', 'samples', 'seeds'),
    join(process.cwd(), '..', 'shared', 'samples', 'seeds'),
  ];
  const folder = candidates.find((candidate) => existsSync(candidate));
  if (!folder) {
    console.log(`SKIP seeds: none of ${candidates.join(', ')} found.`);
    return;
  }
  for (const [file, residue] of Object.entries(SEED_RESIDUE)) {
    const text = readFileSync(join(folder, file), 'utf8');
    const article = extractArticle({ source: file, format: 'text', text });
    const removedFound = residue.filter((start) =>
      article.removed.some((piece) => piece.text.startsWith(start)),
    ).length;
    const lines = text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const bodyLines = lines.filter(
      (line) => line !== lines[0] && !residue.some((start) => line.startsWith(start)),
    );
    const lost = bodyLines.filter((line) => !article.text.includes(line.replace(/\s+/g, ' '))).length;
    report(`text-residue-seed-${file.replace(/\.txt$/, '')}`, {
      residueRemoved: `${removedFound}/${residue.length}`,
      bodyLinesLost: lost,
      extraRemoved: article.removed.length - removedFound,
      title: article.title === lines[0] ? 'first-line' : 'other',
      outlet: article.outlet ?? 'unknown',
    });
  }
}

function main(): void {
  checkSeeds();
  const pages = loadPages(isSmoke() ? 30 : undefined);
  if (!pages) return;
  const worstIndex = process.argv.indexOf('--worst');
  const worst = worstIndex >= 0 ? Number(process.argv[worstIndex + 1] ?? 10) : 0;
  const total = { truePositive: 0, falsePositive: 0, falseNegative: 0, bodyLines: 0 };
  const perPage: { url: string; lost: string[]; missed: number }[] = [];
  for (const page of pages) {
    const counts = scoreRendered(renderText(page.html), page.truth);
    total.truePositive += counts.truePositive;
    total.falsePositive += counts.falsePositive;
    total.falseNegative += counts.falseNegative;
    total.bodyLines += counts.bodyLines;
    perPage.push({ url: page.url, lost: counts.lost, missed: counts.falseNegative });
  }
  const precision = total.truePositive / Math.max(1, total.truePositive + total.falsePositive);
  const recall = total.truePositive / Math.max(1, total.truePositive + total.falseNegative);
  report('text-residue', {
    pages: pages.length,
    precision,
    recall,
    f1: (2 * precision * recall) / Math.max(1e-9, precision + recall),
    residueLines: total.truePositive + total.falseNegative,
    bodyLines: total.bodyLines,
    bodyLinesLost: total.falsePositive,
  });
  if (worst > 0) {
    perPage.sort((a, b) => b.lost.length + b.missed - (a.lost.length + a.missed));
    for (const page of perPage.slice(0, worst)) {
      console.log(`lost=${page.lost.length} missed=${page.missed} ${page.url}`);
      for (const line of page.lost.slice(0, 5)) console.log(`    LOST ${line.slice(0, 140)}`);
    }
  }
}

// Run only as a script (the module's renderer is reusable).
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main();

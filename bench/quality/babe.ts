/**
 * BABE (SG2, dev split): sentence-level loaded-language detection (macro-F1 of Biased vs Non-biased) and
 * word-level precision/recall of the flagged words against the experts' biased words. Runs the project's
 * detector (`scoreLoadedText`) beside a bench-only baseline: any word of the Recasens et al. (2013) bias lexicon
 * (not shipped; license unstated). Run: `npx tsx bench/quality/babe.ts [--smoke]`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreLoadedText, weightToScore } from '../../src/summary/index.js';
import { benchData, isSmoke, report } from '../lib.js';

interface BabeRow {
  id: string;
  text: string;
  label_bias: string;
  biased_words: string[];
  split: string;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

function words(text: string): string[] {
  return [...text.toLowerCase().matchAll(WORD)].map((match) => match[0].replace(/’/g, "'"));
}

/** Macro-F1 over the two classes. */
export function macroF1(gold: readonly boolean[], predicted: readonly boolean[]): number {
  let f1Sum = 0;
  for (const positive of [true, false]) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((label, index) => {
      const guess = predicted[index] === positive;
      const truth = label === positive;
      if (guess && truth) tp++;
      else if (guess) fp++;
      else if (truth) fn++;
    });
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    f1Sum += precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  }
  return f1Sum / 2;
}

function loadRecasens(folder: string | null): Set<string> {
  if (!folder) return new Set();
  const lines = readFileSync(join(folder, 'lexicons.jsonl'), 'utf8').split('\n').filter(Boolean);
  const set = new Set<string>();
  for (const line of lines) {
    const entry = JSON.parse(line) as { lexicon: string; entry: string };
    if (entry.lexicon === 'bias_lemmas') set.add(entry.entry.toLowerCase());
  }
  return set;
}

/** Crude lemma lookup for the baseline: the word, or the word without a plural/verb ending. */
function inLexicon(lexicon: ReadonlySet<string>, word: string): boolean {
  return (
    lexicon.has(word) ||
    lexicon.has(word.replace(/(?:s|es|ed|d|ing|ly)$/, '')) ||
    lexicon.has(word.replace(/ies$/, 'y')) ||
    lexicon.has(word.replace(/ing$/, 'e'))
  );
}

function main(): void {
  const folder = benchData('babe');
  if (!folder) return;
  let rows = readFileSync(join(folder, 'sentences.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as BabeRow)
    .filter((row) => row.label_bias === 'Biased' || row.label_bias === 'Non-biased');
  if (isSmoke()) rows = rows.slice(0, 400);
  const recasens = loadRecasens(benchData('lexicons-recasens2013'));

  const gold: boolean[] = [];
  const ours: boolean[] = [];
  const oursAnyVoice: boolean[] = [];
  const scores: number[] = [];
  const baseline: boolean[] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let baseTp = 0;
  let baseFp = 0;
  let baseFn = 0;
  for (const row of rows) {
    const result = scoreLoadedText(row.text);
    gold.push(row.label_bias === 'Biased');
    ours.push(result.loaded);
    scores.push(result.score);
    oursAnyVoice.push(result.spans.length > 0);
    const goldWords = new Set(row.biased_words.flatMap((item) => words(item)));
    const predicted = new Set(
      result.spans.filter((span) => span.reason !== 'scare-quotes').flatMap((span) => words(span.text)),
    );
    for (const word of predicted)
      if (goldWords.has(word)) tp++;
      else fp++;
    for (const word of goldWords) if (!predicted.has(word)) fn++;
    const baseWords = new Set(words(row.text).filter((word) => inLexicon(recasens, word)));
    baseline.push(baseWords.size > 0);
    for (const word of baseWords)
      if (goldWords.has(word)) baseTp++;
      else baseFp++;
    for (const word of goldWords) if (!baseWords.has(word)) baseFn++;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  // Diagnostics beside the metric: precision and recall of the Biased class.
  const biasedTp = gold.filter((label, index) => label && ours[index]).length;
  report('babe', {
    sentences: rows.length,
    macroF1: macroF1(gold, ours),
    biasedPrecision: biasedTp / Math.max(1, ours.filter(Boolean).length),
    biasedRecall: biasedTp / Math.max(1, gold.filter(Boolean).length),
    macroF1AnyFlag: macroF1(gold, oursAnyVoice),
    wordPrecision: precision,
    wordRecall: recall,
    wordF1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  });
  // The decision threshold in hit weights (the product uses 1 = one full hit): the neighbours, for the record.
  const atWeight = (weight: number): boolean[] =>
    scores.map((score) => score >= weightToScore(weight) - 1e-9);
  report('babe-thresholds', {
    macroF1Weight0_5: macroF1(gold, atWeight(0.5)),
    macroF1Weight1: macroF1(gold, atWeight(1)),
    macroF1Weight1_5: macroF1(gold, atWeight(1.5)),
  });
  if (recasens.size > 0) {
    report('babe-baseline-recasens', {
      macroF1: macroF1(gold, baseline),
      wordPrecision: baseTp / Math.max(1, baseTp + baseFp),
      wordRecall: baseTp / Math.max(1, baseTp + baseFn),
    });
  }
}

main();

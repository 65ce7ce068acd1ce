/**
 * BASIL (dev stories): loaded-language spans against the annotated lexical-bias spans. Span-level precision and
 * recall by overlap (a flagged span counts when it overlaps a gold span, a gold span is found when any flagged
 * span overlaps it), sentence-level F1 (sentence has a lexical-bias span vs sentence has a flagged word), and, for
 * gold spans inside quotes, how often the detector gives the found word to a speaker rather than the outlet.
 * Articles use BASIL's own sentence offsets. Run: `npx tsx bench/quality/basil-lexical.ts [--smoke]`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTextArticle, type Article } from '../../src/model/index.js';
import { detectLoaded } from '../../src/summary/index.js';
import { benchData, isSmoke, report } from '../lib.js';

interface BasilArticle {
  id: string;
  text: string;
  split: string;
  sentences: { index: number; paragraph: number; start: number; end: number }[];
}

interface BasilSpan {
  article_id: string;
  bias_type: string;
  in: string;
  doc_start: number;
  doc_end: number;
  offsets_ok: boolean;
  is_quote: boolean;
  split: string;
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T);
}

function main(): void {
  const folder = benchData('basil');
  if (!folder) return;
  let articles = readJsonl<BasilArticle>(join(folder, 'articles.jsonl')).filter(
    (item) => item.split === 'dev',
  );
  if (isSmoke()) articles = articles.slice(0, 30);
  const gold = readJsonl<BasilSpan>(join(folder, 'spans.jsonl')).filter(
    (span) => span.bias_type === 'lexical' && span.in === 'body' && span.offsets_ok,
  );
  let predictedSpans = 0;
  let predictedHits = 0;
  let goldSpans = 0;
  let goldFound = 0;
  let quotedGold = 0;
  let quotedFoundAttributed = 0;
  let quotedFound = 0;
  let sentenceTp = 0;
  let sentenceFp = 0;
  let sentenceFn = 0;
  for (const item of articles) {
    const base = createTextArticle(item.text, { id: item.id });
    const article: Article = {
      ...base,
      sentences: item.sentences.map((sentence) => ({
        start: sentence.start,
        end: sentence.end,
        paragraph: sentence.paragraph,
      })),
    };
    const spans = detectLoaded(article);
    const truth = gold.filter((span) => span.article_id === item.id);
    const overlaps = (a: { start: number; end: number }, b: BasilSpan) =>
      a.start < b.doc_end && b.doc_start < a.end;
    predictedSpans += spans.length;
    predictedHits += spans.filter((span) => truth.some((goldSpan) => overlaps(span, goldSpan))).length;
    for (const goldSpan of truth) {
      goldSpans++;
      const found = spans.filter((span) => overlaps(span, goldSpan));
      if (found.length > 0) goldFound++;
      if (goldSpan.is_quote) {
        quotedGold++;
        if (found.length > 0) {
          quotedFound++;
          if (found.some((span) => span.speaker !== undefined)) quotedFoundAttributed++;
        }
      }
    }
    article.sentences.forEach((sentence, index) => {
      const isGold = truth.some((span) => span.doc_start < sentence.end && sentence.start < span.doc_end);
      const isPredicted = spans.some((span) => span.sentence === index);
      if (isGold && isPredicted) sentenceTp++;
      else if (isPredicted) sentenceFp++;
      else if (isGold) sentenceFn++;
    });
  }
  const precision = predictedHits / Math.max(1, predictedSpans);
  const recall = goldFound / Math.max(1, goldSpans);
  const sentencePrecision = sentenceTp / Math.max(1, sentenceTp + sentenceFp);
  const sentenceRecall = sentenceTp / Math.max(1, sentenceTp + sentenceFn);
  report('basil-lexical', {
    articles: articles.length,
    goldSpans,
    spanPrecision: precision,
    spanRecall: recall,
    spanF1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    sentenceF1:
      sentencePrecision + sentenceRecall === 0
        ? 0
        : (2 * sentencePrecision * sentenceRecall) / (sentencePrecision + sentenceRecall),
    quotedGold,
    quotedFoundAttributedShare: quotedFoundAttributed / Math.max(1, quotedFound),
  });
}

main();

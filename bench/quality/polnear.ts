/**
 * Attribution quality on PolNeAR (political news, 7 US outlets): source, cue and content spans, exact and
 * overlap matching, plus article-level wire and hat-tip credit detection.
 *
 * Gold: primary-annotator rows whose kind is `Attribution` or `Attribution-no-source`. Predictions:
 * `analyzeLanguage` quotes, grouped by cue into one attribution (continuation quotes add content spans, as
 * PolNeAR's discontinuous content spans do). Per role: a predicted span matches a gold span exactly when both
 * cover the same characters after trimming spaces and edge punctuation, and by overlap when they share a word
 * character; matching is one-to-one, greedy by overlap size. Precision = matched predicted / predicted,
 * recall = matched gold / gold. The rules were written against train articles; dev is reported as held-out
 * (the README's test split is not in the folder). Wire: the article's `wire` field (AP, UPI, AFP, Reuters)
 * against a `dateline`/`wire` credit; credit: the `credit` field ("h/t: X") against any credit to X.
 *
 * Run: npx tsx bench/quality/polnear.ts [--smoke]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeLanguage } from '../../src/language/index.js';
import { createTextArticle } from '../../src/model/index.js';
import { benchData, isSmoke, report } from '../lib.js';

interface ArticleRow {
  id: string;
  outlet: string;
  date: string;
  split: string;
  credit: string | null;
  wire: string | null;
  text: string;
}
interface RoleRow {
  spans: [number, number][];
  text: string;
}
interface AttributionRow {
  article_id: string;
  is_primary: boolean;
  kind: string;
  source: RoleRow | null;
  cue: RoleRow | null;
  content: RoleRow | null;
}
type Spans = [number, number][];
interface Attribution {
  source: Spans | null;
  cue: Spans | null;
  content: Spans | null;
}
interface RoleCounts {
  predicted: number;
  gold: number;
  exact: number;
  overlap: number;
}
type Role = 'source' | 'cue' | 'content';
const ROLES: Role[] = ['source', 'cue', 'content'];

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

const EDGE = /[\s.,;:!?]/;

/** The set of covered character offsets, trimmed of spaces and edge punctuation per span. */
function coverage(text: string, spans: Spans): Set<number> {
  const covered = new Set<number>();
  for (const [rawStart, rawEnd] of spans) {
    let start = rawStart;
    let end = rawEnd;
    while (start < end && EDGE.test(text[start] ?? '')) start++;
    while (end > start && EDGE.test(text[end - 1] ?? '')) end--;
    for (let index = start; index < end; index++) if (!/\s/.test(text[index] ?? '')) covered.add(index);
  }
  return covered;
}

function sameSet(a: Set<number>, b: Set<number>): boolean {
  if (a.size !== b.size) return false;
  for (const value of a) if (!b.has(value)) return false;
  return true;
}

function sharedWordChars(text: string, a: Set<number>, b: Set<number>): number {
  let shared = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const value of small) if (large.has(value) && /[\p{L}\p{N}]/u.test(text[value] ?? '')) shared++;
  return shared;
}

function scoreRole(text: string, gold: Spans[], predicted: Spans[], counts: RoleCounts): void {
  counts.gold += gold.length;
  counts.predicted += predicted.length;
  const goldSets = gold.map((spans) => coverage(text, spans));
  const predictedSets = predicted.map((spans) => coverage(text, spans));
  const exactUsed = new Set<number>();
  for (const p of predictedSets) {
    const match = goldSets.findIndex((g, index) => !exactUsed.has(index) && sameSet(g, p));
    if (match >= 0) {
      exactUsed.add(match);
      counts.exact++;
    }
  }
  const pairs: [number, number, number][] = [];
  predictedSets.forEach((p, i) =>
    goldSets.forEach((g, j) => {
      const shared = sharedWordChars(text, p, g);
      if (shared > 0) pairs.push([shared, i, j]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0]);
  const usedPredicted = new Set<number>();
  const usedGold = new Set<number>();
  for (const [, i, j] of pairs) {
    if (usedPredicted.has(i) || usedGold.has(j)) continue;
    usedPredicted.add(i);
    usedGold.add(j);
    counts.overlap++;
  }
}

function predict(row: ArticleRow): {
  attributions: Attribution[];
  credits: { outlet: string; kind: string }[];
} {
  const article = analyzeLanguage(createTextArticle(row.text, { published: row.date }));
  const byCue = new Map<string, Attribution>();
  for (const quote of article.quotes) {
    const key = `${quote.cue.start}:${quote.cue.end}`;
    let attribution = byCue.get(key);
    if (!attribution) {
      attribution = {
        source: quote.source ? [[quote.source.start, quote.source.end]] : null,
        cue: [[quote.cue.start, quote.cue.end]],
        content: [],
      };
      byCue.set(key, attribution);
    }
    attribution.content?.push([quote.content.start, quote.content.end]);
  }
  return { attributions: [...byCue.values()], credits: article.credits };
}

function prf(matched: number, predicted: number, gold: number): { p: number; r: number; f: number } {
  const p = predicted > 0 ? matched / predicted : 0;
  const r = gold > 0 ? matched / gold : 0;
  return { p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

const WIRE_CODES: Record<string, string> = {
  'Associated Press': 'ap',
  'United Press International': 'upi',
  'Agence France-Presse': 'afp',
  Reuters: 'reuters',
};

function normaliseOutlet(name: string): string {
  return name
    .toLowerCase()
    .replace(/^h\/t:\s*/, '')
    .replace(/^the\s+/, '')
    .replace(/[^a-z]/g, '');
}

function run(base: string): void {
  const articles = readJsonl<ArticleRow>(join(base, 'articles.jsonl'));
  const rows = readJsonl<AttributionRow>(join(base, 'attributions.jsonl')).filter(
    (row) => row.is_primary && row.kind.startsWith('Attribution'),
  );
  const goldByArticle = new Map<string, Attribution[]>();
  for (const row of rows) {
    const list = goldByArticle.get(row.article_id) ?? [];
    list.push({
      source: row.source?.spans ?? null,
      cue: row.cue?.spans ?? null,
      content: row.content?.spans ?? null,
    });
    goldByArticle.set(row.article_id, list);
  }
  const smoke = isSmoke();
  for (const split of ['train', 'dev']) {
    let selected = articles.filter((article) => article.split === split);
    if (smoke) selected = selected.filter((_, index) => index % (split === 'train' ? 40 : 8) === 0);
    const counts = Object.fromEntries(
      ROLES.map((role) => [role, { predicted: 0, gold: 0, exact: 0, overlap: 0 }]),
    ) as Record<Role, RoleCounts>;
    const wire = { predicted: 0, gold: 0, correct: 0, agency: 0 };
    // Recall split by whether the gold content holds a quotation mark (direct/mixed) or not (indirect).
    const split2 = { quoted: 0, quotedFound: 0, plain: 0, plainFound: 0 };
    const credit = { gold: 0, found: 0 };
    for (const article of selected) {
      const gold = goldByArticle.get(article.id) ?? [];
      const { attributions, credits } = predict(article);
      for (const role of ROLES) {
        scoreRole(
          article.text,
          gold.flatMap((item) => (item[role] ? [item[role]] : [])),
          attributions.flatMap((item) => (item[role] ? [item[role]] : [])),
          counts[role],
        );
      }
      for (const item of gold) {
        if (!item.content) continue;
        const text = item.content.map(([start, end]) => article.text.slice(start, end)).join(' ');
        const found = attributions.some((predicted) =>
          (predicted.content ?? []).some(([start, end]) =>
            (item.content ?? []).some(([goldStart, goldEnd]) => start < goldEnd && end > goldStart),
          ),
        );
        if (/["“”«»]|''/.test(text)) {
          split2.quoted++;
          if (found) split2.quotedFound++;
        } else {
          split2.plain++;
          if (found) split2.plainFound++;
        }
      }
      const goldWire = article.wire && article.wire !== 'NA' ? article.wire.toLowerCase() : null;
      const wireCredit = credits.find((item) => item.kind === 'dateline' || item.kind === 'wire');
      if (goldWire) wire.gold++;
      if (wireCredit) wire.predicted++;
      if (goldWire && wireCredit) {
        wire.correct++;
        if (WIRE_CODES[wireCredit.outlet] === goldWire) wire.agency++;
      }
      if (article.credit) {
        credit.gold++;
        const wanted = normaliseOutlet(article.credit);
        if (
          credits.some(
            (item) =>
              normaliseOutlet(item.outlet) === wanted || wanted.includes(normaliseOutlet(item.outlet)),
          )
        )
          credit.found++;
      }
    }
    const metrics: Record<string, number | string> = { split, articles: selected.length };
    for (const role of ROLES) {
      const c = counts[role];
      const exact = prf(c.exact, c.predicted, c.gold);
      const overlap = prf(c.overlap, c.predicted, c.gold);
      metrics[`${role}_exact_p`] = exact.p;
      metrics[`${role}_exact_r`] = exact.r;
      metrics[`${role}_exact_f1`] = exact.f;
      metrics[`${role}_overlap_p`] = overlap.p;
      metrics[`${role}_overlap_r`] = overlap.r;
      metrics[`${role}_overlap_f1`] = overlap.f;
    }
    metrics.content_any_overlap_r_quoted = split2.quoted > 0 ? split2.quotedFound / split2.quoted : 0;
    metrics.content_any_overlap_r_indirect = split2.plain > 0 ? split2.plainFound / split2.plain : 0;
    const wireScore = prf(wire.correct, wire.predicted, wire.gold);
    metrics.wire_p = wireScore.p;
    metrics.wire_r = wireScore.r;
    metrics.wire_agency_accuracy = wire.correct > 0 ? wire.agency / wire.correct : 0;
    metrics.hat_tip_credit_r = credit.gold > 0 ? credit.found / credit.gold : 0;
    report('polnear', metrics);
  }
}

const folder = benchData('polnear');
if (folder) run(folder);

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
 * Run: npx tsx bench/quality/polnear.ts [--smoke] [--errors[=train|dev]] [--examples=N] [--list]
 *
 * `--errors` (train unless `=dev`) prints, per role, the misses and false hits of that split by type, ranked by
 * the F1 points each type costs (the exact F1 for source and cue, the overlap F1 for content, the issue's
 * targets), then the commonest words of each type with examples: the gold span in [brackets], ours in {braces}.
 * `--list` also prints every error on a line of its own (tab-separated: split, role, type, words, example).
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

/** Which gold span each predicted span matched, exactly and by overlap (indices into the two lists). */
interface RoleMatches {
  exact: Map<number, number>;
  overlap: Map<number, number>;
}

function scoreRole(text: string, gold: Spans[], predicted: Spans[], counts: RoleCounts): RoleMatches {
  const matches: RoleMatches = { exact: new Map(), overlap: new Map() };
  counts.gold += gold.length;
  counts.predicted += predicted.length;
  const goldSets = gold.map((spans) => coverage(text, spans));
  const predictedSets = predicted.map((spans) => coverage(text, spans));
  const exactUsed = new Set<number>();
  predictedSets.forEach((p, i) => {
    const match = goldSets.findIndex((g, index) => !exactUsed.has(index) && sameSet(g, p));
    if (match >= 0) {
      exactUsed.add(match);
      matches.exact.set(i, match);
      counts.exact++;
    }
  });
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
    matches.overlap.set(i, j);
    counts.overlap++;
  }
  return matches;
}

type ErrorKind = 'boundary' | 'miss' | 'false';
/** One span that costs F1: a gold span we missed or cut wrong, or a span of ours that gold does not have. */
interface RoleError {
  role: Role;
  kind: ErrorKind;
  /** The type the dump ranks, e.g. "miss: attribution missed (indirect)", "boundary: starts early". */
  shape: string;
  /** The words the type is tallied by within its shape: the cue, or the words added or left out. */
  detail: string;
  example: string;
}

const QUOTE_MARK = /["“”«»]|''/;
/** Text between two marks longer than this is shortened in an example, so long contents stay readable. */
const EXAMPLE_RUN_CHARS = 160;
const EXAMPLE_CONTEXT_CHARS = 60;
const DETAIL_WORDS = 3;

function firstWords(text: string, count = DETAIL_WORDS): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'’\s-]/gu, ' ')
    .split(/\s+/)
    .filter((word) => word !== '')
    .slice(0, count)
    .join(' ');
}

function spansText(text: string, spans: Spans): string {
  return spans.map(([start, end]) => text.slice(start, end)).join(' … ');
}

/** The text around a gold span (in brackets) and a predicted one (in braces), on one line. */
function example(text: string, gold: Spans | null, predicted: Spans | null): string {
  const marks: [number, string][] = [];
  for (const [start, end] of gold ?? []) marks.push([start, '['], [end, ']']);
  for (const [start, end] of predicted ?? []) marks.push([start, '{'], [end, '}']);
  marks.sort((a, b) => a[0] - b[0]);
  const from = Math.max(0, (marks[0]?.[0] ?? 0) - EXAMPLE_CONTEXT_CHARS);
  const to = Math.min(text.length, (marks.at(-1)?.[0] ?? 0) + EXAMPLE_CONTEXT_CHARS);
  const shorten = (run: string): string =>
    run.length > EXAMPLE_RUN_CHARS ? `${run.slice(0, 70)} … ${run.slice(-70)}` : run;
  let out = '';
  let at = from;
  for (const [position, mark] of marks) {
    out += shorten(text.slice(at, position)) + mark;
    at = position;
  }
  return (out + text.slice(at, to)).replace(/\s+/g, ' ');
}

/** How a predicted span's edges differ from the gold one's, and the words added (+) or left out (-). */
function boundaryShape(text: string, gold: Spans, predicted: Spans): { shape: string; detail: string } {
  const goldSet = [...coverage(text, gold)].sort((a, b) => a - b);
  const predictedSet = [...coverage(text, predicted)].sort((a, b) => a - b);
  const goldStart = goldSet[0] ?? 0;
  const goldEnd = (goldSet.at(-1) ?? 0) + 1;
  const predictedStart = predictedSet[0] ?? 0;
  const predictedEnd = (predictedSet.at(-1) ?? 0) + 1;
  const parts: string[] = [];
  const details: string[] = [];
  if (predictedStart < goldStart) {
    parts.push('starts early');
    details.push(`+${firstWords(text.slice(predictedStart, goldStart))}`);
  } else if (predictedStart > goldStart) {
    parts.push('starts late');
    details.push(`-${firstWords(text.slice(goldStart, predictedStart))}`);
  }
  if (predictedEnd > goldEnd) {
    parts.push('ends late');
    details.push(`+${firstWords(text.slice(goldEnd, predictedEnd))}`);
  } else if (predictedEnd < goldEnd) {
    parts.push('ends early');
    details.push(`-${firstWords(text.slice(predictedEnd, goldEnd))}`);
  }
  if (parts.length === 0) return { shape: 'boundary: inner gaps differ', detail: '' };
  return { shape: `boundary: ${parts.join(', ')}`, detail: details.join(' / ') };
}

/**
 * Classifies every span of one article that costs F1. Attributions are paired through their cues (the cue
 * overlap matching), so a role's miss says whether its whole attribution was missed or only that role.
 */
function collectErrors(
  text: string,
  gold: readonly Attribution[],
  predicted: readonly Attribution[],
  matches: Record<Role, RoleMatches>,
  errors: RoleError[],
): void {
  const carriers = (list: readonly Attribution[], role: Role): number[] =>
    list.flatMap((item, index) => (item[role] ? [index] : []));
  const goldCues = carriers(gold, 'cue');
  const predictedCues = carriers(predicted, 'cue');
  const pairOfGold = new Map<number, number>();
  const pairOfPredicted = new Map<number, number>();
  for (const [i, j] of matches.cue.overlap) {
    const goldAttribution = goldCues[j];
    const predictedAttribution = predictedCues[i];
    if (goldAttribution === undefined || predictedAttribution === undefined) continue;
    pairOfGold.set(goldAttribution, predictedAttribution);
    pairOfPredicted.set(predictedAttribution, goldAttribution);
  }
  const inOurContent = (spans: Spans): boolean =>
    predicted.some((item) =>
      (item.content ?? []).some(([start, end]) =>
        spans.some(([goldStart, goldEnd]) => start < goldEnd && end > goldStart),
      ),
    );
  for (const role of ROLES) {
    const goldOwners = carriers(gold, role);
    const predictedOwners = carriers(predicted, role);
    const exactGold = new Set(matches[role].exact.values());
    const overlapOfGold = new Map([...matches[role].overlap].map(([i, j]) => [j, i]));
    goldOwners.forEach((owner, j) => {
      if (exactGold.has(j)) return;
      const attribution = gold[owner];
      const spans = attribution?.[role];
      if (!attribution || !spans) return;
      const cueText = firstWords(spansText(text, attribution.cue ?? []), 4);
      const i = overlapOfGold.get(j);
      const ours = i === undefined ? null : (predicted[predictedOwners[i] ?? -1]?.[role] ?? null);
      if (ours) {
        errors.push({
          role,
          kind: 'boundary',
          ...boundaryShape(text, spans, ours),
          example: example(text, spans, ours),
        });
        return;
      }
      const paired = pairOfGold.get(owner);
      if (paired === undefined) {
        const where =
          role === 'cue' && attribution.cue && inOurContent(attribution.cue)
            ? 'cue inside our content'
            : QUOTE_MARK.test(spansText(text, attribution.content ?? []))
              ? 'quoted'
              : 'indirect';
        const sourceSide =
          attribution.source && attribution.cue
            ? (attribution.source[0]?.[0] ?? 0) < (attribution.cue[0]?.[0] ?? 0)
              ? ', source before cue'
              : ', source after cue'
            : ', no source';
        errors.push({
          role,
          kind: 'miss',
          shape: `miss: attribution missed (${where}${sourceSide})`,
          detail: cueText,
          example: example(text, spans, null),
        });
        return;
      }
      const theirs = predicted[paired]?.[role] ?? null;
      errors.push({
        role,
        kind: 'miss',
        shape: theirs ? `miss: our ${role} elsewhere` : `miss: no ${role} on our attribution`,
        detail: role === 'cue' ? cueText : firstWords(spansText(text, spans)),
        example: example(text, spans, theirs),
      });
    });
    predictedOwners.forEach((owner, i) => {
      if (matches[role].exact.has(i) || matches[role].overlap.has(i)) return;
      const attribution = predicted[owner];
      const spans = attribution?.[role];
      if (!attribution || !spans) return;
      const cueText = firstWords(spansText(text, attribution.cue ?? []), 4);
      const paired = pairOfPredicted.get(owner);
      if (paired === undefined) {
        const kind = QUOTE_MARK.test(spansText(text, attribution.content ?? [])) ? 'quoted' : 'indirect';
        errors.push({
          role,
          kind: 'false',
          shape: `false: attribution not in gold (${kind})`,
          detail: cueText,
          example: example(text, null, spans),
        });
        return;
      }
      const theirs = gold[paired]?.[role] ?? null;
      errors.push({
        role,
        kind: 'false',
        shape: theirs ? `false: gold ${role} elsewhere` : `false: ${role} where gold has none`,
        detail: role === 'cue' ? cueText : firstWords(spansText(text, spans)),
        example: example(text, theirs, spans),
      });
    });
  }
}

const ERROR_SHAPES_SHOWN = 12;
const ERROR_DETAILS_SHOWN = 12;

/**
 * Prints each role's error types ranked by the F1 the role would gain were that type fixed (a boundary
 * becomes a match, a miss is found, a false hit dropped), then the commonest details and a few examples.
 */
function printErrors(
  split: string,
  errors: readonly RoleError[],
  counts: Record<Role, RoleCounts>,
  examples: number,
): void {
  const f1 = (matched: number, predicted: number, gold: number): number =>
    predicted + gold > 0 ? (2 * matched) / (predicted + gold) : 0;
  // (`--list`: every error on a line of its own, tab-separated, to grep.)
  if (process.argv.includes('--list'))
    for (const error of errors)
      console.log(['ERROR', split, error.role, error.shape, error.detail, error.example].join('\t'));
  for (const role of ROLES) {
    const c = counts[role];
    const byShape = new Map<string, RoleError[]>();
    for (const error of errors) {
      if (error.role !== role) continue;
      const list = byShape.get(error.shape) ?? [];
      list.push(error);
      byShape.set(error.shape, list);
    }
    const ranked = [...byShape].map(([shape, list]) => {
      const count = (kind: ErrorKind): number => list.filter((error) => error.kind === kind).length;
      const [boundary, miss, wrong] = [count('boundary'), count('miss'), count('false')];
      const predicted = c.predicted + miss - wrong;
      const exact = f1(c.exact + boundary + miss, predicted, c.gold) - f1(c.exact, c.predicted, c.gold);
      const overlap = f1(c.overlap + miss, predicted, c.gold) - f1(c.overlap, c.predicted, c.gold);
      return { shape, list, exact, overlap, gain: role === 'content' ? overlap : exact };
    });
    ranked.sort((a, b) => b.gain - a.gain);
    console.log(
      `\n== ${split} ${role}: gold ${c.gold}, predicted ${c.predicted}, exact F1 ${f1(c.exact, c.predicted, c.gold).toFixed(4)}, ` +
        `overlap F1 ${f1(c.overlap, c.predicted, c.gold).toFixed(4)}; F1 gained by fixing each type ` +
        `(${role === 'content' ? 'overlap' : 'exact'} first)`,
    );
    for (const { shape, list, exact, overlap } of ranked)
      console.log(
        `  ${(role === 'content' ? overlap : exact).toFixed(4)}  (${role === 'content' ? 'exact' : 'overlap'} ` +
          `${(role === 'content' ? exact : overlap).toFixed(4)})  ${String(list.length).padStart(5)}  ${role} ${shape}`,
      );
    for (const { shape, list } of ranked.slice(0, ERROR_SHAPES_SHOWN)) {
      const byDetail = new Map<string, RoleError[]>();
      for (const error of list) byDetail.set(error.detail, [...(byDetail.get(error.detail) ?? []), error]);
      const details = [...byDetail].sort((a, b) => b[1].length - a[1].length);
      console.log(`\n-- ${split} ${role} ${shape} (${list.length}; ${details.length} distinct)`);
      console.log(
        '   ' +
          details
            .slice(0, ERROR_DETAILS_SHOWN)
            .map(([detail, items]) => `${items.length} "${detail}"`)
            .join(', '),
      );
      for (const [, items] of details.slice(0, examples)) console.log(`   e.g. ${items[0]?.example ?? ''}`);
    }
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
  const errorsFlag = process.argv.find((arg) => arg === '--errors' || arg.startsWith('--errors='));
  const errorSplit = errorsFlag ? (errorsFlag.split('=')[1] ?? 'train') : null;
  const examples = Number(
    process.argv.find((arg) => arg.startsWith('--examples='))?.slice('--examples='.length) ?? 3,
  );
  for (const split of ['train', 'dev']) {
    if (errorSplit !== null && split !== errorSplit) continue;
    const errors: RoleError[] = [];
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
      const matches = Object.fromEntries(
        ROLES.map((role) => [
          role,
          scoreRole(
            article.text,
            gold.flatMap((item) => (item[role] ? [item[role]] : [])),
            attributions.flatMap((item) => (item[role] ? [item[role]] : [])),
            counts[role],
          ),
        ]),
      ) as Record<Role, RoleMatches>;
      if (errorSplit !== null) collectErrors(article.text, gold, attributions, matches, errors);
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
    if (errorSplit !== null) printErrors(split, errors, counts, examples);
  }
}

const folder = benchData('polnear');
if (folder) run(folder);

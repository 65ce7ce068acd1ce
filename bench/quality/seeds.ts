/**
 * The bar for the main job: runs the whole pipeline on ../shared/samples/seeds (two real articles, not in
 * this repo) and checks the points its EXPECTED.md lists, printing each check and the share passed.
 * Patterns here are a few words long on purpose: the articles' text stays out of the project.
 *
 * Usage: node dist/bench/quality/seeds.js
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runAnalysis } from '../../src/analyze.js';
import { readInputs } from '../../src/ingest/index.js';
import type { StoryReport } from '../../src/model/index.js';
import { repoRoot, report } from '../lib.js';

const folder = join(process.env.PARALLAX_SEEDS ?? join(repoRoot(), '..', 'shared', 'samples', 'seeds'));
if (!existsSync(folder)) {
  console.log(`SKIP seeds: ${folder} not found (the seed articles live in ../shared/samples/seeds).`);
  process.exit(0);
}

const { reports } = await runAnalysis(
  readInputs([join(folder, 'article-1.txt'), join(folder, 'article-2.txt')]),
);
const checks: [string, boolean][] = [];
const check = (name: string, passed: boolean): void => {
  checks.push([name, passed]);
};

check('one story', reports.length === 1);
const story = reports[0] as StoryReport;
const [first, second] = story.articles;
const bySource = (suffix: string) => story.articles.find((article) => article.source.endsWith(suffix));
const one = bySource('article-1.txt');
const two = bySource('article-2.txt');
check('two articles in it', story.articles.length === 2 && Boolean(first && second));
const textOf = (article: typeof one) => (article?.sentences ?? []).join(' ');
check(
  'residue 1 removed (comment prompts)',
  !/first to comment|Leave a Reply|email address will not/i.test(textOf(one)),
);
check(
  'residue 2 removed (caption, promo, comments)',
  !/Photo credit|Follow Ben|issues with commenting/i.test(textOf(two)),
);
check(
  'titles from the first line',
  Boolean(one?.title?.includes('Amnesty')) && Boolean(two?.title?.includes('Abrams')),
);
check('outlet 1 unknown (not the cited NYT)', one?.outlet === undefined);
check('outlet 2 from the e-mail domain', /breitbart/i.test(two?.outlet ?? ''));
check(
  'neither is a copy',
  story.articles.every((article) => !article.copyOf) && story.coverage.independentSources === 2,
);
const shared = story.facts.shared.map((fact) => fact.text).join(' | ');
check('shared fact: no prosecution if he leaves', /prosecute/i.test(shared));
check('shared fact: negotiating is wrong', /negotiat/i.test(shared));
check(
  'shared quote: dignified exit',
  story.quotes.some((group) => group.articles.length === 2 && /dignified exit/.test(group.text)),
);
check(
  'shared quote: leave power',
  story.quotes.some((group) => group.articles.length === 2 && /want you to leave power/.test(group.text)),
);
check(
  'quote variant: one carries more (lift sanctions)',
  story.quotes.some(
    (group) =>
      /lift sanctions/.test(group.text) &&
      group.variants.some((variant) => variant.differences.includes('trimmed')),
  ),
);
check(
  'Maduro quote attributed to Maduro',
  story.quotes.some((group) => /there.s been contact/.test(group.text) && /Maduro/.test(group.speaker ?? '')),
);
const unique = story.facts.unique;
const uniqueOf = (id: string | undefined) =>
  unique
    .filter((fact) => fact.articles.includes(id ?? ''))
    .map((fact) => fact.text)
    .join(' | ');
check('unique to 1: Treasury', /Treasury/.test(uniqueOf(one?.id)));
check('unique to 1: Stalin González delegation', /Stalin/.test(uniqueOf(one?.id)));
check('unique to 2: Bachelet report', /Bachelet/.test(uniqueOf(two?.id)));
check('unique to 2: Cabello', /Cabello/.test(uniqueOf(two?.id)));
const maduro = story.labels.find((entry) => /Maduro/.test(entry.entity));
const labelsIn = (id: string | undefined) =>
  maduro?.byArticle
    .find((item) => item.article === id)
    ?.labels.map((label) => label.text)
    .join(' | ') ?? '';
check('labels: Maduro is President in 1', /President/.test(labelsIn(one?.id)));
check('labels: Maduro is dictator in 2', /dictator/.test(labelsIn(two?.id)));
check('labels: one entity for Maduro with and without the accent', (maduro?.byArticle.length ?? 0) === 2);
const abrams = story.labels.find((entry) => /Abrams/.test(entry.entity));
check(
  'labels: Abrams special envoy',
  Boolean(abrams?.byArticle.some((item) => item.labels.some((label) => /special envoy/.test(label.text)))),
);
check(
  'conflict: Tuesday vs Wednesday',
  story.conflicts.some(
    (conflict) =>
      conflict.kind === 'date' &&
      /Tuesday/.test(JSON.stringify(conflict.sides)) &&
      /Wednesday/.test(JSON.stringify(conflict.sides)),
  ),
);
const credits = story.provenance.credits;
check(
  'credit: both cite The New York Times',
  [one?.id, two?.id].every((id) =>
    credits.some((credit) => credit.article === id && /New York Times/.test(credit.outlet)),
  ),
);
check(
  'credit: 2 cites the Associated Press',
  credits.some((credit) => credit.article === two?.id && /Associated Press/.test(credit.outlet)),
);
check(
  'original source: The New York Times',
  story.provenance.originalSources.some((source) => /New York Times/.test(source.outlet)),
);
const loaded2 =
  story.loaded
    .find((entry) => entry.article === two?.id)
    ?.spans.map((span) => span.text)
    .join(' | ') ?? '';
check('loaded in 2: dictator, regime', /dictator/i.test(loaded2) && /regime/i.test(loaded2));
const summaryText = story.summary.map((sentence) => sentence.text).join(' ');
const cited = new Set(
  story.summary.flatMap((sentence) => sentence.citations.map((citation) => citation.article)),
);
check('summary cites both articles', cited.size === 2);
check(
  'summary: every sentence cited',
  story.summary.length > 0 && story.summary.every((sentence) => sentence.citations.length > 0),
);
check(
  'summary: no dictator/regime in its own voice',
  !/\b(dictator|regime)\b/i.test(summaryText.replace(/“[^”]*”|"[^"]*"/g, '')),
);
check(
  'headline neutral and short',
  story.headline.text.length > 0 &&
    story.headline.text.split(/\s+/).length <= 16 &&
    !/dictator|regime/i.test(story.headline.text),
);

for (const [name, passed] of checks) console.log(`${passed ? 'PASS' : 'FAIL'} ${name}`);
const passed = checks.filter(([, ok]) => ok).length;
console.log(`\nheadline: ${story.headline.text}`);
for (const sentence of story.summary) console.log(`- ${sentence.text}`);
report('seeds', { passed, checks: checks.length, share: passed / checks.length });

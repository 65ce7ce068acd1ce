/**
 * The library as an embedding program uses it: process and analyse a small invented story, store it, serve it,
 * and check that the reports follow schema/report.schema.json and that every citation points at real text.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type {
  ComparedStory,
  CompareOptions,
  ExtractOptions,
  IngestItem,
  LanguageOptions,
  PutResult,
  RawInput,
  ReportOptions,
  RunningServer,
  StartServerOptions,
  StoreOptions,
  Story,
  StoryIndexOptions,
  StoryReport,
  SummaryOptions,
} from '../src/index.js';
import {
  analyzeArticles,
  analyzeLanguage,
  clusterArticles,
  compareStory,
  conflictsInFact,
  createApp,
  createStoryIndex,
  extractArticle,
  openStore,
  processInput,
  runAnalysis,
  startServer,
  summarizeStory,
} from '../src/index.js';
import type { Article, Citation } from '../src/model/index.js';
import { repoRoot } from './helpers/repo-root.js';

const schema = JSON.parse(readFileSync(join(repoRoot(), 'schema', 'report.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ strict: false }).compile(schema);

const INPUTS: RawInput[] = [
  {
    source: 'tribune/orrin-bridge.txt',
    format: 'text',
    id: 'tribune-bridge',
    outlet: 'Vale Tribune',
    published: '2026-10-06T08:00:00Z',
    text:
      'Orrin Vale shuts its old stone bridge for repairs\n\n' +
      'Orrin Vale council closed the old stone bridge over the Tarn on Monday for six weeks of repairs, ' +
      'according to the Orrin Post.\n\n' +
      'Mayor Hanne Solberg said the closure was "painful but overdue. We cannot wait for a collapse."\n\n' +
      'Engineer Petra Lund found nine cracked arch stones during an inspection in September.\n\n' +
      'Buses will use the ring road until the bridge reopens, according to the Orrin Post.',
  },
  {
    source: 'herald/orrin-bridge.txt',
    format: 'text',
    id: 'herald-bridge',
    outlet: 'Northmarch Herald',
    published: '2026-10-06T11:00:00Z',
    text:
      'Stone bridge in Orrin Vale closed for repairs\n\n' +
      'Orrin Vale council closed the old stone bridge over the Tarn on Monday for eight weeks of repairs.\n\n' +
      'Council leader Hanne Solberg said the closure was "painful but overdue."\n\n' +
      'Engineer Petra Lund found eleven cracked arch stones during an inspection in September.\n\n' +
      'Shopkeepers on Tarn Street fear a disastrous autumn without passing trade.',
  },
  {
    source: 'tribune/choir.txt',
    format: 'text',
    id: 'tribune-choir',
    outlet: 'Vale Tribune',
    published: '2026-10-07T08:00:00Z',
    text:
      'Harbour choir wins regional prize\n\n' +
      'The Kessock Harbour choir won the regional singing prize in Dunmere on Saturday with a song about ' +
      'herring boats.',
  },
];

function ingest(inputs: readonly RawInput[]): AsyncIterable<IngestItem> {
  return (async function* () {
    for (const input of inputs) yield await Promise.resolve<IngestItem>({ ok: true, input });
  })();
}

/** Every citation in a report, with where it sits, for messages. */
function citationsOf(report: StoryReport): { where: string; citation: Citation }[] {
  const found: { where: string; citation: Citation }[] = [];
  const add = (where: string, citations: readonly Citation[]) =>
    citations.forEach((citation) => found.push({ where, citation }));
  add('headline', report.headline.citations);
  report.summary.forEach((sentence) => add('summary', sentence.citations));
  report.facts.shared.forEach((fact) => add('fact', fact.citations));
  report.facts.unique.forEach((fact) => add('fact', fact.citations));
  report.conflicts.forEach((conflict) => conflict.sides.forEach((side) => add('conflict', side.citations)));
  report.quotes.forEach((group) => group.variants.forEach((variant) => add('quote', [variant.citation])));
  report.labels.forEach((entry) =>
    entry.byArticle.forEach((byArticle) =>
      add(
        'label',
        byArticle.labels.map((label) => label.citation),
      ),
    ),
  );
  report.loaded.forEach((entry) =>
    add(
      'loaded',
      entry.spans.map((span) => span.citation),
    ),
  );
  report.provenance.credits.forEach((credit) => add('credit', 'citation' in credit ? [credit.citation] : []));
  report.provenance.reuse.forEach((reuse) => add('reuse', reuse.citations));
  return found;
}

/**
 * Checks each citation against the article text: the article is listed in the report, `sentence` indexes its
 * `sentences`, `start`/`end` lie inside the text and begin in the cited sentence; a fact cites its whole
 * sentence, any other finding the words inside it (a quotation or a shared passage may run on past it).
 */
function checkCitations(report: StoryReport, articles: ReadonlyMap<string, Article>): number {
  const listed = new Map(report.articles.map((entry) => [entry.id, entry]));
  const citations = citationsOf(report);
  for (const { where, citation } of citations) {
    const at = `${report.story} ${where} ${JSON.stringify(citation)}`;
    const entry = listed.get(citation.article);
    const article = articles.get(citation.article);
    assert.ok(entry !== undefined && article !== undefined, `${at}: the cited article is listed`);
    const sentence = article.sentences[citation.sentence];
    assert.ok(sentence !== undefined, `${at}: the sentence index is in range`);
    assert.equal(entry.sentences[citation.sentence], article.text.slice(sentence.start, sentence.end), at);
    assert.ok(0 <= citation.start && citation.start < citation.end, `${at}: a non-empty span`);
    assert.ok(citation.end <= article.text.length, `${at}: inside the text`);
    assert.ok(
      sentence.start <= citation.start && citation.start < sentence.end,
      `${at}: starts in its sentence`,
    );
    if (where === 'fact')
      assert.deepEqual([citation.start, citation.end], [sentence.start, sentence.end], at);
    else if (where !== 'quote' && where !== 'reuse')
      assert.ok(citation.end <= sentence.end, `${at}: ends in its sentence`);
  }
  return citations.length;
}

void test('analyzeArticles on an invented story: reports follow the schema and cite real sentences', () => {
  const articles = INPUTS.map(processInput);
  const { reports, problems } = analyzeArticles(articles);
  assert.deepEqual(problems, []);
  const bridge = reports.find((report) => report.articles.some((entry) => entry.id === 'tribune-bridge'));
  assert.ok(bridge, 'the bridge story is reported');
  assert.deepEqual(bridge.articles.map((entry) => entry.id).sort(), ['herald-bridge', 'tribune-bridge']);
  assert.ok(
    bridge.conflicts.some((conflict) => conflict.kind === 'number'),
    'nine cracked stones against eleven is a conflict',
  );
  // The stones' count is a conflict inside a shared fact, which an embedding program can find from the fact.
  assert.ok(
    bridge.facts.shared.some((fact) =>
      conflictsInFact(fact, bridge.conflicts).some((conflict) => conflict.kind === 'number'),
    ),
    'the conflict is found from its fact',
  );
  assert.ok(bridge.quotes.length > 0, 'the mayor is quoted');
  const byId = new Map(articles.map((article) => [article.id, article]));
  let cited = 0;
  for (const report of reports) {
    assert.ok(validate(report), `${report.story}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    cited += checkCitations(report, byId);
  }
  assert.ok(cited > 10, `only ${cited} citations checked`);
});

void test('stored and served: the HTTP API gives the in-memory reports and articles, schema-valid', async () => {
  const memory = await runAnalysis(ingest(INPUTS));
  const store = await openStore(':memory:');
  try {
    const stored = await runAnalysis(ingest(INPUTS), { store });
    assert.equal(stored.failures, 0);
    const app = createApp(store);
    const list = await app.request('/api/stories');
    assert.equal(list.status, 200);
    assert.match(list.headers.get('content-type') ?? '', /^application\/json/);
    const { stories } = (await list.json()) as { stories: { id: string; articles: number }[] };
    assert.deepEqual(
      stories.map((story) => story.id).sort(),
      memory.reports.map((report) => report.story).sort(),
    );
    for (const story of stories) {
      const response = await app.request(`/api/stories/${encodeURIComponent(story.id)}`);
      assert.equal(response.status, 200);
      const report = (await response.json()) as StoryReport;
      assert.ok(validate(report), `${story.id}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
      assert.deepEqual(
        report,
        memory.reports.find((candidate) => candidate.story === story.id),
      );
      const articles = new Map<string, Article>();
      for (const entry of report.articles) {
        const served = await app.request(`/api/articles/${encodeURIComponent(entry.id)}`);
        assert.equal(served.status, 200);
        articles.set(entry.id, (await served.json()) as Article);
      }
      assert.ok(checkCitations(report, articles) > 0);
    }
  } finally {
    await store.close();
  }
});

void test('the options and results of every exported function are exported types too', async () => {
  // A program that embeds Parallax names these types; this file does not compile when one goes missing.
  const report: ReportOptions = { summarySentences: 2 };
  const summary: SummaryOptions = { sentences: 2, compress: false };
  const compare: CompareOptions = {};
  const index: StoryIndexOptions = {};
  const language: LanguageOptions = {};
  const extract: ExtractOptions = {};
  const store: StoreOptions = {};
  const server: StartServerOptions = { port: 0 };
  const articles = INPUTS.map(processInput);
  const compared: ComparedStory = compareStory(
    clusterArticles(articles).stories[0] as Story,
    articles,
    compare,
  );
  const { reports } = analyzeArticles(articles, report);
  const opened = await openStore(':memory:', store);
  const running: RunningServer = await startServer(opened, server);
  try {
    const results: PutResult[] = await opened.putArticles(articles);
    assert.equal(results.length, articles.length);
    assert.equal(summarizeStory(articles, compared.facts.shared, summary).summary.length <= 2, true);
    assert.ok(reports.length > 0);
    assert.ok(createStoryIndex(index));
    assert.ok(analyzeLanguage(extractArticle(INPUTS[0] as RawInput, extract), language).sentences.length > 0);
  } finally {
    await running.close();
    await opened.close();
  }
});

void test('an embedding program can load the report schema from the package', () => {
  const require = createRequire(import.meta.url);
  assert.equal(
    require.resolve('parallax/schema/report.schema.json'),
    join(repoRoot(), 'schema', 'report.schema.json'),
  );
  assert.match(require.resolve('parallax/package.json'), /package\.json$/);
});

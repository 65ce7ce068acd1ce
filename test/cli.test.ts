import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { StoryReport } from '../src/model/index.js';
import { repoRoot } from './helpers/repo-root.js';
import { runParallax } from './helpers/run-cli.js';

const ROOT = repoRoot();
const ARTICLES = join(ROOT, 'fixtures', 'articles');
const VERBS = [
  'analyze',
  'ingest',
  'extract',
  'sentences',
  'entities',
  'quotes',
  'loaded',
  'cluster',
  'compare',
  'summarize',
  'serve',
];

test('every verb has --help with an example', async () => {
  for (const verb of VERBS) {
    const run = await runParallax([verb, '--help']);
    assert.equal(run.code, 0, `${verb} --help exit code`);
    assert.match(run.stdout, /Usage: parallax/, verb);
    assert.match(run.stdout, /Examples:\n\s+.*parallax /, `${verb} --help shows an example`);
  }
});

test('usage errors exit with 2', async () => {
  assert.equal((await runParallax(['no-such-verb'])).code, 2);
  assert.equal((await runParallax(['analyze'])).code, 2);
  assert.equal((await runParallax(['analyze', 'x', '--sentences', 'many'])).code, 2);
});

test('analyze --json groups the two ferry articles into one story and leaves the orchard article alone', async () => {
  const run = await runParallax(['analyze', ARTICLES, '--no-store', '--json']);
  assert.equal(run.code, 0, run.stderr);
  const reports = run.records as unknown as StoryReport[];
  assert.equal(reports.length, 2);
  const ferry = reports.find((report) => report.articles.length === 2);
  const orchard = reports.find((report) => report.articles.length === 1);
  assert.ok(ferry && orchard, 'one story of two articles and one of one');
  assert.deepEqual(ferry.articles.map((article) => article.source.split('/').pop()).sort(), [
    'ferry-courier.txt',
    'ferry-ledger.txt',
  ]);
  assert.equal(ferry.coverage.independentSources, 2);
  assert.ok(ferry.facts.shared.length > 0, 'shared facts found');
  assert.ok(
    ferry.summary.length > 0 && ferry.summary.every((sentence) => sentence.citations.length > 0),
    'every summary sentence cited',
  );
  const allText = ferry.articles.flatMap((article) => article.sentences).join(' ');
  assert.doesNotMatch(allText, /Be the first to comment|Follow Tam Reyes/, 'residue removed');
  assert.ok(
    ferry.conflicts.some((conflict) => conflict.kind === 'number'),
    'the cost differs: 14 vs 16 million crowns',
  );
  assert.ok(
    ferry.quotes.some(
      (group) => group.articles.length === 2 && /island stops feeling far away/.test(group.text),
    ),
  );
  assert.ok(ferry.provenance.credits.some((credit) => /Harbour Gazette/.test(credit.outlet)));
});

test('analyze --json output follows schema/report.schema.json', async () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8')) as object;
  const validate = new Ajv2020({ strict: false }).compile(schema);
  const run = await runParallax(['analyze', ARTICLES, '--no-store', '--json']);
  assert.ok(run.records.length > 0);
  for (const report of run.records) {
    assert.ok(validate(report), JSON.stringify(validate.errors?.slice(0, 3)));
  }
});

test('every citation in a report points at a sentence of a listed article', async () => {
  const run = await runParallax(['analyze', ARTICLES, '--no-store', '--json']);
  for (const report of run.records as unknown as StoryReport[]) {
    const sentences = new Map(report.articles.map((article) => [article.id, article.sentences.length]));
    const check = (citation: { article: string; sentence: number }) => {
      const count = sentences.get(citation.article);
      assert.ok(count !== undefined, `cited article ${citation.article} is listed`);
      assert.ok(citation.sentence >= 0 && citation.sentence < count, 'sentence index in range');
    };
    for (const sentence of report.summary) sentence.citations.forEach(check);
    for (const fact of [...report.facts.shared, ...report.facts.unique]) fact.citations.forEach(check);
    for (const conflict of report.conflicts) conflict.sides.forEach((side) => side.citations.forEach(check));
  }
});

test('the readable report and Markdown name every section', async () => {
  const run = await runParallax(['analyze', ARTICLES, '--no-store']);
  assert.equal(run.code, 0, run.stderr);
  for (const heading of [
    'Summary',
    'Reported by several sources',
    'Conflicting details',
    'Quotes',
    'Labels',
    'Provenance',
  ]) {
    assert.match(run.stdout, new RegExp(heading));
  }
  assert.match(run.stdout, /2 articles from 2 independent sources/);
});

test('stage verbs compose as JSONL: extract, quotes, loaded, cluster, summarize', async () => {
  const text = readFileSync(join(ARTICLES, 'ferry-ledger.txt'), 'utf8');
  const extract = await runParallax(['extract'], { stdin: JSON.stringify({ id: 'f1', text }) + '\n' });
  assert.equal(extract.code, 0, extract.stderr);
  assert.equal(extract.records[0]?.title, 'Council Approves Ferry Terminal for Brackwater Bay');
  assert.ok('published_source' in (extract.records[0] ?? {}));

  const quotes = await runParallax(['quotes'], {
    stdin:
      JSON.stringify({ id: 'q1', text: '"We will open the first berth next summer," Calloway said.' }) + '\n',
  });
  const quote = (
    quotes.records[0]?.quotes as { content: { text: string; start: number } }[] | undefined
  )?.[0];
  assert.ok(quote, quotes.stderr);
  assert.match(quote.content.text, /first berth/);

  const loaded = await runParallax(['loaded'], {
    stdin: JSON.stringify({ id: 'l1', text: 'The corrupt regime launched a brutal crackdown.' }) + '\n',
  });
  assert.equal(loaded.records[0]?.loaded, true);

  const lines = ['ferry-ledger.txt', 'ferry-courier.txt', 'orchard.txt']
    .map((name, index) =>
      JSON.stringify({
        id: name,
        text: readFileSync(join(ARTICLES, name), 'utf8'),
        published: `2026-03-0${index + 1}`,
      }),
    )
    .join('\n');
  const cluster = await runParallax(['cluster'], { stdin: lines });
  assert.equal(cluster.records.length, 3);
  const [first, second, third] = cluster.records.map((record) => record.story);
  assert.equal(first, second);
  assert.notEqual(first, third);

  const summarize = await runParallax(['summarize'], {
    stdin:
      JSON.stringify({
        id: 's1',
        articles: ['ferry-ledger.txt', 'ferry-courier.txt'].map((name) => ({
          text: readFileSync(join(ARTICLES, name), 'utf8'),
        })),
      }) + '\n',
  });
  assert.equal(summarize.code, 0, summarize.stderr);
  const summary = summarize.records[0]?.summary as { citations: unknown[] }[];
  assert.ok(summary.length > 0 && summary.every((sentence) => sentence.citations.length > 0));
});

test('article verbs read article files and folders as extract would clean them', async () => {
  const ledger = join(ARTICLES, 'ferry-ledger.txt');
  const fromFile = await runParallax(['extract', ledger]);
  assert.equal(fromFile.code, 0, fromFile.stderr);
  assert.equal(fromFile.records[0]?.title, 'Council Approves Ferry Terminal for Brackwater Bay');

  // The record a file gives is the one `extract` writes, so piping extract into a verb and naming the file agree.
  const piped = await runParallax(['quotes'], { stdin: fromFile.stdout });
  const named = await runParallax(['quotes', ledger]);
  assert.equal(named.code, 0, named.stderr);
  assert.deepEqual(named.records, piped.records);
  assert.ok((named.records[0]?.quotes as unknown[]).length > 0);

  const folder = await runParallax(['cluster', ARTICLES]);
  assert.equal(folder.code, 0, folder.stderr);
  assert.equal(folder.records.length, 3);
  assert.equal(new Set(folder.records.map((record) => record.story)).size, 2);
});

test('a story verb given an article file says it reads JSONL, once, and goes on with the rest', async () => {
  const run = await runParallax(['compare', join(ARTICLES, 'orchard.txt'), '-'], {
    stdin: 'not json\n',
  });
  assert.equal(run.code, 1);
  assert.equal(run.records.length, 2);
  assert.equal(run.records[0]?.code, 'not-jsonl');
  assert.match(String(run.records[0]?.error), /orchard\.txt` is an article file/);
  assert.match(String(run.records[1]?.error), /stdin:1: not valid JSON/);
});

test('a bad JSONL line in a stage verb is an {id, error} line and exit code 1', async () => {
  const run = await runParallax(['loaded'], {
    stdin: '{"id":"ok","text":"Calm words."}\n{"id":"bad"}\nnot json\n',
  });
  assert.equal(run.code, 1);
  assert.equal(run.records.length, 3);
  assert.equal(run.records[1]?.id, 'bad');
  assert.match(String(run.records[1]?.error), /stdin:2/);
  assert.match(String(run.records[2]?.error), /stdin:3: not valid JSON/);
});

test('summarize --sentences 1 gives one sentence, the label sentence yielding to the lead fact', async () => {
  const story =
    JSON.stringify({
      id: 's1',
      articles: [
        {
          outlet: 'The Daily Lantern',
          text:
            'Eldoria strongman Tomas Reyl closed the Varna coal mine on Tuesday after a vote in parliament. ' +
            'The mine employed 1,200 miners, who will be offered retraining by the state.',
        },
        {
          outlet: 'The Harbour Courier',
          text:
            'Energy minister Tomas Reyl closed the Varna coal mine on Tuesday after a vote in parliament. ' +
            'The 1,200 miners at the mine will be offered retraining, the ministry said.',
        },
      ],
    }) + '\n';
  const roomy = await runParallax(['summarize'], { stdin: story });
  assert.equal(roomy.code, 0, roomy.stderr);
  const all = roomy.records[0]?.summary as { text: string }[];
  assert.ok(all.some((sentence) => /called Tomas Reyl a "strongman"/.test(sentence.text)));
  const short = await runParallax(['summarize', '--sentences', '1'], { stdin: story });
  assert.equal(short.code, 0, short.stderr);
  const one = short.records[0]?.summary as { text: string }[];
  assert.equal(one.length, 1);
  assert.match(one[0]?.text ?? '', /coal mine/);
});

test('cluster says once on stderr when its input is not in time order, and still assigns every article', async () => {
  const record = (id: string, published: string) =>
    JSON.stringify({ id, published, text: `The Brackwater ferry ${id} sailed on time.` });
  const unsorted = [record('a', '2026-03-05'), record('b', '2026-03-01'), record('c', '2026-03-02')].join(
    '\n',
  );
  const run = await runParallax(['cluster'], { stdin: unsorted });
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.records.length, 3);
  assert.equal(run.stderr.match(/time order/g)?.length, 1, run.stderr);
  assert.match(run.stderr, /stdin:2 is dated 2026-03-01, before stdin:1 \(2026-03-05\)/);
  const sorted = [record('a', '2026-03-01'), record('b', '2026-03-01'), record('c', '2026-03-02')].join('\n');
  assert.doesNotMatch((await runParallax(['cluster'], { stdin: sorted })).stderr, /time order/);
});

test('a press release and a byline credit survive `extract | compare`: the report counts and credits as analyze does', async () => {
  const folder = join(repoRoot(), 'fixtures', 'stories', 'corvane-bid');
  const files = ['corvane-press-release.txt', 'amberline-wire.jsonl', 'tessford-examiner-reprint.txt'];
  const extract = await runParallax(['extract', ...files.map((name) => join(folder, name))]);
  assert.equal(extract.code, 0, extract.stderr);
  const story = JSON.stringify({ story: 'corvane', articles: extract.records }) + '\n';
  const compare = await runParallax(['compare'], { stdin: story });
  assert.equal(compare.code, 0, compare.stderr);
  const report = compare.records[0] as unknown as StoryReport;
  assert.deepEqual(report.coverage, { articles: 3, independentSources: 1, pressReleases: 1 });
  assert.ok(
    report.provenance.credits.some((credit) => 'byline' in credit && credit.outlet === 'Amberline Wire'),
  );
});

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runAnalysis } from './analyze.js';
import type { IngestItem } from './ingest/index.js';
import type { RawInput } from './model/index.js';
import { openStore } from './store/index.js';

const HARBOUR = [
  'The Velmora harbour bridge closed on Monday after inspectors found a crack in its northern pier, the city',
  'transport office said. Engineer Talia Brennock said the crack was 40 centimetres long and that repairs would',
  'take three weeks. Ferries to the Ostvik islands will run every hour while the bridge stays shut, the office',
  'added. Mayor Ivo Sandberg said the city would pay for the extra ferries.',
].join(' ');

const HARBOUR_UPDATED = HARBOUR.replace('three weeks', 'five weeks').concat(
  ' Brennock later said divers had found a second, smaller crack.',
);

const HARBOUR_OTHER = [
  'Velmora shut its harbour bridge on Monday when a crack turned up in the northern pier, according to the city',
  'transport office. Engineer Talia Brennock told reporters the crack measured 40 centimetres and repairs could',
  'take weeks. Mayor Ivo Sandberg promised hourly ferries to the Ostvik islands at the city’s expense.',
].join(' ');

function input(id: string, text: string, url: string, outlet: string): RawInput {
  return { source: `feed.jsonl:${id}`, format: 'jsonl', id, text, url, outlet, published: '2031-04-07' };
}

function items(...inputs: RawInput[]): AsyncIterable<IngestItem> {
  return (async function* () {
    for (const raw of inputs) yield await Promise.resolve<IngestItem>({ ok: true, input: raw });
  })();
}

test('a changed article replaces its earlier version in its story report', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-analyze-'));
  const store = await openStore(join(dir, 'versions.db'));
  try {
    const first = await runAnalysis(
      items(
        input('bridge-1', HARBOUR, 'https://gazette.example/bridge', 'Velmora Gazette'),
        input('bridge-2', HARBOUR_OTHER, 'https://courier.example/bridge', 'Ostvik Courier'),
      ),
      { store },
    );
    assert.equal(first.reports.length, 1);
    assert.deepEqual(first.reports[0]?.articles.map((article) => article.id).sort(), [
      'bridge-1',
      'bridge-2',
    ]);

    const second = await runAnalysis(
      items(input('bridge-1', HARBOUR_UPDATED, 'https://gazette.example/bridge', 'Velmora Gazette')),
      { store },
    );
    assert.equal(second.reports.length, 1);
    const report = second.reports[0];
    const ids = report?.articles.map((article) => article.id) ?? [];
    assert.equal(ids.length, 2, `one version per article, got ${ids.join(', ')}`);
    assert.ok(ids.includes('bridge-2'));
    assert.ok(!ids.includes('bridge-1'), 'the superseded version is left out');
    const updated = report?.articles.find((article) => article.id !== 'bridge-2');
    assert.ok(updated?.sentences.some((sentence) => sentence.includes('five weeks')));
    assert.equal(report?.coverage.articles, 2);
    assert.deepEqual(await store.getReport(report?.story ?? ''), report);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the same content under a second id is reported once, under the stored id', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-analyze-'));
  const store = await openStore(join(dir, 'same.db'));
  try {
    await runAnalysis(
      items(input('bridge-1', HARBOUR, 'https://gazette.example/bridge', 'Velmora Gazette')),
      {
        store,
      },
    );
    const again = await runAnalysis(
      items(
        input('bridge-copy', HARBOUR, 'https://gazette.example/bridge', 'Velmora Gazette'),
        input('bridge-2', HARBOUR_OTHER, 'https://courier.example/bridge', 'Ostvik Courier'),
      ),
      { store },
    );
    assert.equal(again.reports.length, 1);
    assert.deepEqual(again.reports[0]?.articles.map((article) => article.id).sort(), [
      'bridge-1',
      'bridge-2',
    ]);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('in memory, two outlets running one wire text word for word are both analysed', async () => {
  // No ids given: each id is derived from the clean text, which is the same for both pages.
  const wire = `${HARBOUR}\n\n${HARBOUR_OTHER}`;
  const page = (outlet: string, title: string): RawInput => ({
    source: `/in/${outlet.replace(/\W+/g, '-')}.html`,
    format: 'html',
    html: `<html><head><title>${title}</title><meta property="og:site_name" content="${outlet}"></head><body><article><h1>${title}</h1>${wire
      .split('\n\n')
      .map((paragraph) => `<p>${paragraph}</p>`)
      .join('')}</article></body></html>`,
  });
  const first = page('Velmora Gazette', 'Bridge shut after crack found');
  const second = page('Ostvik Courier', 'Crack closes Velmora bridge');
  const result = await runAnalysis(items(first, second, first));
  const articles = result.reports.flatMap((report) => report.articles);
  assert.deepEqual(articles.map((article) => article.outlet).sort(), ['Ostvik Courier', 'Velmora Gazette']);
  assert.equal(new Set(articles.map((article) => article.id)).size, 2);
  assert.equal(result.failures, 0);
});

test('analyses running at once on one store group one event into one story, whose report lists every article', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-analyze-'));
  const location = join(dir, 'shared.db');
  const stores = await Promise.all([1, 2, 3, 4].map(() => openStore(location)));
  try {
    // Four outlets' takes on one event, each analysed by its own writer (four `parallax analyze` runs, or the
    // server and the command line), all at once.
    const takes = [HARBOUR, HARBOUR_OTHER, HARBOUR_UPDATED, HARBOUR.replace('Monday', 'Monday morning')];
    await Promise.all(
      stores.map((store, at) =>
        runAnalysis(
          items(input(`take-${at}`, takes[at] ?? '', `https://outlet${at}.example/a`, `Outlet ${at}`)),
          {
            store,
          },
        ),
      ),
    );
    const [store] = stores;
    assert.ok(store !== undefined);
    const stories = await store.listStories();
    assert.equal(stories.length, 1, JSON.stringify(stories));
    assert.equal(stories[0]?.articles, 4);
    const report = await store.getReport(stories[0]?.id ?? '');
    assert.deepEqual(report?.articles.map((article) => article.id).sort(), [
      'take-0',
      'take-1',
      'take-2',
      'take-3',
    ]);
  } finally {
    await Promise.all(stores.map((store) => store.close()));
    rmSync(dir, { recursive: true, force: true });
  }
});

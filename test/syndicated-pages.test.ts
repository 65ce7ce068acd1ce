import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runParallax } from './helpers/run-cli.js';

// An invented wire story, run word for word by two invented outlets under their own headlines.
const WIRE = [
  'Fenwick Bay, Lorr Province (NPA) — The Lorr provincial ferry board suspended all crossings to Tallis Island on Friday after a crack was found in the hull of its only car ferry, the Merrow Star.',
  'Board chair Odile Krane said repairs would take at least two weeks and that a passenger launch would run twice a day in the meantime.',
  '"No one will sail on a ship we are not sure of," Krane said at the harbour office.',
  'About 1,200 islanders rely on the ferry to reach the mainland for work and school.',
];

function page(outlet: string, headline: string): string {
  const body = WIRE.map((paragraph) => `<p>${paragraph}</p>`).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${headline} | ${outlet}</title>
<meta property="og:site_name" content="${outlet}"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>${headline}</h1><p class="byline">By Northsea Press Agency</p>${body}</article>
<footer>&copy; 2031 ${outlet}</footer></body></html>`;
}

function corpus(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-syndicated-'));
  writeFileSync(
    join(dir, 'a-fenwick-tribune.html'),
    page('Fenwick Tribune', 'Tallis ferry halted over hull crack'),
  );
  writeFileSync(join(dir, 'b-lorr-echo.html'), page('Lorr Echo', 'Islanders stranded as car ferry pulled'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

test('analyze --no-store keeps both outlets that ran one wire text word for word', async () => {
  const { dir, cleanup } = corpus();
  try {
    const run = await runParallax(['analyze', dir, '--no-store', '--json']);
    assert.equal(run.code, 0, run.stderr);
    const articles = run.records.flatMap((report) => report.articles as { outlet: string; id: string }[]);
    assert.deepEqual(articles.map((article) => article.outlet).sort(), ['Fenwick Tribune', 'Lorr Echo']);
    assert.equal(new Set(articles.map((article) => article.id)).size, 2, 'each page under its own id');
  } finally {
    cleanup();
  }
});

test('extract gives two outlets of one wire text their own ids, and cluster keeps both', async () => {
  const { dir, cleanup } = corpus();
  try {
    const extracted = await runParallax(['extract', dir]);
    assert.equal(extracted.code, 0, extracted.stderr);
    const ids = extracted.records.map((record) => record.id);
    assert.equal(new Set(ids).size, 2, `ids ${ids.join(', ')}`);
    const clustered = await runParallax(['cluster'], { stdin: extracted.stdout });
    assert.equal(clustered.code, 0, clustered.stderr);
    assert.equal(new Set(clustered.records.map((record) => record.id)).size, 2);
    assert.equal(clustered.records.filter((record) => record.copy_of !== undefined).length, 1);
  } finally {
    cleanup();
  }
});

test('JSONL records of one wire text from two outlets, without ids, stay two articles in analyze and extract', async () => {
  const text = WIRE.join('\n\n');
  const records = [
    { title: 'Tallis ferry halted over hull crack', outlet: 'Fenwick Tribune', text },
    { title: 'Islanders stranded as car ferry pulled', outlet: 'Lorr Echo', text },
  ];
  const stdin = `${records.map((record) => JSON.stringify(record)).join('\n')}\n${JSON.stringify(records[0])}\n`;
  const analyzed = await runParallax(['analyze', '-', '--no-store', '--json'], { stdin });
  assert.equal(analyzed.code, 0, analyzed.stderr);
  const articles = analyzed.records.flatMap((report) => report.articles as { outlet: string }[]);
  // The first record sent twice is one article; the other outlet's record is not taken for it.
  assert.deepEqual(articles.map((article) => article.outlet).sort(), ['Fenwick Tribune', 'Lorr Echo']);
  const extracted = await runParallax(['extract'], { stdin });
  assert.equal(extracted.code, 0, extracted.stderr);
  const ids = extracted.records.map((record) => String(record.id));
  assert.equal(ids.length, 3);
  assert.notEqual(ids[0], ids[1], 'two outlets, two ids');
  assert.equal(ids[0], ids[2], 'the same record again keeps its id');
});

test('a store keeps two outlets of one wire text apart, as --no-store does, and a re-run changes nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-syndicated-db-'));
  try {
    const text = WIRE.join('\n\n');
    const records = [
      { title: 'Tallis ferry halted over hull crack', outlet: 'Fenwick Tribune', text },
      { title: 'Islanders stranded as car ferry pulled', outlet: 'Lorr Echo', text },
    ];
    const stdin = `${records.map((record) => JSON.stringify(record)).join('\n')}\n`;
    const db = join(dir, 'wire.db');
    const analyzed = await runParallax(['analyze', '-', '--db', db, '--json'], { stdin });
    assert.equal(analyzed.code, 0, analyzed.stderr);
    const articles = analyzed.records.flatMap(
      (report) => report.articles as { outlet: string; id: string }[],
    );
    assert.deepEqual(articles.map((article) => article.outlet).sort(), ['Fenwick Tribune', 'Lorr Echo']);
    const [first, second] = articles.map((article) => article.id);
    assert.equal(second, `${first}-v1`);
    const again = await runParallax(['ingest', '-', '--db', db], { stdin });
    assert.equal(again.code, 0, again.stderr);
    assert.deepEqual(
      again.records.map((record) => [record.status, record.id]),
      [
        ['unchanged', first],
        ['unchanged', second],
      ],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

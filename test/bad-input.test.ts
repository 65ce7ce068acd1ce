import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openStore } from '../src/store/index.js';
import { repoRoot } from './helpers/repo-root.js';
import { runParallax } from './helpers/run-cli.js';

const ARTICLES = join(repoRoot(), 'fixtures', 'articles');

/** A folder with two good articles plus whatever bad files `add` writes. */
function batchFolder(add: (folder: string) => void): string {
  const folder = mkdtempSync(join(tmpdir(), 'parallax-bad-'));
  copyFileSync(join(ARTICLES, 'ferry-ledger.txt'), join(folder, 'a-ferry-ledger.txt'));
  copyFileSync(join(ARTICLES, 'ferry-courier.txt'), join(folder, 'z-ferry-courier.txt'));
  add(folder);
  return folder;
}

/** Runs `ingest` on the folder into a fresh store and returns the run plus the stored article count. */
async function ingest(folder: string, extra: string[] = []) {
  const db = join(mkdtempSync(join(tmpdir(), 'parallax-db-')), 'store.db');
  const run = await runParallax(['ingest', folder, '--db', db, ...extra]);
  const store = await openStore(db);
  const stored = await store.countArticles();
  await store.close();
  return { run, stored, db };
}

const CASES: { name: string; file: string; write: (path: string) => void; message: RegExp }[] = [
  {
    name: 'an empty file',
    file: 'empty.txt',
    write: (path) => writeFileSync(path, ''),
    message: /empty|no text/i,
  },
  {
    name: 'a binary file',
    file: 'image.txt',
    write: (path) =>
      writeFileSync(
        path,
        Buffer.from([
          0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3, 255, 254, 0, 0,
        ]),
      ),
    message: /binary/i,
  },
  {
    name: 'a file that is not UTF-8',
    file: 'latin1.txt',
    write: (path) =>
      writeFileSync(
        path,
        Buffer.from(
          'Caf\xe9 owners in S\xe3o Ruivo protest the new tax on terraces\n\nThe owners said the levy was unfair to small businesses.',
          'latin1',
        ),
      ),
    message: /UTF-8/,
  },
  {
    name: 'a 50 MB text file',
    file: 'huge.txt',
    write: (path) => writeFileSync(path, 'The quick council meeting ran late again. '.repeat(1_250_000)),
    message: /limit/,
  },
  {
    name: 'an unrelated file in the folder',
    file: 'notes.pdf',
    write: (path) => writeFileSync(path, '%PDF-1.4 not an article'),
    message: /not an article file/,
  },
];

for (const badCase of CASES) {
  test(`bad input: ${badCase.name} gets a clear error naming it, and the rest of the batch is stored`, async () => {
    const folder = batchFolder((dir) => badCase.write(join(dir, badCase.file)));
    const { run, stored } = await ingest(folder);
    assert.equal(run.code, 1, `exit code 1 expected, stderr: ${run.stderr}`);
    assert.match(run.stderr, new RegExp(badCase.file.replace('.', '\\.')));
    assert.match(run.stderr, badCase.message);
    const errors = run.records.filter((record) => 'error' in record);
    assert.equal(errors.length, 1);
    assert.match(String(errors[0]?.source), new RegExp(badCase.file.replace('.', '\\.')));
    assert.equal(stored, 2, 'both good articles stored');
  });
}

test('bad input: malformed JSONL lines are reported by line number and the good lines are stored', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'parallax-jsonl-'));
  const good = (id: string, text: string) => JSON.stringify({ id, title: `Title ${id}`, text });
  writeFileSync(
    join(folder, 'feed.jsonl'),
    [
      good(
        'one',
        'Port workers in Saltmere ended their strike on Tuesday after the operator agreed to a raise.',
      ),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'no-text', title: 'Only a title' }),
      '[1, 2, 3]',
      '',
      good(
        'two',
        'A storm closed the Saltmere ferry for a second day, the harbour office said on Wednesday.',
      ),
    ].join('\n'),
  );
  const { run, stored } = await ingest(folder);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /feed\.jsonl:2: not valid JSON/);
  assert.match(run.stderr, /feed\.jsonl:3: expected `text` or `html`/);
  assert.match(run.stderr, /feed\.jsonl:4/);
  const errorIds = run.records.filter((record) => 'error' in record).map((record) => record.id);
  assert.deepEqual(errorIds, [null, 'no-text', null]);
  assert.equal(stored, 2);
});

test('bad input: a failing batch loses nothing already stored', async () => {
  const folder = batchFolder(() => undefined);
  const first = await ingest(folder);
  assert.equal(first.run.code, 0, first.run.stderr);
  const second = mkdtempSync(join(tmpdir(), 'parallax-second-'));
  mkdirSync(join(second, 'sub'));
  writeFileSync(join(second, 'sub', 'empty.txt'), '');
  copyFileSync(join(ARTICLES, 'orchard.txt'), join(second, 'orchard.txt'));
  const run = await runParallax(['ingest', second, '--db', first.db]);
  assert.equal(run.code, 1);
  const store = await openStore(first.db);
  assert.equal(await store.countArticles(), 3);
  await store.close();
});

test('the same content ingested twice is one article', async () => {
  const folder = batchFolder(() => undefined);
  const first = await ingest(folder);
  const again = await runParallax(['ingest', folder, '--db', first.db]);
  assert.equal(again.code, 0, again.stderr);
  assert.deepEqual(
    again.records.map((record) => record.status),
    ['unchanged', 'unchanged'],
  );
  const store = await openStore(first.db);
  assert.equal(await store.countArticles(), 2);
  await store.close();
});

test('a missing path is an error naming it, exit code 1', async () => {
  const run = await runParallax(['analyze', '/nonexistent/parallax-input', '--no-store', '--json']);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /\/nonexistent\/parallax-input/);
});

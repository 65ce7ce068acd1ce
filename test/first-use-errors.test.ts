import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openStore } from '../src/store/index.js';
import { runParallax } from './helpers/run-cli.js';

function scratch(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-first-use-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A port another server holds, and a way to let it go. */
async function takenPort(): Promise<{ port: number; release: () => Promise<void> }> {
  const taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  const { port } = taken.address() as AddressInfo;
  return { port, release: () => new Promise<void>((resolve) => taken.close(() => resolve())) };
}

/** A one-article ferry story in `dir`, as a plain-text file; its path. */
function ferryArticle(dir: string): string {
  const article = join(dir, 'ferry.txt');
  writeFileSync(
    article,
    'Tallis ferry halted\n\nThe Lorr ferry board stopped the Tallis crossing on Friday, board chair Odile Krane said.\n',
  );
  return article;
}

test('a missing JSONL file is named in plain words by a stage verb, as analyze names it', async () => {
  const { dir, cleanup } = scratch();
  try {
    const missing = join(dir, 'no-such-feed.jsonl');
    const staged = await runParallax(['sentences', missing]);
    const analyzed = await runParallax(['analyze', missing, '--no-store']);
    assert.equal(staged.code, 1);
    assert.match(staged.stderr, /Cannot read `[^`]*no-such-feed\.jsonl`: no such file or folder\./);
    assert.doesNotMatch(staged.stderr, /ENOENT/);
    assert.equal(staged.records[0]?.code, 'not-found');
    assert.match(analyzed.stderr, /Cannot read `[^`]*no-such-feed\.jsonl`: no such file or folder\./);
  } finally {
    cleanup();
  }
});

test('a folder given by name that holds no article file is a failed input (exit 1) naming it, in every verb that reads folders', async () => {
  const { dir, cleanup } = scratch();
  try {
    const folder = join(dir, 'clippings');
    mkdirSync(folder);
    mkdirSync(join(folder, 'empty-subfolder'));
    writeFileSync(join(folder, '.DS_Store'), 'invented');
    writeFileSync(join(folder, 'notes.md'), 'Call the Tallis ferry board back on Monday.');
    const analyzed = await runParallax(['analyze', folder, '--no-store']);
    assert.equal(analyzed.code, 1, 'a script sees the run failed');
    assert.match(
      analyzed.stderr,
      /No articles found in `[^`]*clippings`: it holds no \.txt, .*\.html, .*\.jsonl/,
    );
    const ingested = await runParallax(['ingest', folder, '--db', join(dir, 'store.db')]);
    assert.equal(ingested.code, 1);
    assert.match(ingested.stderr, /No articles found in `[^`]*clippings`/);
    assert.equal(ingested.records[0]?.code, 'no-articles');
    for (const verb of ['extract', 'sentences', 'quotes', 'cluster']) {
      const run = await runParallax([verb, folder]);
      assert.equal(run.code, 1, verb);
      assert.equal(run.records[0]?.code, 'no-articles', `${verb}: ${run.stderr}`);
    }
    // A folder with an article in it gets no such error, and neither does the empty folder inside it.
    writeFileSync(
      join(folder, 'ferry.txt'),
      'Tallis ferry halted\n\nThe Lorr ferry board stopped the Tallis crossing on Friday after a crack was found in the hull, board chair Odile Krane said.\n',
    );
    const fine = await runParallax(['analyze', folder, '--no-store']);
    assert.equal(fine.code, 0, fine.stderr);
    assert.doesNotMatch(fine.stderr, /No articles found/);
    // An empty folder beside a good one is named, and the good one is still analysed.
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const mixed = await runParallax(['analyze', folder, empty, '--no-store', '--json']);
    assert.equal(mixed.code, 1);
    assert.match(mixed.stderr, /No articles found in `[^`]*empty`/);
    assert.equal(mixed.records.filter((record) => record.story !== undefined).length, 1);
  } finally {
    cleanup();
  }
});

test('serve refuses a --db path with no store behind it, instead of creating an empty one', async () => {
  const { dir, cleanup } = scratch();
  try {
    const mistyped = join(dir, 'stroies', 'parallax.db');
    const run = await runParallax(['serve', '--db', mistyped, '--port', '0']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /No store at `[^`]*stroies.parallax\.db`/);
    assert.match(run.stderr, /parallax analyze PATHS --db/);
    assert.equal(existsSync(join(dir, 'stroies')), false, 'no folder created for the mistyped path');
    const fromEnv = await runParallax(['serve', '--port', '0'], { env: { PARALLAX_DB: mistyped } });
    assert.equal(fromEnv.code, 1);
    assert.match(fromEnv.stderr, /No store at/);
  } finally {
    cleanup();
  }
});

test('serve on a port already in use names the port, suggests --port and exits 2 (a usage error)', async () => {
  const { dir, cleanup } = scratch();
  const { port, release } = await takenPort();
  try {
    const db = join(dir, 'store.db');
    const article = ferryArticle(dir);
    assert.equal((await runParallax(['ingest', article, '--db', db])).code, 0);
    const run = await runParallax(['serve', '--db', db, '--port', String(port)]);
    assert.equal(run.code, 2, run.stderr);
    assert.match(
      run.stderr,
      new RegExp(`Cannot listen on 127\\.0\\.0\\.1:${port}: port ${port} is already in use\\.`),
    );
    assert.match(run.stderr, /pass another --port, or --port 0 for a free one/);
    assert.doesNotMatch(run.stderr, /EADDRINUSE/);
  } finally {
    await release();
    cleanup();
  }
});

test('analyze --serve on a port already in use says so before the work, not after a long run', async () => {
  const { dir, cleanup } = scratch();
  const { port, release } = await takenPort();
  try {
    const db = join(dir, 'store.db');
    const article = ferryArticle(dir);
    const run = await runParallax(['analyze', article, '--db', db, '--serve', '--port', String(port)]);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, new RegExp(`port ${port} is already in use`));
    assert.equal(run.stdout, '', 'no report: the run stopped before analysing');
    const store = await openStore(db);
    try {
      assert.equal(await store.countArticles(), 0, 'nothing was analysed into the store');
    } finally {
      await store.close();
    }
  } finally {
    await release();
    cleanup();
  }
});

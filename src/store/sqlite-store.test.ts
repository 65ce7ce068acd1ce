import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { StoreError } from '../model/index.js';
import { makeArticle, runStoreConformance } from '../../test/store-conformance.js';
import { LATEST_SCHEMA_VERSION, defaultDbPath, openStore } from './index.js';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'parallax-store-'));
}

runStoreConformance('sqlite', {
  unavailable: () => Promise.resolve(null),
  fresh: () => {
    const dir = tempDir();
    return Promise.resolve({
      location: join(dir, 'nested', 'parallax.db'),
      options: {},
      cleanup: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
    });
  },
});

void test('sqlite: a sqlite: location and an in-memory database work', async () => {
  const dir = tempDir();
  try {
    const store = await openStore(`sqlite:${join(dir, 'x.db')}`);
    assert.equal(store.location, `sqlite:${join(dir, 'x.db')}`);
    await store.putArticles([makeArticle('A prefixed path.')]);
    await store.close();
    const memory = await openStore(':memory:');
    assert.equal(await memory.countArticles(), 0);
    await memory.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

void test('sqlite: the database is in WAL mode with foreign keys on', async () => {
  const dir = tempDir();
  try {
    const path = join(dir, 'wal.db');
    const store = await openStore(path);
    await store.close();
    const db = new Database(path, { readonly: true });
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

void test('sqlite: a file that is not a database fails with a StoreError naming it and a fix', async () => {
  const dir = tempDir();
  try {
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'These are my notes, not a database. '.repeat(200));
    await assert.rejects(openStore(path), (error: unknown) => {
      assert.ok(error instanceof StoreError);
      assert.match(error.message, /notes\.txt/);
      assert.match(error.hint ?? '', /--db|PARALLAX_DB/);
      return true;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

void test('sqlite: a database from a newer Parallax is refused, untouched', async () => {
  const dir = tempDir();
  try {
    const path = join(dir, 'newer.db');
    await (await openStore(path)).close();
    const db = new Database(path);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
      LATEST_SCHEMA_VERSION + 5,
      'from the future',
      '2030-01-01',
    );
    db.close();
    await assert.rejects(
      openStore(path),
      (error: unknown) =>
        error instanceof StoreError &&
        error.code === 'store-newer-schema' &&
        /Upgrade/.test(error.hint ?? ''),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

void test('sqlite: an unwritable location fails with a StoreError', async () => {
  const dir = tempDir();
  try {
    const file = join(dir, 'plain-file');
    writeFileSync(file, 'x');
    await assert.rejects(openStore(join(file, 'sub', 'x.db')), StoreError);
    await assert.rejects(
      openStore('  '),
      (error: unknown) => error instanceof StoreError && /PARALLAX_DB/.test(error.hint ?? ''),
    );
    await assert.rejects(openStore(join(dir, 'x.db'), { migrateTo: 99 }), StoreError);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

void test('defaultDbPath: PARALLAX_DB, XDG_DATA_HOME, macOS, Windows and the Linux fallback', () => {
  assert.equal(defaultDbPath({ PARALLAX_DB: '/data/p.db' }, 'linux', '/home/ana'), '/data/p.db');
  assert.equal(defaultDbPath({ XDG_DATA_HOME: '/xdg' }, 'linux', '/home/ana'), '/xdg/parallax/parallax.db');
  assert.equal(
    defaultDbPath({ XDG_DATA_HOME: 'relative/ignored' }, 'linux', '/home/ana'),
    '/home/ana/.local/share/parallax/parallax.db',
  );
  assert.equal(defaultDbPath({}, 'linux', '/home/ana'), '/home/ana/.local/share/parallax/parallax.db');
  assert.equal(
    defaultDbPath({ XDG_DATA_HOME: '/xdg' }, 'darwin', '/Users/ana'),
    '/Users/ana/Library/Application Support/parallax/parallax.db',
  );
  assert.equal(
    defaultDbPath({ LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' }, 'win32', 'C:\\Users\\ana'),
    'C:\\Users\\ana\\AppData\\Local\\parallax\\parallax.db',
  );
  assert.equal(
    defaultDbPath({ PARALLAX_DB: '  ' }, 'freebsd', '/home/b'),
    '/home/b/.local/share/parallax/parallax.db',
  );
});

void test('sqlite: stories reported before the press-release column are listed with their reports’ count', async () => {
  const dir = tempDir();
  try {
    const path = join(dir, 'v5.db');
    await (await openStore(path, { migrateTo: 5 })).close();
    const db = new Database(path);
    const row = db.prepare(
      `INSERT INTO reports (story_id, headline, article_count, independent_sources, outlets, updated_at, body)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    row.run(
      's1',
      'Fen line to reopen',
      3,
      0,
      '[]',
      '2032-06-02',
      JSON.stringify({ coverage: { pressReleases: 1 } }),
    );
    row.run('s2', 'Quay pilots vote', 2, 2, '[]', '2032-06-02', JSON.stringify({ coverage: {} }));
    db.close();
    const store = await openStore(path);
    try {
      const stories = new Map((await store.listStories()).map((story) => [story.id, story]));
      assert.equal(stories.get('s1')?.pressReleases, 1);
      assert.equal(stories.get('s2')?.pressReleases, undefined);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

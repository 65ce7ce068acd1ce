/**
 * Store speed: articles stored per second through `putArticles` (batches of 100, one transaction each), the
 * same batches again (all `unchanged`), and reads. Peer, in the same process run: the binding itself inserting
 * the same JSON into a bare table in the same batches, so the ratio is the cost of the store's versioning and
 * deduplication. SQLite always; PostgreSQL when reachable (PARALLAX_TEST_POSTGRES or postgres://127.0.0.1/test).
 *
 *   npx tsx bench/store.bench.ts [--smoke]
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { Article } from '../src/model/index.js';
import { createTextArticle } from '../src/model/index.js';
import { openStore } from '../src/store/index.js';
import type { Store, StoreOptions } from '../src/store/index.js';
import { isSmoke, peakRssMiB, report } from './lib.js';

const BATCH_SIZE = 100;
const ARTICLES = isSmoke() ? 400 : 3_000;
const POSTGRES_URL = process.env.PARALLAX_TEST_POSTGRES ?? 'postgres://root@127.0.0.1:5432/test';

const WORDS =
  'council ferry harbour vote budget mayor plant water crowns members debate night bay wire'.split(' ');

/** A ~4 KB invented article with sentence annotations, like extract + language would produce. */
function syntheticArticle(index: number): Article {
  const sentences: string[] = [];
  for (let sentence = 0; sentence < 40; sentence++) {
    const words = Array.from(
      { length: 14 },
      (_, word) => WORDS[(index * 7 + sentence * 3 + word) % WORDS.length],
    );
    sentences.push(`${words.join(' ')} ${index}-${sentence}.`);
  }
  const text = sentences.join(' ');
  let offset = 0;
  const spans = sentences.map((sentence) => {
    const span = { start: offset, end: offset + sentence.length, paragraph: 0 };
    offset += sentence.length + 1;
    return span;
  });
  return createTextArticle(text, {
    source: `/bench/${index}.txt`,
    url: `https://bench.example/${index}`,
    outlet: `Outlet ${index % 9}`,
    title: `Bench article ${index}`,
    published: '2026-03-04',
    sentences: spans,
  });
}

function batches<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += BATCH_SIZE)
    result.push(items.slice(start, start + BATCH_SIZE));
  return result;
}

async function timed(fn: () => Promise<void>): Promise<number> {
  const started = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

async function benchStore(store: Store, articles: readonly Article[]) {
  const groups = batches(articles);
  const put = await timed(async () => {
    for (const group of groups) await store.putArticles(group);
  });
  const replay = await timed(async () => {
    for (const group of groups) await store.putArticles(group);
  });
  const ids = articles.map((article) => article.id);
  const read = await timed(async () => {
    for (let start = 0; start < ids.length; start += BATCH_SIZE)
      await store.getArticles(ids.slice(start, start + BATCH_SIZE));
  });
  return { put: articles.length / put, replay: articles.length / replay, read: articles.length / read };
}

async function sqlite(articles: readonly Article[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  try {
    const peerDb = new Database(join(dir, 'peer.db'));
    peerDb.pragma('journal_mode = WAL');
    peerDb.pragma('synchronous = FULL');
    peerDb.exec('CREATE TABLE articles (id TEXT PRIMARY KEY, body TEXT NOT NULL)');
    const insert = peerDb.prepare('INSERT INTO articles (id, body) VALUES (?, ?)');
    const insertBatch = peerDb.transaction((group: readonly Article[]) => {
      for (const article of group) insert.run(article.id, JSON.stringify(article));
    });
    const peerSeconds = await timed(() => {
      for (const group of batches(articles)) insertBatch(group);
      return Promise.resolve();
    });
    peerDb.close();
    const store = await openStore(join(dir, 'store.db'));
    const ours = await benchStore(store, articles);
    await store.close();
    const peer = articles.length / peerSeconds;
    report('store-sqlite', {
      articles: articles.length,
      putPerSecond: Math.round(ours.put),
      replayPerSecond: Math.round(ours.replay),
      readPerSecond: Math.round(ours.read),
      peerInsertPerSecond: Math.round(peer),
      putVsPeer: ours.put / peer,
      peakRssMiB: Math.round(peakRssMiB()),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function postgres(articles: readonly Article[]): Promise<void> {
  const schema = `parallax_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3_000 });
  admin.on('error', () => undefined);
  try {
    await admin.connect();
  } catch (error) {
    console.log(`SKIP store-postgres: PostgreSQL not reachable at ${POSTGRES_URL} (${String(error)}).`);
    return;
  }
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.query(`CREATE TABLE ${schema}.peer (id TEXT PRIMARY KEY, body TEXT NOT NULL)`);
    const peerSeconds = await timed(async () => {
      for (const group of batches(articles)) {
        await admin.query('BEGIN');
        for (const article of group) {
          await admin.query(`INSERT INTO ${schema}.peer (id, body) VALUES ($1, $2)`, [
            article.id,
            JSON.stringify(article),
          ]);
        }
        await admin.query('COMMIT');
      }
    });
    const options: StoreOptions = { schema };
    const store = await openStore(POSTGRES_URL, options);
    const ours = await benchStore(store, articles);
    await store.close();
    const peer = articles.length / peerSeconds;
    report('store-postgres', {
      articles: articles.length,
      putPerSecond: Math.round(ours.put),
      replayPerSecond: Math.round(ours.replay),
      readPerSecond: Math.round(ours.read),
      peerInsertPerSecond: Math.round(peer),
      putVsPeer: ours.put / peer,
    });
  } finally {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
    await admin.end();
  }
}

const articles = Array.from({ length: ARTICLES }, (_, index) => syntheticArticle(index));
await sqlite(articles);
await postgres(articles);

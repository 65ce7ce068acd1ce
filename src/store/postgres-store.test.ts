import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import pg from 'pg';
import { StoreError } from '../model/index.js';
import { runStoreConformance } from '../../test/store-conformance.js';
import { requireService } from '../../test/helpers/require-service.js';
import { openStore } from './index.js';

/** The test server: trust auth on localhost (see .ci/run); PARALLAX_TEST_POSTGRES overrides it. */
const URL = process.env.PARALLAX_TEST_POSTGRES ?? 'postgres://127.0.0.1:5432/test';
const USERS = ['root', 'postgres'];

/** The first URL (with a user that exists) that accepts a connection, or null. */
const reachable: Promise<string | null> = (async () => {
  for (const user of USERS) {
    const url = new globalThis.URL(URL);
    if (url.username === '') url.username = user;
    const client = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 3_000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.end();
      return url.toString();
    } catch {
      await client.end().catch(() => undefined);
    }
    if (new globalThis.URL(URL).username !== '') break;
  }
  return null;
})();

async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

runStoreConformance('postgres', {
  unavailable: async () => ((await reachable) === null ? `PostgreSQL is not reachable at ${URL}` : null),
  fresh: async () => {
    const url = (await reachable) as string;
    const schema = `parallax_test_${randomBytes(6).toString('hex')}`;
    return { location: url, options: { schema }, cleanup: () => dropSchema(url, schema) };
  },
});

void test('postgres: an unreachable server fails fast with a StoreError naming it, password hidden', async () => {
  await assert.rejects(openStore('postgres://someone:secret@127.0.0.1:1/nothing'), (error: unknown) => {
    assert.ok(error instanceof StoreError);
    assert.match(error.message, /127\.0\.0\.1:1/);
    assert.doesNotMatch(error.message, /secret/);
    assert.match(error.hint ?? '', /PostgreSQL is running/);
    return true;
  });
});

void test('postgres: a bad schema name is refused', async (t) => {
  const url = await reachable;
  if (!requireService(t, url !== null, `PostgreSQL is not reachable at ${URL}`)) return;
  await assert.rejects(openStore(url as string, { schema: 'x"; DROP TABLE y; --' }), StoreError);
});

void test('postgres: stories reported before the press-release column are listed with their reports’ count', async (t) => {
  const url = await reachable;
  if (!requireService(t, url !== null, `PostgreSQL is not reachable at ${URL}`)) return;
  const schema = `parallax_test_${randomBytes(6).toString('hex')}`;
  try {
    await (await openStore(url as string, { schema, migrateTo: 5 })).close();
    const client = new pg.Client({ connectionString: url as string });
    await client.connect();
    try {
      const insert = `INSERT INTO "${schema}".reports (story_id, headline, article_count, independent_sources, outlets,
        updated_at, body) VALUES ($1, $2, $3, $4, $5, $6, $7)`;
      const body = JSON.stringify({ coverage: { pressReleases: 1 } });
      await client.query(insert, ['s1', 'Fen line to reopen', 3, 0, '[]', '2032-06-02', body]);
      await client.query(insert, ['s2', 'Quay pilots vote', 2, 2, '[]', '2032-06-02', '{"coverage":{}}']);
    } finally {
      await client.end();
    }
    const store = await openStore(url as string, { schema });
    try {
      const stories = new Map((await store.listStories()).map((story) => [story.id, story]));
      assert.equal(stories.get('s1')?.pressReleases, 1);
      assert.equal(stories.get('s2')?.pressReleases, undefined);
    } finally {
      await store.close();
    }
  } finally {
    await dropSchema(url as string, schema);
  }
});

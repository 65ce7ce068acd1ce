import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { test } from 'node:test';
import { UsageError, createTextArticle } from '../model/index.js';
import type { Store } from '../store/index.js';
import { openStore } from '../store/index.js';
import { createFixtureReport } from './fixture-report.test-helper.js';
import { createApp, startServer } from './index.js';

async function fixtureStore(): Promise<Store> {
  const store = await openStore(':memory:');
  await store.putArticles([
    createTextArticle('The council approved a desalination plant on Tuesday.', {
      id: 'ledger01',
      source: 'x.txt',
    }),
  ]);
  await store.putReports([createFixtureReport()]);
  await store.putAssignments([], [{ from: 'story-old', into: 'story-desal', article: 'courier02' }]);
  return store;
}

void test('GET / lists the stories as a page', async () => {
  const store = await fixtureStore();
  const response = await createApp(store).request('/');
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /text\/html/);
  assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'none'/);
  const html = await response.text();
  assert.match(html, /href="\/stories\/story-desal">Lantern Bay council approves desalination plant/);
  await store.close();
});

void test('GET /stories/:id shows the report; a merged id redirects; an unknown id is a 404 page', async () => {
  const store = await fixtureStore();
  const app = createApp(store);
  const page = await app.request('/stories/story-desal');
  assert.equal(page.status, 200);
  assert.match(await page.text(), /4 articles from 3 independent sources/);
  const merged = await app.request('/stories/story-old');
  assert.equal(merged.status, 301);
  assert.equal(merged.headers.get('location'), '/stories/story-desal');
  const missing = await app.request('/stories/%3Cscript%3E');
  assert.equal(missing.status, 404);
  const html = await missing.text();
  assert.match(html, /Story not found/);
  assert.match(html, /&lt;script&gt;/);
  assert.doesNotMatch(html, /<script/);
  await store.close();
});

void test('the JSON API returns stories, reports and articles, and JSON errors', async () => {
  const store = await fixtureStore();
  const app = createApp(store);
  const list = (await (await app.request('/api/stories')).json()) as {
    stories: { id: string; articles: number }[];
  };
  assert.deepEqual(
    list.stories.map((story) => [story.id, story.articles]),
    [['story-desal', 4]],
  );
  const report = (await (await app.request('/api/stories/story-old')).json()) as { story: string };
  assert.equal(report.story, 'story-desal');
  const article = (await (await app.request('/api/articles/ledger01')).json()) as {
    id: string;
    text: string;
  };
  assert.equal(article.id, 'ledger01');
  assert.match(article.text, /desalination/);
  for (const path of ['/api/articles/nope', '/api/stories/nope', '/api/nothing-here']) {
    const response = await app.request(path);
    assert.equal(response.status, 404, path);
    const body = (await response.json()) as { error: { code: string; message: string } };
    assert.match(body.error.message, /nope|nothing-here/);
  }
  const page = await app.request('/no/such/page');
  assert.equal(page.status, 404);
  assert.match(await page.text(), /Page not found/);
  await store.close();
});

void test('the story list and /api/stories count press releases apart from the independent sources', async () => {
  const store = await openStore(':memory:');
  const base = createFixtureReport();
  await store.putReports([
    { ...base, coverage: { articles: 6, independentSources: 5, pressReleases: 1 } },
    { ...base, story: 'story-plain', coverage: { articles: 2, independentSources: 2 } },
  ]);
  const app = createApp(store);
  const list = (await (await app.request('/api/stories')).json()) as {
    stories: { id: string; articles: number; independentSources: number; pressReleases?: number }[];
  };
  const byId = new Map(list.stories.map((story) => [story.id, story]));
  assert.equal(byId.get('story-desal')?.pressReleases, 1);
  assert.equal(byId.get('story-desal')?.independentSources, 5);
  const plain = byId.get('story-plain');
  assert.ok(plain);
  assert.equal('pressReleases' in plain, false);
  const html = await (await app.request('/')).text();
  assert.match(html, /6 articles from 5 independent sources and 1 press release/);
  await store.close();
});

void test('GET /healthz reports the store, and a broken store is a 503 with the reason', async () => {
  const store = await fixtureStore();
  const app = createApp(store);
  const health = (await (await app.request('/healthz')).json()) as { ok: boolean; articles: number };
  assert.deepEqual([health.ok, health.articles], [true, 1]);
  await store.close();
  const broken = await app.request('/healthz');
  assert.equal(broken.status, 503);
  assert.match(((await broken.json()) as { error: { message: string } }).error.message, /closed/);
  const page = await app.request('/');
  assert.equal(page.status, 503);
});

void test('startServer listens on 127.0.0.1, serves, closes; a taken port is a UsageError', async () => {
  const store = await fixtureStore();
  const server = await startServer(store, { port: 0 });
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(new URL('/api/stories', server.url));
    assert.equal(response.status, 200);
    const port = Number(new URL(server.url).port);
    await assert.rejects(
      startServer(store, { port }),
      (error: unknown) => error instanceof UsageError && new RegExp(`${port}`).test(error.message),
    );
    await assert.rejects(startServer(store, { port: 70_000 }), UsageError);
  } finally {
    await server.close();
    await store.close();
  }
});

void test('a write to an existing route is 405 with Allow: GET, HEAD; to an unknown route still 404', async () => {
  const store = await fixtureStore();
  const app = createApp(store);
  const post = await app.request('/api/stories', { method: 'POST', body: '{not json' });
  assert.equal(post.status, 405);
  assert.equal(post.headers.get('allow'), 'GET, HEAD');
  const body = (await post.json()) as { error: { code: string; message: string } };
  assert.equal(body.error.code, 'method-not-allowed');
  assert.match(body.error.message, /POST \/api\/stories: this route is read-only/);
  const page = await app.request('/stories/story-desal', { method: 'DELETE' });
  assert.equal(page.status, 405);
  const unknown = await app.request('/api/nothing', { method: 'POST', body: 'x'.repeat(1_000_000) });
  assert.equal(unknown.status, 404);
  await store.close();
});

void test('/healthz answers every error in JSON, as it does a broken store', async () => {
  const store = await fixtureStore();
  const app = createApp(store);
  const write = await app.request('/healthz', { method: 'DELETE' });
  assert.equal(write.status, 405);
  assert.equal(write.headers.get('allow'), 'GET, HEAD');
  assert.match(write.headers.get('content-type') ?? '', /^application\/json/);
  const body = (await write.json()) as { error: { code: string; message: string } };
  assert.equal(body.error.code, 'method-not-allowed');
  assert.match(body.error.message, /DELETE \/healthz/);
  await store.close();
});

void test('HEAD answers like GET without a body; OPTIONS on an API route is a JSON 405', async () => {
  const store = await fixtureStore();
  const app = createApp(store);
  const head = await app.request('/api/stories', { method: 'HEAD' });
  assert.equal(head.status, 200);
  assert.match(head.headers.get('content-type') ?? '', /^application\/json/);
  assert.equal(await head.text(), '');
  assert.equal((await app.request('/api/stories/nope', { method: 'HEAD' })).status, 404);
  const options = await app.request('/api/stories/story-desal', { method: 'OPTIONS' });
  assert.equal(options.status, 405);
  assert.equal(options.headers.get('allow'), 'GET, HEAD');
  assert.equal(((await options.json()) as { error: { code: string } }).error.code, 'method-not-allowed');
  await store.close();
});

void test('a request Node cannot parse (headers too large, bad syntax) still gets a JSON error', async () => {
  const store = await fixtureStore();
  const server = await startServer(store, { port: 0 });
  const { hostname, port } = new URL(server.url);
  const send = (request: string) =>
    new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname, () => socket.end(request));
      let answer = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (answer += chunk));
      socket.on('close', () => resolve(answer));
      socket.on('error', reject);
    });
  try {
    const long = await send(`GET /api/stories/${'x'.repeat(20_000)} HTTP/1.1\r\nHost: a\r\n\r\n`);
    assert.match(long, /^HTTP\/1\.1 431 /);
    assert.match(long, /content-type: application\/json/i);
    assert.match(long, /"code":"headers-too-large"/);
    const garbled = await send('GET /api/stories HTTP/1.1\r\nHost a\r\n\r\n');
    assert.match(garbled, /^HTTP\/1\.1 400 /);
    assert.match(garbled, /"code":"bad-request"/);
  } finally {
    await server.close();
    await store.close();
  }
});

void test('GET /api/stories refuses a bad limit or offset with a 400 JSON error naming it', async () => {
  const store = await fixtureStore();
  const app = createApp(store);
  for (const [query, name] of [
    ['limit=0', 'limit'],
    ['limit=501', 'limit'],
    ['limit=ten', 'limit'],
    ['limit=2.5', 'limit'],
    ['limit=', 'limit'],
    ['offset=-1', 'offset'],
    ['offset=1e3', 'offset'],
    ['offset=99999999999999999999', 'offset'],
  ] as const) {
    const response = await app.request(`/api/stories?${query}`);
    assert.equal(response.status, 400, query);
    assert.match(response.headers.get('content-type') ?? '', /application\/json/);
    const body = (await response.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, 'bad-parameter', query);
    assert.match(body.error.message, new RegExp(`\`${name}\``), query);
  }
  const page = (await (await app.request('/api/stories?limit=500&offset=1')).json()) as {
    stories: unknown[];
    next: unknown;
  };
  assert.deepEqual(page, { stories: [], next: null });
  await store.close();
});

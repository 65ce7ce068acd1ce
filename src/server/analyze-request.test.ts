import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { repoRoot } from '../../test/helpers/repo-root.js';
import { openStore } from '../store/index.js';
import { createApp } from './index.js';

// Invented articles: two outlets on one invented bridge closure, and an unrelated beekeeping story.
const HERALD = {
  id: 'herald-bridge',
  title: 'Marrowick closes Pellam Bridge for urgent repairs',
  outlet: 'Marrowick Herald',
  published: '2031-05-12',
  text: [
    'Marrowick town council closed the Pellam Bridge on Monday after engineers found rusted cables under its eastern span.',
    'Council leader Tamsin Orrely said the bridge would stay shut for at least six weeks while the cables are replaced.',
    '"We will not gamble with anyone\'s safety," Orrely said at the town hall.',
    'About 4,000 cars cross the bridge each day, according to the council.',
  ].join('\n\n'),
};
const VALLEY = {
  id: 'valley-bridge',
  title: 'Pellam Bridge shut as engineers find rusted cables',
  outlet: 'Pellam Valley News',
  published: '2031-05-12',
  text: [
    'The Pellam Bridge in Marrowick was closed on Monday after engineers found rusted cables under its eastern span.',
    'Council leader Tamsin Orrely said repairs would keep the bridge shut for at least eight weeks.',
    '"We will not gamble with anyone\'s safety," she said.',
    'Drivers face a detour of twelve miles through Fennick while the work goes on.',
  ].join('\n\n'),
};
const HONEY = {
  title: 'Orvel beekeepers report record honey harvest',
  outlet: 'Orvel Gazette',
  text: [
    'Beekeepers in the Orvel hills collected a record 90 tonnes of honey this summer, their cooperative said on Friday.',
    'Cooperative chair Bastian Lúe credited a warm spring and new wildflower strips along the farm roads.',
  ].join('\n\n'),
};

interface AnalyzeAnswer {
  stories: {
    story: string;
    headline: { text: string };
    summary: unknown[];
    articles: { id: string; source: string }[];
  }[];
  articles: { item: string; id: string; status: string; renamedFrom?: string; source?: string }[];
  errors: { item: string; code: string; message: string; source?: string }[];
  stored: boolean;
}

const readSchema = (name: string): object =>
  JSON.parse(readFileSync(join(repoRoot(), 'schema', name), 'utf8')) as object;
const validateAnswer = new Ajv2020({ strict: false })
  .addSchema(readSchema('report.schema.json'))
  .compile(readSchema('analyze-response.schema.json'));

function post(body: string, type = 'application/json'): RequestInit {
  return { method: 'POST', body, headers: { 'Content-Type': type } };
}

void test('POST /api/analyze without a store analyses in memory; a bad item is named, the rest analysed', async () => {
  const app = createApp();
  const body = JSON.stringify({
    articles: [
      HERALD,
      VALLEY,
      HONEY,
      { id: 'empty-one', title: 'Nothing here' },
      { id: 'x\u0000y', text: 'A' },
    ],
  });
  const response = await app.request('/api/analyze', post(body));
  assert.equal(response.status, 200);
  const answer = (await response.json()) as AnalyzeAnswer;
  assert.equal(answer.stored, false);
  assert.ok(validateAnswer(answer), JSON.stringify(validateAnswer.errors));
  const bridge = answer.stories.find((story) => story.articles.length === 2);
  assert.ok(bridge, 'the two bridge articles form one story');
  assert.deepEqual(bridge.articles.map((article) => article.id).sort(), ['herald-bridge', 'valley-bridge']);
  assert.ok(bridge.summary.length > 0);
  assert.match(bridge.headline.text, /Pellam|bridge/i);
  assert.equal(answer.stories.length, 2);
  assert.deepEqual(
    answer.articles.map((article) => [article.item, article.status]),
    [
      ['articles[0]', 'analysed'],
      ['articles[1]', 'analysed'],
      ['articles[2]', 'analysed'],
    ],
  );
  assert.deepEqual(
    answer.errors.map((error) => [error.item, error.code]),
    [
      ['articles[3]', 'missing-content'],
      ['articles[4]', 'invalid-record'],
    ],
  );
  assert.match(answer.errors[0]?.message ?? '', /articles\[3\].*`text` or `html`/);
  assert.match(answer.errors[1]?.message ?? '', /articles\[4\]: field `id`: holds a NUL/);
});

void test('POST /api/analyze reads JSONL lines; a line that is not JSON is named by its number', async () => {
  const app = createApp();
  const body = [JSON.stringify(HERALD), '{"title": "broken', '', JSON.stringify(VALLEY)].join('\n');
  const response = await app.request('/api/analyze', post(body, 'application/x-ndjson'));
  assert.equal(response.status, 200);
  const answer = (await response.json()) as AnalyzeAnswer;
  assert.equal(answer.stories.length, 1);
  assert.deepEqual(
    answer.articles.map((article) => article.item),
    ['line 1', 'line 4'],
  );
  assert.deepEqual(
    answer.errors.map((error) => [error.item, error.code]),
    [['line 2', 'malformed-json']],
  );
});

void test('POST /api/analyze is a 400 naming the problems when nothing is usable', async () => {
  const app = createApp();
  for (const [body, code, pattern] of [
    ['', 'empty-body', /empty/],
    ['   \n', 'empty-body', /empty/],
    [JSON.stringify({ articles: 5 }), 'invalid-body', /`articles`.*a number/],
    [JSON.stringify({ articles: [] }), 'no-usable-articles', /no article/],
    [JSON.stringify({ articles: [{ id: 3 }, 'text'] }), 'no-usable-articles', /articles\[0\]/],
    ['not json at all', 'no-usable-articles', /line 1/],
    // A misspelt `articles`: the list is named, not taken for one article record without text.
    [
      JSON.stringify({ article: [{ text: 'The Tallis ferry ran late.' }] }),
      'invalid-body',
      /`article`.*`articles`/,
    ],
  ] as const) {
    const response = await app.request('/api/analyze', post(body));
    assert.equal(response.status, 400, body);
    const answer = (await response.json()) as { error: { code: string; message: string } };
    assert.equal(answer.error.code, code, body);
    assert.match(answer.error.message, pattern, body);
  }
  const bytes = new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]);
  const invalid = await app.request('/api/analyze', {
    method: 'POST',
    body: bytes,
    headers: { 'Content-Type': 'application/json' },
  });
  assert.equal(invalid.status, 400);
  assert.equal(((await invalid.json()) as { error: { code: string } }).error.code, 'bad-encoding');
});

void test('POST /api/analyze refuses a body over the limit with a 413 JSON error, and other media types with 415', async () => {
  const app = createApp(undefined, { maxBodyBytes: 2_000 });
  const big = JSON.stringify({ articles: [{ text: 'The Pellam ferry ran late. '.repeat(200) }] });
  const response = await app.request('/api/analyze', post(big));
  assert.equal(response.status, 413);
  const answer = (await response.json()) as { error: { code: string; message: string } };
  assert.equal(answer.error.code, 'body-too-large');
  assert.match(answer.error.message, /2000 bytes/);
  const streamed = await app.request('/api/analyze', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: new ReadableStream({
      start(controller) {
        for (let chunk = 0; chunk < 10; chunk++)
          controller.enqueue(new TextEncoder().encode('x'.repeat(500)));
        controller.close();
      },
    }),
    duplex: 'half',
  });
  assert.equal(streamed.status, 413);
  const form = await app.request('/api/analyze', post('text=hello', 'application/x-www-form-urlencoded'));
  assert.equal(form.status, 415);
  assert.match(((await form.json()) as { error: { message: string } }).error.message, /Content-Type/);
  const get = await app.request('/api/analyze');
  assert.equal(get.status, 405);
  assert.equal(get.headers.get('allow'), 'POST');
});

void test('POST /api/analyze with a store adds the articles and says which were new, unchanged or ID-v1', async () => {
  const store = await openStore(':memory:');
  try {
    const app = createApp(store);
    const first = await app.request('/api/analyze', post(JSON.stringify({ articles: [HERALD, HONEY] })));
    assert.equal(first.status, 200);
    const added = (await first.json()) as AnalyzeAnswer;
    assert.equal(added.stored, true);
    assert.ok(validateAnswer(added), JSON.stringify(validateAnswer.errors));
    assert.deepEqual(
      added.articles.map((article) => article.status),
      ['added', 'added'],
    );
    assert.equal(await store.countArticles(), 2);
    const honeyId = added.articles[1]?.id ?? '';
    const copy = { ...HONEY, outlet: 'Hillside Weekly', title: 'Record honey year in Orvel' };
    const second = await app.request(
      '/api/analyze',
      post(JSON.stringify({ articles: [HERALD, VALLEY, HONEY, copy] })),
    );
    const again = (await second.json()) as AnalyzeAnswer;
    assert.ok(validateAnswer(again), JSON.stringify(validateAnswer.errors));
    assert.deepEqual(
      again.articles.map((article) => [article.status, article.id, article.renamedFrom]),
      [
        ['unchanged', 'herald-bridge', undefined],
        ['added', 'valley-bridge', undefined],
        ['unchanged', honeyId, undefined],
        ['added', `${honeyId}-v1`, honeyId],
      ],
    );
    assert.equal(await store.countArticles(), 4);
    const listed = (await (await app.request('/api/stories')).json()) as { stories: { id: string }[] };
    assert.deepEqual(
      listed.stories.map((story) => story.id).sort(),
      again.stories.map((story) => story.story).sort(),
    );
    const article = await app.request(`/api/articles/${encodeURIComponent(`${honeyId}-v1`)}`);
    assert.equal(((await article.json()) as { outlet: string }).outlet, 'Hillside Weekly');
  } finally {
    await store.close();
  }
});

void test('POST /api/analyze lists the errors in request order, from reading the body and from the pipeline', async () => {
  const app = createApp();
  const body = JSON.stringify({
    articles: [HERALD, { ...VALLEY, id: HERALD.id }, { id: 'no-text' }, HONEY],
  });
  const answer = (await (await app.request('/api/analyze', post(body))).json()) as AnalyzeAnswer;
  assert.deepEqual(
    answer.errors.map((error) => [error.item, error.code]),
    [
      ['articles[1]', 'duplicate-id'],
      ['articles[2]', 'missing-content'],
    ],
  );
  assert.match(answer.errors[0]?.message ?? '', /herald-bridge/);
  assert.deepEqual(
    answer.articles.map((article) => article.item),
    ['articles[0]', 'articles[3]'],
  );
});

void test("POST /api/analyze keeps a record's own `source`: the article is reported and stored under it, errors name it", async () => {
  const app = createApp();
  const body = JSON.stringify({
    articles: [
      { ...HERALD, source: 'feeds/marrowick.jsonl:3' },
      // A dataset's outlet under `source` names no file: not read as one, as in the CLI.
      { ...VALLEY, source: 'Pellam Valley News' },
      { id: 'no-text', title: 'Only a title', source: 'feeds/marrowick.jsonl:5' },
      // Found after reading (another article under a used id): named the same way.
      { ...HONEY, id: HERALD.id, source: 'feeds/marrowick.jsonl:6' },
    ],
  });
  const response = await app.request('/api/analyze', post(body));
  assert.equal(response.status, 200);
  const answer = (await response.json()) as AnalyzeAnswer;
  assert.ok(validateAnswer(answer), JSON.stringify(validateAnswer.errors));
  const reported = answer.stories.flatMap((story) => story.articles);
  assert.equal(reported.find((article) => article.id === HERALD.id)?.source, 'feeds/marrowick.jsonl:3');
  assert.notEqual(reported.find((article) => article.id === VALLEY.id)?.source, 'Pellam Valley News');
  assert.deepEqual(
    answer.articles.map((article) => [article.item, article.source]),
    [
      ['articles[0]', 'feeds/marrowick.jsonl:3'],
      ['articles[1]', undefined],
    ],
  );
  assert.deepEqual(
    answer.errors.map((error) => [error.item, error.code, error.source]),
    [
      ['articles[2]', 'missing-content', 'feeds/marrowick.jsonl:5'],
      ['articles[3]', 'duplicate-id', 'feeds/marrowick.jsonl:6'],
    ],
  );
  assert.match(
    answer.errors[0]?.message ?? '',
    /^feeds\/marrowick\.jsonl:5 \(articles\[2\]\): expected `text`/,
  );
  assert.match(
    answer.errors[1]?.message ?? '',
    /^feeds\/marrowick\.jsonl:6 \(articles\[3\]\): id `herald-bridge`/,
  );

  // JSONL lines and a stored article alike.
  const store = await openStore(':memory:');
  try {
    const stored = createApp(store);
    const lines = [JSON.stringify({ ...HERALD, source: 'feeds/marrowick.jsonl:3' }), '{"broken'].join('\n');
    const added = (await (
      await stored.request('/api/analyze', post(lines, 'application/x-ndjson'))
    ).json()) as AnalyzeAnswer;
    assert.equal(added.articles[0]?.source, 'feeds/marrowick.jsonl:3');
    const article = await stored.request(`/api/articles/${HERALD.id}`);
    assert.equal(((await article.json()) as { source: string }).source, 'feeds/marrowick.jsonl:3');
  } finally {
    await store.close();
  }
});

void test('POST /api/analyze names a page with no article body as an error instead of storing an empty story', async () => {
  const store = await openStore(':memory:');
  try {
    const app = createApp(store);
    const menuOnly = {
      id: 'menu-only',
      html: '<html><head><title>Pellam Valley News</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>',
    };
    const residueOnly = {
      id: 'residue-only',
      text: 'Share this article\n\nSign up for our daily newsletter',
    };
    const body = JSON.stringify({ articles: [HERALD, menuOnly, residueOnly] });
    const response = await app.request('/api/analyze', post(body));
    assert.equal(response.status, 200);
    const answer = (await response.json()) as AnalyzeAnswer;
    assert.ok(validateAnswer(answer), JSON.stringify(validateAnswer.errors));
    assert.deepEqual(
      answer.articles.map((article) => article.item),
      ['articles[0]'],
    );
    assert.deepEqual(
      answer.errors.map((error) => [error.item, error.code]),
      [
        ['articles[1]', 'missing-content'],
        ['articles[2]', 'missing-content'],
      ],
    );
    // Named by the request's item, as errors in reading the body are, not by the server's internal source.
    assert.match(answer.errors[0]?.message ?? '', /^articles\[1\]: no article text/);
    assert.doesNotMatch(answer.errors[1]?.message ?? '', /api:/);
    assert.equal(await store.countArticles(), 1);
    assert.ok(
      answer.stories.every((story) => story.headline.text !== ''),
      'no story without a headline',
    );
    // Nothing usable at all is the 400 it is for a record without text.
    const only = await app.request('/api/analyze', post(JSON.stringify({ articles: [menuOnly] })));
    assert.equal(only.status, 400);
    assert.equal(((await only.json()) as { error: { code: string } }).error.code, 'no-usable-articles');
  } finally {
    await store.close();
  }
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CitedText } from '../model/index.js';
import { checkRewrite, rewriteWithLlm } from './rewrite-with-llm.js';
import { createTestArticle } from './test-articles.test-helper.js';

const ARTICLE = createTestArticle(
  'The Eldoria parliament voted 61 to 40 on Tuesday to close the Varna coal mine. Minister Tomas Reyl welcomed it.',
  { id: 'a1' },
);
const FIRST = ARTICLE.sentences[0];
const SUMMARY: CitedText[] = [
  {
    text: 'The Eldoria parliament voted 61 to 40 on Tuesday to close the Varna coal mine.',
    citations: [{ article: 'a1', sentence: 0, start: FIRST?.start ?? 0, end: FIRST?.end ?? 0 }],
  },
];

function fakeFetch(
  answer: unknown,
  status = 200,
): { fetch: typeof fetch; calls: { url: string; body: string }[] } {
  const calls: { url: string; body: string }[] = [];
  const fake = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    calls.push({
      url: input instanceof Request ? input.url : input.toString(),
      body: typeof init?.body === 'string' ? init.body : '',
    });
    const content = typeof answer === 'string' ? answer : JSON.stringify(answer);
    return Promise.resolve(
      new Response(JSON.stringify({ choices: [{ message: { content } }] }), {
        status,
        headers: { 'content-type': 'application/json' },
      }),
    );
  };
  return { fetch: fake, calls };
}

test('a supported rewrite replaces the sentence and keeps its citations', async () => {
  const fake = fakeFetch({
    sentences: ['On Tuesday the Eldoria parliament voted 61 to 40 to close the Varna coal mine.'],
  });
  const result = await rewriteWithLlm(SUMMARY, [ARTICLE], {
    endpoint: 'http://llm.test/v1',
    model: 'm',
    fetch: fake.fetch,
  });
  assert.equal(result.dropped.length, 0);
  assert.match(result.summary[0]?.text ?? '', /^On Tuesday/);
  assert.deepEqual(result.summary[0]?.citations, SUMMARY[0]?.citations);
  assert.equal(fake.calls[0]?.url, 'http://llm.test/v1/chat/completions');
  assert.match(fake.calls[0]?.body ?? '', /"model":"m"/);
});

test('rewrites with a new number, a new name, new claims or loaded words are dropped', async () => {
  for (const bad of [
    'The Eldoria parliament voted 71 to 30 on Tuesday to close the Varna coal mine.',
    'The Eldoria parliament, led by Anna Kell, voted 61 to 40 to close the Varna coal mine.',
    'Parliament voted to close the mine, which will cost thousands of jobs and ruin local families forever.',
    'The Eldoria regime rammed through a vote of 61 to 40 on Tuesday to close the Varna coal mine.',
  ]) {
    const fake = fakeFetch({ sentences: [bad] });
    const result = await rewriteWithLlm(SUMMARY, [ARTICLE], {
      endpoint: 'http://llm.test/v1',
      model: 'm',
      fetch: fake.fetch,
    });
    assert.equal(result.dropped.length, 1, bad);
    assert.equal(result.summary[0]?.text, SUMMARY[0]?.text, 'the extractive sentence is kept');
  }
});

test('endpoint failures leave the summary unchanged and say why', async () => {
  const http = await rewriteWithLlm(SUMMARY, [ARTICLE], {
    endpoint: 'http://llm.test/v1',
    model: 'm',
    fetch: fakeFetch({}, 500).fetch,
  });
  assert.match(http.error ?? '', /HTTP 500/);
  assert.deepEqual(http.summary, SUMMARY);
  const garbage = await rewriteWithLlm(SUMMARY, [ARTICLE], {
    endpoint: 'http://llm.test/v1/chat/completions',
    model: 'm',
    fetch: fakeFetch('not json at all').fetch,
  });
  assert.match(garbage.error ?? '', /not JSON/);
  const throwing = (() => Promise.reject(new Error('offline'))) as unknown as typeof fetch;
  const offline = await rewriteWithLlm(SUMMARY, [ARTICLE], {
    endpoint: 'http://llm.test',
    model: 'm',
    fetch: throwing,
  });
  assert.match(offline.error ?? '', /offline/);
});

test('a malformed endpoint is a usage error naming the input', async () => {
  await assert.rejects(
    rewriteWithLlm(SUMMARY, [ARTICLE], { endpoint: 'llm.test', model: 'm', fetch: fakeFetch({}).fetch }),
    /llm\.test/,
  );
});

test('checkRewrite needs a cited source', () => {
  assert.match(checkRewrite('Anything at all.', []) ?? '', /no cited source/);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, Citation, CitedText, Conflict } from '../model/index.js';
import { disputedFigures } from './disputed-figures.js';
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
    conflicts: [],
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
      conflicts: [],
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
    conflicts: [],
  });
  assert.match(http.error ?? '', /HTTP 500/);
  assert.deepEqual(http.summary, SUMMARY);
  const garbage = await rewriteWithLlm(SUMMARY, [ARTICLE], {
    endpoint: 'http://llm.test/v1/chat/completions',
    model: 'm',
    fetch: fakeFetch('not json at all').fetch,
    conflicts: [],
  });
  assert.match(garbage.error ?? '', /not JSON/);
  const throwing = (() => Promise.reject(new Error('offline'))) as unknown as typeof fetch;
  const offline = await rewriteWithLlm(SUMMARY, [ARTICLE], {
    endpoint: 'http://llm.test',
    model: 'm',
    fetch: throwing,
    conflicts: [],
  });
  assert.match(offline.error ?? '', /offline/);
});

test('a malformed endpoint is a usage error naming the input', async () => {
  await assert.rejects(
    rewriteWithLlm(SUMMARY, [ARTICLE], {
      endpoint: 'llm.test',
      model: 'm',
      fetch: fakeFetch({}).fetch,
      conflicts: [],
    }),
    /llm\.test/,
  );
});

test('checkRewrite needs a cited source', () => {
  assert.match(checkRewrite('Anything at all.', []) ?? '', /no cited source/);
});

// An invented story with a disputed count: the Orrin Gazette says 12 leaks, the Vell Herald 19.
const GAZETTE = createTestArticle(
  'Divers found 12 leaks in the Orrin aqueduct on Monday, the water board said.',
  {
    id: 'gazette',
    outlet: 'Orrin Gazette',
  },
);
const HERALD = createTestArticle(
  'Divers found 19 leaks in the Orrin aqueduct on Monday, the water board said.',
  {
    id: 'herald',
    outlet: 'Vell Herald',
  },
);

function figureAt(article: Article, value: string): Citation {
  const start = article.text.indexOf(value);
  return { article: article.id, sentence: 0, start, end: start + value.length };
}

function wholeSentence(article: Article): Citation {
  const span = article.sentences[0];
  return { article: article.id, sentence: 0, start: span?.start ?? 0, end: span?.end ?? 0 };
}

const LEAKS: Conflict = {
  kind: 'number',
  about: 'how many leaks',
  sides: [
    { value: '12 leaks', articles: ['gazette'], citations: [figureAt(GAZETTE, '12 leaks')] },
    { value: '19 leaks', articles: ['herald'], citations: [figureAt(HERALD, '19 leaks')] },
  ],
};
// The summary as the default path writes it: the figure left out of the stated sentence, both in the dispute line.
const DISPUTED_SUMMARY: CitedText[] = [
  {
    text: 'Divers found leaks in the Orrin aqueduct on Monday, the water board said.',
    citations: [wholeSentence(GAZETTE), wholeSentence(HERALD)],
  },
  {
    text: 'Reports differ on how many leaks: 12 leaks (Orrin Gazette) or 19 leaks (Vell Herald).',
    citations: LEAKS.sides.flatMap((side) => side.citations),
  },
];

async function rewriteDisputed(first: string, second: string, conflicts: readonly Conflict[] = [LEAKS]) {
  return rewriteWithLlm(DISPUTED_SUMMARY, [GAZETTE, HERALD], {
    endpoint: 'http://llm.test/v1',
    model: 'm',
    fetch: fakeFetch({ sentences: [first, second] }).fetch,
    conflicts,
  });
}

test('a rewrite that states one side of a disputed figure as fact is dropped, in digits or in words', async () => {
  for (const bad of [
    'On Monday, divers found 12 leaks in the Orrin aqueduct, the water board said.',
    'Nineteen leaks were found by divers in the Orrin aqueduct on Monday, the water board said.',
    'On Monday divers found more than 12 leaks in the Orrin aqueduct, the water board said.',
  ]) {
    const result = await rewriteDisputed(bad, DISPUTED_SUMMARY[1]?.text ?? '');
    assert.deepEqual(
      result.dropped.map((entry) => entry.index),
      [0],
      bad,
    );
    assert.match(result.dropped[0]?.reason ?? '', /disputed figure/);
    assert.equal(result.summary[0]?.text, DISPUTED_SUMMARY[0]?.text, 'the extractive sentence is kept');
  }
  // Without the conflict, the same rewrite of the first passes the source check: the rule is what drops it.
  const unaware = await rewriteDisputed(
    'On Monday, divers found 12 leaks in the Orrin aqueduct, the water board said.',
    DISPUTED_SUMMARY[1]?.text ?? '',
    [],
  );
  assert.match(unaware.summary[0]?.text ?? '', /found 12 leaks/);
});

test('a rewrite that leaves the disputed figure out is kept, and the dispute line is kept as written', async () => {
  const result = await rewriteDisputed(
    'On Monday, divers found leaks in the Orrin aqueduct, the water board said.',
    'The Orrin Gazette reported 12 leaks.',
  );
  assert.equal(
    result.summary[0]?.text,
    'On Monday, divers found leaks in the Orrin aqueduct, the water board said.',
  );
  assert.deepEqual(
    result.dropped.map((entry) => entry.index),
    [1],
  );
  assert.match(result.dropped[0]?.reason ?? '', /reports a dispute/);
  assert.equal(result.summary[1]?.text, DISPUTED_SUMMARY[1]?.text);
  assert.deepEqual(result.summary[1]?.citations, DISPUTED_SUMMARY[1]?.citations);
});

test('checkRewrite refuses a disputed figure stated as fact, with the same figures the summary uses', () => {
  const sources = [GAZETTE.text];
  const text = 'Divers found 12 leaks in the Orrin aqueduct on Monday, the water board said.';
  assert.equal(checkRewrite(text, sources), undefined);
  assert.match(checkRewrite(text, sources, disputedFigures([LEAKS])) ?? '', /disputed figure 12 leaks/);
});

const LEDGER = createTestArticle('The minister closed the Carrow quarry on Monday after a rockfall.', {
  id: 'ledger',
  outlet: 'Vell Ledger',
});
const ECHO = createTestArticle('The minister closed the Carrow quarry on Sunday after a rockfall.', {
  id: 'echo',
  outlet: 'Northern Echo',
});
const DAY: Conflict = {
  kind: 'date',
  about: 'day or date',
  sides: [
    { value: 'on Monday', articles: ['ledger'], citations: [figureAt(LEDGER, 'on Monday')] },
    { value: 'on Sunday', articles: ['echo'], citations: [figureAt(ECHO, 'on Sunday')] },
  ],
};
// As `summarizeStory` writes it: the day out of the stated sentence, the dispute line right after it.
const DAY_SUMMARY: CitedText[] = [
  {
    text: 'The minister closed the Carrow quarry after a rockfall.',
    citations: [wholeSentence(LEDGER), wholeSentence(ECHO)],
  },
  {
    text: 'Reports differ on the day: on Monday (Vell Ledger) or on Sunday (Northern Echo).',
    citations: DAY.sides.flatMap((side) => side.citations),
  },
];

test('a rewrite that puts a disputed day back as fact is dropped; the dispute line is kept as written', async () => {
  const rewrite = (first: string, second: string, conflicts: readonly Conflict[]) =>
    rewriteWithLlm(DAY_SUMMARY, [LEDGER, ECHO], {
      endpoint: 'http://llm.test/v1',
      model: 'm',
      fetch: fakeFetch({ sentences: [first, second] }).fetch,
      conflicts,
    });
  const settled = await rewrite(
    'On Monday, the minister closed the Carrow quarry after a rockfall.',
    'Outlets disagree about the day.',
    [DAY],
  );
  assert.deepEqual(
    settled.dropped.map((entry) => [entry.index, /disputed day|reports a dispute/.test(entry.reason)]),
    [
      [0, true],
      [1, true],
    ],
  );
  assert.deepEqual(
    settled.summary.map((sentence) => sentence.text),
    DAY_SUMMARY.map((sentence) => sentence.text),
  );
  const unaware = await rewrite(
    'On Monday, the minister closed the Carrow quarry after a rockfall.',
    DAY_SUMMARY[1]?.text ?? '',
    [],
  );
  assert.match(unaware.summary[0]?.text ?? '', /On Monday/);
});

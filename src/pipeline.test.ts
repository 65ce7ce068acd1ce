import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError, UsageError, type Article, type RawInput, type StoryReport } from './model/index.js';
import { analyzeArticles, processInput, reportStory } from './pipeline.js';
import { clusterArticles } from './stories/index.js';

function article(id: string, outlet: string, published: string, title: string, body: string): Article {
  return processInput({
    source: `${outlet.toLowerCase()}/${id}.txt`,
    format: 'text',
    id,
    outlet,
    published,
    text: `${title}\n\n${body}`,
  });
}

const FERRY_COURIER = article(
  'ferry-1',
  'Courier',
  '2026-11-18T08:00:00Z',
  'Harbour council approves night ferry',
  'The Saltmere harbour council voted on Tuesday to run a night ferry to Dunmore Island from March, its chair ' +
    'Ilse Marrow said. The ferry will run three times a week.',
);
const FERRY_HERALD = article(
  'ferry-2',
  'Herald',
  '2026-11-18T10:00:00Z',
  'Night ferry to Dunmore approved by council',
  'Saltmere harbour council approved a night ferry to Dunmore Island on Tuesday, chair Ilse Marrow said. It ' +
    'starts in March and runs three times a week.',
);
const STORM_GAZETTE = article(
  'storm-1',
  'Gazette',
  '2026-11-18T09:00:00Z',
  'Storm shuts Kellsby breakwater path',
  'The breakwater path at Kellsby was shut on Tuesday as a storm came in, coastguard officer Tomas Reel said. ' +
    'Walkers were told to keep away until Friday.',
);
const STORM_POST = article(
  'storm-2',
  'Post',
  '2026-11-18T11:00:00Z',
  'Kellsby breakwater path closed as storm arrives',
  'Coastguard officer Tomas Reel shut the Kellsby breakwater path on Tuesday as the storm arrived. Walkers must ' +
    'keep away until Friday, he said.',
);

/** The storm story's first report, sent again under the ferry story's first id: another article, a used id. */
const REUSED_ID = { ...STORM_GAZETTE, id: FERRY_COURIER.id, source: 'wire/reused.txt' };

const ALL = [FERRY_COURIER, STORM_GAZETTE, FERRY_HERALD, STORM_POST];

/** Each report as `[outlet of each article]`, stories sorted, for comparison. */
function outlets(reports: readonly StoryReport[]): string[][] {
  return reports.map((report) => report.articles.map((entry) => entry.outlet ?? '-').sort()).sort();
}

test('the invented batch clusters into a ferry story and a storm story (the ground the other tests stand on)', () => {
  const { reports, problems } = analyzeArticles(ALL);
  assert.deepEqual(outlets(reports), [
    ['Courier', 'Herald'],
    ['Gazette', 'Post'],
  ]);
  assert.deepEqual(problems, []);
});

test('a different article under a used id is one problem naming it; both stories keep their other articles', () => {
  const { stories, reports, problems } = analyzeArticles([...ALL.slice(0, 2), REUSED_ID, ...ALL.slice(2)]);
  assert.deepEqual(
    problems.map((problem) => [problem.id, problem.source, problem.code]),
    [['ferry-1', 'wire/reused.txt', 'duplicate-id']],
  );
  assert.match(
    problems[0]?.message ?? '',
    /wire\/reused\.txt: id `ferry-1` is already used by courier\/ferry-1\.txt/,
  );
  assert.deepEqual(outlets(reports), [
    ['Courier', 'Herald'],
    ['Gazette', 'Post'],
  ]);
  // The ferry story shows the Courier's article under `ferry-1`, not the storm text sent under that id.
  const ferry = reports.find((report) => report.articles.some((entry) => entry.id === 'ferry-1'));
  assert.match(ferry?.articles.find((entry) => entry.id === 'ferry-1')?.title ?? '', /night ferry/);
  assert.deepEqual(stories.flatMap((story) => story.articles).sort(), [
    'ferry-1',
    'ferry-2',
    'storm-1',
    'storm-2',
  ]);

  const clustered = clusterArticles([...ALL, REUSED_ID]);
  assert.deepEqual(clustered.problems, problems);
  assert.equal(clustered.assignments.length, 4);
});

test('an exact repeat (same id, same text) is dropped without a problem: the article counts once', () => {
  const repeat = { ...FERRY_HERALD, source: 'mirror/ferry-2.txt' };
  const { stories, reports, problems } = analyzeArticles([...ALL, repeat, STORM_POST]);
  assert.deepEqual(problems, []);
  assert.deepEqual(stories.flatMap((story) => story.articles).sort(), [
    'ferry-1',
    'ferry-2',
    'storm-1',
    'storm-2',
  ]);
  assert.deepEqual(outlets(reports), [
    ['Courier', 'Herald'],
    ['Gazette', 'Post'],
  ]);
  const herald = reports.flatMap((report) => report.articles).filter((entry) => entry.id === 'ferry-2');
  assert.deepEqual(
    herald.map((entry) => entry.source),
    ['herald/ferry-2.txt'],
  );
});

test('the first article under an id in input order is kept, even when a later one is dated earlier', () => {
  // Clustering streams articles by date; the id check must run on input order, before that sort.
  const earlier = {
    ...REUSED_ID,
    id: 'storm-2',
    published: '2026-11-17T06:00:00Z',
    source: 'wire/early.txt',
  };
  const { reports, problems } = analyzeArticles([...ALL, earlier]);
  assert.deepEqual(
    problems.map((problem) => problem.source),
    ['wire/early.txt'],
  );
  const kept = reports.flatMap((report) => report.articles).find((entry) => entry.id === 'storm-2');
  assert.equal(kept?.source, 'post/storm-2.txt');

  const reversed = analyzeArticles([earlier, ...ALL]);
  assert.deepEqual(
    reversed.problems.map((problem) => problem.source),
    ['post/storm-2.txt'],
  );
});

test('reportStory refuses two different articles under one of its ids instead of showing one of them', () => {
  const [story] = clusterArticles([FERRY_COURIER, FERRY_HERALD]).stories;
  assert.ok(story);
  assert.throws(
    () => reportStory(story, [FERRY_COURIER, FERRY_HERALD, REUSED_ID]),
    (error: unknown) =>
      error instanceof UsageError && error.code === 'duplicate-id' && /ferry-1/.test(error.message),
  );
  const once = reportStory(story, [FERRY_COURIER, FERRY_HERALD, FERRY_HERALD, STORM_GAZETTE]);
  assert.deepEqual(
    once.articles.map((entry) => entry.id),
    ['ferry-1', 'ferry-2'],
  );
});

void test('processInput refuses an input of the wrong shape with an InputError naming its source', () => {
  const bad: [unknown, RegExp][] = [
    [null, /expected an input object/],
    [
      { source: 'ledger.txt', format: 'text', text: 42 },
      /ledger\.txt: `text` must be a string, got a number \(42\)/,
    ],
    [{ source: 'ledger.html', format: 'html', html: ['<p>'] }, /ledger\.html: `html` must be a string/],
    [
      { source: 'ledger.txt', format: 'text', text: 'x', id: '' },
      /ledger\.txt: `id` must be a non-empty string/,
    ],
    [{ source: 'ledger.txt', format: 'text', text: 'x', id: 'a\u0000b' }, /ledger\.txt: `id` .*NUL/],
    [{ format: 'text', text: 'x' }, /`source` must be a string/],
    [{ source: 'ledger.txt', format: 'text' }, /ledger\.txt: needs `text` or `html`, got neither/],
    [
      { source: 'ledger.pdf', format: 'pdf', text: 'x' },
      /ledger\.pdf: `format` must be "text", "html" or "jsonl"/,
    ],
  ];
  for (const [input, message] of bad) {
    assert.throws(
      () => processInput(input as RawInput),
      (error: unknown) =>
        error instanceof InputError && error.code === 'invalid-input' && message.test(error.message),
      JSON.stringify(input),
    );
  }
  assert.equal(
    processInput({ source: 'ok.txt', format: 'text', text: 'Gull Island ferry runs.' }).source,
    'ok.txt',
  );
});

void test('analyzeArticles given raw inputs instead of processed articles says so, naming the input', () => {
  const raw = { source: 'gazette/kellsby.txt', format: 'text', text: 'Storm shuts Kellsby path.' };
  for (const [given, message] of [
    [[raw], /analyzeArticles: article 0 \(gazette\/kellsby\.txt\) is not a processed article/],
    [null, /analyzeArticles: expected an array of articles, got null/],
  ] as const) {
    assert.throws(
      () => analyzeArticles(given as unknown as Article[]),
      (error: unknown) =>
        error instanceof UsageError && error.code === 'bad-argument' && message.test(error.message),
    );
  }
});

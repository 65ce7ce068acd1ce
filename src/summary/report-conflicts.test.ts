import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, Citation, Conflict } from '../model/index.js';
import { reportConflict, reportConflicts } from './report-conflicts.js';
import { createTestArticle } from './test-articles.test-helper.js';

const gazette = createTestArticle(
  'Inspectors found 12 leaks in the Orrin aqueduct on Monday. The water board will meet on Friday.',
  { id: 'gazette', outlet: 'Orrin Gazette', published: '2026-03-02' },
);
const herald = createTestArticle(
  'Nineteen leaks were found in the Orrin aqueduct, inspectors said. Repairs will start in May.',
  { id: 'herald', outlet: 'Vell Herald', published: '2026-03-02' },
);

/** The citation of a value inside sentence `sentence` of `article`, as compare gives it. */
function valueAt(article: Article, sentence: number, value: string): Citation {
  const start = article.text.indexOf(value);
  return { article: article.id, sentence, start, end: start + value.length };
}

function sentenceCite(article: Article, sentence: number): Citation {
  const span = article.sentences[sentence];
  assert.ok(span);
  return { article: article.id, sentence, start: span.start, end: span.end };
}

function leaksConflict(later: Article = herald): Conflict {
  return {
    kind: 'number',
    about: 'how many leaks',
    sides: [
      { value: '12 leaks', articles: ['gazette'], citations: [valueAt(gazette, 0, '12 leaks')] },
      { value: 'Nineteen leaks (19)', articles: [later.id], citations: [valueAt(later, 0, 'leaks')] },
    ],
  };
}

test('two summary sentences on different sides of a conflict: the first stays, the disagreement is reported', () => {
  const chosen = [
    { name: 'gazette lead', citations: [sentenceCite(gazette, 0)] },
    { name: 'board meeting', citations: [sentenceCite(gazette, 1)] },
    { name: 'herald lead', citations: [sentenceCite(herald, 0)] },
  ];
  const { kept, reports } = reportConflicts(chosen, [leaksConflict()], [gazette, herald]);
  assert.deepEqual(
    kept.map((item) => item.name),
    ['gazette lead', 'board meeting'],
  );
  assert.equal(reports.length, 1);
  assert.equal(
    reports[0]?.text,
    'Reports differ on how many leaks: 12 leaks (Orrin Gazette) or nineteen leaks (Vell Herald).',
  );
  assert.deepEqual(
    reports[0]?.citations.map((citation) => citation.article),
    ['gazette', 'herald'],
  );
});

test('a conflict the summary does not rest on, or a date conflict, adds nothing', () => {
  const chosen = [{ citations: [sentenceCite(herald, 1)] }];
  assert.deepEqual(reportConflicts(chosen, [leaksConflict()], [gazette, herald]).reports, []);
  const dated: Conflict = { ...leaksConflict(), kind: 'date', about: 'day or date' };
  const touching = [{ citations: [sentenceCite(gazette, 0)] }];
  assert.deepEqual(reportConflicts(touching, [dated], [gazette, herald]).reports, []);
});

test('a later report that says the figure has risen is an update, told in time order, not a dispute', () => {
  const update = createTestArticle(
    'The number of leaks found in the Orrin aqueduct has risen to 19, the water board said on Tuesday.',
    { id: 'update', outlet: 'Vell Herald', published: '2026-03-03' },
  );
  const chosen = [{ citations: [sentenceCite(gazette, 0)] }, { citations: [sentenceCite(update, 0)] }];
  const conflict: Conflict = {
    ...leaksConflict(),
    sides: [
      { value: '12 leaks', articles: ['gazette'], citations: [valueAt(gazette, 0, '12 leaks')] },
      { value: '19', articles: ['update'], citations: [valueAt(update, 0, '19')] },
    ],
  };
  const result = reportConflicts(chosen, [conflict], [gazette, update]);
  assert.equal(result.kept.length, 2);
  assert.deepEqual(result.reports, []);
});

test('a dispute sentence counts the articles of an unnamed outlet and lower-cases a hedge that opened its sentence', () => {
  const first = createTestArticle('Around 1,500 nurses walked out on Monday.', { id: 'first' });
  const second = createTestArticle('About 1,200 nurses walked out on Monday.', { id: 'second' });
  const third = createTestArticle('Union bosses pulled 1,200 nurses out on Monday.', { id: 'third' });
  const conflict: Conflict = {
    kind: 'number',
    about: 'how many nurses',
    sides: [
      {
        value: 'Around 1,500 nurses',
        articles: ['first'],
        citations: [valueAt(first, 0, 'Around 1,500 nurses')],
      },
      {
        value: '1,200 nurses',
        articles: ['second', 'third'],
        citations: [valueAt(second, 0, '1,200 nurses'), valueAt(third, 0, '1,200 nurses')],
      },
    ],
  };
  assert.equal(
    reportConflict(conflict, [first, second, third]).text,
    'Reports differ on how many nurses: around 1,500 nurses (one article) or 1,200 nurses (two articles).',
  );
  const named = { ...third, outlet: 'Northwind Daily' };
  assert.equal(
    reportConflict(conflict, [first, second, named]).text,
    'Reports differ on how many nurses: around 1,500 nurses (one article) or 1,200 nurses (Northwind Daily and one other article).',
  );
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, Citation, Conflict } from '../model/index.js';
import {
  claimantOf,
  disputeHeadline,
  disputedConflicts,
  reportConflict,
  reportConflicts,
} from './report-conflicts.js';
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

test('figures every outlet gives, from different sources of its own, are no dispute between the outlets', () => {
  // Both papers report the organisers' and the police's count; compare sided them by the figure each sentence
  // happened to give first, which would have the summary credit one paper with each count.
  const post = createTestArticle(
    'Organisers said about 8,000 people joined the march in Tarrow. Police put the number at 2,500.',
    { id: 'post', outlet: 'Tarrow Post', published: '2026-05-02' },
  );
  const times = createTestArticle(
    'The march crossed the old bridge at noon. Organisers counted 8,000 marchers; police said 2,500 people took part.',
    { id: 'times', outlet: 'Vell Times', published: '2026-05-02' },
  );
  const crowd: Conflict = {
    kind: 'number',
    about: 'how many people',
    sides: [
      {
        value: 'about 8,000 people',
        articles: ['post'],
        citations: [valueAt(post, 0, 'about 8,000 people')],
      },
      { value: '2,500 people', articles: ['times'], citations: [valueAt(times, 1, '2,500 people')] },
    ],
  };
  const chosen = [{ citations: [sentenceCite(post, 0), sentenceCite(times, 1)] }];
  const { kept, reports } = reportConflicts(chosen, [crowd], [post, times]);
  assert.equal(kept.length, 1);
  assert.deepEqual(reports, []);
  assert.deepEqual(disputedConflicts([crowd], [post, times]), []);
  // Where one outlet gives only its own figure, the outlets do disagree.
  const lone = createTestArticle('Organisers said about 8,000 people joined the march in Tarrow.', {
    id: 'post',
    outlet: 'Tarrow Post',
  });
  assert.equal(disputedConflicts([crowd], [lone, times]).length, 1);
  assert.equal(reportConflicts(chosen, [crowd], [lone, times]).reports.length, 1);
});

test('sides that give one figure in different senses ("20 percent higher risk" / "20 percent chance") stay a dispute', () => {
  const study = createTestArticle(
    'Heavy users of the Orrin sweetener had a 20 percent higher risk of gout.',
    {
      id: 'study',
      outlet: 'Orrin Gazette',
    },
  );
  const tabloid = createTestArticle('Sweetener fans face a 20 percent chance of gout.', {
    id: 'tabloid',
    outlet: 'Vell Herald',
  });
  const conflict: Conflict = {
    kind: 'number',
    about: 'whether 20 percent is a rise in the risk of gout (relative) or the chance of it (absolute)',
    sides: [
      {
        value: '20 percent higher risk',
        articles: ['study'],
        citations: [valueAt(study, 0, '20 percent higher risk')],
      },
      {
        value: '20 percent chance',
        articles: ['tabloid'],
        citations: [valueAt(tabloid, 0, '20 percent chance')],
      },
    ],
  };
  assert.deepEqual(disputedConflicts([conflict], [study, tabloid]), [conflict]);
});

test('a day in dispute is named by the event every side tells it for ("the day of the talks"), else "the day"', () => {
  const post = createTestArticle(
    'Minister Ada Vell invited both unions to talks at the ministry on Wednesday. The ferries stayed in port.',
    { id: 'post', outlet: 'Orrin Post', published: '2026-03-02' },
  );
  const ledger = createTestArticle(
    'Minister Ada Vell has called both unions to talks at the ministry on Thursday. Pickets stayed at the gates.',
    { id: 'ledger', outlet: 'Vell Ledger', published: '2026-03-02' },
  );
  const said = createTestArticle('The minister said on Thursday that the ferries would sail.', {
    id: 'said',
    outlet: 'Vell Herald',
    published: '2026-03-02',
  });
  const dayConflict = (second: Article, day: string): Conflict => ({
    kind: 'date',
    about: 'day or date',
    sides: [
      { value: 'on Wednesday', articles: ['post'], citations: [valueAt(post, 0, 'on Wednesday')] },
      { value: `on ${day}`, articles: [second.id], citations: [valueAt(second, 0, `on ${day}`)] },
    ],
  });
  assert.equal(
    reportConflict(dayConflict(ledger, 'Thursday'), [post, ledger]).text,
    'Reports differ on the day of the talks: on Wednesday (Orrin Post) or on Thursday (Vell Ledger).',
  );
  // One side names no event ("the minister said on Thursday"): the day stays unnamed.
  assert.equal(
    reportConflict(dayConflict(said, 'Thursday'), [post, said]).text,
    'Reports differ on the day: on Wednesday (Orrin Post) or on Thursday (Vell Herald).',
  );
});

test("counts given on different sources are reported as the sources' dispute, each outlet on every side it tells", () => {
  const echo = createTestArticle(
    'Organisers said 12,000 people marched through Tarnby on Sunday. Police put the crowd at about 3,000.',
    { id: 'echo', outlet: 'Tarnby Echo', published: '2029-06-03' },
  );
  const courier = createTestArticle(
    'About 3,000 people marched through Tarnby on Sunday, police said. The depot closes in May.',
    { id: 'courier', outlet: 'Lusk Courier', published: '2029-06-03' },
  );
  const crowd: Conflict = {
    kind: 'number',
    about: 'how many people',
    sides: [
      { value: '12,000 people', articles: ['echo'], citations: [valueAt(echo, 0, '12,000 people')] },
      {
        value: 'About 3,000 people',
        articles: ['courier'],
        citations: [valueAt(courier, 0, 'About 3,000 people')],
      },
    ],
  };
  const report = reportConflict(crowd, [echo, courier]);
  assert.equal(
    report.text,
    'Sources differ on how many people: 12,000 people according to organisers (Tarnby Echo) or about 3,000 ' +
      'people according to police (Lusk Courier and Tarnby Echo).',
  );
  assert.deepEqual(
    report.citations.map((citation) => `${citation.article}:${citation.sentence}`),
    ['echo:0', 'courier:0', 'echo:1'],
  );
  // One source on both sides, or a side with none, is the outlets' dispute as before.
  const unsourced: Conflict = {
    ...crowd,
    sides: [
      crowd.sides[0] as Conflict['sides'][number],
      { ...leaksConflict().sides[0]!, value: '9,000 people' },
    ],
  };
  assert.match(reportConflict(unsourced, [echo, gazette]).text, /^Reports differ on how many people/);
});

test('a source is named as written: a common noun that opened its sentence lower-cased, a name kept', () => {
  assert.equal(claimantOf('Organisers said 12,000 people marched through Tarnby.'), 'organisers');
  assert.equal(claimantOf('About 3,000 people marched, police said, fewer than expected.'), 'police');
  assert.equal(claimantOf('Varga said 12,000 people marched through Tarnby.'), 'Varga');
  assert.equal(
    claimantOf('At least 50 people were held, according to the marchers’ lawyers.'),
    'marchers’ lawyers',
  );
  assert.equal(claimantOf('About 3,000 people marched through Tarnby on Sunday.'), undefined);
  assert.equal(claimantOf('He said 3,000 people marched.'), undefined);
});

test('a sum in dispute is "the amount", its currency in the sides; a count of what happened to people reads as a clause', () => {
  const fund = createTestArticle('Auditors found that $3.2 million was missing from the Orrin relief fund.', {
    id: 'fund',
    outlet: 'Orrin Gazette',
  });
  const echo = createTestArticle('The auditors put the shortfall in the Orrin relief fund at $4.1 million.', {
    id: 'echo',
    outlet: 'Vell Herald',
  });
  const sum: Conflict = {
    kind: 'number',
    about: 'how many dollars',
    sides: [
      { value: '$3.2 million', articles: ['fund'], citations: [valueAt(fund, 0, '$3.2 million')] },
      { value: '$4.1 million', articles: ['echo'], citations: [valueAt(echo, 0, '$4.1 million')] },
    ],
  };
  assert.equal(
    reportConflict(sum, [fund, echo]).text,
    'Reports differ on the amount: $3.2 million (Orrin Gazette) or $4.1 million (Vell Herald).',
  );
  assert.equal(disputeHeadline(sum).text, 'Reports differ on the amount in dollars');
  const arrests: Conflict = { ...sum, about: 'how many people arrested' };
  assert.match(
    reportConflict(arrests, [fund, echo]).text,
    /^Reports differ on how many people were arrested: /,
  );
  // Any other count keeps compare's words.
  assert.match(
    reportConflict({ ...sum, about: 'how many cracks' }, [fund, echo]).text,
    /^Reports differ on how many cracks: /,
  );
});

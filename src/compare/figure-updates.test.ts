/**
 * A figure that a later report updates ("has risen to seven" a day after "four people have died") is marked as an
 * update on the conflict; the same difference on one day, or without a word of change, stays a dispute.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Conflict } from '../model/index.js';
import { compareStory } from './index.js';
import { buildArticle, buildStory, type ArticleSpec } from './story-fixture.test-helper.js';

const EARLY: ArticleSpec = {
  id: 'courier',
  outlet: 'Tarnby Courier',
  published: '2026-03-02T08:00:00Z',
  text: 'Four people have died in the floods along the river Lenn, the regional emergency service said. The river burst its banks at Oster on Sunday night.',
};
const later = (text: string, published: string): ArticleSpec => ({
  id: 'radio',
  outlet: 'Lenn Valley Radio',
  published,
  text: `${text} The river burst its banks at Oster on Sunday night.`,
});

function numberConflict(...specs: ArticleSpec[]): Conflict | undefined {
  const articles = specs.map((spec) => buildArticle(spec));
  return compareStory(buildStory(articles), articles).conflicts.find(
    (conflict) => conflict.kind === 'number',
  );
}

test('a later report that says the figure has risen marks its side as the latest', () => {
  const conflict = numberConflict(
    EARLY,
    later(
      'The number of people who have died in the floods along the river Lenn has risen to seven, the regional emergency service said.',
      '2026-03-03T09:00:00Z',
    ),
  );
  assert.ok(conflict, 'the two figures are found');
  assert.equal(conflict.sides[conflict.latest ?? -1]?.articles[0], 'radio');
});

test('the same difference on the same day, or with no word of change, is a dispute', () => {
  const sameDay = numberConflict(
    EARLY,
    later(
      'The number of people who have died in the floods along the river Lenn has risen to seven, the regional emergency service said.',
      '2026-03-02T15:00:00Z',
    ),
  );
  assert.ok(sameDay);
  assert.equal(sameDay.latest, undefined);
  const noChange = numberConflict(
    EARLY,
    later(
      'Seven people have died in the floods along the river Lenn, the regional emergency service said.',
      '2026-03-03T09:00:00Z',
    ),
  );
  assert.ok(noChange);
  assert.equal(noChange.latest, undefined);
});

test("an outlet's own later report that says its figure has risen is an update; without a word of change, nothing", () => {
  const own = (text: string): ArticleSpec => ({
    ...later(text, '2026-03-03T09:00:00Z'),
    outlet: 'Tarnby Courier',
  });
  const update = numberConflict(
    EARLY,
    own(
      'The number of people who have died in the floods along the river Lenn has risen to seven, the regional emergency service said.',
    ),
  );
  assert.ok(update, 'the update is found across two reports of one outlet');
  assert.equal(update.sides[update.latest ?? -1]?.articles[0], 'radio');
  assert.equal(
    numberConflict(
      EARLY,
      own('Seven people have died in the floods along the river Lenn, the regional emergency service said.'),
    ),
    undefined,
    'one outlet is not in dispute with itself',
  );
});

test('a later report giving the new figure beside the old ("up from its earlier estimate of 12,000") is an update', () => {
  const earlier: ArticleSpec = {
    id: 'courier',
    outlet: 'Tarnby Courier',
    published: '2026-11-04T08:00:00Z',
    text: 'The regional environment agency estimated that 12,000 litres of solvent had escaped into the drainage channel behind the works. The river was closed to fishing.',
  };
  for (const wording of ['up from its earlier estimate of 12,000', 'up from about 12,000']) {
    const conflict = numberConflict(
      earlier,
      later(
        `The environment agency now estimates that about 15,000 litres of solvent escaped into the drainage channel behind the works, ${wording}.`,
        '2026-11-06T09:00:00Z',
      ),
    );
    assert.ok(conflict, wording);
    assert.equal(conflict.sides[conflict.latest ?? -1]?.value, 'about 15,000 litres', wording);
  }
});

test('a later running total ("has burned 3,400 hectares since it started", "so far") is an update over days', () => {
  const agency: ArticleSpec = {
    id: 'agency',
    outlet: 'Caldera News Agency',
    published: '2031-08-15T17:40:00Z',
    text: 'The wildfire on Tallis Ridge had burned 850 hectares of forest and scrub by late afternoon, the regional fire service said. Roads to Hesketh were closed.',
  };
  for (const wording of [
    'The wildfire on Tallis Ridge has burned 3,400 hectares of forest and scrub since it started on Friday, the regional fire service said.',
    'So far the wildfire on Tallis Ridge has burned 3,400 hectares of forest and scrub, the regional fire service said.',
  ]) {
    const conflict = numberConflict(agency, {
      id: 'post',
      outlet: 'Norrin Evening Post',
      published: '2031-08-17T19:30:00Z',
      text: `${wording} Roads to Hesketh were closed.`,
    });
    assert.ok(conflict, wording);
    assert.equal(conflict.sides[conflict.latest ?? -1]?.articles[0], 'post', wording);
  }
});

test('"since" that dates no running total ("since Friday, the service said 3,400") gives no update', () => {
  const conflict = numberConflict(
    {
      id: 'agency',
      outlet: 'Caldera News Agency',
      published: '2031-08-15T17:40:00Z',
      text: 'The wildfire on Tallis Ridge burned 850 hectares of forest and scrub, the regional fire service said. Roads to Hesketh were closed.',
    },
    {
      id: 'post',
      outlet: 'Norrin Evening Post',
      published: '2031-08-17T19:30:00Z',
      text: 'The wildfire on Tallis Ridge burned 3,400 hectares of forest and scrub, the regional fire service said, its first figure since Friday. Roads to Hesketh were closed.',
    },
  );
  assert.ok(conflict);
  assert.equal(conflict.latest, undefined);
});

const BLOG: ArticleSpec = {
  id: 'blog',
  outlet: 'Quillpost',
  published: '2027-03-08T19:00:00Z',
  text: [
    'Update, March 9: Fennick Health confirmed the breach on Tuesday and put the number of stolen records at 2.3 million, saying the earlier count included duplicates.',
    'Attackers have stolen more than 3 million patient records from Fennick Health, Quillpost has learned.',
  ].join('\n\n'),
};
const WIRE: ArticleSpec = {
  id: 'wire',
  outlet: 'Brannock Wire',
  published: '2027-03-09T11:00:00Z',
  text: 'Fennick Health said on Tuesday that hackers had stolen 2.3 million patient records from one of its servers.',
};

test("an outlet's own update note takes it off the figure it revised: no dispute is left", () => {
  const conflict = numberConflict(BLOG, WIRE);
  assert.equal(conflict, undefined, JSON.stringify(conflict?.sides));
});

test('an outlet that revised its figure stands on its new figure in a dispute with a third', () => {
  const conflict = numberConflict(BLOG, WIRE, {
    id: 'tabloid',
    outlet: 'Daily Clang',
    published: '2027-03-10T08:00:00Z',
    text: 'Shambolic Fennick Health let cybercriminals steal 5 million patient records from one of its servers.',
  });
  assert.ok(conflict);
  assert.deepEqual(conflict.sides.map((side) => [...side.articles].sort()).sort(), [
    ['blog', 'wire'],
    ['tabloid'],
  ]);
});

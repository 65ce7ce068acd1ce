/**
 * Counts of one crowd under different nouns: "about 3,000 people marched" and "5,000 protesters marched" count
 * the same marchers, so the outlets disagree; "3,000 police" and "5,000 protesters" count two groups. All
 * articles are invented (Brenn, the Tolva hospital, the Brenn Gazette and the Marl Echo do not exist).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Conflict } from '../model/index.js';
import { compareStory } from './index.js';
import { buildArticle, buildStory, type ArticleSpec } from './story-fixture.test-helper.js';

function numberConflicts(a: string, b: string): Conflict[] {
  const specs: ArticleSpec[] = [
    { id: 'gazette', outlet: 'Brenn Gazette', text: a },
    { id: 'echo', outlet: 'Marl Echo', text: b },
  ];
  const articles = specs.map((spec) => buildArticle(spec));
  return compareStory(buildStory(articles), articles).conflicts.filter(
    (conflict) => conflict.kind === 'number',
  );
}

const GAZETTE =
  'About 3,000 people marched through Brenn on Saturday against the closure of the Tolva hospital. ' +
  'The march ended at the town hall, where the council met in the evening.';

describe('counts of one crowd under different nouns', () => {
  it('"about 3,000 people marched" and "5,000 protesters marched" conflict', () => {
    const conflicts = numberConflicts(
      GAZETTE,
      'Organisers said 5,000 protesters marched through Brenn on Saturday to save the Tolva hospital. ' +
        'The council met in the evening.',
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    const values = conflicts[0]?.sides.map((side) => side.value).sort();
    assert.deepEqual(values, ['5,000 protesters', 'About 3,000 people']);
  });

  it('demonstrators and residents told in sentences worded apart still meet on the verb', () => {
    const conflicts = numberConflicts(
      'Roughly 1,200 demonstrators gathered outside the Tolva hospital in Brenn on Saturday morning.',
      'The Tolva hospital has served Brenn for ninety years. ' +
        'On Saturday 2,500 residents gathered at its gates, carrying candles and banners.',
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
  });

  it('police and protesters are two groups, even at one march', () => {
    const conflicts = numberConflicts(
      'About 3,000 police lined the route as the march passed through Brenn on Saturday.',
      'Some 5,000 protesters marched through Brenn on Saturday, watched by police along the route.',
    );
    assert.deepEqual(conflicts, []);
  });

  it('people doing different things are not one count', () => {
    const conflicts = numberConflicts(
      'About 3,000 people signed a petition to keep the Tolva hospital in Brenn open.',
      'On Saturday 5,000 protesters marched through Brenn to keep the Tolva hospital open.',
    );
    assert.deepEqual(conflicts, []);
  });

  it('figures that agree as ranges do not conflict', () => {
    const conflicts = numberConflicts(
      GAZETTE,
      'Some 3,100 protesters marched through Brenn on Saturday against the closure of the Tolva hospital.',
    );
    assert.deepEqual(conflicts, []);
  });
});

/**
 * Sums of money told two ways in aligned sentences: a tabloid's "The damage bill could top 60 million crowns" and
 * an evening paper's "estimated the damage at as much as 40 million crowns" are one estimate of one thing, the
 * damage, given two figures. All articles are invented (Brenmoor, the Daily Flare and the Norrin Evening Post do
 * not exist).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Conflict } from '../model/index.js';
import { compareStory } from './index.js';
import { buildArticle, buildStory, type ArticleSpec } from './story-fixture.test-helper.js';

const OPENING =
  'A wildfire on Tallis Ridge destroyed homes near Brenmoor and reached the edge of Oxley, the regional fire service said.';

function numberConflicts(a: string, b: string): Conflict[] {
  const specs: ArticleSpec[] = [
    { id: 'flare', outlet: 'The Daily Flare', text: `${OPENING} ${a}` },
    { id: 'post', outlet: 'Norrin Evening Post', text: `${OPENING} ${b}` },
  ];
  const articles = specs.map((spec) => buildArticle(spec));
  return compareStory(buildStory(articles), articles).conflicts.filter(
    (conflict) => conflict.kind === 'number',
  );
}

describe('two sums of one currency for one thing', () => {
  it('"could top 60 million crowns" and "as much as 40 million crowns" of damage conflict', () => {
    const conflicts = numberConflicts(
      'The damage bill could top 60 million crowns, insiders claim.',
      'The regional government estimated the damage at as much as 40 million crowns, including 60 homes destroyed.',
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    assert.deepEqual(conflicts[0]?.sides.map((side) => side.value).sort(), [
      '60 million crowns',
      'as much as 40 million crowns',
    ]);
  });

  it('"as much as 40 million crowns" allows "about 38 million crowns": no conflict', () => {
    const conflicts = numberConflicts(
      'Insurers put the damage at about 38 million crowns.',
      'The regional government estimated the damage at as much as 40 million crowns, including 60 homes destroyed.',
    );
    assert.deepEqual(conflicts, []);
  });

  it('sums of the same currency for different things, named by no word in common, do not conflict', () => {
    const conflicts = numberConflicts(
      'The regional government has set aside 60 million crowns to rebuild the Oxley road.',
      'Insurers estimated the damage at as much as 40 million crowns.',
    );
    assert.deepEqual(conflicts, []);
  });

  it('sums written with a currency sign are counted in that currency: "how many dollars", not "how many million"', () => {
    const conflicts = numberConflicts(
      'Insurers put the damage at $60 million.',
      'Insurers put the damage at $40 million, the regional government said.',
    );
    assert.deepEqual(
      conflicts.map((conflict) => conflict.about),
      ['how many dollars'],
    );
  });
});

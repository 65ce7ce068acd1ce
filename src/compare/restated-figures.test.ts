/**
 * A figure in brackets right after another figure restates it in another currency or unit ("$US2 million
 * ($3.04 million)", "90 million crowns (about €8 million)"): it is the same amount, not a second figure to
 * set against another outlet's. All outlets, places and amounts are invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareStory } from './index.js';
import { buildArticle, buildStory, type ArticleSpec } from './story-fixture.test-helper.js';

function numberConflicts(...specs: ArticleSpec[]): string[][] {
  const articles = specs.map((spec) => buildArticle(spec));
  return compareStory(buildStory(articles), articles)
    .conflicts.filter((conflict) => conflict.kind === 'number')
    .map((conflict) => conflict.sides.map((side) => side.value).sort());
}

const COURIER: ArticleSpec = {
  id: 'courier',
  outlet: 'Tarnby Courier',
  text: 'A fire gutted the old chapel on the harbour road in Tarnby on Friday night. Damage to the chapel was estimated at $2 million, the fire service said.',
};

describe('a figure restated in brackets', () => {
  it('"$US2 million ($3.04 million)" agrees with "$2 million"', () => {
    for (const restated of ['$US2 million ($3.04 million)', '$US2 million (about A$3.04 million)']) {
      const post: ArticleSpec = {
        id: 'post',
        outlet: 'Fenmouth Post',
        text: `A fire destroyed the old chapel on the harbour road in Tarnby on Friday night. Damage to the chapel was estimated at ${restated}, the fire service said.`,
      };
      assert.deepEqual(numberConflicts(COURIER, post), [], restated);
    }
  });

  it('a different figure in the same place still disagrees', () => {
    const post: ArticleSpec = {
      id: 'post',
      outlet: 'Fenmouth Post',
      text: 'A fire destroyed the old chapel on the harbour road in Tarnby on Friday night. Damage to the chapel was estimated at $3 million, the fire service said.',
    };
    assert.equal(numberConflicts(COURIER, post).length, 1);
  });
});

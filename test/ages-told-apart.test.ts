/**
 * A person's age told in the forms outlets use besides "Hesse, 62,": "the 61-year-old" standing for the person
 * named just before, "61-year-old Karl Hesse", "Karl Hesse, a 61-year-old ...". The court case, people and outlets
 * are invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareStory, processInput } from '../src/index.js';
import type { Conflict } from '../src/model/index.js';

const ECHO =
  'Harbour director gets six years\n\nKarl Hesse, 62, was jailed for six years on Wednesday for taking bribes.\n\n' +
  'His lawyer said he would appeal.';

function ageConflicts(courier: string, echo = ECHO): Conflict[] {
  const articles = [
    { id: 'courier', outlet: 'Tarn Courier', text: courier },
    { id: 'echo', outlet: 'Marl Echo', text: echo },
  ].map((spec) =>
    processInput({ source: `${spec.id}.txt`, format: 'text', published: '2031-06-12T09:00:00Z', ...spec }),
  );
  const story = {
    id: 'hesse',
    articles: articles.map((article) => article.id),
    copies: [],
    timeline: articles.map((article) => ({ article: article.id })),
    merged: [],
  };
  return compareStory(story, articles).conflicts.filter((conflict) => conflict.about.startsWith('age of'));
}

const values = (conflicts: readonly Conflict[]): string[][] =>
  conflicts.map((conflict) => conflict.sides.map((side) => side.value).sort());

describe('ages told in other forms', () => {
  it('"The 61-year-old showed no emotion" after Karl Hesse is his age', () => {
    const conflicts = ageConflicts(
      'Harbour boss jailed\n\nFormer harbour director Karl Hesse was jailed for six years on Wednesday.\n\n' +
        'The 61-year-old showed no emotion as the verdict was read in Vell.',
    );
    assert.deepEqual(values(conflicts), [['61', '62']]);
  });

  it('"61-year-old Karl Hesse" and "Karl Hesse, a 61-year-old" are his age', () => {
    for (const text of [
      'Harbour boss jailed\n\nFormer harbour director 61-year-old Karl Hesse was jailed for six years on Wednesday.',
      'Harbour boss jailed\n\nKarl Hesse, a 61-year-old former harbour director, was jailed for six years on Wednesday.',
    ]) {
      assert.deepEqual(values(ageConflicts(text)), [['61', '62']], text);
    }
  });

  it('"the 61-year-old driver" may be someone else, and the same age is no conflict', () => {
    assert.deepEqual(
      ageConflicts(
        'Harbour boss jailed\n\nFormer harbour director Karl Hesse was jailed for six years on Wednesday.\n\n' +
          'The 61-year-old driver who took him to court was not named.',
      ),
      [],
    );
    assert.deepEqual(
      ageConflicts(
        'Harbour boss jailed\n\nFormer harbour director Karl Hesse was jailed for six years on Wednesday.\n\n' +
          'The 62-year-old showed no emotion as the verdict was read in Vell.',
      ),
      [],
    );
  });
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { numberConflictsBetween as numberConflicts } from './story-fixture.test-helper.js';

const lead = 'The Brenn rail strike planned for Thursday was called off after an overnight deal.';

test('two percentages of one thing conflict whatever verb comes before them ("gives a 5.5 percent raise" / "agreed a 6 percent raise")', () => {
  const conflicts = numberConflicts(
    `${lead} The agreement gives drivers a 5.5 percent raise over two years, union secretary Hanne Voss said.`,
    `${lead} Under the agreement the company and the drivers agreed a 6 percent raise over two years, union secretary Hanne Voss said.`,
  );
  assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
  assert.deepEqual(conflicts[0]?.sides.map((side) => side.value).sort(), ['5.5 percent', '6 percent']);
});

test('percentages of different things do not ("a 5.5 percent raise" / "6 percent of the vote")', () => {
  const conflicts = numberConflicts(
    `${lead} The agreement gives drivers a 5.5 percent raise over two years, union secretary Hanne Voss said.`,
    `${lead} Under the agreement the drivers won 6 percent of the vote over two years, union secretary Hanne Voss said.`,
  );
  assert.deepEqual(conflicts, []);
});

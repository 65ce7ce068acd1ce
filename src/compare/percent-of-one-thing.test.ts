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
  assert.equal(conflicts[0]?.about, 'raise', 'what the share is of, not "how many percent"');
});

test('percentages of different things do not ("a 5.5 percent raise" / "6 percent of the vote")', () => {
  const conflicts = numberConflicts(
    `${lead} The agreement gives drivers a 5.5 percent raise over two years, union secretary Hanne Voss said.`,
    `${lead} Under the agreement the drivers won 6 percent of the vote over two years, union secretary Hanne Voss said.`,
  );
  assert.deepEqual(conflicts, []);
});

test('a percentage of one named thing conflicts even in a sentence that says much else', () => {
  const conflicts = numberConflicts(
    `${lead} The agreement gives drivers a 5.5 percent raise over two years, union secretary Hanne Voss said. "It is a fair deal," Voss said.`,
    `${lead} A strike that would have halted all Brenn trains on Thursday was averted early Wednesday when the company and the drivers' union agreed a 6 percent raise over two years. "It is a fair deal," union secretary Hanne Voss said.`,
  );
  assert.deepEqual(
    conflicts.map((conflict) => conflict.sides.map((side) => side.value).sort()),
    [['5.5 percent', '6 percent']],
  );
});

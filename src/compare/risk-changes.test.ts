import assert from 'node:assert/strict';
import { test } from 'node:test';
import { numberConflictsBetween as numberConflicts } from './story-fixture.test-helper.js';

const lead = 'Researchers at Orlen University published a study of the sweetener tavisol on Monday.';

test('"doubles your risk" and "a 30 percent higher risk" of one disease conflict', () => {
  const conflicts = numberConflicts(
    `${lead} People who drank the most tavisol had a 30 percent higher risk of kidney stones than those who drank the least.`,
    `${lead} A sweetener found in fizzy drinks doubles your risk of kidney stones, scientists warn.`,
  );
  assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
  assert.deepEqual(conflicts[0]?.sides.map((side) => side.value).sort(), [
    '30 percent higher risk',
    'doubles your risk',
  ]);
  assert.match(conflicts[0]?.about ?? '', /risk of kidney stones/);
});

test('the same rise told in other words ("30 percent higher risk" / "30 percent greater risk") does not conflict', () => {
  const conflicts = numberConflicts(
    `${lead} People who drank the most tavisol had a 30 percent higher risk of kidney stones.`,
    `${lead} Heavy tavisol drinkers had a 30 percent greater risk of kidney stones, the team found.`,
  );
  assert.deepEqual(conflicts, []);
});

test('rises in the risk of two different diseases do not conflict', () => {
  const conflicts = numberConflicts(
    `${lead} People who drank the most tavisol had a 30 percent higher risk of kidney stones.`,
    `${lead} The same drinkers had double the risk of gout, a second analysis found.`,
  );
  assert.deepEqual(conflicts, []);
});

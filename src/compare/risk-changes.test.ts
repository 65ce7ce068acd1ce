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

const rise = `${lead} People who drank the most tavisol had a 30 percent higher risk of kidney stones than those who drank the least.`;

test('a relative rise retold as an absolute chance ("a 30 percent chance of getting the disease") conflicts, saying which is which', () => {
  for (const absolute of [
    `${lead} Heavy tavisol drinkers face a 30 percent chance of getting the painful condition, scientists say.`,
    `${lead} Heavy tavisol drinkers face a 30 percent chance of kidney stones, scientists say.`,
    `${lead} Heavy tavisol drinkers face a 30% risk of kidney stones, scientists say.`,
  ]) {
    const conflicts = numberConflicts(rise, absolute);
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    const conflict = conflicts[0];
    assert.match(conflict?.about ?? '', /relative/u);
    assert.match(conflict?.about ?? '', /absolute/u);
    assert.match(conflict?.about ?? '', /kidney stones/u);
    const values = conflict?.sides.map((side) => side.value) ?? [];
    assert.ok(
      values.some((value) => /30 percent higher risk/u.test(value)),
      values.join(' | '),
    );
    assert.ok(
      values.some((value) => /30(?: percent|%) (?:chance|risk)$/u.test(value)),
      values.join(' | '),
    );
    assert.deepEqual(
      conflict?.sides.map((side) => side.articles),
      [['gazette'], ['echo']],
    );
  }
});

test('"one in five" for a 20 percent rise is an absolute chance told for a relative one', () => {
  const conflicts = numberConflicts(
    `${lead} Heavy tavisol drinkers had a 20 percent higher risk of kidney stones.`,
    `${lead} Heavy tavisol drinkers now face a one-in-five chance of kidney stones.`,
  );
  assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
  assert.match(conflicts[0]?.about ?? '', /relative.*absolute|absolute.*relative/u);
});

test('the same relative rise in other words ("a fifth more likely to develop", "raises the risk by 20 percent") does not conflict', () => {
  const study = `${lead} Heavy tavisol drinkers had a 20 percent higher risk of kidney stones.`;
  for (const other of [
    `${lead} Heavy tavisol drinkers were a fifth more likely to develop kidney stones.`,
    `${lead} Heavy tavisol drinkers were 20 percent more likely to develop kidney stones.`,
    `${lead} Drinking the most tavisol raises the risk of kidney stones by 20 percent, the team found.`,
  ])
    assert.deepEqual(numberConflicts(study, other), [], other);
});

test('a rise told in other words with another figure ("twice as likely to develop") still conflicts', () => {
  const conflicts = numberConflicts(
    `${lead} Heavy tavisol drinkers had a 20 percent higher risk of kidney stones.`,
    `${lead} Heavy tavisol drinkers were twice as likely to develop kidney stones, the tabloid claimed.`,
  );
  assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
  assert.match(conflicts[0]?.about ?? '', /how much the risk of kidney stones rises/u);
});

test('an absolute chance with a figure no outlet gives as a rise is no relative-absolute conflict', () => {
  const conflicts = numberConflicts(
    `${lead} Heavy tavisol drinkers had a 20 percent higher risk of kidney stones.`,
    `${lead} Adults in Orlen have a 5 percent chance of kidney stones over their lives, the team said.`,
  );
  assert.deepEqual(conflicts, []);
});

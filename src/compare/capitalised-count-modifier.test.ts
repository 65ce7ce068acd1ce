import assert from 'node:assert/strict';
import { test } from 'node:test';
import { numberConflictsBetween as numberConflicts } from './story-fixture.test-helper.js';

const lead = 'The Varn harbour inquiry heard from the port authority on Tuesday.';

test('a name between a number and its noun is not what is counted ("two Harbour Ledger reporters" / "400 Harbour Ledger stories")', () => {
  const conflicts = numberConflicts(
    `${lead} The scandal was uncovered by two Harbour Ledger reporters who followed the money for a year.`,
    `${lead} The inquiry followed some 400 Harbour Ledger stories on the port contracts.`,
  );
  assert.deepEqual(conflicts, [], JSON.stringify(conflicts));
});

test('the same noun after the same name still conflicts, named by the noun ("two" / "three Harbour Ledger reporters")', () => {
  const conflicts = numberConflicts(
    `${lead} The scandal was uncovered by two Harbour Ledger reporters who followed the money for a year.`,
    `${lead} The scandal was uncovered by three Harbour Ledger reporters who followed the money for a year.`,
  );
  assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
  assert.equal(conflicts[0]?.about, 'how many reporters');
});

test('a capitalised plural is itself what is counted ("12 Democrats voted" / "14 Democrats voted")', () => {
  const conflicts = numberConflicts(
    `${lead} In the council vote, 12 Democrats voted for the contracts.`,
    `${lead} In the council vote, 14 Democrats voted for the contracts.`,
  );
  assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
  assert.equal(conflicts[0]?.about, 'how many Democrats');
});

/**
 * A running total ("To date, 14 towns have signed the compact", "so far") counts everything up to the time of
 * writing; a count told of one dated event ("Two coastal towns filed a challenge on Thursday") counts what
 * happened that day. They are two counts, not one count told two ways. Two running totals of one thing still
 * disagree. All places and outlets are invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { numberConflictsBetween as numberConflicts } from './story-fixture.test-helper.js';

const CHALLENGE =
  'Two coastal towns filed the first court challenge to the Varn river water compact on Thursday, saying it starves their wells. ' +
  'The compact sets how much water each town may draw from the Varn.';

describe('a running total and a count of one dated event', () => {
  it('"Two towns filed a challenge on Thursday" / "To date, 14 towns have signed the compact" do not conflict', () => {
    const conflicts = numberConflicts(
      CHALLENGE,
      'The court will hear the case in the spring. To date, 14 towns have signed the Varn river water compact.',
    );
    assert.deepEqual(conflicts, []);
  });

  it('two running totals of one thing still conflict', () => {
    const conflicts = numberConflicts(
      'The court will hear the case in the spring. So far, nine towns have signed the Varn river water compact.',
      'The court will hear the case in the spring. To date, 14 towns have signed the Varn river water compact.',
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
  });
});

/**
 * Counts of the seriously injured told in different words: "three with serious injuries", "three people were
 * taken to hospital with serious injuries", "two were seriously injured", "two seriously hurt". They are one
 * measure, kept apart from the count of all the injured ("eleven injured, two seriously"). All articles are
 * invented (Brenn, the Tolva road, the Brenn Gazette and the Marl Echo do not exist).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Conflict } from '../model/index.js';
import { numberConflictsBetween as numberConflicts } from './story-fixture.test-helper.js';

function sideValues(conflict: Conflict | undefined): string[] {
  return (conflict?.sides ?? []).map((side) => side.value).sort();
}

const ECHO =
  'Eleven passengers were hurt when a coach overturned on the Tolva road outside Brenn on Monday. ' +
  'Two were seriously injured and were flown to the Brenn infirmary.';

describe('counts of the seriously injured', () => {
  it('"three with serious injuries" and "two were seriously injured" conflict', () => {
    const conflicts = numberConflicts(
      'A coach overturned on the Tolva road outside Brenn on Monday, injuring eleven passengers, three with ' +
        'serious injuries. The three were flown to the Brenn infirmary.',
      ECHO,
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    assert.deepEqual(sideValues(conflicts[0]), ['Two (2)', 'three (3)']);
    assert.match(conflicts[0]?.about ?? '', /serious/);
  });

  it('"three people were taken to hospital with serious injuries" is the same measure', () => {
    const conflicts = numberConflicts(
      'A coach overturned on the Tolva road outside Brenn on Monday and eleven passengers were hurt. ' +
        'Three people were taken to the Brenn infirmary with serious injuries, the ambulance service said.',
      ECHO,
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    assert.deepEqual(sideValues(conflicts[0]), ['Three people (3)', 'Two (2)']);
  });

  it('"two seriously" after the injured count agrees with "two were seriously hurt"; "three seriously" not', () => {
    const other =
      'A coach overturned on the Tolva road outside Brenn on Monday. Eleven passengers were hurt and two were ' +
      'seriously hurt; both were flown to the Brenn infirmary.';
    const told = (seriously: string): string =>
      `Eleven passengers were injured, ${seriously} seriously, when a coach overturned on the Tolva road ` +
      'outside Brenn on Monday. They were flown to the Brenn infirmary.';
    assert.deepEqual(numberConflicts(told('two'), other), []);
    const conflicts = numberConflicts(told('three'), other);
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    assert.deepEqual(sideValues(conflicts[0]), ['three (3)', 'two (2)']);
  });

  it('"three severely injured" conflicts with "two seriously injured" in the lead', () => {
    const conflicts = numberConflicts(
      'Eleven passengers were hurt, three severely injured, when a coach overturned on the Tolva road outside ' +
        'Brenn on Monday.',
      'Eleven passengers were hurt and two seriously injured when a coach overturned on the Tolva road ' +
        'outside Brenn on Monday.',
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    assert.deepEqual(sideValues(conflicts[0]), ['three (3)', 'two (2)']);
  });

  it('the seriously injured are not all the injured: "five injured" and "two seriously injured" agree', () => {
    const conflicts = numberConflicts(
      'Five people were injured when a coach overturned on the Tolva road outside Brenn on Monday, police said.',
      'A coach overturned on the Tolva road outside Brenn on Monday. Two people were seriously injured, ' +
        'police said.',
    );
    assert.deepEqual(conflicts, []);
  });
});

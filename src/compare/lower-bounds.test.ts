/**
 * A figure given as a floor ("at least 4 people were killed") is the count so far: any larger figure agrees with
 * it, another outlet's larger floor included ("at least 11 people"), since an early report's floor is not a
 * disagreement with a later, fuller count. An article that gives a floor once ("killing at least four people")
 * and the same figure plainly elsewhere ("four people died") stands on the floor. "more than 3,000" / "more than
 * 5,000" stay rival estimates (`crowd-counts.test.ts`). All places and outlets are invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { numberConflictsBetween as numberConflicts } from './story-fixture.test-helper.js';

const slide = (figure: string): string =>
  `A mudslide buried part of the hill village of Orsk Vale on Monday, killing ${figure} people, the Orsk district office said.`;

describe('a floor against another figure', () => {
  it('"at least 4" / "at least 11" agree: both outlets count at least eleven dead', () => {
    assert.deepEqual(numberConflicts(slide('at least 4'), slide('at least 11')), []);
  });

  it('"at least 4" / "11" agree; "at least 11" / "4" still conflict', () => {
    assert.deepEqual(numberConflicts(slide('at least 4'), slide('11')), []);
    const conflicts = numberConflicts(slide('at least 11'), slide('4'));
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
  });

  it('an article that gives its figure as a floor once stands on the floor where it repeats it plainly', () => {
    const early =
      'A mudslide buried part of the hill village of Orsk Vale on Monday, killing at least four people. ' +
      'The district chief of Orsk told the Vale Courier that six houses had been destroyed and four people killed.';
    const later =
      'The death toll from the Orsk Vale mudslide reached 11 on Tuesday after rescuers dug out more bodies. ' +
      'The district chief of Orsk told reporters that six houses had been destroyed and 11 people killed.';
    assert.deepEqual(numberConflicts(early, later), []);
  });

  it('a plain figure of another thing in the article keeps its reading', () => {
    const early =
      'A mudslide buried part of the hill village of Orsk Vale on Monday, killing at least four people. ' +
      'The district chief said four houses had been destroyed by the mud.';
    const later =
      'A mudslide buried part of the hill village of Orsk Vale on Monday, killing 11 people. ' +
      'The district chief said nine houses had been destroyed by the mud.';
    const conflicts = numberConflicts(early, later);
    assert.deepEqual(
      conflicts.map((conflict) => conflict.about),
      ['how many houses'],
    );
  });
});

/**
 * Figures with a fraction ("4½ metres", "4 1/2 metres") are read whole, not as the whole number alone nor as the
 * denominator ("1/2" once counted "2 metres"); a figure next to a character lost in transcoding ("4\uFFFD
 * metres": the "½" became U+FFFD) cannot be read and is left out. All places and outlets are invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { numberConflictsBetween as numberConflicts } from './story-fixture.test-helper.js';

const surge = (figure: string): string =>
  `The storm surge at Quillon harbour on Sunday rose ${figure} above the sea wall, the port authority said.`;

describe('figures with a fraction', () => {
  it('"4½ metres" / "6 metres" conflict, the fraction shown as written', () => {
    const conflicts = numberConflicts(surge('4½ metres'), surge('6 metres'));
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    assert.deepEqual(conflicts[0]?.sides.map((side) => side.value).sort(), ['4½ metres', '6 metres']);
  });

  it('"4 1/2 metres" / "2 metres" conflict: the denominator is not the figure', () => {
    assert.equal(numberConflicts(surge('4 1/2 metres'), surge('2 metres')).length, 1);
  });

  it('"4½ metres" / "4 1/2 metres" / "4.5 metres" agree', () => {
    assert.deepEqual(numberConflicts(surge('4½ metres'), surge('4 1/2 metres')), []);
    assert.deepEqual(numberConflicts(surge('4.5 metres'), surge('4 1/2 metres')), []);
    assert.deepEqual(numberConflicts(surge('¾ metres'), surge('0.75 metres')), []);
  });

  it('"4\uFFFD metres" (a lost character) is not read as 4 and raises no conflict', () => {
    assert.deepEqual(numberConflicts(surge('4\uFFFD metres'), surge('6 metres')), []);
    assert.deepEqual(numberConflicts(surge('4\uFFFD metres'), surge('4 metres')), []);
  });
});

describe('durations with a fraction', () => {
  const term = (length: string): string =>
    `A court in Dorrow sentenced the harbour master Edvin Salt to ${length} in prison on Monday for taking bribes.`;

  it('"to 4½ years" / "to six years" conflict, and "to 4 1/2 years" / "to 4½ years" agree', () => {
    const conflicts = numberConflicts(term('4½ years'), term('six years'));
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    assert.deepEqual(conflicts[0]?.sides.map((side) => side.value).sort(), ['4½ years', 'six years']);
    assert.deepEqual(numberConflicts(term('4 1/2 years'), term('4½ years')), []);
  });

  it('"to 4\uFFFD years" is not read as four years', () => {
    assert.deepEqual(numberConflicts(term('4\uFFFD years'), term('six years')), []);
  });
});

/**
 * A figure given as a ceiling ("as much as 11 million crowns", "up to 300 jobs") says the thing may reach it: a
 * firm figure of another outlet well below the ceiling is a disagreement worth showing ("will cost 9 million
 * crowns"), one within a tenth of it is not ("10.5 million"). All places and outlets are invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { numberConflictsBetween as numberConflicts } from './story-fixture.test-helper.js';

const CEILING =
  'A winter storm tore a gap in the Brackwater sea wall on Tuesday night, and the council said repairs could cost as much as 11 million crowns.';

const firm = (figure: string): string =>
  `Waves broke through the Brackwater sea wall in Tuesday night's storm. Repairs will cost ${figure} crowns, the council estimates.`;

describe('a ceiling against a firm figure', () => {
  it('"as much as 11 million" / "9 million" conflict, the ceiling shown with its qualifier', () => {
    const conflicts = numberConflicts(CEILING, firm('9 million'));
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    assert.deepEqual(conflicts[0]?.sides.map((side) => side.value).sort(), [
      '9 million crowns',
      'as much as 11 million crowns',
    ]);
  });

  it('"as much as 11 million" / "10.5 million" agree: the figure is within a tenth of the ceiling', () => {
    assert.deepEqual(numberConflicts(CEILING, firm('10.5 million')), []);
  });

  it('"as much as 11 million" / "about 10 million" agree: the rounded figure reaches the ceiling\'s tenth', () => {
    assert.deepEqual(numberConflicts(CEILING, firm('about 10 million')), []);
  });

  it('"up to 300 jobs" / "120 jobs" conflict; "fewer than 300 jobs" / "120 jobs" do not', () => {
    const jobs = (phrase: string): string =>
      `The Orrin cannery in Varn City will cut ${phrase} jobs when its second line closes in May, the company said.`;
    assert.equal(numberConflicts(jobs('up to 300'), jobs('120')).length, 1);
    assert.deepEqual(numberConflicts(jobs('fewer than 300'), jobs('120')), []);
  });
});

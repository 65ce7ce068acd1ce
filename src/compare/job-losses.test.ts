/**
 * Job losses are one count of a story however an outlet words them: "cut about 1,200 jobs", "1,200 roles will
 * go", "up to 1,500 workers face the chop". A running total over an earlier time ("has cut 3,000 jobs since
 * taking charge in 2022") is another count. All companies, people and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { numberConflictsBetween as numberConflicts } from './story-fixture.test-helper.js';

const WIRE =
  'Brenholt Mills has offered 900 million crowns in cash for rival Ostvik Flour, a deal that would create the largest miller in the region and cut about 1,200 jobs.';

const sidesOf = (a: string, b: string): string[][] =>
  numberConflicts(a, b).map((conflict) => conflict.sides.map((side) => side.value).sort());

describe('job losses told with other nouns and verbs', () => {
  it('"cut about 1,200 jobs" / "up to 1,500 workers face the chop" conflict', () => {
    assert.deepEqual(
      sidesOf(
        WIRE,
        'Up to 1,500 workers face the chop after Brenholt boss Sander Quill launched a whopping 900 million crown raid on Ostvik Flour.',
      ),
      [['Up to 1,500 workers', 'about 1,200 jobs']],
    );
  });

  it('"cut about 1,200 jobs" / "up to 1,500 jobs face the axe" conflict in two leads that share little else', () => {
    assert.deepEqual(
      sidesOf(
        WIRE,
        'Up to 1,500 jobs face the axe after Brenholt boss Sander Quill launched a whopping 900 million crown raid on Ostvik Flour.',
      ),
      [['Up to 1,500 jobs', 'about 1,200 jobs']],
    );
  });

  it('"about 1,200 jobs" / "1,200 workers will be made redundant" agree', () => {
    assert.deepEqual(
      sidesOf(WIRE, 'Some 1,200 workers will be made redundant once Brenholt Mills takes over Ostvik Flour.'),
      [],
    );
  });

  it("a running total since an earlier year is not the deal's job cuts", () => {
    assert.deepEqual(
      sidesOf(
        'Up to 1,500 jobs face the axe after Brenholt boss Sander Quill launched a raid on Ostvik Flour.',
        "Sander Quill, Brenholt's chief executive, has cut about 3,000 jobs since taking charge in 2022. He said about 1,500 roles would go in the deal.",
      ),
      [],
    );
  });

  it('workers employed and jobs cut are two counts', () => {
    assert.deepEqual(
      sidesOf(
        WIRE,
        'Ostvik Flour employs 4,000 workers at its three mills, and Brenholt Mills will cut about 1,200 jobs.',
      ),
      [],
    );
  });
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clockTimes, dropDisputedTime } from './disputed-times.js';

test('clock times are read with a.m./p.m. or a 24-hour colon; counts and years are not times', () => {
  assert.deepEqual(
    clockTimes('The ferry left at 4 p.m. and docked at 17:45.').map((time) => time.minutes),
    [16 * 60, 17 * 60 + 45],
  );
  assert.deepEqual(
    clockTimes('Shortly after 3.30 pm, 41 people were held; 12 a.m. is midnight.').map(
      (time) => time.minutes,
    ),
    [15 * 60 + 30, 0],
  );
  assert.deepEqual(clockTimes('In 2026, 41 people were held in 12 towns.'), []);
});

test('a clock time another telling of the fact gives otherwise goes from the sentence, with its lead-in', () => {
  const stated =
    'Police cleared the depot gates shortly after 4 p.m., after marchers blocked the road, witnesses said.';
  assert.equal(
    dropDisputedTime(stated, ['The trouble began at about 3 p.m., when police cleared the depot gates.']),
    'Police cleared the depot gates, after marchers blocked the road, witnesses said.',
  );
  assert.equal(
    dropDisputedTime('At 4 p.m. police cleared the depot gates.', ['Police cleared the gates at 5 p.m.']),
    'Police cleared the depot gates.',
  );
  // The same time told loosely, no time elsewhere, or a sentence giving two moments: nothing is disputed.
  for (const others of [
    ['Police cleared the gates at about 4.10 p.m.'],
    ['Police cleared the gates in the afternoon.'],
    ['Marchers gathered at 1 p.m. and police cleared the gates at 4 p.m.'],
  ]) {
    assert.equal(dropDisputedTime(stated, others), stated, others[0]);
  }
});

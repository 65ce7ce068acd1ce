import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractEventDays, isSameEventDay, weekdayOf } from './extract-event-days.js';

const DAY_MS = 86_400_000;
const day = (iso: string): number => Math.floor(Date.parse(iso) / DAY_MS);
/** Encoding of a weekday known without its date (Sunday 0 .. Saturday 6). */
const weekday = (index: number): number => -1 - index;

test('weekdays resolve against the published date to the latest such day', () => {
  // 2026-03-05 is a Thursday.
  const text = 'The Orrin Bridge reopened on Tuesday after repairs, the county said on Thursday.';
  assert.deepEqual(extractEventDays(undefined, text, '2026-03-05'), [day('2026-03-03'), day('2026-03-05')]);
  assert.deepEqual(extractEventDays(undefined, 'Crews left yesterday.', '2026-03-05T10:00:00Z'), [
    day('2026-03-04'),
  ]);
});

test('undated text keeps the weekday only, or resolves it against a dateline', () => {
  assert.deepEqual(extractEventDays(undefined, 'The mill at Tansy Cross burned down on Saturday.'), [
    weekday(6),
  ]);
  const withDateline = 'March 4, 2026\nThe mill at Tansy Cross burned down on Monday, its owner said.';
  assert.deepEqual(extractEventDays(undefined, withDateline), [day('2026-03-04'), day('2026-03-02')]);
  assert.deepEqual(extractEventDays(undefined, 'Posted 9 September 2025 / Quiet day in Welmouth.'), [
    day('2025-09-09'),
  ]);
});

test('month and day without a year take the year of the reference date; "May" needs a year', () => {
  assert.deepEqual(extractEventDays(undefined, 'The vote was held Dec. 11 in Farrow.', '2026-01-03'), [
    day('2025-12-11'),
  ]);
  assert.deepEqual(extractEventDays(undefined, 'Officials may 5 times delay it.', '2026-06-01'), []);
  assert.deepEqual(extractEventDays(undefined, 'Held on February 30, 2026 in Farrow.'), []);
});

test('only the top of the text and the first three days count', () => {
  const late = 'A quiet report. '.repeat(60) + 'It happened on Friday.';
  assert.deepEqual(extractEventDays(undefined, late), []);
  const many = 'Monday, Tuesday, Wednesday and Thursday were wet.';
  assert.deepEqual(extractEventDays(undefined, many), [weekday(1), weekday(2), weekday(3)]);
  assert.deepEqual(extractEventDays('Storm hits Pellby on Sunday', 'Roofs were lost.'), [weekday(0)]);
});

test('same event day: one day apart at most, or the same weekday when a side has only a weekday', () => {
  assert.equal(weekdayOf(day('2026-03-05')), 4);
  assert.equal(isSameEventDay(day('2026-03-05'), day('2026-03-06')), true);
  assert.equal(isSameEventDay(day('2026-03-05'), day('2026-03-07')), false);
  assert.equal(isSameEventDay(day('2026-03-05'), weekday(4)), true);
  assert.equal(isSameEventDay(weekday(4), day('2026-03-06')), false);
  assert.equal(isSameEventDay(weekday(2), weekday(2)), true);
  assert.equal(isSameEventDay(weekday(2), weekday(3)), false);
});

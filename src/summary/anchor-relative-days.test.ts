import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anchorRelativeDays } from './anchor-relative-days.js';

// 2026-11-12 was a Thursday.
const THURSDAY = '2026-11-12T17:05:00+01:00';

test('relative day words become the weekday they meant, from the article date', () => {
  assert.equal(
    anchorRelativeDays('The report was released today.', THURSDAY),
    'The report was released on Thursday.',
  );
  assert.equal(
    anchorRelativeDays('Yesterday, the council met; the vote is tomorrow.', THURSDAY),
    'On Wednesday, the council met; the vote is on Friday.',
  );
  assert.equal(
    anchorRelativeDays('Crews worked through last night and left this morning.', '2026-11-12'),
    'Crews worked through Wednesday night and left on Thursday morning.',
  );
  assert.equal(anchorRelativeDays('Bids close by tomorrow.', THURSDAY), 'Bids close by Friday.');
});

test("the date part is read as written, in the article's own time zone", () => {
  // 00:30 on Friday in UTC+2 is still Thursday in UTC; the article said Friday.
  assert.equal(anchorRelativeDays('It opened today.', '2026-11-13T00:30:00+02:00'), 'It opened on Friday.');
});

test('leaves nouns, possessives and undated articles alone', () => {
  for (const text of [
    "Today's vote was close.",
    'The politics of today are loud.',
    'It has rained since yesterday.',
    'The Today programme asked him.',
    'Tomorrowland opened.',
  ])
    assert.equal(anchorRelativeDays(text, THURSDAY), text);
  assert.equal(anchorRelativeDays('It opened today.', undefined), 'It opened today.');
  assert.equal(anchorRelativeDays('It opened today.', 'last week'), 'It opened today.');
});

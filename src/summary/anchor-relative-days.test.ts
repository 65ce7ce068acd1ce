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

test('a press release\'s "today announces" reads in the past once the day is named', () => {
  assert.equal(
    anchorRelativeDays('Tarrow Mills today announces a bid for Velm Dairies.', THURSDAY),
    'Tarrow Mills on Thursday announced a bid for Velm Dairies.',
  );
  assert.equal(
    anchorRelativeDays('The trust today publishes its accounts and says costs rose.', THURSDAY),
    'The trust on Thursday published its accounts and says costs rose.',
  );
  // Only a verb right after the day word, and only one it knows: other words stay as written.
  assert.equal(
    anchorRelativeDays('Velm Dairies today posts a loss.', THURSDAY),
    'Velm Dairies on Thursday posts a loss.',
  );
  assert.equal(
    anchorRelativeDays('Velm Dairies shares today rose 4 percent.', THURSDAY),
    'Velm Dairies shares on Thursday rose 4 percent.',
  );
});

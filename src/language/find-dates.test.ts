import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from './find-dates.js';

function dates(text: string, published?: string): [string, string | null, string][] {
  return findDates(text, published).map((date) => [date.text, date.resolved, date.granularity]);
}

void test('resolves weekdays, relative weeks, months and years against the article date', () => {
  // 2026-03-12 is a Thursday.
  assert.deepEqual(
    dates('She spoke on Tuesday evening, last week and last year; the vote is next Monday.', '2026-03-12'),
    [
      ['on Tuesday evening', '2026-03-10', 'part-of-day'],
      ['last week', '2026-03-02', 'week'],
      ['last year', '2025-01-01', 'year'],
      ['next Monday', '2026-03-16', 'weekday'],
    ],
  );
});

void test('resolves absolute dates, with and without a year, and yesterday', () => {
  assert.deepEqual(
    dates('It began on June 27, 2019 and again Dec. 30; yesterday it ended.', '2026-01-05T10:00:00Z'),
    [
      ['June 27, 2019', '2019-06-27', 'day'],
      ['Dec. 30', '2025-12-30', 'day'],
      ['yesterday', '2026-01-04', 'day'],
    ],
  );
});

void test('resolves day-first dates ("Thursday, 12 November", "24 January 2027"), not "12 may" as a verb', () => {
  assert.deepEqual(
    dates(
      'He quit on Thursday, 12 November; the vote is on 24 January 2027, and all 12 may stand.',
      '2026-11-13',
    ),
    [
      ['on Thursday', '2026-11-12', 'weekday'],
      ['12 November', '2026-11-12', 'day'],
      ['24 January 2027', '2027-01-24', 'day'],
    ],
  );
  assert.deepEqual(dates('Polls close on the 3rd of March? No: 3rd March.', '2026-02-01'), [
    ['3rd March', '2026-03-03', 'day'],
  ]);
});

void test('keeps dates unresolved when the article date is unknown or malformed', () => {
  for (const published of [undefined, 'sometime in spring']) {
    const found = dates('The talks ended on Friday, last month.', published);
    assert.equal(found.length, 2);
    for (const [, resolved] of found) assert.equal(resolved, null);
  }
});

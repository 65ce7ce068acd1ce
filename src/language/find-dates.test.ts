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

void test('a day without a year lies in the year its words say: "of this year", "next year", a date still to come', () => {
  const day = (text: string): string | null | undefined =>
    dates(text, '2031-09-26').find(([, , granularity]) => granularity === 'day')?.[1];
  // Far ahead of the article, a bare day is last year's ...
  assert.equal(day('The Halvik council met on December 15 to approve the budget.'), '2030-12-15');
  // ... unless the text says which year, or the day is one still to come.
  assert.equal(
    day('Elections scheduled for December 15 of this year will choose a new council.'),
    '2031-12-15',
  );
  assert.equal(day('The regatta returns on March 2 next year.'), '2032-03-02');
  assert.equal(day('The vote, set for December 15, was confirmed by the commission.'), '2031-12-15');
  assert.equal(day('The ferry ban runs until December 15.'), '2031-12-15');
  assert.equal(day('The new bridge will be opened on December 15.'), '2031-12-15');
});

void test('"last night" is the night before the article\'s date, "this morning" a part of its own day', () => {
  // 2026-03-12 is a Thursday.
  assert.deepEqual(dates('The mayor quit last night; the council met this morning.', '2026-03-12'), [
    ['last night', '2026-03-11', 'part-of-day'],
    ['this morning', '2026-03-12', 'part-of-day'],
  ]);
});

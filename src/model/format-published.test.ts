import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatPublished, publishedDay } from './format-published.js';

void test('a time of publication is shown one way, in UTC, whatever offset the page wrote it with', () => {
  assert.equal(formatPublished('2031-08-16T06:30:00Z'), '2031-08-16 06:30 UTC');
  assert.equal(formatPublished('2026-12-03T17:30:00+00:00'), '2026-12-03 17:30 UTC');
  assert.equal(formatPublished('2026-11-17T13:40:00+01:00'), '2026-11-17 12:40 UTC');
  assert.equal(formatPublished('2026-12-04T00:30:00+0100'), '2026-12-03 23:30 UTC');
  assert.equal(formatPublished('2026-12-03T19:05:30.250-05:00'), '2026-12-04 00:05 UTC');
});

void test('a time without a zone is shown as the page gave it, and a bare day as a day', () => {
  assert.equal(formatPublished('2026-12-04T00:15:00'), '2026-12-04 00:15');
  assert.equal(formatPublished('2026-12-04'), '2026-12-04');
  assert.equal(formatPublished('Thu, 03 Dec 2026'), 'Thu, 03 Dec 2026');
});

void test('the day of a time of publication is its UTC day', () => {
  assert.equal(publishedDay('2026-12-04T00:30:00+01:00'), '2026-12-03');
  assert.equal(publishedDay('2026-12-04'), '2026-12-04');
});

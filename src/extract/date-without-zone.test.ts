import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toIsoDate } from './read-metadata.js';

/** Runs `body` with the process in time zone `zone` (Node rereads TZ when it changes). */
function inZone(zone: string, body: () => void): void {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    body();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

test('a written date without a time is that calendar day wherever the program runs', () => {
  for (const zone of ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo']) {
    inZone(zone, () => {
      assert.equal(toIsoDate('December 3, 2026'), '2026-12-03', zone);
      assert.equal(toIsoDate('3 December 2026'), '2026-12-03', zone);
    });
  }
});

test("a written time without a zone is kept as written, not moved by the machine's zone", () => {
  for (const zone of ['UTC', 'Europe/Berlin', 'America/New_York']) {
    inZone(zone, () => assert.equal(toIsoDate('Dec 3, 2026 5:30 PM'), '2026-12-03T17:30:00', zone));
  }
});

test('a written time with a zone is converted to UTC as before', () => {
  inZone('Europe/Berlin', () => {
    assert.equal(toIsoDate('Thu, 03 Dec 2026 17:30:00 GMT'), '2026-12-03T17:30:00Z');
    assert.equal(toIsoDate('Thu, 03 Dec 2026 17:30:00 +0100'), '2026-12-03T16:30:00Z');
  });
});

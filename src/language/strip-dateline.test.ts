import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stripDateline } from './strip-dateline.js';

test('a leading dateline is dropped, with or without region and agency', () => {
  assert.equal(
    stripDateline('PORT ALDER, Veland (MPA) — Dockworkers walked out.'),
    'Dockworkers walked out.',
  );
  assert.equal(
    stripDateline('BRENNOCK — A fire tore through a warehouse.'),
    'A fire tore through a warehouse.',
  );
  assert.equal(stripDateline('GULL ISLAND (Reuters) - the ferry resumed.'), 'The ferry resumed.');
  assert.equal(stripDateline('VARN CITY (Harbour Wire) — The ferry sailed.'), 'The ferry sailed.');
  assert.equal(stripDateline('BRACKWATER, Tuesday — The ferry sailed.'), 'The ferry sailed.');
});

test('a dateline with a date, or with a region and a day, is dropped too', () => {
  for (const dateline of [
    'VARN CITY, Dec. 6 (Harbour Wire) — ',
    'BRACKWATER, Tuesday, Dec. 6 — ',
    'VARN CITY, Veland, Tuesday (HW) — ',
    'GULL ISLAND, 6 December 2026 (HW) - ',
  ]) {
    assert.equal(stripDateline(`${dateline}The ferry sailed.`), 'The ferry sailed.', dateline);
  }
});

test('a sentence without a dateline is unchanged', () => {
  for (const text of [
    'The UN — and its agencies — met.',
    'NATO said on Monday it would meet.',
    'Ferry fares rose 5%.',
    'NATO, the UN and 14 other bodies — all of them — met.',
  ]) {
    assert.equal(stripDateline(text), text);
  }
});

test('a dateline that gives the filing date is dropped whole ("TARNBY, Dec 3 (NWS) - ")', () => {
  // Invented places and agencies.
  for (const [text, expected] of [
    ['TARNBY, Dec 3 (NWS) - A court jailed the former mayor.', 'A court jailed the former mayor.'],
    ['TARNBY, Dec. 3 (NWS) — A court jailed the former mayor.', 'A court jailed the former mayor.'],
    ['PORT ALDER, Veland, March 14 (MPA) - Dockworkers walked out.', 'Dockworkers walked out.'],
    ['TARNBY, 3 December - A court jailed the former mayor.', 'A court jailed the former mayor.'],
  ]) {
    assert.equal(stripDateline(text as string), expected);
  }
  assert.equal(stripDateline('NATO, 32 members strong - is split.'), 'NATO, 32 members strong - is split.');
});

test('a dateline set off by a horizontal bar, or a dash left of a dateline cut away, is dropped', () => {
  // Invented places; some sites set the dateline off with U+2015, and extraction can keep only its dash.
  assert.equal(stripDateline('BRENNOCK ― The harbour board met.'), 'The harbour board met.');
  assert.equal(stripDateline('— Ida Brenn resigned on Monday.'), 'Ida Brenn resigned on Monday.');
  assert.equal(stripDateline('– Varn police say the ferry sank.'), 'Varn police say the ferry sank.');
  assert.equal(stripDateline('- The Orvel council met.'), 'The Orvel council met.');
  // A dash inside a sentence stays.
  assert.equal(stripDateline('The ferry ― late again ― sailed.'), 'The ferry ― late again ― sailed.');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTextArticle } from '../model/index.js';
import { buildLoadedEntries } from './build-loaded-entries.js';
import { findHeadlineLoaded } from './find-headline-loaded.js';

const words = (title: string): string[] =>
  findHeadlineLoaded(title).map((span) => `${span.text}:${span.reason}`);

test("a tabloid headline's mood nouns shouted in capitals are loaded ('CANCER FEAR OVER ...', 'HORROR AS ...')", () => {
  assert.deepEqual(words('CANCER FEAR OVER EVERYDAY SWEETENER'), ['FEAR:emotive']);
  assert.deepEqual(words('Flood SCARE at Velm school'), ['SCARE:emotive']);
  assert.deepEqual(words('HORROR AS ORRIN BRIDGE SHAKES'), ['HORROR:emotive']);
  // The body's lexicon applies too, in a shouted headline as in a quiet one.
  assert.deepEqual(words('SHOCKING TRUTH ABOUT VELM WATER'), ['SHOCKING:emotive']);
});

test('a headline set all in capitals marks no word as a name: its loaded words after the first are found', () => {
  assert.deepEqual(words('ECO-MOB BOOTED OFF FELL'), ['ECO-MOB:epithet', 'BOOTED:emotive-verb']);
  assert.deepEqual(words('VELM COUNCIL SLAMS HARBOUR PLAN'), ['SLAMS:emotive-verb']);
  // Capitalised words beside a name in an ordinary headline are still read as the name.
  assert.deepEqual(words('Tickets for the Velm Slams Festival sold out quickly'), []);
  // One or two shouted words may be an acronym or a name.
  assert.deepEqual(words('VELM SLAMS'), []);
});

test('a mood word used as a verb or as a plain term in a headline is not flagged', () => {
  for (const plain of [
    'Residents fear flooding as Velm river rises',
    'RESIDENTS FEAR FLOODING AS VELM RIVER RISES',
    'Velm Council Backs New Dam Despite Flood Fears',
    'Flood scare at Velm school',
    'BOMB SCARE AT ORRIN STATION',
    'Bomb scare closes Orrin station',
    'Velm council approves new harbour budget',
  ])
    assert.deepEqual(words(plain), [], plain);
});

test("a headline's words in single quotation marks are somebody's words, not the outlet's", () => {
  assert.deepEqual(words("Velm strongman clings on as 'rigged' vote row erupts"), [
    'strongman:epithet',
    'clings:emotive-verb',
  ]);
  assert.deepEqual(words('Velm mayor hits back at ‘smear’ campaign'), []);
  // An apostrophe is no quotation mark.
  assert.deepEqual(words("Velm's strongman clings on"), ['strongman:epithet', 'clings:emotive-verb']);
});

test("the report's loaded entry lists the headline's words apart, with offsets into the title", () => {
  const article = createTextArticle('The sweetener was found in 40 products.', {
    title: 'CANCER FEAR OVER EVERYDAY SWEETENER',
  });
  const [entry] = buildLoadedEntries([article]);
  assert.deepEqual(
    entry?.headline?.map((span) => [span.text, span.start, span.end]),
    [['FEAR', 7, 11]],
  );
  assert.equal(entry?.rate, 0, 'the rate counts the body only');
});

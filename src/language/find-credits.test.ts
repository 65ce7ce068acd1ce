import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findCredits } from './find-credits.js';
import { splitSentences } from './split-sentences.js';

function credits(text: string): [string, string, string][] {
  return findCredits(text, splitSentences(text)).map((credit) => [credit.outlet, credit.kind, credit.text]);
}

void test('finds reported, told, according-to and quoted credits with canonical outlet names', () => {
  const text = [
    'The mayor resigned, The New York Times reported.',
    'A deputy told the Associated Press that talks had failed.',
    'According to Reuters, the vote is set for May.',
    'The Washington Post quoted her as saying it was over.',
  ].join(' ');
  assert.deepEqual(credits(text), [
    ['The New York Times', 'reported', 'The New York Times reported'],
    ['Associated Press', 'told', 'told the Associated Press'],
    ['Reuters', 'according-to', 'According to Reuters'],
    ['The Washington Post', 'quoted', 'The Washington Post quoted'],
  ]);
});

void test('finds a wire dateline at the start and a wire credit line at the end', () => {
  const text =
    'PORT ELLIS, Marovia (AP) — The harbour closed.\n\nThe Associated Press contributed to this report.';
  assert.deepEqual(
    credits(text).map(([outlet, kind]) => [outlet, kind]),
    [
      ['Associated Press', 'dateline'],
      ['Associated Press', 'wire'],
    ],
  );
});

void test('does not credit an outlet that is only mentioned, nor a parenthesis deep in the body', () => {
  const text = `${'Filler sentence about the harbour. '.repeat(20)}He once worked for Reuters and read the Times. The board (AP) — said nothing.`;
  assert.deepEqual(credits(text), []);
});

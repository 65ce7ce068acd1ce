import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasDanglingPronoun, leaningPronoun, leansBack } from './leans-back.js';
import { stripUpdateNote } from './strip-update-note.js';

test('a personal pronoun before anyone it could stand for dangles; after a name or a person noun it does not', () => {
  for (const text of [
    'The sample she tested held nitrate levels four times the legal limit.',
    'In a letter to the board, he called the contract unlawful.',
    'The files on his laptop were copied overnight.',
  ])
    assert.equal(hasDanglingPronoun(text), true, text);
  for (const text of [
    'Engineer Maren Tosk said she found the fault on Monday.',
    'Tosk found the fault before her shift ended.',
    'The minister said she would resign.',
    'A passenger said his ticket was forged.',
    'The pumping station was closed on Monday.',
    'She found the fault on Monday.',
  ])
    assert.equal(hasDanglingPronoun(text), false, text);
});

test('an opening pronoun leans back, and is named', () => {
  assert.equal(leansBack('Its director resigned.'), true);
  assert.equal(leaningPronoun('They said so.'), 'They');
  assert.equal(leaningPronoun('Theresa Lund said so.'), undefined);
});

test('an update label goes; a sentence opening on the word alone stays', () => {
  assert.equal(
    stripUpdateNote('Update, June 4, 09:15: Tolmar Water put the number at 12,000.'),
    'Tolmar Water put the number at 12,000.',
  );
  const plain = 'Updates to the pumps reached 60 stations: the firm said so.';
  assert.equal(stripUpdateNote(plain), plain);
});

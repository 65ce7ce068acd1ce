import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conflictsInFact, factConflictNote } from './fact-conflicts.js';
import type { Conflict, Fact } from './story.js';

const cite = (article: string, sentence: number) => ({ article, sentence, start: 0, end: 10 });
const FACT: Fact = {
  id: 'f1',
  text: 'About 4,000 litres of solvent leaked from a storage tank.',
  articles: ['wire', 'daily'],
  sources: 2,
  citations: [cite('wire', 1), cite('daily', 1)],
};
const litres: Conflict = {
  kind: 'number',
  about: 'how many litres',
  sides: [
    { value: 'About 4,000 litres', articles: ['wire'], citations: [cite('wire', 1)] },
    { value: 'Some 6,500 litres', articles: ['daily'], citations: [cite('daily', 1)] },
  ],
};
const elsewhere: Conflict = {
  kind: 'date',
  about: 'day or date',
  sides: [
    { value: 'on Monday', articles: ['wire'], citations: [cite('wire', 4)] },
    { value: 'on Tuesday', articles: ['daily'], citations: [cite('daily', 6)] },
  ],
};

test('a conflict citing one of the fact’s sentences, or naming the fact, is in the fact', () => {
  assert.deepEqual(conflictsInFact(FACT, [litres, elsewhere]), [litres]);
  assert.deepEqual(conflictsInFact(FACT, [{ ...elsewhere, fact: 'f1' }]).length, 1);
  assert.deepEqual(conflictsInFact(FACT, [elsewhere]), []);
});

test('the note says the tellings differ, or that a later report updates the figure', () => {
  assert.equal(factConflictNote(FACT, [litres, elsewhere]), 'they differ on how many litres');
  assert.equal(factConflictNote(FACT, [{ ...litres, latest: 1 }]), 'a later report updates how many litres');
  assert.equal(factConflictNote(FACT, [elsewhere]), '');
});

test('a conflict whose other side lies outside the fact is not in it: its tellings agree with each other', () => {
  const jobs: Conflict = {
    kind: 'number',
    about: 'how many jobs',
    sides: [
      { value: 'up to 1,500 workers', articles: ['tabloid'], citations: [cite('tabloid', 0)] },
      {
        value: 'about 1,200 jobs',
        articles: ['wire', 'daily'],
        citations: [cite('wire', 1), cite('daily', 1)],
      },
    ],
  };
  assert.deepEqual(conflictsInFact(FACT, [jobs]), []);
  assert.equal(factConflictNote(FACT, [jobs]), '');
});

test('a figure a later report outside the fact updates is still noted on the fact', () => {
  const update: Conflict = {
    kind: 'number',
    about: 'how many litres',
    latest: 1,
    sides: [
      {
        value: 'About 4,000 litres',
        articles: ['wire', 'daily'],
        citations: [cite('wire', 1), cite('daily', 1)],
      },
      { value: '9,000 litres', articles: ['evening'], citations: [cite('evening', 2)] },
    ],
  };
  assert.equal(factConflictNote(FACT, [update]), 'a later report updates how many litres');
});

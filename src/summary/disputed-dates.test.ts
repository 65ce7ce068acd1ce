import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Citation, Conflict } from '../model/index.js';
import { disputedDates, dropDisputedDates } from './disputed-dates.js';

const at = (article: string, sentence: number): Citation => ({ article, sentence, start: 0, end: 1 });

function dayConflict(a: string, b: string): Conflict {
  return {
    kind: 'date',
    about: 'day or date',
    sides: [
      { value: a, articles: ['x'], citations: [at('x', 0)] },
      { value: b, articles: ['y'], citations: [at('y', 2)] },
    ],
  };
}

describe('dropDisputedDates', () => {
  const conflict = dayConflict('on Sunday evening', 'on Monday morning');

  it('takes a disputed day set "for" an event out with its preposition', () => {
    const drop = dropDisputedDates(
      'The president dissolved parliament and called an early election for June 28, two years ahead of schedule.',
      [at('x', 0)],
      [dayConflict('June 28', 'July 5')],
    );
    assert.equal(
      drop.ok && drop.text,
      'The president dissolved parliament and called an early election, two years ahead of schedule.',
    );
  });

  it('takes a disputed day out of a sentence that states it on its side', () => {
    const drop = dropDisputedDates(
      'Governor Elsa Marek declared an emergency on Sunday evening and asked the army for help.',
      [at('x', 0)],
      [conflict],
    );
    assert.deepEqual(drop, {
      ok: true,
      text: 'Governor Elsa Marek declared an emergency and asked the army for help.',
      dropped: [conflict],
    });
  });

  it('takes the qualifier with it and mends the comma', () => {
    const drop = dropDisputedDates(
      'The governor declared an emergency only on Monday morning, hours after the flooding.',
      [at('y', 2)],
      [conflict],
    );
    assert.ok(drop.ok);
    assert.equal(drop.text, 'The governor declared an emergency, hours after the flooding.');
  });

  it('mends a sentence that opened with the day', () => {
    const drop = dropDisputedDates(
      'On Sunday evening, the governor declared an emergency.',
      [at('x', 0)],
      [conflict],
    );
    assert.ok(drop.ok);
    assert.equal(drop.text, 'The governor declared an emergency.');
  });

  it('takes a bare date with the preposition before it', () => {
    const drop = dropDisputedDates(
      'Officials shut the bridge on March 4 after the storm.',
      [at('x', 0)],
      [dayConflict('March 4', 'March 6')],
    );
    assert.ok(drop.ok);
    assert.equal(drop.text, 'Officials shut the bridge after the storm.');
  });

  it('matches a side only as whole words ("on May 1" is not in "on May 14")', () => {
    const text = 'The ferry resumed service on May 14 after repairs.';
    assert.deepEqual(dropDisputedDates(text, [at('x', 0)], [dayConflict('on May 1', 'on May 3')]), {
      ok: true,
      text,
      dropped: [],
    });
  });

  it('gives the sentence up when the date is part of a noun phrase', () => {
    const vote = dayConflict('Sunday', 'Monday');
    assert.deepEqual(dropDisputedDates('The Sunday vote was close.', [at('x', 0)], [vote]), {
      ok: false,
      conflict: vote,
    });
    assert.deepEqual(dropDisputedDates("Sunday's vote was close.", [at('x', 0)], [vote]), {
      ok: false,
      conflict: vote,
    });
  });

  it('leaves a sentence alone that is not one of the sides, or no longer carries the date', () => {
    const text = 'The army arrived on Sunday evening.';
    assert.deepEqual(dropDisputedDates(text, [at('z', 1)], [conflict]), { ok: true, text, dropped: [] });
    const compressed = 'Governor Elsa Marek declared an emergency.';
    assert.deepEqual(dropDisputedDates(compressed, [at('x', 0)], [conflict]), {
      ok: true,
      text: compressed,
      dropped: [],
    });
  });
});

describe('disputedDates', () => {
  it('keeps day conflicts with two sides and leaves out a day that moved', () => {
    const plain = dayConflict('on Friday', 'on Tuesday');
    const number: Conflict = { ...plain, kind: 'number' };
    const texts = new Map([
      ['x\u00000', 'The match will be played on Friday.'],
      ['y\u00002', 'The match was postponed and will be played on Tuesday.'],
    ]);
    const sentenceOf = (citation: Citation) =>
      texts.get(`${citation.article}\u0000${citation.sentence}`) ?? '';
    assert.deepEqual(
      disputedDates([plain, number], () => 'They met on Friday.'),
      [plain],
    );
    assert.deepEqual(disputedDates([plain], sentenceOf), []);
  });
});

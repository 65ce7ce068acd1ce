import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HEADLINE_MAX_WORDS, makeHeadline } from './make-headline.js';

const CITES = [{ article: 'a', sentence: 0, start: 0, end: 10 }];

function headline(text: string): string {
  return makeHeadline({ text, citations: CITES }).text;
}

test('attribution moves to the end and the weekday goes', () => {
  assert.equal(
    headline('The harbour will reopen in May, port director Ilse Varga said on Monday.'),
    'The harbour will reopen in May, Ilse Varga says',
  );
  assert.equal(
    headline('The mayor of Varna, Tomas Reyl, told reporters the harbour would reopen in May.'),
    'The harbour would reopen in May, Tomas Reyl says',
  );
});

test('a leading pronoun keeps its speaker in front', () => {
  assert.equal(
    headline('Tomas Reyl, the mayor of Varna, said he had seen no plan to close the port.'),
    'Tomas Reyl says he had seen no plan to close the port',
  );
});

test('long sentences are cut at a phrase boundary within the limit and cite the first sentence', () => {
  const long =
    'The Eldoria parliament voted to close the Varna coal mine by 2030 and to retrain its 1,200 miners, which ' +
    'unions welcomed after a decade of protests over pay, pensions and safety in the pits of the northern valleys.';
  const result = makeHeadline({ text: long, citations: CITES });
  assert.ok(result.text.split(/\s+/).length <= HEADLINE_MAX_WORDS + 3);
  assert.doesNotMatch(result.text, /[,.]$/);
  assert.deepEqual(result.citations, CITES);
});

test('no first sentence gives an empty headline', () => {
  assert.deepEqual(makeHeadline(undefined), { text: '', citations: [] });
});

test('a trailing credit is left to the citation', () => {
  assert.equal(
    headline('A senior Eldorian official said the harbour would reopen in May, the Varna Post reported.'),
    'The harbour would reopen in May, senior Eldorian official says',
  );
});

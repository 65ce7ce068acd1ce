/**
 * One sum of money told with two figures in sentences the alignment does not join: a wire's lead sentence carries
 * the sum beside the news of the day, the local paper that broke the story gives its figure two sentences down, and
 * a radio station relays the local paper's figure. Outlets, people and places are invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeLanguage } from '../language/index.js';
import { createTextArticle, type Article, type Conflict } from '../model/index.js';
import { compareStory } from './index.js';
import { buildStory } from './story-fixture.test-helper.js';

function annotate(id: string, outlet: string, text: string): Article {
  return analyzeLanguage(
    createTextArticle(text, { id, outlet, source: `${id}.txt`, published: '2026-03-12' }),
  );
}

function numberConflicts(...articles: Article[]): Conflict[] {
  return compareStory(buildStory(articles), articles).conflicts.filter(
    (conflict) => conflict.kind === 'number',
  );
}

const WIRE = annotate(
  'wire',
  'Tarn Wire',
  [
    'Harbour master Edvin Sollund resigned as head of the Lisk port authority on Wednesday, a month after inspectors found that $2.6 million was missing from a fund set up to repair the storm-damaged quays.',
    'Sollund said he had done nothing wrong.',
  ].join('\n\n'),
);
const LEDGER = annotate(
  'ledger',
  'Lisk Ledger',
  [
    'Edvin Sollund stepped down as harbour master of Lisk on Wednesday, as the port board met to discuss his future.',
    'The Lisk Ledger revealed in January that money was missing from the port authority’s quay repair fund.',
    'The inspectors’ final report put the shortfall at $3.4 million.',
  ].join('\n\n'),
);
const RADIO = annotate(
  'radio',
  'Radio Marrow',
  [
    'Lisk harbour master Edvin Sollund has resigned.',
    'According to the Lisk Ledger, which first revealed the shortfall, the inspectors put the missing sum at $3.4 million.',
  ].join('\n\n'),
);

test("a wire's sum in its lead and the local paper's sum lower down are one sum when a relay joins the paper's telling", () => {
  const conflicts = numberConflicts(WIRE, LEDGER, RADIO);
  const sum = conflicts.find((conflict) => conflict.sides.some((side) => side.value === '$2.6 million'));
  assert.ok(sum, JSON.stringify(conflicts));
  assert.deepEqual(sum.sides.map((side) => side.articles.join(' ')).sort(), ['ledger', 'wire']);
  assert.equal(sum.about, 'how many dollars');
});

test('two sums of different things in a story (money stolen, a reward offered) are no dispute', () => {
  const bank = annotate(
    'bank',
    'Lisk Ledger',
    'Two men robbed the Tarn Savings Bank in Lisk on Monday and escaped with $50,000 in cash, police said.',
  );
  const reward = annotate(
    'reward',
    'Tarn Wire',
    'Police in Lisk offered a $10,000 reward on Tuesday for help in finding the two men who robbed the Tarn Savings Bank.',
  );
  assert.deepEqual(numberConflicts(bank, reward), []);
});

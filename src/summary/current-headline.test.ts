import assert from 'node:assert/strict';
import { test } from 'node:test';
import { currentHeadline, type FigureUpdate } from './current-headline.js';

const EARLY = [{ article: 'early', sentence: 0, start: 0, end: 60 }];
const LATER = [{ article: 'later', sentence: 0, start: 0, end: 80 }];
const FIVE_TO_EIGHT = { about: 'how many people', values: [5], nouns: ['people'] };

function update(report: string): FigureUpdate {
  return { superseded: FIVE_TO_EIGHT, report: { text: report, citations: LATER } };
}

test('a headline without the old figure stays as it is', () => {
  const headline = { text: 'A ferry sank off Varn Point', citations: EARLY };
  assert.deepEqual(
    currentHeadline(headline, [update('The toll has risen to eight, the coastguard said.')]),
    headline,
  );
});

test('a headline stating the old figure is made from the later report, citing it', () => {
  const result = currentHeadline({ text: 'Five people died in the Kessa ferry sinking', citations: EARLY }, [
    update('The number of people killed in the Kessa ferry sinking has risen to eight, the coastguard said.'),
  ]);
  assert.match(result.text, /has risen to eight/);
  assert.deepEqual(result.citations, LATER);
});

test('a later report that is a quotation is no headline: the old figure goes instead', () => {
  const result = currentHeadline({ text: 'Five people died in the Kessa ferry sinking', citations: EARLY }, [
    update('“The toll has now risen to eight people,” the coastguard said.'),
  ]);
  assert.equal(result.text, 'People died in the Kessa ferry sinking');
  assert.deepEqual(result.citations, EARLY);
});

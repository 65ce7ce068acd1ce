/**
 * A byline that credits an agency ("By Gazette staff and Tarn Wire") is a credit with no sentence: it cites the
 * byline. When the article reuses the agency's text it is the agency's reprint, not an independent source; on
 * text of its own the credit stays a credit. Invented articles.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StoryReport } from '../model/index.js';
import { compareStory } from './index.js';
import { buildArticle, buildStory, type ArticleSpec } from './story-fixture.test-helper.js';

const WIRE_TEXT = [
  'Osler Fisheries has agreed to buy the Varne cannery for 84 million crowns, a deal that would close the Varne quay plant next spring.',
  'The company said the 160 workers at the plant would be offered jobs at its main site in Osler harbour, twenty kilometres up the coast.',
  'The Varne harbour board said it would ask the regional council to review the sale before the end of the month.',
].join('\n\n');

const wire: ArticleSpec = { id: 'wire', outlet: 'Tarn Wire', byline: 'Ella Moss', text: WIRE_TEXT };

/** The wire's first two paragraphs word for word, and a local paragraph of the Gazette's own. */
const REPRINT_TEXT = [
  'Osler Fisheries has agreed to buy the Varne cannery for 84 million crowns, a deal that would close the Varne quay plant next spring.',
  'The company said the 160 workers at the plant would be offered jobs at its main site in Osler harbour, twenty kilometres up the coast.',
  'Councillor Piet Rahn, whose ward includes the quay, said many of the workers had no car and could not make the journey.',
].join('\n\n');

/** The same news in the Gazette's own words. */
const OWN_TEXT = [
  'The Varne quay cannery is to be sold to Osler Fisheries for 84 million crowns and will shut next spring.',
  'Its 160 staff are being offered places at the buyer’s plant in Osler harbour, a drive of twenty kilometres.',
  'Councillor Piet Rahn, whose ward includes the quay, said many of the workers had no car and could not make the journey.',
].join('\n\n');

const courier: ArticleSpec = {
  id: 'courier',
  outlet: 'Varne Courier',
  byline: 'Jonas Vell',
  text: [
    'The sale of the Varne cannery to Osler Fisheries for 84 million crowns will end canning on the quay next spring.',
    'Workers heard of the sale at a meeting on Monday morning, one of them said.',
  ].join('\n\n'),
};

function compare(gazette: ArticleSpec): StoryReport['provenance'] & {
  coverage: StoryReport['coverage'];
  articles: StoryReport['articles'];
} {
  const articles = [wire, gazette, courier].map((spec) => buildArticle(spec));
  const report = compareStory(buildStory(articles), articles);
  return { ...report.provenance, coverage: report.coverage, articles: report.articles };
}

test('a byline crediting the wire is a credit that cites the byline, and a reprint of the wire counts with the wire', () => {
  const byline = 'Gazette staff and Tarn Wire';
  const result = compare({ id: 'gazette', outlet: 'Osler Gazette', byline, text: REPRINT_TEXT });
  const credit = result.credits.find((item) => item.article === 'gazette');
  assert.ok(credit !== undefined && 'byline' in credit, JSON.stringify(result.credits));
  assert.equal(credit.outlet, 'Tarn Wire');
  assert.equal(credit.text, byline);
  // A user follows the citation into the article's byline, which the report gives.
  const shown = result.articles.find((article) => article.id === 'gazette');
  assert.equal(shown?.byline, byline);
  assert.equal(shown.byline.slice(credit.byline.start, credit.byline.end), 'Tarn Wire');
  assert.ok(
    result.graph.some((edge) => edge.from === 'gazette' && edge.to === 'Tarn Wire' && edge.kind === 'credit'),
  );
  // The Gazette's text is the wire's: two independent sources (the wire, the Courier), not three.
  assert.equal(result.coverage.independentSources, 2);
  assert.equal(shown.reprintOf, 'wire');
  assert.equal(shown.copyOf, undefined);
});

test("a byline credit on text of the outlet's own is reported as a credit, not as a copy", () => {
  const result = compare({
    id: 'gazette',
    outlet: 'Osler Gazette',
    byline: 'Gazette staff and Tarn Wire',
    text: OWN_TEXT,
  });
  assert.ok(result.credits.some((item) => item.article === 'gazette' && item.outlet === 'Tarn Wire'));
  assert.equal(result.coverage.independentSources, 3);
  assert.equal(result.articles.find((article) => article.id === 'gazette')?.reprintOf, undefined);
});

test('a byline of people, or of the outlet itself, credits no one; nor does one without the wire make a reprint', () => {
  for (const byline of ['Gazette staff', 'Ana Ruiz and Bo Lind', 'Ana Ruiz, Osler Gazette']) {
    const result = compare({ id: 'gazette', outlet: 'Osler Gazette', byline, text: REPRINT_TEXT });
    assert.deepEqual(
      result.credits.filter((item) => item.article === 'gazette'),
      [],
      byline,
    );
    // The reused passages are reported, but without a credit the Gazette stays a source of its own.
    assert.equal(result.coverage.independentSources, 3, byline);
  }
});

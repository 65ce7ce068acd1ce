/**
 * Property tests: the summary stage on adversarial stories and text. Every summary sentence and the headline
 * cite whole sentences of the story's articles, loaded spans lie in the text, the headline never throws on
 * soup, and the same input gives the same output.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { newsText, textSoup } from '../../test/helpers/adversarial-input.js';
import { adversarialStory } from '../../test/helpers/adversarial-story.js';
import { assertArticleSpans, assertCitation, isWellFormed } from '../../test/helpers/check-invariants.js';
import { compareStory } from '../compare/index.js';
import { analyzeLanguage } from '../language/index.js';
import { createTextArticle } from '../model/index.js';
import { detectLoaded, makeHeadline, summarizeStory } from './index.js';

test('property: summary sentences and headline cite whole sentences of the story, deterministically', () => {
  fc.assert(
    fc.property(adversarialStory, fc.integer({ min: 0, max: 8 }), ({ story, articles }, sentences) => {
      const compared = compareStory(story, articles);
      const facts = [...compared.facts.shared, ...compared.facts.unique];
      const summary = summarizeStory(articles, facts, { sentences });
      const members = new Map(articles.map((article) => [article.id, article]));
      // Half a character in the input (a lone surrogate from the soup, in a text or in a title, which a headline
      // may come from) may rightly show in the output.
      const wellFormed = articles.every(
        (article) => isWellFormed(article.text) && isWellFormed(article.title ?? ''),
      );
      summary.summary.forEach((sentence, index) => {
        assert.ok(sentence.text.trim() !== '', `summary sentence ${index} is empty`);
        assert.ok(
          !wellFormed || isWellFormed(sentence.text),
          `summary sentence ${index} has half a character`,
        );
        assert.ok(sentence.citations.length > 0, `summary sentence ${index} cites nothing`);
        for (const citation of sentence.citations)
          assertCitation(citation, members, `summary ${index}`, true);
      });
      assert.ok(summary.summary.length <= Math.max(sentences, 0) + 1, 'summary longer than asked');
      assert.ok(!wellFormed || isWellFormed(summary.headline.text), 'headline has half a character');
      if (summary.headline.text !== '') assert.ok(summary.headline.citations.length > 0);
      for (const citation of summary.headline.citations) assertCitation(citation, members, 'headline', true);
      assert.deepEqual(summarizeStory(articles, facts, { sentences }), summary);
    }),
    { numRuns: 25 },
  );
});

test('property: makeHeadline on any sentence keeps its citations and never splits a character', () => {
  const citation = { article: 'a0', sentence: 0, start: 0, end: 10 };
  fc.assert(
    fc.property(fc.oneof(textSoup(), newsText(1)), (text) => {
      const headline = makeHeadline({ text, citations: [citation] });
      assert.ok(!isWellFormed(text) || isWellFormed(headline.text), JSON.stringify(headline.text));
      if (headline.text !== '') assert.deepEqual(headline.citations, [citation]);
      assert.deepEqual(makeHeadline({ text, citations: [citation] }), headline);
    }),
    { numRuns: 200 },
  );
});

test('property: detectLoaded spans lie in the text and name real sentences, whatever the soup', () => {
  fc.assert(
    fc.property(fc.oneof(textSoup(), newsText()), (text) => {
      const annotated = analyzeLanguage(createTextArticle(text));
      const loaded = detectLoaded(annotated);
      assertArticleSpans({ ...annotated, loaded });
      assert.deepEqual(detectLoaded(annotated), loaded);
    }),
    { numRuns: 80 },
  );
});

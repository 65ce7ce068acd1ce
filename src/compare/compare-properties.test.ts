/**
 * Property tests: compareStory on adversarial stories (one article, near-identical versions, soup, an article
 * with no sentences, declared copies) never throws, cites only sentences of the story's own articles, and
 * gives the same comparison for the same input.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { adversarialStory } from '../../test/helpers/adversarial-story.js';
import { assertReportCitations } from '../../test/helpers/check-invariants.js';
import { compareStory } from './index.js';

test('property: every finding cites real sentences of the story, and comparing twice agrees', () => {
  fc.assert(
    fc.property(adversarialStory, ({ story, articles }) => {
      const compared = compareStory(story, articles);
      assertReportCitations(
        { ...compared, headline: { text: '', citations: [] }, summary: [], loaded: [] },
        story,
        articles,
      );
      const inStory = new Set(story.articles);
      assert.equal(compared.articles.length, inStory.size);
      for (const fact of compared.facts.shared) assert.ok(fact.sources >= 2, `shared fact ${fact.id}`);
      for (const fact of [...compared.facts.shared, ...compared.facts.unique]) {
        assert.ok(fact.sources >= 1 && fact.sources <= fact.articles.length);
      }
      assert.deepEqual(compareStory(story, articles), compared);
    }),
    { numRuns: 25 },
  );
});

test('property: an article listed twice in a story, or extra articles passed in, change nothing', () => {
  fc.assert(
    fc.property(adversarialStory, ({ story, articles }) => {
      const [first, ...rest] = story.articles;
      fc.pre(first !== undefined && rest.length > 0);
      const smaller = { ...story, articles: rest, timeline: story.timeline.slice(1), copies: [] };
      const reference = compareStory(smaller, articles.slice(1));
      assert.deepEqual(compareStory({ ...smaller, articles: [...rest, ...rest] }, articles), reference);
    }),
    { numRuns: 12 },
  );
});

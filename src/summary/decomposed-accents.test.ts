/**
 * A story whose articles write accents as combining marks (NFD) is summarised like the same story written
 * precomposed (NFC): same summary, headline and loaded spans.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotateAccentedStory, decompose, withoutEncoding } from '../../test/helpers/accented-story.js';
import { compareStory } from '../compare/index.js';
import type { Story } from '../model/index.js';
import { buildLoadedEntries, detectLoaded, summarizeStory } from './index.js';

function summarize(encode: (text: string) => string): unknown {
  const articles = annotateAccentedStory(encode);
  const story: Story = {
    id: 'tram',
    articles: articles.map((article) => article.id),
    copies: [],
    timeline: articles.map((article) => ({ article: article.id, published: article.published ?? '' })),
    merged: [],
  };
  const compared = compareStory(story, articles);
  const facts = [...compared.facts.shared, ...compared.facts.unique];
  return {
    summary: summarizeStory(articles, facts, { conflicts: compared.conflicts }),
    loaded: buildLoadedEntries(articles),
    spans: articles.map(detectLoaded),
  };
}

describe('summarizeStory on decomposed accents', () => {
  const composed = summarize((text) => text);
  const decomposed = summarize(decompose);

  it('flags loaded words in the precomposed story (the baseline is not empty)', () => {
    const texts = JSON.stringify(withoutEncoding(composed));
    assert.match(texts, /reckless/);
    assert.match(texts, /shameful/);
  });

  it('gives the same headline, summary and loaded spans for the decomposed story', () => {
    assert.deepEqual(withoutEncoding(decomposed), withoutEncoding(composed));
  });
});

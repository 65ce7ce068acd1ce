import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTextArticle, type Entity } from '../model/index.js';
import { createStoryIndex } from './create-story-index.js';
import { extractFeatures, type ArticleFeatures } from './extract-features.js';
import { packFeatures, unpackFeatures } from './pack-features.js';

const entity = (key: string, mentions: number): Entity => ({
  id: `e-${key}`,
  name: key,
  key,
  type: 'person',
  mentions: Array.from({ length: mentions }, () => ({ start: 0, end: 1, text: 'x', labels: [] })),
});

const articles = [
  createTextArticle(
    'Lighthouse keeper Ansel Troy reported a fog bank off Cape Maren on Friday, 3 May 2024.',
    {
      id: 'fog-1',
      title: 'Fog closes Cape Maren harbour',
      published: '2024-05-04T08:00:00Z',
      outlet: 'Maren Tidings',
    },
  ),
  createTextArticle('Short note without a date.', { id: 'note-1' }),
  createTextArticle('', { id: 'empty-1', title: '' }),
  createTextArticle('Counsellor Vira Holm opened the Tarn Valley library, with 1,250 books on the shelves.', {
    id: 'library-1',
    published: '2025-01-09',
    entities: [entity('vira holm', 2), entity('tarn\u0000valley', 1)],
  }),
];

test('packed features unpack to the same object, property for property and in order', () => {
  for (const article of articles) {
    const features = extractFeatures(article, article.published);
    const unpacked = unpackFeatures(packFeatures(features));
    assert.deepEqual(unpacked, features, article.id);
    assert.equal(JSON.stringify(unpacked), JSON.stringify(features), article.id);
  }
});

test('features of another shape are kept whole', () => {
  const features = extractFeatures(articles[0] as (typeof articles)[number]);
  const { version, ...rest } = features;
  const reordered = { ...rest, version } as ArticleFeatures;
  const extra = { ...features, note: 'kept' } as ArticleFeatures;
  for (const odd of [reordered, extra]) {
    const unpacked = unpackFeatures(packFeatures(odd));
    assert.equal(JSON.stringify(unpacked), JSON.stringify(odd));
  }
});

test('the index hands the store the features extractFeatures gives, as JSON', () => {
  const index = createStoryIndex();
  for (const article of articles) {
    index.add(article);
    const expected = extractFeatures(article, article.published);
    assert.equal(JSON.stringify(index.features(article.id)), JSON.stringify(expected), article.id);
  }
});

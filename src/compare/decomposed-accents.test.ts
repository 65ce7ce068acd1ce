/**
 * A story whose articles write accents as combining marks (NFD) compares like the same story written
 * precomposed (NFC), and an NFD mention links to an NFC mention of the same person across articles.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  annotateAccentedStory as annotate,
  decompose,
  withoutEncoding,
} from '../../test/helpers/accented-story.js';
import type { Article } from '../model/index.js';
import { compareStory, type ComparedStory } from './index.js';
import { buildStory } from './story-fixture.test-helper.js';

function compare(articles: Article[]): ComparedStory {
  return compareStory(buildStory(articles), articles);
}

describe('compareStory on decomposed accents', () => {
  const composed = compare(annotate((text) => text));
  const decomposed = compare(annotate(decompose));
  const mixed = compare(annotate((text) => (text.startsWith('Peña') ? decompose(text) : text)));

  it('finds shared facts, conflicts, quotes and labels in the precomposed story (the baseline is not empty)', () => {
    assert.ok(composed.facts.shared.length > 0);
    assert.ok(composed.conflicts.length > 0);
    assert.ok(composed.quotes.some((group) => group.articles.length === 2));
    assert.ok(composed.labels.some((entry) => entry.names.includes('José Peña Núñez')));
  });

  it('gives the same facts, conflicts, quotes, labels and provenance for the decomposed story', () => {
    assert.deepEqual(withoutEncoding(decomposed.facts), withoutEncoding(composed.facts));
    assert.deepEqual(withoutEncoding(decomposed.conflicts), withoutEncoding(composed.conflicts));
    assert.deepEqual(withoutEncoding(decomposed.quotes), withoutEncoding(composed.quotes));
    assert.deepEqual(withoutEncoding(decomposed.labels), withoutEncoding(composed.labels));
    assert.deepEqual(withoutEncoding(decomposed.provenance), withoutEncoding(composed.provenance));
    assert.deepEqual(withoutEncoding(decomposed), withoutEncoding(composed));
  });

  it('links a decomposed mention to a precomposed one of the same person and reads as the precomposed story', () => {
    const mayor = mixed.labels.find((entry) => entry.names.some((name) => name.startsWith('José')));
    assert.ok(mayor, JSON.stringify(mixed.labels));
    assert.deepEqual(mayor.byArticle.map((row) => row.article).sort(), ['correo', 'diario']);
    assert.ok(
      mayor.names.every((name) => name === name.normalize('NFC')),
      JSON.stringify(mayor.names),
    );
    assert.deepEqual(withoutEncoding(mixed), withoutEncoding(composed));
  });
});

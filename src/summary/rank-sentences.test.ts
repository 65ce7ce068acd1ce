import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { linkSentences, rankDistinctSentences, rankSentences } from './rank-sentences.js';
import { inverseFrequencies, termVector } from './text-vectors.js';

const WORDS = ['ferry', 'quay', 'storm', 'council', 'vote', 'harbour', 'night', 'island'];

function vectorsOf(sentences: readonly (readonly string[])[]) {
  const idf = inverseFrequencies(sentences);
  return sentences.map((words) => termVector(words, idf));
}

test('property: centrality over distinct sentences equals the full graph’s, copies or not', () => {
  const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 5 });
  fc.assert(
    fc.property(
      fc.array(sentence, { minLength: 1, maxLength: 12 }),
      fc.array(fc.nat(), { maxLength: 20 }),
      (distinct, copies) => {
        // Repeat some sentences, as copies of a release would.
        const sentences = [...distinct, ...copies.map((pick) => distinct[pick % distinct.length] ?? [])];
        const vectors = vectorsOf(sentences);
        const full = rankSentences(linkSentences(vectors));
        const fast = rankDistinctSentences(vectors);
        assert.equal(fast.length, full.length);
        fast.forEach((score, index) => assert.ok(Math.abs(score - (full[index] ?? 0)) < 1e-12, `${index}`));
      },
    ),
    { numRuns: 200 },
  );
});

test('a thousand copies of one release are ranked without building their pairwise graph', () => {
  const release = [
    ['ferry', 'night', 'island'],
    ['council', 'vote', 'ferry'],
    ['storm', 'quay'],
  ];
  const sentences = Array.from({ length: 1000 }, () => release).flat();
  const scores = rankDistinctSentences(vectorsOf(sentences));
  assert.equal(scores.length, 3000);
  const total = scores.reduce((sum, score) => sum + score, 0);
  assert.ok(Math.abs(total - 1) < 1e-9, `scores sum to 1, got ${total}`);
  assert.equal(scores[0], scores[3], 'copies share a score');
});

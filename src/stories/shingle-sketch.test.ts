import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { copySimilarity } from './find-copies.js';
import { countSharedHashes, shingleSketch, sketchOverlap } from './shingle-sketch.js';

test('identical texts up to case, punctuation and spacing have the same fingerprint', () => {
  const a = shingleSketch('The  pier at Halvik was damaged, officials said.');
  const b = shingleSketch('the pier at halvik was damaged officials said');
  assert.equal(a.fingerprint, b.fingerprint);
  assert.deepEqual(a.sketch, b.sketch);
});

test('a text with combining accents (NFD) has the sketch of the same text precomposed', () => {
  const composed =
    'Mayor José Peña Núñez said the Bogotá tram line to Usmé would open in March, officials said.';
  const a = shingleSketch(composed);
  const b = shingleSketch(composed.normalize('NFD'));
  assert.equal(b.words, a.words);
  assert.equal(b.fingerprint, a.fingerprint);
  assert.deepEqual(b.sketch, a.sketch);
  assert.notEqual(shingleSketch(composed.replace('Núñez', 'Nuñoz')).fingerprint, a.fingerprint);
});

test('sketches are ascending and distinct', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom('ferry', 'storm', 'pier', 'island', 'repairs', 'harbour'), { maxLength: 300 }),
      (words) => {
        const { sketch } = shingleSketch(words.join(' '));
        for (let index = 1; index < sketch.length; index++)
          assert.ok((sketch[index - 1] as number) < (sketch[index] as number));
      },
    ),
  );
});

test('copySimilarity is symmetric and 1 for identical text', () => {
  fc.assert(
    fc.property(fc.string(), fc.string(), (a, b) => {
      assert.equal(copySimilarity(a, b), copySimilarity(b, a));
      assert.equal(copySimilarity(a, a), 1);
    }),
  );
});

test('overlap counts shared hashes against the smaller and the larger sketch', () => {
  assert.deepEqual(sketchOverlap([1, 2, 3, 4], [2, 4]), { shared: 2, containment: 1, resemblance: 0.5 });
  assert.deepEqual(sketchOverlap([], [1]), { shared: 0, containment: 0, resemblance: 0 });
});

test('countSharedHashes counts shared hashes, or gives up once the needed count is out of reach', () => {
  assert.equal(countSharedHashes([1, 2, 3, 4, 9], [2, 4, 9], 0), 3);
  assert.equal(countSharedHashes([1, 2, 3, 4, 9], [2, 4, 9], 3), 3);
  assert.equal(countSharedHashes([1, 2, 3, 4, 9], [2, 4, 9], 4), -1);
  assert.equal(countSharedHashes([1, 3, 5], [2, 4, 6], 1), -1);
  assert.equal(countSharedHashes(new Uint32Array([5, 6, 7]), [5, 6, 7], 3), 3);
});

test('countSharedHashes agrees with sketchOverlap whenever the needed count is reached', () => {
  const sketch = fc
    .uniqueArray(fc.integer({ min: 0, max: 60 }))
    .map((values) => values.sort((a, b) => a - b));
  fc.assert(
    fc.property(sketch, sketch, fc.integer({ min: 0, max: 30 }), (a, b, needed) => {
      const { shared } = sketchOverlap(a, b);
      assert.equal(countSharedHashes(a, b, needed), shared >= needed ? shared : -1);
    }),
  );
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conceptGain, conceptsOf, weighConcepts } from './weigh-concepts.js';

test('concepts are the stems and adjacent pairs, each once', () => {
  assert.deepEqual(conceptsOf(['mine', 'close', 'mine']), ['mine', 'close', 'mine close', 'close mine']);
  assert.deepEqual(conceptsOf([]), []);
});

test('a concept weighs the number of sources carrying it; one source alone does not count', () => {
  const weights = weighConcepts([
    { source: 'lantern', words: ['varna', 'mine', 'close'] },
    { source: 'lantern', words: ['varna', 'mine', 'retrain'] },
    { source: 'courier', words: ['varna', 'mine', 'disaster'] },
    { source: 'post', words: ['varna', 'mine'] },
  ]);
  assert.equal(weights.get('varna'), 3);
  assert.equal(weights.get('varna mine'), 3);
  assert.equal(weights.has('retrain'), false, 'one outlet twice is still one source');
  assert.equal(weights.has('disaster'), false);
});

test('with a single source every concept counts', () => {
  const weights = weighConcepts([{ source: 'lantern', words: ['varna', 'mine'] }]);
  assert.equal(weights.get('varna'), 1);
});

test('the gain leaves out covered concepts', () => {
  const weights = new Map([
    ['varna', 3],
    ['mine', 2],
  ]);
  assert.equal(conceptGain(['varna', 'mine', 'other'], weights, new Set()), 5);
  assert.equal(conceptGain(['varna', 'mine'], weights, new Set(['varna'])), 2);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isIrregularPast } from './index.js';

test('irregular past forms are read in any case; -ed forms and longer words holding one are not', () => {
  for (const word of ['sent', 'Told', 'DROVE', 'sank', 'said']) assert.ok(isIrregularPast(word), word);
  for (const word of ['walked', 'sentence', 'present', 'will', '']) assert.ok(!isIrregularPast(word), word);
});

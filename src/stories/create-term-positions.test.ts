import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTermPositions } from './create-term-positions.js';

test('term positions keep the first position of each id and forget everything on clear', () => {
  const positions = createTermPositions();
  assert.equal(positions.insert(7, 0), -1);
  assert.equal(positions.insert(2_000_000, 1), -1);
  assert.equal(positions.insert(7, 5), 0);
  assert.equal(positions.find(7), 0);
  assert.equal(positions.find(2_000_000), 1);
  assert.equal(positions.find(8), -1);
  positions.clear();
  assert.equal(positions.find(7), -1);
  assert.equal(positions.insert(7, 3), -1);
  assert.equal(positions.find(7), 3);
});

test('term positions grow past their initial size and still find every id', () => {
  const positions = createTermPositions();
  const ids = Array.from({ length: 5000 }, (_, index) => (index * 7919) % 2_097_152);
  ids.forEach((id, index) => assert.equal(positions.insert(id, index), -1));
  ids.forEach((id, index) => assert.equal(positions.find(id), index));
  assert.equal(positions.find(2_097_151), -1);
});

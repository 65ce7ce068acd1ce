import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTermTable } from './create-term-table.js';

test('a term table returns what was set per id and undefined elsewhere', () => {
  const table = createTermTable<number[]>(8);
  assert.equal(table.get(3), undefined);
  table.set(3, [1, 2]);
  table.set(7, [5]);
  assert.deepEqual(table.get(3), [1, 2]);
  assert.deepEqual(table.get(7), [5]);
  assert.equal(table.get(0), undefined);
  table.set(3, [9]);
  assert.deepEqual(table.get(3), [9]);
  table.delete(3);
  assert.equal(table.get(3), undefined);
  assert.deepEqual(table.get(7), [5]);
});

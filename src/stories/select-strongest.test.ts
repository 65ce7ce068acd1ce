import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { selectStrongest } from './select-strongest.js';

test('selectStrongest keeps the same entries, in the same order, as a full sort', () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { maxLength: 60 }),
      fc.array(fc.constantFrom(0.5, 1, 1.5, 2, 3), { minLength: 60, maxLength: 60 }),
      fc.integer({ min: 0, max: 70 }),
      (keys, values, count) => {
        const expected = keys
          .map((key, position) => ({ key, value: values[position] as number, position }))
          .sort((a, b) => b.value - a.value || a.key - b.key)
          .slice(0, count)
          .map((entry) => entry.position);
        assert.deepEqual(selectStrongest(keys, values, keys.length, count), expected);
      },
    ),
  );
});

test('selectStrongest breaks ties by the smaller key', () => {
  assert.deepEqual(selectStrongest([9, 4, 7], [1, 1, 2], 3, 2), [2, 1]);
});

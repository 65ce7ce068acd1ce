import assert from 'node:assert/strict';
import { test } from 'node:test';
import { balancesQuotes } from './balances-quotes.js';

test('balancesQuotes: a piece of a multi-sentence quotation opens or closes what it does not contain', () => {
  assert.ok(balancesQuotes('“We will reopen the quay,” the mayor said.'));
  assert.ok(balancesQuotes('"We will reopen the quay," the mayor said.'));
  assert.ok(balancesQuotes('The ferry ran late on Monday.'));
  assert.ok(!balancesQuotes('“We watched the night boat leave.'));
  assert.ok(!balancesQuotes('Nobody came," she said.'));
  assert.ok(!balancesQuotes('That tells you everything,” he said.'));
});

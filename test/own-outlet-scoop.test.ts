import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runParallax } from './helpers/run-cli.js';

test('quotes reads a record’s outlet: its own scoop line is neither a quote nor a credit', async () => {
  const text = [
    'Pellow cannery to close',
    'The Pellow cannery will close in March, its owner Marten Voss said on Tuesday.',
    'The Pellow Courier first reported the closure on Monday.',
  ].join('\n\n');
  const own = JSON.stringify({ id: 'courier', outlet: 'Pellow Courier', text });
  const other = JSON.stringify({ id: 'ledger', outlet: 'Tolland Ledger', text });
  const run = await runParallax(['quotes'], { stdin: `${own}\n${other}\n` });
  assert.equal(run.code, 0, run.stderr);
  const [courier, ledger] = run.records as {
    quotes: { cue: { text: string } }[];
    credits: { outlet: string }[];
  }[];
  assert.deepEqual(
    courier?.quotes.map((quote) => quote.cue.text),
    ['said'],
  );
  assert.deepEqual(courier?.credits, []);
  // The same line in another outlet credits the Courier.
  assert.deepEqual(
    ledger?.credits.map((credit) => credit.outlet),
    ['Pellow Courier'],
  );
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawInput } from '../model/index.js';
import { analyzeArticles, processInput } from '../pipeline.js';

function input(id: string, outlet: string, title: string, body: string): RawInput {
  return { source: `${id}.txt`, format: 'text', id, outlet, title, text: `${title}\n\n${body}` };
}

const COURIER =
  'The Pellmark harbour authority closed the old east breakwater on Monday after divers found deep cracks in its base. ' +
  'Repairs are expected to take most of the winter, the authority said.';
const LEDGER =
  'Divers inspecting the east breakwater in Pellmark found cracks running through its foundations, and the harbour ' +
  'authority shut it on Monday. Work on the wall will last until the spring, officials told the Ledger.';

function story(quoteA: string, quoteB: string) {
  const articles = [
    input('courier', 'Harbour Courier', 'Pellmark closes cracked east breakwater', `${COURIER} ${quoteA}`),
    input('ledger', 'Pellmark Ledger', 'Cracked breakwater shut for the winter', `${LEDGER} ${quoteB}`),
  ].map(processInput);
  const { reports } = analyzeArticles(articles);
  assert.equal(reports.length, 1);
  return reports[0]!;
}

test('a quotation one outlet gives with its negation dropped is reported in the summary, every version cited', () => {
  const report = story(
    'Harbour master Edda Quell said: "Boat owners do not need to move their moorings."',
    'Harbour master Edda Quell said: "Boat owners need to move their moorings."',
  );
  const group = report.quotes.find((quote) => quote.variants.some((v) => v.differences.includes('reversed')));
  assert.ok(group, 'compare finds the reversed quotation');
  const sentence = report.summary.find((item) => /Edda Quell/.test(item.text) && /differ/.test(item.text));
  assert.ok(sentence, `the summary reports it: ${report.summary.map((item) => item.text).join(' | ')}`);
  assert.match(sentence.text, /do not need to move their moorings/);
  assert.match(sentence.text, /Harbour Courier/);
  assert.match(sentence.text, /Pellmark Ledger/);
  assert.deepEqual(
    new Set(sentence.citations.map((citation) => citation.article)),
    new Set(['courier', 'ledger']),
  );
});

test('the same quotation trimmed, not reversed, adds no dispute to the summary', () => {
  const report = story(
    'Harbour master Edda Quell said: "Boat owners do not need to move their moorings before the spring tides."',
    'Harbour master Edda Quell said: "Boat owners do not need to move their moorings."',
  );
  assert.ok(!report.summary.some((item) => /differ/.test(item.text)));
});

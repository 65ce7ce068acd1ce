import assert from 'node:assert/strict';
import { test } from 'node:test';
import { balancesQuotes } from '../language/index.js';
import type { Fact } from '../model/index.js';
import { closeQuotation } from './close-quotation.js';
import { compareStory } from './index.js';
import { buildArticle, buildStory } from './story-fixture.test-helper.js';

test('a sentence cut inside a quotation gets back the mark the cut took, straight or curly', () => {
  assert.equal(
    closeQuotation('Ned Orme, 70, said: "We lost the lot.'),
    'Ned Orme, 70, said: "We lost the lot."',
  );
  assert.equal(closeQuotation('Not a single boat," Orme said.'), '"Not a single boat," Orme said.');
  assert.equal(closeQuotation('Orme said: “We lost the lot.'), 'Orme said: “We lost the lot.”');
  assert.equal(closeQuotation('Not one boat,” he said.'), '“Not one boat,” he said.');
  // Balanced wording is left as it is.
  for (const text of ['"We lost it," Orme said.', 'Orme called it “a disgrace”.', 'No quotation here.'])
    assert.equal(closeQuotation(text), text);
});

test('a one-outlet fact cut inside a quotation is shown with the quotation closed', () => {
  const ledger = buildArticle({
    id: 'ledger',
    outlet: 'Marrow Ledger',
    text: [
      'The Tarrow ferry sank in its berth at Old Quay on Sunday after a storm surge broke the harbour wall.',
      'Skipper Ned Orme, 70, whose boat sank beside it, said: "We lost the whole fleet. Not one boat left."',
    ].join('\n\n'),
  });
  const post = buildArticle({
    id: 'post',
    outlet: 'Harbour Post',
    text: 'A storm surge broke the harbour wall at Old Quay on Sunday, and the Tarrow ferry sank in its berth.',
  });
  const report = compareStory(buildStory([ledger, post]), [ledger, post]);
  const facts: Fact[] = [...report.facts.shared, ...report.facts.unique];
  const skipper = facts.find((fact) => /Skipper Ned Orme/.test(fact.text));
  assert.ok(skipper, JSON.stringify(facts.map((fact) => fact.text)));
  assert.ok(balancesQuotes(skipper.text), skipper.text);
  assert.match(skipper.text, /"We lost the whole fleet\."$/);
});

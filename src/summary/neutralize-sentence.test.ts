import assert from 'node:assert/strict';
import { test } from 'node:test';
import { neutralizeSentence } from './neutralize-sentence.js';

test('a ruler epithet before a name becomes "leader" and is returned as the outlet label', () => {
  const result = neutralizeSentence('Eldorian dictator Anton Vell opened the bridge.');
  assert.equal(result.text, 'Eldorian leader Anton Vell opened the bridge.');
  assert.deepEqual(result.removed, [{ label: 'dictator', name: 'Anton Vell' }]);
  assert.equal(result.residual, 0);
});

test('other epithets before a name are dropped with their article', () => {
  assert.equal(
    neutralizeSentence('Police questioned the thug Rolf Marr on Monday.').text,
    'Police questioned Rolf Marr on Monday.',
  );
});

test('plain swaps and dropped intensifiers', () => {
  assert.equal(
    neutralizeSentence('The regime slammed the utterly new tax.').text,
    'The government criticized the new tax.',
  );
  assert.equal(neutralizeSentence('Clearly, the port will reopen.').text, 'The port will reopen.');
});

test('a side clause carrying the loaded words is dropped; the main fact stays', () => {
  const result = neutralizeSentence(
    'The council kept the mayor in office, despite a disastrous record on housing, the Varna Post reported.',
  );
  assert.equal(result.text, 'The council kept the mayor in office, the Varna Post reported.');
  assert.equal(result.residual, 0);
});

test('what cannot be fixed is counted, and quoted words are left alone', () => {
  assert.ok(neutralizeSentence('The plan is a fiasco.').residual >= 1);
  const quoted = neutralizeSentence('"The plan is a fiasco," the mayor said.');
  assert.equal(quoted.residual, 0);
  assert.equal(quoted.text, '"The plan is a fiasco," the mayor said.');
});

test('an emotive adjective before its noun is dropped, and the article agrees with the new next word', () => {
  assert.equal(
    neutralizeSentence('The council took an extraordinary step to close the harbour.').text,
    'The council took a step to close the harbour.',
  );
  assert.equal(
    neutralizeSentence('Critics mocked the ferry plan.').text,
    'Critics criticized the ferry plan.',
  );
  // Predicative use cannot be dropped without breaking the sentence: it stays residual.
  assert.ok(neutralizeSentence('The ferry plan was disastrous.').residual >= 1);
});

test('a loaded phrase that cannot be dropped takes its comma-delimited part with it, not the sentence', () => {
  const aside = neutralizeSentence(
    'The Varna mine, a fiasco for a decade, closed on Monday after 100 years.',
  );
  assert.equal(aside.text, 'The Varna mine closed on Monday after 100 years.');
  assert.equal(aside.residual, 0);
  const trailing = neutralizeSentence(
    'The council approved the ferry budget on Monday, calling the old plan a fiasco.',
  );
  assert.equal(trailing.text, 'The council approved the ferry budget on Monday.');
  const opening = neutralizeSentence(
    'After the fiasco at the harbour, the council approved a new ferry budget.',
  );
  assert.equal(opening.text, 'The council approved a new ferry budget.');
});

test('a cut that would leave a fragment keeps the sentence loaded', () => {
  const result = neutralizeSentence('A fiasco, he said.');
  assert.ok(result.residual >= 1);
});

test('a cut never leaves a subject without its predicate, or an attribution without its fact', () => {
  const trailingPredicate = neutralizeSentence(
    'Harlow Mills, one of the oldest firms in the valley, said the inquiry was a fiasco.',
  );
  assert.notEqual(trailingPredicate.text, 'Harlow Mills, one of the oldest firms in the valley.');
  assert.ok(trailingPredicate.residual >= 1);
  const mainClauseFirst = neutralizeSentence(
    'The ferry plan was a fiasco from the start, the harbour board said on Tuesday.',
  );
  assert.notEqual(mainClauseFirst.text, 'The harbour board said on Tuesday.');
  assert.ok(mainClauseFirst.residual >= 1);
  const participleRest = neutralizeSentence(
    'The rescue was a fiasco, leaving nine sailors adrift for a day, the coastguard said.',
  );
  assert.doesNotMatch(participleRest.text, /^Leaving/);
});

test('a lead-in phrase carrying the loaded words still goes', () => {
  const result = neutralizeSentence(
    'After the fiasco of the spring sale, Harlow Mills cut its prices by a third.',
  );
  assert.equal(result.text, 'Harlow Mills cut its prices by a third.');
  assert.equal(result.residual, 0);
});

test('"terrorist group" in the outlet\'s voice becomes "armed group", its article agreeing', () => {
  assert.equal(
    neutralizeSentence('Korvash, a terrorist organisation, blew up the Lissen bridge.').text,
    'Korvash, an armed group, blew up the Lissen bridge.',
  );
  assert.equal(
    neutralizeSentence('The terrorist group Korvash blew up the Lissen bridge.').text,
    'The armed group Korvash blew up the Lissen bridge.',
  );
  // A designation is reported as given.
  assert.equal(
    neutralizeSentence('The council designated Korvash a terrorist group.').text,
    'The council designated Korvash a terrorist group.',
  );
});

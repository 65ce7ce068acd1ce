import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeLanguage } from '../language/index.js';
import { createTextArticle } from '../model/index.js';
import { buildLoadedEntries } from './build-loaded-entries.js';
import { detectLoaded } from './detect-loaded.js';
import { scoreLoadedText } from './score-loaded-text.js';

void test('"X called Y Z": the evaluative word is the named or nominal subject\'s, not the writer\'s', () => {
  for (const [text, word, speaker] of [
    ['The mayor called the order unlawful.', 'unlawful', 'The mayor'],
    ['Ruiz called the plan a disgrace on Tuesday.', 'disgrace', 'Ruiz'],
    ['Opposition leaders described the budget as a disgrace.', 'disgrace', 'Opposition leaders'],
    ['The union branded the new rota a disgrace, and staff walked out.', 'disgrace', 'The union'],
  ] as const) {
    const result = scoreLoadedText(text);
    const span = result.spans.find((candidate) => candidate.text === word);
    assert.ok(span, `${word} is still listed in: ${text}`);
    assert.equal(span.speaker, speaker, text);
    assert.match(span.note, new RegExp(`what ${speaker} called it`, 'i'), text);
    assert.equal(result.loaded, false, text);
  }
});

void test('the writer\'s own characterisations still count: no subject, a pronoun, a passive, "called for"', () => {
  for (const text of [
    'The order was called unlawful and a disgrace.',
    'It is a disgrace that the order stands.',
    'Ruiz called for an end to the disgrace.',
    'The disgrace of the order, Ruiz called it.',
  ]) {
    const result = scoreLoadedText(text);
    const own = result.spans.filter((span) => span.speaker === undefined && span.text === 'disgrace');
    assert.ok(own.length > 0, text);
  }
});

void test('in an article, a reported characterisation is attributed to the entity that made it', () => {
  const article = analyzeLanguage(
    createTextArticle(
      'Harbour council closes ferry pier\n\nMayor Ana Ruiz closed the Kestrel pier on Monday. ' +
        'Ruiz called the closure a disgrace forced on the town. Boat owners called the order unlawful.',
    ),
  );
  const spans = detectLoaded(article);
  assert.equal(spans.find((span) => span.text === 'disgrace')?.speaker, 'Ana Ruiz');
  assert.equal(spans.find((span) => span.text === 'unlawful')?.speaker, 'Boat owners');
  const [entry] = buildLoadedEntries([{ ...article, loaded: spans }]);
  assert.equal(entry?.rate, 0);
});

void test('present-tense "X call Y Z", also in a relative clause: the label is the subject\'s, not the writer\'s', () => {
  for (const [text, word, speaker] of [
    ['Mayor Edda Pell, whom critics call a dictator, opened the new ferry pier.', 'dictator', 'critics'],
    ['Opposition leaders call the budget a disgrace.', 'disgrace', 'Opposition leaders'],
    ['Some residents describe the new tower as a disgrace.', 'disgrace', 'Some residents'],
  ] as const) {
    const result = scoreLoadedText(text);
    const span = result.spans.find((candidate) => candidate.text === word);
    assert.ok(span, `${word} is still listed in: ${text}`);
    assert.equal(span.speaker, speaker, text);
    assert.equal(result.loaded, false, text);
  }
  // "call for", and a pronoun or vague subject, still leave the word to the writer.
  for (const text of ['They call the budget a disgrace.', 'Residents call for an end to the disgrace.']) {
    const own = scoreLoadedText(text).spans.filter((span) => span.speaker === undefined);
    assert.ok(own.length > 0, text);
  }
});

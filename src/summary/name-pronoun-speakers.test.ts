import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity } from '../model/index.js';
import { nameSpeakers } from './name-pronoun-speakers.js';
import { createTestArticle, createTestQuote } from './test-articles.test-helper.js';

const orr: Entity = { id: 'e1', name: 'Lena Orr', key: 'lena orr', type: 'person', mentions: [] };

function article(text: string, content: string, source: string, speaker?: string) {
  const base = createTestArticle(text, { entities: [orr] });
  return { ...base, quotes: [createTestQuote(base, content, source, speaker)] };
}

test('a pronoun speaker is named where the language stage resolved it', () => {
  const text = 'The pier will reopen in May. "The crews are ready," she said.';
  const given = article(text, 'The crews are ready,', 'she', 'e1');
  const sentence = given.sentences[1]!;
  assert.equal(nameSpeakers(given, sentence.start, sentence.end), '"The crews are ready," Lena Orr said.');
});

test('a sentence that opens on the pronoun gets the name capitalised as a name', () => {
  const text = 'The pier will reopen in May. She said the crews were ready.';
  const base = createTestArticle(text, { entities: [orr] });
  const start = text.indexOf('She');
  const quote = {
    kind: 'indirect' as const,
    source: { start, end: start + 3, text: 'She' },
    cue: { start: start + 4, end: start + 8, text: 'said' },
    content: { start: start + 9, end: text.length - 1, text: 'the crews were ready' },
    speaker: 'e1',
    sentence: 1,
  };
  const sentence = base.sentences[1]!;
  assert.equal(
    nameSpeakers({ ...base, quotes: [quote] }, sentence.start, sentence.end),
    'Lena Orr said the crews were ready.',
  );
});

test('names, unresolved pronouns and pronouns outside the sentence are left as written', () => {
  const named = article('"The crews are ready," Orr said.', 'The crews are ready,', 'Orr', 'e1');
  assert.equal(nameSpeakers(named, 0, named.text.length), '"The crews are ready," Orr said.');
  const unresolved = article('"The crews are ready," she said.', 'The crews are ready,', 'she');
  assert.equal(nameSpeakers(unresolved, 0, unresolved.text.length), '"The crews are ready," she said.');
  const text = 'The pier will reopen in May. "The crews are ready," she said.';
  const elsewhere = article(text, 'The crews are ready,', 'she', 'e1');
  const first = elsewhere.sentences[0]!;
  assert.equal(nameSpeakers(elsewhere, first.start, first.end), 'The pier will reopen in May.');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { splitSentences } from './split-sentences.js';

function pieces(text: string): string[] {
  return splitSentences(text).map((sentence) => text.slice(sentence.start, sentence.end));
}

void test('keeps titles, initials and acronyms inside the sentence', () => {
  const text = 'Gen. Ray Lowe met Sen. Ida Voss and J. R. Hollis at the U.S. Embassy. They talked.';
  assert.deepEqual(pieces(text), [
    'Gen. Ray Lowe met Sen. Ida Voss and J. R. Hollis at the U.S. Embassy.',
    'They talked.',
  ]);
});

void test('ends a sentence at an acronym when a sentence opener follows', () => {
  assert.deepEqual(pieces('The fleet sailed to the U.S. The crew cheered.'), [
    'The fleet sailed to the U.S.',
    'The crew cheered.',
  ]);
});

void test('keeps the closing quotation mark with its sentence and does not split before "he said"', () => {
  const text = '“We will win!” he said. “Nobody can stop us.” The crowd roared.';
  assert.deepEqual(pieces(text), ['“We will win!” he said.', '“Nobody can stop us.”', 'The crowd roared.']);
});

void test('treats a dateline as part of the first sentence', () => {
  const text = 'PORT ELLIS, Marovia (AP) — The harbour closed on Monday. Ships waited offshore.';
  assert.deepEqual(pieces(text), [
    'PORT ELLIS, Marovia (AP) — The harbour closed on Monday.',
    'Ships waited offshore.',
  ]);
});

void test('never crosses a paragraph boundary and records the paragraph index', () => {
  const text = 'A headline without a period\n\nFirst body sentence. Second one\n\nThird paragraph.';
  const sentences = splitSentences(text);
  assert.deepEqual(
    sentences.map((sentence) => [text.slice(sentence.start, sentence.end), sentence.paragraph]),
    [
      ['A headline without a period', 0],
      ['First body sentence.', 1],
      ['Second one', 1],
      ['Third paragraph.', 2],
    ],
  );
});

void test('honours given paragraphs', () => {
  const text = 'One. Two.\nThree.';
  const sentences = splitSentences(text, [
    { start: 0, end: 9, kind: 'paragraph' },
    { start: 10, end: 16, kind: 'paragraph' },
  ]);
  assert.deepEqual(
    sentences.map((sentence) => sentence.paragraph),
    [0, 0, 1],
  );
});

void test('does not split numbers, months before days or "No." before a number', () => {
  assert.deepEqual(pieces('Turnout rose 3.5 percent on Nov. 8 at polling place No. 4 in St. Paul. Done.'), [
    'Turnout rose 3.5 percent on Nov. 8 at polling place No. 4 in St. Paul.',
    'Done.',
  ]);
});

void test('text without sentence punctuation becomes bounded sentences', () => {
  const text = 'word '.repeat(2000).trim();
  const sentences = splitSentences(text);
  assert.ok(sentences.length >= 5);
  for (const sentence of sentences) assert.ok(sentence.end - sentence.start <= 2000);
});

void test('a 1 MB single paragraph splits in linear time', () => {
  const unit = 'The envoy from Dr. Kell’s U.S. office said “we’re close. ';
  const split = (bytes: number): { elapsed: number; count: number } => {
    const text = unit.repeat(Math.ceil(bytes / unit.length));
    const started = performance.now();
    const count = splitSentences(text).length;
    return { elapsed: performance.now() - started, count };
  };
  const small = split(125_000);
  const large = split(1_000_000);
  assert.ok(large.count > 10_000);
  // Eight times the text: about eight times the time when linear, sixty-four when quadratic.
  assert.ok(large.elapsed < 24 * small.elapsed, `1 MB took ${large.elapsed} ms, 125 kB ${small.elapsed} ms`);
});

void test('property: sentences are ordered, trimmed, non-empty and inside their paragraph', () => {
  fc.assert(
    fc.property(
      fc.string({ unit: fc.constantFrom('a', 'B', ' ', '.', '!', '?', '"', '“', '”', '\n', 'U.S.', 'Mr.') }),
      (text) => {
        const sentences = splitSentences(text);
        let previousEnd = 0;
        for (const sentence of sentences) {
          assert.ok(
            sentence.start >= previousEnd && sentence.end > sentence.start && sentence.end <= text.length,
          );
          const piece = text.slice(sentence.start, sentence.end);
          assert.equal(piece, piece.trim());
          previousEnd = sentence.end;
        }
      },
    ),
  );
});

void test('keeps a speaker tag with the quoted question or exclamation before it', () => {
  assert.deepEqual(pieces('“Who do they think they are?” Mayor Ana Ruiz said. “Enough!” The crowd left.'), [
    '“Who do they think they are?” Mayor Ana Ruiz said.',
    '“Enough!”',
    'The crowd left.',
  ]);
});

void test('a clock time ends a sentence unless a day, month or time zone continues it', () => {
  assert.deepEqual(
    pieces('The alarm was raised at 2:35 p.m. Two crews were sent. The vote is at 3 p.m. Tuesday.'),
    ['The alarm was raised at 2:35 p.m.', 'Two crews were sent.', 'The vote is at 3 p.m. Tuesday.'],
  );
  assert.deepEqual(
    pieces('Polls open at 7 a.m. EST and close at 8 p.m. on Friday. Counting starts at once.'),
    ['Polls open at 7 a.m. EST and close at 8 p.m. on Friday.', 'Counting starts at once.'],
  );
});

void test('a decimal written with a space after its point ("6. 2 quake") stays in its sentence', () => {
  // Copy run through a tokenizer and back comes out as "magnitude 6. 2 quake", "5. 8 percent".
  const text = 'A magnitude 6. 2 quake shook Verrin on Sunday. Output grew 5. 8 percent in the spring.';
  assert.deepEqual(pieces(text), [
    'A magnitude 6. 2 quake shook Verrin on Sunday.',
    'Output grew 5. 8 percent in the spring.',
  ]);
  // A sentence may still end on a figure before one that opens on a capital or a year.
  assert.equal(pieces('The vote was 41 to 9. 2026 will be harder.').length, 2);
  assert.equal(pieces('Turnout fell to 61. Officials were surprised.').length, 2);
});

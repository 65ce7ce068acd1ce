import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { BREAK, CAPITALISED_START, CAPITALISED_WORD, NUMBER, tokenizeWords, WORD } from './tokenize-words.js';

/** The definition the scanner implements, as one regular expression (the tokeniser before it was hand-written). */
const REFERENCE = /(\p{Lu}[\p{L}\p{M}'’-]*)|(\p{Ll}[\p{L}\p{M}'’-]*)|(\d+(?:[.,:]\d+)*)|([.!?\n"“”])/gu;

/** Raw tokens of the reference: [kind, text], kinds 'upper', 'lower', 'number', 'mark'. */
function referenceTokens(text: string): [string, string][] {
  const tokens: [string, string][] = [];
  for (const match of text.matchAll(REFERENCE)) {
    if (match[1] !== undefined) tokens.push(['upper', match[1]]);
    else if (match[2] !== undefined) tokens.push(['lower', match[2]]);
    else if (match[3] !== undefined) tokens.push(['number', match[3]]);
    else tokens.push(['mark', match[4] as string]);
  }
  return tokens;
}

/** Characters that exercise every branch: cases, marks, joiners, digits and separators, quotes, astral letters. */
const PIECES = [
  'a',
  'Z',
  'é',
  'É',
  'ß',
  'İ',
  'ǅ',
  'ª',
  'µ',
  '\u0301',
  'ꓐ',
  'Ⅻ',
  '中',
  '𝐀',
  '𝒶',
  '\ud800',
  '\udc00',
  '0',
  '7',
  '.',
  ',',
  ':',
  '!',
  '?',
  '\n',
  '"',
  '“',
  '”',
  "'",
  '’',
  '-',
  ' ',
  ' ',
  'ing',
  'ies',
  "'s",
  '_',
];

test('the scanner finds the same tokens as the reference regular expression', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.string(), (pieces, extra) => {
      for (const text of [pieces.join(''), extra]) {
        const reference = referenceTokens(text);
        const { keys, kinds } = tokenizeWords(text);
        assert.equal(keys.length, reference.length, text);
        for (const [position, [kind, token]] of reference.entries()) {
          const got = kinds[position] as number;
          if (kind === 'mark') assert.equal(got, BREAK, text);
          else if (kind === 'number') {
            assert.equal(got, NUMBER, text);
            assert.equal(keys[position], '#' + token.replace(/,/g, ''), text);
          } else if (got !== BREAK) {
            assert.ok(
              kind === 'upper' ? got === CAPITALISED_WORD || got === CAPITALISED_START : got === WORD,
            );
            // A stem is the lower-cased word (in NFC) less a suffix ("-ies" becomes "-y").
            const lower = token.normalize('NFC').toLowerCase();
            const key = keys[position] as string;
            assert.ok(
              lower.startsWith(key) || (key.endsWith('y') && lower.startsWith(key.slice(0, -1))),
              text,
            );
          }
        }
      }
    }),
    { numRuns: 2000 },
  );
});

test('capitalised words are names inside a sentence, starts after a full stop, and stopwords break', () => {
  const { keys, kinds } = tokenizeWords('Ferries to Halvik resumed. The harbour said "Tove" 1,200.5');
  assert.deepEqual(keys, ['ferry', '', 'halvik', 'resum', '', '', 'harbour', '', '', 'tove', '', '#1200.5']);
  assert.deepEqual(kinds, [
    CAPITALISED_START,
    BREAK,
    CAPITALISED_WORD,
    WORD,
    BREAK,
    BREAK,
    WORD,
    BREAK,
    BREAK,
    CAPITALISED_WORD,
    BREAK,
    NUMBER,
  ]);
});

test('a word written with combining accents (NFD) gets the key of the same word precomposed', () => {
  const composed = 'Mayor José Peña Núñez opened the Bogotá tram.';
  assert.deepEqual(tokenizeWords(composed.normalize('NFD')), tokenizeWords(composed));
  assert.ok(tokenizeWords(composed).keys.includes('bogotá'));
});

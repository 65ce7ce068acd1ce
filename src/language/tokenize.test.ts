import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { tokenize, type TokenKind } from './tokenize.js';

/*
 * The tokenizer as one global pattern, read match by match with its groups: what `tokenize` did before it read
 * plain ASCII by hand and took the kind from the first character. Keep in sync with TOKEN_PATTERN's alternatives.
 */
const REFERENCE_PATTERN =
  /(\p{L}\p{M}*\.(?:\p{L}\p{M}*\.)+)|(\p{N}+(?:[.,:]\p{N}+)*(?:[\p{L}\p{M}]+)?)|([\p{L}\p{M}\p{N}]+(?:['’\-–][\p{L}\p{M}\p{N}]+)*)|(''|``|["“”«»„])|(\S)/gu;

function referenceTokens(text: string, from = 0, to = text.length): string[] {
  const found: string[] = [];
  REFERENCE_PATTERN.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = REFERENCE_PATTERN.exec(text)) !== null) {
    const start = match.index;
    if (start >= to) break;
    const end = start + match[0].length;
    if (end > to) {
      found.push(`${start}-${to} punct ${text.slice(start, to)}`);
      break;
    }
    const kind: TokenKind =
      match[1] !== undefined || match[3] !== undefined
        ? 'word'
        : match[2] !== undefined
          ? 'number'
          : match[4] !== undefined
            ? 'quote'
            : 'punct';
    found.push(`${start}-${end} ${kind} ${match[0]}`);
  }
  return found;
}

function tokens(text: string, from?: number, to?: number): string[] {
  return tokenize(text, from, to).map((token) => `${token.start}-${token.end} ${token.kind} ${token.text}`);
}

/* Pieces that sit on the edges of the hand-read ASCII path: joiners, dotted acronyms, numbers, marks, astral. */
const PIECES = [
  'a',
  'Z',
  'q9',
  '7',
  '0',
  'é',
  'e\u0301',
  '٣',
  '²',
  '.',
  ',',
  ':',
  "'",
  "''",
  '’',
  '-',
  '–',
  '—',
  '"',
  '“',
  '”',
  '«',
  '„',
  '`',
  '``',
  ' ',
  '\n',
  '\t',
  '\u00a0',
  '\u2009',
  '\ufeff',
  '\u200b',
  '😀',
  '𝐀',
  '\ud800',
  '\udc00',
  '$',
  '_',
  'U.S.',
  'p.m.',
  '3.1',
  '1,000',
];

void test('tokenize gives the tokens of the one-pattern tokenizer on arbitrary text', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }), (pieces) => {
      const text = pieces.join('');
      assert.deepEqual(tokens(text), referenceTokens(text));
    }),
    { numRuns: 3000 },
  );
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
      assert.deepEqual(tokens(text), referenceTokens(text));
    }),
    { numRuns: 2000 },
  );
});

void test('tokenize agrees with the one-pattern tokenizer inside a range, a surrogate pair split included', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }),
      fc.nat(),
      fc.nat(),
      (pieces, a, b) => {
        const text = pieces.join('');
        const from = text.length === 0 ? 0 : a % text.length;
        const to = from + (text.length === 0 ? 0 : b % (text.length - from + 1));
        assert.deepEqual(tokens(text, from, to), referenceTokens(text, from, to));
      },
    ),
    { numRuns: 3000 },
  );
});

void test('tokenize keeps acronyms, numbers, joined words and doubled quotation marks whole', () => {
  assert.deepEqual(tokens("U.S. officials said ''3.1%'' of don’t-care voters, 1,000 in all"), [
    '0-4 word U.S.',
    '5-14 word officials',
    '15-19 word said',
    "20-22 quote ''",
    '22-25 number 3.1',
    '25-26 punct %',
    "26-28 quote ''",
    '29-31 word of',
    '32-42 word don’t-care',
    '43-49 word voters',
    '49-50 punct ,',
    '51-56 number 1,000',
    '57-59 word in',
    '60-63 word all',
  ]);
});

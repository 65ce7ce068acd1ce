/** Stemmed content words, numbers and breaks of one text, as parallel arrays (see `tokenizeWords`). */
export interface Tokens {
  keys: string[];
  kinds: number[];
}

/** Punctuation that ends a phrase, or a stopword: name pairs never span it. */
export const BREAK = 0;
export const WORD = 1;
export const NUMBER = 2;
/** Capitalised inside a sentence. */
export const CAPITALISED_WORD = 3;
/** Capitalised at a sentence start (a name only if written capitalised inside a sentence elsewhere). */
export const CAPITALISED_START = 4;

const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having ' +
    'he her here hers herself him himself his how i if in into is it its itself just me more most my myself no ' +
    'nor not now of off on once only or other our ours ourselves out over own same she should so some such than ' +
    'that the their theirs them themselves then there these they this those through to too under until up very ' +
    'was we were what when where which while who whom why will with would you your yours yourself yourselves ' +
    'said says say told according new one two mr mrs ms would may might must shall us also last first year years ' +
    'week day time people like get got make made many much well back even still way since around another ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow'
  ).split(' '),
);

/** Light suffix stripping so "shootings"/"shooting"/"shot" style variants meet more often; cheap, not Porter. */
function stem(word: string): string {
  let w = word;
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  if (w.length > 5 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

// Character classes of the tokeniser. The reference definition is the regular expression
//   /(\p{Lu}[\p{L}\p{M}'’-]*)|(\p{Ll}[\p{L}\p{M}'’-]*)|(\d+(?:[.,:]\d+)*)|([.!?\n"“”])/gu
// (kept in tokenize-words.test.ts, which checks this scanner against it): a hand-written scanner over char
// codes is ~3x faster than `exec` with its match arrays, and tokenising was the largest single cost of
// assigning an article to a story (bench/stories.bench.ts).
const OTHER = 0;
const UPPER = 1;
const LOWER = 2;
/** A letter neither upper nor lower case, or a combining mark: continues a word, never starts one. */
const LETTER_OR_MARK = 3;
const DIGIT = 4;
/** A sentence break: . ! ? and newline. */
const STOP = 5;
/** A quotation mark: a break that does not start a sentence. */
const QUOTE = 6;
/** ' ’ -: continues a word, never starts one. */
const JOINER = 7;

const IS_UPPER = /^\p{Lu}$/u;
const IS_LOWER = /^\p{Ll}$/u;
const IS_LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

function classifyCodePoint(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  if (IS_UPPER.test(char)) return UPPER;
  if (IS_LOWER.test(char)) return LOWER;
  if (IS_LETTER_OR_MARK.test(char)) return LETTER_OR_MARK;
  return OTHER;
}

/** Class of every UTF-16 code unit plus one (0: not yet computed); astral code points are classified each time. */
const BMP_CLASS = new Uint8Array(0x10000);
for (let code = 0; code < 128; code++) BMP_CLASS[code] = classifyCodePoint(code) + 1;
for (let code = 48; code <= 57; code++) BMP_CLASS[code] = DIGIT + 1;
for (const char of '.!?\n') BMP_CLASS[char.charCodeAt(0)] = STOP + 1;
for (const char of '"“”') BMP_CLASS[char.charCodeAt(0)] = QUOTE + 1;
for (const char of "'’-") BMP_CLASS[char.charCodeAt(0)] = JOINER + 1;
// Surrogates are classified by the code point they form (a lone one is OTHER).
for (let code = 0xd800; code <= 0xdfff; code++) BMP_CLASS[code] = OTHER + 1;

/** Class of the code point at `index` (a surrogate pair counts as one code point). */
function classAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff) {
    const codePoint = text.codePointAt(index) as number;
    if (codePoint > 0xffff) return classifyCodePoint(codePoint);
  }
  let cached = BMP_CLASS[code] as number;
  if (cached === 0) {
    cached = classifyCodePoint(code) + 1;
    BMP_CLASS[code] = cached;
  }
  return cached - 1;
}

/** Length in code units of the code point at `index`. */
function widthAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}

function isDigitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 48 && code <= 57;
}

/**
 * One pass over a text: stemmed content words (lower-cased; capitalised ones marked by kind), numbers (`#`
 * and the digits without thousands commas) and breaks (sentence punctuation, quotation marks, stopwords).
 */
export function tokenizeWords(text: string): Tokens {
  const keys: string[] = [];
  const kinds: number[] = [];
  let sentenceStart = true;
  const length = text.length;
  let index = 0;
  while (index < length) {
    const kind = classAt(text, index);
    if (kind === UPPER || kind === LOWER) {
      const start = index;
      let marked = false;
      index += widthAt(text, index);
      while (index < length) {
        const next = classAt(text, index);
        if (next === LETTER_OR_MARK) marked = true;
        else if (next !== UPPER && next !== LOWER && next !== JOINER) break;
        index += widthAt(text, index);
      }
      // Keys in NFC: "Bogota\u0301" (combining mark, NFD) and "Bogotá" are one word. Only words with a mark or
      // an uncased letter pay for the normalisation.
      const word = text.slice(start, index);
      const lower = (marked ? word.normalize('NFC') : word).toLowerCase();
      const wasStart = sentenceStart;
      sentenceStart = false;
      if (lower.length < 2 || STOPWORDS.has(lower)) {
        keys.push('');
        kinds.push(BREAK);
        continue;
      }
      keys.push(stem(lower));
      kinds.push(kind === UPPER ? (wasStart ? CAPITALISED_START : CAPITALISED_WORD) : WORD);
    } else if (kind === DIGIT) {
      const start = index;
      let hasComma = false;
      index++;
      while (index < length && isDigitAt(text, index)) index++;
      // (?:[.,:]\d+)*: a separator counts only when digits follow it.
      while (index + 1 < length && isDigitAt(text, index + 1)) {
        const separator = text.charCodeAt(index);
        if (separator !== 46 && separator !== 44 && separator !== 58) break;
        if (separator === 44) hasComma = true;
        index += 2;
        while (index < length && isDigitAt(text, index)) index++;
      }
      const digits = text.slice(start, index);
      keys.push('#' + (hasComma ? digits.replace(/,/g, '') : digits));
      kinds.push(NUMBER);
      sentenceStart = false;
    } else if (kind === STOP || kind === QUOTE) {
      if (kind === STOP) sentenceStart = true;
      keys.push('');
      kinds.push(BREAK);
      index++;
    } else index += widthAt(text, index);
  }
  return { keys, kinds };
}

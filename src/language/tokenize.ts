/** What a token is, as far as the rule-based passes care. */
export type TokenKind = 'word' | 'number' | 'quote' | 'punct';

/** One token of the clean text; offsets are into the text given to `tokenize`. */
export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  /** Cached lower-case form without possessive or dots (see `bareWord`). */
  bare?: string | undefined;
}

/*
 * One sticky pattern tried at each token start. Every alternative consumes at least one character and no
 * quantifier is nested over an ambiguous body, so matching is linear in the text length (checked by the
 * 1 MB test). Order matters: dotted acronyms ("U.S.", "p.m.") before words, numbers with separators
 * ("3.1", "1,000") before words, the two-apostrophe quote mark some archives use ('') before single marks.
 * `test` rather than `exec`, and the kind read off the first character: no match array per token (the arrays
 * were a seventh of all the language stage allocated).
 */
const TOKEN_PATTERN =
  /(?:\p{L}\p{M}*\.(?:\p{L}\p{M}*\.)+|\p{N}+(?:[.,:]\p{N}+)*(?:[\p{L}\p{M}]+)?|[\p{L}\p{M}\p{N}]+(?:['’\-–][\p{L}\p{M}\p{N}]+)*|''|``|["“”«»„]|\S)/uy;
/* A token starting with a letter or mark is a word, with a digit a number (TOKEN_PATTERN's order). */
const WORD_START = /[\p{L}\p{M}]/uy;
const NUMBER_START = /\p{N}/uy;
const QUOTE_MARKS = new Set(['"', '“', '”', '«', '»', '„']);

/** True for the characters of `\s` in JavaScript patterns. */
export function isSpace(code: number): boolean {
  if (code > 32 && code < 0xa0) return false;
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The kind of the token `text.slice(start, end)` matched by TOKEN_PATTERN. */
function kindAt(text: string, start: number, end: number): TokenKind {
  const code = text.charCodeAt(start);
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return 'word';
    if (code >= 48 && code <= 57) return 'number';
    // '' and `` are quotation marks; a lone ' or ` is punctuation.
    return code === 34 || ((code === 39 || code === 96) && end - start === 2) ? 'quote' : 'punct';
  }
  WORD_START.lastIndex = start;
  if (WORD_START.test(text)) return 'word';
  NUMBER_START.lastIndex = start;
  if (NUMBER_START.test(text)) return 'number';
  return QUOTE_MARKS.has(text[start] ?? '') ? 'quote' : 'punct';
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The characters that join the parts of a word in TOKEN_PATTERN: ' ’ - – */
function isJoiner(code: number): boolean {
  return code === 39 || code === 45 || code === 0x2019 || code === 0x2013;
}

/**
 * Where TOKEN_PATTERN's match at `start` ends, read by hand while the token is plain ASCII (nearly every token
 * of English text), or -1 where the pattern must decide: a non-ASCII character that may continue the token, or a
 * letter followed by a period (a dotted acronym, "U.S.").
 */
function asciiTokenEnd(text: string, start: number): number {
  const code = text.charCodeAt(start);
  let at = start + 1;
  if (isAsciiLetter(code)) {
    const next = text.charCodeAt(at);
    if (next === 46 || (next >= 128 && !isJoiner(next))) return -1;
    for (;;) {
      let current = text.charCodeAt(at);
      while (isAsciiLetter(current) || isAsciiDigit(current)) current = text.charCodeAt(++at);
      if (isJoiner(current)) {
        const after = text.charCodeAt(at + 1);
        if (isAsciiLetter(after) || isAsciiDigit(after)) {
          at += 2;
          continue;
        }
        return after >= 128 ? -1 : at;
      }
      return current >= 128 ? -1 : at;
    }
  }
  if (isAsciiDigit(code)) {
    for (;;) {
      let current = text.charCodeAt(at);
      while (isAsciiDigit(current)) current = text.charCodeAt(++at);
      if (current >= 128) return -1;
      if (current === 46 || current === 44 || current === 58) {
        const after = text.charCodeAt(at + 1);
        if (isAsciiDigit(after)) {
          at += 2;
          continue;
        }
        if (after >= 128) return -1;
      }
      break;
    }
    let current = text.charCodeAt(at);
    while (isAsciiLetter(current)) current = text.charCodeAt(++at);
    return current >= 128 ? -1 : at;
  }
  if (code >= 128) return -1;
  // '' and `` are one token (a quotation mark); any other ASCII character is a token of its own.
  return (code === 39 || code === 96) && text.charCodeAt(at) === code ? at + 1 : at;
}

/** Splits text into word, number, quotation-mark and punctuation tokens with their offsets. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let start = from;
  // As a `u` pattern does, a start inside a surrogate pair moves back to the pair.
  if (isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1))) start--;
  for (;;) {
    while (start < length && isSpace(text.charCodeAt(start))) start++;
    if (start >= length || start >= to) break;
    let end = asciiTokenEnd(text, start);
    if (end < 0) {
      TOKEN_PATTERN.lastIndex = start;
      // Every non-space character starts a match (the last alternative); the fallback only guards the loop.
      end = TOKEN_PATTERN.test(text) ? TOKEN_PATTERN.lastIndex : start + 1;
    }
    if (end > to) {
      tokens.push({ start, end: to, text: text.slice(start, to), kind: 'punct', bare: undefined });
      break;
    }
    // `bare` is set here so that every token has one shape (bareWord fills it in later).
    tokens.push({
      start,
      end,
      text: text.slice(start, end),
      kind: kindAt(text, start, end),
      bare: undefined,
    });
    start = end;
  }
  return tokens;
}

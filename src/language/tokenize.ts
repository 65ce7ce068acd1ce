/** What a token is, as far as the rule-based passes care. */
export type TokenKind = 'word' | 'number' | 'quote' | 'punct';

/** One token of the clean text; offsets are into the text given to `tokenize`. */
export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  /** Cached lower-case form without possessive or dots (see `bareWord`). */
  bare?: string;
}

/*
 * One pass with one sticky-free global pattern. Every alternative consumes at least one character and no
 * quantifier is nested over an ambiguous body, so matching is linear in the text length (checked by the
 * 1 MB test). Order matters: dotted acronyms ("U.S.", "p.m.") before words, numbers with separators
 * ("3.1", "1,000") before words, the two-apostrophe quote mark some archives use ('') before single marks.
 */
const TOKEN_PATTERN =
  /(\p{L}\p{M}*\.(?:\p{L}\p{M}*\.)+)|(\p{N}+(?:[.,:]\p{N}+)*(?:[\p{L}\p{M}]+)?)|([\p{L}\p{M}\p{N}]+(?:['’\-–][\p{L}\p{M}\p{N}]+)*)|(''|``|["“”«»„])|(\S)/gu;

/** Splits text into word, number, quotation-mark and punctuation tokens with their offsets. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN_PATTERN.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = TOKEN_PATTERN.exec(text)) !== null) {
    const start = match.index;
    if (start >= to) break;
    const value = match[0];
    const end = start + value.length;
    if (end > to) {
      tokens.push({ start, end: to, text: text.slice(start, to), kind: 'punct' });
      break;
    }
    let kind: TokenKind;
    if (match[1] !== undefined || match[3] !== undefined) kind = 'word';
    else if (match[2] !== undefined) kind = 'number';
    else if (match[4] !== undefined) kind = 'quote';
    else kind = 'punct';
    tokens.push({ start, end, text: value, kind });
  }
  return tokens;
}

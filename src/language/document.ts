import type { Sentence } from '../model/index.js';
import { tokenize, type Token } from './tokenize.js';

/** The text with its tokens and sentences, shared by the entity, quote and label passes. */
export interface Document {
  text: string;
  tokens: Token[];
  sentences: readonly Sentence[];
  /** For each sentence, the index of its first token and one past its last. */
  sentenceTokens: { first: number; end: number }[];
  /** For each token, the index of its sentence (-1 between sentences). */
  tokenSentence: Int32Array;
}

/** Tokenises `text` once and indexes tokens by sentence. */
export function createDocument(text: string, sentences: readonly Sentence[]): Document {
  const tokens = tokenize(text);
  const tokenSentence = new Int32Array(tokens.length).fill(-1);
  const sentenceTokens: { first: number; end: number }[] = [];
  let cursor = 0;
  sentences.forEach((sentence, index) => {
    while (cursor < tokens.length && (tokens[cursor]?.start ?? 0) < sentence.start) cursor++;
    const first = cursor;
    while (cursor < tokens.length && (tokens[cursor]?.end ?? 0) <= sentence.end) {
      tokenSentence[cursor] = index;
      cursor++;
    }
    sentenceTokens.push({ first, end: cursor });
  });
  return { text, tokens, sentences, sentenceTokens, tokenSentence };
}

/** True when the token starts with an upper-case letter. */
export function isCapitalised(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  // ASCII without a call to toLowerCase: this runs several times per token.
  const code = token.text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const first = token.text[0] ?? '';
  return first !== first.toLowerCase();
}

/** The token's text in lower case without a possessive ending or dots: "Department’s" -> "department". */
export function bareWord(token: Token | undefined): string {
  if (!token) return '';
  if (token.bare !== undefined) return token.bare;
  let bare = token.text.toLowerCase();
  if (bare.endsWith('’s') || bare.endsWith("'s")) bare = bare.slice(0, -2);
  if (bare.includes('.')) bare = bare.replace(/\./g, '');
  token.bare = bare;
  return bare;
}

/** True when the token ends with a possessive "’s" / "'s" (or a bare apostrophe after s). */
export function isPossessive(token: Token | undefined): boolean {
  if (token === undefined) return false;
  // /['’]s$/ without a pattern: called for most capitalised tokens, several times.
  const text = token.text;
  const apostrophe = text.charCodeAt(text.length - 2);
  return text.charCodeAt(text.length - 1) === 115 && (apostrophe === 39 || apostrophe === 0x2019);
}

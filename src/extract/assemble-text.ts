import type { Paragraph, ParagraphKind } from '../model/index.js';
import { composeKey } from '../model/index.js';

/** A block of clean text before it is placed into the article's text. */
export interface Block {
  text: string;
  kind: ParagraphKind;
  /** Characters of the block inside links (HTML only), for the link-density test. */
  linkChars?: number;
}

/**
 * Joins blocks into the article text ("\n\n" between blocks) and returns the paragraph spans into it.
 * Whitespace inside a block is folded to single spaces (newlines kept only in preformatted blocks).
 */
export function assembleText(blocks: readonly Block[]): { text: string; paragraphs: Paragraph[] } {
  const parts: string[] = [];
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  for (const block of blocks) {
    const text =
      block.kind === 'preformatted' ? block.text.replace(/^\n+|\s+$/g, '') : normaliseSpace(block.text);
    if (text === '') continue;
    if (parts.length > 0) offset += 2;
    paragraphs.push({ start: offset, end: offset + text.length, kind: block.kind });
    parts.push(text);
    offset += text.length;
  }
  return { text: parts.join('\n\n'), paragraphs };
}

/** Folds runs of whitespace (including no-break and zero-width spaces) to one space and trims. */
export function normaliseSpace(text: string): string {
  return text
    .replace(/\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/**
 * Letters and digits only, lower case, in NFC: "Só quem se Ama…" and "Só quem se Ama... — Site" compare equal,
 * also when one of them writes the accent as a combining mark ("So\u0301").
 */
export function foldForCompare(text: string): string {
  return composeKey(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

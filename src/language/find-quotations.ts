import type { Document } from './document.js';

/** A stretch of text between quotation marks, possibly over several paragraphs. */
export interface Quotation {
  start: number;
  end: number;
  /** Token index of the opening mark and of the closing mark (or of the last token when unclosed). */
  open: number;
  close: number;
  /** False when no closing mark was found before the paragraph ended. */
  closed: boolean;
}

const OPENING = new Set(['“', '«', '„', '``']);
const CLOSING = new Set(['”', '»']);

function isOpeningContext(char: string | undefined): boolean {
  return char === undefined || /[\s([{—–\-/:]/u.test(char);
}

/** True when a single closing mark and spaces stand right before `position` (`,' "`, `?’ "`). */
function closesNested(text: string, position: number): boolean {
  let index = position - 1;
  while (index >= 0 && (text[index] === ' ' || text[index] === '\u00a0')) index--;
  if (index === position - 1 || (text[index] !== "'" && text[index] !== '’')) return false;
  return /[\p{L}\p{N}.,!?]/u.test(text[index - 1] ?? '');
}

/**
 * Pairs quotation marks paragraph by paragraph. Straight marks (" and '') open after a space or start and
 * close otherwise, so mixed curly and straight marks pair up. An unclosed quotation runs on into the next
 * paragraph when that paragraph opens with a quotation mark (the news convention for quotes over several
 * paragraphs); otherwise it ends with its paragraph. One pass, linear.
 */
export function findQuotations(
  doc: Document,
  paragraphOf: (token: number) => number,
  paragraphEnd: (paragraph: number) => number,
): Quotation[] {
  const quotations: Quotation[] = [];
  let open = -1;
  let openParagraph = -1;
  let lastTokenOfOpen = -1;
  const closeUnfinished = (): void => {
    if (open < 0) return;
    const startToken = doc.tokens[open];
    const end = paragraphEnd(openParagraph);
    if (startToken && end > startToken.end) {
      quotations.push({ start: startToken.start, end, open, close: lastTokenOfOpen, closed: false });
    }
    open = -1;
  };
  doc.tokens.forEach((token, index) => {
    const paragraph = paragraphOf(index);
    if (open >= 0 && paragraph !== openParagraph) {
      const continues =
        paragraph === openParagraph + 1 &&
        token.kind === 'quote' &&
        (OPENING.has(token.text) || isOpeningContext(doc.text[token.start - 1]));
      if (continues) {
        openParagraph = paragraph;
        lastTokenOfOpen = index;
        return;
      }
      closeUnfinished();
    }
    if (open >= 0) lastTokenOfOpen = index;
    if (token.kind !== 'quote') return;
    // An opening mark right after a word or punctuation while a quotation is open closes it: a typo'd
    // closing mark ("“Not yet,“ he said").
    // A straight mark after a closing single mark and a space closes the open quotation: typeset nested quotes
    // ("... cannot be 'Okay, we won,' " she said.", 15 such marks in PolNeAR train).
    const typoClose =
      open >= 0 &&
      ((token.text === '“' && !isOpeningContext(doc.text[token.start - 1])) ||
        (token.text === '"' && closesNested(doc.text, token.start)));
    const isOpen =
      !typoClose &&
      (OPENING.has(token.text) || (!CLOSING.has(token.text) && isOpeningContext(doc.text[token.start - 1])));
    if (isOpen) {
      if (open >= 0) closeUnfinished();
      open = index;
      openParagraph = paragraph;
      lastTokenOfOpen = index;
      return;
    }
    if (open >= 0) {
      const startToken = doc.tokens[open];
      if (startToken)
        quotations.push({ start: startToken.start, end: token.end, open, close: index, closed: true });
      open = -1;
    }
  });
  closeUnfinished();
  return quotations;
}

import type { TextSpan } from '../model/index.js';

const OPENING = new Set(['“', '„', '«']);
const CLOSING = new Set(['”', '»']);

/** True when only spaces stand between `at` and a line break before it. */
function startsParagraph(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
  return before >= 0 && text[before] === '\n';
}

/**
 * The words inside quotation marks of a quote's content, as spans of the article text. The language stage's
 * content span may carry the marks themselves and, for mixed quotes, cue words around them ("not to be named,
 * told the Daily Standard: "We watched ..."); a reader comparing versions wants only what was quoted. Without
 * any quotation mark the whole content is what was said (an indirect quote). An opening mark with no closing
 * one (the quotation runs on past the content) quotes to the end; a closing mark with no opening one quotes
 * from the start. A trailing comma before the attribution ("... counted," she said) is dropped. A quotation
 * over several paragraphs gives one piece a paragraph.
 */
export function quotedWords(content: TextSpan): TextSpan[] {
  const text = content.text;
  const ranges: [number, number][] = [];
  let open: number | undefined;
  let sawMark = false;
  for (let at = 0; at < text.length; at++) {
    const char = text[at] as string;
    const straight = char === '"';
    const opens = OPENING.has(char) || (straight && open === undefined);
    const closes = CLOSING.has(char) || (straight && open !== undefined);
    if (!opens && !closes) continue;
    sawMark = true;
    // A quote over several paragraphs: each paragraph reopens with a mark and only the last one closes. A
    // mark at the start of a paragraph while a quotation is open continues it.
    if (open !== undefined && !CLOSING.has(char) && startsParagraph(text, at)) {
      ranges.push([open, at]);
      open = at + 1;
      continue;
    }
    if (closes && !opens) {
      ranges.push([open ?? 0, at]);
      open = undefined;
    } else if (opens && !closes) {
      open = at + 1;
    } else if (straight) {
      if (open === undefined) open = at + 1;
      else {
        ranges.push([open, at]);
        open = undefined;
      }
    }
  }
  if (open !== undefined) ranges.push([open, text.length]);
  if (!sawMark) {
    // Single quotation marks double as apostrophes, so only a pair at both edges counts: ‘We will rebuild,’.
    const single = /^\s*[‘']/.exec(text) !== null && /[’'][,.]?\s*$/.exec(text) !== null;
    const from = single ? text.search(/[‘']/) + 1 : 0;
    const to = single ? text.search(/[’'][,.]?\s*$/) : text.length;
    ranges.push(from < to ? [from, to] : [0, text.length]);
  }
  const spans: TextSpan[] = [];
  for (const [from, to] of ranges) {
    const piece = text.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim().replace(/,$/, '').trimEnd();
    if (!/[\p{L}\p{N}]/u.test(trimmed)) continue;
    const start = content.start + from + lead;
    spans.push({ start, end: start + trimmed.length, text: trimmed });
  }
  return spans.length > 0 ? spans : [{ ...content }];
}

/**
 * The quoted words of `content` as one string: pieces with words left out between them (a mixed quote's cue)
 * joined by an ellipsis, pieces split only by a paragraph break and its reopening mark joined by a space.
 */
export function joinQuotedWords(content: TextSpan, spans: readonly TextSpan[]): string {
  let joined = '';
  spans.forEach((piece, index) => {
    if (index > 0) {
      const previous = spans[index - 1] as TextSpan;
      const gap = content.text.slice(previous.end - content.start, piece.start - content.start);
      joined += /[\p{L}\p{N}]/u.test(gap) ? ' … ' : ' ';
    }
    joined += piece.text;
  });
  return joined;
}

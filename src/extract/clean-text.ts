import type { Removed } from '../model/index.js';
import type { Block } from './assemble-text.js';
import { normaliseSpace } from './assemble-text.js';
import { classifyLine } from './classify-line.js';
import { domainFromUrl, outletFromDomain } from './outlet-from-domain.js';

/** What cleaning found in a plain-text page. */
export interface CleanedText {
  blocks: Block[];
  removed: Removed[];
  title?: string;
  byline?: string;
  outlet?: string;
  domain?: string;
  outletSource?: string;
}

/** A headline is one line of 3 to 30 words; a longer first line is the lead paragraph. */
const HEADLINE_MIN_WORDS = 2;
const HEADLINE_MAX_WORDS = 30;
/**
 * A prose line: a sentence of 12+ words or two sentences. Lines outside the stretch between the first and last
 * prose line that are short and unpunctuated are page chrome (menus, section names, tags).
 */
const PROSE_MIN_WORDS = 12;
const CHROME_MAX_WORDS = 8;

const EMAIL_PATTERN = /[\w.+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,})/i;
const BYLINE_PATTERN =
  /^by\s+(\p{Lu}[\p{L}.'-]*(?:\s+(?:\p{Lu}[\p{L}.'-]*|and|&|de|van|von|,))*)\s*(?:[,|–—-].*)?$/u;

/**
 * Cleans plain text scraped from a page, line by line: each residue line is removed with its reason; the first
 * line becomes the title when it reads as a headline; the outlet is inferred from an author e-mail domain or a
 * copyright line when the text gives it away. Lines of the body are kept in order.
 */
export function cleanText(raw: string, options: { url?: string } = {}): CleanedText {
  const lines = splitLines(raw);
  const removed: Removed[] = [];
  const result: CleanedText = { blocks: [], removed };
  const reasons = lines.map((line) => classifyLine(line.text));

  let first = lines.findIndex((line, index) => reasons[index] === undefined && line.text.trim() !== '');
  const firstLine = first >= 0 ? lines[first] : undefined;
  if (firstLine && isHeadline(firstLine.text) && hasMoreText(lines, first)) {
    result.title = normaliseSpace(firstLine.text);
    reasons[first] = undefined;
  } else {
    first = -1;
  }

  const proseIndexes = lines.flatMap((line, index) =>
    reasons[index] === undefined && isProse(line.text) ? [index] : [],
  );
  const proseStart = proseIndexes[0] ?? -1;
  const proseEnd = proseIndexes[proseIndexes.length - 1] ?? -1;

  let pending: string[] = [];
  const flush = (): void => {
    if (pending.length > 0) result.blocks.push({ text: pending.join(' '), kind: 'paragraph' });
    pending = [];
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const text = normaliseSpace(line.text);
    if (index === first) continue;
    if (text === '') {
      flush();
      continue;
    }
    let reason = reasons[index];
    if (reason === undefined && proseStart >= 0 && (index < proseStart || index > proseEnd)) {
      if (!result.byline && index < proseStart && BYLINE_PATTERN.test(text)) {
        result.byline = text.replace(/^by\s+/i, '');
        reason = 'boilerplate';
      } else if (isChrome(text)) {
        reason = index < proseStart ? 'navigation' : 'related-links';
      }
    }
    if (reason !== undefined) {
      flush();
      const lead = line.text.length - line.text.trimStart().length;
      const trimmed = line.text.trim();
      removed.push({
        text: trimmed,
        reason,
        start: line.start + lead,
        end: line.start + lead + trimmed.length,
      });
      continue;
    }
    // Hard-wrapped prose: a line that stops mid-sentence continues on the next one.
    if (pending.length > 0 && /[.!?:"”’)]$/.test(pending[pending.length - 1]!)) flush();
    pending.push(text);
  }
  flush();
  inferOutlet(result, options.url);
  return result;
}

function splitLines(raw: string): { text: string; start: number; end: number }[] {
  const lines: { text: string; start: number; end: number }[] = [];
  const pattern = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  for (const match of raw.matchAll(pattern)) {
    if (match[0] === '' && match.index >= raw.length) break;
    const text = match[0].replace(/[\r\n]+$/, '');
    lines.push({ text, start: match.index, end: match.index + text.length });
  }
  return lines;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function isHeadline(line: string): boolean {
  const text = normaliseSpace(line);
  const words = wordCount(text);
  if (words < HEADLINE_MIN_WORDS || words > HEADLINE_MAX_WORDS) return false;
  // A headline ends without a full stop (a question or exclamation mark is fine); "U.S." at the end is an abbreviation.
  return !/[.,;:]$/.test(text) || /\b\p{Lu}\.$/u.test(text);
}

function hasMoreText(lines: readonly { text: string }[], after: number): boolean {
  return lines.slice(after + 1).some((line) => line.text.trim() !== '');
}

function isProse(line: string): boolean {
  const text = line.trim();
  const words = wordCount(text);
  return words >= PROSE_MIN_WORDS || (words >= 6 && /[.!?]["”’)]?\s+\S.*[.!?]["”’)]?$/.test(text));
}

function isChrome(text: string): boolean {
  return wordCount(text) <= CHROME_MAX_WORDS && !/[.!?]["”’)]?$/.test(text);
}

function inferOutlet(result: CleanedText, url: string | undefined): void {
  for (const piece of result.removed) {
    const email = EMAIL_PATTERN.exec(piece.text);
    if (email?.[1] && (piece.reason === 'author-promo' || piece.reason === 'boilerplate')) {
      const domain = email[1].toLowerCase().replace(/^(?:mail|email|e-mail)\./, '');
      if (/^(?:gmail|yahoo|hotmail|outlook|proton(?:mail)?|icloud|aol)\./.test(domain)) continue;
      result.domain = domain;
      result.outlet = outletFromDomain(domain);
      result.outletSource = 'email-domain';
      return;
    }
  }
  for (const piece of result.removed) {
    if (piece.reason !== 'copyright') continue;
    const name = outletFromCopyright(piece.text);
    if (name) {
      result.outlet = name;
      result.outletSource = 'copyright-line';
      const domain = domainFromUrl(url);
      if (domain) result.domain = domain;
      return;
    }
  }
  const domain = domainFromUrl(url);
  if (domain) result.domain = domain;
}

/** "© 2019 The Daily Lantern. All rights reserved." -> "The Daily Lantern". */
export function outletFromCopyright(line: string): string | undefined {
  const name = line
    .replace(/all rights reserved\.?/i, '')
    .replace(/^\s*(?:copyright|©|\(c\))\s*/i, '')
    .replace(/^(?:©|\(c\))\s*/i, '')
    .replace(/\b(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\b/g, '')
    .replace(/,?\s*(?:inc|llc|ltd|plc|corp|co)\.?\s*$/i, '')
    .replace(/^[\s,.|-]+|[\s,.|-]+$/g, '')
    .trim();
  if (name.length < 2 || name.length > 60 || wordCount(name) > 6) return undefined;
  return name;
}

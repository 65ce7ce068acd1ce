import type { Span } from '../model/index.js';

/**
 * Stretches of `text` inside quotation marks, marks included: curly double quotes, straight double quotes
 * (paired left to right), curly single quotes when they open after a space or bracket (so apostrophes in
 * "don't" or "Venezuela’s" are not taken for quotes), and the backticks and apostrophes (``so'') of Penn
 * Treebank style text, which older wire copy and news corpora use. An unclosed quote runs to the end of the
 * text, since a quotation that carries on into the next paragraph is left open in news style.
 */
export function findQuotedRegions(text: string): Span[] {
  const regions: Span[] = [];
  let open = -1;
  let closer = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (open < 0) {
      if (char === '“') {
        open = index;
        closer = '”';
      } else if (char === '`' && text[index + 1] === '`') {
        open = index;
        closer = "''";
        index++;
      } else if (char === '"') {
        open = index;
        closer = '"';
      } else if (char === '‘' && (index === 0 || /[\s([{—–-]/.test(text[index - 1] ?? ''))) {
        open = index;
        closer = '’';
      }
    } else if (closer === "''") {
      if (char !== "'" || text[index + 1] !== "'") continue;
      regions.push({ start: open, end: index + 2 });
      open = -1;
      index++;
    } else if (char === closer) {
      // A curly single close quote followed by a letter is an apostrophe inside the quotation.
      if (closer === '’' && /\p{L}/u.test(text[index + 1] ?? '')) continue;
      regions.push({ start: open, end: index + 1 });
      open = -1;
    } else if (closer === '"' && char === '“') {
      continue;
    }
  }
  if (open >= 0) regions.push({ start: open, end: text.length });
  for (const match of text.matchAll(STRAIGHT_SINGLE_QUOTED)) {
    const start = match.index + match[1]!.length;
    const end = match.index + match[0].length;
    if (!regions.some((region) => region.start < end && start < region.end)) regions.push({ start, end });
  }
  return regions.sort((a, b) => a.start - b.start);
}

/**
 * A short phrase between straight single quotes, as headlines quote ("vows to defeat 'radical left'"): opened
 * after a space or bracket and closed before a space or punctuation, with no apostrophe inside, so "don't",
 * "the protesters' signs" and "'90s" are not taken for quotes. Unlike the other marks it is never left open.
 */
const STRAIGHT_SINGLE_QUOTED =
  /(^|[\s([{—–-])'(?=\p{L})[^'\n]{1,80}?[\p{L}\p{N}.,!?]'(?=$|[\s)\]}.,;:!?—–-])/gu;

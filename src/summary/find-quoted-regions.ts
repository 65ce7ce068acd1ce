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
  return regions;
}

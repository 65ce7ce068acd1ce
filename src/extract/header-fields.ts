import { dateFromText } from './date-from-text.js';
import { toIsoDate } from './read-metadata.js';

/** What a labelled header at the top of a plain-text article says about it. */
export interface HeaderFields {
  title?: string;
  byline?: string;
  /** `YYYY-MM-DD`, or an ISO date-time when the header gives one (its time orders reports of one day). */
  published?: string;
  outlet?: string;
  url?: string;
}

/**
 * Labels of header fields, as archives, news databases and scrapers write them above the text ("Title: ...",
 * "Byline: ...", "Load-Date: ..."), each mapped to the field it fills; labels that say nothing the article model
 * keeps ("Section", "Length") are still header lines. A general list written for this stage.
 */
const LABELS = new Map<string, keyof HeaderFields | undefined>([
  ['title', 'title'],
  ['headline', 'title'],
  ['outlet', 'outlet'],
  ['source', 'outlet'],
  ['publication', 'outlet'],
  ['publisher', 'outlet'],
  ['newspaper', 'outlet'],
  ['date', 'published'],
  ['published', 'published'],
  ['publication date', 'published'],
  ['load-date', undefined],
  ['by', 'byline'],
  ['byline', 'byline'],
  ['author', 'byline'],
  ['authors', 'byline'],
  ['url', 'url'],
  ['link', 'url'],
  ['section', undefined],
  ['length', undefined],
  ['language', undefined],
  ['dateline', undefined],
  ['highlight', undefined],
  ['type', undefined],
]);

const FIELD_LINE = /^\s*([A-Za-z][A-Za-z -]{0,20}?)\s*:\s+(\S.*?)\s*$/u;
const FENCE = /^\s*---\s*$/u;
/** A value written as an ISO date or date-time, whose time of day is kept. */
const ISO_START = /^\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d|$)/u;

/**
 * The labelled header at the top of a plain-text article: its fields, and the number of lines it takes (0 when
 * there is none). The header is the run of "Label: value" lines that opens the text, with known labels only,
 * optionally between "---" fences (front matter); it ends at the first other line. One label alone is a header
 * only when it names the title, the outlet or the date: a lone "By: ..." or "Source: ..." line may be the
 * article's own.
 */
export function readHeaderFields(lines: readonly string[]): { fields: HeaderFields; lines: number } {
  const fields: HeaderFields = {};
  let index = 0;
  while (index < lines.length && lines[index]!.trim() === '') index++;
  const fenced = FENCE.test(lines[index] ?? '');
  if (fenced) index++;
  let count = 0;
  let strong = false;
  let closed = !fenced;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    if (fenced && FENCE.test(line)) {
      index++;
      closed = true;
      break;
    }
    const match = FIELD_LINE.exec(line);
    const label = match?.[1]?.toLowerCase().replace(/\s+/g, ' ');
    if (!match || label === undefined || !LABELS.has(label)) {
      if (fenced) return { fields: {}, lines: 0 };
      break;
    }
    count++;
    const field = LABELS.get(label);
    const value = match[2]!;
    if (field === undefined || fields[field] !== undefined) continue;
    if (field === 'published') {
      const date = ISO_START.test(value) ? toIsoDate(value) : dateFromText(value);
      if (date) fields.published = date;
    } else {
      fields[field] = field === 'byline' ? value.replace(/^by\s+/i, '') : value;
    }
    if (field === 'title' || field === 'outlet' || field === 'published') strong = true;
  }
  if (!closed || count === 0 || (count === 1 && !strong)) return { fields: {}, lines: 0 };
  return { fields, lines: index };
}

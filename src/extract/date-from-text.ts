const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\.?';

/** "November 19, 2019", "Nov. 19 2019". */
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b`, 'i');
/** "19 November 2019". */
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+((?:19|20)\\d\\d)\\b`, 'i');
/** "2019-11-19", also opening a date-time ("2019-11-19T08:30:00Z", where no word boundary follows the day). */
const ISO_DAY = /\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:\b|(?=T\d))/;

/** A dateline is short: "Published November 19, 2019 6:21 AM" or "By Jane Doe | Nov 19, 2019". */
const MAX_DATELINE_WORDS = 16;

/**
 * The date a short line of page text states ("Published Nov. 19, 2019", "19 November 2019 | 6:21 AM"), as
 * `YYYY-MM-DD`, or undefined. Only short lines: a date inside a paragraph is a date the story mentions.
 */
export function dateFromText(line: string): string | undefined {
  const text = line.trim();
  if (text.split(/\s+/).length > MAX_DATELINE_WORDS) return undefined;
  let year: string | undefined;
  let month: number | undefined;
  let day: string | undefined;
  const iso = ISO_DAY.exec(text);
  const monthFirst = MONTH_DAY_YEAR.exec(text);
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  if (iso) {
    [, year, , day] = iso;
    month = Number(iso[2]);
  } else if (monthFirst) {
    month = MONTHS.indexOf(monthFirst[1]!.slice(0, 3).toLowerCase()) + 1;
    day = monthFirst[2];
    year = monthFirst[3];
  } else if (dayFirst) {
    day = dayFirst[1];
    month = MONTHS.indexOf(dayFirst[2]!.slice(0, 3).toLowerCase()) + 1;
    year = dayFirst[3];
  }
  if (!year || !month || !day || Number(day) < 1 || Number(day) > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** A dateline that gives the time of a later change, not of publication: "Updated 3:40 p.m. Nov. 14, 2026". */
const UPDATE_LINE = /^\W*(?:last\s+)?(?:updated|modified|edited|revised|changed)\b/i;
/** A dateline that says it gives the publication time: "Published Nov. 14, 2026", "Posted on 14/11/2026". */
const PUBLISHED_LINE =
  /^\W*(?:(?:first|originally)\s+)?(?:published|posted|publicado|publicada|publié|publiée)\b/i;

/** What a dateline says its date is: the publication, a later update, or (unlabelled) neither. */
export function datelineKind(line: string): 'published' | 'updated' | undefined {
  if (UPDATE_LINE.test(line)) return 'updated';
  if (PUBLISHED_LINE.test(line)) return 'published';
  return undefined;
}

/**
 * The publication date of several datelines: a "Published" line's date first, then an unlabelled one's, an
 * "Updated" line's last (a page often shows both, and the update is not when the story came out).
 */
export function publishedDateOf(lines: readonly string[]): string | undefined {
  const rank = { published: 0, unlabelled: 1, updated: 2 };
  let best: { date: string; rank: number } | undefined;
  for (const line of lines) {
    const date = dateFromText(line);
    if (!date) continue;
    const lineRank = rank[datelineKind(line) ?? 'unlabelled'];
    if (!best || lineRank < best.rank) best = { date, rank: lineRank };
  }
  return best?.date;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\.?';

/** "November 19, 2019", "Nov. 19 2019". */
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b`, 'i');
/** "19 November 2019". */
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+((?:19|20)\\d\\d)\\b`, 'i');
/** "2019-11-19". */
const ISO_DAY = /\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/;

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

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

/** "6:20 p.m.", "9.05am", "12 pm": a time with its half of the day. */
const CLOCK_12 = /(?<![\d:.])(\d{1,2})(?:[:.]([0-5]\d))?\s*([ap])\.?\s?m\b\.?/i;
/** "00:15", "08:30:00": a colon time on the 24-hour clock (a dotted "11.05" alone is as often a figure). */
const CLOCK_24 = /(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?!\d)/;
/** "15.10 GMT": a dotted time on the 24-hour clock, which its zone shows to be one. */
const CLOCK_DOTTED = /(?<![\d:.])([01]?\d|2[0-3])\.([0-5]\d)(?=\s*(?:GMT|UTC)\b)/;
/** A zone right after the time. Only the unambiguous abbreviations ("ET" is EST or EDT by the season). */
const ZONE_AFTER =
  /^\s*(Z|GMT|UTC|WET|BST|WEST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|[+-]\d\d:?\d\d)(?![\p{L}\d])/iu;
const ZONE_OFFSETS: Record<string, string> = {
  Z: 'Z',
  GMT: 'Z',
  UTC: 'Z',
  WET: 'Z',
  BST: '+01:00',
  WEST: '+01:00',
  CET: '+01:00',
  CEST: '+02:00',
  EET: '+02:00',
  EEST: '+03:00',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
};

/**
 * The date and time a short line of page text states ("Published: 4 December 2026, 00:15" ->
 * `2026-12-04T00:15:00`, "14 Nov. 2026 at 6:20 p.m. GMT" -> `2026-11-14T18:20:00Z`), as `dateFromText` reads the
 * day, with the time when the line gives one; only the day otherwise. A zone the line names is kept as an
 * offset; without one the time is the page's local time, unqualified, as a `<meta>` time without a zone is.
 */
export function dateTimeFromText(line: string): string | undefined {
  const day = dateFromText(line);
  if (day === undefined) return undefined;
  const time = timeOfDay(line.trim());
  return time === undefined ? day : `${day}T${time}`;
}

function timeOfDay(text: string): string | undefined {
  let hours: number;
  let minutes: number;
  let end: number;
  const twelve = CLOCK_12.exec(text);
  const twentyFour = twelve === null ? (CLOCK_24.exec(text) ?? CLOCK_DOTTED.exec(text)) : null;
  if (twelve !== null) {
    hours = Number(twelve[1]);
    minutes = Number(twelve[2] ?? '0');
    if (hours < 1 || hours > 12) return undefined;
    const afternoon = twelve[3]!.toLowerCase() === 'p';
    hours = (hours % 12) + (afternoon ? 12 : 0);
    end = twelve.index + twelve[0].length;
  } else if (twentyFour !== null) {
    hours = Number(twentyFour[1]);
    minutes = Number(twentyFour[2]);
    end = twentyFour.index + twentyFour[0].length;
  } else {
    return undefined;
  }
  const zone = ZONE_AFTER.exec(text.slice(end))?.[1];
  const offset =
    zone === undefined
      ? ''
      : (ZONE_OFFSETS[zone.toUpperCase()] ??
        (zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`));
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:00${offset}`;
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
 * The publication date of several datelines, with its time when the line gives one: a "Published" line's date first, then an unlabelled one's, an
 * "Updated" line's last (a page often shows both, and the update is not when the story came out).
 */
export function publishedDateOf(lines: readonly string[]): string | undefined {
  const rank = { published: 0, unlabelled: 1, updated: 2 };
  let best: { date: string; rank: number } | undefined;
  for (const line of lines) {
    const date = dateTimeFromText(line);
    if (!date) continue;
    const lineRank = rank[datelineKind(line) ?? 'unlabelled'];
    if (!best || lineRank < best.rank) best = { date, rank: lineRank };
  }
  return best?.date;
}

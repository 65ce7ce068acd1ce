/**
 * The days an article says its event happened on, read from the top of its text: full dates ("May 24, 2005",
 * "9 September 2013"), weekdays ("on Saturday") and "yesterday"/"today". Two look-alike events (two quakes on
 * one island, two coaches fired by one club) share names and topic words but rarely their day.
 *
 * Each day is encoded as one number: a day index (days since 1970-01-01, >= 0) when the date is known, or
 * `-1 - weekday` (Sunday 0 .. Saturday 6) when only the weekday is. Weekdays and relative words are resolved
 * against the published date, or else against a full date found in the header (a dateline).
 */

/** Dates and weekdays of the event are in the headline, dateline and lead; later mentions are background. */
const LEAD_CHARS = 600;
/** The first days mentioned are the event's; later ones are context (a previous attempt, a deadline). */
const MAX_EVENT_DAYS = 3;
/** A weekday names a day of the past week: at most this many days before the reference date. */
const WEEKDAY_SPAN_DAYS = 6;
const DAY_MS = 86_400_000;

const MONTHS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};
const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`;
/**
 * Month-first date with optional year, day-first date with year, weekday, or a relative day word. A month name
 * followed by a day but no year ("Dec. 11") takes the year of the reference date.
 */
const DATE_PATTERN = new RegExp(
  String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d\d)\b)?` +
    String.raw`|\b(\d{1,2})\s+${MONTH}\s+((?:19|20)\d\d)\b` +
    String.raw`|\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b` +
    String.raw`|\b([Yy]esterday|[Tt]oday)\b`,
  'gi',
);

function dayIndex(year: number, month: number, day: number): number | undefined {
  if (day < 1 || day > 31) return undefined;
  const time = Date.UTC(year, month, day);
  // Date.UTC rolls "February 30" over into March: reject it.
  if (new Date(time).getUTCDate() !== day) return undefined;
  return Math.floor(time / DAY_MS);
}

/** Weekday of a day index (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

interface Mention {
  /** Day index when the date is known. */
  day?: number;
  /** Weekday when only it is known. */
  weekday?: number;
  /** Days before the reference date ("yesterday" 1, "today" 0). */
  back?: number;
  /** A month and day without a year. */
  monthDay?: [number, number];
}

/**
 * Reads the event days of an article (see the file comment for the encoding), at most `MAX_EVENT_DAYS`, in
 * text order, without repeats.
 * @param published the article's published date (ISO), if known.
 */
export function extractEventDays(title: string | undefined, text: string, published?: string): number[] {
  const head = (title ? title + '\n' : '') + text.slice(0, LEAD_CHARS);
  const mentions: Mention[] = [];
  let reference: number | undefined;
  if (published !== undefined) {
    const time = Date.parse(published);
    if (Number.isFinite(time)) reference = Math.floor(time / DAY_MS);
  }
  DATE_PATTERN.lastIndex = 0;
  for (let match = DATE_PATTERN.exec(head); match !== null; match = DATE_PATTERN.exec(head)) {
    const monthFirst = match[1];
    const dayFirst = match[4];
    if (monthFirst !== undefined) {
      const month = MONTHS[monthFirst.slice(0, 3).toLowerCase()];
      const day = Number(match[2]);
      if (month === undefined) continue;
      // "May 5" is as often the modal verb before a number as a date: only with a year.
      if (match[3] === undefined && monthFirst.toLowerCase() === 'may') continue;
      if (match[3] === undefined) mentions.push({ monthDay: [month, day] });
      else {
        const index = dayIndex(Number(match[3]), month, day);
        if (index !== undefined) mentions.push({ day: index });
      }
    } else if (dayFirst !== undefined) {
      const month = MONTHS[(match[5] ?? '').slice(0, 3).toLowerCase()];
      if (month === undefined) continue;
      const index = dayIndex(Number(match[6]), month, Number(dayFirst));
      if (index !== undefined) mentions.push({ day: index });
    } else if (match[7] !== undefined) {
      const weekday = WEEKDAYS[match[7].toLowerCase()];
      if (weekday !== undefined) mentions.push({ weekday });
    } else if (match[8] !== undefined) {
      mentions.push({ back: match[8].toLowerCase() === 'yesterday' ? 1 : 0 });
    }
  }
  // Undated text: a full date in the header (a dateline) stands for the published date.
  if (reference === undefined) reference = mentions.find((mention) => mention.day !== undefined)?.day;
  const days: number[] = [];
  const push = (value: number): void => {
    if (days.length < MAX_EVENT_DAYS && !days.includes(value)) days.push(value);
  };
  for (const mention of mentions) {
    if (mention.day !== undefined) push(mention.day);
    else if (mention.weekday !== undefined) {
      if (reference === undefined) push(-1 - mention.weekday);
      else {
        const back = (weekdayOf(reference) - mention.weekday + 7) % 7;
        if (back <= WEEKDAY_SPAN_DAYS) push(reference - back);
      }
    } else if (mention.back !== undefined) {
      if (reference !== undefined) push(reference - mention.back);
    } else if (mention.monthDay !== undefined && reference !== undefined) {
      const [month, day] = mention.monthDay;
      const year = new Date(reference * DAY_MS).getUTCFullYear();
      // The latest such day not after the reference (a December date read in January is last year's).
      const index = dayIndex(year, month, day);
      const earlier = dayIndex(year - 1, month, day);
      if (index !== undefined && index <= reference + 1) push(index);
      else if (earlier !== undefined) push(earlier);
    }
  }
  return days;
}

/**
 * Whether two event days can be the same day: equal within one day (time zones, "late Thursday"), or the same
 * weekday when either side knows only the weekday (adjacent weekdays too: ECB+ F1 0.898 vs 0.907).
 */
export function isSameEventDay(a: number, b: number): boolean {
  if (a >= 0 && b >= 0) return Math.abs(a - b) <= 1;
  const weekdayA = a >= 0 ? weekdayOf(a) : -1 - a;
  const weekdayB = b >= 0 ? weekdayOf(b) : -1 - b;
  return weekdayA === weekdayB;
}

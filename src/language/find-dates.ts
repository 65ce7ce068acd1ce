import type { DateMention } from '../model/index.js';

/** Weekday names, lower case, Sunday first (the index is `Date.getUTCDay()`). */
export const WEEKDAYS: readonly string[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];
/** Month names, lower case, January first (the index is `Date.getUTCMonth()`). */
export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  sept: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const PART = '(?:\\s+(?:morning|afternoon|evening|night))?';

/*
 * Alternatives are anchored on distinct leading words and contain no nested unbounded repetition, so the
 * pattern runs in linear time. Group order is read in `resolve`.
 */
const DATE_PATTERN = new RegExp(
  [
    `\\b(?<dayFirst>\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:\\s+(?<dfYear>\\d{4}))?)\\b`,
    `\\b(?<absolute>${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+(?<absYear>\\d{4}))?)\\b`,
    `\\b(?<monthYear>${MONTH}\\s+(?<myYear>\\d{4}))\\b`,
    `\\b(?<relative>(?:last|next|this|past|previous|coming)\\s+(?<unit>week|month|year|weekend|${WEEKDAY}))\\b`,
    `\\b(?<deictic>yesterday|today|tomorrow|tonight|last\\s+night|this\\s+(?:morning|afternoon|evening))\\b`,
    `\\b(?<weekday>(?:(?:on|last|next|this|early|late)\\s+)?${WEEKDAY}${PART})\\b`,
    `\\b(?<inMonth>(?:in|since|until|by|last|this|next|early|late|mid-)\\s*${MONTH})(?![\\s\\d])`,
    `\\b(?<inYear>(?:in|since|until|by|during|of)\\s+(?<year>(?:19|20)\\d{2}))\\b`,
  ].join('|'),
  'gi',
);

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function utcDay(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month, day));
}

function monthIndex(word: string): number {
  const lower = word.toLowerCase().replace(/\.$/, '');
  const full = MONTHS.indexOf(lower);
  return full >= 0 ? full : (MONTH_ABBREVIATIONS[lower] ?? -1);
}

/** Parses `published` ("2019-06-27", "2019-06-27T10:00:00Z") to a UTC day, or null. */
export function anchorDate(published: string | undefined): Date | null {
  if (!published) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!match) return null;
  const date = utcDay(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? null : date;
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** Monday of the ISO week containing `date`. */
function weekStart(date: Date): Date {
  return addDays(date, -((date.getUTCDay() + 6) % 7));
}

type Resolved = Pick<DateMention, 'resolved' | 'granularity'>;

/**
 * Which year a day written without one lies in, read from the words around it: "December 15 of this year"
 * ('this'), "March 2 next year" ('next'), "scheduled for December 15" ('ahead': an event still to come is not
 * pushed back a year), or undefined to let its distance from the article decide.
 */
type YearHint = 'this' | 'next' | 'ahead' | undefined;

/** "of this year", ", next year" right after a day. */
const YEAR_AFTER = /^,?\s+(?:of\s+)?(this|next)\s+year\b/i;
/** Words before a day that put it ahead of the article: "scheduled for", "due on", "will be held on", "until". */
const AHEAD_BEFORE =
  /\b(?:scheduled|set|due|planned|slated|expected|postponed|moved|rescheduled|delayed|deadline|will(?:\s+\w+){0,3}|until|till|by)\s+(?:\w+\s+)?(?:on|for|to|until|by)?\s*$/i;

function yearHint(text: string, start: number, end: number): YearHint {
  const after = YEAR_AFTER.exec(text.slice(end, end + 24))?.[1]?.toLowerCase();
  if (after === 'this' || after === 'next') return after;
  return AHEAD_BEFORE.test(text.slice(Math.max(0, start - 40), start)) ? 'ahead' : undefined;
}

/**
 * A day of a month, in the year given or (without one) the article's year, or the year before when it lies
 * more than about two months after the article, unless the words around it say which year (`YearHint`).
 */
function dayOfMonth(
  monthWord: string,
  dayWord: string,
  yearWord: string | undefined,
  anchor: Date | null,
  hint: YearHint,
): Resolved | null {
  const month = monthIndex(monthWord);
  const day = Number.parseInt(dayWord, 10);
  if (month < 0 || !(day >= 1 && day <= 31)) return null;
  let year = yearWord !== undefined ? Number(yearWord) : anchor?.getUTCFullYear();
  if (year === undefined) return { resolved: null, granularity: 'day' };
  if (yearWord === undefined && hint === 'next') year++;
  // A date written without a year that lies more than ~2 months after the article is from the year before.
  else if (
    yearWord === undefined &&
    hint === undefined &&
    anchor &&
    utcDay(year, month, day).getTime() - anchor.getTime() > 60 * 86_400_000
  ) {
    year--;
  }
  return { resolved: iso(utcDay(year, month, day)), granularity: 'day' };
}

function resolve(
  groups: Record<string, string | undefined>,
  anchor: Date | null,
  hint: () => YearHint,
): Resolved | null {
  if (groups.dayFirst !== undefined) {
    // "12 November" (British order). A month name in lower case after a number is a word ("all 12 may stand").
    const [dayWord = '', monthWord = ''] = groups.dayFirst.split(/\s+/);
    if (!/^\p{Lu}/u.test(monthWord)) return null;
    return dayOfMonth(monthWord, dayWord, groups.dfYear, anchor, hint());
  }
  if (groups.absolute !== undefined) {
    const [monthWord = '', dayWord = ''] = groups.absolute.split(/\s+/);
    return dayOfMonth(monthWord, dayWord, groups.absYear, anchor, hint());
  }
  if (groups.monthYear !== undefined) {
    const month = monthIndex(groups.monthYear.split(/\s+/)[0] ?? '');
    if (month < 0) return null;
    return { resolved: iso(utcDay(Number(groups.myYear), month, 1)), granularity: 'month' };
  }
  if (groups.relative !== undefined) {
    const [which = '', unitWord = ''] = groups.relative.toLowerCase().split(/\s+/);
    const step = which === 'next' || which === 'coming' ? 1 : which === 'this' ? 0 : -1;
    const weekday = WEEKDAYS.indexOf(unitWord);
    if (weekday >= 0)
      return { resolved: anchor ? iso(weekdayNear(anchor, weekday, step)) : null, granularity: 'weekday' };
    if (!anchor) {
      return {
        resolved: null,
        granularity: unitWord === 'month' ? 'month' : unitWord === 'year' ? 'year' : 'week',
      };
    }
    if (unitWord === 'week' || unitWord === 'weekend') {
      return { resolved: iso(addDays(weekStart(anchor), 7 * step)), granularity: 'week' };
    }
    if (unitWord === 'month') {
      return {
        resolved: iso(utcDay(anchor.getUTCFullYear(), anchor.getUTCMonth() + step, 1)),
        granularity: 'month',
      };
    }
    return { resolved: iso(utcDay(anchor.getUTCFullYear() + step, 0, 1)), granularity: 'year' };
  }
  if (groups.deictic !== undefined) {
    const word = groups.deictic.toLowerCase();
    // "last night" in a paper dated the 9th is the night of the 8th: the story was written before midnight.
    const offset = word === 'yesterday' || word.startsWith('last') ? -1 : word === 'tomorrow' ? 1 : 0;
    return {
      resolved: anchor ? iso(addDays(anchor, offset)) : null,
      granularity: /night|morning|afternoon|evening/.test(word) ? 'part-of-day' : 'day',
    };
  }
  if (groups.weekday !== undefined) {
    const words = groups.weekday.toLowerCase().split(/\s+/);
    const which = words.length > 1 && !WEEKDAYS.includes(words[0] ?? '') ? (words[0] ?? '') : '';
    const weekday = WEEKDAYS.indexOf(words.find((word) => WEEKDAYS.includes(word)) ?? '');
    const step = which === 'next' ? 1 : which === 'this' ? 0 : -1;
    const partOfDay = /morning|afternoon|evening|night/.test(groups.weekday);
    return {
      resolved: anchor ? iso(weekdayNear(anchor, weekday, step)) : null,
      granularity: partOfDay ? 'part-of-day' : 'weekday',
    };
  }
  if (groups.inMonth !== undefined) {
    const words = groups.inMonth.split(/[\s-]+/);
    const month = monthIndex(words[words.length - 1] ?? '');
    if (month < 0 || !anchor) return { resolved: null, granularity: 'month' };
    const which = (words[0] ?? '').toLowerCase();
    let year = anchor.getUTCFullYear();
    if (which === 'next' && month <= anchor.getUTCMonth()) year++;
    else if (which !== 'next' && month > anchor.getUTCMonth()) year--;
    return { resolved: iso(utcDay(year, month, 1)), granularity: 'month' };
  }
  if (groups.inYear !== undefined && groups.year !== undefined) {
    return { resolved: `${groups.year}-01-01`, granularity: 'year' };
  }
  return null;
}

/*
 * A bare weekday in news copy ("said on Tuesday") names the most recent such day, the publication day
 * included; "next Tuesday" the first one after it; "this Tuesday" the one in the same week.
 */
function weekdayNear(anchor: Date, weekday: number, step: number): Date {
  const today = anchor.getUTCDay();
  if (step < 0) return addDays(anchor, -((today - weekday + 7) % 7));
  if (step > 0) return addDays(anchor, (weekday - today + 7) % 7 || 7);
  return addDays(weekStart(anchor), (weekday + 6) % 7);
}

/**
 * Finds date expressions ("on Tuesday", "last week", "last night", "June 27, 2019", "last year") in `text` and resolves
 * each against `published` (the article date) where known; `resolved` is null where it is not.
 */
export function findDates(text: string, published: string | undefined): DateMention[] {
  const anchor = anchorDate(published);
  const dates: DateMention[] = [];
  DATE_PATTERN.lastIndex = 0;
  for (const match of text.matchAll(DATE_PATTERN)) {
    const groups = match.groups ?? {};
    const end = match.index + match[0].length;
    const result = resolve(groups, anchor, () => yearHint(text, match.index, end));
    if (!result) continue;
    dates.push({ start: match.index, end, text: match[0], ...result });
  }
  return dates;
}

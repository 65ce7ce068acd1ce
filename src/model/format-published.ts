/** An ISO date-time as pages and feeds write it: day, time, optional seconds and fraction, optional zone. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A time of publication as every report shows it: in UTC, `2026-11-17T13:40:00+01:00` -> `2026-11-17 12:40 UTC`,
 * so that times from outlets in different zones read and order alike (a page's `+00:00` beside a feed's `Z`
 * was shown two ways). A time without a zone is the page's local time and is shown as given, without one; a bare
 * day, or a value that is no ISO date-time, as it is.
 * @example formatPublished('2031-08-16T06:30:00Z') // '2031-08-16 06:30 UTC'
 */
export function formatPublished(value: string): string {
  const match = DATE_TIME.exec(value);
  if (match === null) return value;
  const [, day = '', time = '', zone] = match;
  if (zone === undefined) return `${day} ${time}`;
  const offset = zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const instant = new Date(`${day}T${time}:00${offset}`);
  if (Number.isNaN(instant.getTime())) return `${day} ${time}`;
  return `${instant.toISOString().slice(0, 10)} ${instant.toISOString().slice(11, 16)} UTC`;
}

/** The day of a time of publication, as `formatPublished` shows it (`YYYY-MM-DD`, the UTC day when it has a zone). */
export function publishedDay(value: string): string {
  return formatPublished(value).slice(0, 10);
}

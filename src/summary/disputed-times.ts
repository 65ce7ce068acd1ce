/**
 * Clock times the outlets give differently for one fact ("shortly after 4 p.m." / "at about 3 p.m."): compare
 * does not weigh times of day, so the summary checks the sentences it cites itself and does not state one
 * outlet's time as settled.
 */

/** A clock time with its lead-in ("shortly after 4 p.m.", "at about 3.30 p.m.", "around 17:00"). */
const CLOCK_TIME =
  /(?:\b(?:at|by|from|until)\s+)?(?:\b(?:shortly|just|soon|immediately|minutes)\s+(?:after|before)\s+|\b(?:about|around|roughly|approximately|some|after|before)\s+)?\b(\d{1,2})(?:[.:](\d{2}))?\s*(a\.m\.|p\.m\.|am\b|pm\b)?/giu;

/** Minutes apart below which two times are one telling ("4 p.m." / "shortly after 4 p.m."). */
const SAME_TIME_MINUTES = 20;

interface ClockTime {
  start: number;
  end: number;
  /** Minutes after midnight. */
  minutes: number;
}

/**
 * The clock times written in `text`: a figure with "a.m." or "p.m." ("4 p.m.", "3.30 p.m."), or a 24-hour time
 * ("17:00"); a bare figure ("41 people") is none.
 */
export function clockTimes(text: string): ClockTime[] {
  const times: ClockTime[] = [];
  for (const match of text.matchAll(CLOCK_TIME)) {
    const hour = Number(match[1]);
    const minute = match[2] === undefined ? 0 : Number(match[2]);
    const half = match[3]?.toLowerCase().replace(/\./g, '');
    if (half === undefined && !(match[2] !== undefined && match[0].includes(':'))) continue;
    if (hour > (half === undefined ? 23 : 12) || minute > 59) continue;
    const hours = half === undefined ? hour : (hour % 12) + (half === 'pm' ? 12 : 0);
    times.push({ start: match.index, end: match.index + match[0].length, minutes: hours * 60 + minute });
  }
  return times;
}

/**
 * `text` without its clock time when another sentence it rests on (`others`, one text per cited sentence) gives
 * the same fact another time, more than SAME_TIME_MINUTES apart: "Riot police charged the crowd shortly after 4
 * p.m., after ..." becomes "Riot police charged the crowd, after ...". Only a sentence with one time is changed,
 * and only against cited sentences that give one time each (a sentence giving two times tells two moments).
 * Returns `text` unchanged when nothing is disputed.
 */
export function dropDisputedTime(text: string, others: readonly string[]): string {
  const own = clockTimes(text);
  if (own.length !== 1) return text;
  const time = own[0] as ClockTime;
  const disputed = others.some((other) => {
    const given = clockTimes(other);
    return given.length === 1 && Math.abs((given[0] as ClockTime).minutes - time.minutes) > SAME_TIME_MINUTES;
  });
  if (!disputed) return text;
  const before = text.slice(0, time.start).replace(/\s+$/, '');
  const after = text.slice(time.end);
  // "charged the crowd shortly after 4 p.m., after ..." -> "charged the crowd, after ..."; a time that opened the
  // sentence ("At 4 p.m., police ...") goes with its comma.
  if (before === '')
    return after.replace(/^[\s,]+/, '').replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
  return `${before}${/^[\s]*[,.;:!?]/.test(after) ? after.replace(/^\s+/, '') : after.replace(/^\s*/, ' ')}`;
}

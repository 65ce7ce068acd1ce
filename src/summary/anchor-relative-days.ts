/*
 * "Today" in a borrowed sentence means the day its article was published; in a summary of several articles,
 * written on another day, it reads as the reader's today. Relative day words are swapped for the weekday they
 * meant ("revealed today" -> "revealed on Thursday"), worked out from the article's own publication date.
 */

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY_MS = 86_400_000;

/** Relative day phrases, the day offset they mean and the part of the day they keep ("last night" -> "night"). */
const PHRASES: readonly { pattern: string; offset: number; part?: string }[] = [
  { pattern: 'today', offset: 0 },
  { pattern: 'yesterday', offset: -1 },
  { pattern: 'tomorrow', offset: 1 },
  { pattern: 'tonight', offset: 0, part: 'night' },
  { pattern: 'last night', offset: -1, part: 'night' },
  { pattern: 'this morning', offset: 0, part: 'morning' },
  { pattern: 'this afternoon', offset: 0, part: 'afternoon' },
  { pattern: 'this evening', offset: 0, part: 'evening' },
  { pattern: 'yesterday morning', offset: -1, part: 'morning' },
  { pattern: 'yesterday afternoon', offset: -1, part: 'afternoon' },
  { pattern: 'yesterday evening', offset: -1, part: 'evening' },
];

const BY_PHRASE = new Map(PHRASES.map((phrase) => [phrase.pattern, phrase]));
// Longest first, so "yesterday morning" wins over "yesterday". Not after a determiner or possessive, where the
// word is a noun ("the politics of today", "today's vote", "tomorrow's world") and a weekday would not fit.
const RELATIVE_DAY = new RegExp(
  `(?<![\\p{L}\\p{M}'’-])(?<!\\b(?:of|the|until|since|from|for)\\s)(${[...BY_PHRASE.keys()]
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\\p{L}\\p{M}'’-])`,
  'giu',
);

/*
 * Verbs a press release puts in the present after "today" ("Tarrow Mills today announces ..."), with their past:
 * once "today" is a named day, the sentence tells what happened then.
 */
const PRESENT_TO_PAST: ReadonlyMap<string, string> = new Map(
  (
    'announces:announced launches:launched confirms:confirmed reveals:revealed unveils:unveiled ' +
    'publishes:published releases:released opens:opened begins:began welcomes:welcomed reports:reported ' +
    'introduces:introduced signs:signed names:named calls:called urges:urged warns:warned completes:completed ' +
    'agrees:agreed submits:submitted files:filed issues:issued presents:presented proposes:proposed ' +
    'offers:offered receives:received says:said makes:made takes:took sets:set'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** A lower-case "today" after a word, before a lower-case word: "Tarrow Mills today announces". */
const TODAY_VERB = /(?<=[\p{L}\p{N}]\s+)today\s+(\p{Ll}+)\b/gu;

/** The calendar date an article was published on, as written (its own time zone), or undefined. */
function publicationDay(published: string | undefined): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  if (!match) return undefined;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(time) ? undefined : time;
}

/**
 * Replaces relative day words in `text` (a sentence from an article published on `published`, ISO) by the weekday
 * they meant: "today" -> "on Thursday", "last night" -> "on Wednesday night", "Yesterday, ..." -> "On Wednesday,
 * ...". Returns the text unchanged when the article has no usable date.
 *
 * @example
 * anchorRelativeDays('The report was released today.', '2026-11-12T17:05:00+01:00');
 * // 'The report was released on Thursday.'
 */
export function anchorRelativeDays(text: string, published: string | undefined): string {
  const day = publicationDay(published);
  if (day === undefined) return text;
  // "X today announces" -> "X today announced" first, then "today" -> "on Thursday".
  const past = text.replace(TODAY_VERB, (found: string, verb: string) => {
    const form = PRESENT_TO_PAST.get(verb);
    return form === undefined ? found : `${found.slice(0, -verb.length)}${form}`;
  });
  return past.replace(RELATIVE_DAY, (found: string, _phrase: string, offset: number) => {
    const phrase = BY_PHRASE.get(found.toLowerCase());
    if (!phrase) return found;
    const weekday = WEEKDAYS[new Date(day + phrase.offset * DAY_MS).getUTCDay()] ?? '';
    const words = `${weekday}${phrase.part ? ` ${phrase.part}` : ''}`;
    // "on" unless a preposition already stands before it ("since yesterday" is excluded above; "by today").
    const before = past.slice(Math.max(0, offset - 10), offset);
    const preposition = /\b(?:by|on|before|after|till|through)\s$/i.test(before) ? '' : 'on ';
    const replaced = `${preposition}${words}`;
    return /^\p{Lu}/u.test(found) ? replaced.charAt(0).toUpperCase() + replaced.slice(1) : replaced;
  });
}

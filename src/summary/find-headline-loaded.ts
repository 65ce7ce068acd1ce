import type { LoadedReason } from '../model/index.js';
import { findLoadedSpans } from './find-loaded-spans.js';

/** A loaded word in an article's headline: offsets into the title. */
export interface HeadlineLoadedSpan {
  start: number;
  end: number;
  text: string;
  reason: LoadedReason;
  note: string;
}

/**
 * Nouns of feeling that tabloid headlines put in place of a finding ("CANCER FEAR OVER ...", "HORROR AS ..."):
 * the headline announces a mood instead of saying what happened. Only when shouted in capitals: a broadsheet's
 * "... Despite Flood Fears" or "Flood scare at ..." is ordinary headline shorthand for warnings someone gave, and
 * in a body sentence "fears of a recession" is ordinary reporting of what people expect.
 */
const HEADLINE_MOOD_NOUNS = new Set(
  'fear fears horror panic scare scares agony anguish misery heartbreak hell shock dread furore uproar'.split(
    ' ',
  ),
);
/*
 * Words after a mood word that show it is a noun ("FEAR OVER", "scare at", "HORROR AS"); before anything else
 * it may be a verb ("Residents fear flooding").
 */
const AFTER_MOOD_NOUN = new Set('over as at after amid in on about of'.split(' '));
/* Words before "scare" that make it the standard term for an alert, not a mood: "bomb scare". */
const ALERT_WORDS = new Set('bomb security terror'.split(' '));

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;

/*
 * Words in single quotation marks, as headlines quote ("clings on as 'rigged' vote row erupts", "‘smear’
 * campaign"): a mark opening before a word and one closing after a word, not an apostrophe inside one ("Velm's").
 */
const SINGLE_QUOTED = /(?<![\p{L}\p{N}])['‘][^'‘’\n]{1,80}?['’](?![\p{L}\p{N}])/gu;

/**
 * Loaded words in a headline, the outlet's own voice (quoted words, in double or single quotation marks, are left
 * out, as the speaker is not known from the headline alone): the body's lexicons, and the mood nouns of tabloid headlines written in capitals.
 */
export function findHeadlineLoaded(title: string): HeadlineLoadedSpan[] {
  const quoted = [...title.matchAll(SINGLE_QUOTED)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  const found: HeadlineLoadedSpan[] = findLoadedSpans(title)
    .spans.filter(
      (span) =>
        span.region < 0 &&
        span.reported === undefined &&
        !quoted.some((region) => span.start < region.end && span.end > region.start),
    )
    .map(({ start, end, text, reason, note }) => ({ start, end, text, reason, note }));
  const tokens = [...title.matchAll(WORD)];
  tokens.forEach((match, position) => {
    const lower = match[0].toLowerCase();
    if (!HEADLINE_MOOD_NOUNS.has(lower) || match[0] !== match[0].toUpperCase()) return;
    const start = match.index;
    const end = start + match[0].length;
    if (found.some((span) => span.start < end && span.end > start)) return;
    const next = tokens[position + 1];
    const previous = tokens[position - 1]?.[0].toLowerCase();
    const closes = next === undefined || /[:,;–—-]/.test(title.slice(end, next.index));
    if (!closes && !AFTER_MOOD_NOUN.has(next[0].toLowerCase())) return;
    if (/^scares?$/.test(lower) && previous !== undefined && ALERT_WORDS.has(previous)) return;
    found.push({
      start,
      end,
      text: match[0],
      reason: 'emotive',
      note: `'${match[0]}' gives the headline a mood instead of a finding; say what was found`,
    });
  });
  return found.sort((a, b) => a.start - b.start);
}

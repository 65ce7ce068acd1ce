import type { CitedText } from '../model/index.js';

/**
 * Headlines stay short: style guides aim at 8-12 words; 20 leaves room for a condition ("if he leaves power") and
 * the speaker, since a borrowed clause cannot be paraphrased safely. Clauses are cut at a phrase boundary first.
 */
export const HEADLINE_MAX_WORDS = 20;
const HEADLINE_OVERRUN_WORDS = 3;

const WEEKDAY_OR_TIME =
  /\s+(?:on|late on|early on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|\s+(?:yesterday|today|tonight|this week|last week)\b/gi;

const NAME = "\\p{Lu}[\\p{L}.'’-]*";
const SAYING = `(?:said|says|told\\s+(?:reporters|journalists|lawmakers|(?:the\\s+)?(?:${NAME}\\s+)*${NAME})|announced|stated|confirmed)`;
/** "<clause>, <speaker> said" (at the end, or followed only by where and when). */
const CLAUSE_THEN_SPEAKER = new RegExp(
  `^(.{12,}?),\\s+(?:the\\s+)?(.{2,90}?)\\s+${SAYING}(?:\\s+(?:on|in|at|during|after|before|of|to)\\b.{0,60})?$`,
  'u',
);
/** "<speaker> said (that) <clause>" */
const SPEAKER_THEN_CLAUSE = new RegExp(`^(.{2,120}?)\\s+${SAYING}\\s+(?:that\\s+)?(.{12,})$`, 'u');

const NAME_PART = /^(?:\p{Lu}[\p{L}'’.-]*\s?){1,4}$/u;
const NAME_TAIL = /(?:\p{Lu}[\p{L}'’.-]*\s+)?\p{Lu}[\p{L}'’.-]*$/u;

/**
 * The shortest naming of a speaker: a name set off by commas ("the envoy, Elliott Abrams,"), else a name at the
 * end ("special envoy Elliott Abrams": the last two capitalised words), else the last three words.
 */
function shortSpeaker(speaker: string): string {
  const parts = speaker
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const name = parts.find((part) => NAME_PART.test(part));
  if (name) return name;
  const first = (parts[0] ?? speaker).replace(/^the\s+/i, '');
  const tail = NAME_TAIL.exec(first);
  if (tail && tail[0].includes(' ')) return tail[0];
  return first.split(/\s+/).slice(-3).join(' ');
}

/** Where a long clause may be cut: before a conjunction, a relative pronoun or a comma. */
const CUT_BEFORE = /(?:,|\s(?:and|but|while|which|who|after|before|as|because))\s/g;

function trimWords(text: string, max: number): string {
  const words = text.split(/\s+/);
  if (words.length <= max) return text;
  const head = words.slice(0, max).join(' ');
  // Cut at the last clause boundary inside the limit, so the headline ends on a whole phrase.
  let cut = -1;
  for (const match of `${head} `.matchAll(CUT_BEFORE)) cut = match.index;
  if (cut > head.length / 2) return head.slice(0, cut);
  // No phrase boundary inside the limit: a few words over reads better than a clause cut mid-phrase.
  return words.length <= max + HEADLINE_OVERRUN_WORDS ? text : head;
}

/**
 * A short, factual headline from the summary's first sentence: attribution moved to the end ("..., Abrams says"),
 * weekday and time phrases dropped, cut to `HEADLINE_MAX_WORDS` at a clause boundary, no final stop. It cites
 * what the first sentence cites.
 */
export function makeHeadline(first: CitedText | undefined): CitedText {
  if (!first) return { text: '', citations: [] };
  let text = first.text
    .replace(/\s*\([^)]*\)/g, '')
    .replace(WEEKDAY_OR_TIME, '')
    .replace(/[.!?]+["”’]?$/, '')
    .replace(/\b(?:the )?United States\b/gi, 'US')
    // A trailing credit (", The Daily Lantern reported") belongs in the citation, not the headline.
    .replace(/,\s+(?:according to [^,]{2,60}|[^,]{2,60}\s+reported)$/, '')
    .trim();
  const tail = CLAUSE_THEN_SPEAKER.exec(text);
  const head = tail ? undefined : SPEAKER_THEN_CLAUSE.exec(text);
  if (tail?.[1] && tail[2] && !/["“]/.test(tail[1])) {
    text = `${trimWords(tail[1], HEADLINE_MAX_WORDS - 3)}, ${shortSpeaker(tail[2])} says`;
  } else if (head?.[1] && head[2] && head[1].split(/\s+/).length <= 16) {
    const speaker = shortSpeaker(head[1]);
    // "X said he had seen ..." -> "X says he had seen ...": a leading pronoun needs its speaker before it.
    if (/^(?:he|she|they|it|we|i)\b/i.test(head[2])) {
      text = `${speaker} says ${trimWords(head[2], HEADLINE_MAX_WORDS - speaker.split(' ').length - 1)}`;
    } else {
      const clause = head[2].charAt(0).toUpperCase() + head[2].slice(1);
      text = `${trimWords(clause, HEADLINE_MAX_WORDS - 3)}, ${speaker} says`;
    }
  } else {
    text = trimWords(text, HEADLINE_MAX_WORDS);
  }
  return { text: text.replace(/[,;:]$/, ''), citations: first.citations };
}

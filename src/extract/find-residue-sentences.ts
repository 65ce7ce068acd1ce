import type { ResidueReason } from '../model/index.js';
import { LIVE_BLOG_TALK_PATTERNS } from './rules/live-blog-talk.js';
import { LEADING_ENTRY_TIME } from './rules/residue-lines.js';

/** A piece of a paragraph that is page residue, by offsets into the paragraph's text. */
export interface ResidueSpan {
  start: number;
  end: number;
  reason: ResidueReason;
  /** Where the cut ends, past `end`: an entry time's separator (": ", " — ") goes with it, unlisted. */
  cutEnd: number;
}

/**
 * A video or photo player's prompt that scraped text glues to the paragraph after it ("Please enable Javascript to
 * watch this video", "View Full Caption", "Click to enlarge", "Watch the video:"); group 1 is the prompt.
 */
const LEADING_PLAYER_PROMPT =
  /^((?:please )?enable javascript to (?:watch|view|play|see) this (?:video|content|media)|view (?:full )?caption|click to (?:enlarge|expand|play)|(?:watch|play) (?:the )?video)[.:]?\s+/i;

/** What may open a paragraph's first sentence and be cut off it (group 1 is what is listed as removed). */
const LEADING_CUTS: readonly { pattern: RegExp; reason: ResidueReason }[] = [
  { pattern: LEADING_ENTRY_TIME, reason: 'timestamp' },
  { pattern: LEADING_PLAYER_PROMPT, reason: 'boilerplate' },
];

/** What may open an entry's sentence after its time: a capital, a digit or a quotation mark. */
const SENTENCE_OPENING = /^[\p{Lu}\p{N}"“‘']/u;
/** The end of a sentence and the space after it: where a host's sign-off may start. */
const SENTENCE_BREAK = /[.!?]["”’)]?\s+(?=\S)/g;

/**
 * The residue inside one paragraph of body text: a live blog's entry time opening it ("10:42 GMT: The river
 * ..."), whose sentence stays, a video player's prompt glued to it (`LEADING_PLAYER_PROMPT`), and the host's talk to readers in whole sentences at its start or end ("Good
 * morning and welcome to our live coverage of ...", "That's all from us for today."). Only the edges: a sentence
 * in the middle of a paragraph is the story's. Spans are in text order and may cover the whole text.
 */
export function findResidueSentences(text: string): ResidueSpan[] {
  const spans: ResidueSpan[] = [];
  let position = skipSpace(text, 0);
  for (;;) {
    const rest = text.slice(position);
    // An entry time ("10:42 GMT: The river ..."), or a player's prompt glued to the lead ("Please enable
    // Javascript to watch this video TOLLAND (KVRN) — ..."): the words after it are the sentence.
    const lead = LEADING_CUTS.map(({ pattern, reason }) => ({ match: pattern.exec(rest), reason })).find(
      ({ match }) => match?.[1] !== undefined && SENTENCE_OPENING.test(rest.slice(match[0].length)),
    );
    if (lead?.match?.[1] !== undefined) {
      spans.push({
        start: position,
        end: position + lead.match[1].length,
        reason: lead.reason,
        cutEnd: position + lead.match[0].length,
      });
      position += lead.match[0].length;
      continue;
    }
    const talk = talkAt(text, position);
    if (talk === undefined) break;
    spans.push({ start: position, end: talk, reason: 'greeting', cutEnd: talk });
    position = skipSpace(text, talk);
  }
  if (position >= text.length) return spans;
  // A sign-off closing the paragraph: the first sentence from which everything to the end is host talk.
  for (const match of text.slice(position).matchAll(SENTENCE_BREAK)) {
    const tail = talkToEnd(text, position + match.index + match[0].length);
    if (tail !== undefined) return [...spans, ...tail];
  }
  return spans;
}

/** The end of a host-talk sentence starting at `start` (which must end there or before a space), if any. */
function talkAt(text: string, start: number): number | undefined {
  const rest = text.slice(start);
  for (const pattern of LIVE_BLOG_TALK_PATTERNS) {
    const match = pattern.exec(rest);
    if (match === null) continue;
    const end = start + match[0].length;
    if (end === text.length || /\s/.test(text.charAt(end))) return end;
  }
  return undefined;
}

/** The host-talk sentences from `start` to the end of the text, or undefined when any of them is not. */
function talkToEnd(text: string, start: number): ResidueSpan[] | undefined {
  const spans: ResidueSpan[] = [];
  let position = start;
  while (position < text.length) {
    const end = talkAt(text, position);
    if (end === undefined) return undefined;
    spans.push({ start: position, end, reason: 'greeting', cutEnd: end });
    position = skipSpace(text, end);
  }
  return spans;
}

function skipSpace(text: string, from: number): number {
  let position = from;
  while (position < text.length && /\s/.test(text.charAt(position))) position++;
  return position;
}

/** The text left when the spans are taken out, its pieces joined by one space. */
export function textWithout(text: string, spans: readonly ResidueSpan[]): string {
  const parts: string[] = [];
  let position = 0;
  for (const span of spans) {
    parts.push(text.slice(position, span.start));
    position = span.cutEnd;
  }
  parts.push(text.slice(position));
  return parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ');
}

import type { Credit, CreditKind, Sentence } from '../model/index.js';
import { OUTLET_ALIASES, WIRE_AGENCIES } from './outlets.js';
import { sentenceIndexAt } from './sentence-index-at.js';

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const ALIASES = Object.keys(OUTLET_ALIASES).sort((a, b) => b.length - a.length);
/* Case-sensitive on purpose: "AP" the agency, not "ap"; "The Hill", not "the hill". */
const OUTLET_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${ALIASES.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
const CASELESS_ALIASES = new Map(ALIASES.map((alias) => [alias.toLowerCase(), alias]));

const AFTER: readonly [RegExp, CreditKind][] = [
  [
    /^(?:['’]s?)?\s+(?:(?:first|also|previously|earlier|later|originally|initially|had|has|have)\s+){0,2}(?:reported|reports|reporting|revealed|broke the news|obtained|published)\b/,
    'reported',
  ],
  [/^\s+(?:(?:also|later|then)\s+)?quoted\b/, 'quoted'],
  [/^\s+(?:contributed to this report|contributed reporting)\b/, 'wire'],
];

const BEFORE: readonly [RegExp, CreditKind][] = [
  [
    /\b(?:told|tells|telling|tell|said\s+(?:in\s+an\s+interview\s+with|to)|in\s+an\s+interview\s+with|speaking\s+to|spoke\s+to|said\s+on)\s+(?:the\s+|The\s+)?$/,
    'told',
  ],
  [
    /\b[Aa]ccording\s+to\s+(?:a\s+report\s+(?:by|from|in)\s+|reports?\s+(?:by|from|in)\s+)?(?:the\s+|The\s+)?$/,
    'according-to',
  ],
  [
    /\b(?:reported\s+by|first\s+reported\s+by|reported\s+in|as\s+reported\s+by|report\s+by|report\s+from|reporting\s+by|[Rr]eporting\s+by|via|h\/t:?|[Hh]at\s+tip:?)\s+(?:the\s+|The\s+)?$/,
    'reported',
  ],
  [/(?:[Cc]opyright|©)\s*(?:\d{4}\s+)?(?:the\s+|The\s+)?$/, 'wire'],
];

/* Datelines sit at the start of wire copy; look no further than this into the body. */
const DATELINE_WINDOW_CHARS = 400;
/* How far before an outlet name a cue ("told", "according to a report by") may start. */
const BEFORE_WINDOW_CHARS = 48;

/**
 * Finds the places where the article credits another outlet or agency: "The New York Times reported",
 * "told the Associated Press", "according to Reuters", "the Times quoted him", datelines "DALLAS (AP) —" and
 * wire credit lines.
 */
export function findCredits(text: string, sentences: readonly Sentence[], firstBodyOffset = 0): Credit[] {
  const credits: Credit[] = [];
  const seen = new Set<string>();
  const add = (start: number, end: number, outlet: string, kind: CreditKind): void => {
    const key = `${start}:${end}`;
    if (seen.has(key)) return;
    seen.add(key);
    credits.push({
      start,
      end,
      text: text.slice(start, end),
      outlet,
      kind,
      sentence: sentenceIndexAt(sentences, start),
    });
  };

  const datelineEnd = Math.min(text.length, firstBodyOffset + DATELINE_WINDOW_CHARS);
  const dateline = /\((?<agency>[A-Z][\p{L}.\- ]{1,40})\)\s*[—–-]/gu;
  dateline.lastIndex = 0;
  for (const match of text.slice(0, datelineEnd).matchAll(dateline)) {
    const name = match.groups?.agency ?? '';
    const outlet = OUTLET_ALIASES[name] ?? OUTLET_ALIASES[CASELESS_ALIASES.get(name.toLowerCase()) ?? ''];
    if (outlet && WIRE_AGENCIES.has(outlet))
      add(match.index, match.index + match[0].length, outlet, 'dateline');
  }

  for (const match of text.matchAll(OUTLET_PATTERN)) {
    const name = match[0];
    const outlet = OUTLET_ALIASES[name];
    if (!outlet) continue;
    const start = match.index;
    const end = start + name.length;
    let found = false;
    const tail = text.slice(end, end + 60);
    for (const [pattern, kind] of AFTER) {
      const hit = pattern.exec(tail);
      if (hit) {
        const creditStart = /^the\s/i.test(text.slice(start - 4, start)) ? start - 4 : start;
        add(creditStart, end + hit[0].length, outlet, kind);
        found = true;
        break;
      }
    }
    if (found) continue;
    const headStart = Math.max(0, start - BEFORE_WINDOW_CHARS);
    const head = text.slice(headStart, start);
    for (const [pattern, kind] of BEFORE) {
      const hit = pattern.exec(head);
      if (hit) {
        add(headStart + hit.index, end, outlet, kind);
        break;
      }
    }
  }
  credits.sort((a, b) => a.start - b.start);
  return credits;
}

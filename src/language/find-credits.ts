import { composeKey, WORD_LETTER, type Credit, type CreditKind, type Sentence } from '../model/index.js';
import { OUTLET_ALIASES, WIRE_AGENCIES } from './outlets.js';
import { sentenceIndexAt } from './sentence-index-at.js';

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const ALIASES = Object.keys(OUTLET_ALIASES).sort((a, b) => b.length - a.length);
/*
 * Case-sensitive on purpose: "AP" the agency, not "ap"; "The Hill", not "the hill". An accented alias is also
 * matched as written with combining marks ("El Pai\u0301s"); the match is looked up in NFC (`aliasOf`).
 */
/** Known outlets and agencies by any name in `OUTLET_ALIASES`, as written (read by `findBylineCredits` too). */
const WRITTEN_ALIASES = ALIASES.flatMap((alias) => {
  const decomposed = alias.normalize('NFD');
  return decomposed === alias ? [alias] : [alias, decomposed];
}).sort((a, b) => b.length - a.length);
export const OUTLET_PATTERN = new RegExp(
  `(?<![${WORD_LETTER}\\p{N}])(?:${WRITTEN_ALIASES.map(escapeRegExp).join('|')})(?![${WORD_LETTER}\\p{N}])`,
  'gu',
);
/* OUTLET_PATTERN tried only where an alias can start (see `matchAtStarts`). */
const OUTLET_STICKY = new RegExp(OUTLET_PATTERN.source, 'uy');
const OUTLET_STARTS = new RegExp(
  `[${[...new Set(WRITTEN_ALIASES.map((alias) => String.fromCodePoint(alias.codePointAt(0) ?? 0)))]
    .map((first) => first.replace(/[\\\]^-]/g, '\\$&'))
    .join('')}]`,
  'gu',
);

/**
 * The matches `text.matchAll(pattern)` gives, in order, for a global `u` pattern whose matches can only begin on a
 * character `starts` (global, `u`) finds: `sticky`, the pattern with the `y` flag instead of `g`, is tried at
 * those places only. The big alternations below cost a third to a half less than scanning every position.
 */
function* matchAtStarts(text: string, starts: RegExp, sticky: RegExp): Generator<RegExpExecArray> {
  starts.lastIndex = 0;
  // `test`, not `exec`: no match array for each capital letter of the text.
  while (starts.test(text)) {
    const after = starts.lastIndex;
    // The character found is one code unit long, or two for a surrogate pair.
    const low = text.charCodeAt(after - 1);
    const high = text.charCodeAt(after - 2);
    const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
    sticky.lastIndex = pair ? after - 2 : after - 1;
    const match = sticky.exec(text);
    if (match === null) continue;
    const next = sticky.lastIndex;
    yield match;
    starts.lastIndex = next;
  }
}
const CASELESS_ALIASES = new Map(ALIASES.map((alias) => [alias.toLowerCase(), alias]));

/** The canonical outlet for a name as written, in whichever Unicode form: "El Pai\u0301s" -> "El País". */
export function aliasOf(name: string): string | undefined {
  return OUTLET_ALIASES[composeKey(name)];
}

const AFTER: readonly [RegExp, CreditKind][] = [
  [
    /^(?:['’]s?)?\s+(?:(?:first|also|previously|earlier|later|originally|initially|had|has|have)\s+){0,2}(?:reported|reports|reporting|revealed|broke the (?:news|story)|exposed|uncovered|disclosed|obtained|published)\b/,
    'reported',
  ],
  [/^\s+(?:(?:also|later|then)\s+)?quoted\b/, 'quoted'],
  [/^\s+(?:contributed to this report|contributed reporting)\b/, 'wire'],
];

/*
 * "The Kestrel Evening Post said 17 cracks had been found": an outlet saying something is an outlet reporting it.
 * Kept apart from AFTER because a name shaped like an outlet that ends in a bare "Agency" ("the Environment
 * Agency said") is far more often a public body than a news agency.
 */
const SAID: RegExp = /^\s+(?:(?:also|later|earlier|previously)\s+)?(?:said|says|wrote)\b/;

const BEFORE: readonly [RegExp, CreditKind][] = [
  [
    /\b(?:told|tells|telling|tell|said\s+(?:in\s+an\s+interview\s+with|to)|in\s+an\s+interview\s+with|speaking\s+to|spoke\s+to|said\s+on)\s+(?:the\s+|The\s+)?$/,
    'told',
  ],
  [
    /\b[Aa]ccording\s+to\s+(?:a\s+report\s+(?:by|from|in)\s+|reports?\s+(?:by|from|in)\s+)?(?:the\s+|The\s+)?$/,
    'according-to',
  ],
  // An end note: "With reporting by X", "Additional reporting by X", "Reporting by X" opening a line. The outlet
  // wrote part of the text, as a byline or a dateline credit says; "reporting by X" inside a sentence cites X.
  [
    /(?:\b[Ww]ith\s+(?:additional\s+)?|\b[Aa]dditional\s+|(?<=\n[ \t]*))[Rr]eporting\s+by\s+(?:the\s+|The\s+)?$/,
    'wire',
  ],
  [
    /\b(?:(?:first\s+|originally\s+)?(?:revealed|exposed|uncovered|disclosed)\s+(?:first\s+)?by|reported\s+by|first\s+reported\s+by|reported\s+in|as\s+reported\s+by|report\s+by|report\s+from|reporting\s+by|[Rr]eporting\s+by|via|h\/t:?|[Hh]at\s+tip:?)\s+(?:the\s+|The\s+)?$/,
    'reported',
  ],
  [/(?:[Cc]opyright|©)\s*(?:\d{4}\s+)?(?:the\s+|The\s+)?$/, 'wire'],
];

/*
 * Outlets not in the alias list, recognised by shape: up to four capitalised words ending in a news-outlet head
 * word ("the Marrow Bay Gazette", "the Meridian Press Agency", "the Weir Valley Echo"), or one to three after a
 * leading one ("Radio Veland", "the Daily Clarion"). Used only inside the same credit patterns. "Mail" and
 * "Mercury" are left out as head words: "Royal Mail said" is the postal service, "Freddie Mercury said" a singer.
 */
export const GENERIC_OUTLET_PATTERN =
  /(?<![\p{L}\p{M}\p{N}])(?:The[ \u00a0]+)?(?:(?:Radio|Daily|Channel|Television|TV)(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}’'&-]*){1,3}(?![ \u00a0]+\p{Lu})|(?:\p{Lu}[\p{L}\p{M}’'&-]*[ \u00a0]+){1,4}(?:Press Agency|News Agency|Wire Service|News Service|Press Service|Press|Agency|Times|Post|News|Gazette|Herald|Tribune|Journal|Observer|Courier|Ledger|Chronicle|Standard|Telegraph|Mirror|Express|Radio|Television|Broadcasting|Magazine|Wire|Daily|Dispatch|Record|Sentinel|Examiner|Inquirer|Bulletin|Echo|Globe|Star|Beacon|Argus|Advertiser|Clarion|Bugle|Gleaner))(?![\p{L}\p{M}\p{N}])/gu;

/* GENERIC_OUTLET_PATTERN tried only at capital letters, where its matches begin (see `matchAtStarts`). */
const GENERIC_OUTLET_STICKY = new RegExp(GENERIC_OUTLET_PATTERN.source, 'uy');
const CAPITAL = /\p{Lu}/gu;

/*
 * Outlets named by what they are rather than by a head word in their name: "the technology site Quillpost",
 * "tech site Quillpost", "the security blog Latchkey", "Brannock news agency". A bare "site" needs a word that
 * makes it a publication ("news", "tech", ...): "the building site Harrowgate" is a place. A bare "agency" or
 * "paper" is left out: "the agency Frontlane" is more often a public body, "the paper mill Orrin" a factory.
 */
const OUTLET_KIND_WORDS = String.raw`(?:news|tech|technology|investigative|security|cybersecurity|gossip|celebrity|business|financial|finance|sports|political|online|local|regional|national|trade|industry|science|health|data|media)`;
const OUTLET_KIND = String.raw`(?:website|blog|newsletter|newspaper|tabloid|broadcaster|magazine|news[ \u00a0]+agency|wire[ \u00a0]+service|news[ \u00a0]+outlet|publication)`;
const DESCRIBED_NAME = String.raw`\p{Lu}[\p{L}\p{M}\p{N}'’&-]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}\p{N}'’&-]*){0,3}`;
const DESCRIBED_OUTLET_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}])(?:(?:(?:the|The|a|A)[ \u00a0]+)?(?:${OUTLET_KIND_WORDS}[ \u00a0]+){0,2}(?:${OUTLET_KIND}|(?<=${OUTLET_KIND_WORDS}[ \u00a0]+)site)[ \u00a0]+(?<before>${DESCRIBED_NAME})|(?<!\b(?:a|an|A|An)[ \u00a0]+)(?<after>${DESCRIBED_NAME})[ \u00a0]+(?:news[ \u00a0]+agency|newspaper|news[ \u00a0]+site|website|blog|tabloid|magazine))(?![\p{L}\p{M}\p{N}])`,
  'gu',
);
/* A word every outlet named by what it is has (`DESCRIBED_OUTLET_PATTERN`). */
const OUTLET_KIND_CUE =
  /\b(?:website|blog|newsletter|newspaper|tabloid|broadcaster|magazine|agency|service|outlet|publication|site)\b/;
/* "the technology site Quillpost Monday": a day or month after the name is the date, not part of it. */
const NAME_TRAILING_DATE =
  /(?:[ \u00a0]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December))+$/;

/** True for a name that is wholly an outlet's by shape (`GENERIC_OUTLET_PATTERN`), of two words or more. */
function isOutletShaped(name: string): boolean {
  const [match] = name.matchAll(GENERIC_OUTLET_PATTERN);
  return match?.index === 0 && match[0] === name && name.split(/\s+/).length >= 2;
}

/** "Meridian Press Agency" for "MPA" when the article spells the name out somewhere. */
function expandAcronym(text: string, acronym: string): string {
  for (const match of text.matchAll(GENERIC_OUTLET_PATTERN)) {
    const words = match[0].split(/\s+/).slice(-acronym.length);
    if (words.map((word) => word[0] ?? '').join('') === acronym) return composeKey(words.join(' '));
  }
  return acronym;
}

/*
 * Words that mark a capitalised name as a journal's ("the Tarrow Journal of Public Health", "Annals of Coastal
 * Medicine", "Osterlin Medical Review"), and journals known by one word. A name without one is credited only
 * after "the journal" ("published in the journal Veldt Biology"): "a study in Tarrow" names a place.
 */
const JOURNAL_WORD =
  /(?<![\p{L}\p{M}])(?:Journal|Journals|Annals|Proceedings|Archives|Lancet|Review|Reviews|Letters|Bulletin|Transactions|Quarterly|Nature|Science|Cell|BMJ|JAMA|NEJM|PNAS|PLOS|Pediatrics|Neurology|Circulation)(?![\p{L}\p{M}])/u;
/* A journal's name: capitalised words, joined by "of", "and", "for", "&", "of the" ("Proceedings of the ..."). */
const JOURNAL_NAME = String.raw`\p{Lu}[\p{L}\p{M}'’&-]*(?:\s+(?:(?:of|and|for|&)\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{M}'’&-]*)*`;
/*
 * Where a study's findings appeared: "published (on Tuesday|today|online) in", "reported ... in", "writing in",
 * "a study in", then "the (medical) journal" or a journal-shaped name. Health and science stories credit the
 * journal this way rather than with "reported" or "according to".
 */
const JOURNAL_CREDIT = new RegExp(
  String.raw`\b(?:published|reported|appearing|appeared|appears|writing|presented|(?:study|studies|paper|analysis|meta-analysis|trial|review|research|findings|letter|article)(?:\s+(?:was|were|is|are|has\s+been|have\s+been|published|appearing))?)\s+(?:(?:on|last|this|earlier|late)\s+\p{L}+\s+|today\s+|yesterday\s+|online\s+)?in\s+(?:the\s+|The\s+)?(?:(?<journal>(?:\p{Ll}[\p{L}-]*\s+){0,2}journal)\s+(?<named>${JOURNAL_NAME})|(?<shaped>${JOURNAL_NAME}))`,
  'gu',
);
const TRAILING_DATE_WORDS =
  /(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December))+$/;
/* "according to" this far back in the same sentence makes the journal credit an according-to credit. */
const ACCORDING_WINDOW_CHARS = 120;

/* "By Meridian Press Agency" at the start of a line: agency copy. */
const BYLINE: [RegExp, CreditKind] = [/(?:^|\n)[ \t]*By\s+(?:the\s+|The\s+)?$/, 'wire'];

/* Datelines sit at the start of wire copy; look no further than this into the body. */
const DATELINE_WINDOW_CHARS = 400;
/* How far before an outlet name a cue ("told", "according to a report by") may start. */
const BEFORE_WINDOW_CHARS = 48;

/**
 * Finds the places where the article credits another outlet or agency: "The New York Times reported",
 * "told the Associated Press", "according to Reuters", "the Times quoted him", datelines "DALLAS (AP) —" and
 * wire credit lines.
 */
export function findCredits(
  text: string,
  sentences: readonly Sentence[],
  firstBodyOffset = 0,
  /** Text outside the body that may spell out an agency acronym (the byline: "By Meridian Press Agency"). */
  metadata = '',
): Credit[] {
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
  const dateline = /\((?<agency>[A-Z][\p{L}\p{M}.\- ]{1,40})\)\s*[—–-]/gu;
  dateline.lastIndex = 0;
  for (const match of text.slice(0, datelineEnd).matchAll(dateline)) {
    const name = match.groups?.agency ?? '';
    const outlet =
      aliasOf(name) ?? OUTLET_ALIASES[CASELESS_ALIASES.get(composeKey(name).toLowerCase()) ?? ''];
    if (outlet && WIRE_AGENCIES.has(outlet))
      add(match.index, match.index + match[0].length, outlet, 'dateline');
    // An agency acronym we do not know ("PORT ALDER, Veland (MPA) —"): credited under its spelled-out name.
    else if (!outlet && /^[A-Z]{2,6}$/.test(name))
      add(
        match.index,
        match.index + match[0].length,
        expandAcronym(`${text}\n${metadata}`, name),
        'dateline',
      );
    // An agency we do not know, shaped like an outlet ("SELBY QUAY (Harbourline Wire) —").
    else if (!outlet && isOutletShaped(name))
      add(match.index, match.index + match[0].length, composeKey(name.replace(/^The\s+/, '')), 'dateline');
  }

  for (const match of matchAtStarts(text, OUTLET_STARTS, OUTLET_STICKY)) {
    const name = match[0];
    const outlet = aliasOf(name);
    if (!outlet) continue;
    const start = match.index;
    const end = start + name.length;
    let found = false;
    const tail = text.slice(end, end + 60);
    for (const [pattern, kind] of [...AFTER, [SAID, 'reported'] as const]) {
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
  for (const match of matchAtStarts(text, CAPITAL, GENERIC_OUTLET_STICKY)) {
    const byline = /^By\s+/.exec(match[0]);
    const start = match.index + (byline?.[0].length ?? 0);
    const end = match.index + match[0].length;
    // In NFC: the outlet is a name to compare across articles, whichever form each article wrote it in.
    const name = composeKey(match[0].slice(byline?.[0].length ?? 0).replace(/^The\s+/, ''));
    if (OUTLET_ALIASES[name] !== undefined || name.split(/\s+/).length < 2) continue;
    if (byline && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, match.index - 40), match.index))) {
      add(match.index, end, name, 'wire');
      continue;
    }
    const tail = text.slice(end, end + 60);
    const publicBody = /\bAgency$/.test(name) && !/\b(?:Press|News) Agency$/.test(name);
    const after = [...AFTER, ...(publicBody ? [] : [[SAID, 'reported'] as const])].find(([pattern]) =>
      pattern.test(tail),
    );
    if (after) {
      const hit = after[0].exec(tail);
      add(
        /^the\s/i.test(text.slice(start - 4, start)) ? start - 4 : start,
        end + (hit?.[0].length ?? 0),
        name,
        after[1],
      );
      continue;
    }
    const headStart = Math.max(0, start - BEFORE_WINDOW_CHARS);
    const head = text.slice(headStart, start);
    for (const [pattern, kind] of [...BEFORE, BYLINE]) {
      const hit = pattern.exec(head);
      if (hit) {
        add(headStart + hit.index + (hit[0].length - hit[0].trimStart().length), end, name, kind);
        break;
      }
    }
  }
  // The pattern tries every capitalised word; most texts name no outlet by what it is, so it runs only on those.
  const describedOutlets = OUTLET_KIND_CUE.test(text) ? text.matchAll(DESCRIBED_OUTLET_PATTERN) : [];
  for (const match of describedOutlets) {
    const before = match.groups?.before;
    const written = before ?? match.groups?.after ?? '';
    const trimmed = written.replace(NAME_TRAILING_DATE, '');
    if (trimmed === '') continue;
    const name = aliasOf(trimmed) ?? composeKey(trimmed.replace(/^The[ \u00a0]+/, ''));
    const start = match.index;
    const end = match.index + match[0].length - (before === undefined ? 0 : written.length - trimmed.length);
    const tail = text.slice(end, end + 60);
    const after = [...AFTER, [SAID, 'reported'] as const].find(([pattern]) => pattern.test(tail));
    if (after) {
      const hit = after[0].exec(tail);
      add(start, end + (hit?.[0].length ?? 0), name, after[1]);
      continue;
    }
    const headStart = Math.max(0, start - BEFORE_WINDOW_CHARS);
    const head = text.slice(headStart, start);
    for (const [pattern, kind] of BEFORE) {
      const hit = pattern.exec(head);
      if (hit) {
        add(headStart + hit.index, end, name, kind);
        break;
      }
    }
  }
  for (const match of text.matchAll(JOURNAL_CREDIT)) {
    const named = match.groups?.named;
    const written = named ?? match.groups?.shaped ?? '';
    // "in the journal The Lancet Monday": a day or month after the name is the date, not part of it.
    const dated = written.replace(TRAILING_DATE_WORDS, '');
    const name = dated.replace(/^The\s+/, '');
    if (name === '' || (named === undefined && !JOURNAL_WORD.test(name))) continue;
    const end = match.index + match[0].length - (written.length - dated.length);
    const head = text.slice(Math.max(0, match.index - ACCORDING_WINDOW_CHARS), match.index);
    const according = /\b[Aa]ccording\s+to\b(?![^]*[.!?;]\s)[^]*$/.exec(head);
    const start = according ? match.index - head.length + according.index : match.index;
    add(start, end, aliasOf(name) ?? composeKey(name), according ? 'according-to' : 'reported');
  }
  // The same credit can be found by alias and by shape: keep the first of overlapping spans.
  credits.sort((a, b) => a.start - b.start || b.end - a.end);
  for (let index = credits.length - 1; index > 0; index--) {
    const current = credits[index];
    const previous = credits[index - 1];
    if (current && previous && current.start < previous.end) credits.splice(index, 1);
  }
  return credits;
}

import { aboutNoteName, opensAboutNote } from './about-notes.js';
import type { ParagraphKind, Removed, ResidueReason } from '../model/index.js';
import type { Block } from './assemble-text.js';
import { foldForCompare, normaliseSpace } from './assemble-text.js';
import { classifyLine } from './classify-line.js';
import { findResidueSentences, textWithout } from './find-residue-sentences.js';
import { datelineKind, publishedDateOf } from './date-from-text.js';
import { datelinePrefixOf } from './join-dateline.js';
import { domainFromUrl, outletFromDomain } from './outlet-from-domain.js';
import { readHeaderFields } from './header-fields.js';
import { KEY_POINTS_TITLE } from './rules/key-points.js';

/** What cleaning found in a plain-text page. */
export interface CleanedText {
  blocks: Block[];
  removed: Removed[];
  title?: string;
  byline?: string;
  /** A date stated on a dateline before the body or a labelled one after it (`YYYY-MM-DD`). */
  published?: string;
  outlet?: string;
  domain?: string;
  outletSource?: string;
}

/** A headline is one line of 3 to 30 words; a longer first line is the lead paragraph. */
const HEADLINE_MIN_WORDS = 2;
const HEADLINE_MAX_WORDS = 30;
/** A line of 12+ words is prose even without end punctuation (hard-wrapped or scraped without it). */
const PROSE_MIN_WORDS = 12;
const CHROME_MAX_WORDS = 8;

const EMAIL_PATTERN = /[\w.+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,})/i;
/** "By Ida Varn", "By Gazette staff and Brine Wire": names, and the lower-case words of a staff credit. */
const BYLINE_PATTERN =
  /^[Bb][Yy]\s+(\p{Lu}[\p{L}\p{M}.'-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'-]*|and|&|de|van|von|staff|reporters|writers|correspondents|,))*)\s*(?:[,|–—-].*)?$/u;

/**
 * Cleans plain text scraped from a page, line by line: each residue line is removed with its reason; the first
 * line becomes the title when it reads as a headline; the outlet is inferred from an author e-mail domain or a
 * copyright line when the text gives it away. Lines of the body are kept in order.
 */
export function cleanText(raw: string, options: { url?: string; title?: string } = {}): CleanedText {
  const lines = splitLines(raw);
  const removed: Removed[] = [];
  const result: CleanedText = { blocks: [], removed };
  const reasons = lines.map((line) => classifyLine(line.text));
  // A labelled header ("Title: ...", "Outlet: ...") says outright what the rest of this function infers.
  const header = readHeaderFields(lines.map((line) => line.text));
  for (let index = 0; index < header.lines; index++) reasons[index] = 'boilerplate';
  markAboutNotes(lines, reasons);
  if (options.title === undefined && header.fields.title !== undefined)
    options = { ...options, title: header.fields.title };
  if (options.url === undefined && header.fields.url !== undefined)
    options = { ...options, url: header.fields.url };

  let first = lines.findIndex((line, index) => reasons[index] === undefined && line.text.trim() !== '');
  // A text copied from the top of its page may open on the outlet's name, the headline under it ("Lowmoor Echo",
  // then "Fishing skipper rescued ..."): the name is the masthead, the line under it the title.
  const topMasthead = options.title === undefined ? mastheadAboveTitle(lines, reasons, first) : undefined;
  if (topMasthead !== undefined) {
    reasons[first] = 'boilerplate';
    first = topMasthead.title;
  }
  const firstLine = first >= 0 ? lines[first] : undefined;
  // With the title given, the first line is the title only when it repeats it; any other line is the text's own.
  const repeatsTitle = (line: string): boolean =>
    options.title === undefined || foldForCompare(line) === foldForCompare(options.title);
  if (firstLine && isHeadline(firstLine.text) && hasMoreText(lines, first) && repeatsTitle(firstLine.text)) {
    result.title = normaliseSpace(firstLine.text);
    reasons[first] = undefined;
  } else {
    first = -1;
  }

  // In a text that opens on its headline, a masthead-shaped line among the next three ("Daily Standard" under
  // the headline, or after the byline) is the outlet's name, not body text. A page rendered whole opens on menus
  // instead, where such lines are as often links ("Previous Post", "Watch TV").
  const opensOnTitle = first >= 0 && lines.slice(0, first).every((line) => line.text.trim() === '');
  const nextLines = opensOnTitle
    ? lines
        .map((line, index) => ({ text: normaliseSpace(line.text), index }))
        .filter((line) => line.index > first && line.text !== '')
        .slice(0, 4)
    : [];
  const underTitle = nextLines.slice(0, 3).find((line) => mastheadUnderTitle(line.text) !== undefined);
  const titleMasthead = (underTitle && mastheadUnderTitle(underTitle.text)) || topMasthead?.name;
  if (underTitle) reasons[underTitle.index] ??= 'boilerplate';

  const [proseStart, proseEnd] = findBodyRegion(lines, reasons, first);
  const keyPoints = keyPointsAbove(lines, reasons, first, proseStart);
  // A dateline on its own line just above the body ("BRENNOCK —") is the lead's, not page chrome.
  const datelineLine = lines.findLastIndex((line, index) => index < proseStart && line.text.trim() !== '');
  let datelinePrefix =
    datelineLine > first && reasons[datelineLine] === undefined
      ? datelinePrefixOf(lines[datelineLine]!.text, lines[proseStart]!.text, { dashRequired: true })
      : undefined;
  let afterComments = false;
  let bylineOutlet: string | undefined;
  let masthead: string | undefined;
  const datelines: string[] = [];
  const headerLines: string[] = [];

  let pending: string[] = [];
  let pendingKind: ParagraphKind = 'paragraph';
  const flush = (): void => {
    if (pending.length > 0) result.blocks.push({ text: pending.join(' '), kind: pendingKind });
    pending = [];
    pendingKind = 'paragraph';
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    let text = normaliseSpace(line.text);
    if (index === first) continue;
    if (text === '') {
      flush();
      continue;
    }
    if (index === datelineLine && datelinePrefix !== undefined) continue;
    let reason = reasons[index];
    if (index > proseEnd && reason === 'comment-prompt') afterComments = true;
    if (
      reason === undefined &&
      proseStart >= 0 &&
      (index < proseStart || index > proseEnd) &&
      !keyPoints.has(index)
    ) {
      const byline = !result.byline && index < proseStart ? readByline(text) : undefined;
      if (byline) {
        result.byline = byline.names;
        if (byline.outlet) bylineOutlet = byline.outlet;
        reason = 'byline';
      } else if (index < proseStart) {
        reason = isChrome(text) ? 'navigation' : 'boilerplate';
      } else {
        reason = afterComments ? 'comment-prompt' : isChrome(text) ? 'related-links' : 'boilerplate';
      }
    }
    // A dateline before the body ("Published Nov. 19, 2019"): the page's own date, stated as text. After the
    // body only a labelled one removed as residue counts: an unlabelled date there may be a teaser's.
    if (proseStart < 0 ? index < first + 4 : index < proseStart) datelines.push(text);
    else if (reason !== undefined && index > proseEnd && datelineKind(text)) datelines.push(text);
    if (reason !== undefined && masthead === undefined && index < proseStart) masthead = mastheadOf(text);
    if (reason !== undefined && index < proseStart) headerLines.push(text);
    if (reason !== undefined) {
      flush();
      const lead = line.text.length - line.text.trimStart().length;
      const trimmed = line.text.trim();
      removed.push({
        text: trimmed,
        reason,
        start: line.start + lead,
        end: line.start + lead + trimmed.length,
      });
      continue;
    }
    // A list's title and each of its items are blocks of their own: "• A" and "• B" are two points, not one
    // hard-wrapped sentence.
    if (keyPoints.get(index) === 'heading') {
      flush();
      result.blocks.push({ text, kind: 'heading' });
      continue;
    }
    const item = listItemText(lines, index) ?? (keyPoints.has(index) ? text : undefined);
    if (item !== undefined) {
      flush();
      result.blocks.push({ text: item, kind: 'list-item' });
      continue;
    }
    // Hard-wrapped prose: a line that stops mid-sentence continues on the next one.
    if (pending.length > 0 && /[.!?:"”’)]$/.test(pending[pending.length - 1]!)) flush();
    // A line opening a paragraph may open on an entry time or the host's greeting, or close on a sign-off: each
    // piece is removed, with its offsets in the raw text, and the rest of the line kept.
    if (pending.length === 0) {
      const lead = line.text.length - line.text.trimStart().length;
      const trimmed = line.text.trim();
      const spans = findResidueSentences(trimmed);
      for (const span of spans) {
        removed.push({
          text: trimmed.slice(span.start, span.end),
          reason: span.reason,
          start: line.start + lead + span.start,
          end: line.start + lead + span.end,
        });
      }
      if (spans.length > 0) text = normaliseSpace(textWithout(trimmed, spans));
      if (text === '') continue;
    }
    if (datelinePrefix !== undefined && index >= proseStart) {
      pending.push(`${datelinePrefix} ${text}`);
      datelinePrefix = undefined;
      continue;
    }
    pending.push(text);
  }
  flush();
  const published = header.fields.published ?? publishedDateOf(datelines);
  if (published) result.published = published;
  inferOutlet(result, options.url, {
    byline: bylineOutlet,
    masthead,
    titleMasthead,
    issuer: pressReleaseIssuer(headerLines),
  });
  const { title, byline, outlet } = header.fields;
  if (title !== undefined && result.title === undefined) result.title = normaliseSpace(title);
  if (byline !== undefined) result.byline = byline;
  if (outlet !== undefined) {
    result.outlet = outlet;
    result.outletSource = 'header';
  }
  return result;
}

/* Longer lines are paragraphs, not points of a list. */
const KEY_POINT_MAX_WORDS = 40;

/**
 * The lines of a key-points list above the body region (`proseStart`): its title, mapped to 'heading', and every
 * line from it down to the body, mapped to 'list-item', when none of them is residue and none is long. Empty
 * when the text has no such list. Without this the list's short lines read as a menu above the body.
 */
function keyPointsAbove(
  lines: readonly { text: string }[],
  reasons: readonly (ResidueReason | undefined)[],
  title: number,
  proseStart: number,
): Map<number, ParagraphKind> {
  const kept = new Map<number, ParagraphKind>();
  if (proseStart < 0) return kept;
  const heading = lines.findIndex(
    (line, index) =>
      index > title &&
      index < proseStart &&
      reasons[index] === undefined &&
      KEY_POINTS_TITLE.test(line.text.trim()),
  );
  if (heading < 0) return kept;
  const items = lines
    .map((line, index) => ({ text: line.text.trim(), index }))
    .filter((line) => line.index > heading && line.index < proseStart && line.text !== '');
  if (items.some((line) => reasons[line.index] !== undefined || wordCount(line.text) > KEY_POINT_MAX_WORDS))
    return kept;
  kept.set(heading, 'heading');
  for (const line of items) kept.set(line.index, 'list-item');
  return kept;
}

/* A bullet at the start of a line: "•", "▪", "*", or a hyphen or dash when the next or previous line has one too. */
const BULLET = /^\s*([•●▪◦*]|[-–])\s+(?=\S)/u;

/** The text of a bulleted line without its bullet, or undefined for a line that is not a list item. */
function listItemText(lines: readonly { text: string }[], index: number): string | undefined {
  const line = lines[index]!.text;
  const bullet = BULLET.exec(line);
  if (!bullet) return undefined;
  // A dash opens a sign-off or a line of dialogue as often as a list: only two dashed lines in a row are a list.
  if (/[-–]/.test(bullet[1]!)) {
    const neighbour = (step: number): string => {
      let at = index + step;
      while (lines[at] !== undefined && lines[at]!.text.trim() === '') at += step;
      return BULLET.exec(lines[at]?.text ?? '')?.[1] ?? '';
    };
    if (neighbour(-1) !== bullet[1] && neighbour(1) !== bullet[1]) return undefined;
  }
  return normaliseSpace(line.slice(bullet[0].length));
}

/**
 * Marks a press release's "About <name>" notes as boilerplate: the heading and the paragraph under it that
 * introduces the name ("Corvane Foods is a leading producer of ..."). The issuer describes itself there in
 * its own words, which are no news and would stand in a comparison as a claim only it makes.
 */
function markAboutNotes(lines: readonly { text: string }[], reasons: (ResidueReason | undefined)[]): void {
  lines.forEach((line, index) => {
    const name = aboutNoteName(line.text);
    if (name === undefined) return;
    let next = index + 1;
    while (next < lines.length && lines[next]!.text.trim() === '') next++;
    if (!opensAboutNote(name, lines[next]?.text ?? '')) return;
    reasons[index] = 'boilerplate';
    for (let at = next; at < lines.length && lines[at]!.text.trim() !== ''; at++) reasons[at] = 'boilerplate';
  });
}

function splitLines(raw: string): { text: string; start: number; end: number }[] {
  const lines: { text: string; start: number; end: number }[] = [];
  const pattern = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  for (const match of raw.matchAll(pattern)) {
    if (match[0] === '' && match.index >= raw.length) break;
    const text = match[0].replace(/[\r\n]+$/, '');
    lines.push({ text, start: match.index, end: match.index + text.length });
  }
  return lines;
}

/** Chinese, Japanese and Korean script: no spaces between words; two characters count as about one word. */
const CJK_PATTERN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

function wordCount(text: string): number {
  const cjk = text.match(CJK_PATTERN)?.length ?? 0;
  return text.split(/\s+/).filter(Boolean).length + Math.floor(cjk / 2);
}

/** Ends like a sentence: full stop, question or exclamation mark (Latin or CJK), maybe inside a quote. */
const SENTENCE_END = /[.!?…。！？]["”’)」』]?$/;

function isHeadline(line: string): boolean {
  const text = normaliseSpace(line);
  const words = wordCount(text);
  if (words < HEADLINE_MIN_WORDS || words > HEADLINE_MAX_WORDS) return false;
  // A headline ends without a full stop (a question or exclamation mark is fine); "U.S." at the end is an
  // abbreviation. A full stop inside a closing quote or bracket still ends a sentence: 'were "organised abroad."'
  const end = text.replace(/["”’')\]]+$/u, '');
  return !/[.,;:]$/.test(end) || (end === text && /\b\p{Lu}\.$/u.test(text));
}

function hasMoreText(lines: readonly { text: string }[], after: number): boolean {
  return lines.slice(after + 1).some((line) => line.text.trim() !== '');
}

/**
 * The stretch of lines that holds the article: the maximum-sum run of lines where prose lines count their words
 * and other lines count against (Finn et al.'s Body Text Extraction, on lines instead of tags). Menus, teaser
 * headlines and footers on either side cost more than they bring; a subheading between two paragraphs costs
 * less than the paragraph after it brings. A comment prompt is a hard stop: comments are prose, not body.
 * Returns [-1, -1] when no run scores above zero (all-short text: then nothing is cut by position).
 */
function findBodyRegion(
  lines: readonly { text: string }[],
  reasons: readonly (ResidueReason | undefined)[],
  title: number,
): [number, number] {
  // Lines already known as residue are removed with their own reason: they cost little and do not separate
  // the body's paragraphs (a newsletter pitch between two paragraphs must not make them look like teasers).
  const indexes = lines.flatMap((line, index) => (line.text.trim() === '' || index === title ? [] : [index]));
  const known = indexes.map(
    (index) => reasons[index] !== undefined && !isSectionBreak(lines[index]!.text, reasons[index]),
  );
  const prose = indexes.map((index) => reasons[index] === undefined && isProse(lines[index]!.text.trim()));
  const proseNeighbour = (position: number, step: number): boolean => {
    let at = position + step;
    while (known[at]) at += step;
    return prose[at] ?? false;
  };
  const unknownBefore = (position: number): number => {
    let at = position - 1;
    while (known[at]) at--;
    return at;
  };
  // The text's last paragraph under a subheading ("What happens next"), straight after a run of body
  // paragraphs, ends the body. A teaser list's last blurb follows a headline too, but after another lone blurb.
  const closesBody = (position: number): boolean => {
    let after = position + 1;
    while (known[after]) after++;
    if (after < indexes.length) return false;
    const heading = unknownBefore(position);
    const body = unknownBefore(heading);
    return (
      heading >= 0 &&
      body >= 0 &&
      !prose[heading] &&
      isSubheading(lines[indexes[heading]!]!.text.trim()) &&
      (prose[body] ?? false) &&
      proseNeighbour(body, -1)
    );
  };
  let best = 0;
  let bestRange: [number, number] = [-1, -1];
  let sum = 0;
  let start = -1;
  let gap = 0;
  for (let position = 0; position < indexes.length; position++) {
    const index = indexes[position]!;
    const text = lines[index]!.text.trim();
    let score = known[position] ? -1 : lineScore(text, reasons[index], prose[position] ?? false);
    // Each further non-prose line in a row costs more: a subheading or two inside a body is cheap to cross,
    // a menu or a page of footer links (dozens of lines) is not, however much prose lies beyond it.
    gap = prose[position] ? 0 : gap + 1;
    if (score < 0) score *= 1 + gap / GAP_GROWTH_LINES;
    // A prose line with no prose line on either side is a teaser under a headline, not a paragraph of a body:
    // body paragraphs come in runs. Halving it (and a fixed cost) keeps "headline / blurb / 2H ago" lists out.
    if (
      prose[position] &&
      !proseNeighbour(position, -1) &&
      !proseNeighbour(position, 1) &&
      !closesBody(position)
    )
      score = score * ISOLATED_PROSE_WEIGHT - 3;
    if (sum <= 0) {
      sum = 0;
      start = index;
    }
    sum += score;
    if (sum > best) {
      best = sum;
      bestRange = [start, index];
    }
  }
  return bestRange;
}

/** A short line that names a section of the story ("What happens next"), not a sentence or a link list. */
function isSubheading(text: string): boolean {
  const words = wordCount(text);
  return words >= 1 && words <= SUBHEADING_MAX_WORDS && !/[.!,;]$/.test(text) && !/https?:|www\./i.test(text);
}

/** Longer lines are sentences or headlines of other stories, not a subheading of this one. */
const SUBHEADING_MAX_WORDS = 8;

/** Lines of a non-prose run after which each further line costs double. */
const GAP_GROWTH_LINES = 4;

/** Weight of a prose line standing alone between non-prose lines (see `findBodyRegion`). */
const ISOLATED_PROSE_WEIGHT = 0.5;

function isProse(text: string): boolean {
  const words = wordCount(text);
  return words >= PROSE_MIN_WORDS || (words >= 4 && SENTENCE_END.test(text));
}

/** A section break outweighs any body: 1000 words is longer than nearly every news article. */
const SECTION_BREAK_SCORE = -1000;

/**
 * Lines that open the page's after-article sections: a comment prompt, or a bare "Related stories" / "More
 * Politics" / "You may also like" header. What follows them is comments or teasers, however prose-like.
 */
function isSectionBreak(line: string, reason: ResidueReason | undefined): boolean {
  if (reason === 'comment-prompt') return true;
  const text = line.trim();
  return reason === 'related-links' && wordCount(text) <= 5 && !/[:|»›>-]\s*\S/.test(text);
}

function lineScore(text: string, reason: ResidueReason | undefined, prose: boolean): number {
  const words = wordCount(text);
  if (isSectionBreak(text, reason)) return SECTION_BREAK_SCORE;
  if (reason !== undefined) return -(words + 5);
  if (prose) return words;
  return -(2 + words * 0.75);
}

function isChrome(text: string): boolean {
  return wordCount(text) <= CHROME_MAX_WORDS && !SENTENCE_END.test(text);
}

/** Capitalised runs of one to four words, optionally after "The": candidate outlet names. */
const CAPITALISED_RUN = /(?:\p{Lu}[\p{L}'’&-]*\s+){0,3}\p{Lu}[\p{L}'’&-]*/gu;

/**
 * The outlet's name as the page spells it, when a byline, promo line or the body names it in words that run
 * together to the domain ("Harbor Ledger" for harborledger.example), perhaps with one inner word the domain leaves
 * out ("Kestrel Evening Post" for kestrelpost.example): better than a name guessed from the domain.
 */
function spelledOutlet(domain: string, texts: readonly string[]): string | undefined {
  const label = domain.split('.')[0] ?? '';
  if (label.length < 4) return undefined;
  const letters = (words: readonly string[]): string => lettersOf(words.join(''));
  for (const text of texts) {
    for (const match of text.matchAll(CAPITALISED_RUN)) {
      const words = match[0].split(/\s+/);
      for (let first = 0; first < words.length; first++) {
        const name = words.slice(first);
        if (letters(name) === label) return name.join(' ');
        for (let inner = 1; inner < name.length - 1; inner++) {
          if (letters([...name.slice(0, inner), ...name.slice(inner + 1)]) === label) return name.join(' ');
        }
      }
    }
  }
  return undefined;
}

/** A link to the outlet's own site in a promo line: "More news from the Post at kestrelpost.example/business". */
const PROMO_LINK = /(?:^|[\s(])(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:\/\S*)?/i;

/** Removed lines that are the outlet talking about itself (where a link names its own site). */
const SELF_PROMO_REASONS = new Set<string>(['boilerplate', 'newsletter', 'author-promo', 'related-links']);

/**
 * Section names a line of page chrome can carry ("World News", "Sports"): never a masthead on their own.
 */
const SECTION_WORDS = new Set(
  (
    'world local national international regional business sports sport politics opinion latest breaking top ' +
    'home health science tech technology entertainment culture lifestyle travel weather money markets finance ' +
    'economy education environment climate arts more front page live video audio'
  ).split(' '),
);

/** Words a masthead ends with: an outlet name's last word. */
const MASTHEAD_END =
  /\b(?:News|Times|Post|Courier|Gazette|Herald|Daily|Tribune|Journal|Star|Observer|Ledger|Press|Standard|Telegraph|Record|Mail|Chronicle|Express|Review|Today|Radio|Television|TV|Guardian|Independent|Examiner|Sentinel|Monitor|Register|Bulletin|Dispatch|Echo|Globe|Beacon|Reporter|Wire|Agency)$/;

/**
 * The outlet's masthead: a short line of capitalised words above the body, ending in a word outlet names end
 * in ("Radio Veland News"), with a word of its own besides section names ("World News" is a section).
 */
export function mastheadOf(text: string): string | undefined {
  const words = mastheadWords(text);
  if (words === undefined) return undefined;
  const own = words.filter(
    (word) =>
      /^\p{Lu}/u.test(word) &&
      !MASTHEAD_END.test(word) &&
      word !== 'The' &&
      !SECTION_WORDS.has(word.toLowerCase()),
  );
  return own.length > 0 ? text : undefined;
}

/** The words of a line shaped like an outlet's name: 2-5 capitalised words ending in `MASTHEAD_END`. */
function mastheadWords(text: string): string[] | undefined {
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 5 || !MASTHEAD_END.test(text)) return undefined;
  return words.every((word) => /^(?:\p{Lu}[\p{L}'’&.-]*|of|the|and|&)$/u.test(word)) ? words : undefined;
}

/**
 * The outlet's name on the text's first line with the headline on the next: a masthead-shaped line, then a
 * headline of at least `HEADLINE_MIN_WORDS_UNDER_MASTHEAD` words that is no masthead itself, then more text,
 * each a paragraph of its own.
 */
function mastheadAboveTitle(
  lines: readonly { text: string }[],
  reasons: readonly (ResidueReason | undefined)[],
  first: number,
): { name: string; title: number } | undefined {
  // Its own paragraph at the very top: rendered pages open on runs of short menu lines, one under the other.
  const blank = (index: number): boolean => lines[index] === undefined || lines[index].text.trim() === '';
  if (first < 0 || lines.slice(0, first).some((line) => line.text.trim() !== '') || !blank(first + 1))
    return undefined;
  const name = mastheadUnderTitle(normaliseSpace(lines[first]!.text));
  if (name === undefined) return undefined;
  const title = lines.findIndex(
    (line, index) => index > first && reasons[index] === undefined && line.text.trim() !== '',
  );
  const text = title >= 0 ? normaliseSpace(lines[title]!.text) : '';
  if (
    title < 0 ||
    !isHeadline(text) ||
    wordCount(text) < HEADLINE_MIN_WORDS_UNDER_MASTHEAD ||
    mastheadUnderTitle(text) !== undefined ||
    !blank(title + 1) ||
    !hasMoreText(lines, title)
  )
    return undefined;
  return { name, title };
}

/** Fewer words under a masthead-shaped first line read as a second name or a kicker, not a headline. */
const HEADLINE_MIN_WORDS_UNDER_MASTHEAD = 4;

/**
 * A masthead on the line right under the headline, where a page puts its name: as `mastheadOf`, but the words
 * outlet names end in count as its own besides the last ("Daily Standard"), and a name may open on one ("Daily
 * Lantern"); section names still do not.
 */
function mastheadUnderTitle(text: string): string | undefined {
  const own = mastheadOf(text);
  if (own !== undefined) return own;
  const words = text.split(/\s+/);
  // "Daily Lantern", "The Evening Tern": a masthead word may open the name instead of ending it.
  const opened =
    /^(?:The\s+)?(?:Daily|Evening|Morning|Sunday|Weekly)\s+(\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*)?)$/u.exec(
      text,
    );
  const rest = opened?.[1]?.split(/\s+/) ?? [];
  if (opened && words.length <= 4 && !rest.some((word) => SECTION_WORDS.has(word.toLowerCase()))) return text;
  const masthead = mastheadWords(text) ?? [];
  const named = masthead
    .slice(0, -1)
    .filter((word) => /^\p{Lu}/u.test(word) && word !== 'The' && !SECTION_WORDS.has(word.toLowerCase()));
  if (named.length > 0) return text;
  // "National Sentinel", "World Tribune": a section word opens the name of a paper whose last word no section
  // ends in ("National News" and "Local Review" stay sections).
  const last = masthead.at(-1);
  return last !== undefined && masthead.length > 1 && NEWSPAPER_END.test(last) ? text : undefined;
}

/** Last words of a newspaper's name that no section name ends in (unlike "News", "Today" or "Review"). */
const NEWSPAPER_END =
  /^(?:Times|Post|Courier|Gazette|Herald|Tribune|Journal|Observer|Ledger|Standard|Telegraph|Chronicle|Guardian|Examiner|Sentinel|Dispatch|Globe|Beacon)$/;

function lettersOf(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * A byline's names, and the outlet when the line adds one after a comma or a bar ("By Ragna Moe, Harbor
 * Ledger", "By Ana Ruiz | The Harbor Gazette"), shaped like a masthead; a
 * date or section after a bar or dash ("By Maja Lindholm | Thursday 12 November") is not part of the names.
 */
export function readByline(text: string): { names: string; outlet?: string } | undefined {
  const match = BYLINE_PATTERN.exec(text);
  if (!match?.[1]) return undefined;
  const names = match[1].replace(/[\s,]+$/, '');
  // The outlet follows a comma or a bar, dash or dot as a separate field ("By Ana Ruiz | The Harbor Gazette").
  const after = /^\s*(?:,|\s[-–—|·•]|[|·•])\s*([^|–—·•]+)/.exec(
    text.slice(text.indexOf(match[1]) + match[1].length),
  );
  const outlet = after?.[1]?.trim();
  return outlet && (mastheadOf(outlet) ?? bylineOutletOf(outlet)) ? { names, outlet } : { names };
}

/** A byline role after the comma ("Daily Affairs Correspondent", "Wire Desk Editor"), not an outlet. */
const BYLINE_ROLE_END =
  /\b(?:Correspondent|Editor|Reporter|Writer|Columnist|Desk|Staff|Producer|Contributor)$/;

/**
 * Outlet names that a byline's field after the comma shows are outlets though they end in a word of their own:
 * a masthead opening on a daily's word ("The Daily Clarion", "Evening Gull") or an agency's "Wire/News/Press
 * Service". Only here: on a line of its own, "The Daily Round" could be a column's name.
 */
function bylineOutletOf(text: string): string | undefined {
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 5 || BYLINE_ROLE_END.test(text)) return undefined;
  if (!words.every((word) => /^(?:\p{Lu}[\p{L}'’&.-]*|of|the|and|&)$/u.test(word))) return undefined;
  if (/^(?:The\s+)?(?:Daily|Evening|Morning|Sunday|Weekly)\s+\p{Lu}/u.test(text)) return text;
  if (/\b(?:Wire|News|Press)\s+Service$/u.test(text)) return text;
  return undefined;
}

/** Longer lines, or lines ending as sentences do, are prose that opens with "By" ("By Tuesday, the ..."). */
const MAX_BYLINE_CHARS = 100;

/**
 * The names of a byline line ("By Sanna Ruiz-Hollis November 14, 2026", "Written by Ottilie Marsh · 15/11/2026"):
 * at least two words of names, and not a sentence.
 */
export function bylineOf(text: string): string | undefined {
  const line = normaliseSpace(text);
  if (line.length > MAX_BYLINE_CHARS || /[.!?]["”’]?$/.test(line)) return undefined;
  const names = readByline(
    line
      .replace(/^(?:written|posted|reported|words|story)\s+(?=by\s)/i, '')
      .replace(/\s*[•·].*$/, '')
      .replace(DATE_AFTER_NAMES, ''),
  )?.names;
  return names !== undefined && names.split(/\s+/).length >= 2 ? names : undefined;
}

/** A date after a byline's names, with what follows it. */
const DATE_AFTER_NAMES =
  /,?\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,4}\b.*$/i;

/**
 * The outlet, strongest evidence first: an author e-mail domain, a link to the outlet's site in a promo line,
 * a "Published by" credit line, a masthead line under the headline that names another outlet than the byline, an
 * outlet named in the byline, a masthead line above the body, a copyright line.
 * A syndicated copy carries the agency in its byline and copyright, and the publisher in its promos, publisher
 * credit and masthead, which therefore come first.
 */
function inferOutlet(
  result: CleanedText,
  url: string | undefined,
  named: {
    byline?: string | undefined;
    masthead?: string | undefined;
    titleMasthead?: string | undefined;
    issuer?: string | undefined;
  },
): void {
  const texts = (): string[] => [
    result.byline ?? '',
    ...result.removed.map((item) => item.text),
    ...result.blocks.map((block) => block.text),
  ];
  const fromDomain = (domain: string, source: string): void => {
    result.domain = domain;
    result.outlet =
      spelledOutlet(domain, texts()) ??
      outletFromDomain(domain, result.blocks.map((block) => block.text).join('\n'));
    result.outletSource = source;
  };
  for (const piece of result.removed) {
    const email = EMAIL_PATTERN.exec(piece.text);
    if (email?.[1] && ['author-promo', 'boilerplate', 'byline'].includes(piece.reason)) {
      const domain = email[1].toLowerCase().replace(/^(?:mail|email|e-mail)\./, '');
      if (/^(?:gmail|yahoo|hotmail|outlook|proton(?:mail)?|icloud|aol)\./.test(domain)) continue;
      fromDomain(domain, 'email-domain');
      return;
    }
  }
  for (const piece of result.removed) {
    if (!SELF_PROMO_REASONS.has(piece.reason) || EMAIL_PATTERN.test(piece.text)) continue;
    const link = PROMO_LINK.exec(piece.text)?.[1]?.toLowerCase();
    // The link must be the outlet's own: the line spells its site as a news outlet's name ("from the Kestrel
    // Evening Post at kestrelpost.example"), not a shop or a platform it links to.
    const spelled = link ? spelledOutlet(link, [piece.text]) : undefined;
    if (link && spelled && spelled.includes(' ') && MASTHEAD_END.test(spelled)) {
      fromDomain(link, 'promo-link');
      return;
    }
  }
  const publisher = result.removed
    .filter((piece) => piece.reason === 'boilerplate')
    .map((piece) => publisherOf(piece.text))
    .find(Boolean);
  if (named.issuer) {
    result.outlet = named.issuer;
    // Read by compare's `traceProvenance` to name the release as the source of wording others reuse.
    result.outletSource = 'press-release';
  } else if (publisher) {
    result.outlet = publisher;
    result.outletSource = 'publisher-line';
  } else if (
    named.byline &&
    named.titleMasthead !== undefined &&
    lettersOf(named.titleMasthead) !== lettersOf(named.byline)
  ) {
    // A wire copy a paper prints under its own masthead ("Tollway Gazette" under the headline, "By Ida Varn, Brine
    // Press Agency" below it): the byline names the agency that wrote it, the masthead the publisher.
    result.outlet = named.titleMasthead;
    result.outletSource = 'masthead-line';
  } else if (named.byline) {
    result.outlet = named.byline;
    result.outletSource = 'byline';
  } else {
    for (const piece of result.removed) {
      if (piece.reason !== 'copyright') continue;
      const name = outletFromCopyright(piece.text);
      if (!name) continue;
      // A masthead is taken only when the copyright line backs it (its owner's name begins the masthead: "©
      // Radio Veland" under "Radio Veland News"); alone, a short capitalised line above the body is as often a
      // section name ("Strange News", "Movies & TV").
      const masthead = named.masthead;
      const backed = masthead !== undefined && lettersOf(masthead).startsWith(lettersOf(name));
      result.outlet = backed ? masthead : name;
      result.outletSource = backed ? 'masthead-line' : 'copyright-line';
      break;
    }
    // With no copyright line to say otherwise, the masthead right under the headline is the outlet's.
    if (result.outlet === undefined && named.titleMasthead !== undefined) {
      result.outlet = named.titleMasthead;
      result.outletSource = 'masthead-line';
    }
  }
  const domain = domainFromUrl(url);
  if (domain && !result.domain) result.domain = domain;
}

/** A line that says the text is a press release: "Press release", "News release", "For immediate release". */
export const PRESS_RELEASE_LABEL =
  /^(?:(?:joint\s+)?(?:press|news|media)\s+(?:release|statement)|for\s+immediate\s+release)$/i;
/** The label with the issuer in the same line: "Elbury College press release", "Press release: Elbury College". */
const LABELLED_ISSUER = [
  /^(.+?)\s+(?:press|news|media)\s+release$/i,
  /^(?:press|news|media)\s+release\s*(?:[:|–—-]|from|by)\s*(.+)$/i,
  /^(?:issued|released)\s+by:?\s+(.+?)\.?$/i,
];

const DATE_WORD =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday)\b/;

/** The name of an organisation on a line of its own: capitalised words, with "of", "for", "and", "the" between. */
export function organisationName(line: string): string | undefined {
  const words = line.split(/\s+/);
  if (words.length > 8 || /\d/.test(line) || PRESS_RELEASE_LABEL.test(line)) return undefined;
  if (!/^\p{Lu}/u.test(line) || !/\p{Lu}[\p{L}'’&.-]*$/u.test(line)) return undefined;
  if (!words.every((word) => /^(?:\p{Lu}[\p{L}\p{M}'’&.-]*|of|for|and|the|&|de|du|van|von)$/u.test(word)))
    return undefined;
  if (words.length === 1 && SECTION_WORDS.has(line.toLowerCase())) return undefined;
  // A byline or a date written out in words ("By Ana Ruiz", "Tuesday"), not an organisation.
  if (/^(?:By|Posted|Updated|Published|Written)\s/.test(line) || DATE_WORD.test(line)) return undefined;
  return line;
}

/**
 * The issuer of a press release, from the lines above its body: a line labelling the text a press release
 * ("Press release", "For immediate release") with the organisation's name on the line before or after it, or in
 * the same line ("Elbury College press release", "Press release: Osterlin Health Trust"). The issuer is the text's
 * source, the one other outlets copy from; without the label a capitalised line there is as often a section.
 */
export function pressReleaseIssuer(lines: readonly string[]): string | undefined {
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (PRESS_RELEASE_LABEL.test(line)) {
      const beside = [lines[index - 1], lines[index + 1]].find(
        (other) => other !== undefined && organisationName(other) !== undefined,
      );
      if (beside !== undefined) return beside;
      continue;
    }
    for (const pattern of LABELLED_ISSUER) {
      const name = pattern.exec(line)?.[1]?.trim();
      if (name !== undefined && organisationName(name) !== undefined) return name;
    }
  }
  return undefined;
}

/** A publisher credit standing alone: "Published by The Harbor Gazette", "Distributed by Kestrel News Agency". */
const PUBLISHER_LINE =
  /^(?:(?:first|originally)\s+)?(?:published|distributed|syndicated)\s+by:?\s+(.+?)\.?$/i;

/**
 * The outlet a publisher credit line names, when the name is shaped like a masthead: "Published by admin" or
 * "Published by Ana Ruiz" (a blog's author credit) names no outlet. Only whole residue lines come here: "The
 * report, published by the ministry on Monday, said ..." is a body sentence and never reaches it.
 */
export function publisherOf(line: string): string | undefined {
  const name = PUBLISHER_LINE.exec(normaliseSpace(line))?.[1];
  return name === undefined ? undefined : mastheadOf(name);
}

/** Legal-form words that follow a company name and are not part of the outlet's name. */
const LEGAL_SUFFIX = /(?:,?\s+(?:inc|llc|ltd|plc|corp|co|limited|pty|gmbh|private|s\.?a)\.?)+$/i;

/**
 * "© 2019 The Daily Lantern. All rights reserved." -> "The Daily Lantern"; "© Copyright Gannett 2018" ->
 * "Gannett"; "Copyright © 2019 MediaNews Group, Inc." -> "MediaNews Group". A line with neither a © nor a year
 * is a link ("Copyright Policy"), not a notice.
 */
export function outletFromCopyright(line: string): string | undefined {
  if (!/©|\([cс]\)|\b(?:19|20)\d\d\b/i.test(line)) return undefined;
  let name = line
    .replace(/\ball rights reserved\b.*$/i, '')
    .replace(/\b(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\b/g, '')
    .replace(/^\s*all contents\b/i, '');
  let previous = '';
  while (previous !== name) {
    previous = name;
    name = name
      .replace(/^[\s,.|-]*(?:copyright|©|\([cс]\)|by\b)?/i, '')
      .replace(/[\s,.|-]+$/, '')
      .replace(LEGAL_SUFFIX, '');
  }
  // What follows a separator is something else ("— Read our terms", "- ISSN: 2283-5474").
  name = (name.split(/\s+[—–|-]\s+|\.\s+/)[0] ?? '').replace(LEGAL_SUFFIX, '').trim();
  if (name.length < 2 || name.length > 60 || wordCount(name) > 6 || !/\p{L}/u.test(name)) return undefined;
  return name;
}

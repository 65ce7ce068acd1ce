import type { CitedText, Conflict } from '../model/index.js';
import { findQuotedRegions } from './find-quoted-regions.js';

/** A count the outlets disagree on: the figures each side gives and the nouns they count with. */
export interface DisputedFigure {
  /** What the dispute is about, as compare words it ("how many cracks"). */
  about: string;
  /** Every side's figure ("14", "17"). */
  values: number[];
  /** The counted nouns the sides write, singular and lower case ("fissure", "crack"). */
  nouns: string[];
}

/** What `dropDisputedFigures` did: the text without the figures, or why a figure could not go. */
export type FigureDrop =
  | {
      ok: true;
      text: string;
      dropped: string[];
      /**
       * Set when a figure went from a count of people told by a bare generic noun that opens its clause
       * ("Organisers said 40,000 people joined the march" -> "... said people joined the march"): the count was
       * the news, and what is left says little more than that something happened; such a sentence should neither
       * lead the summary nor make its headline while another can.
       */
      countWasNews?: true;
    }
  | { ok: false; reason: NonNullable<FoundFigure['keeps']>; figure: string };

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((word, index) => [word, index] as const),
);
const TENS: ReadonlyMap<string, number> = new Map(
  'twenty thirty forty fifty sixty seventy eighty ninety'
    .split(' ')
    .map((word, index) => [word, 20 + index * 10]),
);
const SCALES: ReadonlyMap<string, number> = new Map([
  ['dozen', 12],
  ['hundred', 100],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
]);
/** Plurals without a final "s" that a bare plural noun phrase can still stand on ("found people trapped"). */
const IRREGULAR_PLURALS = new Set([
  'people',
  'children',
  'men',
  'women',
  'police',
  'staff',
  'cattle',
  'sheep',
]);
/**
 * Words before a figure that qualify it and go with it: "more than 40 ships" -> "ships". Longest first.
 * Keep in step with the qualifiers compare reads ranges from (compare/sentence-details.ts).
 */
const QUALIFIERS = [
  'a total of',
  'just over',
  'just under',
  'more than',
  'greater than',
  'upwards of',
  'at least',
  'fewer than',
  'less than',
  'up to',
  'as many as',
  'as much as',
  'as high as',
  'an estimated',
  'about',
  'around',
  'roughly',
  'approximately',
  'some',
  'almost',
  'nearly',
  'over',
  'under',
  'just',
  'only',
].map((phrase) => phrase.split(' '));
/** How far after a figure its counted noun may stand: "14 fissures", "31 cargo ships", "12 badly corroded cables". */
const NOUN_REACH_WORDS = 3;

const TOKEN = /\d[\d,]*(?:\.\d+)?|\p{L}+(?:[-'’]\p{L}+)*|%/gu;

interface Token {
  word: string;
  start: number;
  end: number;
}

function parseFigure(word: string): number | undefined {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(word)) return Number(word.replace(/,/g, ''));
  const lower = word.toLowerCase();
  const compound = /^(\p{L}+)-(\p{L}+)$/u.exec(lower);
  if (compound !== null) {
    const tens = TENS.get(compound[1] ?? '');
    const unit = NUMBER_WORDS.get(compound[2] ?? '');
    return tens !== undefined && unit !== undefined && unit < 10 ? tens + unit : undefined;
  }
  return NUMBER_WORDS.get(lower) ?? TENS.get(lower);
}

/** "fissures" -> "fissure", "bodies" -> "body", "people" -> "people". */
function singular(word: string): string {
  const lower = word.toLowerCase();
  if (/ies$/.test(lower)) return `${lower.slice(0, -3)}y`;
  if (/[^s]s$/.test(lower)) return lower.slice(0, -1);
  return lower;
}

/**
 * The words and figures of a text. A percent sign reads as the word "percent" ("5.5%" as "5.5 percent"): compare
 * gives either as a side's value, and the sentence may write it the other way.
 */
function tokensOf(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((match) => ({
    word: match[0] === '%' ? 'percent' : match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/**
 * The figures of compare's number conflicts, each with the nouns its sides count ("Seventeen cracks (17)" /
 * "14 fissures": 17 and 14, "crack" and "fissure"). Pass only disputes: an update over time ("has risen to 27")
 * is not one.
 */
export function disputedFigures(conflicts: readonly Conflict[]): DisputedFigure[] {
  const figures: DisputedFigure[] = [];
  for (const conflict of conflicts) {
    if (conflict.kind !== 'number' || conflict.sides.length < 2) continue;
    const values: number[] = [];
    const nouns = new Set<string>();
    const aboutNoun = /^how many\s+(\p{L}+)$/u.exec(conflict.about)?.[1];
    if (aboutNoun !== undefined) nouns.add(singular(aboutNoun));
    for (const side of conflict.sides) {
      const read = readSide(side.value);
      if (read.value !== undefined) values.push(read.value);
      if (read.noun !== undefined) nouns.add(read.noun);
    }
    if (values.length >= 2) figures.push({ about: conflict.about, values, nouns: [...nouns] });
  }
  return figures;
}

/**
 * The figures of an update over time that the latest side has replaced ("Four people" before "has risen to seven"):
 * the earlier sides' figures, with the nouns every side counts. Undefined when no earlier figure can be read.
 */
export function supersededFigure(
  conflict: Conflict,
  latest: Conflict['sides'][number],
): DisputedFigure | undefined {
  const [figure] = disputedFigures([conflict]);
  const current = readSide(latest.value).value;
  const values = figure?.values.filter((value) => value !== current) ?? [];
  return figure && values.length > 0 ? { ...figure, values } : undefined;
}

/**
 * Words after a figure that say nothing of what it counts ("in 2019 the", "by 61 votes to 40 after"), and the
 * "p" of "11 p.m." (a clock time is no count).
 */
const NOT_COUNTED = new Set(
  'the a an to of in on and or for at by with from as per after before than that this its their his her p am pm gmt utc'.split(
    ' ',
  ),
);

/** Words after "N of" that make the count a part of a group already named: "three of them firefighters". */
const PART_OF = new Set(['them', 'whom', 'those']);

/**
 * The figures in `text`, in digits or words, by the noun they count (singular): "puts the cost at 9 million crowns"
 * -> {crown: [9000000]}; "Five people were injured, three of them firefighters" -> {people: [5], firefighter:
 * [3]}. A figure counts the word right after it (past a scale word, or past "of them"); clock times ("10:50") and
 * figures followed by punctuation or a function word count nothing.
 */
export function figuresOf(text: string): Map<string, number[]> {
  const tokens = tokensOf(text);
  const figures = new Map<string, number[]>();
  tokens.forEach((token, index) => {
    if (/:$/.test(text.slice(0, token.start)) || text.charAt(token.end) === ':') return;
    const figure = parseFigure(token.word);
    if (figure === undefined) return;
    const scale = SCALES.get(tokens[index + 1]?.word.toLowerCase() ?? '');
    let before = scale === undefined ? token : (tokens[index + 1] as Token);
    let noun = tokens[scale === undefined ? index + 1 : index + 2];
    const part = tokens[index + 2];
    if (
      scale === undefined &&
      noun?.word.toLowerCase() === 'of' &&
      part !== undefined &&
      PART_OF.has(part.word.toLowerCase()) &&
      text.slice(token.end, part.end).trim() === `${noun.word} ${part.word}`
    ) {
      before = part;
      noun = tokens[index + 3];
    }
    if (noun === undefined || parseFigure(noun.word) !== undefined) return;
    if (text.slice(before.end, noun.start).trim() !== '' || NOT_COUNTED.has(noun.word.toLowerCase())) return;
    const counted = singular(noun.word);
    figures.set(counted, [...(figures.get(counted) ?? []), figure * (scale ?? 1)]);
  });
  return figures;
}

/** The figure of one side's value and its counted noun: "Seventeen cracks (17)" -> 17, "crack". */
function readSide(sideValue: string): { value: number | undefined; noun: string | undefined } {
  // Compare adds the figure of a count written in words: "Seventeen cracks (17)".
  const written = /\((\d[\d,.]*)\)\s*$/.exec(sideValue)?.[1];
  const text = sideValue.replace(/\s*\([^)]*\)\s*$/, '');
  const tokens = tokensOf(text);
  let value = written === undefined ? undefined : Number(written.replace(/,/g, ''));
  for (const [index, token] of tokens.entries()) {
    const figure = parseFigure(token.word);
    if (figure === undefined || value !== undefined) continue;
    value = figure * (SCALES.get(tokens[index + 1]?.word.toLowerCase() ?? '') ?? 1);
  }
  const last = tokens.at(-1)?.word;
  // "$4.1 million": a sum written with a currency sign counts that currency.
  const sign = CURRENCY_SIGN.exec(text)?.[1];
  if (sign !== undefined && !CURRENCIES.has(last?.toLowerCase() ?? ''))
    return { value, noun: CURRENCY_OF_SIGN[sign] };
  return { value, noun: last !== undefined && parseFigure(last) === undefined ? singular(last) : undefined };
}

/**
 * The sides of a number conflict whose figure `text` states as `disputedFigures` reads them: indexes into
 * `conflict.sides`, in order. "Divers sealed the 12 leaks" states the side "12 leaks" of 12 vs 19 leaks.
 */
export function sidesStated(text: string, conflict: Conflict): number[] {
  const [figure] = disputedFigures([conflict]);
  if (figure === undefined) return [];
  const stated = new Set(findDisputedFigures(text, [figure]).map((found) => found.value));
  const sides: number[] = [];
  conflict.sides.forEach((side, index) => {
    const value = readSide(side.value).value;
    if (value !== undefined && stated.has(value)) sides.push(index);
  });
  return sides;
}

/** The figure at token `at` when it is one of `figure`'s, with the span it covers and its counted noun. */
function matchFigure(
  text: string,
  tokens: readonly Token[],
  at: number,
  figure: DisputedFigure,
): { start: number; end: number; noun: Token; money: boolean; value: number } | undefined {
  const token = tokens[at];
  const value = token === undefined ? undefined : parseFigure(token.word);
  if (token === undefined || value === undefined) return undefined;
  let end = token.end;
  let next = at + 1;
  const scale = SCALES.get(tokens[next]?.word.toLowerCase() ?? '');
  const total = scale === undefined ? value : value * scale;
  if (scale !== undefined) {
    end = tokens[next]?.end ?? end;
    next++;
  }
  if (!figure.values.includes(total)) return undefined;
  let noun: Token | undefined;
  for (let index = next; index < next + NOUN_REACH_WORDS && index < tokens.length; index++) {
    const candidate = tokens[index] as Token;
    // A comma or stop between the figure and the word ends the phrase ("14, the report said").
    if (/[,;:.]/.test(text.slice(end, candidate.start))) break;
    if (figure.nouns.includes(singular(candidate.word))) {
      noun = candidate;
      break;
    }
  }
  // "$4.1 million was missing": the sign names the currency counted, and the figure is the whole sum.
  const sign = /([$€£¥])\s?$/.exec(text.slice(Math.max(0, token.start - 2), token.start))?.[1];
  const signed =
    noun === undefined && sign !== undefined && figure.nouns.includes(CURRENCY_OF_SIGN[sign] ?? '');
  if (signed) noun = tokens[next - 1];
  if (noun === undefined) return undefined;
  let start = signed ? token.start - (sign?.length ?? 0) : token.start;
  for (const words of QUALIFIERS) {
    const first = at - words.length;
    if (first < 0) continue;
    if (words.every((word, index) => tokens[first + index]?.word.toLowerCase() === word)) {
      start = (tokens[first] as Token).start;
      break;
    }
  }
  const money = CURRENCIES.has(noun.word.toLowerCase()) || sign !== undefined;
  return { start, end, noun, money, value: total };
}

/** A disputed figure written in a text: where it stands and what stops it going (see `dropDisputedFigures`). */
export interface FoundFigure {
  /** Start of the figure with its qualifier ("more than 40"), end of the figure, end of its counted noun. */
  start: number;
  end: number;
  nounEnd: number;
  /** The figure as a number (40). */
  value: number;
  /** As written, qualifier to noun: "more than 40 ships". */
  written: string;
  /**
   * Why it cannot be dropped: what is left would not read (a measure or sum, a single thing), or it stands inside
   * a quotation, whose words are the speaker's and are never changed.
   */
  keeps?: 'measure' | 'singular' | 'quoted';
  /**
   * Where a share before its noun is cut, wider than the figure: "a 5.5 percent " in "gives drivers a 5.5 percent
   * raise", with the article fitted to the noun put back ("a ", or "an " before "increase").
   */
  cut?: { start: number; end: number; replacement: string };
}

/**
 * "a 5.5 percent raise", "an 8% pay rise": a share written before the noun it is a share of, after "a" or
 * "an". The figure goes with "percent" and what is left reads ("a raise"); the article is fitted to the noun.
 * "8 percent of the vote" and "rose by 8 percent" keep it: nothing that reads is left.
 */
const SHARE_BEFORE_NOUN = /^(?:\s?%|\s+(?:percent|per\s+cent))\s+(?=([\p{L}]+))/iu;
const ARTICLE_BEFORE = /\b(an?)\s+$/i;

/** The share-before-noun cut (`SHARE_BEFORE_NOUN`) of a figure at [start, end), or undefined when it is none. */
function shareBeforeNoun(
  text: string,
  start: number,
  end: number,
): { start: number; end: number; replacement: string } | undefined {
  const after = SHARE_BEFORE_NOUN.exec(text.slice(end));
  const article = ARTICLE_BEFORE.exec(text.slice(0, start));
  const noun = after?.[1];
  if (after === null || article === null || noun === undefined || NOT_COUNTED.has(noun.toLowerCase()))
    return undefined;
  const written = article[1] ?? 'a';
  const fitted = /^[aeiou]/i.test(noun) ? 'an' : 'a';
  const replacement = /^A/.test(written) ? fitted.charAt(0).toUpperCase() + fitted.slice(1) : fitted;
  return { start: article.index, end: end + after[0].length, replacement: `${replacement} ` };
}

/** Units of measure: a figure of one is an amount, not a count of things ("4,000 litres", "12 tonnes"). */
const UNITS = new Set(
  `litre litres liter liters gallon gallons tonne tonnes ton tons kilogram kilograms kilo kilos pound pounds
  metre metres meter meters kilometre kilometres kilometer kilometers mile miles hectare hectares acre acres
  barrel barrels cubic`.split(/\s+/),
);

/**
 * Currency names: a figure of one is a sum ("16 million crowns"), which leaves nothing that reads without it, at
 * any scale; a count of things in millions ("2.3 million patient records") goes as any count does. Keep in step
 * with compare's `CURRENCY_UNITS` (find-conflicts).
 */
const CURRENCIES = new Set(
  `crown crowns euro euros dollar dollars pound pounds franc francs krone kroner krona kronor yen yuan rupee rupees
  peso pesos rand lira rouble roubles ruble rubles zloty shilling shillings dinar dinars dirham dirhams`.split(
    /\s+/,
  ),
);

/** A currency sign before a side's figure ("$4.1 million"), and the currency it counts, as compare names it. */
const CURRENCY_SIGN = /([$€£¥])\s?\d/;
const CURRENCY_OF_SIGN: Readonly<Record<string, string>> = {
  $: 'dollar',
  '€': 'euro',
  '£': 'pound',
  '¥': 'yen',
};

/** Units of time: a length of time without its figure reads as another claim ("jailed for years"). */
const TIME_UNITS = new Set(['hour', 'day', 'week', 'fortnight', 'month', 'year']);

/**
 * What goes with a disputed length of time at [start, nounEnd) so that the sentence still reads and says no
 * length: its "for" ("jailed for seven years on Tuesday" -> "jailed on Tuesday"), its "to" ("sentenced to six
 * years for bribery" -> "sentenced for bribery"), and a sentence "to six years in prison" keeps "to prison".
 * Undefined when no preposition takes it ("the strike lasted three days"): the sentence then gives way.
 */
function lengthOfTimeSpan(
  text: string,
  start: number,
  nounEnd: number,
): { start: number; end: number } | undefined {
  const preposition = /\b(for|to)\s+$/i.exec(text.slice(0, start));
  if (preposition === null) return undefined;
  const custody = /^\s+in\s+(?=(?:prison|jail|custody)\b)/i.exec(text.slice(nounEnd));
  if (preposition[1]?.toLowerCase() === 'to' && custody !== null)
    return { start, end: nounEnd + custody[0].length };
  return { start: preposition.index, end: nounEnd };
}

/**
 * Every disputed figure `text` states: a figure of one of `figures` with one of its counted nouns at most
 * NOUN_REACH_WORDS after it. The one test of "states a disputed figure" for every path that writes the summary
 * (the extractive sentences, the headline, the optional LLM rewrite).
 */
export function findDisputedFigures(text: string, figures: readonly DisputedFigure[]): FoundFigure[] {
  if (figures.length === 0) return [];
  const tokens = tokensOf(text);
  const quoted = findQuotedRegions(text);
  const found: FoundFigure[] = [];
  for (let at = 0; at < tokens.length; at++) {
    for (const figure of figures) {
      const match = matchFigure(text, tokens, at, figure);
      if (match === undefined) continue;
      const entry: FoundFigure = {
        start: match.start,
        end: match.end,
        nounEnd: match.noun.end,
        value: match.value,
        written: text.slice(match.start, match.noun.end),
      };
      const noun = match.noun.word.toLowerCase();
      // "4,000 litres of solvent": the unit goes with its figure, and the stuff measured stays ("solvent").
      const unitOf = UNITS.has(noun) ? /^\s+of\s+/.exec(text.slice(match.noun.end)) : null;
      if (unitOf) entry.end = match.noun.end + unitOf[0].length;
      const isTime = TIME_UNITS.has(singular(noun));
      const span = isTime ? lengthOfTimeSpan(text, match.start, match.noun.end) : undefined;
      if (span !== undefined) {
        entry.start = span.start;
        entry.end = span.end;
      }
      const share = shareBeforeNoun(text, match.start, match.end);
      if (quoted.some((region) => region.start < match.noun.end && match.start < region.end))
        entry.keeps = 'quoted';
      else if (share !== undefined) entry.cut = share;
      else if (match.money || (UNITS.has(noun) && !unitOf) || (isTime && span === undefined))
        entry.keeps = 'measure';
      else if (
        parseFigure(tokens[at]?.word ?? '') === 1 ||
        (!/[^s]s$/.test(noun) && !IRREGULAR_PLURALS.has(noun))
      )
        entry.keeps = 'singular';
      found.push(entry);
      break;
    }
  }
  return found;
}

/**
 * Takes the disputed figures out of a sentence the summary states in its own voice, so that it does not assert
 * one side of a dispute ("Engineers have found 14 fissures in the spillway" -> "Engineers have found fissures in
 * the spillway"); the figures belong in the sentence that reports the dispute. A figure goes with its qualifier
 * ("more than 40 ships" -> "ships"). It cannot go, and the sentence should give way to another, when what is left
 * would not read: a measure or sum ("16 million crowns", "$5 million"), or a single thing ("one crack"); nor
 * from inside a quotation ("“We found 14 cracks,” she said"), which would then misquote its speaker.
 *
 * @example
 * dropDisputedFigures('Inspectors found 14 fissures in the weir.', [{ about: 'how many cracks', values: [14, 17], nouns: ['fissure', 'crack'] }])
 * // -> { ok: true, text: 'Inspectors found fissures in the weir.', dropped: ['14'] }
 */
export function dropDisputedFigures(text: string, figures: readonly DisputedFigure[]): FigureDrop {
  const cuts = findDisputedFigures(text, figures);
  const stuck = cuts.find((cut) => cut.keeps !== undefined);
  if (stuck?.keeps === 'measure') {
    // "resigned on Friday, two days after an audit questioned 1.6 million euros": a sum in a trailing clause of
    // circumstance goes with its clause; the dispute sentence tells it.
    const before = beforeTrailingClause(text, stuck.start);
    if (before !== undefined) {
      const rest = dropDisputedFigures(before, figures);
      if (rest.ok) return { ...rest, dropped: [...rest.dropped, text.slice(stuck.start, stuck.end)] };
    }
  }
  if (stuck?.keeps !== undefined) return { ok: false, reason: stuck.keeps, figure: stuck.written };
  if (cuts.length === 0) return { ok: true, text, dropped: [] };
  let result = '';
  let from = 0;
  for (const cut of cuts) {
    const tally = tallyAround(text, cut.start, cut.end);
    if (tally !== undefined) {
      // "defeated by 84 votes to 71": the margin goes whole, or "by votes to 71" is left.
      result += text.slice(from, tally.start);
      from = tally.end;
      continue;
    }
    const span = cut.cut ?? { start: cut.start, end: cut.end, replacement: '' };
    result += text.slice(from, span.start) + span.replacement;
    from = span.end;
    // The space after the figure goes with it.
    while (/\s/.test(text.charAt(from))) from++;
  }
  result += text.slice(from);
  const dropped = cuts.map((cut) => text.slice(cut.start, cut.end));
  // A sentence that opened on the figure ("Seventeen cracks have opened") opens on its noun.
  if (cuts[0]?.start === 0) result = result.charAt(0).toUpperCase() + result.slice(1);
  return cuts.some((cut) => leavesBareSubject(text, cut))
    ? { ok: true, text: result, dropped, countWasNews: true }
    : { ok: true, text: result, dropped };
}

/** Nouns that count people without saying who they are. */
const GENERIC_PEOPLE = /^(?:people|persons|individuals)$/i;
/** What may stand before the subject of a clause: nothing, a comma, "that", or a verb of saying. */
const BEFORE_SUBJECT =
  /(?:^|[,;:]|\b(?:that|said|says|say|estimated|estimate|estimates|claimed|claims|reported|reports))\s*$/i;

/**
 * True when the figure cut from `text` leaves a generic noun for people alone as the subject of its clause ("40,000
 * people joined" -> "people joined"), not "the people who" or an object ("evacuated people").
 */
function leavesBareSubject(text: string, cut: FoundFigure): boolean {
  const noun = text.slice(cut.end, cut.nounEnd).trim();
  return cut.cut === undefined && GENERIC_PEOPLE.test(noun) && BEFORE_SUBJECT.test(text.slice(0, cut.start));
}

/** The words of a tally around its first count: " by " before, "votes to 71" after. */
const TALLY_BEFORE = /\s+by\s+$/i;
const TALLY_AFTER = /^(?:\s+votes?)?\s+to\s+\d+(?:,\d{3})*(?:\s+votes?)?/i;

/**
 * The span of a vote tally ("by 84 votes to 71") around a disputed count at [start, end), with the space before
 * it, so that cutting it leaves "The budget was defeated, ..."; undefined when the count is not one.
 */
function tallyAround(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const before = TALLY_BEFORE.exec(text.slice(0, start));
  const counted = text.slice(start, end);
  const after = TALLY_AFTER.exec(text.slice(end));
  if (before === null || after === null || !/\d/.test(counted)) return undefined;
  return { start: before.index, end: end + after[0].length };
}

/**
 * Openers of a trailing clause of circumstance, with a span of time before them ("two days after"): what the
 * clause says happened around the main event, not the event.
 */
const TRAILING_CLAUSE =
  /(?:,\s*|\s+)(?:(?:[\p{L}\d]+|a)\s+(?:hours?|days?|weeks?|months?|years?)\s+)?(?:after|before|because|since|following|amid|when|while)\s/giu;
/** Words the sentence must keep before such a clause to still read ("Lunn quit"). */
const TRAILING_CLAUSE_MIN_WORDS = 3;

/**
 * `text` up to the last trailing clause of circumstance that opens before `position` and runs to the end, with
 * the sentence's final stop; undefined when there is none, when too little is left, or when the cut would fall
 * inside a quotation.
 */
function beforeTrailingClause(text: string, position: number): string | undefined {
  let cut: number | undefined;
  for (const match of text.slice(0, position).matchAll(TRAILING_CLAUSE)) cut = match.index;
  if (cut === undefined) return undefined;
  const kept = text.slice(0, cut).trimEnd();
  if ((kept.match(/[\p{L}\d]+/gu) ?? []).length < TRAILING_CLAUSE_MIN_WORDS) return undefined;
  if (findQuotedRegions(text).some((region) => region.start < cut && cut < region.end)) return undefined;
  const stop = /[.!?]$/.exec(text.trimEnd())?.[0] ?? '';
  return kept.replace(/[,;:]$/, '') + stop;
}

/**
 * The sentence the headline is made from: the first of `stated` (the summary's own sentences, best first) whose
 * disputed figures can be dropped, with them dropped; undefined when there is none.
 */
export function chooseHeadlineSource(
  stated: readonly CitedText[],
  figures: readonly DisputedFigure[],
): CitedText | undefined {
  for (const sentence of stated) {
    const drop = dropDisputedFigures(sentence.text, figures);
    if (drop.ok) return { text: drop.text, citations: sentence.citations };
  }
  return undefined;
}

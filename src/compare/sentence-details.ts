import { MONTHS, WEEKDAYS } from '../language/index.js';
import type { Article, Label } from '../model/index.js';
import { countEvent, eventGroupOf, eventGroupOfWord } from './event-words.js';
import type { EntityLinks } from './link-entities.js';
import {
  contentWords,
  foldText,
  isStopword,
  normalizeText,
  stemWord,
  type WordToken,
} from './normalize-text.js';
import { isSeriousInjuryCount, SERIOUS_INJURY_UNIT } from './serious-injuries.js';

/** One checkable detail of a sentence: a value, its surface text and its offsets. */
export interface Detail {
  /** What the value is about, comparable across articles ("number:kill", "place", a person key). */
  slot: string;
  /** Comparable value ("12", "tuesday", "2026-11-17", "caracas"). */
  value: string;
  /** The words just before it that say what it belongs to ("destroyed", "in shelter"), or "". */
  anchor?: string;
  /** As written. */
  text: string;
  start: number;
  end: number;
  /** Numbers: the range the wording allows ("more than 40": 40..Infinity; "about 30": 27..33). */
  low?: number;
  high?: number;
  /**
   * Numbers: a floor ("at least 4 people"), the count so far: any larger figure agrees with it, another floor
   * included (`numbersAgree`).
   */
  floor?: boolean;
  /** Numbers: what is counted, as stems with synonyms folded ("cargo ships" -> ["cargo", "ship"]). */
  units?: string[];
  /** Durations: what lasted, as written ("strike", "closed"). */
  subject?: string;
  /**
   * Numbers: the stem of the first content word after what is counted ("3,000 people marched" -> "march"), the
   * verb that says what the counted did; "" when a comma or the sentence end comes first.
   */
  predicate?: string;
  /**
   * Numbers: what the count says happened to those counted, as an index into `EVENT_WORD_GROUPS` ("3,000 people
   * fled" and "residents were evacuated": displacement); absent when no event word or phrase says (`countEvent`).
   */
  event?: number;
  /**
   * Numbers: a word that makes the count a part of a series or group ("their last 10 games", "his first 11
   * seasons", "three other brothers", "five more people"): such a count is not the count of the whole.
   */
  part?: string;
  /**
   * Numbers: the preposition right after the counted noun and the next two content-word stems, which say what the
   * count is of ("19 seasons with the 76ers" -> ["with", "76ers"], "four seasons as the team's director" -> ["as",
   * "team", "director"]).
   */
  scope?: string[];
}

/** The details of one sentence that conflicts are checked on. */
export interface SentenceDetails {
  numbers: Detail[];
  dates: Detail[];
  places: Detail[];
  /** Persons named, slot = story-level key, value = key; `labels` their title/role labels here. */
  persons: (Detail & { labels: Label[]; surname: string })[];
  /** Who speaks in the sentence (quote speakers and "X said"), value = story-level key. */
  speakers: Detail[];
  /** True when the sentence reports speech ("said", "told", a quotation). */
  speech: boolean;
  /** Content-word stems of the sentence. */
  words: string[];
  /** How many numbers the sentence has, counted or not ("178 of 369" has two). */
  numberCount: number;
  /** The values of those numbers. */
  allNumbers: number[];
  /** Dates that date the statement itself ("said on Tuesday", "told the Times on Wednesday"). */
  speechDates: Detail[];
  /**
   * How long something lasted ("lasted three days", "a four-day strike", "closed for two weeks"): value and
   * range in hours, `anchor` the stem of what lasted ("strike", "close"), slot "duration".
   */
  durations: Detail[];
}

const NUMBER_WORDS = new Map(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((word, index) => [word, index] as const),
);
const SCALE_WORDS = new Map([
  ['dozen', 12],
  ['hundred', 100],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
]);
// Clock times and time zones ("1:32 PM EDT") are timestamps, not counts.
const CLOCK_WORDS = new Set([
  'am',
  'pm',
  'a',
  'p',
  'gmt',
  'utc',
  'et',
  'edt',
  'est',
  'pt',
  'pdt',
  'pst',
  'bst',
  'cet',
]);
const CURRENCY = /([$€£¥])\s?$/;
const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  $: 'dollar',
  '€': 'euro',
  '£': 'pound',
  '¥': 'yen',
};
const SPEECH_CUE =
  /\b(said|says|told|tells|added|stated|announced|confirmed|denied|claimed|insisted|declared|wrote)\b/i;
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside']);
// A capitalised name after a locative preposition, for places the language stage did not type as places.
const LOCATIVE_NAME =
  /\b(?:in|at|near|outside)\s+((?:\p{Lu}[\p{L}\p{M}'’-]+)(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)*)/gu;
// Capitalised words after "in" that are not places ("in English", "in Parliament" is kept: a place of sorts).
const NOT_PLACES = new Set([
  'english',
  'spanish',
  'french',
  'german',
  'an',
  'a',
  'the',
  'his',
  'her',
  'its',
  'their',
]);
// Words that come between a number and what it counts ("12 more people", "300 of the workers").
const UNIT_SKIP = new Set([
  'more',
  'other',
  'of',
  'the',
  'about',
  'some',
  'additional',
  'new',
  'fewer',
  'than',
]);

/**
 * Where the counted noun is when a name stands between the number and it: "two Harbour Ledger reporters" counts
 * reporters, not Harbours. The name's words are capitalised and not plural; the noun is the first lower-case
 * plural after at most three of them. Otherwise `at` (a capitalised plural is itself counted: "12 Democrats").
 */
function headAfterName(tokens: readonly WordToken[], text: string, at: number): number {
  const isName = (index: number): boolean => {
    const token = tokens[index];
    return (
      token !== undefined && /^\p{Lu}/u.test(text.slice(token.start, token.end)) && !/s$/.test(token.word)
    );
  };
  let index = at;
  while (
    index < at + 3 &&
    isName(index) &&
    !/[,;:.)(]/.test(text.slice(tokens[index]?.end ?? 0, tokens[index + 1]?.start ?? 0))
  )
    index++;
  const head = tokens[index];
  if (index === at || head === undefined) return at;
  const written = text.slice(head.start, head.end);
  return /^\p{Ll}/u.test(written) && /[^s]s$/.test(head.word) && !isStopword(head.word) ? index : at;
}

/**
 * A negation in the clause before a day, on the verb the day follows ("The leak was not detected on Thursday",
 * "didn't notice the breach on Wednesday"): the day dates nothing that happened, so it is no day of the event.
 * "not ... until Wednesday" and "not before Friday" say it happened then or later, and stay.
 */
const NEGATED_DAY_BEFORE =
  /(?:\b(?:not|never)|n['’]t)\s+(?:(?!until\b|till\b|before\b|after\b|since\b|but\b)[\p{L}'’-]+\s+){0,5}(?:(?:on|last|this|next)\s+)?$/iu;

/** True when the day at `offset` of `sentence` is negated (`NEGATED_DAY_BEFORE`), within its clause. */
function isNegatedDay(sentence: string, offset: number): boolean {
  const before = sentence.slice(0, offset);
  const clause = before.slice(Math.max(...[...before.matchAll(/[,;:]/g)].map((match) => match.index + 1), 0));
  return NEGATED_DAY_BEFORE.test(clause);
}

/** The checkable details of sentence `index` of `article`. */
export function sentenceDetails(
  article: Article,
  articleIndex: number,
  index: number,
  links: EntityLinks,
): SentenceDetails {
  const span = article.sentences[index] ?? { start: 0, end: 0 };
  const text = article.text.slice(span.start, span.end);
  const tokens = normalizeText(text);
  const inside = (start: number, end: number): boolean => start >= span.start && end <= span.end;

  const dateWords = new Set<number>();
  const dates: Detail[] = [];
  const mentioned = article.dates.filter((date) => inside(date.start, date.end));
  for (const date of mentioned) {
    const weekday = WEEKDAYS.find((day) => foldText(date.text).includes(day));
    // A bare weekday ("on Thursday") is resolved by guessing past or future ("has called talks on Thursday"
    // came out as the Thursday before the article): compare the weekday as written, not the guess.
    const bare = weekday !== undefined && !/\d/.test(date.text);
    const value = dateValue(bare ? null : date.resolved, date.granularity, weekday);
    if (value !== undefined)
      dates.push({ slot: 'date', value, text: date.text, start: date.start, end: date.end });
  }
  tokens.forEach((token, at) => {
    if (!WEEKDAYS.includes(token.word) && !MONTHS.includes(token.word)) return;
    dateWords.add(at);
    const next = tokens[at + 1];
    if (MONTHS.includes(token.word) && next !== undefined && /^\d{1,2}$/.test(next.word))
      dateWords.add(at + 1);
    // "12 November" (day first): the day is part of the date, not a count of Novembers. A month name in lower
    // case is a word ("all 12 may stand").
    const before = tokens[at - 1];
    if (
      MONTHS.includes(token.word) &&
      before !== undefined &&
      /^\d{1,2}(?:st|nd|rd|th)?$/.test(before.word) &&
      /^\p{Lu}/u.test(text.slice(token.start, token.end))
    )
      dateWords.add(at - 1);
    // Without the language stage's dates, a weekday is still a checkable day.
    if (mentioned.length > 0 || !WEEKDAYS.includes(token.word)) return;
    const start = span.start + token.start;
    dates.push({
      slot: 'date',
      value: `weekday:${token.word}`,
      text: text.slice(token.start, token.end),
      start,
      end: span.start + token.end,
    });
  });

  // "'We can fix it today,' she said": "today" counts from the day the words were spoken, which the article need
  // not give, so two outlets quoting one line on two days would disagree on nothing. A weekday stays.
  const quotedWords = article.quotes
    .filter((quote) => quote.kind !== 'indirect')
    .map((quote) => quote.content);
  const dropped = dates.filter(
    (date) =>
      isNegatedDay(text, date.start - span.start) ||
      (RELATIVE_DAY.test(date.text) &&
        (isInsideQuotation(text, date.start - span.start) ||
          quotedWords.some((content) => date.start >= content.start && date.end <= content.end))),
  );
  if (dropped.length > 0) dates.splice(0, dates.length, ...dates.filter((date) => !dropped.includes(date)));

  const numbers: Detail[] = [];
  const earlierFigures = new Set<number>();
  // Tokens read as part of a fraction before them ("1", "2" of "4 1/2"), and the fractions read.
  const fractionTokens = new Set<number>();
  const fractions: number[] = [];
  tokens.forEach((token, at) => {
    if (dateWords.has(at) || fractionTokens.has(at)) return;
    if (isGarbledFigure(text, token) || isScaleReading(tokens, text, at) || isDecimalsAfterPoint(text, token))
      return;
    const age = /^(\d{1,3})-year-old$/.exec(token.word);
    const start = span.start + token.start;
    if (age !== null) {
      const end = span.start + token.end;
      numbers.push({
        slot: 'number:age',
        value: age[1] ?? '',
        text: article.text.slice(start, end),
        start,
        end,
      });
      return;
    }
    const fraction = fractionAt(tokens, text, at);
    let value = fraction?.value ?? parseNumber(token.word);
    if (value === undefined) return;
    const figureEnd = fraction?.last ?? at;
    for (let inside = at + 1; inside <= figureEnd; inside++) fractionTokens.add(inside);
    if (fraction !== undefined) fractions.push(fraction.value);
    if (fraction === undefined && isYear(tokens, at, mentioned, span.start)) return;
    // "$US2 million ($3.04 million)": the same amount again in another currency, not a figure of its own.
    if (RESTATED_FIGURE.test(text.slice(0, token.start))) return;
    // "now estimates 15,000 litres, up from 12,000": the earlier figure is not what this sentence reports.
    if (isEarlierFigure(tokens, at)) {
      earlierFigures.add(at);
      return;
    }
    const qualifier = qualifierBefore(tokens, at);
    let next = figureEnd + 1;
    const scale = SCALE_WORDS.get(tokens[next]?.word ?? '');
    if (scale !== undefined) {
      value *= scale;
      next++;
    } else {
      value *= rangeScale(tokens, text, at) ?? 1;
    }
    const currency = CURRENCY.exec(text.slice(Math.max(0, token.start - 3), token.start))?.[1];
    const last = tokens[next - 1] ?? token;
    const percentSign = /^\s?%/.exec(text.slice(last.end));
    const percentWord = tokens[next]?.word === 'percent' ? tokens[next] : undefined;
    const [low, high] = numberRange(value, qualifier?.kind);
    const from = qualifier !== undefined ? span.start + qualifier.start : start;
    // "three with serious injuries", "two were seriously injured": a measure of its own, whatever the noun.
    if (
      currency === undefined &&
      percentSign === null &&
      percentWord === undefined &&
      isSeriousInjuryCount(tokens, text, next)
    ) {
      const count = { value, from, low, high, floor: qualifier?.kind === 'floor' };
      numbers.push(seriousInjuryCount(tokens, text, span.start, at, next, count));
      return;
    }
    const units: string[] = [];
    let unitText: string;
    let end: number;
    // Where the words saying what happened to those counted begin: after the counted noun.
    let eventFrom: number | undefined;
    if (currency !== undefined) {
      unitText = CURRENCY_NAMES[currency] ?? currency;
      end = span.start + last.end;
    } else if (percentSign !== null || percentWord !== undefined) {
      unitText = 'percent';
      end = span.start + (percentWord?.end ?? last.end + (percentSign?.[0].length ?? 0));
    } else {
      while (UNIT_SKIP.has(tokens[next]?.word ?? '')) next++;
      next = headAfterName(tokens, text, next);
      const unit = tokens[next];
      // "has risen to 27, hospital officials said": a comma after the number ends the phrase; what is counted
      // is then named before it ("the number of people injured").
      const broken = unit !== undefined && /[,;:.)(]/.test(text.slice(last.end, unit.start));
      if (broken || unit === undefined) {
        const counted = countedBefore(tokens, at);
        if (counted === undefined) return;
        unitText = counted.unit;
        end = span.start + last.end;
        eventFrom = counted.end;
        units.push(counted.unit);
      } else {
        if (/\d/.test(unit.word) || isStopword(unit.word) || CLOCK_WORDS.has(unit.word)) return;
        // "two of Egypt's largest providers": a possessive owns what is counted, it is not counted itself.
        if (/['’]s$/.test(text.slice(unit.start, unit.end))) return;
        unitText = stemWord(unit.word);
        end = span.start + unit.end;
        const second = tokens[next + 1];
        units.push(canonicalUnit(unitText));
        // "31 cargo ships", "1,140 postal ballots": a plural after a singular word is the head of a compound;
        // "40 ships sat" is not one.
        if (
          second !== undefined &&
          /[^s]s$/.test(second.word) &&
          !/s$/.test(unit.word) &&
          !/[,;:.)(]/.test(text.slice(unit.end, second.start)) &&
          !isStopword(second.word) &&
          !/\d/.test(second.word)
        ) {
          // The head is what is counted: "two fire tenders" and "10 fire engines" do not count one thing.
          units.splice(0, units.length, canonicalUnit(stemWord(second.word)));
          end = span.start + second.end;
        }
        eventFrom = end - span.start;
      }
    }
    const countFrom = qualifier === undefined && currency !== undefined ? start - currency.length : from;
    const anchor = anchorBefore(tokens, at, text);
    // "a grenade launcher with two rockets": an anchor read as an event word only when it is one as written.
    const anchorWord = anchorTokenBefore(tokens, at, text)?.word ?? '';
    const event = countEvent(
      tokens,
      text,
      eventFrom ?? end - span.start,
      eventGroupOfWord(anchorWord) === -1 ? '' : anchor,
      at,
    );
    const part = seriesPart(tokens, at);
    const scope = scopeAfter(tokens, text, end - span.start);
    numbers.push({
      ...(event === -1 ? {} : { event }),
      ...(qualifier?.kind === 'floor' ? { floor: true } : {}),
      ...(part === undefined ? {} : { part }),
      ...(scope === undefined ? {} : { scope }),
      anchor,
      predicate: predicateAfter(tokens, text, end - span.start),
      slot: `number:${unitText}`,
      value: String(value),
      text: article.text.slice(countFrom, end),
      start: countFrom,
      end,
      low,
      high,
      units: units.length > 0 ? [...units] : [canonicalUnit(unitText)],
    });
  });

  const places: Detail[] = [];
  const persons: SentenceDetails['persons'] = [];
  const speakers: Detail[] = [];
  const cue = SPEECH_CUE.exec(text);
  article.entities.forEach((entity) => {
    const linked = links.lookup(articleIndex, entity.id);
    const key = linked?.key ?? foldText(entity.name);
    for (const mention of entity.mentions) {
      if (!inside(mention.start, mention.end)) continue;
      const detail = { slot: key, value: key, text: mention.text, start: mention.start, end: mention.end };
      if (entity.type === 'place' || entity.type === 'other') {
        const before = normalizeText(
          article.text.slice(Math.max(span.start, mention.start - 12), mention.start),
        );
        const preposition = before[before.length - 1]?.word ?? '';
        if (LOCATIVE.has(preposition)) {
          const at = tokens.findIndex((token) => span.start + token.start >= mention.start);
          places.push({ ...detail, slot: 'place', anchor: placeAnchor(tokens, at, preposition) });
        }
      } else if (entity.type === 'person' && mention.reference !== true) {
        const words = key.split(' ');
        persons.push({
          ...detail,
          // "'As president, Senator Ames will ...,' a spokesman said then": a title in quoted words may be of
          // another time, and is the speaker's wording, not the outlet's.
          labels: mention.labels.filter(
            (label) =>
              (label.kind === 'title' || label.kind === 'role') &&
              !(label.start >= span.start && isInsideQuotation(text, label.start - span.start)),
          ),
          surname: words[words.length - 1] ?? key,
        });
      }
    }
  });
  const named = article.entities
    .flatMap((entity) => entity.mentions)
    .filter((mention) => inside(mention.start, mention.end));
  for (const match of text.matchAll(LOCATIVE_NAME)) {
    const name = match[1] ?? '';
    const start = span.start + (match.index ?? 0) + match[0].length - name.length;
    const end = start + name.length;
    const first = foldText(name.split(/\s+/)[0] ?? '');
    if (WEEKDAYS.includes(first) || MONTHS.includes(first) || NOT_PLACES.has(first)) continue;
    if (named.some((mention) => mention.start < end && start < mention.end)) continue;
    const key = foldText(name);
    const at = tokens.findIndex((token) => span.start + token.start >= start);
    const preposition = foldText(match[0].split(/\s+/)[0] ?? '');
    places.push({
      slot: 'place',
      value: key,
      text: name,
      start,
      end,
      anchor: placeAnchor(tokens, at, preposition),
    });
  }
  for (const quote of article.quotes) {
    if (!inside(quote.cue.start, quote.cue.end) && quote.sentence !== index) continue;
    const linked = links.lookup(articleIndex, quote.speaker);
    if (linked !== undefined && linked.type === 'person') {
      speakers.push({
        slot: 'speaker',
        value: linked.key,
        text: quote.source?.text ?? linked.name,
        start: quote.cue.start,
        end: quote.cue.end,
      });
    }
  }
  if (speakers.length === 0 && cue !== null) {
    const cueAt = span.start + cue.index;
    const nearest = persons
      .filter((person) => Math.abs(person.start - cueAt) < 60)
      .sort((a, b) => Math.abs(a.start - cueAt) - Math.abs(b.start - cueAt))[0];
    if (nearest !== undefined) speakers.push({ ...nearest, slot: 'speaker' });
  }
  const speech = cue !== null || article.quotes.some((quote) => quote.sentence === index);
  // "'We can fix it today,' she said": a day inside the quoted words is the speaker's, not the statement's.
  const quoted = article.quotes.filter((quote) => quote.kind !== 'indirect').map((quote) => quote.content);
  const speechDates = dates.filter(
    (date) =>
      datesSpeech(text, date.start - span.start, date.end - span.start) &&
      !quoted.some((content) => date.start >= content.start && date.end <= content.end),
  );
  const allNumbers = tokens
    .filter((_, at) => !dateWords.has(at) && !earlierFigures.has(at) && !fractionTokens.has(at))
    .map((token) => parseNumber(token.word))
    .filter((value) => value !== undefined)
    .concat(fractions);
  const numberCount = allNumbers.length;
  // "compared with 55.3 million a decade ago": the figure as its scale word makes it, so that another article's
  // "55.3 million people" stands in this sentence too (not another number to count).
  tokens.forEach((token, at) => {
    const value = parseNumber(token.word);
    const scale = SCALE_WORDS.get(tokens[at + 1]?.word ?? '');
    if (value !== undefined && scale !== undefined && !dateWords.has(at)) allNumbers.push(value * scale);
  });
  const durations = findDurations(tokens, text, span.start, article.text);
  return {
    durations,
    numbers,
    dates,
    places,
    persons,
    speakers,
    speech,
    words: contentWords(text),
    speechDates,
    numberCount,
    allNumbers,
  };
}

/** Days named from the day of speaking: "today", "tonight", "tomorrow", "yesterday", "this morning". */
export const RELATIVE_DAY =
  /\b(?:today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening)|last night)\b/i;

/**
 * True when `offset` in `sentence` lies inside quoted words: after an opening mark that is not closed before it,
 * or before a closing mark that no mark precedes (the sentence ends a quotation opened in an earlier one:
 * `we can fix it today," she said`). Curly, doubled (``…'') and straight double marks; single marks are too
 * often apostrophes to read.
 */
function isInsideQuotation(sentence: string, offset: number): boolean {
  const marks = [...sentence.matchAll(/``|''|[“”"]/g)];
  const straight = marks.filter((match) => match[0] === '"').length;
  let open = false;
  let seen = false;
  for (const match of marks) {
    const mark = match[0];
    if (match.index >= offset) {
      if (seen) return open;
      return mark === '”' || mark === "''" || (mark === '"' && straight % 2 === 1);
    }
    seen = true;
    if (mark === '“' || mark === '``') open = true;
    else if (mark === '”' || mark === "''") open = false;
    else open = !open;
  }
  return open;
}

/**
 * True when `offset` in the article lies inside quoted words: a direct quote the language stage found, or
 * quotation marks around it in its sentence (`isInsideQuotation`).
 */
export function isInQuotedWords(article: Article, offset: number): boolean {
  const quoted = article.quotes.some(
    (quote) => quote.kind !== 'indirect' && offset >= quote.content.start && offset < quote.content.end,
  );
  if (quoted) return true;
  const span = article.sentences.find((sentence) => offset >= sentence.start && offset < sentence.end);
  return (
    span !== undefined && isInsideQuotation(article.text.slice(span.start, span.end), offset - span.start)
  );
}

/** Words before a bare year: "in 1750", "since 1695", "dates from 1420". */
const YEAR_PREPOSITIONS = new Set([
  'in',
  'since',
  'until',
  'till',
  'by',
  'during',
  'from',
  'before',
  'after',
  'circa',
]);

/**
 * True when token `at` is a year, a date and not a count: 1800-2099 anywhere ("the 2019 survey"), any four-digit
 * number from 1000 after a date preposition ("In 1750 engineers built the weir" is not a count of engineers), or
 * a number inside a date the language stage found.
 */
/* Words before "from" that make the figure after it the one a change started from. */
const CHANGE_FROM = new Set(['up', 'down', 'revised', 'raised', 'lowered', 'increased', 'cut', 'reduced']);
/* Nouns of an earlier figure: "from its earlier estimate of 12,000", "the previous toll of 9". */
const EARLIER_NOUNS = new Set(['estimate', 'figure', 'count', 'toll', 'total', 'tally']);
const EARLIER_WORDS = new Set(['earlier', 'previous', 'initial', 'original', 'first']);

/**
 * The text before a figure that restates the figure just before it, in brackets: a number, up to two words
 * (a scale and a currency: "million", "billion euros"), an opening bracket, and at most a hedge and a currency
 * sign ("(about A$", "(€", "(US$") before the figure.
 */
const RESTATED_FIGURE =
  /\d(?:[\d.,]*\d)?(?:\s*[\p{L}$€£¥]+){0,2}\s*\(\s*(?:(?:about|around|roughly|some|approximately|nearly|almost)\s+)?(?:\p{Lu}{0,3}[$€£¥])?\s*$/u;

/**
 * True when the figure at `at` is the one a change started from: "up from 12,000", "revised from about 40",
 * "from its earlier estimate of 12,000", "the previous toll of 9". A sentence giving a new figure beside the old one
 * reports the new one.
 */
function isEarlierFigure(tokens: readonly WordToken[], at: number): boolean {
  let before = at - 1;
  // "up from about 12,000", "down from an estimated 40": the figure's own qualifiers stand between.
  while (before >= 0 && (QUALIFIERS.has(tokens[before]?.word ?? '') || tokens[before]?.word === 'an'))
    before--;
  const word = tokens[before]?.word;
  if (word === 'from') return CHANGE_FROM.has(tokens[before - 1]?.word ?? '');
  if (word !== 'of' || !EARLIER_NOUNS.has(tokens[before - 1]?.word ?? '')) return false;
  return EARLIER_WORDS.has(tokens[before - 2]?.word ?? '');
}

function isYear(
  tokens: readonly WordToken[],
  at: number,
  dates: readonly { start: number; end: number }[],
  offset: number,
): boolean {
  const token = tokens[at];
  if (token === undefined || !/^\d{4}$/.test(token.word)) return false;
  if (/^(1[89]|20)\d\d$/.test(token.word)) return true;
  if (Number(token.word) >= 1000 && YEAR_PREPOSITIONS.has(tokens[at - 1]?.word ?? '')) return true;
  const start = offset + token.start;
  return dates.some((date) => start >= date.start && start < date.end);
}

/**
 * A comparable date value with its granularity: "day:2026-11-17", "weekday:tuesday", "month:2026-03",
 * "year:2019". Undefined when the mention cannot be pinned (vague, or relative without an article date).
 */
function dateValue(
  resolved: string | null,
  granularity: string,
  weekday: string | undefined,
): string | undefined {
  // A part of a day ("last night", "this morning") pins its day as well as the day does.
  if (
    resolved !== null &&
    (granularity === 'day' || granularity === 'weekday' || granularity === 'part-of-day')
  )
    return `day:${resolved.slice(0, 10)}`;
  if (weekday !== undefined) return `weekday:${weekday}`;
  if (resolved !== null && granularity === 'month') return `month:${resolved.slice(0, 7)}`;
  if (resolved !== null && granularity === 'year') return `year:${resolved.slice(0, 4)}`;
  return undefined;
}

/**
 * Whether two date values agree: true or false when they can be compared, undefined when not (a weekday and
 * a month). A day agrees with its weekday, month and year.
 */
export function datesAgree(a: string, b: string): boolean | undefined {
  const [kindA = '', valueA = ''] = a.split(':');
  const [kindB = '', valueB = ''] = b.split(':');
  if (kindA === kindB) return valueA === valueB;
  if (kindA === 'weekday' || kindB === 'weekday') {
    const other = kindA === 'weekday' ? [kindB, valueB] : [kindA, valueA];
    const weekday = kindA === 'weekday' ? valueA : valueB;
    return other[0] === 'day' ? weekdayOf(other[1] ?? '') === weekday : undefined;
  }
  const [shorter, longer] = valueA.length <= valueB.length ? [valueA, valueB] : [valueB, valueA];
  return longer.startsWith(shorter);
}

const STATEMENT_CUE = /\b(said|says|told|tells|added|stated)\b/g;
// Lower-case words that may stand between a speech verb and its date: "said of Maduro on Tuesday", "told the
// Times on Wednesday", "told reporters in an interview on Monday". Any other lower-case word means the date
// is inside what was said ("says the fire broke out Friday").
const STATEMENT_LINK_WORDS = new Set([
  'of',
  'the',
  'to',
  'on',
  'in',
  'an',
  'a',
  'at',
  'reporters',
  'interview',
  'late',
  'early',
]);

/** True when the date at `start..end` of `sentence` dates a speech verb next to it rather than what was said. */
function datesSpeech(sentence: string, start: number, end: number): boolean {
  for (const match of sentence.matchAll(STATEMENT_CUE)) {
    const cueEnd = match.index + match[0].length;
    const between =
      cueEnd <= start
        ? sentence.slice(cueEnd, start)
        : end <= match.index
          ? sentence.slice(end, match.index)
          : undefined;
    if (between === undefined) continue;
    const words = between.split(/[^\p{L}\p{M}'’.]+/u).filter((word) => word !== '');
    if (words.length > 6) continue;
    if (words.every((word) => /^\p{Lu}/u.test(word) || STATEMENT_LINK_WORDS.has(word.toLowerCase())))
      return true;
  }
  return false;
}

// Words between an anchor and a number that qualify the number, not the thing counted.
const QUALIFIERS = new Set([
  'least',
  'more',
  'nearly',
  'about',
  'around',
  'almost',
  'over',
  'roughly',
  'some',
  'approximately',
  'estimated',
  'up',
  'than',
  'just',
  'only',
  'much',
  'many',
  'high',
]);
const ANCHOR_REACH_WORDS = 4;

/**
 * The stem of the nearest content word before token `at` (skipping qualifiers), within a few words, or "". Given
 * the sentence `text`, it does not reach across a dash, colon, semicolon or bracket: "SORVIK — Some 2,800 people"
 * has no anchor (a dateline would make every count of the story share one).
 */
function anchorBefore(tokens: readonly WordToken[], at: number, text?: string): string {
  const token = anchorTokenBefore(tokens, at, text);
  return token === undefined ? '' : stemWord(token.word);
}

/** The token `anchorBefore` takes the stem of. */
function anchorTokenBefore(tokens: readonly WordToken[], at: number, text?: string): WordToken | undefined {
  for (let index = at - 1; index >= 0 && index >= at - ANCHOR_REACH_WORDS; index--) {
    const token = tokens[index];
    const word = token?.word ?? '';
    const next = tokens[index + 1];
    if (text !== undefined && token !== undefined && next !== undefined) {
      if (/[—–:;()]|\s-\s/.test(text.slice(token.end, next.start))) return undefined;
    }
    if (/\d/.test(word)) return undefined;
    if (isStopword(word) || QUALIFIERS.has(word)) continue;
    return token;
  }
  return undefined;
}

/**
 * The scale a range gives its first figure: "$140 and $150 million", "$140- $150 million", "between 2 and 3
 * billion" (the first figure is 140 million, not 140). Undefined when no scaled figure follows as the range's end.
 */
function rangeScale(tokens: readonly WordToken[], text: string, at: number): number | undefined {
  const token = tokens[at];
  let second = at + 1;
  if (token === undefined) return undefined;
  const joined = tokens[second];
  if (joined === undefined) return undefined;
  if (RANGE_JOINERS.has(joined.word)) second++;
  else if (!/^\s*[-–]\s*[$€£]?\s*$/.test(text.slice(token.end, joined.start))) return undefined;
  const end = tokens[second];
  const scale = SCALE_WORDS.get(tokens[second + 1]?.word ?? '');
  if (end === undefined || scale === undefined) return undefined;
  const first = parseNumber(token.word);
  const last = parseNumber(end.word);
  if (first === undefined || last === undefined || last < first) return undefined;
  return scale;
}

const RANGE_JOINERS = new Set(['and', 'to', 'or']);

/**
 * Words that make a count a part of a series or group, before the figure ("their last 10 games", "its next 23
 * games", "his first 11 seasons") or right after it ("three other brothers", "five more people"). On ECB+ stories
 * such counts were set against the count of the whole ("won 40 games" / "eight losses in their last 10 games").
 */
const PART_BEFORE = new Set(['last', 'next', 'first', 'past', 'previous', 'final', 'remaining', 'opening']);
const PART_AFTER = new Set(['other', 'more', 'additional', 'further', 'extra', 'older', 'younger']);
/** Words that may stand between a part word and the figure: "their last 10", "the first two". */
const PART_GAP = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);

/** The part word of the figure at token `at` (`PART_BEFORE`, `PART_AFTER`), or undefined. */
function seriesPart(tokens: readonly WordToken[], at: number): string | undefined {
  const after = tokens[at + 1]?.word ?? '';
  if (PART_AFTER.has(after)) return after;
  for (let index = at - 1; index >= 0 && index >= at - 2; index--) {
    const word = tokens[index]?.word ?? '';
    if (PART_BEFORE.has(word)) return word;
    if (!PART_GAP.has(word)) return undefined;
  }
  return undefined;
}

/** Prepositions that, right after a counted noun, say what the count is of: "seasons with the 76ers". */
const SCOPE_PREPOSITIONS = new Set(['as', 'with', 'for', 'at', 'in']);
/**
 * Prepositions of place: "12 people in Tolland" and "17 people at the Tolland market" may count one thing in a
 * place named two ways, so two such scopes never part two counts; against a scope of another kind ("11 seasons
 * in Vorland" / "three seasons as head of scouting") they do.
 */
const PLACE_SCOPES = new Set(['in', 'at']);
const SCOPE_WORDS = 2;

/**
 * The preposition right after the counted noun (`SCOPE_PREPOSITIONS`) and the stems of the next `SCOPE_WORDS`
 * content words, up to a comma or other break; undefined when no such preposition follows.
 */
function scopeAfter(tokens: readonly WordToken[], text: string, end: number): string[] | undefined {
  const from = tokens.findIndex((token) => token.start >= end);
  const preposition = tokens[from];
  if (from === -1 || preposition === undefined || !SCOPE_PREPOSITIONS.has(preposition.word)) return undefined;
  if (/[,;:.)(—–]/.test(text.slice(end, preposition.start))) return undefined;
  const scope = [preposition.word];
  let previousEnd = preposition.end;
  for (let index = from + 1; index < tokens.length && scope.length <= SCOPE_WORDS; index++) {
    const token = tokens[index] as WordToken;
    if (/[,;:.)(—–]/.test(text.slice(previousEnd, token.start))) break;
    previousEnd = token.end;
    if (isStopword(token.word)) continue;
    scope.push(stemWord(token.word));
  }
  return scope.length > 1 ? scope : undefined;
}

/**
 * Two counts of different parts or scopes of a thing: one a part of a series and the other not, or another part
 * ("last 10 games" / "won 40 games"); or both with a scope after the noun that shares no preposition or word
 * ("19 seasons with the 76ers" / "four seasons as the team's director").
 */
export function isOtherPartCount(a: Detail, b: Detail): boolean {
  if ((a.part ?? '') !== (b.part ?? '')) return true;
  if (a.scope === undefined || b.scope === undefined) return false;
  const [prepositionA, ...wordsA] = a.scope;
  const [prepositionB, ...wordsB] = b.scope;
  const placeA = PLACE_SCOPES.has(prepositionA ?? '');
  const placeB = PLACE_SCOPES.has(prepositionB ?? '');
  // "at" against "at" keeps its older reading: two scopes that share no word ("at the Rovers" / "at the Orrin
  // club") are two counts.
  if (placeA && placeB && (prepositionA === 'in' || prepositionB === 'in')) return false;
  if (placeA !== placeB) return true;
  return prepositionA !== prepositionB || !wordsA.some((word) => wordsB.includes(word));
}

const PREDICATE_REACH_WORDS = 3;

/**
 * The stem of the first content word after sentence offset `end` (stopwords skipped, at most
 * `PREDICATE_REACH_WORDS` words on), or "" when punctuation or a number comes first: "people marched", "protesters
 * have marched" -> "march".
 */
function predicateAfter(tokens: readonly WordToken[], text: string, end: number): string {
  const from = tokens.findIndex((token) => token.start >= end);
  if (from === -1) return '';
  let previousEnd = end;
  for (let index = from; index < from + PREDICATE_REACH_WORDS; index++) {
    const token = tokens[index];
    if (token === undefined || /[,;:.)(]/.test(text.slice(previousEnd, token.start))) return '';
    if (/\d/.test(token.word)) return '';
    if (!isStopword(token.word)) return stemWord(token.word);
    previousEnd = token.end;
  }
  return '';
}

/**
 * Nouns for people in a crowd, as stems: "about 3,000 people marched" and "5,000 protesters marched" count one
 * crowd, the participants named by what they are (protesters, residents, workers) or generically (people).
 * Security forces ("police", "officers", "troops") are left out on purpose: at a march they are a second group,
 * counted apart. Crowd counts under different nouns are one count only when they share the verb or anchor
 * (`find-conflicts.ts`, `sameCountedThing`).
 */
const CROWD_NOUNS = new Set(
  (
    'people person indivi protes demons marche partic reside worker employ strike suppor studen farmer villag ' +
    'citize local nurse teache parent voter ' +
    // A verdict on the same people is still a count of them: "14 layabouts hauled away" / "14 protesters
    // arrested" (the crowd family of summary/lexicons/group-nouns.ts, keep in step).
    'rioter thug looter hoolig agitat troubl layabo'
  ).split(' '),
);

/** True when a count counts people of a crowd (see `CROWD_NOUNS`). */
export function isCrowdCount(detail: Detail): boolean {
  return (detail.units ?? []).some((unit) => CROWD_NOUNS.has(unit));
}

/**
 * Crowd nouns that may name anyone: "people", or what the crowd does ("protesters", "marchers", "strikers"), so
 * that "1,200 demonstrators" and "2,500 residents" who gathered may be one crowd.
 */
const ANY_CROWD_NOUNS = new Set('people person indivi protes demons marche partic suppor strike'.split(' '));

/** Crowd nouns that name one kind of people under two words: inhabitants, staff. */
const CROWD_NOUN_KINDS: readonly ReadonlySet<string>[] = [
  new Set('reside villag citize local'.split(' ')),
  new Set('worker employ'.split(' ')),
];

/**
 * True when two crowd counts may count the same people by their nouns: one of them may name anyone ("people",
 * "protesters"), or both name one kind ("residents" / "villagers"). "2,000 residents fled" and "300 students
 * fled" count two groups, whatever the verb.
 */
export function crowdNounsAgree(a: Detail, b: Detail): boolean {
  const nounsA = (a.units ?? []).filter((unit) => CROWD_NOUNS.has(unit));
  const nounsB = (b.units ?? []).filter((unit) => CROWD_NOUNS.has(unit));
  if ([...nounsA, ...nounsB].some((noun) => ANY_CROWD_NOUNS.has(noun))) return true;
  const kindOf = (noun: string): number | string => {
    const kind = CROWD_NOUN_KINDS.findIndex((nouns) => nouns.has(noun));
    return kind === -1 ? noun : kind;
  };
  return nounsA.some((x) => nounsB.some((y) => kindOf(x) === kindOf(y)));
}

/**
 * Hours in one unit of time, as a range: months and years vary in length, so "two months" and "60 days" agree.
 * "night" is left out: "three nights" of a festival or a hotel stay is not three days.
 */
const HOURS_PER_UNIT: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['hour', [1, 1]],
  ['day', [24, 24]],
  ['week', [168, 168]],
  ['fortnight', [336, 336]],
  ['month', [28 * 24, 31 * 24]],
  ['year', [365 * 24, 366 * 24]],
]);
// "for" and the verbs of lasting introduce how long something went on; other prepositions ("in two weeks",
// "within three days", "three days later") name a point in time.
const LASTING_VERBS = new Set(['lasted', 'lasting', 'last', 'lasts', 'spanned', 'spanning']);
// "Repairs would take two weeks", "the work took a month": how long the subject needs; after "it" ("it will take
// two weeks to repair the pier"), how long the infinitive's work needs.
const TAKING_VERBS = new Set(['take', 'takes', 'took', 'taking', 'taken']);
// Subjects that stand for the infinitive after the duration: "it will take two weeks to repair".
const PLACEHOLDER_SUBJECTS = new Set(['it', 'this']);
const DETERMINERS = new Set(['the', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'a', 'every']);
// After a duration, words that make it a point in time or an age ("three days later", "two weeks ago"), a
// difference ("an hour longer") or time away ("take a week off").
const NOT_DURATION_AFTER = new Set([
  'later',
  'earlier',
  'ago',
  'before',
  'after',
  'old',
  'since',
  'late',
  'longer',
  'more',
  'off',
  'out',
]);
// "a four-day strike", "a two-week-long closure", "a week-long strike".
const DURATION_COMPOUND = /^(?:([\p{L}\d.]+)-)?(hour|day|week|fortnight|month|year)(?:-long|s)?$/u;

function hoursPerUnit(word: string): readonly [number, number] | undefined {
  return HOURS_PER_UNIT.get(word.replace(/s$/, ''));
}

/**
 * The durations of a sentence: "N-unit NOUN" (what lasted: the noun), "lasted N units" (the head of the
 * subject), "for N units" (the content word before "for": "closed for two weeks" -> "close"). Offsets are into
 * the article's text. "N days of riots" is left out: on ECB+ it counted a running event so far ("four days of
 * riots" / "8 days of riots" / "five days of riots" as the story went on), not its length.
 */
function findDurations(
  tokens: readonly WordToken[],
  text: string,
  offset: number,
  articleText: string,
): Detail[] {
  const durations: Detail[] = [];
  const push = (
    count: number,
    unit: readonly [number, number],
    at: number,
    from: number,
    to: number,
    what: WordToken | undefined,
  ): void => {
    if (what === undefined) return;
    const anchor = stemWord(what.word);
    const qualifier = qualifierBefore(tokens, at);
    const [low, high] = numberRange(count, qualifier?.kind);
    const start = offset + (qualifier?.start ?? from);
    const end = offset + to;
    durations.push({
      slot: 'duration',
      value: String(count * unit[0]),
      anchor,
      text: articleText.slice(start, end),
      start,
      end,
      low: low * unit[0],
      high: high * unit[1],
      units: [anchor],
      subject: text.slice(what.start, what.end),
    });
  };
  tokens.forEach((token, at) => {
    const compound = DURATION_COMPOUND.exec(token.word);
    if (compound !== null && token.word.includes('-')) {
      const count = compound[1] === undefined ? 1 : parseNumber(compound[1]);
      const unit = hoursPerUnit(compound[2] ?? '');
      const noun = tokens[at + 1];
      if (count === undefined || unit === undefined || noun === undefined) return;
      if (isStopword(noun.word) || /\d/.test(noun.word) || NOT_DURATION_AFTER.has(noun.word)) return;
      if (/[,;:.)(]/.test(text.slice(token.end, noun.start))) return;
      push(count, unit, at, token.start, noun.end, noun);
      return;
    }
    if (isGarbledFigure(text, token)) return;
    const fraction = fractionAt(tokens, text, at);
    const last = fraction?.last ?? at;
    const unitToken = tokens[last + 1];
    const unit = hoursPerUnit(unitToken?.word ?? '');
    if (unitToken === undefined || unit === undefined) return;
    const count =
      token.word === 'a' || token.word === 'an' ? 1 : (fraction?.value ?? parseNumber(token.word));
    if (count === undefined) return;
    const after = tokens[last + 2];
    if (NOT_DURATION_AFTER.has(after?.word ?? '')) return;
    let before = at - 1;
    while (before >= 0 && QUALIFIERS.has(tokens[before]?.word ?? '')) before--;
    const introducer = tokens[before]?.word ?? '';
    if (introducer === 'for')
      push(count, unit, at, token.start, unitToken.end, anchorTokenBefore(tokens, before));
    // "in the last five years": "last" after a determiner is no verb.
    else if (LASTING_VERBS.has(introducer) && !DETERMINERS.has(tokens[before - 1]?.word ?? ''))
      push(count, unit, at, token.start, unitToken.end, subjectBefore(tokens, before));
    else if (TAKING_VERBS.has(introducer))
      push(count, unit, at, token.start, unitToken.end, takerOf(tokens, before, last + 2));
    else if (introducer === 'to')
      push(count, unit, at, token.start, unitToken.end, sentencingVerbBefore(tokens, before));
  });
  return durations;
}

/**
 * 8: words between "sentenced" and the "to" of its term, room for a name with its title and age ("sentenced
 * former mayor Edvin Moorcraft, 58, to six years").
 */
const SENTENCING_REACH_WORDS = 8;

/**
 * The verb of a court's sentence before the "to" at `to` ("sentenced the former mayor to six years"), or
 * undefined: other words before "to" and a length ("rose to three days", "cut to two weeks") time nothing.
 */
function sentencingVerbBefore(tokens: readonly WordToken[], to: number): WordToken | undefined {
  for (let index = to - 1; index >= 0 && index >= to - SENTENCING_REACH_WORDS; index--) {
    const token = tokens[index];
    if (token !== undefined && /^sentenc/.test(token.word)) return token;
  }
  return undefined;
}

const SUBJECT_REACH_WORDS = 8;
/** Words before "to" and a verb that say how likely it is, not who does it: "expected to last", "due to take". */
const RAISING_WORDS = new Set(
  'expected likely unlikely set due going scheduled estimated predicted projected forecast anticipated bound supposed thought believed sure certain able'.split(
    ' ',
  ),
);
// "to" as in "repairs to the pier", "the visit to Harwick": the head comes before it.
const PREPOSITIONS = new Set([
  'at',
  'in',
  'on',
  'of',
  'near',
  'by',
  'over',
  'from',
  'for',
  'with',
  'across',
  'to',
]);

/**
 * What a duration after "take" times: the subject's head ("Repairs to the pier would take two weeks" ->
 * "Repairs"), or after a placeholder subject the verb of the infinitive after the duration ("It will take two
 * weeks to repair the pier" -> "repair"); undefined when neither is there ("It took a week.").
 *
 * @param verb the token of "take"; `after` the token after the duration
 */
function takerOf(tokens: readonly WordToken[], verb: number, after: number): WordToken | undefined {
  // "would take 12 days to fix": the work the infinitive names is what is timed, whatever the subject.
  const infinitive = tokens[after + 1];
  if (tokens[after]?.word === 'to' && infinitive !== undefined && !isStopword(infinitive.word))
    return infinitive;
  let index = verb - 1;
  while (index >= 0 && isStopword(tokens[index]?.word ?? '')) {
    if (PLACEHOLDER_SUBJECTS.has(tokens[index]?.word ?? '')) return undefined;
    index--;
  }
  return subjectBefore(tokens, verb);
}

/**
 * The head noun of the subject before the verb at `verb`: the last content word of the noun phrase, past
 * a prepositional phrase ("The strike at the docks lasted" -> "strike", "The dock strike lasted" -> "strike").
 */
function subjectBefore(tokens: readonly WordToken[], verb: number): WordToken | undefined {
  let head: WordToken | undefined;
  // A word between the head and a content word before it: then that word is no modifier of the head.
  let gap = false;
  // "The repairs are (initially) expected to take": the subject stands before the raising word and its adverbs.
  // "expect the strike to last": the subject right before "to".
  let last = verb - 1;
  if (tokens[last]?.word === 'to') {
    last--;
    if (RAISING_WORDS.has(tokens[last]?.word ?? '')) last--;
    while (/ly$/.test(tokens[last]?.word ?? '')) last--;
  }
  for (let index = last; index >= 0 && index >= verb - SUBJECT_REACH_WORDS; index--) {
    const token = tokens[index];
    if (token === undefined || /\d/.test(token.word)) break;
    if (PREPOSITIONS.has(token.word)) {
      head = undefined;
      gap = false;
      continue;
    }
    if (isStopword(token.word)) {
      gap = head !== undefined;
      continue;
    }
    // "the Oster pier in Harwick": "Oster" modifies "pier"; a preposition before it may still come.
    if (head !== undefined && gap) break;
    head ??= token;
  }
  return head;
}

/** A place's anchor: its preposition and the content word before that ("in shelter"). */
function placeAnchor(tokens: readonly WordToken[], at: number, preposition: string): string {
  const before = anchorBefore(tokens, at - 1);
  return before === '' ? '' : `${preposition} ${before}`;
}

/** Vulgar fractions as written in news copy ("4½ years", "¾ mile"). */
const VULGAR_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['¼', 1 / 4],
  ['½', 1 / 2],
  ['¾', 3 / 4],
  ['⅓', 1 / 3],
  ['⅔', 2 / 3],
  ['⅛', 1 / 8],
  ['⅜', 3 / 8],
  ['⅝', 5 / 8],
  ['⅞', 7 / 8],
]);
const VULGAR_FIGURE = /^(\d*)\s?([¼½¾⅓⅔⅛⅜⅝⅞])/u;
// "4 1/2", "1/2": a whole number and a proper fraction written with a slash (not "24/7", not a date "9/11").
const SLASH_FIGURE = /^(?:(\d{1,4})\s)?([1-9])\/([2-9]|1[0-6])(?![\d/])/;

/**
 * The figure with a fraction that starts at token `at` ("4½", "4 ½", "4 1/2", "½", "3/4"): its value and the
 * index of its last token; undefined when the token starts no such figure. NFKD folding turns "4½" into
 * "41⁄2", and a slash splits "4 1/2" into three tokens, so the figure is read from the text as written.
 */
function fractionAt(
  tokens: readonly WordToken[],
  text: string,
  at: number,
): { value: number; last: number } | undefined {
  const token = tokens[at];
  if (token === undefined) return undefined;
  const rest = text.slice(token.start);
  let whole: number;
  let part: number;
  let end: number;
  const vulgar = VULGAR_FIGURE.exec(rest);
  const slash = vulgar === null ? SLASH_FIGURE.exec(rest) : null;
  if (vulgar !== null) {
    whole = vulgar[1] === '' || vulgar[1] === undefined ? 0 : Number(vulgar[1]);
    part = VULGAR_FRACTIONS.get(vulgar[2] ?? '') ?? 0;
    end = token.start + vulgar[0].length;
  } else if (slash !== null) {
    const numerator = Number(slash[2]);
    const denominator = Number(slash[3]);
    if (numerator >= denominator) return undefined;
    whole = slash[1] === undefined ? 0 : Number(slash[1]);
    part = numerator / denominator;
    end = token.start + slash[0].length;
  } else {
    return undefined;
  }
  let last = at;
  while ((tokens[last + 1]?.start ?? Infinity) < end) last++;
  return { value: whole + part, last };
}

/**
 * True when a character lost in transcoding (U+FFFD) touches the figure: "served 4\uFFFD months" had "4½", and
 * "\uFFFD40" may have had "£40"; the figure as read would be wrong.
 */
function isGarbledFigure(text: string, token: WordToken): boolean {
  return /\d/.test(token.word) && (text[token.end] === '\uFFFD' || text[token.start - 1] === '\uFFFD');
}

/**
 * Words before a figure that make it a reading on a scale or the name of one of a series, not a count: "a
 * magnitude 6 quake", "a Category 4 storm", "Flight 212", "Route 9", "No. 3". Two outlets' "magnitude 6" and
 * "magnitude 7" are two readings of one quake, not counts of quakes.
 */
const SCALE_LABELS = new Set(
  'magnitude category level grade stage phase flight route highway interstate channel gate platform terminal room chapter article section'.split(
    ' ',
  ),
);

function isScaleReading(tokens: readonly WordToken[], text: string, at: number): boolean {
  const before = tokens[at - 1];
  const token = tokens[at];
  if (before === undefined || token === undefined || !/^\d/.test(token.word)) return false;
  // "No. 3" with its period: not "no 12 people".
  if (before.word === 'no') return /^\.\s*$/.test(text.slice(before.end, token.start));
  return SCALE_LABELS.has(before.word);
}

/**
 * True when the figure follows another figure's period and a space ("magnitude 6. 2": copy run through a
 * tokenizer and back): it is the other figure's decimals, not a figure of its own.
 */
function isDecimalsAfterPoint(text: string, token: WordToken): boolean {
  return /^\d{1,2}$/.test(token.word) && /\d\. $/.test(text.slice(Math.max(0, token.start - 3), token.start));
}

function parseNumber(word: string): number | undefined {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(word) || /^\d+(\.\d+)?$/.test(word))
    return Number(word.replace(/,/g, ''));
  const compound =
    /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(
      word,
    );
  if (compound !== null)
    return (TENS.get(compound[1] ?? '') ?? 0) + (NUMBER_WORDS.get(compound[2] ?? '') ?? 0);
  return NUMBER_WORDS.get(word) ?? TENS.get(word);
}

const TENS = new Map(
  'twenty thirty forty fifty sixty seventy eighty ninety'
    .split(' ')
    .map((word, index) => [word, 20 + index * 10]),
);

type QualifierKind = 'about' | 'above' | 'floor' | 'below' | 'ceiling' | 'nearly' | 'just-over';

/**
 * Words before a number that make it a range, longest first. A reader does not see "more than 40" and "about
 * 45" as a disagreement, nor "more than 2,000" and "2,300"; "31" and "more than 40" are one.
 */
const QUALIFIER_PHRASES: readonly (readonly [string, QualifierKind])[] = [
  ['as much as', 'ceiling'],
  ['as many as', 'ceiling'],
  ['as high as', 'ceiling'],
  ['just over', 'just-over'],
  ['just under', 'nearly'],
  ['more than', 'above'],
  ['greater than', 'above'],
  ['upwards of', 'above'],
  ['at least', 'floor'],
  ['fewer than', 'below'],
  ['less than', 'below'],
  ['up to', 'ceiling'],
  ['an estimated', 'about'],
  ['about', 'about'],
  ['around', 'about'],
  ['roughly', 'about'],
  ['approximately', 'about'],
  ['some', 'about'],
  ['almost', 'nearly'],
  ['nearly', 'nearly'],
  ['over', 'above'],
  ['under', 'below'],
];

/** The qualifier right before token `at`, with where it starts in the sentence. */
function qualifierBefore(
  tokens: readonly WordToken[],
  at: number,
): { kind: QualifierKind; start: number } | undefined {
  for (const [phrase, kind] of QUALIFIER_PHRASES) {
    const words = phrase.split(' ');
    const first = tokens[at - words.length];
    if (first === undefined) continue;
    if (words.every((word, index) => tokens[at - words.length + index]?.word === word))
      return { kind, start: first.start };
  }
  return undefined;
}

/**
 * The range a qualified number allows. "about": 10% either side (and at least 1, so "about 30" takes 31), but no
 * more than the figure's own precision allows: "about 48,000" is given to the thousand, so it is about 48,000
 * give or take a twentieth (45,600 to 50,400), not anything from 43,200 to 52,800; "nearly": up to 15% below;
 * "just over": up to 15% above; a ceiling ("as much as 11 million", "up to 300") names the high end the thing may
 * reach, so it allows the tenth below it (`BOUND_SLACK`): "will cost 9 million" against "could cost as much as 11
 * million" is another estimate and shows as a dispute, "10.5 million" is not. "fewer than 300" only caps the
 * figure and allows anything below.
 */
function numberRange(value: number, kind: QualifierKind | undefined): [number, number] {
  const slack = Math.max(1, Math.min(value * 0.1, Math.max(lastDigitUnit(value), value * 0.05)));
  switch (kind) {
    case 'about':
      return [value - slack, value + slack];
    case 'above':
    case 'floor':
      return [value, Infinity];
    case 'below':
      return [0, value];
    case 'ceiling':
      return [value * (1 - BOUND_SLACK), value];
    case 'nearly':
      return [value * 0.85, value];
    case 'just-over':
      return [value, value * 1.15];
    default:
      return [value, value];
  }
}

/** The place value of a number's last non-zero digit: 1,000 for 48,000, 10 for 30, 0.1 for 1.4. */
function lastDigitUnit(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 1;
  if (!Number.isInteger(value)) return 10 ** -Math.min(6, (String(value).split('.')[1] ?? '').length);
  let unit = 1;
  while (value % (unit * 10) === 0) unit *= 10;
  return unit;
}

/**
 * True when two numbers can both be right: their ranges overlap (plain numbers: equal; two rounded figures: one
 * within the other's rounding). A floor ("at least 4 people have died") is the count so far and agrees with any
 * figure that reaches it, another outlet's larger floor included ("at least 11 people"): an early report's
 * floor is not a disagreement with a later, fuller count (on ECB+, two reports of one quake's dead, an early
 * floor of three and a later one of ten, were the last such false alarm). Two other bounds on the same side ("more than 3,000" / "more than 5,000"
 * marched) overlap without agreeing: each is the estimate its outlet stands by, so they agree only when the
 * figures are within `BOUND_SLACK` of each other.
 */
export function numbersAgree(a: Detail, b: Detail): boolean {
  const lowA = a.low ?? Number(a.value);
  const highA = a.high ?? Number(a.value);
  const lowB = b.low ?? Number(b.value);
  const highB = b.high ?? Number(b.value);
  if (a.floor === true || b.floor === true) return lowA <= highB && lowB <= highA;
  const bothAbove = highA === Infinity && highB === Infinity;
  const bothBelow = lowA === 0 && lowB === 0 && highA > 0 && highB > 0;
  if (bothAbove || bothBelow) {
    const valueA = Number(a.value);
    const valueB = Number(b.value);
    return Math.abs(valueA - valueB) <= Math.max(1, BOUND_SLACK * Math.max(valueA, valueB));
  }
  // Two rounded figures ("about 8,000" / "around 9,500") agree when one lies within the other's rounding, not
  // whenever their roundings touch: overlap alone would let figures nearly 20% apart agree.
  const roundedA = lowA < highA && highA !== Infinity;
  const roundedB = lowB < highB && highB !== Infinity;
  if (roundedA && roundedB) {
    const valueA = Number(a.value);
    const valueB = Number(b.value);
    return (lowB <= valueA && valueA <= highB) || (lowA <= valueB && valueB <= highA);
  }
  return lowA <= highB && lowB <= highA;
}

/** 0.1: two bounds this close ("more than 3,000" / "more than 3,200") are one figure, as "about" allows. */
const BOUND_SLACK = 0.1;

// Count nouns that name one thing in news copy, folded to one stem so "31 ships" meets "30 vessels".
const UNIT_SYNONYMS = new Map([
  ['vessel', 'ship'],
  ['boat', 'ship'],
  ['fissur', 'crack'],
  ['employ', 'worker'],
  ['staff', 'worker'],
  ['person', 'people'],
]);

function canonicalUnit(stem: string): string {
  return UNIT_SYNONYMS.get(stem) ?? stem;
}

/** Adverbs and words that open the phrase of a serious-injury count rather than name who is counted. */
const SERIOUS_OPENERS = new Set(['with', 'seriously', 'severely', 'critically', 'badly', 'gravely']);

/**
 * The detail of a count of the seriously injured (`isSeriousInjuryCount`): its text is the number and the noun
 * after it, if one comes first ("Three people" were taken to hospital with serious injuries; "two" seriously).
 *
 * @param offset the sentence's start in the article; `at` the number's token; `next` the token after it
 */
function seriousInjuryCount(
  tokens: readonly WordToken[],
  text: string,
  offset: number,
  at: number,
  next: number,
  count: { value: number; from: number; low: number; high: number; floor: boolean },
): Detail {
  let noun = next;
  while (UNIT_SKIP.has(tokens[noun]?.word ?? '')) noun++;
  const unit = tokens[noun];
  const named =
    unit !== undefined &&
    !isStopword(unit.word) &&
    !SERIOUS_OPENERS.has(unit.word) &&
    !/[,;:.)(]/.test(text.slice(tokens[noun - 1]?.end ?? 0, unit.start));
  const end = offset + (named ? unit.end : ((tokens[next - 1] ?? tokens[at])?.end ?? 0));
  return {
    event: eventGroupOf(stemWord('injured')),
    anchor: anchorBefore(tokens, at, text),
    predicate: '',
    slot: `number:${SERIOUS_INJURY_UNIT}`,
    value: String(count.value),
    text: text.slice(count.from - offset, end - offset),
    start: count.from,
    end,
    low: count.low,
    high: count.high,
    ...(count.floor ? { floor: true } : {}),
    units: [SERIOUS_INJURY_UNIT],
  };
}

/**
 * "the number of people injured ... has risen to 27": the counted noun named before a bare number, and where the
 * words saying what happened to them begin in the sentence. A death toll ("the death toll has risen to 17")
 * counts people, dead: those words begin at "death".
 */
function countedBefore(tokens: readonly WordToken[], at: number): { unit: string; end: number } | undefined {
  for (let index = at - 1; index >= 1; index--) {
    const previous = tokens[index - 1] as WordToken;
    if (tokens[index]?.word === 'toll' && previous.word === 'death')
      return { unit: 'people', end: previous.start };
    if (tokens[index]?.word === 'of' && previous.word === 'number') {
      const noun = tokens[index + 1];
      return noun === undefined || isStopword(noun.word)
        ? undefined
        : { unit: canonicalUnit(stemWord(noun.word)), end: noun.end };
    }
  }
  return undefined;
}

/** The weekday (lower case) of an ISO date, for comparing "2026-11-17" with "Tuesday". */
export function weekdayOf(iso: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (match === null) return undefined;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).getUTCDay();
  return WEEKDAYS[day];
}

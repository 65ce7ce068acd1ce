import {
  claimedSides,
  FIGURE,
  FIGURE_MIN,
  figureOf,
  latestFigureSide,
  sentenceKeyOf,
} from '../compare/index.js';

export { claimantOf } from '../compare/index.js';
import type { Article, Citation, CitedText, Conflict } from '../model/index.js';

/**
 * Conflicts the summary reports: details where outlets give different numbers or titles. Dates are left out
 * because compare names them only as "day or date", which says too little out of context.
 */
const REPORTED_KINDS = new Set<Conflict['kind']>(['number', 'title']);

/**
 * True when the later side reports a change since the earlier one ("has risen to 27" a day after "23 injured"):
 * both figures were right when written, so the summary tells them in time order instead of as a dispute.
 */
function isUpdate(conflict: Conflict, articles: ReadonlyMap<string, Article>): boolean {
  return latestFigureSide(conflict, articles) !== undefined;
}

/** Every figure written in digits in a text. */
function figuresIn(text: string): Set<number> {
  return new Set([...text.matchAll(FIGURE)].map((match) => Number(match[0].replace(/,/g, ''))));
}

/**
 * True when every article on every side of a number conflict gives every side's figure: the outlets agree and
 * report a disagreement between their sources ("Organisers said 5,000; police said 1,200"), which compare sided by
 * the figure each aligned sentence happened to give. Reporting it as the outlets' dispute would credit each outlet
 * with one count only, and dropping the figure would empty the sentence ("Organisers said people took part").
 * Only figures of FIGURE_MIN and above count, written in digits; anything else stays a dispute.
 */
function isToldByEverySide(conflict: Conflict, articles: ReadonlyMap<string, Article>): boolean {
  if (conflict.kind !== 'number') return false;
  const figures = conflict.sides.map((side) => figureOf(side.value));
  if (figures.some((figure) => figure === undefined || figure < FIGURE_MIN)) return false;
  // Sides that give one figure differ in what it means ("20 percent higher risk" / "a 20 percent chance"), not in
  // the figure: every article giving it says nothing of the outlets agreeing.
  if (new Set(figures).size < 2) return false;
  const ids = new Set(conflict.sides.flatMap((side) => side.articles));
  for (const id of ids) {
    const article = articles.get(id);
    if (article === undefined) return false;
    const given = figuresIn(article.text);
    if (figures.some((figure) => !given.has(figure as number))) return false;
  }
  return true;
}

/**
 * The sentences ("article id\u0000sentence index") that give every side's figure of a conflict every outlet tells
 * (see `isToldByEverySide`): "Organisers counted 8,000; police said 2,500". Of the wordings of one fact, such a
 * sentence tells the disagreement between the sources; one that gives one source's count tells half of it.
 */
export function sentencesGivingEverySide(
  conflicts: readonly Conflict[],
  articleList: readonly Article[],
): Set<string> {
  const articles = new Map(articleList.map((article) => [article.id, article]));
  const keys = new Set<string>();
  for (const conflict of conflicts) {
    if (!isToldByEverySide(conflict, articles)) continue;
    const figures = conflict.sides.map((side) => figureOf(side.value) as number);
    for (const id of new Set(conflict.sides.flatMap((side) => side.articles))) {
      const article = articles.get(id);
      article?.sentences.forEach((sentence, index) => {
        const given = figuresIn(article.text.slice(sentence.start, sentence.end));
        if (figures.every((figure) => given.has(figure))) keys.add(`${id}\u0000${index}`);
      });
    }
  }
  return keys;
}

/**
 * For the number updates over time among `conflicts` (see `isUpdate`): the side of each that reports the change,
 * the latest figure, keyed by its conflict.
 */
export function updatedSides(
  conflicts: readonly Conflict[],
  articleList: readonly Article[],
): Map<Conflict, Conflict['sides'][number]> {
  const articles = new Map(articleList.map((article) => [article.id, article]));
  const updates = new Map<Conflict, Conflict['sides'][number]>();
  for (const conflict of conflicts) {
    const latest = latestFigureSide(conflict, articles);
    const side = latest === undefined ? undefined : conflict.sides[latest];
    if (side !== undefined) updates.set(conflict, side);
  }
  return updates;
}

/**
 * The conflicts the summary treats as disputes: numbers and titles the outlets disagree on, with at least two
 * sides, that are not updates over time (see `isUpdate`).
 */
export function disputedConflicts(
  conflicts: readonly Conflict[],
  articleList: readonly Article[],
): Conflict[] {
  const articles = new Map(articleList.map((article) => [article.id, article]));
  return conflicts.filter(
    (conflict) =>
      REPORTED_KINDS.has(conflict.kind) &&
      conflict.sides.length >= 2 &&
      !isUpdate(conflict, articles) &&
      !isToldByEverySide(conflict, articles),
  );
}

/** A citation's whole sentence: a conflict side cites the value's own words; the update test reads around them. */
export function sentenceTexts(articles: ReadonlyMap<string, Article>): (citation: Citation) => string {
  return (citation) => {
    const article = articles.get(citation.article);
    const span = article?.sentences[citation.sentence];
    return article && span ? article.text.slice(span.start, span.end) : '';
  };
}

/**
 * Number words and hedges that may open a value because they opened its sentence ("Seventeen cracks", "Around
 * 1,500 nurses").
 */
const NUMBER_WORD =
  /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundreds|Thousands|Dozens|Several|More|Fewer|Less|Over|Under|Up|About|Around|Roughly|Approximately|Nearly|Almost|Some|Just|Only|Exactly|An|At)\b/;

/**
 * "Seventeen cracks (17)" -> "seventeen cracks": the normalised figure compare adds is for matching, not reading,
 * and a number word written in capitals only because it began its sentence is lower-cased mid-sentence.
 */
function readable(value: string): string {
  const text = value.replace(/\s*\([^)]*\)\s*$/, '').trim();
  return NUMBER_WORD.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * Who stands on a side: the outlets by name, and the articles with no known outlet counted ("one article", "two
 * articles", "Northwind Daily and one other article"), so that two unnamed articles do not read as one.
 */
function outletsOf(articleIds: readonly string[], articles: ReadonlyMap<string, Article>): string {
  const names = [...new Set(articleIds.flatMap((id) => articles.get(id)?.outlet ?? []))];
  const unnamed = new Set(articleIds.filter((id) => articles.get(id)?.outlet === undefined)).size;
  if (unnamed > 0) {
    const count = COUNT_WORDS[unnamed] ?? String(unnamed);
    const other = names.length > 0 ? ' other' : '';
    names.push(`${count}${other} article${unnamed === 1 ? '' : 's'}`);
  }
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) as string}`;
}

/**
 * Nouns of events a day is told for: "invited both sides to talks at the ministry on Wednesday", "will host talks
 * between the two sides at her ministry today". Only to word a dispute compare found ("the day of the talks").
 */
const EVENT_NOUNS = new Set(
  (
    'talks meeting meetings vote election referendum hearing trial sentencing inquest strike walkout protest ' +
    'protests rally march summit funeral ceremony match game concert inquiry debate session visit launch opening ' +
    'conference auction race festival parade inspection recount count'
  ).split(' '),
);
/** How many words back from the day an event noun may stand, within its clause. */
const EVENT_REACH_WORDS = 8;

/** The event noun nearest before the day of one citation, within its clause, or none. */
function eventOfDay(citation: Citation, articles: ReadonlyMap<string, Article>): string | undefined {
  const text = articles.get(citation.article)?.text;
  if (text === undefined) return undefined;
  const clause =
    text
      .slice(Math.max(0, citation.start - 120), citation.start)
      .split(/[.;:!?,\n—–]/u)
      .at(-1) ?? '';
  const words = clause.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  return words
    .slice(-EVENT_REACH_WORDS)
    .reverse()
    .find((word) => EVENT_NOUNS.has(word));
}

/** The event every side's citations tell the day of ("talks"), when they all name the same one. */
function namedEventOfDay(conflict: Conflict, articles: ReadonlyMap<string, Article>): string | undefined {
  const citations = conflict.sides.flatMap((side) => side.citations);
  const events = new Set(citations.map((citation) => eventOfDay(citation, articles)));
  const [event] = events;
  return events.size === 1 && citations.length > 0 ? event : undefined;
}

/** Currencies as compare names a sum in dispute ("how many dollars", "how many crowns"). */
const CURRENCY_PLURALS = new Set(
  (
    'crowns euros dollars pounds francs kroner kronor yen yuan rupees pesos rand lira roubles rubles zloty ' +
    'shillings dinars dirhams'
  ).split(' '),
);

/** "how many people arrested", as compare words a count of people it says were arrested or injured. */
const COUNT_OF_WHAT_HAPPENED = /^how many (.+) (arrested|injured)$/;

/**
 * What a conflict is about, as the dispute sentence words it: "how many cracks", "the title of Lund", "how many
 * people were arrested", and a sum of money "the amount" (its sides give the currency: "$4.1 million (A) or $3.2
 * million (B)"; "how many dollars" asks after a count of coins). A headline, which gives no side, keeps the
 * currency: "the amount in dollars".
 */
function subjectOf(
  conflict: Conflict,
  articles: ReadonlyMap<string, Article> = new Map(),
  inHeadline = false,
): string {
  // Compare words a day in dispute "day or date"; the words before the day in every citation may name the event
  // ("the day of the talks"), else the sentence before the dispute says what happened that day.
  if (conflict.kind === 'date' && conflict.about === 'day or date') {
    const event = namedEventOfDay(conflict, articles);
    return event === undefined ? 'the day' : `the day of the ${event}`;
  }
  const currency = /^how many (\p{L}+)$/u.exec(conflict.about)?.[1];
  if (conflict.kind === 'number' && currency !== undefined && CURRENCY_PLURALS.has(currency))
    return inHeadline ? `the amount in ${currency}` : 'the amount';
  const happened = COUNT_OF_WHAT_HAPPENED.exec(conflict.about);
  if (conflict.kind === 'number' && happened !== null) return `how many ${happened[1]} were ${happened[2]}`;
  return /^(?:how|what|which|who|when|where)\b/.test(conflict.about)
    ? conflict.about
    : `the ${conflict.about}`;
}

/**
 * The sentence reporting one disagreement, every side with its outlets and citations: "Reports differ on how
 * many cracks: 14 fissures (A and B) or seventeen cracks (C)."
 */
export function reportConflict(conflict: Conflict, articleList: readonly Article[]): CitedText {
  const articles = new Map(articleList.map((article) => [article.id, article]));
  // A quotation told two ways is given in quotation marks, without its closing stop.
  const value = (text: string): string =>
    conflict.kind === 'quote' ? `“${text.replace(/[\s.,;:]+$/, '')}”` : readable(text);
  const claimed = claimedSides(conflict, articleList);
  if (claimed !== undefined) {
    const told = claimed.map(
      (side) => `${value(side.value)} according to ${side.claimant} (${outletsOf(side.articles, articles)})`,
    );
    return {
      text: `Sources differ on ${subjectOf(conflict, articles)}: ${told.join(' or ')}.`,
      citations: claimed.flatMap((side) => side.citations),
    };
  }
  const sides = conflict.sides.map((side) => `${value(side.value)} (${outletsOf(side.articles, articles)})`);
  return {
    text: `Reports differ on ${subjectOf(conflict, articles)}: ${sides.join(' or ')}.`,
    citations: conflict.sides.flatMap((side) => side.citations),
  };
}

/**
 * A headline for a story whose summary states nothing but disagreements: "Reports differ on the amount in crowns",
 * with no side's figure, since a headline cut to length could keep one side and lose the other.
 */
export function disputeHeadline(conflict: Conflict): CitedText {
  return {
    text: `Reports differ on ${subjectOf(conflict, new Map(), true)}`,
    citations: conflict.sides.flatMap((side) => side.citations),
  };
}

/**
 * Where the summary's own sentences rest on different sides of a conflict (one says 14 cracks, another 17), it
 * keeps the sentence that ranks first, drops the others on other sides, and adds one sentence that reports the
 * disagreement with every side cited ("Reports differ on how many cracks: 14 fissures (A) or seventeen cracks
 * (B)."). A conflict only one of the summary's sentences touches is reported the same way, after it, so that the
 * summary does not state a disputed detail as settled. Updates over time are not disputes (see `isUpdate`).
 *
 * @param chosen the summary sentences in rank order (best first), each with the citations it rests on
 * @returns the sentences kept (same order), the conflicts reported (at most `limit`) and their sentences
 */
export function reportConflicts<T extends { citations: readonly Citation[] }>(
  chosen: readonly T[],
  conflicts: readonly Conflict[],
  articleList: readonly Article[],
  limit = 2,
): { kept: T[]; reported: Conflict[]; reports: CitedText[] } {
  const articles = new Map(articleList.map((article) => [article.id, article]));
  let kept = [...chosen];
  const reported: Conflict[] = [];
  for (const conflict of conflicts) {
    if (reported.length >= limit) break;
    if (!REPORTED_KINDS.has(conflict.kind) || conflict.sides.length < 2) continue;
    const sideKeys = conflict.sides.map((side) => new Set(side.citations.map(sentenceKeyOf)));
    const touches = (item: T): number =>
      sideKeys.findIndex((keys) => item.citations.some((citation) => keys.has(sentenceKeyOf(citation))));
    const touching = kept.filter((item) => touches(item) >= 0);
    if (touching.length === 0 || isUpdate(conflict, articles) || isToldByEverySide(conflict, articles))
      continue;
    const first = touching[0] as T;
    const firstSide = touches(first);
    kept = kept.filter((item) => item === first || touches(item) < 0 || touches(item) === firstSide);
    reported.push(conflict);
  }
  return { kept, reported, reports: reported.map((conflict) => reportConflict(conflict, articleList)) };
}

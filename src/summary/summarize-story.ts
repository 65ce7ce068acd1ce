import { balancesQuotes, leansBack, stripDateline } from '../language/index.js';
import type { Article, Citation, CitedText, Conflict, Fact } from '../model/index.js';
import { anchorRelativeDays } from './anchor-relative-days.js';
import { attributeOutletVoice } from './attribute-outlet-voice.js';
import { compressSentence } from './compress-sentence.js';
import {
  chooseHeadlineSource,
  disputedFigures,
  dropDisputedFigures,
  figuresOf,
  sidesStated,
  supersededFigure,
  type DisputedFigure,
} from './disputed-figures.js';
import { currentHeadline, type FigureUpdate } from './current-headline.js';
import { chooseHeadline, makeHeadline, sentenceShape, type HeadlineCandidate } from './make-headline.js';
import { titleHeadline } from './title-headline.js';
import { dropDisputedTime } from './disputed-times.js';
import { isCaveat } from './is-caveat.js';
import { loadedDensity } from './loaded-density.js';
import { nameSpeakers } from './name-pronoun-speakers.js';
import { neutralizeSentence, type NeutralSentence, type RemovedLabel } from './neutralize-sentence.js';
import { disputedDates, dropDisputedDates } from './disputed-dates.js';
import { dropLoneClause } from './drop-lone-clause.js';
import {
  disputeHeadline,
  disputedConflicts,
  reportConflict,
  reportConflicts,
  sentencesGivingEverySide,
  sentenceTexts,
  updatedSides,
} from './report-conflicts.js';
import { linkSentences, rankDistinctSentences, type SimilarityGraph } from './rank-sentences.js';
import { sentencesOf } from './sentences-of.js';
import { standAloneOpening } from './stand-alone-opening.js';
import { tellsDayEvent } from './tells-day-event.js';
import {
  contentWords,
  cosine,
  countWords,
  inverseFrequencies,
  termVector,
  type TermVector,
} from './text-vectors.js';
import { conceptGain, conceptsOf, weighConcepts, type SourceText } from './weigh-concepts.js';

/** Options for `summarizeStory`. */
export interface SummaryOptions {
  /**
   * How many sentences the summary has at most, all told: facts, reported disagreements and the outlets' labels
   * sentence. When they do not all fit, the labels sentence yields first, then facts after the lead; the lead
   * fact always stays. Not set: up to 4 fact sentences, with any disagreements and the labels sentence after them.
   */
  sentences?: number;
  /** Stop adding sentences once the summary has this many words (default: no limit). */
  maxWords?: number;
  /** Add a sentence reporting epithets the outlets put before names, as their labels (default true). */
  reportLabels?: boolean;
  /** Drop asides that carry no fact of their own from borrowed sentences (`compressSentence`; default true). */
  compress?: boolean;
  /**
   * Compare's conflicts: a number or title the outlets disagree on, where the summary's sentences rest on it, is
   * reported as a disagreement instead of stated as settled (`reportConflicts`). Default: none.
   */
  conflicts?: readonly Conflict[];
}

/** The neutral summary of one story and its headline; every sentence cites the article sentences it rests on. */
export interface StorySummary {
  headline: CitedText;
  summary: CitedText[];
  /** Present only when `summary` is empty: why no sentence of the articles could be used (`whyNoSummary`). */
  note?: string;
}

const DEFAULT_SENTENCES = 4;
/**
 * Two sentences this similar say the same thing; the second is dropped. On the seed pair one quotation carried by
 * both outlets scores 0.9-1.0, while sentences that only share names stay under 0.15. Reworded reports of one
 * fact score lower (0.28-0.42 there); those are caught through fact grouping instead (`isSameFact`).
 */
const REDUNDANCY_MAX = 0.5;
/**
 * Without facts from compare, a sentence counts as support from another outlet when that outlet's most similar
 * sentence is at least this similar. On the seed pair the two lead sentences (same fact, reworded) sit at 0.28
 * while the next-best match of either is at 0.12; unrelated sentences of one story rarely pass 0.2.
 */
const SAME_FACT_MIN = 0.25;
/**
 * A summary sentence cites another article's sentence only when it is at least this similar to the wording shown
 * (`restingOn`). Lower than SAME_FACT_MIN: a fact's tellings are already grouped, and rewordings of one fact fall
 * to 0.19-0.24 (a wire's "has offered 2.1 billion euros in cash for" a release's "cash offer of €6.40 per share
 * ... valuing ... at approximately €2.1 billion"), while in the example corpus the sentences single linkage had
 * chained onto a fact scored 0.04-0.10 against the wording shown.
 */
const CITED_SIMILARITY_MIN = 0.15;
/** Sentences shorter than this are headings, datelines or fragments; longer ones are run-on lists. */
const MIN_WORDS = 6;
const MAX_WORDS = 60;
/** A sentence is usable when what is left loaded after neutralising weighs less than one full hit. */
const RESIDUAL_MAX = 1;
/**
 * Ranking: independent sources first; centrality and lead position break ties among facts with equal support.
 * The lead bonus falls as 1/(1 + sentence index): news puts the main fact first (the inverted pyramid), which is
 * why a lead baseline is hard to beat on news summarisation.
 */
const CENTRALITY_WEIGHT = 1;
const LEAD_WEIGHT = 1;
/**
 * Weight of the soft support (summed similarity of other outlets' closest sentences). Raising it from 0 to 5
 * moved ROUGE-1 on the first 600 NeuS train items only from 36.83 to 36.94: a tie-breaker, not a driver.
 */
const SUPPORT_WEIGHT = 5;
/**
 * Weight of closeness to the articles' own headlines (each editor's choice of the main point). 3 was the best of
 * 0/1/3/6/10 on the first 600 NeuS train items (ROUGE-1 37.16 -> 37.33); the val split was not used to pick it.
 */
const HEADLINE_WEIGHT = 3;

interface Row {
  article: Article;
  sentence: number;
  start: number;
  end: number;
  text: string;
  words: number;
  position: number;
  vector: TermVector;
  /** Content-word stems in order. */
  stems: string[];
  centrality: number;
  /** Similarity to the articles' own headlines taken together: how close it is to what the editors led with. */
  headline: number;
  /**
   * The sentence lies wholly inside a quotation that runs over several sentences ("... Old people, people who
   * have voted by post for years. ..."): the speaker's words with no marks or speaker of their own, which the
   * summary must not state in its own voice.
   */
  insideQuote: boolean;
}

interface Candidate {
  rows: Row[];
  sources: number;
  /** Sum over other outlets of their most similar sentence's similarity (0 for compare's facts). */
  support: number;
  /** What the candidate is about: the fact's representative wording, or the sentence itself. */
  focus: TermVector;
  score: number;
}

interface Chosen {
  candidate: Candidate;
  row: Row;
  text: string;
  removed: RemovedLabel[];
}

function outletKey(article: Article): string {
  return article.outlet?.toLowerCase() ?? `article:${article.id}`;
}

function buildRows(articles: readonly Article[]): {
  rows: Row[];
  /** The sentence similarity graph, built on first use (only selection without facts needs it). */
  graph: () => SimilarityGraph;
  idf: Map<string, number>;
} {
  const raw: Omit<Row, 'vector' | 'stems' | 'centrality' | 'headline'>[] = [];
  const words: string[][] = [];
  for (const article of articles) {
    const sentences = sentencesOf(article);
    sentences.forEach((sentence, index) => {
      const text = article.text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim();
      raw.push({
        article,
        sentence: index,
        start: sentence.start,
        end: sentence.end,
        text,
        words: countWords(text),
        position: sentences.length <= 1 ? 0 : index / (sentences.length - 1),
        insideQuote:
          opensQuotation(paragraphBefore(article, sentence)) ||
          article.quotes.some(
            (quote) =>
              quote.kind !== 'indirect' &&
              quote.content.start < sentence.start &&
              quote.content.end > sentence.end - 2,
          ),
      });
      words.push(contentWords(text));
    });
  }
  const idf = inverseFrequencies(words);
  const vectors = words.map((list) => termVector(list, idf));
  const centrality = rankDistinctSentences(vectors);
  let graph: SimilarityGraph | undefined;
  let top = Number.MIN_VALUE;
  for (const score of centrality) top = Math.max(top, score);
  const titles = termVector(contentWords(articles.map((article) => article.title ?? '').join(' ')), idf);
  const rows = raw.map((row, index) => {
    const vector = vectors[index] ?? termVector([], idf);
    return {
      ...row,
      vector,
      stems: words[index] ?? [],
      centrality: (centrality[index] ?? 0) / top,
      headline: cosine(vector, titles),
    };
  });
  return { rows, graph: () => (graph ??= linkSentences(vectors)), idf };
}

/** Candidates from compare's facts: each fact with the rows its citations point at. */
function candidatesFromFacts(
  facts: readonly Fact[],
  rows: readonly Row[],
  idf: ReadonlyMap<string, number>,
): Candidate[] {
  const byKey = new Map<string, Row>();
  for (const row of rows) byKey.set(`${row.article.id}\u0000${row.sentence}`, row);
  const candidates: Candidate[] = [];
  for (const fact of facts) {
    const factRows: Row[] = [];
    for (const citation of fact.citations) {
      const row = byKey.get(`${citation.article}\u0000${citation.sentence}`);
      if (row && !factRows.includes(row)) factRows.push(row);
    }
    if (factRows.length > 0) {
      const focus = termVector(contentWords(fact.text), idf);
      candidates.push({ rows: factRows, sources: Math.max(1, fact.sources), support: 0, focus, score: 0 });
    }
  }
  return candidates;
}

/**
 * Candidates without facts: every sentence, supported by the most similar sentence of each other outlet that says
 * the same thing (similarity >= SAME_FACT_MIN). Overlapping candidates are left to redundancy removal.
 */
function candidatesFromSentences(rows: readonly Row[], graph: SimilarityGraph): Candidate[] {
  return rows.map((row, index) => {
    const own = outletKey(row.article);
    const best = new Map<string, { row: Row; similarity: number }>();
    const closest = new Map<string, number>();
    for (const link of graph[index] ?? []) {
      const other = rows[link.node];
      if (!other) continue;
      const outlet = outletKey(other.article);
      if (outlet === own) continue;
      closest.set(outlet, Math.max(closest.get(outlet) ?? 0, link.similarity));
      if (link.similarity < SAME_FACT_MIN) continue;
      const current = best.get(outlet);
      if (!current || link.similarity > current.similarity)
        best.set(outlet, { row: other, similarity: link.similarity });
    }
    let support = 0;
    for (const similarity of closest.values()) support += similarity;
    return {
      rows: [row, ...[...best.values()].map((item) => item.row)],
      sources: best.size + 1,
      support,
      focus: row.vector,
      score: 0,
    };
  });
}

/**
 * How much an outlet's report of a fact counts when it sits in the article's last sentence rather than its lead
 * (linearly in between): the inverted pyramid puts the news first and background last. Kept mild, since a key
 * statement often sits low in a long report (the seed pair's "the notion that we are negotiating is just flat-out
 * wrong" at 75% of both articles); 0.5 let single-outlet asides near the top outrank it.
 */
const LATE_SOURCE_WEIGHT = 0.75;
/**
 * A report whose sentence dates what it says to long before the article ("The dam was built in 1961", "the last
 * stoppage, in 2019") is background, whatever its position; it counts this much.
 */
const BACKGROUND_SOURCE_WEIGHT = 0.5;
/** Dates this long before the article's publication mark background, not the news (about half a year). */
const BACKGROUND_DAYS = 180;
const DAY_MS = 86_400_000;

/** The resolved dates (ISO) the language stage found inside the sentence. */
function resolvedDatesIn(row: Row): string[] {
  const dates: string[] = [];
  for (const mention of row.article.dates)
    if (mention.resolved !== null && mention.start >= row.start && mention.end <= row.end)
      dates.push(mention.resolved);
  return dates;
}

/** True when the sentence resolves dates and every one lies long before its article's publication. */
function isBackground(row: Row): boolean {
  const published = row.article.published ? Date.parse(row.article.published) : Number.NaN;
  const times = resolvedDatesIn(row)
    .map((date) => Date.parse(date))
    .filter((time) => !Number.isNaN(time));
  if (Number.isNaN(published) || times.length === 0) return false;
  return times.every((time) => published - time >= BACKGROUND_DAYS * DAY_MS);
}

/**
 * Independent sources of a candidate, each weighed by how prominently it carries the fact (lead 1, last sentence
 * LATE_SOURCE_WEIGHT, background halved), so the number of outlets still leads but three outlets' closing
 * background does not outrank the finding two of them open with.
 */
function prominentSources(candidate: Candidate): number {
  const prominence = new Map<string, number>();
  for (const row of candidate.rows) {
    const outlet = outletKey(row.article);
    const weight =
      (1 - (1 - LATE_SOURCE_WEIGHT) * row.position) * (isBackground(row) ? BACKGROUND_SOURCE_WEIGHT : 1);
    prominence.set(outlet, Math.max(prominence.get(outlet) ?? 0, weight));
  }
  let total = 0;
  for (const weight of prominence.values()) total += weight;
  // Compare counts independent sources without copies, which may add rows under other outlets' names.
  return candidate.sources < prominence.size ? (total * candidate.sources) / prominence.size : total;
}

function scoreCandidate(candidate: Candidate): number {
  let centrality = 0;
  let lead = 0;
  let headline = 0;
  for (const row of candidate.rows) {
    centrality = Math.max(centrality, row.centrality);
    headline = Math.max(headline, row.headline);
    lead = Math.max(lead, 1 / (1 + row.sentence));
  }
  return (
    prominentSources(candidate) +
    SUPPORT_WEIGHT * candidate.support +
    CENTRALITY_WEIGHT * centrality +
    LEAD_WEIGHT * lead +
    HEADLINE_WEIGHT * headline
  );
}

/** Words that open a sentence leaning on an earlier one ("He added", "But"); such sentences read badly alone. */
const DEPENDENT_OPENING =
  /^(?:he|she|they|it|this|that|these|those|his|her|their|its|but|and|however|also|still|yet)\b/i;

/**
 * True when a sentence can stand alone in the summary: its quotation marks are balanced (the sentence splitter
 * cuts multi-sentence quotations into pieces that open or close a quote they do not contain), it does not start
 * in lower case, and it is not mostly quotation.
 */
function isSelfContained(text: string): boolean {
  if (!balancesQuotes(text)) return false;
  const singleOpening = (text.match(/(?:^|[\s(])‘/g) ?? []).length;
  const singleClosing = (text.match(/’(?!\p{L})/gu) ?? []).length;
  if (singleOpening > singleClosing) return false;
  if (/^[\p{Ll}”’]/u.test(text)) return false;
  let quoted = 0;
  let quotedWords = 0;
  for (const match of text.matchAll(/[“"]([^”"]*)[”"]/g)) {
    quoted += match[0].length;
    quotedWords += countWords(match[1] ?? '');
  }
  // A sentence that is mostly quotation is the speaker's wording; the summary states facts in its own voice,
  // except for a short quotation with its speaker named outside it ("“...,” Abrams said."): a key statement
  // that several outlets carry is reported as an attributed quote rather than left out.
  if (quoted <= text.length * 0.6) return true;
  return quotedWords <= ATTRIBUTED_QUOTE_MAX_WORDS && ATTRIBUTION.test(text.replace(/[“"][^”"]*[”"]/g, ' '));
}

/**
 * A quotation up to this long may stand in the summary as an attributed quote; longer ones are speeches, which
 * a summary should paraphrase, not borrow. 25 words is about one spoken sentence (news sentences average 20-25).
 */
const ATTRIBUTED_QUOTE_MAX_WORDS = 25;
/** A named or described speaker with a reporting verb, outside the quotation marks. */
const ATTRIBUTION =
  /(?:\p{Lu}[\p{L}\p{M}'’.-]+|\b(?:he|she|they|spokesman|spokeswoman|spokesperson|official|officials|envoy|minister|president|secretary|senator|governor|mayor))\s+(?:said|says|told|added|stated|insisted|argued|wrote|tweeted|declared|warned|replied)\b|\b(?:said|says|told|added)\s+(?:the\s+)?\p{Lu}|\baccording to\b/u;

/** The paragraph of a sentence up to the sentence's start. */
function paragraphBefore(article: Article, sentence: { start: number; paragraph: number }): string {
  return article.text.slice(article.paragraphs[sentence.paragraph]?.start ?? sentence.start, sentence.start);
}

/** True when `before` (the paragraph up to a sentence) leaves a quotation open: the sentence continues it. */
function opensQuotation(before: string): boolean {
  const opening = (before.match(/“/g) ?? []).length;
  const closing = (before.match(/”/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length;
  return opening > closing || straight % 2 === 1;
}

/** A reporting verb or "according to": the sentence gives its fact as someone's statement. */
const REPORTED =
  /\b(?:said|says|say|told|tells|reported|reports|according to|claimed|claims|alleged|alleges)\b/i;

/**
 * True when another outlet's sentence in the candidate states the fact in its own voice (no reporting verb), so
 * the chosen wording's trailing attribution may go without the summary adopting one source's claim.
 */
function isCorroborated(candidate: Candidate, row: Row): boolean {
  const own = outletKey(row.article);
  return ownVoiceOutlets(candidate).some((outlet) => outlet !== own);
}

/** Per candidate, the outlets with a sentence of it in their own voice (at most two kept: enough for the test). */
const ownVoiceCache = new WeakMap<Candidate, string[]>();

function ownVoiceOutlets(candidate: Candidate): string[] {
  let outlets = ownVoiceCache.get(candidate);
  if (outlets === undefined) {
    outlets = [];
    for (const other of candidate.rows) {
      if (REPORTED.test(other.text)) continue;
      const outlet = outletKey(other.article);
      if (!outlets.includes(outlet)) outlets.push(outlet);
      if (outlets.length === 2) break;
    }
    ownVoiceCache.set(candidate, outlets);
  }
  return outlets;
}

/**
 * Cost, in `pickWording`, of borrowing from an article whose own voice is loaded, reaching its full weight at
 * LOADED_OUTLET_DENSITY_MAX hits per 100 words. The lexicons miss much slant ("branded the affair a disgrace",
 * "demanded"), but an outlet that is loaded where they do see it likely slants its other sentences too: a fact
 * two outlets share is told in the plainer one's words. News sources average about 1.4 hits per 100 words on
 * NeuS; a tabloid's report runs to 9-17, so the full weight falls on tabloid tone only.
 */
const LOADED_OUTLET_WEIGHT = 1.5;
const LOADED_OUTLET_DENSITY_MAX = 6;

/**
 * Cost, in `pickWording`, of a wording that gives one source's count ("Organisers said 8,000") when another
 * wording of the fact gives every source's count of a disagreement the outlets all report ("Organisers counted
 * 8,000; police said 2,500"): more than all other costs together, so the one-sided wording serves only when the
 * two-sided one is unusable.
 */
const ONE_SIDED_COST = 10;

/**
 * Cost, in `pickWording` for the event put before a lead left thin (`eventBeyond`), of a wording that gives one side
 * of a disputed figure or day (a conflict cites it, and it gives not every side): the summary takes the detail out
 * ("Police arrested people when they broke up the camp"), while another outlet's telling of the fact without it
 * ("Police have cleared the protest camp ...") needs no cut. 1.5: more than the cost of a telling that shares half
 * its words with the fact's shown wording (cosine 0.5, cost 1). Not for every fact: there it moved wordings that read
 * well once cut ("Nurses walked off the job ... after talks over staffing collapsed") to others that give the same
 * kind of detail uncited ("after management walked away from talks on Sunday night").
 */
const DISPUTED_DETAIL_COST = 1.5;

/**
 * A sentence neutralised, and why it cannot open on its own when it leans on the sentence before it; `leaning` when
 * it was written leaning on it ("And the next host is ..."): the wording still costs more after the "And" goes,
 * since such a sentence is often a fragment of the one before or after it.
 */
type Wording = NeutralSentence & {
  dependent?: string;
  leaning?: boolean;
  /** `attributeOutletVoice` of the text, kept with it: a fact of a thousand copies is read again and again. */
  voiced?: ReturnType<typeof attributeOutletVoice>;
};

/** The best wording of a candidate for the summary: least loaded after neutralising, then of middling length. */
function pickWording(
  candidate: Candidate,
  neutralized = new Map<Row, Wording>(),
  compress: boolean = true,
  everySide: ReadonlySet<string> = new Set(),
  disputedRows: ReadonlySet<string> = new Set(),
): Omit<Chosen, 'candidate'> | undefined {
  let best: { row: Row; voiced: string; removed: Wording['removed']; cost: number } | undefined;
  const rowKey = (row: Row): string => `${row.article.id}\u0000${row.sentence}`;
  const twoSided = candidate.rows.some((row) => everySide.has(rowKey(row)));
  for (const row of candidate.rows) {
    if (row.words < MIN_WORDS || row.words > MAX_WORDS || row.insideQuote || !isSelfContained(row.text))
      continue;
    let neutral = neutralized.get(row);
    if (!neutral) {
      const named = nameSpeakers(row.article, row.start, row.end).replace(/\s+/g, ' ').trim();
      // A summary sentence is read apart from the one before it in its article: a leading "But" goes, a leading
      // "He" is named where the sentence before names one person, and one still pointing back is passed over.
      const plain = stripDateline(named);
      const alone = standAloneOpening(row.article, row.sentence, plain);
      neutral =
        'text' in alone
          ? { ...neutralizeSentence(alone.text), leaning: DEPENDENT_OPENING.test(plain) }
          : { ...neutralizeSentence(plain), dependent: alone.dependent };
      // Neutralising may take out an opening clause around a loaded word ("While the board claims ..., it
      // appears"), leaving the pronoun it named first.
      if (neutral.dependent === undefined && leansBack(neutral.text))
        neutral = { ...neutral, dependent: 'opens on a pronoun once its opening clause is taken out' };
      neutralized.set(row, neutral);
    }
    if (neutral.dependent !== undefined) continue;
    if (neutral.residual >= RESIDUAL_MAX || neutral.text === '') continue;
    // An outlet speaking of itself ("The Herald has learned", "our reporters") is attributed to it by name, or
    // left out when that cannot be done: the summary does not adopt one outlet's voice.
    let voiced = neutral.voiced;
    if (voiced === undefined) {
      voiced = attributeOutletVoice(neutral.text, row.article.outlet);
      neutralized.set(row, { ...neutral, voiced });
    }
    if (voiced.text === '') continue;
    // Prefer the wording closest to what the fact is about, needing no edits and standing alone, then about 25
    // words (a typical news sentence), then earlier in the article; another outlet's plain wording of the same
    // fact beats an attributed one. The position counts twice: a fact is shown in its first article's wording,
    // which may be a one-line aside at that article's end ("The hospital said talks collapsed") aligned with
    // two outlets' leads, and those leads tell it better (NeuS val ROUGE-1 38.21 -> 38.26, examples unchanged).
    const cost =
      2 * (1 - cosine(row.vector, candidate.focus)) +
      neutral.residual * 2 +
      neutral.edits * 0.5 +
      (voiced.selfReference ? 1 : 0) +
      (neutral.leaning === true ? 1 : 0) +
      Math.abs(row.words - 25) / 25 +
      2 * row.position +
      LOADED_OUTLET_WEIGHT * Math.min(1, loadedDensity(row.article) / LOADED_OUTLET_DENSITY_MAX) +
      (twoSided && !everySide.has(rowKey(row)) ? ONE_SIDED_COST : 0) +
      (disputedRows.has(rowKey(row)) ? DISPUTED_DETAIL_COST : 0);
    if (!best || cost < best.cost) best = { row, voiced: voiced.text, removed: neutral.removed, cost };
  }
  if (!best) return undefined;
  // Only the wording chosen is compressed (a fact of a thousand copies has a thousand wordings to weigh).
  const compressed = compress
    ? compressSentence(best.voiced, { corroborated: isCorroborated(candidate, best.row) }).text
    : best.voiced;
  // An opening clause taken out may leave a pronoun it named ("While Vell said ..., it appears"): then the
  // sentence stays whole.
  const text = leansBack(compressed) ? best.voiced : compressed;
  return { row: best.row, text, removed: best.removed };
}

/** The earliest resolved date the language stage found inside the sentence (ISO, so strings sort by time). */
function dateOf(row: Row): string | undefined {
  const dates = resolvedDatesIn(row);
  return dates.length === 0 ? undefined : dates.reduce((a, b) => (b < a ? b : a));
}

/**
 * Orders the sentences after the lead: by the order the articles tell them in (news narrates roughly in time
 * order), then the sentences that carry a resolved date are put in date order among the places they hold, so
 * an explicit date always wins over narrative position without breaking the order of undated sentences.
 */
function inTimeOrder(items: readonly Chosen[]): Chosen[] {
  const ordered = [...items].sort((a, b) => a.row.position - b.row.position);
  const slots: number[] = [];
  const dated: { item: Chosen; date: string }[] = [];
  ordered.forEach((item, index) => {
    const date = dateOf(item.row);
    if (date === undefined) return;
    slots.push(index);
    dated.push({ item, date });
  });
  dated.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  slots.forEach((slot, index) => {
    const entry = dated[index];
    if (entry) ordered[slot] = entry.item;
  });
  return ordered;
}

/**
 * True when `other` gives a figure of something `chosen` also counts and never the chosen sentence's figure for it
 * ("puts the cost at 9 million crowns" for "could cost as much as 11 million crowns"): it does not support the
 * chosen wording, whether or not compare called the two figures a conflict.
 */
function givesOtherFigure(own: ReadonlyMap<string, number[]>, other: Row): boolean {
  if (own.size === 0) return false;
  for (const [noun, values] of figuresOf(other.text)) {
    const mine = own.get(noun);
    if (mine !== undefined && !values.some((value) => mine.includes(value))) return true;
  }
  return false;
}

/**
 * The article sentences a summary sentence rests on: the chosen one first, then one per other article of the
 * candidate, leaving out those that give another figure of something `text` counts (`givesOtherFigure`). `text`
 * is the wording as stated, the chosen sentence's by default: once a disputed figure is dropped from it ("gives
 * drivers a raise"), a sentence that gave the other side's figure tells what is left as well and is cited too.
 */
function citationsOf(candidate: Candidate, chosen: Row, text: string = chosen.text): Citation[] {
  const seen = new Set<string>();
  const citations: Citation[] = [];
  const own = figuresOf(text);
  for (const row of [chosen, ...candidate.rows]) {
    if (seen.has(row.article.id)) continue;
    if (row !== chosen && givesOtherFigure(own, row)) continue;
    seen.add(row.article.id);
    citations.push({ article: row.article.id, sentence: row.sentence, start: row.start, end: row.end });
  }
  return citations;
}

/**
 * A summary sentence's citations cut to the sentences it rests on: the chosen sentence, and another article's
 * sentence only when it is at least `CITED_SIMILARITY_MIN` similar to the wording shown. A fact's sentences need not
 * all say one thing (alignment may join a sentence to a fact through some of its tellings only), and compressing
 * may take out the clause another telling shares; a sentence that does not say what the reader sees is not cited
 * for it. Citations of no row of the candidate are kept.
 */
function restingOn(
  citations: readonly Citation[],
  item: Omit<Chosen, 'removed'>,
  shown: string,
  idf: ReadonlyMap<string, number>,
): Citation[] {
  const vector = termVector(contentWords(shown), idf);
  return citations.filter((citation) => {
    const row = item.candidate.rows.find(
      (candidate) => candidate.article.id === citation.article && candidate.sentence === citation.sentence,
    );
    return row === undefined || row === item.row || cosine(vector, row.vector) >= CITED_SIMILARITY_MIN;
  });
}

/**
 * True when a candidate repeats a chosen fact: its wording is very similar to the chosen wording, or the chosen
 * sentence is one of the candidate's own supporting sentences (or the reverse), which grouping already judged to
 * report the same thing.
 */
function isSameFact(chosen: Chosen, candidate: Candidate, row: Row): boolean {
  if (cosine(chosen.row.vector, row.vector) >= REDUNDANCY_MAX) return true;
  return candidate.rows.includes(chosen.row) || chosen.candidate.rows.includes(row);
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** One sentence reporting the epithets outlets put before names the summary mentions, as their labels. */
function labelsSentence(
  chosen: readonly Chosen[],
  rows: readonly Row[],
  neutralized: Map<Row, NeutralSentence>,
): CitedText | undefined {
  const written = chosen.map((item) => item.text).join(' ');
  const summaryText = fold(written);
  // The summary's own spelling of each name word ("Tomás" where one outlet wrote "Tomas"): one name, one spelling.
  const spelling = new Map<string, string>();
  for (const [word] of written.matchAll(/\p{Lu}[\p{L}\p{M}'’-]*/gu)) spelling.set(fold(word), word);
  const spelled = (name: string): string =>
    name
      .split(/\s+/)
      .map((word) => spelling.get(fold(word)) ?? word)
      .join(' ');
  const seen = new Set<string>();
  const parts: string[] = [];
  const citations: Citation[] = [];
  for (const row of rows) {
    let neutral = neutralized.get(row);
    if (!neutral) {
      neutral = neutralizeSentence(stripDateline(row.text));
      neutralized.set(row, neutral);
    }
    for (const removed of neutral.removed) {
      const surname = fold(removed.name.split(/\s+/).at(-1) ?? removed.name);
      const key = `${outletKey(row.article)}\u0000${surname}\u0000${removed.label.toLowerCase()}`;
      if (seen.has(key) || !summaryText.includes(surname)) continue;
      seen.add(key);
      const outlet = row.article.outlet ?? 'One article';
      const label = removed.label.toLowerCase();
      const article = /^[aeiou]/.test(label) ? 'an' : 'a';
      parts.push(`${outlet} called ${spelled(removed.name)} ${article} "${label}"`);
      citations.push({ article: row.article.id, sentence: row.sentence, start: row.start, end: row.end });
      if (parts.length === 2) break;
    }
    if (parts.length === 2) break;
  }
  if (parts.length === 0) return undefined;
  return { text: `${parts.join('; ')}.`, citations };
}

/** Compare's facts in rank order (independent sources first), skipping ones that repeat a chosen fact. */
function chooseByRank(
  candidates: Candidate[],
  limit: number,
  maxWords: number,
  compress: boolean,
  everySide: ReadonlySet<string>,
): Chosen[] {
  for (const candidate of candidates) candidate.score = scoreCandidate(candidate);
  candidates.sort((a, b) => b.score - a.score);
  const chosen: Chosen[] = [];
  let words = 0;
  // A row's wording does not depend on the fact it is weighed for, so it is worked out once for all facts.
  const neutralized = new Map<Row, Wording>();
  for (const candidate of candidates) {
    if (chosen.length >= limit || words >= maxWords) break;
    const wording = pickWording(candidate, neutralized, compress, everySide);
    if (!wording) continue;
    if (chosen.some((item) => isSameFact(item, candidate, wording.row))) continue;
    chosen.push({ candidate, ...wording });
    words += countWords(wording.text);
  }
  return withFirstReportLead(chosen);
}

/**
 * Weight, beside a chosen fact's rank score, of carrying the lead of a first-day article (1/(1 + sentence index)),
 * when the story was told over several days: the summary then opens on the event ("A fire tore through a
 * warehouse") rather than on a next-day follow-up that happened to rank first ("The firm said it had lost three
 * months of cloth"). Only the opening changes; which facts are in the summary does not. 1 on the example corpus
 * put the event first in the two stories that opened on a follow-up or an aside, and changed no other opening.
 */
const FIRST_REPORT_LEAD_WEIGHT = 1;

function withFirstReportLead(chosen: Chosen[]): Chosen[] {
  const days = chosen
    .flatMap((item) => item.candidate.rows.map((row) => row.article.published?.slice(0, 10)))
    .filter((day): day is string => day !== undefined)
    .sort();
  const firstDay = days[0];
  if (firstDay === undefined || firstDay === days.at(-1)) return chosen;
  const openingScore = (item: Chosen): number => {
    let first = 0;
    for (const row of item.candidate.rows)
      if (row.article.published?.slice(0, 10) === firstDay) first = Math.max(first, 1 / (1 + row.sentence));
    return item.candidate.score + FIRST_REPORT_LEAD_WEIGHT * first;
  };
  let best = 0;
  chosen.forEach((item, index) => {
    if (openingScore(item) > openingScore(chosen[best] as Chosen)) best = index;
  });
  return best === 0 ? chosen : [chosen[best] as Chosen, ...chosen.filter((_, index) => index !== best)];
}

/**
 * Longer sentences carry more concepts; the gain is divided by length to this power so a long sentence has to
 * add more to win. 0.3 was the best of 0/0.3/0.5/0.7/1 on NeuS train (1 favours fragments, 0 run-ons); val not used.
 */
const LENGTH_EXPONENT = 0.3;
/**
 * Weight of the lead bonus 1/(1 + sentence index) beside the concept gain (gains are sums of source counts,
 * typically 10-40 for a first pick): a tie-breaker toward the inverted pyramid. 1 vs 0 on NeuS train: +0.1.
 */
const COVERAGE_LEAD_WEIGHT = 1;
/**
 * Weight of closeness to the articles' own headlines beside the concept gain. NeuS train ROUGE-1 with 0/3/8:
 * 39.01/39.13/39.13; LexRank centrality as a further term (2 or 5) gave +0.05 to +0.09 and is left out.
 */
const COVERAGE_HEADLINE_WEIGHT = 3;

/**
 * Neutralising rarely takes more than this share of a sentence's words; the optimistic score of a raw sentence
 * assumes its wording may be this much shorter, so that it stays an upper bound in practice.
 */
const NEUTRALIZED_WORDS_MIN_SHARE = 0.7;

interface CoverageOption {
  candidate: Candidate;
  bound: number;
  used?: boolean;
  /** The usable wording and its concepts once computed; null when the candidate has none. */
  exact?: { wording: Omit<Chosen, 'candidate'>; concepts: string[]; words: number } | null;
}

function scoreOption(gain: number, words: number, row: Row): number {
  return (
    gain / Math.pow(Math.max(1, words), LENGTH_EXPONENT) +
    COVERAGE_LEAD_WEIGHT / (1 + row.sentence) +
    COVERAGE_HEADLINE_WEIGHT * row.headline
  );
}

function evaluateOption(
  option: CoverageOption,
  neutralized: Map<Row, Wording>,
  compress: boolean,
  everySide: ReadonlySet<string>,
) {
  if (option.exact === undefined) {
    const wording = pickWording(option.candidate, neutralized, compress, everySide);
    option.exact = wording
      ? { wording, concepts: conceptsOf(contentWords(wording.text)), words: countWords(wording.text) }
      : null;
  }
  return option.exact;
}

/**
 * Without facts: greedy concept coverage. Each step takes the sentence whose usable wording adds the most
 * not-yet-covered concepts that several outlets share (per word, softened), so the summary covers the points
 * the sources agree on, each once, instead of the most central sentence and its near-paraphrases.
 */
function chooseByCoverage(
  articles: readonly Article[],
  rows: readonly Row[],
  candidates: readonly Candidate[],
  limit: number,
  maxWords: number,
  neutralized: Map<Row, Wording>,
  compress: boolean,
  everySide: ReadonlySet<string>,
): Chosen[] {
  const texts: SourceText[] = rows.map((row) => ({ source: outletKey(row.article), words: row.stems }));
  for (const article of articles)
    if (article.title) texts.push({ source: outletKey(article), words: contentWords(article.title) });
  const weights = weighConcepts(texts);
  const rowConcepts = new Map<Row, string[]>(rows.map((row) => [row, conceptsOf(row.stems)]));
  const options: CoverageOption[] = candidates.map((candidate) => ({ candidate, bound: 0 }));
  const covered = new Set<string>();
  const chosen: Chosen[] = [];
  let words = 0;
  while (chosen.length < limit && words < maxWords) {
    // Lazy greedy: an optimistic score from the raw sentences orders the candidates, and only those that could
    // still beat the best exact score are neutralised and scored exactly (a 50-article story has over a
    // thousand candidates; neutralising them all took most of the summary's time).
    const optimistic = new Map<Row, number>();
    for (const row of rows) {
      const gain = conceptGain(rowConcepts.get(row) ?? [], weights, covered);
      optimistic.set(row, scoreOption(gain, row.words * NEUTRALIZED_WORDS_MIN_SHARE, row));
    }
    for (const option of options) {
      option.bound = Number.NEGATIVE_INFINITY;
      for (const row of option.candidate.rows)
        option.bound = Math.max(option.bound, optimistic.get(row) ?? 0);
    }
    const order = options.filter((option) => !option.used).sort((a, b) => b.bound - a.bound);
    let best: CoverageOption | undefined;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const option of order) {
      if (option.bound <= bestScore) break;
      const exact = evaluateOption(option, neutralized, compress, everySide);
      if (!exact) continue;
      if (chosen.some((item) => cosine(item.row.vector, exact.wording.row.vector) >= REDUNDANCY_MAX))
        continue;
      const score = scoreOption(
        conceptGain(exact.concepts, weights, covered),
        exact.words,
        exact.wording.row,
      );
      if (score > bestScore) {
        bestScore = score;
        best = option;
      }
    }
    const exact = best?.exact;
    if (!best || !exact) break;
    best.used = true;
    chosen.push({ candidate: best.candidate, ...exact.wording });
    for (const concept of exact.concepts) covered.add(concept);
    words += exact.words;
  }
  return chosen;
}

/**
 * Writes the neutral summary of a story: sentences borrowed from its articles, one per fact, facts that more
 * independent sources report first, redundant ones dropped, loaded wording dropped or swapped (an epithet before a
 * name is reported as the outlet's label instead), each sentence citing every article that carries the fact in
 * words like its own.
 * Without facts it picks sentences greedily by how many not-yet-covered concepts (words and word pairs) they add
 * that several outlets share, and groups each with the closest sentences of other outlets for its citations.
 *
 * @example
 * const { headline, summary } = summarizeStory(articles, facts, { sentences: 3 });
 */
export function summarizeStory(
  articles: readonly Article[],
  facts: readonly Fact[],
  options: SummaryOptions = {},
): StorySummary {
  const limit = Math.max(1, Math.floor(options.sentences ?? DEFAULT_SENTENCES));
  const maxWords = options.maxWords ?? Number.POSITIVE_INFINITY;
  const { rows, graph, idf } = buildRows(articles);
  const neutralized = new Map<Row, Wording>();
  const fromFacts = facts.length > 0 ? candidatesFromFacts(facts, rows, idf) : [];
  const compress = options.compress ?? true;
  const fromSentences = fromFacts.length > 0 ? [] : candidatesFromSentences(rows, graph());
  const everySide = sentencesGivingEverySide(options.conflicts ?? [], articles);
  const disputedRows = sentencesGivingOneSide(options.conflicts ?? [], everySide);
  const select = (count: number, words: number): Chosen[] =>
    fromFacts.length > 0
      ? chooseByRank(fromFacts, count, words, compress, everySide)
      : chooseByCoverage(articles, rows, fromSentences, count, words, neutralized, compress, everySide);
  const chosen = select(limit, maxWords);
  const disputes = reportConflicts(
    chosen.map((item) => ({ item, citations: citationsOf(item.candidate, item.row) })),
    options.conflicts ?? [],
    articles,
  );
  const [lead, ...rest] = leadWithEvent(disputes.kept.map((entry) => entry.item));
  // The summary does not state a disputed figure as settled: it drops the figure where the sentence still reads
  // ("have found fissures"), else leaves the sentence out; the dispute sentence gives every side's figure.
  const disputed = disputedConflicts(options.conflicts ?? [], articles);
  const figures = disputedFigures(disputed);
  const ordered = lead
    ? [
        // Worded, where it can be, by a telling that gives no side of a disputed figure or day: this sentence
        // opens the summary and makes its headline, and a detail cut out of it leaves "Police arrested people".
        ...eventBeyond(lead, rest, figures, () =>
          select(HEADLINE_SEARCH_SENTENCES, Number.POSITIVE_INFINITY).map((item) => {
            const plain = pickWording(item.candidate, new Map(), compress, everySide, disputedRows);
            return plain === undefined ? item : { ...item, ...plain };
          }),
        ),
        lead,
        ...inTimeOrder(rest),
      ]
    : [];
  const reported = [...disputes.reported];
  const cited = new Map<Conflict, Conflict>();
  const stated: CitedText[] = [];
  // The facts among `stated` (not the date disputes reported between them), with how close each is to the
  // outlets' own titles, for the headline.
  const factSentences: (CitedText & { titleSimilarity: number })[] = [];
  // A disputed day goes the same way, and its dispute sentence follows the sentence it came out of, since "the
  // day" means nothing without it (`datesReported` keeps each dispute to one report).
  const dates = disputedDates(
    options.conflicts ?? [],
    sentenceTexts(new Map(articles.map((article) => [article.id, article]))),
  );
  const datesReported = new Set<Conflict>();
  // Their sentences ("Reports differ on the day: ..."), which never open the summary: "the day" of nothing yet told.
  const dayReports = new Set<CitedText>();
  // Sentences left saying little once their disputed count of people went ("people joined the march"): they
  // neither lead the summary nor make the headline while another sentence can.
  const countWasNews = new Set<CitedText>();
  // The sentence that tells each quotation whose speaker the outlets disagree on: its report goes with it.
  const quotedBy = new Map<Conflict, CitedText>();
  // A figure the summary states is cited only where the article gives that figure; a later report's changed
  // figure ("has risen to seven") follows it (`tellFigures`).
  const numbers = (options.conflicts ?? []).filter((conflict) => conflict.kind === 'number');
  const updates = updatedSides(numbers, articles);
  // A later figure the summary tells on its own already is not told twice.
  const toldLater = new Set<string>(
    ordered.map((item) => `${item.row.article.id}\u0000${item.row.sentence}`),
  );
  // When each stated sentence happened or was reported, and the sentence each later figure updates: the summary
  // tells a later report's figure after what was reported before it (`inTimeOfReport`).
  const times = new Map<CitedText, number | undefined>();
  const updated = new Map<CitedText, CitedText>();
  for (const item of ordered) {
    const citations = citationsOf(item.candidate, item.row);
    const undated = dropDisputedDates(item.text, citations, dates);
    if (!undated.ok) continue;
    // A clock time the other tellings of the fact give otherwise is not stated as settled.
    const text = dropDisputedTime(
      anchorRelativeDays(undated.text, item.row.article.published),
      item.candidate.rows.filter((row) => row !== item.row).map((row) => row.text),
    );
    const drop = dropDisputedFigures(text, figures);
    if (drop.ok) {
      // A trailing clause only the chosen article tells goes: every other article is cited for the sentence.
      const said = dropLoneClause(
        drop.text,
        item.candidate.rows.filter((row) => row.article !== item.row.article).map((row) => row.text),
      );
      const speakers = citeOneSpeaker(
        drop.dropped.length > 0 ? citationsOf(item.candidate, item.row, said) : citations,
        item.row,
        said,
        options.conflicts ?? [],
      );
      const told = tellFigures(said, speakers.citations, numbers, updates, articles);
      const fact = { text: said, citations: restingOn(told.citations, item, said, idf) };
      for (const conflict of speakers.disputed) {
        if (!reported.includes(conflict)) reported.push(conflict);
        if (!quotedBy.has(conflict)) quotedBy.set(conflict, fact);
      }
      stated.push(fact);
      if (drop.countWasNews) countWasNews.add(fact);
      times.set(fact, timeOfRow(item.row));
      factSentences.push({
        ...fact,
        titleSimilarity: Math.max(0, ...item.candidate.rows.map((row) => row.headline)),
      });
      for (const later of told.later) {
        const key = later.citations.map((citation) => `${citation.article}\u0000${citation.sentence}`).join();
        if (toldLater.has(key)) continue;
        toldLater.add(key);
        stated.push(later);
        times.set(later, timeOfReport(later, articles));
        updated.set(later, fact);
      }
      // A day the fact's tellings dispute is reported after it even when the wording chosen gives no day ("has
      // resigned after auditors found ..." among tellings of Monday and of Tuesday), if it tells that day's event.
      const daysOfFact = dates.filter(
        (conflict) =>
          conflict.sides.some((side) =>
            side.citations.some((citation) =>
              item.candidate.rows.some(
                (row) => row.article.id === citation.article && row.sentence === citation.sentence,
              ),
            ),
          ) && tellsDayEvent(said, conflict, articles),
      );
      for (const conflict of [...undated.dropped, ...daysOfFact]) {
        if (datesReported.has(conflict)) continue;
        datesReported.add(conflict);
        const report = reportConflict(conflict, articles);
        dayReports.add(report);
        stated.push(report);
        times.set(report, timeOfRow(item.row));
      }
    }
    if (drop.ok && drop.dropped.length === 0) continue;
    // A figure taken out is reported as the disagreement it belongs to, even when the sentence it came from is
    // cited on no side of it (compare found the dispute elsewhere), and that sentence is cited on its side.
    for (const conflict of disputed) {
      const sides = sidesStated(text, conflict);
      if (sides.length === 0) continue;
      if (!reported.includes(conflict)) reported.push(conflict);
      const widened = citeOnSide(cited.get(conflict) ?? conflict, sides, item.row);
      if (widened) cited.set(conflict, widened);
    }
  }
  const reports = reported.map((conflict) => reportConflict(cited.get(conflict) ?? conflict, articles));
  const reportOf = new Map<CitedText, CitedText>();
  reported.forEach((conflict, index) => {
    const quotation = quotedBy.get(conflict);
    if (quotation) reportOf.set(reports[index] as CitedText, quotation);
  });
  const labels = (options.reportLabels ?? true) ? labelsSentence(ordered, rows, neutralized) : undefined;
  // An explicit length bounds the whole summary; the default bounds the facts, with disputes and labels added.
  const told = withNewsFirst(inTimeOfReport(stated, times, updated), countWasNews, dayReports);
  const summary =
    options.sentences === undefined
      ? [...told, ...reports, ...(labels ? [labels] : [])]
      : withinLength(told, stated, reports, labels, limit, reportOf);
  // With no sentence of its own to make it from, the headline names the first disagreement without its sides.
  // The headline comes from a sentence the reader sees in the summary, even when a length trims the facts.
  const [firstDispute] = reported;
  const shown = new Set(summary.map((sentence) => sentence.text));
  const thin = new Set([...countWasNews].map((fact) => fact.text));
  const newsy = factSentences.filter((fact) => shown.has(fact.text) && !thin.has(fact.text));
  const sources = factSentences.flatMap((fact) => {
    if (!shown.has(fact.text) || (newsy.length > 0 && thin.has(fact.text))) return [];
    const source = chooseHeadlineSource([fact], figures);
    return source ? [{ ...source, titleSimilarity: fact.titleSimilarity }] : [];
  });
  // A headline is never a quotation: when the summary shows nothing else (a length of one on a story whose most
  // reported fact is a quotation), it comes from the best-ranked fact beyond the length that is none, else from
  // the outlets' titles.
  const unquoted =
    sources.length > 0 && sources.every((source) => sentenceShape(source.text) === 'quotation')
      ? (chooseHeadline(
          select(HEADLINE_SEARCH_SENTENCES, Number.POSITIVE_INFINITY).flatMap((item) => {
            if (sentenceShape(item.text) === 'quotation') return [];
            const source = headlineSource(item, idf, dates, figures, numbers, updates, articles);
            return source ? [source] : [];
          }),
        ) ?? titleHeadline(articles))
      : undefined;
  // A figure a later report has updated is told in the summary in time order, but never in the headline.
  const headline = currentHeadline(
    unquoted ??
      chooseHeadline(sources) ??
      makeHeadline(firstDispute ? disputeHeadline(cited.get(firstDispute) ?? firstDispute) : summary[0]),
    figureUpdates(updates, articles),
  );
  return {
    headline: { ...headline, text: typographicQuotes(headline.text) },
    summary: summary.map((sentence) => ({ ...sentence, text: typographicQuotes(sentence.text) })),
    ...(summary.length === 0 ? { note: whyNoSummary(articles, rows) } : {}),
  };
}

/**
 * Why a story got no summary sentence: an empty summary (and headline) would otherwise read as a lost result.
 * Sentences under MIN_WORDS are the common cause (a story of headings or one-line briefs); the other filters of
 * `pickWording` are named together, since a sentence may fail several.
 */
function whyNoSummary(articles: readonly Article[], rows: readonly Row[]): string {
  const count = `${articles.length} ${articles.length === 1 ? 'article' : 'articles'}`;
  if (articles.length === 0) return 'No summary: the story has no articles.';
  if (rows.length === 0) return 'No summary: its articles have no sentence.';
  if (rows.every((row) => row.words < MIN_WORDS)) {
    return `No summary: every sentence of its ${count} is shorter than ${MIN_WORDS} words, which a summary sentence needs (shorter ones are headings, datelines or fragments).`;
  }
  return `No summary: no sentence of its ${count} could be used in a neutral summary (each is shorter than ${MIN_WORDS} words or longer than ${MAX_WORDS}, inside a quotation, points back to the sentence before it, stays loaded once neutralised, or states a figure or day the outlets dispute).`;
}

/**
 * The sentences ("article id NUL sentence index") a disputed figure or day is cited in on one side only: those
 * of number and date conflicts, without the ones that give every side (`everySide`).
 */
function sentencesGivingOneSide(conflicts: readonly Conflict[], everySide: ReadonlySet<string>): Set<string> {
  const keys = new Set<string>();
  for (const conflict of conflicts) {
    if (conflict.kind !== 'number' && conflict.kind !== 'date') continue;
    for (const side of conflict.sides)
      for (const citation of side.citations) keys.add(`${citation.article}\u0000${citation.sentence}`);
  }
  for (const key of everySide) keys.delete(key);
  return keys;
}

/**
 * A fact to open the summary before a lead that will lose its news with its disputed count ("Police said people had
 * been arrested, among them ...") when no other chosen sentence states an event either (quotes and statements
 * only): the best-ranked fact beyond the summary's length that states one, told by two or more sources, and keeps
 * its news once its own disputed figures go ("Police have cleared the protest camp on Skelder Fell ..."). Empty
 * when the summary has an event to open on, or no such fact. `more` ranks facts beyond the length (`select`).
 */
function eventBeyond(
  lead: Chosen,
  rest: readonly Chosen[],
  figures: readonly DisputedFigure[],
  more: () => Chosen[],
): Chosen[] {
  const keepsNews = (item: Chosen): boolean => {
    const drop = dropDisputedFigures(item.text, figures);
    return drop.ok && !drop.countWasNews;
  };
  const states = (item: Chosen): boolean => sentenceShape(item.text) === 'event' && !isCaveat(item.text);
  if (keepsNews(lead) || rest.some((item) => states(item) && keepsNews(item))) return [];
  const chosen = [lead, ...rest];
  const found = more().find(
    (item) =>
      item.candidate.sources >= 2 &&
      states(item) &&
      keepsNews(item) &&
      !chosen.some(
        (other) => other.candidate === item.candidate || isSameFact(other, item.candidate, item.row),
      ),
  );
  return found === undefined ? [] : [found];
}

/**
 * The summary's sentences with a lead that lost its news with its disputed count (`countWasNews`: "Organisers said
 * people joined the march") moved after the first sentence that states an event instead; unchanged when there is
 * none. A report of a disputed day (`dayReports`) states no event: it follows the sentence whose day it is.
 */
function withNewsFirst(
  told: CitedText[],
  countWasNews: ReadonlySet<CitedText>,
  dayReports: ReadonlySet<CitedText> = new Set(),
): CitedText[] {
  const [lead] = told;
  if (lead === undefined || !countWasNews.has(lead)) return told;
  const event = told.findIndex(
    (sentence) =>
      !countWasNews.has(sentence) &&
      !dayReports.has(sentence) &&
      sentenceShape(sentence.text) === 'event' &&
      !isCaveat(sentence.text),
  );
  if (event < 0) return told;
  return [told[event] as CitedText, ...told.filter((_, index) => index !== event)];
}

/**
 * Quotation marks written the typewriter way of older corpora and wire feeds ("``We will,'' she said") as
 * quotation marks ("“We will,” she said"): the summary's sentences are new text, read by people; their citations
 * still point at the source's own characters.
 */
export function typographicQuotes(text: string): string {
  return text.replace(/``\s?/g, '“').replace(/(?<!')\s?''(?!')/g, '”');
}

/**
 * How many facts, ranked as the summary ranks them, the headline may look through for one that is no quotation
 * when the summary shows only quotations: twice the default length, so that the search stays as cheap as a
 * summary of eight sentences.
 */
const HEADLINE_SEARCH_SENTENCES = 2 * DEFAULT_SENTENCES;

/**
 * A chosen fact as the headline may state it, as the summary would: a disputed day or figure taken out, a
 * relative day anchored, cited only where its figure is given; undefined when a disputed day or figure cannot go.
 */
function headlineSource(
  item: Chosen,
  idf: ReadonlyMap<string, number>,
  dates: readonly Conflict[],
  figures: readonly DisputedFigure[],
  numbers: readonly Conflict[],
  updates: ReadonlyMap<Conflict, Conflict['sides'][number]>,
  articles: readonly Article[],
): HeadlineCandidate | undefined {
  const citations = citationsOf(item.candidate, item.row);
  const undated = dropDisputedDates(item.text, citations, dates);
  if (!undated.ok) return undefined;
  const text = anchorRelativeDays(undated.text, item.row.article.published);
  const source = chooseHeadlineSource([{ text, citations }], figures);
  if (!source) return undefined;
  const resting = source.text === text ? citations : citationsOf(item.candidate, item.row, source.text);
  return {
    text: source.text,
    citations: restingOn(
      tellFigures(source.text, resting, numbers, updates, articles).citations,
      item,
      source.text,
      idf,
    ),
    titleSimilarity: Math.max(0, ...item.candidate.rows.map((row) => row.headline)),
  };
}

/**
 * The chosen sentences in rank order, with the first that states an event (not mainly a direct quotation, and not
 * a caveat: "The study cannot show that ...", `isCaveat`) moved to the front: a summary opens on what happened or
 * was found, and the quotation or the caveat the most outlets carry follows it.
 */
function leadWithEvent<T extends { text: string }>(ranked: readonly T[]): T[] {
  const [first] = ranked;
  const leads = (item: T): boolean => sentenceShape(item.text) !== 'quotation' && !isCaveat(item.text);
  if (first === undefined || leads(first)) return [...ranked];
  let event = ranked.findIndex(leads);
  // With no sentence that leads, an event that is a caveat still comes before a quotation.
  if (event < 0) event = ranked.findIndex((item) => sentenceShape(item.text) !== 'quotation');
  if (event <= 0) return [...ranked];
  return [ranked[event] as T, ...ranked.filter((_, index) => index !== event)];
}

/**
 * The summary's sentences cut to `limit` in all: the lead fact first, then the disagreements (a disputed figure
 * taken out of a sentence is only given by its report), then the other facts in rank order, then the labels
 * sentence, which yields first since it reports wording, not a fact. Shown in that order: facts, disputes, labels.
 * A quotation whose speaker the outlets disagree on and the report of who said it (`reportOf`: report -> the
 * sentence that tells the quotation) are kept together or not at all: the quotation alone would state one
 * outlet's speaker as settled, the report alone means little.
 */
function withinLength(
  told: readonly CitedText[],
  stated: readonly CitedText[],
  reports: readonly CitedText[],
  labels: CitedText | undefined,
  limit: number,
  reportOf: ReadonlyMap<CitedText, CitedText> = new Map(),
): CitedText[] {
  // Each entry is kept whole or not at all: a quotation with the report of who said it, else one sentence.
  const following = (sentence: CitedText): CitedText[] => [
    sentence,
    ...reports.filter((report) => reportOf.get(report) === sentence),
  ];
  const [lead, ...others] = stated;
  const priority = [
    ...(lead ? [following(lead)] : []),
    ...reports.filter((report) => !reportOf.has(report)).map((report) => [report]),
    ...others.map(following),
    ...(labels ? [[labels]] : []),
  ];
  const kept = new Set<CitedText>();
  for (const entry of priority) {
    if (kept.size + entry.length <= limit) for (const sentence of entry) kept.add(sentence);
    // The lead always stays, alone if need be (a length of one on a story that opens on such a quotation).
    else if (kept.size === 0 && entry[0] !== undefined) kept.add(entry[0]);
  }
  return [...told, ...reports, ...(labels ? [labels] : [])].filter((sentence) => kept.has(sentence));
}

/** When a summary sentence's event happened: the date it names, else when its article was published (ms). */
function timeOfRow(row: Row): number | undefined {
  const time = Date.parse(dateOf(row) ?? row.article.published ?? '');
  return Number.isFinite(time) ? time : undefined;
}

/** When the report a sentence cites was published (ms): the latest figure of an update. */
function timeOfReport(sentence: CitedText, articles: readonly Article[]): number | undefined {
  const id = sentence.citations[0]?.article;
  const time = Date.parse(articles.find((article) => article.id === id)?.published ?? '');
  return Number.isFinite(time) ? time : undefined;
}

/**
 * The stated sentences in the order a reader follows the story: each later report's figure ("has burned 3,400
 * hectares" on Sunday) after the sentence it updates and after every sentence of what happened or was reported
 * before it ("2,400 residents have been evacuated" on Saturday), not straight after the earlier figure. The
 * stated order stays the order of priority when a length trims the summary (`withinLength`).
 */
function inTimeOfReport(
  stated: readonly CitedText[],
  times: ReadonlyMap<CitedText, number | undefined>,
  updated: ReadonlyMap<CitedText, CitedText>,
): CitedText[] {
  const told = stated.filter((sentence) => !updated.has(sentence));
  for (const sentence of stated) {
    const earlier = updated.get(sentence);
    if (earlier === undefined) continue;
    const time = times.get(sentence);
    let at = told.indexOf(earlier) + 1;
    while (at < told.length && time !== undefined) {
      const next = times.get(told[at] as CitedText);
      if (next === undefined || next > time) break;
      at++;
    }
    told.splice(at, 0, sentence);
  }
  return told;
}

/**
 * The citations of a summary sentence that states one side's figure of a number conflict, without the article
 * sentences that give another side's figure (they do not support it: "Four people have died" is not cited to the
 * report that the toll has risen to seven), and, where the conflict is an update over time and the sentence
 * states an earlier figure, the sentence of the report that gives the latest one, to follow it.
 */
function tellFigures(
  text: string,
  citations: readonly Citation[],
  numbers: readonly Conflict[],
  updates: ReadonlyMap<Conflict, Conflict['sides'][number]>,
  articles: readonly Article[],
): { citations: Citation[]; later: CitedText[] } {
  let kept = [...citations];
  const later: CitedText[] = [];
  const keyOf = (citation: Citation): string => `${citation.article}\u0000${citation.sentence}`;
  for (const conflict of numbers) {
    const sides = sidesStated(text, conflict);
    if (sides.length !== 1) continue;
    const own = conflict.sides[sides[0] as number];
    const others = new Set(
      conflict.sides.filter((side) => side !== own).flatMap((side) => side.citations.map(keyOf)),
    );
    const supported = kept.filter((citation) => !others.has(keyOf(citation)));
    if (supported.length > 0) kept = supported;
    const latest = updates.get(conflict);
    if (latest === undefined || latest === own) continue;
    const report = latestReport(latest, articles);
    if (report) later.push(report);
  }
  return { citations: kept, later };
}

/** The first sentence cited on the side of an update that gives the latest figure, as the summary tells it. */
function latestReport(
  latest: Conflict['sides'][number],
  articles: readonly Article[],
): CitedText | undefined {
  for (const citation of latest.citations) {
    const article = articles.find((candidate) => candidate.id === citation.article);
    const span = article?.sentences[citation.sentence];
    if (!article || !span) continue;
    const sentence = stripDateline(article.text.slice(span.start, span.end).trim());
    return {
      text: anchorRelativeDays(sentence, article.published),
      citations: [{ article: article.id, sentence: citation.sentence, start: span.start, end: span.end }],
    };
  }
  return undefined;
}

/** Each update over time whose earlier figures can be read, with the sentence that gives its latest figure. */
function figureUpdates(
  updates: ReadonlyMap<Conflict, Conflict['sides'][number]>,
  articles: readonly Article[],
): FigureUpdate[] {
  return [...updates].flatMap(([conflict, latest]) => {
    const superseded = supersededFigure(conflict, latest);
    const report = latestReport(latest, articles);
    return superseded && report ? [{ superseded, report }] : [];
  });
}

/**
 * A summary sentence that tells a quotation the outlets give to different speakers (compare's `speaker`
 * conflicts: "Vorst said" in three outlets, the judge in a fourth) names the speaker of its own wording, so it
 * cites only the sentences that give the words to that speaker, and the conflict is reported with every side
 * ("Reports differ on who said ...: Anneli Vorst (A, B) or Helena Quist (C)"). A careful editor keeps the
 * quotation, which all outlets carry, and says who gives it to whom rather than settle it or drop the speaker
 * (a quotation with no speaker tells the reader less, and its speaker is the part in doubt).
 *
 * @returns the citations kept, and the speaker conflicts the sentence touches, to report
 */
function citeOneSpeaker(
  citations: readonly Citation[],
  row: Row,
  text: string,
  conflicts: readonly Conflict[],
): { citations: Citation[]; disputed: Conflict[] } {
  const keyOf = (citation: Citation): string => `${citation.article}\u0000${citation.sentence}`;
  const cited = new Set(citations.map(keyOf));
  let kept = [...citations];
  const disputed: Conflict[] = [];
  for (const conflict of conflicts) {
    if ((conflict.kind !== 'speaker' && conflict.kind !== 'quote') || conflict.sides.length < 2) continue;
    const sides = conflict.sides.map((side) => new Set(side.citations.map(keyOf)));
    if (!sides.some((keys) => [...keys].some((key) => cited.has(key)))) continue;
    disputed.push(conflict);
    // The side of the wording: the one its sentence is cited on, else the one whose speaker it names.
    const rowKey = `${row.article.id}\u0000${row.sentence}`;
    let own = sides.findIndex((keys) => keys.has(rowKey));
    if (own < 0) {
      const words = new Set(text.split(/[^\p{L}\p{M}'’-]+/u));
      const named = conflict.sides.map((side) => words.has(side.value.split(/\s+/).at(-1) ?? side.value));
      if (named.filter(Boolean).length === 1) own = named.indexOf(true);
    }
    if (own < 0) continue;
    const others = new Set(sides.flatMap((keys, index) => (index === own ? [] : [...keys])));
    kept = kept.filter((citation) => !others.has(keyOf(citation)));
  }
  return { citations: kept, disputed };
}

/**
 * The conflict with `row` cited on the one side whose figure it gives (its article listed there too), or
 * undefined when it is cited there already, gives several sides' figures, or its article stands on another side:
 * an article that gives both figures reports the gap rather than taking a side.
 */
function citeOnSide(conflict: Conflict, sides: readonly number[], row: Row): Conflict | undefined {
  const [index] = sides;
  const side = index === undefined ? undefined : conflict.sides[index];
  if (sides.length !== 1 || side === undefined) return undefined;
  const id = row.article.id;
  if (side.citations.some((citation) => citation.article === id && citation.sentence === row.sentence))
    return undefined;
  if (conflict.sides.some((other) => other !== side && other.articles.includes(id))) return undefined;
  const citation: Citation = { article: id, sentence: row.sentence, start: row.start, end: row.end };
  return {
    ...conflict,
    sides: conflict.sides.map((entry) =>
      entry === side
        ? {
            ...entry,
            articles: entry.articles.includes(id) ? [...entry.articles] : [...entry.articles, id],
            citations: [...entry.citations, citation],
          }
        : entry,
    ),
  };
}

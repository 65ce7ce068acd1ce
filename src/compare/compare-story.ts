import { withClaimants } from './claimed-sides.js';
import {
  balancesQuotes,
  findBylineCredits,
  hasDanglingPronoun,
  leansBack,
  stripDateline,
  stripUpdateNote,
} from '../language/index.js';
import { UsageError } from '../model/index.js';
import type { Article, Conflict, Fact, LoadedReason, Story, StoryReport } from '../model/index.js';
import { alignSentences, isMostlyQuotation, type AlignUnit } from './align-sentences.js';
import { closeQuotation } from './close-quotation.js';
import { collectLabels } from './collect-labels.js';
import { findConflicts, revisedKey, type FactMembers } from './find-conflicts.js';
import { groupQuotes } from './group-quotes.js';
import { reversedQuoteConflicts } from './reversed-quotes.js';
import { linkEntities } from './link-entities.js';
import { contentWordCase, isStopword, normalizeText, stemWord } from './normalize-text.js';
import { citeSentence } from './sentence-at.js';
import { sentenceDetails, type SentenceDetails } from './sentence-details.js';
import { orientCopies } from './orient-copies.js';
import { creditedClauses } from './credited-clauses.js';
import { countSources, isPressRelease, outletKey, sourceKeys } from './source-keys.js';
import { latestFigureSide } from './figure-updates.js';
import { findReprints } from './find-reprints.js';
import { findReusedPassages, REUSE_MIN_WORDS, traceProvenance } from './trace-provenance.js';

/** The comparison of one story; the summary stage adds `headline`, `summary` and `loaded`. */
export type ComparedStory = Omit<StoryReport, 'headline' | 'summary' | 'loaded'>;

/** Options for `compareStory`. */
export interface CompareOptions {
  /** Minimum sentence similarity (0..1) for alignment into one fact; default `ALIGN_THRESHOLD`. */
  alignThreshold?: number;
  /** Minimum length in words of a passage reported as reused; default `REUSE_MIN_WORDS`. */
  reuseMinWords?: number;
}

/**
 * A sentence with fewer content words than this is not a fact on its own ("He added:", a dateline); it stays
 * in the article's sentence list for citations but joins no fact.
 */
const FACT_MIN_CONTENT_WORDS = 3;

/**
 * A heading of the page ("Missing woman found", a live blog entry's title "Fire chief: 'The wind is turning'")
 * labels the text under it; it reports nothing of its own, and as a fact it would stand beside the entry it
 * titles and be cited for it. A heading that ends like a sentence (a standfirst set as a heading) is kept.
 */
function isHeadingLabel(article: Article, span: Article['sentences'][number], text: string): boolean {
  return article.paragraphs[span.paragraph]?.kind === 'heading' && !/[.!?]["'”’]?\s*$/u.test(text);
}

const CALENDAR_WORDS = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec am pm edt est gmt utc updated published posted'.split(
    ' ',
  ),
);

/**
 * Content words that say something: letters only, no calendar or clock words. A dateline ("May 3, 2013 1:10
 * PM EDT") has none, and would otherwise align with every other dateline as a "shared fact".
 */
function factWordCount(text: string): number {
  return normalizeText(text).filter(
    (token) =>
      /^\p{L}/u.test(token.word) &&
      !/\d/.test(token.word) &&
      !isStopword(token.word) &&
      !CALENDAR_WORDS.has(token.word),
  ).length;
}

/**
 * The member a fact is shown with: the first member's sentence that reads on its own, i.e. not the inside of a
 * quotation that opens in an earlier sentence, not a piece of one that opens or closes in a neighbouring
 * sentence (an odd number of quotation marks), and not starting mid-sentence in lower case; the first member's
 * when none does. One that leans on its article's earlier sentences for whom it is about, opening on a pronoun or
 * using one before naming anyone ("The sample she was shown", `leansBack`, `hasDanglingPronoun`), gives way to
 * one that says who and tells the same thing (no claim of its own, as below): a fact is read apart from its
 * article. Members that pass `prefer` (a telling of the
 * figure an outlet revised its own to) come first while one of them reads.
 *
 * A sentence that tells a claim of its own beside the shared one (`OWN_CLAIM_MIN_WORDS`: "The court also
 * ordered him to repay 1.2 million crowns and barred him from office" among tellings of the ban alone) would
 * credit that claim to every source of the fact: the readable member with the fewest such words is shown then.
 */
function shownMember<T extends AlignUnit & { sentence: number }>(
  members: readonly T[],
  articles: readonly Article[],
  sourceOf: (article: number) => string,
  prefer: (member: T) => boolean = () => true,
): T | undefined {
  const readable = members.filter((member) => {
    const article = articles[member.article] as Article;
    const span = article.sentences[member.sentence];
    return span !== undefined && readsOnItsOwn(member.text.trim()) && !insideQuotation(article, span);
  });
  // A member that calls people names in its outlet's own voice ("Serial agitator Yara Solenne") comes after those
  // worded plainly: shown as the fact every source carries, its words would read as theirs.
  const plain = readable.filter((member) => !hasOwnLoadedWords(articles[member.article] as Article, member));
  if (plain.length > 0 && plain.length < readable.length)
    readable.splice(0, readable.length, ...plain, ...readable.filter((member) => !plain.includes(member)));
  const preferred = readable.filter(prefer);
  const pool = preferred.length > 0 ? preferred : readable;
  const own = createOwnClaimWords(members, sourceOf);
  const tellsNoOwnClaim = (member: AlignUnit): boolean => {
    const { words, details } = own(member);
    return words <= OWN_WORDING_MAX_WORDS && details === 0;
  };
  let shown = pool[0];
  if (shown !== undefined && !standsAlone(shown))
    shown = pool.find((member) => standsAlone(member) && tellsNoOwnClaim(member)) ?? shown;
  if (shown !== undefined && !isMostlyQuotation(shown.text) && own(shown).words >= OWN_CLAIM_MIN_WORDS) {
    const first = shown;
    const readsAlone = (member: T): boolean =>
      !OPENING_PRONOUN.test(member.text.trim()) && standsAlone(member);
    // Else, of those that claim nothing of their own either and tell more of what the others tell, the one with
    // the fewest words of its own: "... has resigned after auditors found millions of dollars missing from the
    // flood relief fund" (two words no other source has) over "... late on Monday, hours before the assembly was
    // due to debate a motion of no confidence in her" (eight).
    const fewest = pool
      .filter(
        (member) =>
          readsAlone(member) &&
          own(member).details === 0 &&
          own(member).words < OWN_CLAIM_MIN_WORDS &&
          own(member).shared > own(first).shared,
      )
      .reduce((best, member) => (own(member).words < own(best).words ? member : best), first);
    shown = pool.find((member) => readsAlone(member) && tellsNoOwnClaim(member)) ?? fewest;
  }
  return shown ?? members[0];
}

/**
 * Loaded words that call people names (epithets: "agitator", "thugs"): shown as a fact's wording they would put one
 * outlet's verdict on the people in every source's mouth. Intensifiers, emotive words ("sharply",
 * "record-breaking") and one-sided labels of issues ("illegal immigration") are left to the summary's neutral
 * rewording: preferring tellings without them moved NeuS and BASIL headlines off the sentences the outlets led with
 * (BENCHMARKS.md, 2026-12-07, h-rd12).
 */
const NAME_CALLING = new Set<LoadedReason>(['epithet']);

/**
 * True when the member's sentence calls people names (`NAME_CALLING`), or introduces a quotation with a loaded verb
 * of speech ("screeched", "sneered"), in its outlet's own voice (`Article.loaded`, the span's `speaker` unset): not
 * inside a quotation or a reported characterisation.
 */
function hasOwnLoadedWords(article: Article, member: { sentence: number }): boolean {
  const span = article.sentences[member.sentence];
  if (span === undefined) return false;
  return article.loaded.some(
    (loaded) =>
      loaded.speaker === undefined &&
      (NAME_CALLING.has(loaded.reason) || isLoadedSpeechVerb(article, loaded)) &&
      loaded.start >= span.start &&
      loaded.end <= span.end,
  );
}

/**
 * An emotive verb right before a quotation's opening mark ("screeched: \"...") or after its closing one ("...,\"
 * she sneered"): a verb of speech that puts the outlet's verdict on the speaker, as an epithet does.
 */
const BEFORE_QUOTATION = /^\s*[:,]?\s*["“]/u;
const AFTER_QUOTATION = /["”]\s*(?:[\p{L}.'’-]+\s+){0,3}$/u;

function isLoadedSpeechVerb(article: Article, loaded: Article['loaded'][number]): boolean {
  if (loaded.reason !== 'emotive-verb') return false;
  const text = article.text;
  return (
    BEFORE_QUOTATION.test(text.slice(loaded.end, loaded.end + 4)) ||
    AFTER_QUOTATION.test(text.slice(Math.max(0, loaded.start - 60), loaded.start))
  );
}

/**
 * A fact that is one speaker's quotation, shown in the only readable telling, which frames it in its outlet's own
 * name-calling or loaded verb of speech ("The ringleader screeched: \"This quarry will not be dug ...\""), while
 * the story's quote grouping has the quotation under a speaker another source names: worded as that speaker's
 * plain statement (`Yara Solenne said: "This quarry will not be dug ..."`), so that no outlet's frame is shown as
 * what every source carries. The citations still point at each telling. Undefined when any of this does not hold.
 */
function plainQuotationWording(
  member: { article: number; sentence: number; text: string },
  articles: readonly Article[],
  groups: StoryReport['quotes'],
  sourceOf: (id: string) => string,
): string | undefined {
  const article = articles[member.article] as Article;
  const span = article.sentences[member.sentence];
  if (span === undefined || !hasOwnLoadedWords(article, member) || !isMostlyQuotation(member.text))
    return undefined;
  const quotes = article.quotes.filter(
    (quote) => quote.kind === 'direct' && quote.content.start >= span.start && quote.content.end <= span.end,
  );
  const [quote] = quotes;
  if (quote === undefined || quotes.length > 1) return undefined;
  const group = groups.find((entry) =>
    entry.variants.some(
      (variant) => variant.article === article.id && variant.citation.sentence === member.sentence,
    ),
  );
  const speaker = group?.speaker ?? null;
  if (group === undefined || speaker === null) return undefined;
  const source = sourceOf(article.id);
  if (!group.variants.some((variant) => variant.speaker === speaker && sourceOf(variant.article) !== source))
    return undefined;
  const words = article.text
    .slice(quote.content.start, quote.content.end)
    .trim()
    .replace(/^["“]+|["”]+$/gu, '')
    .replace(/[,;:]$/u, '');
  if (words === '') return undefined;
  return `${speaker} said: "${/[.!?…]$/u.test(words) ? words : `${words}.`}"`;
}

/** True when a member's wording says whom it is about, leaning on no earlier sentence for it. */
function standsAlone(member: AlignUnit): boolean {
  const text = wordingOf(member);
  return !leansBack(text) && !hasDanglingPronoun(text);
}

/**
 * A member's sentence as a fact shows it: a leading dateline ("VARN CITY (Harbour Wire) — ") says where the story
 * was filed, and an update label ("Update, March 9, 10:40: ") when the outlet changed it, not the fact; both are
 * left out of the wording. A sentence the splitter cut inside a quotation has the cut-off mark put back
 * (`closeQuotation`). Every member keeps its citation of the whole sentence.
 */
function wordingOf(member: AlignUnit | undefined): string {
  return closeQuotation(stripUpdateNote(stripDateline(member?.text.trim() ?? '')));
}

/**
 * A fact's shown sentence is another member's when it holds at least this many words of the "what" kind (not
 * names or titles) that no member of another source holds, a claim the other sources do not make, and another
 * readable member holds at most `OWN_WORDING_MAX_WORDS`: the usual differences of wording between tellings
 * ("disgraced", "former"). A member with a claim of its own too is no better ("had taken 1.4 million crowns in
 * cash, gifts and paid holidays" for "had accepted 1.2 million crowns in cash and gifts in exchange for ...").
 * Nor is one with a figure or day of its own ("has called both sides to talks on Thursday" among tellings of
 * Wednesday): it would show one side of a disagreement as the fact. A mostly quoted sentence keeps its wording:
 * its own words are where and to whom it was said.
 */
const OWN_CLAIM_MIN_WORDS = 3;
const OWN_WORDING_MAX_WORDS = 1;

const CALENDAR_STEMS = new Set([...CALENDAR_WORDS].map((word) => stemWord(word)));

/**
 * A sentence that opens with a pronoun ("He is also barred ...") does not say whom it is about; nor does one
 * that opens on a generic name for a business ("The company said its board ..."): a deal, a strike or a recall
 * has two or more firms in play, and a fact read apart from its article cannot tell which one it was.
 */
const OPENING_PRONOUN =
  /^(?:(?:he|she|it|they|his|her|its|their)\b|the\s+(?:company|firm|group|business|bidder|buyer|seller|retailer|lender|insurer|carmaker)(?:['’]s)?\b)/i;

/**
 * For a member of `members`: its "what" words (`contentWordCase`, not capitalised) that no member of another source
 * has, and how many of its figures and days (capitalised or not: "Thursday") none has: a detail the others may
 * contradict. Each member's words are read once and each source's "elsewhere" words gathered once, so a fact of a
 * thousand copies costs a thousand readings, not a million.
 */
function createOwnClaimWords(
  members: readonly AlignUnit[],
  sourceOf: (article: number) => string,
): (member: AlignUnit) => { words: number; details: number; shared: number } {
  const wordsOf = new Map<AlignUnit, Map<string, boolean>>();
  const readWords = (member: AlignUnit): Map<string, boolean> => {
    let words = wordsOf.get(member);
    if (words === undefined) wordsOf.set(member, (words = contentWordCase(member.text)));
    return words;
  };
  const elsewhereOf = new Map<string, Set<string>>();
  const elsewhere = (source: string): Set<string> => {
    let found = elsewhereOf.get(source);
    if (found !== undefined) return found;
    found = new Set<string>();
    for (const other of members) {
      if (sourceOf(other.article) === source) continue;
      for (const word of readWords(other).keys()) found.add(word);
    }
    elsewhereOf.set(source, found);
    return found;
  };
  const results = new Map<AlignUnit, { words: number; details: number; shared: number }>();
  return (member) => {
    const known = results.get(member);
    if (known !== undefined) return known;
    const others = elsewhere(sourceOf(member.article));
    let words = 0;
    let details = 0;
    let shared = 0;
    for (const [word, capitalised] of readWords(member)) {
      if (others.has(word)) {
        shared++;
        continue;
      }
      if (!capitalised) words++;
      if (/\d/.test(word) || CALENDAR_STEMS.has(word)) details++;
    }
    const result = { words, details, shared };
    results.set(member, result);
    return result;
  };
}

function readsOnItsOwn(text: string): boolean {
  return balancesQuotes(text) && !/^\p{Ll}/u.test(text);
}

/** A sentence wholly within a quotation that began before it (a later sentence of a multi-sentence quote). */
function insideQuotation(article: Article, span: { start: number; end: number }): boolean {
  return article.quotes.some(
    (quote) =>
      quote.kind !== 'indirect' && quote.content.start < span.start && quote.content.end > span.end - 2,
  );
}

/**
 * Compares the articles of one story: aligns their sentences into shared and unique facts, finds conflicting
 * details, groups quotations into variants, collects each outlet's labels for people and organisations, and
 * traces credits, copies and reused passages. Every finding cites sentences of the articles.
 *
 * @param given the story from `stories/` (article order, copies; a copy group is re-rooted at the agency its
 *   members credit, see `orientCopies`)
 * @param articles the story's articles after `language/` (extra articles not in the story are ignored)
 * @example
 * const report = compareStory(story, articles);
 * report.facts.shared[0]; // { text, articles, sources: 2, citations: [...] }
 */
export function compareStory(
  given: Story,
  articles: readonly Article[],
  options: CompareOptions = {},
): ComparedStory {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const missing = given.articles.filter((id) => !byId.has(id));
  if (missing.length > 0) {
    throw new UsageError(
      'compare-missing-article',
      `Story \`${given.id}\` lists article${missing.length > 1 ? 's' : ''} ${missing.map((id) => `\`${id}\``).join(', ')} ` +
        `but ${missing.length > 1 ? 'they were' : 'it was'} not passed to compareStory.`,
      { input: given.id, hint: 'Pass every article of `story.articles` (after the language stage).' },
    );
  }
  const ordered = [...new Set(given.articles)].map((id) => byId.get(id) as Article);
  const bylineCredits = new Map(
    ordered.map((article) => [article.id, findBylineCredits(article.byline, article.outlet)] as const),
  );
  const story = orientCopies(given, ordered, bylineCredits);
  const copyOf = new Map(story.copies.map((copy) => [copy.article, copy.copyOf]));
  // An edited reprint (its byline, dateline or end note credits an outlet whose article's text it reuses) is that
  // outlet's source; a press release is the issuer's, counted apart from the outlets' independent reporting.
  const reuse = findReusedPassages(story, ordered, options.reuseMinWords ?? REUSE_MIN_WORDS);
  const reprintOf = findReprints(ordered, bylineCredits, reuse, new Set(copyOf.keys()));
  const sources = sourceKeys(story, ordered, reprintOf);
  const releases = ordered.filter(isPressRelease);
  const releaseSources = new Set(releases.map((article) => sources.get(article.id) ?? article.id));

  const units: (AlignUnit & { sentence: number })[] = [];
  // Copies and one outlet's several reports are one source each: they count once when a fact's tellings vote.
  const sourceNumbers = new Map<string, number>();
  ordered.forEach((article, index) => {
    const key = sources.get(article.id) ?? article.id;
    let source = sourceNumbers.get(key);
    if (source === undefined) sourceNumbers.set(key, (source = sourceNumbers.size));
    article.sentences.forEach((span, sentence) => {
      const text = article.text.slice(span.start, span.end);
      if (factWordCount(text) >= FACT_MIN_CONTENT_WORDS && !isHeadingLabel(article, span, text))
        units.push({ article: index, sentence, text, source });
    });
  });
  const alignOptions = options.alignThreshold === undefined ? {} : { threshold: options.alignThreshold };
  const alignment = alignSentences(units, alignOptions);

  const shared: Fact[] = [];
  const unique: Fact[] = [];
  const built: {
    fact: Fact;
    members: (AlignUnit & { sentence: number })[];
    shown: (AlignUnit & { sentence: number }) | undefined;
  }[] = [];
  const sourceOfArticle = (article: number): string => {
    const id = (ordered[article] as Article).id;
    return sources.get(id) ?? id;
  };
  // A sentence that relays another outlet's claim ("According to the Weir Valley Echo, ...", "..., the Echo
  // reported") tells that outlet's report, not a second one: where the credited outlet's own telling is in the
  // same fact, the relay counts under its source. The credited clause need only be in the sentence: the language
  // stage may read the credit as a quote's source, and the clause is then the quote's words.
  const clauses = ordered.map((article) => creditedClauses(article));
  const factSources = (members: readonly (AlignUnit & { sentence: number })[]): number => {
    const keys = new Set(members.map((member) => sourceOfArticle(member.article)));
    const counted = new Set<string>();
    for (const member of members) {
      const span = (ordered[member.article] as Article).sentences[member.sentence];
      const relayed =
        span === undefined
          ? undefined
          : clauses[member.article]?.find((clause) => clause.start < span.end && span.start < clause.end);
      const relayKey = relayed === undefined ? undefined : `outlet:${outletKey(relayed.outlet)}`;
      const key = relayKey !== undefined && keys.has(relayKey) ? relayKey : sourceOfArticle(member.article);
      if (!releaseSources.has(key)) counted.add(key);
    }
    return counted.size;
  };
  for (const group of alignment.groups) {
    const members = group.map((index) => units[index] as AlignUnit & { sentence: number });
    const first = members[0];
    if (first === undefined) continue;
    const ids = [...new Set(members.map((member) => (ordered[member.article] as Article).id))];
    const shown = shownMember(members, ordered, sourceOfArticle);
    const fact: Fact = {
      id: '',
      text: wordingOf(shown),
      articles: ids,
      sources: factSources(members),
      citations: members.map((member) => citeSentence(ordered[member.article] as Article, member.sentence)),
    };
    (fact.sources >= 2 ? shared : unique).push(fact);
    built.push({ fact, members, shown });
  }
  shared.sort((a, b) => b.sources - a.sources || b.articles.length - a.articles.length);
  shared.forEach((fact, index) => (fact.id = `f${index + 1}`));
  unique.forEach((fact, index) => (fact.id = `f${shared.length + index + 1}`));
  const factMembers: FactMembers[] = built.map(({ fact, members }) => ({
    id: fact.id,
    members: members.map(({ article, sentence }) => ({ article, sentence })),
  }));

  const links = linkEntities(ordered);
  const detailCache = new Map<string, SentenceDetails>();
  const details = (article: number, sentence: number): SentenceDetails => {
    const key = `${article}:${sentence}`;
    let found = detailCache.get(key);
    if (found === undefined) {
      found = sentenceDetails(ordered[article] as Article, article, sentence, links);
      detailCache.set(key, found);
    }
    return found;
  };
  const quoteGrouping = groupQuotes(ordered, links);
  const { conflicts, revised } = findConflicts(factMembers, { articles: ordered, links, sources, details });
  // A fact first told with a figure its own outlet has since revised ("more than 3 million" under the outlet's
  // note giving 2.3 million) is worded from a telling of the current figure, else from one not revised.
  if (revised.size > 0) {
    const keyOf = (member: { article: number; sentence: number }): string =>
      revisedKey((ordered[member.article] as Article).id, member.sentence);
    for (const { fact, members } of built) {
      const shown = shownMember(members, ordered, sourceOfArticle);
      const current = shown === undefined ? undefined : revised.get(keyOf(shown));
      if (current === undefined) continue;
      const currentKeys = new Set(current.map((citation) => revisedKey(citation.article, citation.sentence)));
      const onCurrent = shownMember(members, ordered, sourceOfArticle, (member) =>
        currentKeys.has(keyOf(member)),
      );
      const replacement =
        onCurrent !== undefined && currentKeys.has(keyOf(onCurrent))
          ? onCurrent
          : shownMember(members, ordered, sourceOfArticle, (member) => !revised.has(keyOf(member)));
      if (replacement !== undefined && !revised.has(keyOf(replacement))) fact.text = wordingOf(replacement);
    }
  }
  for (const { fact, shown } of built) {
    if (shown === undefined || fact.text !== wordingOf(shown)) continue;
    const plain = plainQuotationWording(shown, ordered, quoteGrouping.groups, (id) => sources.get(id) ?? id);
    if (plain !== undefined) fact.text = plain;
  }
  for (const quoteConflict of quoteGrouping.conflicts) {
    const sideSources = new Set(
      quoteConflict.sides.flatMap((side) => side.articles.map((id) => sources.get(id) ?? id)),
    );
    if (sideSources.size < 2) continue;
    const sentences = new Set(
      quoteConflict.sides.flatMap((side) =>
        side.citations.map((citation) => `${citation.article}:${citation.sentence}`),
      ),
    );
    // The same disagreement found through the aligned sentences: keep one, named after the quote.
    const same = conflicts.find(
      (conflict) =>
        conflict.kind === 'speaker' &&
        conflict.sides.some((side) =>
          side.citations.some((citation) => sentences.has(`${citation.article}:${citation.sentence}`)),
        ),
    );
    if (same === undefined) conflicts.push(quoteConflict);
    else same.about = quoteConflict.about;
  }
  conflicts.push(...reversedQuoteConflicts(quoteGrouping.groups));

  // A figure a later report updated ("has risen to 27") is marked, so that no reader takes it for a dispute.
  for (const conflict of conflicts) {
    const latest = latestFigureSide(conflict, byId);
    if (latest !== undefined) conflict.latest = latest;
  }
  // Two reports of one outlet on two days are compared only for such updates: an outlet is not in dispute with
  // itself.
  const oneSource = (conflict: Conflict): boolean =>
    new Set(conflict.sides.flatMap((side) => side.articles.map((id) => sources.get(id) ?? id))).size < 2;
  for (let index = conflicts.length - 1; index >= 0; index--) {
    const conflict = conflicts[index] as Conflict;
    if (conflict.latest === undefined && oneSource(conflict)) conflicts.splice(index, 1);
  }
  // Counts each side gives on a different source ("organisers said" / "police said") are the sources' claims: each
  // side names its source and lists every outlet that reports that source's figure.
  const claimed = withClaimants(conflicts, ordered);

  return {
    story: story.id,
    articles: ordered.map((article) => {
      const entry: ComparedStory['articles'][number] = {
        id: article.id,
        source: article.source,
        sentences: article.sentences.map((span) => article.text.slice(span.start, span.end)),
      };
      if (article.title !== undefined) entry.title = article.title;
      if (article.outlet !== undefined) entry.outlet = article.outlet;
      if (article.published !== undefined) entry.published = article.published;
      if (article.url !== undefined) entry.url = article.url;
      if (article.byline !== undefined && article.byline !== '') entry.byline = article.byline;
      const copied = copyOf.get(article.id);
      if (copied !== undefined) entry.copyOf = copied;
      const reprinted = reprintOf.get(article.id);
      if (reprinted !== undefined) entry.reprintOf = reprinted;
      if (isPressRelease(article)) entry.pressRelease = true;
      return entry;
    }),
    coverage: {
      articles: ordered.length,
      independentSources: countSources(sources.keys(), sources, releaseSources),
      ...(releases.length > 0 ? { pressReleases: releases.length } : {}),
    },
    facts: { shared, unique },
    conflicts: claimed,
    quotes: quoteGrouping.groups,
    labels: collectLabels(ordered, links, quoteGrouping.described),
    provenance: traceProvenance(story, ordered, { sources, reuse, bylineCredits }),
  };
}

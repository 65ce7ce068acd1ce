import { claimantOf } from './claimed-sides.js';
import { findRiskChanges, findRiskLevels } from './risk-changes.js';
import { isRoleWord, isTitleWord } from '../language/index.js';
import type { Article, Citation, Conflict, ConflictKind, Label } from '../model/index.js';
import { creditedClauses, isCredited } from './credited-clauses.js';
import { EVENT_WORD_GROUPS, JOB_LOSS_EVENT, eventGroupOf, thingWord } from './event-words.js';
import { isSameNamedEvent, namedEventOfDay } from './named-events.js';
import { isRunningTotal, latestFigureSide } from './figure-updates.js';
import { entityKey, type EntityLinks, type LinkedEntity } from './link-entities.js';
import {
  contentWordCase,
  contentWords,
  foldText,
  isStopword,
  normalizeText,
  stemWord,
} from './normalize-text.js';
import { SERIOUS_INJURY_UNIT } from './serious-injuries.js';
import {
  crowdNounsAgree,
  datesAgree,
  isCrowdCount,
  isInQuotedWords,
  isOtherPartCount,
  numbersAgree,
  RELATIVE_DAY,
  weekdayOf,
  type Detail,
  type SentenceDetails,
} from './sentence-details.js';

/** Start and end offsets into an article's text. */
interface TextRange {
  start: number;
  end: number;
}

/** A fact as the conflict finder sees it: its id and one sentence per article. */
export interface FactMembers {
  id: string;
  members: { article: number; sentence: number }[];
}

/**
 * The sentences whose figure their own outlet has since revised (in an update note on the story, or in its later
 * report), by `revisedKey`, each with the sentences that give the figure it was revised to.
 */
export type RevisedFigures = Map<string, Citation[]>;

/** The key of an article's sentence in `RevisedFigures`. */
export function revisedKey(article: string, sentence: number): string {
  return `${article}\u0000${sentence}`;
}

/** What `findConflicts` found: the conflicts, and the figures outlets revised themselves (no conflict). */
export interface FoundConflicts {
  conflicts: Conflict[];
  revised: RevisedFigures;
}

/** What the conflict finder needs besides the facts. */
export interface ConflictContext {
  articles: readonly Article[];
  links: EntityLinks;
  /** Article id -> independent source key. */
  sources: ReadonlyMap<string, string>;
  details: (article: number, sentence: number) => SentenceDetails;
}

/** Names of a seat in a lower house of a legislature. */
const LOWER_HOUSE_SEATS = [
  'representative',
  'congressman',
  'congresswoman',
  'congressperson',
  'assemblyman',
  'assemblywoman',
  'assemblymember',
  'mp',
];
/** Words for any member of a legislature. */
const LEGISLATORS = ['lawmaker', 'legislator'];

// Words for one office: "lawyer" and "attorney" are not a disagreement.
const TITLE_SYNONYMS: readonly (readonly string[])[] = [
  ['lawyer', 'attorney', 'counsel', 'counselor', 'solicitor', 'barrister', 'prosecutor'],
  ['spokesman', 'spokeswoman', 'spokesperson', 'representative', 'rep', 'publicist', 'agent'],
  ['chief', 'head', 'director', 'leader', 'boss'],
  ['coach', 'manager', 'trainer'],
  ['minister', 'secretary'],
  ['officer', 'deputy', 'constable', 'trooper', 'patrolman', 'policeman', 'policewoman'],
  ['pastor', 'reverend', 'rev', 'minister', 'vicar', 'priest', 'father'],
  ['ceo', 'executive', 'chairman', 'chairwoman', 'chair', 'president'],
  // A seat in a lower house, and the generic words for any legislator (a senator is a lawmaker, not a
  // congresswoman).
  [...LOWER_HOUSE_SEATS, ...LEGISLATORS],
  ['senator', ...LEGISLATORS],
  ['judge', 'justice', 'magistrate'],
];

// A seat in a legislature, and the posts its members hold in it: "Representative" and "Minority Leader" are
// held at once, so they are no disagreement over a title.
const LEGISLATIVE_SEATS = new Set([...LOWER_HOUSE_SEATS, ...LEGISLATORS, 'senator']);
const LEGISLATIVE_POSTS = new Set([
  'leader',
  'whip',
  'speaker',
  'chairman',
  'chairwoman',
  'chair',
  'chairperson',
]);

/** One title is a seat in a legislature and the other a post held in one: "Rep." / "House Minority Leader". */
function seatAndPost(a: string, b: string): boolean {
  const wordsA = officeWords(a);
  const wordsB = officeWords(b);
  const seat = (words: readonly string[]): boolean => words.some((word) => LEGISLATIVE_SEATS.has(word));
  const post = (words: readonly string[]): boolean => words.some((word) => LEGISLATIVE_POSTS.has(word));
  return (seat(wordsA) && post(wordsB)) || (post(wordsA) && seat(wordsB));
}

const ABBREVIATIONS: Readonly<Record<string, string>> = {
  gov: 'governor',
  sen: 'senator',
  rep: 'representative',
  gen: 'general',
  pres: 'president',
  lt: 'lieutenant',
  sgt: 'sergeant',
  capt: 'captain',
  supt: 'superintendent',
  atty: 'attorney',
  amb: 'ambassador',
};

function sameOffice(a: string, b: string): boolean {
  return a === b || TITLE_SYNONYMS.some((group) => group.includes(a) && group.includes(b));
}

/** The words of a label, abbreviations spelled out: "Alaska Gov." -> ["alaska", "governor"]. */
function officeWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 1)
    .map((word) => ABBREVIATIONS[word] ?? word);
}

/**
 * Two titles name one office when any word of one (abbreviations spelled out) is, or is a synonym of, a word of
 * the other: "Gov." / "Republican governor and vice presidential candidate" agree; "Deputy Governor" /
 * "Interior Minister" do not.
 */
function titlesAgree(a: string, b: string): boolean {
  const wordsB = officeWords(b);
  return officeWords(a).some(
    (word) => !HONORIFICS.has(word) && wordsB.some((other) => sameOffice(word, other)),
  );
}

// Labels that judge rather than name an office: a difference in these is a label difference (reported under
// labels), not a conflict over someone's title.
const EPITHETS = new Set([
  'dictator',
  'strongman',
  'tyrant',
  'despot',
  'autocrat',
  'regime',
  'thug',
  'leader',
]);

interface Side {
  key: string;
  value: string;
  article: number;
  citation: Citation;
}

/**
 * Where aligned sentences disagree on a detail: a number with the same unit, a day, a place named with "in" or
 * "at", a person in the same role under another name, a title, or who said it. Each side is cited. Also flags
 * articles that date the same person's statement to different days even when those sentences were not aligned
 * (one outlet says "said on Tuesday in an interview", another "told the Times on Wednesday"). A figure an article
 * credits to another outlet is not its own claim (`withoutCreditedClaims`), and each side of a number conflict
 * lists every article that gives its figure (`joinAgreeingCounts`).
 */
export function findConflicts(facts: readonly FactMembers[], given: ConflictContext): FoundConflicts {
  const context = withOwnFloors(withoutCreditedClaims(given));
  const conflicts: Conflict[] = [];
  const flagged = new Set<string>();
  const push = (conflict: Conflict): void => {
    const key = `${conflict.kind} ${conflict.sides
      .flatMap((side) => side.citations.map((citation) => `${citation.article}:${citation.sentence}`))
      .sort()
      .join(' ')}`;
    if (flagged.has(key)) return;
    flagged.add(key);
    conflicts.push(conflict);
  };

  // First, so that a pair of sentences with two days each is reported on the days of the matching event,
  // not on the first clashing pair the per-fact check meets.
  checkStoryDates(push, context);
  // Copies repeat the same sentences: a pair of members whose details read the same as an earlier pair's
  // that raised nothing raises nothing again, so it is skipped (1,000 uncredited copies: 7.5 million pairs).
  // "Read the same" is everything but the offsets; a pair that reached the article texts (places) or raised
  // something is never skipped, as its sides cite its own articles.
  const signatureIds = new Map<string, number>();
  const signatureOf = (details: SentenceDetails): number => {
    const key = JSON.stringify(details, (field, value: unknown) =>
      field === 'start' || field === 'end'
        ? undefined
        : typeof value === 'number' && !Number.isFinite(value)
          ? String(value)
          : value,
    );
    let id = signatureIds.get(key);
    if (id === undefined) signatureIds.set(key, (id = signatureIds.size));
    return id;
  };
  const quietDetails = new Set<number>();
  // One outlet's reports of two days are checked for figure updates only, so their quiet pairs are kept apart.
  const quietUpdates = new Set<number>();
  const quietNames = new Set<number>();
  let raised = 0;
  const count = (conflict: Conflict): void => {
    raised++;
    push(conflict);
  };
  for (const fact of facts) {
    const members = fact.members.map((member) => {
      const details = context.details(member.article, member.sentence);
      return {
        ...member,
        details,
        source: tellingOf(context, member.article),
        outlet: sourceOf(context, member.article),
        signature: signatureOf(details),
      };
    });
    if (new Set(members.map((member) => member.source)).size < 2) continue;

    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i];
        const b = members[j];
        if (a === undefined || b === undefined || a.source === b.source) continue;
        const pair = a.signature * SIGNATURE_SCALE + b.signature;
        const quiet = a.outlet === b.outlet ? quietUpdates : quietDetails;
        if (quiet.has(pair)) continue;
        const before = raised;
        if (!checkDetails(count, context, fact.id, a, b) && raised === before) quiet.add(pair);
      }
    }

    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i];
        const b = members[j];
        if (a === undefined || b === undefined || a.outlet === b.outlet) continue;
        const pair = a.signature * SIGNATURE_SCALE + b.signature;
        if (quietNames.has(pair)) continue;
        const before = raised;
        checkNames(count, context, fact.id, a, b);
        checkTitles(count, context, fact.id, a, b);
        if (raised === before) quietNames.add(pair);
      }
    }
  }

  checkStatementDays(push, context);
  checkStoryNumbers(push, context);
  checkStorySums(push, context, facts, given);
  checkStoryDurations(push, context);
  checkStoryTitles(push, context);
  checkStoryNames(push, context);
  checkStoryAges(push, context);
  checkStoryRiskChanges(push, context);
  // A pair of figures that a later report updated ("now estimates 15,000 litres") is merged only with other
  // updates, so that it is not lost in a dispute over the same figure (a tabloid's 20,000 the same day).
  const byId = new Map(context.articles.map((article) => [article.id, article]));
  const updates: Updates = new WeakSet();
  for (const conflict of conflicts) {
    if (latestFigureSide(conflict, byId) !== undefined) updates.add(conflict);
  }
  const disputes = mergeConflicts(
    mergeConflicts(conflicts, (conflict) => byFact(conflict, updates), updates),
    (conflict) => byValues(conflict, updates),
    updates,
  );
  const shared = sharedSideKeys(disputes, updates);
  const merged = joinOneCountUnderTwoNouns(
    joinAgreeingCounts(
      mergeConflicts(disputes, (conflict) => shared.get(conflict) ?? '', updates),
      facts,
      context,
    ),
    context,
    updates,
  );
  const revised: RevisedFigures = new Map();
  const found = withoutSubsumedUpdates(
    withoutRevisedFigures(
      withOwnCorrections(merged, context, updates, revised),
      context,
      byId,
      updates,
      revised,
    ),
    updates,
  );
  // The arrest counts in dispute are final only now (a side gathers the articles that agree with it when the
  // conflicts are merged), and so are the days of those arrests; a day dispute already raised over one of their
  // sentences is not raised twice.
  const arrestDays: Conflict[] = [];
  checkArrestDays((conflict) => arrestDays.push(conflict), context, found);
  const dated = new Set(
    found
      .filter((conflict) => conflict.kind === 'date')
      .flatMap((conflict) => conflict.sides.flatMap((side) => side.citations))
      .map((citation) => `${citation.article}:${citation.sentence}`),
  );
  for (const conflict of arrestDays) {
    const citations = conflict.sides.flatMap((side) => side.citations);
    if (!citations.some((citation) => dated.has(`${citation.article}:${citation.sentence}`)))
      found.push(conflict);
  }
  return { conflicts: found, revised };
}

/*
 * The note an outlet puts at the top or foot of its own story when it changes it: "Update, March 9, 10:40: ...",
 * "Correction: ...", "Editor's note: ...". A figure in it is the outlet's latest word on what it counts.
 */
const UPDATE_NOTE =
  /^\s*(?:Updated?|UPDATED?|Correction|CORRECTION|Clarification|CLARIFICATION|Editor['’]s [Nn]ote)\b[^:]{0,40}:/;

/**
 * The disputes with each article that revised its own figure in an update note standing on its new figure: a blog
 * that first said "more than 3 million records" and whose note says the firm "put the number at 2.3 million" no
 * longer stands against the 2.3 million the wire gives (the note is the blog's word, a correction, not a dispute),
 * and joins that side with the note cited. A side left with no article goes; a dispute left with fewer than two
 * sides or sources is dropped. Updates (`latestFigureSide`) are left as they are.
 */
function withOwnCorrections(
  conflicts: readonly Conflict[],
  context: ConflictContext,
  updates: Updates,
  revised: RevisedFigures,
): Conflict[] {
  const notes = context.articles.map((article, index) =>
    article.sentences.flatMap((span, sentence) =>
      UPDATE_NOTE.test(article.text.slice(span.start, span.end))
        ? context.details(index, sentence).numbers
        : [],
    ),
  );
  if (notes.every((list) => list.length === 0)) return [...conflicts];
  const indexOf = new Map(context.articles.map((article, index) => [article.id, index]));
  const figureOf = (entry: Conflict['sides'][number]): Detail | undefined =>
    entry.citations.map((citation) => sideDetails.get(citation)).find((detail) => detail !== undefined);
  const kept: Conflict[] = [];
  for (const conflict of conflicts) {
    if (conflict.kind !== 'number' || updates.has(conflict)) {
      kept.push(conflict);
      continue;
    }
    const figures = conflict.sides.map(figureOf);
    // Article id -> the side its note gives, and the note's figure.
    const moves = new Map<string, { to: number; detail: Detail }>();
    conflict.sides.forEach((entry, from) => {
      const old = figures[from];
      for (const id of entry.articles) {
        const index = indexOf.get(id);
        if (index === undefined || old === undefined) continue;
        for (const detail of notes[index] ?? []) {
          if (numbersAgree(detail, old)) continue;
          const to = figures.findIndex(
            (figure, at) => at !== from && figure !== undefined && numbersAgree(detail, figure),
          );
          if (to !== -1) moves.set(id, { to, detail });
        }
      }
    });
    if (moves.size === 0) {
      kept.push(conflict);
      continue;
    }
    const sides = conflict.sides.map((entry, at) => {
      const stays = (id: string): boolean => {
        const move = moves.get(id);
        return move === undefined || move.to === at;
      };
      const articles = entry.articles.filter(stays);
      const citations = entry.citations.filter((citation) => stays(citation.article));
      for (const [id, move] of moves) {
        const index = indexOf.get(id);
        if (move.to !== at || index === undefined || articles.includes(id)) continue;
        articles.push(id);
        citations.push(side(context, index, move.detail.value, move.detail).citation);
      }
      const position = (id: string): number => indexOf.get(id) ?? 0;
      articles.sort((a, b) => position(a) - position(b));
      citations.sort((a, b) => position(a.article) - position(b.article) || a.sentence - b.sentence);
      return { ...entry, articles, citations };
    });
    // The sentences that gave the figure a note revised, with the sentences that give the note's figure.
    conflict.sides.forEach((entry, from) => {
      for (const citation of entry.citations) {
        const move = moves.get(citation.article);
        const current = move === undefined || move.to === from ? undefined : sides[move.to];
        if (current !== undefined)
          revised.set(revisedKey(citation.article, citation.sentence), current.citations);
      }
    });
    const left = sides.filter((entry) => entry.articles.length > 0);
    const sources = new Set(
      left.flatMap((entry) => entry.articles.map((id) => sourceOf(context, indexOf.get(id) ?? -1))),
    );
    if (left.length >= 2 && sources.size >= 2) kept.push({ ...conflict, sides: left });
  }
  return kept;
}

/**
 * The updates without those another update already tells in full: the aligned sentences' "12,000 / 15,000 litres"
 * update when the story-wide check found the same update with a third figure. One update tells another when each
 * side of the other is within one of its sides of the same value, with the same articles and sentences (so that
 * the fact's note still finds it, `conflictsInFact`). Disputes are left as they are.
 */
function withoutSubsumedUpdates(conflicts: readonly Conflict[], updates: Updates): Conflict[] {
  const within = (small: Conflict, large: Conflict): boolean =>
    small !== large &&
    updates.has(small) &&
    updates.has(large) &&
    small.sides.every((entry) =>
      large.sides.some(
        (other) =>
          other.value === entry.value &&
          entry.articles.every((id) => other.articles.includes(id)) &&
          entry.citations.every((citation) =>
            other.citations.some(
              (theirs) => theirs.article === citation.article && theirs.sentence === citation.sentence,
            ),
          ),
      ),
    );
  return conflicts.filter(
    (conflict, index) =>
      !conflicts.some((other, at) => within(conflict, other) && (!within(other, conflict) || at < index)),
  );
}

/** Conflicts found as updates (`latestFigureSide`), and the merged conflicts made of them: one per call. */
type Updates = WeakSet<Conflict>;

/**
 * The disputes without the figures that their own outlet later revised: when the Courier's second report "now
 * estimates about 15,000 litres" where its first said 12,000, the first report no longer stands on the 12,000 side
 * of a dispute with a tabloid's 20,000 (the update says so). A dispute left with fewer than two sides or sources
 * is dropped.
 */
function withoutRevisedFigures(
  conflicts: readonly Conflict[],
  context: ConflictContext,
  byId: ReadonlyMap<string, Article>,
  updates: Updates,
  revisedFigures: RevisedFigures,
): Conflict[] {
  const indexOf = new Map(context.articles.map((article, index) => [article.id, index]));
  const sourceOfId = (id: string): string => {
    const index = indexOf.get(id);
    return index === undefined ? id : sourceOf(context, index);
  };
  const revised = new Set<string>();
  for (const conflict of conflicts) {
    if (!updates.has(conflict)) continue;
    const latest = latestFigureSide(conflict, byId);
    const newer = latest === undefined ? undefined : conflict.sides[latest];
    if (newer === undefined) continue;
    const sources = new Set(newer.articles.map(sourceOfId));
    conflict.sides.forEach((entry, index) => {
      if (index === latest) return;
      for (const id of entry.articles) if (sources.has(sourceOfId(id))) revised.add(id);
      for (const citation of entry.citations)
        if (revised.has(citation.article))
          revisedFigures.set(revisedKey(citation.article, citation.sentence), newer.citations);
    });
  }
  if (revised.size === 0) return [...conflicts];
  const kept: Conflict[] = [];
  for (const conflict of conflicts) {
    if (conflict.kind !== 'number' || updates.has(conflict)) {
      kept.push(conflict);
      continue;
    }
    const sides = conflict.sides
      .map((entry) => ({
        ...entry,
        articles: entry.articles.filter((id) => !revised.has(id)),
        citations: entry.citations.filter((citation) => !revised.has(citation.article)),
      }))
      .filter((entry) => entry.articles.length > 0);
    const sources = new Set(sides.flatMap((entry) => entry.articles.map(sourceOfId)));
    if (sides.length >= 2 && sources.size >= 2) kept.push({ ...conflict, sides });
  }
  return kept;
}

/**
 * The context with each plain figure an article also gives as a floor read as that floor: an early report that
 * says "killing at least four people" in its lead and "four people killed" further down stands on "at least
 * four" in both places, so the later count of 11 agrees with it (`numbersAgree`). Only the same figure of the
 * same counted thing (`sameCountedThing`) takes the floor: "at least four people" leaves "four houses" alone.
 */
function withOwnFloors(context: ConflictContext): ConflictContext {
  const floors = new Map<number, Detail[]>();
  const floorsOf = (article: number): Detail[] => {
    let list = floors.get(article);
    if (list === undefined) {
      list = (context.articles[article]?.sentences ?? []).flatMap((_, sentence) =>
        context.details(article, sentence).numbers.filter((detail) => detail.floor === true),
      );
      floors.set(article, list);
    }
    return list;
  };
  const isPlain = (detail: Detail): boolean =>
    detail.floor !== true && detail.low === Number(detail.value) && detail.high === Number(detail.value);
  const cache = new Map<string, SentenceDetails>();
  const details = (article: number, sentence: number): SentenceDetails => {
    const key = `${article}:${sentence}`;
    let found = cache.get(key);
    if (found === undefined) {
      const given = context.details(article, sentence);
      const widened = given.numbers.map((detail) =>
        isPlain(detail) &&
        floorsOf(article).some((floor) => floor.value === detail.value && sameCountedThing(floor, detail))
          ? { ...detail, floor: true, high: Infinity }
          : detail,
      );
      found = widened.every((detail, index) => detail === given.numbers[index])
        ? given
        : { ...given, numbers: widened };
      cache.set(key, found);
    }
    return found;
  };
  return { ...context, details };
}

/**
 * The context without the figures an article credits to another outlet ("The Kestrel Evening Post reported that
 * 17 cracks had been found") where they are not the article's claim: when the article gives its own figure for
 * the same thing (it reports the other figure as someone else's, so it neither stands on that side nor makes a
 * disagreement inside itself), or when the credited outlet's own article in the story gives the same figure (that
 * article speaks for it). A credited figure that no article of its outlet gives, and that the article does not
 * contradict, stays: it is the story's only report of that figure ("16 million crowns, according to the Gazette"
 * against another outlet's "14 million crowns"), or a relay that differs from the credited outlet's own telling.
 */
function withoutCreditedClaims(context: ConflictContext): ConflictContext {
  const clauses = context.articles.map((article) => creditedClauses(article));
  if (clauses.every((list) => list.length === 0)) return context;
  const numbersOf = context.articles.map((article, index) =>
    article.sentences.flatMap((_, sentence) => context.details(index, sentence).numbers),
  );
  const outletOf = context.articles.map((article) => outletKey(article.outlet));
  const isClaim = (index: number, detail: Detail): boolean => {
    const list = clauses[index] ?? [];
    const clause = list.find((entry) => detail.start >= entry.start && detail.end <= entry.end);
    if (clause === undefined) return true;
    const units = new Set(detail.units ?? []);
    const sameThing = (other: Detail): boolean => (other.units ?? []).some((unit) => units.has(unit));
    const ownFigure = (numbersOf[index] ?? []).some(
      (other) => sameThing(other) && !isCredited(list, other.start, other.end),
    );
    if (ownFigure) return false;
    const outlet = outletKey(clause.outlet);
    const relayed = outletOf.some(
      (other, at) =>
        at !== index &&
        other !== '' &&
        (other.endsWith(outlet) || outlet.endsWith(other)) &&
        (numbersOf[at] ?? []).some((theirs) => sameThing(theirs) && numbersAgree(theirs, detail)),
    );
    return !relayed;
  };
  const cache = new Map<string, SentenceDetails>();
  const details = (article: number, sentence: number): SentenceDetails => {
    const key = `${article}:${sentence}`;
    let found = cache.get(key);
    if (found === undefined) {
      const given = context.details(article, sentence);
      found =
        (clauses[article] ?? []).length === 0 ? given : withoutNumbers(given, (d) => isClaim(article, d));
      cache.set(key, found);
    }
    return found;
  };
  return { ...context, details };
}

function outletKey(outlet: string | undefined): string {
  return outlet === undefined ? '' : foldText(outlet).replace(/^the\s+/, '');
}

/** The details with only the numbers `keep` accepts; the values of the others leave `allNumbers` too. */
function withoutNumbers(details: SentenceDetails, keep: (detail: Detail) => boolean): SentenceDetails {
  const numbers = details.numbers.filter(keep);
  if (numbers.length === details.numbers.length) return details;
  const allNumbers = [...details.allNumbers];
  for (const detail of details.numbers) {
    if (numbers.includes(detail)) continue;
    const at = allNumbers.indexOf(Number(detail.value));
    if (at !== -1) allNumbers.splice(at, 1);
  }
  return { ...details, numbers, allNumbers, numberCount: allNumbers.length };
}

/**
 * Adds to each side of a number conflict the other articles that give the same count of the same thing, so the
 * dispute lists every outlet on each side ("14 fissures (Northgate Observer and Radio Veland News)"), not only
 * the pair in which it was found. An article joins a side when one of its own counts (not quoted, not credited
 * to another outlet) gives the side's figure (the same number with the same qualifier: "about 30 vessels" only
 * agrees with "31 cargo ships", it does not say 31) and counts the same noun, in a sentence aligned with the
 * side's sentence or sharing `STORY_COUNT_CONTEXT_MIN` content words around the number with it. An article whose
 * counts agree with two sides stays out: it reports the gap.
 */
function joinAgreeingCounts(
  conflicts: Conflict[],
  facts: readonly FactMembers[],
  context: ConflictContext,
): Conflict[] {
  const aligned = new Map<string, Set<string>>();
  for (const fact of facts) {
    const keys = fact.members.map((member) => `${member.article}:${member.sentence}`);
    for (const key of keys) {
      let set = aligned.get(key);
      if (set === undefined) aligned.set(key, (set = new Set()));
      for (const other of keys) set.add(other);
    }
  }
  const indexOf = new Map(context.articles.map((article, index) => [article.id, index]));
  const counts = new Map<number, StoryCount[]>();
  const countsOf = (index: number): StoryCount[] => {
    let list = counts.get(index);
    if (list === undefined) counts.set(index, (list = ownCounts(context, index)));
    return list;
  };
  for (const conflict of conflicts) {
    if (conflict.kind !== 'number') continue;
    const present = new Set(conflict.sides.flatMap((entry) => entry.articles));
    const joins = new Map<number, { side: number; count: StoryCount }[]>();
    conflict.sides.forEach((entry, sideIndex) => {
      for (const citation of entry.citations) {
        const detail = sideDetails.get(citation);
        const from = indexOf.get(citation.article);
        if (detail === undefined || from === undefined) continue;
        const near = countContext(context, from, citation.sentence, detail);
        const alignedKeys = aligned.get(`${from}:${citation.sentence}`);
        context.articles.forEach((article, index) => {
          if (present.has(article.id)) return;
          for (const count of countsOf(index)) {
            if (!sameFigure(count.detail, detail)) continue;
            const isAligned = alignedKeys?.has(`${index}:${count.sentence}`) === true;
            // "12 victims were taken to hospital" in a sentence aligned with "12 people were injured": the same
            // figure of people in one fact is the same group under another noun.
            const samePeople = isAligned && isSamePeople(count.detail, detail);
            if (!sameCountedThing(count.detail, detail) && !samePeople) continue;
            if (!isAligned && contextScore(near, count.context) < STORY_COUNT_CONTEXT_MIN) continue;
            let list = joins.get(index);
            if (list === undefined) joins.set(index, (list = []));
            if (!list.some((other) => other.side === sideIndex && other.count === count))
              list.push({ side: sideIndex, count });
          }
        });
      }
    });
    for (const [index, list] of joins) {
      const sides = new Set(list.map((entry) => entry.side));
      if (sides.size !== 1) continue;
      const first = list[0];
      const entry = first === undefined ? undefined : conflict.sides[first.side];
      if (first === undefined || entry === undefined) continue;
      const joined = side(context, index, first.count.detail.value, first.count.detail);
      entry.articles.push(context.articles[index]?.id ?? '');
      entry.citations.push(joined.citation);
      const position = (id: string): number => indexOf.get(id) ?? 0;
      entry.articles.sort((a, b) => position(a) - position(b));
      entry.citations.sort((a, b) => position(a.article) - position(b.article) || a.sentence - b.sentence);
    }
  }
  return conflicts;
}

/**
 * Nouns for the people an event befell, as stems, beside the crowd nouns (`isCrowdCount`): "12 people were
 * injured" and "12 victims were taken to hospital" count one group.
 */
const PEOPLE_COUNT_STEMS = new Set('victim casual passen patien surviv commut'.split(' '));

function countsPeople(detail: Detail): boolean {
  return isCrowdCount(detail) || (detail.units ?? []).some((unit) => PEOPLE_COUNT_STEMS.has(unit));
}

/** Two counts of people (`countsPeople`) not told of two different events: they may count one group. */
function isSamePeople(a: Detail, b: Detail): boolean {
  return countsPeople(a) && countsPeople(b) && !isOtherEventCount(a, b);
}

/**
 * Two disputes that are one count told under two nouns ("12 people were injured" / "12 victims were taken to
 * hospital" against another outlet's "15 people were injured" and "15 victims") are one dispute: both count
 * people (`countsPeople`) of no two different events, their sides give the same figures, some outlet gives its
 * figure under both nouns (which ties the nouns to one group), and no outlet stands on two figures across them.
 * "12 people" / "15 people" and "12 cars" / "15 cars" stay two: cars are not people. The first dispute's sides
 * take the second's articles and citations; updates keep their own sides.
 */
function joinOneCountUnderTwoNouns(
  conflicts: Conflict[],
  context: ConflictContext,
  updates: Updates,
): Conflict[] {
  const indexOf = new Map(context.articles.map((article, index) => [article.id, index]));
  const position = (id: string): number => indexOf.get(id) ?? 0;
  const detailsOf = (conflict: Conflict): Detail[] =>
    conflict.sides.flatMap((entry) => entry.citations.flatMap((citation) => sideDetails.get(citation) ?? []));
  const figureOf = (entry: Conflict['sides'][number]): string | undefined => {
    const detail = entry.citations[0] === undefined ? undefined : sideDetails.get(entry.citations[0]);
    return detail === undefined
      ? undefined
      : [detail.value, detail.low ?? '', detail.high ?? ''].join('\u0000');
  };
  const figuresByArticle = (conflict: Conflict): Map<string, string> | undefined => {
    const figures = new Map<string, string>();
    for (const entry of conflict.sides) {
      const figure = figureOf(entry);
      if (figure === undefined) return undefined;
      for (const id of entry.articles) {
        if (figures.has(id) && figures.get(id) !== figure) return undefined;
        figures.set(id, figure);
      }
    }
    return figures;
  };
  const isPeopleDispute = (conflict: Conflict): boolean =>
    conflict.kind === 'number' && !updates.has(conflict) && detailsOf(conflict).every(countsPeople);
  const oneCount = (a: Conflict, b: Conflict): boolean => {
    if (!isPeopleDispute(a) || !isPeopleDispute(b)) return false;
    const figuresA = figuresByArticle(a);
    const figuresB = figuresByArticle(b);
    if (figuresA === undefined || figuresB === undefined) return false;
    const valuesOf = (figures: Map<string, string>): string =>
      [...new Set(figures.values())].sort().join('\u0001');
    if (valuesOf(figuresA) !== valuesOf(figuresB)) return false;
    const both = [...figuresA.keys()].filter((id) => figuresB.has(id));
    if (both.length === 0 || both.some((id) => figuresA.get(id) !== figuresB.get(id))) return false;
    const detailsB = detailsOf(b);
    return detailsOf(a).every((x) => detailsB.every((y) => !isOtherEventCount(x, y)));
  };
  const kept: Conflict[] = [];
  for (const conflict of conflicts) {
    const into = kept.find((other) => oneCount(other, conflict));
    if (into === undefined) {
      kept.push(conflict);
      continue;
    }
    for (const entry of conflict.sides) {
      const same = into.sides.find((other) => figureOf(other) === figureOf(entry));
      if (same === undefined) continue;
      for (const id of entry.articles) if (!same.articles.includes(id)) same.articles.push(id);
      for (const citation of entry.citations) {
        const seen = same.citations.some(
          (other) => other.article === citation.article && other.start === citation.start,
        );
        if (!seen) same.citations.push(citation);
      }
      same.articles.sort((x, y) => position(x) - position(y));
      same.citations.sort((x, y) => position(x.article) - position(y.article) || x.sentence - y.sentence);
    }
  }
  return kept;
}

/** Pair keys of two signature ids: far more distinct sentences than this in one story is not a story. */
const SIGNATURE_SCALE = 2 ** 26;

/**
 * Numbers, places and days of two aligned sentences. Returns true when it consulted the articles' texts (a
 * place check), i.e. when the outcome depends on more than the two sentences' details.
 */
function checkDetails(
  push: (conflict: Conflict) => void,
  context: ConflictContext,
  fact: string,
  a: Member,
  b: Member,
): boolean {
  // Aligned sentences that share little wording often report two events of one story; their numbers,
  // days and places then differ without contradicting each other. A share of one named thing ("a 6 percent
  // raise") is one figure however much else the sentences say.
  if (overlap(a.details.words, b.details.words) < DETAIL_WORDING_MIN)
    return checkNumbers(push, context, fact, a, b, isSamePercentage);
  const readPeople = checkNumbers(push, context, fact, a, b);
  // One outlet's two reports are compared only for a figure it updated. Which report is the later one is read
  // from the articles afterwards (`compareStory`); whether a figure changed is read from the details, so a pair
  // that raised nothing is quiet for other same-outlet pairs (kept apart from pairs of two outlets).
  if (sourceOf(context, a.article) === sourceOf(context, b.article)) return readPeople;
  const readTexts = checkPlaces(push, context, fact, a, b) || readPeople;
  const clash = clashingDates(a.details.dates, b.details.dates);
  if (clash === undefined) return readTexts;
  // Aligned sentences about one thing can still tell two of its events on two days ("closed on Tuesday after
  // inspectors found a cracked bearing" / "reopened on March 4 after replacing the bearing", "the council met on
  // Tuesday" / "the council vote is on Thursday"), or one event of two things ("the audit report published on
  // Tuesday" / "a supplementary report published on Thursday"): the days must date one event.
  const articleA = context.articles[a.article];
  const articleB = context.articles[b.article];
  const spanA = articleA?.sentences[a.sentence];
  const spanB = articleB?.sentences[b.sentence];
  if (articleA === undefined || articleB === undefined || spanA === undefined || spanB === undefined)
    return true;
  const dayOf = (article: Article, span: TextRange, detail: Detail, sentence: number): StoryCount => {
    const clause = dayClause(article, span, detail);
    return {
      detail,
      sentence,
      context: new Set<string>(),
      ...clause,
      ...tenseOf(article, clause.clause, detail),
    };
  };
  const dayA = dayOf(articleA, spanA, clash[0], a.sentence);
  const dayB = dayOf(articleB, spanB, clash[1], b.sentence);
  if (!isSameEventDay(dayA, dayB) || isPlanAndDeed(dayA, dayB)) return true;
  if (
    namesOtherPeople(
      peopleOfDetail(context, a.article, a.sentence, clash[0]),
      peopleOfDetail(context, b.article, b.sentence, clash[1]),
    )
  )
    return true;
  emit(push, context, 'date', fact, 'day or date', [
    side(context, a.article, clash[0].value, clash[0]),
    side(context, b.article, clash[1].value, clash[1]),
  ]);
  return readTexts;
}

function byFact(conflict: Conflict, updates: Updates): string {
  return `${conflict.kind}\u0000${conflict.fact ?? ''}\u0000${conflict.about}${updateKey(conflict, updates)}`;
}

/** Updates merge with updates only, disputes with disputes. */
function updateKey(conflict: Conflict, updates: Updates): string {
  return updates.has(conflict) ? '\u0000update' : '';
}

/** The same two values in several facts ("Jon Owen" / "John Owen" three times) are one disagreement. */
function byValues(conflict: Conflict, updates: Updates): string {
  // Days compare by the day, not as written: "Feb. 04, 2009" / "on Sunday" and "February 4, 2009" / "on Sunday"
  // are one disagreement.
  // Counts by the figure and the counted noun: "12 people" / "14 people" and "12 people" / "Fourteen people (14)"
  // are one disagreement; "12 homes" / "14 homes" another.
  const value = (side: Conflict['sides'][number]): string => {
    const citation = side.citations[0];
    const key = citation === undefined ? undefined : sideKeys.get(citation);
    if (conflict.kind === 'date' && key !== undefined && key.startsWith('day:')) return key;
    // Names by the person's key: "Wolfe" / "Ilene Wolff" and "Ilene Wolfe" / "Ilene Wolff" are one disagreement.
    if (conflict.kind === 'name' && key !== undefined) return `name:${key}`;
    const detail = citation === undefined ? undefined : sideDetails.get(citation);
    if (conflict.kind === 'number' && detail !== undefined && detail.slot.startsWith('number:'))
      return [
        'figure',
        detail.value,
        detail.low ?? '',
        detail.high ?? '',
        [...(detail.units ?? [])].sort().join(' '),
      ].join('\u0000');
    return side.value;
  };
  return `${conflict.kind}\u0000${conflict.sides.map(value).sort().join('\u0000')}${updateKey(conflict, updates)}`;
}

/**
 * Two counts of one thing that disagree with a third figure each ("about 48,000" / "more than 52,000" in one
 * fact, "more than 52,000" / "50,000" across the story) are one disagreement with three sides: number conflicts
 * about the same thing that cite the same figure in the same place share a key (the first such conflict's). An
 * update (`updates`) keeps its own sides.
 */
function sharedSideKeys(conflicts: readonly Conflict[], updates: Updates): Map<Conflict, string> {
  const keys = new Map<Conflict, string>();
  const owner = new Map<string, string>();
  conflicts.forEach((conflict, index) => {
    if (conflict.kind !== 'number' || updates.has(conflict)) {
      keys.set(conflict, `own\u0000${index}`);
      return;
    }
    const places = conflict.sides.flatMap((entry) =>
      entry.citations.map((citation) => `${conflict.about}\u0000${citation.article}\u0000${citation.start}`),
    );
    const key =
      places.map((place) => owner.get(place)).find((found) => found !== undefined) ?? `n\u0000${index}`;
    for (const place of places) if (!owner.has(place)) owner.set(place, key);
    keys.set(conflict, key);
  });
  return keys;
}

/**
 * Pairwise checks find the same disagreement once per pair of articles (the Courier and its copy each against
 * the Ledger); one conflict per fact and detail, with the sides merged by value, is what a reader needs.
 */
function mergeConflicts(
  conflicts: readonly Conflict[],
  keyOf: (conflict: Conflict) => string,
  updates: Updates,
): Conflict[] {
  const merged = new Map<string, Conflict>();
  for (const conflict of conflicts) {
    const key = keyOf(conflict);
    const existing = merged.get(key);
    if (existing === undefined) {
      const copy = {
        ...conflict,
        sides: conflict.sides.map((entry) => ({
          ...entry,
          articles: [...entry.articles],
          citations: [...entry.citations],
        })),
      };
      if (updates.has(conflict)) updates.add(copy);
      merged.set(key, copy);
      continue;
    }
    for (const entry of conflict.sides) {
      const same = existing.sides.find(
        (other) =>
          other.value === entry.value ||
          (existing.kind === 'name' && sameName(other.citations[0], entry.citations[0])) ||
          sameDay(other.citations[0], entry.citations[0]) ||
          sameCount(other.citations[0], entry.citations[0]),
      );
      if (same === undefined) {
        existing.sides.push({ ...entry, articles: [...entry.articles], citations: [...entry.citations] });
        continue;
      }
      // A name side shows the fullest spelling it holds: "Heydar Alishbandi", not the surname alone.
      if (existing.kind === 'name' && entry.value.length > same.value.length) same.value = entry.value;
      // A date side names the day ("on Tuesday") rather than count from one article's date ("last night").
      if (existing.kind === 'date' && RELATIVE_DAY.test(same.value) && !RELATIVE_DAY.test(entry.value))
        same.value = entry.value;
      for (const article of entry.articles) if (!same.articles.includes(article)) same.articles.push(article);
      for (const citation of entry.citations) {
        const seen = same.citations.some(
          (other) =>
            other.article === citation.article &&
            other.start === citation.start &&
            other.end === citation.end,
        );
        if (!seen) same.citations.push(citation);
      }
    }
  }
  return [...merged.values()];
}

/**
 * The source of an article and the day it was published: one outlet's reports of two days are two tellings (its
 * later report may update a figure, "has risen to 11"); what they raise is kept only as an update (`compareStory`).
 */
function tellingOf(context: ConflictContext, article: number): string {
  return `${sourceOf(context, article)}\u0000${context.articles[article]?.published?.slice(0, 10) ?? ''}`;
}

function sourceOf(context: ConflictContext, article: number): string {
  const id = context.articles[article]?.id ?? '';
  return context.sources.get(id) ?? id;
}

// The comparable key behind each cited side, so that sides merged from several pairs meet by meaning.
const sideKeys = new WeakMap<Citation, string>();
// The detail behind each cited side, so that other articles giving the same figure can join its side.
const sideDetails = new WeakMap<Citation, Detail>();

/** Two name sides are one spelling of one person: the same story key ("Wolfe" and "Ilene Wolfe"). */
function sameName(a: Citation | undefined, b: Citation | undefined): boolean {
  const keyA = a === undefined ? undefined : sideKeys.get(a);
  return keyA !== undefined && b !== undefined && keyA === sideKeys.get(b);
}

/** Two date sides name one day: "today" in an article of Wednesday 18 November and "on Wednesday". */
function sameDay(a: Citation | undefined, b: Citation | undefined): boolean {
  const keyA = a === undefined ? undefined : sideKeys.get(a);
  const keyB = b === undefined ? undefined : sideKeys.get(b);
  if (keyA === undefined || keyB === undefined) return false;
  if (!/^(day|weekday):/.test(keyA) || !/^(day|weekday):/.test(keyB)) return false;
  return datesAgree(keyA, keyB) === true;
}

/**
 * Two number sides give one figure, however written: "14 people" and "Fourteen people (14)" found by two checks
 * are one side of the dispute, not two; so are "2.3 million records" and "approximately 2.3 million records",
 * the same figure given exactly and as an estimate (each side of a dispute must disagree with the others, and
 * these do not). "More than 2.3 million" or "nearly 2.3 million" stays apart: it bounds the figure on one side.
 */
function sameCount(a: Citation | undefined, b: Citation | undefined): boolean {
  const detailA = a === undefined ? undefined : sideDetails.get(a);
  const detailB = b === undefined ? undefined : sideDetails.get(b);
  if (detailA === undefined || detailB === undefined) return false;
  if (!detailA.slot.startsWith('number:') || !detailB.slot.startsWith('number:')) return false;
  return (
    sameFigure(detailA, detailB) ||
    (detailA.value === detailB.value && isExactOrAbout(detailA) && isExactOrAbout(detailB))
  );
}

/** A figure given exactly ("2.3 million") or as an estimate either side of it ("approximately 2.3 million"). */
function isExactOrAbout(detail: Detail): boolean {
  const value = Number(detail.value);
  const { low, high } = detail;
  if (low === undefined || high === undefined) return true;
  return (low === value && high === value) || (low < value && value < high);
}

/** Adds each article's detail as a side of a story-level conflict, once per place in the text. */
function addSides(
  context: ConflictContext,
  sides: Side[],
  details: readonly (readonly [article: number, detail: Detail])[],
): void {
  for (const [article, detail] of details) {
    if (!sides.some((other) => other.article === article && other.citation.start === detail.start))
      sides.push(side(context, article, detail.value, detail));
  }
}

function side(context: ConflictContext, article: number, key: string, detail: Detail): Side {
  const owner = context.articles[article] as Article;
  const citation: Citation = {
    article: owner.id,
    sentence: sentenceIndexOf(owner, detail.start),
    start: detail.start,
    end: detail.end,
  };
  sideKeys.set(citation, key);
  sideDetails.set(citation, detail);
  // A count written in words ("Seventeen cracks") shows its figure too, so the sides compare at a glance.
  const spelled =
    detail.slot.startsWith('number:') && !/\d/.test(detail.text)
      ? `${detail.text} (${detail.value})`
      : detail.text;
  return { key, value: spelled, article, citation };
}

function sentenceIndexOf(article: Article, offset: number): number {
  return article.sentences.findIndex((sentence) => offset >= sentence.start && offset < sentence.end);
}

/**
 * Two date lists that disagree: some pair of their days can be compared and none of the comparable pairs
 * agrees, or, when some days agree, each list has exactly one day left over and those two disagree ("entered on
 * Tuesday and were detected on Thursday" / "got in on Tuesday and were not noticed until Wednesday": one
 * sequence of days with one step told two ways). Returns the first clashing pair. Only days and weekdays: on
 * ECB+ stories, aligned sentences that named different months or years were about different events ("convicted
 * in June 1998" / "paroled in June 1999") far more often than in disagreement.
 */
function clashingDates(a: readonly Detail[], b: readonly Detail[]): [Detail, Detail] | undefined {
  const isDay = (detail: Detail): boolean => /^(day|weekday):/.test(detail.value);
  const daysA = a.filter(isDay);
  const daysB = b.filter(isDay);
  const agreedA = new Set<Detail>();
  const agreedB = new Set<Detail>();
  let clash: [Detail, Detail] | undefined;
  for (const x of daysA) {
    for (const y of daysB) {
      const agree = datesAgree(x.value, y.value);
      if (agree === true) {
        agreedA.add(x);
        agreedB.add(y);
      } else if (agree === false && clash === undefined) clash = [x, y];
    }
  }
  if (agreedA.size === 0) return clash;
  const restA = daysA.filter((x) => !agreedA.has(x));
  const restB = daysB.filter((y) => !agreedB.has(y));
  const [x] = restA;
  const [y] = restB;
  if (restA.length !== 1 || restB.length !== 1 || x === undefined || y === undefined) return undefined;
  return datesAgree(x.value, y.value) === false ? [x, y] : undefined;
}

/** Groups sides by value and records a conflict when two independent sources give different values. */
function emit(
  push: (conflict: Conflict) => void,
  context: ConflictContext,
  kind: ConflictKind,
  fact: string | undefined,
  about: string,
  sides: readonly Side[],
): void {
  const groups = new Map<string, Side[]>();
  const weekdays = new Set(sides.map((entry) => entry.key).filter((key) => key.startsWith('weekday:')));
  for (const entry of sides) {
    // "today" in an article of Wednesday and "on Wednesday" elsewhere are one day, not two sides.
    const weekday = entry.key.startsWith('day:') ? `weekday:${weekdayOf(entry.key.slice(4)) ?? ''}` : '';
    const key = kind === 'date' && weekdays.has(weekday) ? weekday : entry.key;
    let list = groups.get(key);
    if (list === undefined) groups.set(key, (list = []));
    list.push(entry);
  }
  if (groups.size < 2) return;
  // Days told only relative to each article's own date ("this morning" / "this morning") differ by the dates the
  // articles carry, which may be a reprint's or an update's: no side names the day, so no dispute is shown.
  if (kind === 'date' && sides.every((entry) => RELATIVE_DAY.test(entry.value))) return;
  const sourcesPerGroup = [...groups.values()].map(
    (list) => new Set(list.map((entry) => tellingOf(context, entry.article))),
  );
  const allSources = new Set(sourcesPerGroup.flatMap((set) => [...set]));
  if (allSources.size < 2) return;
  const conflict: Conflict = {
    kind,
    about,
    sides: [...groups.values()].map((list) => ({
      value: (kind === 'date' ? shownDay(list) : list[0])?.value ?? '',
      articles: [...new Set(list.map((entry) => context.articles[entry.article]?.id ?? ''))],
      citations: list.map((entry) => entry.citation),
    })),
  };
  if (fact !== undefined) conflict.fact = fact;
  push(conflict);
}

/**
 * The side entry whose wording a date side is shown with: one that names the day ("on Tuesday") before one that
 * counts from its article's date ("last night" in a paper of Wednesday), which the reader cannot resolve apart
 * from that article.
 */
function shownDay(list: readonly Side[]): Side | undefined {
  return list.find((entry) => !RELATIVE_DAY.test(entry.value)) ?? list[0];
}

/**
 * A number conflict needs the same unit and the same anchor (the content word before the number: "destroyed
 * 40 homes" / "destroyed 45 homes") or the same event told in other words (`isOnlyCountOfEvent`), or sentences
 * with one number each. On ECB+ stories, same-unit numbers
 * without a shared anchor were mostly different counts ("won 40 games" / "stretched Detroit to six games").
 */
function checkNumbers(
  push: (conflict: Conflict) => void,
  context: ConflictContext,
  fact: string,
  a: Member,
  b: Member,
  /** Only pairs of figures this holds for (below the wording gate of `checkDetails`). */
  only?: (x: Detail, y: Detail) => boolean,
): boolean {
  let readArticles = false;
  // Sentences with one number each, otherwise nearly the same words: the number is the difference. So is a
  // figure that is the only one of its unit in each ("two days after an audit found 1.4 million euros" /
  // "after an audit questioned 1.6 million euros"): a count of another thing beside it does not make it ambiguous.
  const alike = overlap(a.details.words, b.details.words) >= SAME_WORDING_MIN;
  const single = alike && a.details.numberCount === 1 && b.details.numberCount === 1;
  for (const x of a.details.numbers) {
    const same = b.details.numbers.filter(
      (y) =>
        ((y.slot === x.slot && !isOtherEventCount(x, y)) || isSameCrowd(x, y)) &&
        !isOtherPartCount(x, y) &&
        (only === undefined || only(x, y)),
    );
    if (same.some((y) => numbersAgree(x, y))) continue;
    const onlyOfUnit =
      (alike || (same[0] !== undefined && isSameSumByWordsAfter(context, a, x, b, same[0]))) &&
      same.length === 1 &&
      a.details.numbers.filter((other) => other.slot === x.slot).length === 1 &&
      Number(x.value) >= ONLY_OF_UNIT_MIN &&
      Number(same[0]?.value) >= ONLY_OF_UNIT_MIN &&
      // "landed 178 of 369 punches": the other sentence still gives the figure, as a part of a total.
      !b.details.allNumbers.includes(Number(x.value)) &&
      !a.details.allNumbers.includes(Number(same[0]?.value));
    const y = same.find(
      (candidate) =>
        single ||
        onlyOfUnit ||
        (x.anchor !== '' && candidate.anchor === x.anchor) ||
        isSamePercentage(x, candidate) ||
        isSameCrowd(x, candidate) ||
        isOnlyCountOfEvent(a, x, b, candidate) ||
        isSameSum(context, a, x, b, candidate),
    );
    if (y === undefined) continue;
    if (
      a.details.numbers.some(
        (other) => (other.slot === y.slot || isSameCrowd(other, y)) && numbersAgree(other, y),
      )
    )
      continue;
    // "Thomas scored 21 points" / "Ivory scored 18 points": two players' figures. The outcome now depends on the
    // articles' entities, not only the details.
    readArticles = true;
    if (
      namesOtherPeople(
        peopleOfDetail(context, a.article, a.sentence, x),
        peopleOfDetail(context, b.article, b.sentence, y),
      )
    )
      continue;
    emit(push, context, 'number', fact, numberAbout(context, a.article, x, y), [
      side(context, a.article, x.value, x),
      side(context, b.article, y.value, y),
    ]);
  }
  return readArticles;
}

/** 4: content words after a sum that say what it is ("in cash and gifts", "in local taxes since 2019"). */
const SUM_WORDS_AFTER = 4;

/**
 * True when two sums of money in aligned sentences are one sum told with other verbs and asides ("had accepted
 * 1.2 million crowns in cash and gifts" / "had taken 1.4 million crowns in cash, gifts and paid holidays"), whose
 * wording stays under `SAME_WORDING_MIN`: both in one currency, and the words right after them share what the
 * money was ("cash"). "earned $139 million in adjusted gross income" and "paid $43 million in federal taxes" in
 * aligned BASIL sentences are two sums.
 */
function isSameSumByWordsAfter(
  context: ConflictContext,
  a: Member,
  x: Detail,
  b: Member,
  y: Detail,
): boolean {
  if (x.slot !== y.slot || !CURRENCY_UNITS.has(x.slot.slice('number:'.length))) return false;
  const after = (member: Member, detail: Detail): string[] => {
    const article = context.articles[member.article];
    const span = article?.sentences[member.sentence];
    if (article === undefined || span === undefined) return [];
    // A year or figure after both ("since 2019", "from 2019 to 2023") dates or counts, it is not what the sum was.
    return contentWords(article.text.slice(detail.end, span.end))
      .slice(0, SUM_WORDS_AFTER)
      .filter((word) => !/\d/.test(word));
  };
  const wordsA = after(a, x);
  return after(b, y).some((word) => wordsA.includes(word));
}

/**
 * Two counts of one event told with different words: both of one event group ("was defeated by 84 votes" /
 * "had rejected the budget by 86 votes", "killed 14 people" / "17 people died"), each the only count of its
 * unit and event in its sentence, so that no other count of that event could be the one meant.
 */
function isOnlyCountOfEvent(a: Member, x: Detail, b: Member, y: Detail): boolean {
  if (x.event === undefined || x.event !== y.event) return false;
  const only = (member: Member, detail: Detail): boolean =>
    member.details.numbers.filter((other) => other.slot === detail.slot && other.event === detail.event)
      .length === 1;
  return only(a, x) && only(b, y);
}

/**
 * A place conflict needs the same preposition and anchor on both sides ("shelter in Dunmore" / "shelter in
 * Pellworth") and neither name inside the other ("Los Angeles" / "Los Angeles County"): places nest, and
 * "a clinic in Los Angeles" / "checked in at Malibu" are both true. Returns true when it read the articles'
 * texts.
 */
function checkPlaces(
  push: (conflict: Conflict) => void,
  context: ConflictContext,
  fact: string,
  a: Member,
  b: Member,
): boolean {
  const valuesA = new Set(a.details.places.map((place) => place.value));
  const valuesB = new Set(b.details.places.map((place) => place.value));
  let readTexts = false;
  for (const x of a.details.places) {
    if (valuesB.has(x.value) || x.anchor === '') continue;
    const y = b.details.places.find(
      (candidate) =>
        candidate.anchor === x.anchor &&
        !valuesA.has(candidate.value) &&
        !candidate.value.includes(x.value) &&
        !x.value.includes(candidate.value),
    );
    if (y === undefined) continue;
    // Places nest ("Athens" / "Greece"): when either article names the other's place anywhere, the two
    // are likely one place at two scales, not a disagreement.
    readTexts = true;
    const textA = foldText(context.articles[a.article]?.text ?? '');
    const textB = foldText(context.articles[b.article]?.text ?? '');
    if (textA.includes(y.value) || textB.includes(x.value)) continue;
    emit(push, context, 'place', fact, 'place', [
      side(context, a.article, x.value, x),
      side(context, b.article, y.value, y),
    ]);
  }
  return readTexts;
}

/**
 * 0.5: share of content words two sentences must have in common (Jaccard) before a lone number in each is
 * compared without a shared anchor; below it, ECB+ stories paired unrelated counts ("32 million people
 * tuning in" last year / "55.3 million people tuned in" at the record).
 */
const SAME_WORDING_MIN = 0.5;

/**
 * 10: the smallest figure compared as the only one of its unit in two alike sentences. On ECB+ stories the
 * smaller ones were parts of a count ("his first five points" / "scored 23 points") or pieces of a decimal split
 * by tokenisation ("6.1-magnitude" read as 1), not one quantity told two ways.
 */
const ONLY_OF_UNIT_MIN = 10;

/**
 * 0.25: content-word overlap (Jaccard) below which two aligned sentences are not checked for numbers, days and
 * places. Over 30 ECB+ stories most flagged pairs below it were two events ("spent 19 seasons with the team" /
 * "spent four seasons as director"); the seed pair and the test stories' true disagreements are all above 0.3.
 */
const DETAIL_WORDING_MIN = 0.25;

function overlap(a: readonly string[], b: readonly string[]): number {
  const setB = new Set(b);
  const shared = a.filter((word) => setB.has(word)).length;
  const union = new Set([...a, ...b]).size;
  return union === 0 ? 0 : shared / union;
}

type Member = { article: number; sentence: number; details: SentenceDetails };

function headWord(text: string): string {
  const words = foldText(text)
    .replace(/[^\p{L}\s]/gu, ' ')
    .split(/\s+/)
    .filter((word) => word !== '');
  return words[words.length - 1] ?? '';
}

function checkNames(
  push: (conflict: Conflict) => void,
  context: ConflictContext,
  fact: string,
  a: Member,
  b: Member,
): void {
  const keysA = new Set(a.details.persons.map((person) => person.value));
  const keysB = new Set(b.details.persons.map((person) => person.value));
  const onlyA = a.details.persons.filter((person) => !keysB.has(person.value));
  const onlyB = b.details.persons.filter((person) => !keysA.has(person.value));
  for (const personA of onlyA) {
    for (const personB of onlyB) {
      if (isSamePerson(personA.value, personB.value)) continue;
      // The same name as written ("Varga" / "Varga's") under two keys is one person the language stage keyed
      // twice (a title glued on in one article), not two spellings.
      if (nameWords(personA.text).join(' ') === nameWords(personB.text).join(' ')) continue;
      if (personA.surname === personB.surname) continue;
      if (!isPersonName(personA.text) || !isPersonName(personB.text)) continue;
      if (!isNameVariant(personA.value, personB.value)) continue;
      const role = personA.labels[0]?.text ?? personB.labels[0]?.text;
      emit(push, context, 'name', fact, role === undefined ? 'name of a person' : `name of the ${role}`, [
        side(context, a.article, personA.value, personA),
        side(context, b.article, personB.value, personB),
      ]);
    }
  }
}

function nameWords(text: string): string[] {
  return foldText(text)
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}]+/u)
    .filter((word) => word !== '');
}

function checkTitles(
  push: (conflict: Conflict) => void,
  context: ConflictContext,
  fact: string,
  a: Member,
  b: Member,
): void {
  const articleA = context.articles[a.article];
  const articleB = context.articles[b.article];
  if (articleA === undefined || articleB === undefined) return;
  for (const mentionA of a.details.persons) {
    const mentionB = b.details.persons.find((person) => person.value === mentionA.value);
    if (mentionB === undefined) continue;
    // Only labels that name an office can disagree on one ("Campaign aide" describes).
    const personA = {
      ...mentionA,
      labels: mentionA.labels.filter((label) => isOfficeLabel(label, articleA)),
    };
    const personB = {
      ...mentionB,
      labels: mentionB.labels.filter((label) => isOfficeLabel(label, articleB)),
    };
    const headsA = personA.labels
      .filter((label) => !/\b(former|ex|then|acting|interim)\b/i.test(label.text))
      .map((label) => headWord(label.text))
      .filter((head) => head !== '' && !EPITHETS.has(head));
    const headsB = personB.labels
      .filter((label) => !/\b(former|ex|then|acting|interim)\b/i.test(label.text))
      .map((label) => headWord(label.text))
      .filter((head) => head !== '' && !EPITHETS.has(head));
    if (headsA.length === 0 || headsB.length === 0) continue;
    if (headsA.some((head) => headsB.some((other) => sameOffice(head, other)))) continue;
    const textsA = personA.labels.map((label) => label.text);
    const textsB = personB.labels.map((label) => label.text);
    if (textsA.some((x) => textsB.some((y) => titlesAgree(x, y) || seatAndPost(x, y)))) continue;
    // "his challenger, Councillor Ilse Varga" and "Challenger Ilse Varga": an article that itself gives the
    // other's role (in an appositive, or elsewhere) does not disagree with it.
    const linked = context.links.entities.find((entity) => entity.key === personA.value);
    const gives = (article: number, heads: readonly string[]): boolean =>
      linked?.members.some(
        (member) =>
          member.article === article &&
          member.entity.mentions.some((mention) =>
            mention.labels.some((label) => heads.some((head) => sameOffice(headWord(label.text), head))),
          ),
      ) === true;
    if (gives(a.article, headsB) || gives(b.article, headsA)) continue;
    const labelA = personA.labels.find((label) => headWord(label.text) === headsA[0]);
    const labelB = personB.labels.find((label) => headWord(label.text) === headsB[0]);
    if (labelA === undefined || labelB === undefined) continue;
    const name = context.links.entities.find((entity) => entity.key === personA.value)?.name ?? personA.text;
    emit(push, context, 'title', fact, `title of ${name}`, [
      side(context, a.article, headsA[0] as string, { ...labelA, slot: 'title', value: headsA[0] as string }),
      side(context, b.article, headsB[0] as string, { ...labelB, slot: 'title', value: headsB[0] as string }),
    ]);
  }
}

/**
 * Days on which each article says a person spoke; when two independent articles date one statement of the same
 * person to different days, the reader should know (the seed pair: "on Tuesday evening" vs "on Wednesday").
 * One statement: both articles quote the person with the same words (`quotesShared`), or the two dated
 * sentences tell the same thing said (`STATEMENT_SHARED_WORDS`). Two different statements, each on its day
 * ("said Friday that the bridge would reopen" / "in an interview Tuesday, said the council had overspent"), are
 * no conflict: on real news (ECB+, BASIL) nearly every such pair was two statements.
 */
function checkStatementDays(push: (conflict: Conflict) => void, context: ConflictContext): void {
  type Dated = { sentence: number; dates: Detail[] }[];
  const bySpeaker = new Map<string, Map<number, Dated>>();
  context.articles.forEach((article, index) => {
    article.sentences.forEach((_, sentence) => {
      const details = context.details(index, sentence);
      if (details.speechDates.length === 0) return;
      for (const speaker of details.speakers) {
        let perArticle = bySpeaker.get(speaker.value);
        if (perArticle === undefined) bySpeaker.set(speaker.value, (perArticle = new Map<number, Dated>()));
        let dated = perArticle.get(index);
        if (dated === undefined) perArticle.set(index, (dated = []));
        dated.push({ sentence, dates: details.speechDates });
      }
    });
  });
  for (const [speaker, perArticle] of bySpeaker) {
    const entries = [...perArticle.entries()];
    const name = context.links.entities.find((entity) => entity.key === speaker)?.name ?? speaker;
    for (let i = 0; i < entries.length; i++) {
      for (let j = i + 1; j < entries.length; j++) {
        const [articleA, datedA] = entries[i] as [number, Dated];
        const [articleB, datedB] = entries[j] as [number, Dated];
        let clash: [Detail, Detail] | undefined;
        if (
          quotesShared(
            context,
            speaker,
            { index: articleA, sentences: datedA.map((dated) => dated.sentence) },
            { index: articleB, sentences: datedB.map((dated) => dated.sentence) },
          )
        ) {
          clash = clashingDates(
            datedA.flatMap((dated) => dated.dates),
            datedB.flatMap((dated) => dated.dates),
          );
        }
        for (const a of datedA) {
          for (const b of datedB) {
            if (clash !== undefined) break;
            const wordsA = statementWords(context, articleA, a.sentence);
            const shared = statementWords(context, articleB, b.sentence).filter((word) =>
              wordsA.includes(word),
            );
            if (shared.length >= STATEMENT_SHARED_WORDS) clash = clashingDates(a.dates, b.dates);
          }
        }
        if (clash === undefined) continue;
        emit(push, context, 'date', undefined, `day ${name} spoke`, [
          side(context, articleA, clash[0].value, clash[0]),
          side(context, articleB, clash[1].value, clash[1]),
        ]);
      }
    }
  }
}

/**
 * 2 shared content words, names, titles and date words left out: "said on Friday that the bridge would reopen to
 * lorries" / "The bridge will reopen to lorries, ... said on Monday" share three; ECB+'s two statements of one
 * police inspector ("the incidents were not related" / "retrieve the body") share none.
 */
const STATEMENT_SHARED_WORDS = 2;
/** 3 shared content words make two quotations of one person the same words. */
const QUOTE_SHARED_WORDS = 3;

/** The lower-case content-word stems of a sentence, date words left out: what a statement says, not who or when. */
function statementWords(context: ConflictContext, index: number, sentence: number): string[] {
  const article = context.articles[index];
  const span = article?.sentences[sentence];
  if (article === undefined || span === undefined) return [];
  return [...contentWordCase(article.text.slice(span.start, span.end)).entries()]
    .filter(([stem, capitalised]) => !capitalised && !DATE_STEMS.has(stem) && !/\d/.test(stem))
    .map(([stem]) => stem);
}

/**
 * True when two articles give the same directly quoted words (`QUOTE_SHARED_WORDS`) of the person `speaker`, and in one of
 * them the quotation stands in or next to a sentence that dates the statement (`sentences`): "'This is not a
 * persecution,' X said on Tuesday evening" dates the words the other article quotes, there given to X or to no
 * one the language stage could name. A quotation both give elsewhere (a letter both cite) says nothing about
 * which statement each dated sentence tells.
 */
function quotesShared(
  context: ConflictContext,
  speaker: string,
  a: { index: number; sentences: readonly number[] },
  b: { index: number; sentences: readonly number[] },
): boolean {
  const quotesOf = (index: number): { sentence: number; speaker?: string; words: string[] }[] =>
    (context.articles[index]?.quotes ?? []).flatMap((quote) => {
      // Reported speech ("said that the server ...") is a paraphrase: a few shared words do not make it the same.
      if (quote.kind === 'indirect') return [];
      const key = context.links.lookup(index, quote.speaker)?.key;
      if (key !== undefined && key !== speaker) return [];
      return [
        {
          sentence: quote.sentence,
          ...(key === undefined ? {} : { speaker: key }),
          words: contentWords(quote.content.text),
        },
      ];
    });
  const quotesA = quotesOf(a.index);
  const quotesB = quotesOf(b.index);
  const datedBy = (
    near: { sentence: number; speaker?: string; words: string[] }[],
    sentences: readonly number[],
    other: { words: string[] }[],
  ): boolean =>
    near.some(
      (quote) =>
        quote.speaker === speaker &&
        sentences.some((dated) => Math.abs(dated - quote.sentence) <= 1) &&
        other.some(
          (otherQuote) =>
            otherQuote.words.filter((word) => quote.words.includes(word)).length >= QUOTE_SHARED_WORDS,
        ),
    );
  return datedBy(quotesA, a.sentences, quotesB) || datedBy(quotesB, b.sentences, quotesA);
}

/**
 * Counts of one thing across the whole story, also where the sentences carrying them were not aligned: one
 * outlet's lead says "leaving 31 cargo ships waiting at anchor", another's "as more than 40 ships sat idle".
 * Two counts are of one thing when they count the same noun (synonyms folded) and either both stand in the
 * first two sentences of their articles (where an outlet puts its headline figure) or their neighbourhoods
 * share at least `STORY_COUNT_CONTEXT_MIN` content words. They conflict when their ranges do not overlap and
 * neither article also gives a figure for that noun that agrees with the other's: an article that reports
 * both figures ("14 fissures; the Post reported 17") explains the gap rather than disagreeing. Numbers inside
 * quotations are left out: they are the speaker's.
 */
function checkStoryNumbers(push: (conflict: Conflict) => void, context: ConflictContext): void {
  const counts = context.articles.map((article, index) => storyCounts(context, article, index));
  const values = context.articles.map((_, index) => numberValues(context, index));
  const sources = context.articles.map((_, index) => tellingOf(context, index));
  // What decides whether a count of article i and the counts of article j raise anything, offsets left out:
  // copies have the same, and a count that raised nothing against one copy raises nothing against the next.
  const signatures = numberSignatures(context, counts, values);
  const quiet = new Set<number>();
  const quietKey = (i: number, x: number, j: number): number | undefined => {
    const a = signatures[i] ?? 0;
    const b = signatures[j] ?? 0;
    return a < STORY_SIGNATURE_LIMIT && b < STORY_SIGNATURE_LIMIT && x < STORY_COUNT_LIMIT
      ? (a * STORY_SIGNATURE_LIMIT + b) * STORY_COUNT_LIMIT + x
      : undefined;
  };
  // One disagreement found through several pairs (the wire, its copies and a standfirst, each against one
  // article) is one conflict: sides are gathered per counted noun and pair of values, then emitted once.
  const found = new Map<string, { about: string; sides: Side[] }>();
  // Counts by counted noun across the story, so that each count meets only the other counts of its noun.
  const byUnit = new Map<string, { article: number; count: StoryCount }[]>();
  counts.forEach((list, article) => {
    for (const count of list) {
      for (const unit of countKeys(count)) {
        let entries = byUnit.get(unit);
        if (entries === undefined) byUnit.set(unit, (entries = []));
        entries.push({ article, count });
      }
    }
  });
  for (let i = 0; i < counts.length; i++) {
    const listA = counts[i] ?? [];
    listA.forEach((x, xIndex) => {
      const bestPerArticle = new Map<number, { count: StoryCount; score: number }>();
      const met = new Set<number>();
      for (const unit of countKeys(x)) {
        for (const { article: j, count: y } of byUnit.get(unit) ?? []) {
          if (j <= i || sources[i] === sources[j]) continue;
          const key = quietKey(i, xIndex, j);
          if (key !== undefined && quiet.has(key)) continue;
          met.add(j);
          const samples = x.sample === true && y.sample === true;
          if (!samples && !sameCountedThing(x.detail, y.detail)) continue;
          if (namesOtherPeople(x.people, y.people)) continue;
          // A measure meets only a measure of the same substance moved by one kind of event.
          if (x.material !== y.material) continue;
          if (x.material !== undefined && x.detail.event !== y.detail.event) continue;
          const score = contextScore(x.context, y.context);
          const jobLoss =
            isSameJobLoss(x.detail, y.detail) ||
            (isSameArrestOrInjury(x.detail, y.detail) && claimedApart(context, i, x, j, y));
          if (
            !samples &&
            score < STORY_COUNT_CONTEXT_MIN &&
            !jobLoss &&
            !(x.sentence < LEAD_SENTENCES && y.sentence < LEAD_SENTENCES)
          )
            continue;
          if (!samples && score < STORY_COUNT_CONTEXT_MIN && !jobLoss) {
            const units = new Set([...(x.detail.units ?? []), ...(y.detail.units ?? [])]);
            const beyondUnit = [...x.context].filter(
              (word) => y.context.has(word) && !units.has(word),
            ).length;
            if (beyondUnit < 2) continue;
          }
          const best = bestPerArticle.get(j);
          if (best === undefined || score > best.score) bestPerArticle.set(j, { count: y, score });
        }
      }
      for (const [j, best] of bestPerArticle) {
        const listB = counts[j] ?? [];
        const y = best.count;
        if (numbersAgree(x.detail, y.detail)) continue;
        // "On Monday about 130 people marched" / "on Wednesday more than 200 people set off": two days, two
        // events (a story that runs for days counts its crowds, casualties and arrests again each day).
        if (
          clashingDates(context.details(i, x.sentence).dates, context.details(j, y.sentence).dates) !==
          undefined
        )
          continue;
        // "To date, 23 towns have signed the compact" / "Two towns filed a challenge on Thursday": a running total
        // and a count of one day's event are two counts (on BASIL, states that had legalised a drug so far against
        // the two states that sued on the story's day).
        if (isTotalAndMoment(x, y)) continue;
        // A count of people arrested or injured is explained only by a count of the same event ("at least 50
        // people were arrested" is not met by the same article's "40,000 people joined the march").
        const explained = (list: readonly StoryCount[], other: StoryCount): boolean =>
          list.some(
            (count) =>
              sameCountedThing(count.detail, other.detail) &&
              (!isSameArrestOrInjury(other.detail, other.detail) ||
                count.detail.event === other.detail.event) &&
              numbersAgree(count.detail, other.detail),
          );
        if (explained(listA, y) || explained(listB, x)) continue;
        // "landed 178 of 369 punches": the other figure stands in the article as a part or a total.
        if (
          values[i]?.has(Number(y.detail.value)) === true ||
          values[j]?.has(Number(x.detail.value)) === true
        )
          continue;
        const unit =
          x.detail.units?.find((stem) => y.detail.units?.includes(stem)) ??
          (isSameCrowd(x.detail, y.detail) ? CROWD_KEY : '');
        const noun =
          x.material === undefined
            ? countedNoun(x.detail, y.detail)
            : `${countedNoun(x.detail, y.detail)} of ${materialText(context, i, x.detail)}`;
        const samples = x.sample === true && y.sample === true;
        const key = `${samples ? SAMPLE_ABOUT : unit}${eventOfCount(x.detail, y.detail)}\u0000${[x.detail.value, y.detail.value].sort().join('\u0000')}`;
        let entry = found.get(key);
        if (entry === undefined)
          found.set(
            key,
            (entry = {
              about: samples ? SAMPLE_ABOUT : `how many ${noun}${eventOfCount(x.detail, y.detail)}`,
              sides: [],
            }),
          );
        addSides(context, entry.sides, [
          [i, x.detail],
          [j, y.detail],
        ]);
        met.delete(j);
      }
      for (const j of met) {
        const key = quietKey(i, xIndex, j);
        if (key !== undefined) quiet.add(key);
      }
    });
  }
  for (const { about, sides } of found.values()) emit(push, context, 'number', undefined, about, sides);
}

/**
 * 3 shared content words around two outlets' sums, the scale ("million") and currency left out: as for counts
 * (`STORY_COUNT_CONTEXT_MIN`), fewer are shared by two different sums of one story ("the bank", "the city").
 */
const STORY_SUM_CONTEXT_MIN = 3;

/**
 * 4 content words either side of a sum say what the money is or did ("auditors found that $3.2 million was
 * missing", "put the missing sum at $4.1 million"): the two sums must share one of them. Words further off in
 * a sentence are often its setting ("released eight years of tax returns, showing that she earned ..." / "In the
 * tax returns ..., Fenn has paid ... in local taxes"), shared by two sums of different things.
 */
const SUM_NEAR_WORDS = 4;

/** The words around a sum (`STORY_SUM_CONTEXT_MIN`) and right next to it (`SUM_NEAR_WORDS`). */
interface SumWords {
  words: Set<string>;
  near: Set<string>;
}

/** Scale words, which any two sums of millions share: no sign that they are one sum. */
const SCALE_STEMS = new Set(
  ['thousand', 'million', 'billion', 'trillion', 'bn'].map((word) => stemWord(word)),
);

/** True for a sum of money: a figure in a currency, by its sign ("$4.1 million") or its name ("40 million crowns"). */
function isSum(detail: Detail): boolean {
  const currency = detail.slot.slice('number:'.length);
  return SIGN_CURRENCIES.has(currency) || CURRENCY_UNITS.has(stemWord(currency));
}

/**
 * Sums across the whole story, in sentences the alignment did not put in one fact: the one sum of a currency an
 * article states against another outlet's one sum
 * ("auditors found that $3.2 million was missing" in the wire's lead / "The auditors' final report put the
 * shortfall at $4.1 million" in the local paper's third sentence). Sums are otherwise left to aligned sentences
 * (`MEASURES`): a story has many sums of different things. Two are taken for one only when each is its article's
 * only sum of that currency (outside quotations), the words around them share `STORY_SUM_CONTEXT_MIN` and the
 * words right next to them one (`SUM_NEAR_WORDS`); names are left out. What a sum is of is often told in the
 * sentences the alignment put in its fact: the article's own neighbouring sentence ("money was missing from the
 * fund. The auditors' final report put the shortfall at ...") and another outlet's relay of it ("According to the
 * Echo, the auditors put the missing sum at ..."), whose words count with its own. The relay itself is no side:
 * `withoutCreditedClaims` leaves its figure to the outlet it credits.
 */
function checkStorySums(
  push: (conflict: Conflict) => void,
  context: ConflictContext,
  facts: readonly FactMembers[],
  given: ConflictContext,
): void {
  const factOf = new Map<string, FactMembers>();
  for (const fact of facts)
    for (const member of fact.members) factOf.set(`${member.article}:${member.sentence}`, fact);
  const clauses = context.articles.map((article) => creditedClauses(article));
  const outlets = context.articles.map((article) => outletKey(article.outlet));
  const relays = (member: { article: number; sentence: number }, index: number): boolean => {
    const span = context.articles[member.article]?.sentences[member.sentence];
    const outlet = outlets[index] ?? '';
    return (
      span !== undefined &&
      outlet !== '' &&
      (clauses[member.article] ?? []).some((clause) => {
        const credited = outletKey(clause.outlet);
        return (
          clause.start < span.end &&
          span.start < clause.end &&
          (credited.endsWith(outlet) || outlet.endsWith(credited))
        );
      })
    );
  };
  // Names are left out: two sums of one story stand beside its names ("the Tarn Savings Bank") whatever they are.
  const whatWords = (index: number, sentence: number): { stem: string; start: number }[] => {
    const article = context.articles[index];
    const span = article?.sentences[sentence];
    if (article === undefined || span === undefined) return [];
    const text = article.text.slice(span.start, span.end);
    const cased = contentWordCase(`${text.trimStart().charAt(0).toLowerCase()}${text.trimStart().slice(1)}`);
    return sentenceWordStems(text, span.start).filter(
      (word) =>
        cased.get(word.stem) !== true && !SCALE_STEMS.has(word.stem) && !CURRENCY_UNITS.has(word.stem),
    );
  };
  const around = (words: readonly { stem: string; start: number }[], detail: Detail, reach: number) => {
    const at = words.findIndex((word) => word.start >= detail.start);
    const from = at === -1 ? words.length : at;
    return words.slice(Math.max(0, from - reach), from + reach).map((word) => word.stem);
  };
  const sumWords = (index: number, sentence: number, detail: Detail): SumWords => {
    const own = whatWords(index, sentence);
    const words = new Set(around(own, detail, COUNT_WINDOW_WORDS));
    const near = new Set(around(own, detail, SUM_NEAR_WORDS));
    for (const member of factOf.get(`${index}:${sentence}`)?.members ?? []) {
      if (member.article === index ? member.sentence === sentence : !relays(member, index)) continue;
      const theirs = whatWords(member.article, member.sentence);
      for (const word of theirs) words.add(word.stem);
      // The relay's own words for the figure ("put the missing sum at $4.1 million").
      if (member.article === index) continue;
      for (const relayed of given.details(member.article, member.sentence).numbers) {
        if (relayed.slot !== detail.slot || !numbersAgree(relayed, detail)) continue;
        for (const stem of around(theirs, relayed, SUM_NEAR_WORDS)) near.add(stem);
      }
    }
    return { words, near };
  };
  // Each article's one sum per currency, with the words that say what it is.
  const sums = context.articles.map((article, index) => {
    const quoted = article.quotes.filter((quote) => quote.kind !== 'indirect').map((quote) => quote.content);
    const bySlot = new Map<string, { detail: Detail; sentence: number }[]>();
    article.sentences.forEach((_, sentence) => {
      for (const detail of context.details(index, sentence).numbers) {
        if (!isSum(detail)) continue;
        if (quoted.some((content) => detail.start >= content.start && detail.end <= content.end)) continue;
        let list = bySlot.get(detail.slot);
        if (list === undefined) bySlot.set(detail.slot, (list = []));
        list.push({ detail, sentence });
      }
    });
    const one = new Map<string, { detail: Detail; sentence: number } & SumWords>();
    for (const [slot, list] of bySlot) {
      const [first] = list;
      if (first === undefined || !list.every((entry) => numbersAgree(entry.detail, first.detail))) continue;
      one.set(slot, { ...first, ...sumWords(index, first.sentence, first.detail) });
    }
    return one;
  });
  const values = context.articles.map((_, index) => numberValues(context, index));
  const found = new Map<string, { about: string; sides: Side[] }>();
  for (let i = 0; i < sums.length; i++) {
    for (let j = i + 1; j < sums.length; j++) {
      if (tellingOf(context, i) === tellingOf(context, j)) continue;
      for (const [slot, x] of sums[i] ?? []) {
        const y = sums[j]?.get(slot);
        if (y === undefined || numbersAgree(x.detail, y.detail)) continue;
        // Sums in one fact were compared there, on finer rules (`isSameSumByWordsAfter`).
        const factX = factOf.get(`${i}:${x.sentence}`);
        if (factX !== undefined && factX === factOf.get(`${j}:${y.sentence}`)) continue;
        if (contextScore(x.words, y.words) < STORY_SUM_CONTEXT_MIN || contextScore(x.near, y.near) === 0)
          continue;
        if (
          clashingDates(context.details(i, x.sentence).dates, context.details(j, y.sentence).dates) !==
          undefined
        )
          continue;
        // "$3.2 million of the $4.1 million": the other figure stands in the article as a part or a total.
        if (
          values[i]?.has(Number(y.detail.value)) === true ||
          values[j]?.has(Number(x.detail.value)) === true
        )
          continue;
        const key = `${slot}\u0000${[x.detail.value, y.detail.value].sort().join('\u0000')}`;
        let entry = found.get(key);
        if (entry === undefined)
          found.set(key, (entry = { about: numberAbout(context, i, x.detail, y.detail), sides: [] }));
        addSides(context, entry.sides, [
          [i, x.detail],
          [j, y.detail],
        ]);
      }
    }
  }
  for (const { about, sides } of found.values()) emit(push, context, 'number', undefined, about, sides);
}

/**
 * How much a risk rises, across the whole story: "doubles your risk of bowel cancer" / "a 20 percent higher
 * risk of bowel cancer" (`findRiskChanges`). Two changes are of one risk when what the risk is of shares a
 * content word ("bowel cancer" / "cancer"); they conflict when their factors differ (rounded to hundredths:
 * "20 percent higher" and "20 percent greater" are one figure). A tabloid's "doubles" for a study's 20 percent
 * is the classic misreading of a health study.
 */
function checkStoryRiskChanges(push: (conflict: Conflict) => void, context: ConflictContext): void {
  const groups: { words: Set<string>; target: string; sides: Side[] }[] = [];
  context.articles.forEach((article, index) => {
    for (const change of findRiskChanges(article.text)) {
      let group = groups.find((entry) => change.targetWords.some((word) => entry.words.has(word)));
      if (group === undefined) groups.push((group = { words: new Set(), target: change.target, sides: [] }));
      for (const word of change.targetWords) group.words.add(word);
      group.sides.push({
        key: change.factor.toFixed(2),
        value: change.text,
        article: index,
        citation: {
          article: article.id,
          sentence: sentenceIndexOf(article, change.start),
          start: change.start,
          end: change.end,
        },
      });
    }
  });
  for (const group of groups)
    emit(push, context, 'number', undefined, `how much the risk of ${group.target} rises`, group.sides);
  checkRisksReadAsLevels(push, context);
}

/**
 * Target words that name no particular risk: "of getting the deadly disease", "of developing the condition". A
 * level of one of these, in a story that gives a relative rise of the same size, stands for that rise's risk.
 */
const GENERIC_TARGET_WORDS = new Set(
  'disease diseases illness illnesses condition conditions disorder ailment deadly killer fatal serious terrible dreaded awful horrible painful it them'.split(
    ' ',
  ),
);

/**
 * A relative rise told elsewhere in the story as an absolute chance: the study's "20 percent higher risk of bowel
 * cancer" (from, say, 5 in 10,000 to 6 in 10,000) as "a 20 percent chance of getting the deadly disease" or "a
 * one-in-five chance". The level is read as the same figure when it equals the rise (rounded to hundredths) and
 * is of the same risk: a shared target word, or a target that names no particular risk ("the disease"). Another
 * source must give the rise; a level no source gives as a rise ("a 5 percent lifetime chance") is a baseline, not a
 * misreading. Reported as a number conflict whose `about` says which side is relative and which absolute.
 */
function checkRisksReadAsLevels(push: (conflict: Conflict) => void, context: ConflictContext): void {
  const changes = context.articles.flatMap((article, index) =>
    findRiskChanges(article.text).map((change) => ({ change, index, article })),
  );
  const found = new Map<string, { about: string; relative: Side[]; absolute: Side[] }>();
  context.articles.forEach((article, index) => {
    for (const level of findRiskLevels(article.text)) {
      const generic = level.targetWords.every((word) => GENERIC_TARGET_WORDS.has(word));
      const rises = changes.filter(
        ({ change, index: other }) =>
          sourceOf(context, other) !== sourceOf(context, index) &&
          change.factor > 1 &&
          (change.factor - 1).toFixed(2) === level.level.toFixed(2) &&
          (generic || change.targetWords.some((word) => level.targetWords.includes(word))),
      );
      const [first] = rises;
      // An article that gives the rise itself tells the level as something else (a baseline that happens to be of
      // the same size), not as the rise misread.
      const ownRise = findRiskChanges(article.text).some(
        (change) => change.factor > 1 && (change.factor - 1).toFixed(2) === level.level.toFixed(2),
      );
      if (first === undefined || ownRise) continue;
      const percent = Math.round(level.level * 1000) / 10;
      const key = `${first.change.targetWords.join(' ')}\u0000${level.level.toFixed(2)}`;
      let entry = found.get(key);
      if (entry === undefined)
        found.set(
          key,
          (entry = {
            about: `whether ${percent} percent is a rise in the risk of ${first.change.target} (relative) or the chance of it (absolute)`,
            relative: [],
            absolute: [],
          }),
        );
      for (const { change, index: other, article: source } of rises) {
        if (entry.relative.some((side) => side.article === other && side.citation.start === change.start))
          continue;
        entry.relative.push({
          key: 'relative',
          value: change.text,
          article: other,
          citation: {
            article: source.id,
            sentence: sentenceIndexOf(source, change.start),
            start: change.start,
            end: change.end,
          },
        });
      }
      entry.absolute.push({
        key: 'absolute',
        value: level.text,
        article: index,
        citation: {
          article: article.id,
          sentence: sentenceIndexOf(article, level.start),
          start: level.start,
          end: level.end,
        },
      });
    }
  });
  for (const { about, relative, absolute } of found.values())
    emit(push, context, 'number', undefined, about, [...relative, ...absolute]);
}

/**
 * How long one thing lasted, across the whole story: "The strike lasted three days" / "after a four-day strike",
 * "closed for two weeks" / "closed for 10 days". Two durations are of one thing when they say what lasted with
 * the same word ("strike", "closed"; synonyms folded: "walkout", "shut", `lastingKey`) and their neighbourhoods
 * share at least one other content word; they
 * conflict when their ranges in hours do not overlap ("about two weeks" allows 13 days; a month is 28 to 31
 * days) and neither article also gives a length that agrees with the other's. Durations inside quotations are
 * the speaker's, and sentences dated to different days or to a year, or opening on another time ("A year
 * earlier"), tell different events. Reported as a number conflict
 * ("how long the strike lasted"); a pair already reported by the per-fact number check is not reported again.
 */
function checkStoryDurations(push: (conflict: Conflict) => void, context: ConflictContext): void {
  const lists = context.articles.map((article, index) => storyDurations(context, article, index));
  const sources = context.articles.map((_, index) => sourceOf(context, index));
  const found = new Map<string, { about: string; sides: Side[] }>();
  const sameThing = (x: StoryCount, y: StoryCount): boolean =>
    lastingKey(x.anchor ?? '') === lastingKey(y.anchor ?? '') &&
    [...x.context].some((word) => word !== x.anchor && word !== y.anchor && y.context.has(word));
  for (let i = 0; i < lists.length; i++) {
    const listA = lists[i] ?? [];
    for (let j = i + 1; j < lists.length; j++) {
      const listB = lists[j] ?? [];
      if (listA.length === 0 || listB.length === 0 || sources[i] === sources[j]) continue;
      for (const x of listA) {
        for (const y of listB) {
          if (!sameThing(x, y) || numbersAgree(x.detail, y.detail)) continue;
          // "has worked at the plant for 37 years" / "for nearly 30 years", "a 28-year veteran" / "a 20-year
          // veteran": told of different people, different lengths (ECB+).
          const personsX = context.details(i, x.sentence).persons.map((person) => person.value);
          const personsY = context.details(j, y.sentence).persons.map((person) => person.value);
          if (
            personsX.length > 0 &&
            personsY.length > 0 &&
            !personsX.some((person) => personsY.includes(person))
          )
            continue;
          if (
            clashingDates(context.details(i, x.sentence).dates, context.details(j, y.sentence).dates) !==
            undefined
          )
            continue;
          const explained = (list: readonly StoryCount[], other: StoryCount): boolean =>
            list.some((own) => sameThing(own, other) && numbersAgree(own.detail, other.detail));
          if (explained(listA, y) || explained(listB, x)) continue;
          const key = `${lastingKey(x.anchor ?? '')}\u0000${[x.detail.value, y.detail.value].sort().join('\u0000')}`;
          let entry = found.get(key);
          if (entry === undefined)
            found.set(
              key,
              (entry = {
                about: `how long (${lastingKey(x.anchor ?? '') === PRISON_TERM ? PRISON_TERM : (x.detail.subject ?? 'it')})`,
                sides: [],
              }),
            );
          addSides(context, entry.sides, [
            [i, x.detail],
            [j, y.detail],
          ]);
        }
      }
    }
  }
  for (const { about, sides } of found.values()) emit(push, context, 'number', undefined, about, sides);
}

/** What a prison term is called where lengths of it are compared: "how long (prison sentence)". */
const PRISON_TERM = 'prison sentence';

/** Names of a strike, as stems: "The strike will last three days" / "The walkout will last five days". */
const LASTING_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['walkou', 'strike'],
  ['stoppa', 'strike'],
  // A court's term, however the outlet words it: "sentenced to six years", "jailed for seven years", "caged for
  // seven years", "imprisoned for", "a six-year prison term", "a six-year sentence".
  ['senten', PRISON_TERM],
  ['jail', PRISON_TERM],
  ['cag', PRISON_TERM],
  ['impris', PRISON_TERM],
  ['prison', PRISON_TERM],
]);

/**
 * What lasted, as compared: the stem of its word, strikes under one name (`LASTING_SYNONYMS`), and words of one
 * kind of event under one key ("closed for two weeks" / "the shutdown lasted 10 days"; `EVENT_WORD_GROUPS`).
 */
function lastingKey(anchor: string): string {
  const folded = LASTING_SYNONYMS.get(anchor) ?? anchor;
  const group = EVENT_WORD_GROUPS.findIndex((words) => words.has(folded));
  return group === -1 ? folded : `event:${group}`;
}

/** The durations an article states outside quotations, with the words around each. */
function storyDurations(context: ConflictContext, article: Article, index: number): StoryCount[] {
  const quoted = article.quotes.filter((quote) => quote.kind !== 'indirect').map((quote) => quote.content);
  const found: StoryCount[] = [];
  article.sentences.forEach((span, sentence) => {
    const { durations, dates } = context.details(index, sentence);
    if (durations.length === 0) return;
    // "The last strike, in 2019, lasted two weeks", "A year earlier, ...": another time, another event.
    const sentenceText = article.text.slice(span.start, span.end);
    if (dates.some((date) => date.value.startsWith('year:')) || /\b(?:1[89]|20)\d\d\b/.test(sentenceText))
      return;
    const opening = foldText(article.text.slice(span.start, Math.min(span.end, span.start + 40)));
    if (OTHER_TIME_OPENING.test(opening)) return;
    // A short sentence says what lasted ("The strike lasted three days") and leaves where to the sentence
    // before it, so that one counts as its neighbourhood too.
    const previous = article.sentences[sentence - 1];
    const words = sentenceWordStems(sentenceText, span.start);
    const before =
      previous === undefined
        ? []
        : sentenceWordStems(article.text.slice(previous.start, previous.end), previous.start);
    for (const detail of durations) {
      if (quoted.some((content) => detail.start >= content.start && detail.end <= content.end)) continue;
      const near = wordsAround(words, detail);
      for (const word of before) near.add(word.stem);
      found.push({ detail, sentence, anchor: detail.anchor ?? '', context: near });
    }
  });
  return found;
}

/** Signature ids below this (and counts per article below `STORY_COUNT_LIMIT`) make a numeric pair key. */
const STORY_SIGNATURE_LIMIT = 2 ** 20;
const STORY_COUNT_LIMIT = 2 ** 10;

/** A detail as compared: everything but its offsets, infinite ranges kept apart from missing ones. */
function detailKey(detail: Detail): unknown {
  return JSON.parse(
    JSON.stringify(detail, (field, value: unknown) =>
      field === 'start' || field === 'end'
        ? undefined
        : typeof value === 'number' && !Number.isFinite(value)
          ? String(value)
          : value,
    ),
  );
}

/** Ids of equal strings: the same id for articles that read the same. */
function internIds(keys: readonly string[]): number[] {
  const ids = new Map<string, number>();
  return keys.map((key) => {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  });
}

/**
 * Per article, an id of what `checkStoryNumbers` reads of it: its counts (detail, sentence, neighbourhood,
 * the days of the sentence) and every number it states.
 */
function numberSignatures(
  context: ConflictContext,
  counts: readonly StoryCount[][],
  values: readonly Set<number>[],
): number[] {
  return internIds(
    counts.map((list, index) =>
      JSON.stringify([
        list.map((count) => [
          detailKey(count.detail),
          count.sentence,
          [...count.context].sort(),
          count.people ?? [],
          count.moment ?? '',
          context.details(index, count.sentence).dates.map((date) => date.value),
        ]),
        [...(values[index] ?? [])].map(String).sort(),
      ]),
    ),
  );
}

/**
 * A person's title across the whole story: two independent articles whose titles for one person (titles and
 * roles, "Deputy Electoral Commissioner Ruth Okonjo", "Council leader Lena Ostrova") have no office in common
 * with any label the other gives the person (an appositive "the mayor" agrees with "Mayor"). Two titles
 * share an office when the head word of one (the office: "officer", "chief", "boss") is, or is a synonym of,
 * a word of the other: "Election chief" / "Chief Electoral Officer" agree, "Chief Electoral Officer" /
 * "Deputy Electoral Commissioner" do not (they share only "electoral", the field, not the office).
 */
function checkStoryTitles(push: (conflict: Conflict) => void, context: ConflictContext): void {
  for (const linked of context.links.entities) {
    if (linked.type !== 'person') continue;
    const byArticle = new Map<number, { label: Label; article: number }[]>();
    // Every label each article gives the person, appositives included: any of them may show that the article
    // agrees with another's title ("Lena Ostrova, the mayor" / "Mayor Lena Ostrova"), though only titles and
    // roles raise a conflict (an appositive is as often a description: "a mother of three").
    const anyLabel = new Map<number, Label[]>();
    for (const member of linked.members) {
      const article = context.articles[member.article];
      for (const mention of member.entity.mentions) {
        for (const label of mention.labels) {
          let all = anyLabel.get(member.article);
          if (all === undefined) anyLabel.set(member.article, (all = []));
          all.push(label);
          if (article === undefined || !isOfficeLabel(label, article)) continue;
          // "'As president, Senator Ames will ...,' a spokesman said then": a title in quoted words may be of
          // another time, and is the speaker's wording, not the outlet's (it may still agree, above).
          if (isInQuotedWords(article, label.start)) continue;
          let list = byArticle.get(member.article);
          if (list === undefined) byArticle.set(member.article, (list = []));
          list.push({ label, article: member.article });
        }
      }
    }
    const entries = [...byArticle.entries()];
    const sides: Side[] = [];
    const sideLabels = new Map<string, string>();
    for (let i = 0; i < entries.length; i++) {
      for (let j = i + 1; j < entries.length; j++) {
        const [articleA, labelsA] = entries[i] as [number, { label: Label }[]];
        const [articleB, labelsB] = entries[j] as [number, { label: Label }[]];
        if (sourceOf(context, articleA) === sourceOf(context, articleB)) continue;
        const allA = anyLabel.get(articleA) ?? [];
        const allB = anyLabel.get(articleB) ?? [];
        const agree =
          labelsA.some((a) =>
            allB.some((b) => officesAgree(a.label.text, b.text) || seatAndPost(a.label.text, b.text)),
          ) ||
          labelsB.some((b) =>
            allA.some((a) => officesAgree(a.text, b.label.text) || seatAndPost(a.text, b.label.text)),
          );
        if (agree) continue;
        const a = labelsA[0]?.label;
        const b = labelsB[0]?.label;
        if (a === undefined || b === undefined) continue;
        for (const [article, label] of [
          [articleA, a],
          [articleB, b],
        ] as const) {
          if (sides.some((other) => other.article === article)) continue;
          // A title that agrees with a side already found stands on that side: "Election chief" with "Chief
          // Electoral Officer", against "Deputy Electoral Commissioner".
          const agreeing = [...sideLabels].find(([, text]) => officesAgree(text, label.text));
          const key = agreeing?.[0] ?? officeCore(label.text).join(' ');
          if (agreeing === undefined) sideLabels.set(key, label.text);
          sides.push(side(context, article, key, { ...label, slot: 'title', value: key }));
        }
      }
    }
    emit(push, context, 'title', undefined, `title of ${linked.name}`, sides);
  }
}

/**
 * A person's name spelled two ways across the story ("Gregg Miliote" / "Gregg Milliote"), wherever the sentences
 * stand: the per-fact check (`checkNames`) sees only sentences aligned into one fact. Two linked persons are one
 * name spelled two ways when their full names are variants (`isNameVariant`) with different surnames, no article
 * names both (then they are two people), no source writes both, and neither spelling's surname occurs in an
 * article of the other (a surname alone, "Milliote said", would show the article knows that spelling too).
 * Spellings joined through a third ("Heidar Alishvandi" / "Heydar Alishbandi" / "Heydar Alishvandi") make one
 * conflict with a side for each.
 */
function checkStoryNames(push: (conflict: Conflict) => void, context: ConflictContext): void {
  const persons = context.links.entities.filter(
    (linked) => linked.type === 'person' && linked.key.includes(' ') && isPersonName(linked.name),
  );
  const group = persons.map((_, index) => index);
  const root = (index: number): number => {
    while (group[index] !== index) index = group[index] as number;
    return index;
  };
  const articleText = new Map<number, string>();
  const mentions = (article: number, surname: string): boolean => {
    let text = articleText.get(article);
    if (text === undefined)
      articleText.set(article, (text = foldText(context.articles[article]?.text ?? '')));
    return new RegExp(`(?<![\\p{L}\\p{N}])${surname}(?![\\p{L}\\p{N}])`, 'u').test(text);
  };
  for (let i = 0; i < persons.length; i++) {
    for (let j = i + 1; j < persons.length; j++) {
      const a = persons[i] as LinkedEntity;
      const b = persons[j] as LinkedEntity;
      const surnameA = a.key.split(' ').at(-1) ?? '';
      const surnameB = b.key.split(' ').at(-1) ?? '';
      if (surnameA === surnameB || isSamePerson(a.key, b.key) || !isNameVariant(a.key, b.key)) continue;
      const articlesA = new Set(a.members.map((member) => member.article));
      const articlesB = [...new Set(b.members.map((member) => member.article))];
      if (articlesB.some((article) => articlesA.has(article))) continue;
      const sourcesA = new Set([...articlesA].map((article) => sourceOf(context, article)));
      if (articlesB.some((article) => sourcesA.has(sourceOf(context, article)))) continue;
      if ([...articlesA].some((article) => mentions(article, surnameB))) continue;
      if (articlesB.some((article) => mentions(article, surnameA))) continue;
      group[root(j)] = root(i);
    }
  }
  const components = new Map<number, LinkedEntity[]>();
  persons.forEach((person, index) => {
    const members = components.get(root(index));
    if (members === undefined) components.set(root(index), [person]);
    else members.push(person);
  });
  for (const spellings of components.values()) {
    if (spellings.length < 2) continue;
    const sides = spellings.flatMap((linked) => namedSides(context, linked));
    const role = sides
      .map((entry) => sideDetails.get(entry.citation) as PersonDetail | undefined)
      .find((detail) => detail?.labels[0] !== undefined)?.labels[0]?.text;
    emit(
      push,
      context,
      'name',
      undefined,
      role === undefined ? 'name of a person' : `name of the ${role}`,
      sides,
    );
  }
}

type PersonDetail = SentenceDetails['persons'][number];

/**
 * One side per article naming a linked person: its fullest mention by name ("Judge Vincent Del Giudice" over a
 * later "Del Giudice"), the first of equal length, as the sentence details read it.
 */
function namedSides(context: ConflictContext, linked: LinkedEntity): Side[] {
  const sides: Side[] = [];
  for (const article of new Set(linked.members.map((member) => member.article))) {
    const owner = context.articles[article];
    if (owner === undefined) continue;
    let fullest: PersonDetail | undefined;
    for (let sentence = 0; sentence < owner.sentences.length; sentence++) {
      for (const person of context.details(article, sentence).persons) {
        if (person.value !== linked.key || !isPersonName(person.text)) continue;
        if (fullest === undefined || person.text.length > fullest.text.length) fullest = person;
      }
    }
    if (fullest === undefined) continue;
    // The side shows the article's full name for the person when the mention is part of it ("Del Giudice" in
    // "Judge Vincent Del Giudice", read as one entity "Vincent Del Giudice").
    const mention = foldText(fullest.text);
    const named = linked.members
      .filter((member) => member.article === article && foldText(member.entity.name).includes(mention))
      .map((member) => member.entity.name)
      .reduce((best, name) => (name.length > best.length ? name : best), fullest.text);
    sides.push(side(context, article, fullest.value, { ...fullest, text: named }));
  }
  return sides;
}

/**
 * An age set off after a person's name: "Halden, 61, denied ...", "Rolf Halden (61)", "Halden, aged 61,". Up to
 * 120: a larger figure there is not an age.
 */
const AGE_AFTER_NAME =
  /^(?:,\s+(?:aged\s+)?(\d{1,3})(?=[,;.]|\s+(?:and|who|was|is|has|had|said|told)\b)|\s+\((\d{1,3})\)|,\s+(?:an?\s+)?(\d{1,3})-year-old\b)/u;
/** "61-year-old Karl Hesse", "the 61-year-old former harbour director Karl Hesse": an age before the name. */
const AGE_BEFORE_NAME = /\b(\d{1,3})-year-old\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,4}$/u;
/**
 * "The 61-year-old showed no emotion": an age standing for a person, told of the person last named before it
 * (in that sentence or the one before). Only before a verb-like word or a stop: "the 61-year-old driver" may be
 * someone else.
 */
const AGE_FOR_NAME =
  /\b[Tt]he\s+(\d{1,3})-year-old(?=\s*[,.;]|\s+(?:\p{Ll}+ed|\p{Ll}+s|had|will|would|could|can|said|told|made|took|left|went|did|who)\b)/gu;
const MAX_AGE = 120;

/**
 * The age each article gives a person of the story, compared across outlets: "Halden, 61," in one report and
 * "Halden, 62," in another is a disagreement a reader should see. One outlet's two reports are not compared
 * (`emit` needs two sources), and an article giving two ages is left out (a birthday, or a misread). Ages at a
 * trial older than those told elsewhere are of a later moment (`isAgeAtLaterTrial`).
 */
function checkStoryAges(push: (conflict: Conflict) => void, context: ConflictContext): void {
  for (const linked of context.links.entities) {
    if (linked.type !== 'person') continue;
    const sides: Side[] = [];
    for (const member of linked.members) {
      const article = context.articles[member.article];
      if (article === undefined) continue;
      const ages: Detail[] = [];
      const add = (written: string | undefined, start: number): void => {
        if (written === undefined || Number(written) > MAX_AGE) return;
        if (ages.some((age) => age.start === start)) return;
        ages.push({ slot: 'number:age', value: written, text: written, start, end: start + written.length });
      };
      for (const mention of member.entity.mentions) {
        if (mention.reference) continue;
        const match = AGE_AFTER_NAME.exec(article.text.slice(mention.end, mention.end + 24));
        const written = match?.[1] ?? match?.[2] ?? match?.[3];
        if (match !== null && written !== undefined) add(written, mention.end + match[0].indexOf(written));
        const lead = article.text.slice(Math.max(0, mention.start - 60), mention.start);
        const before = AGE_BEFORE_NAME.exec(lead);
        if (before?.[1] !== undefined) add(before[1], mention.start - lead.length + before.index);
      }
      for (const standIn of ageStandIns(article, context.links, member.article)) {
        if (standIn.key === linked.key) add(standIn.written, standIn.start);
      }
      const [age] = ages;
      if (age === undefined || ages.some((other) => other.value !== age.value)) continue;
      sides.push(side(context, member.article, age.value, age));
    }
    if (isAgeAtLaterTrial(context, sides)) continue;
    emit(push, context, 'number', undefined, `age of ${linked.name}`, sides);
  }
}

/** Words of a trial or its outcome: an age told beside them is the age at the trial, not at the crime. */
const TRIAL_WORDS = /\b(?:guilty|convicted|sentenced|sentencing|jury|jurors|verdict|acquitted|trial)\b/i;

/**
 * The ages of a person told at a trial (`TRIAL_WORDS` in the age's sentence) are all older than those told
 * elsewhere: the ages of two moments, the crime and a trial months or years on, not a disagreement (on ECB+, a
 * suspect's age at the shooting and, two years older, at the verdict). A younger age at the trial still shows.
 */
function isAgeAtLaterTrial(context: ConflictContext, sides: readonly Side[]): boolean {
  const atTrial = (entry: Side): boolean => {
    const article = context.articles[entry.article];
    const span = article?.sentences[entry.citation.sentence];
    return span !== undefined && TRIAL_WORDS.test(article?.text.slice(span.start, span.end) ?? '');
  };
  const trial = sides.filter(atTrial).map((entry) => Number(entry.key));
  const other = sides.filter((entry) => !atTrial(entry)).map((entry) => Number(entry.key));
  return trial.length > 0 && other.length > 0 && Math.min(...trial) > Math.max(...other);
}

/**
 * The ages that stand for a person ("The 61-year-old showed no emotion", `AGE_FOR_NAME`), each with the story key
 * of the person named last before it, in its sentence or the one before.
 */
function ageStandIns(
  article: Article,
  links: EntityLinks,
  index: number,
): { key: string; written: string; start: number }[] {
  const found: { key: string; written: string; start: number }[] = [];
  for (const match of article.text.matchAll(AGE_FOR_NAME)) {
    const written = match[1];
    if (written === undefined) continue;
    const start = match.index + match[0].indexOf(written);
    const sentence = sentenceIndexOf(article, start);
    const from = article.sentences[Math.max(0, sentence - 1)]?.start ?? 0;
    let last: { key: string; end: number } | undefined;
    for (const entity of article.entities) {
      const linked = links.lookup(index, entity.id);
      if ((linked?.type ?? entity.type) !== 'person') continue;
      for (const mention of entity.mentions) {
        if (mention.reference === true || mention.start < from || mention.end > match.index) continue;
        if (last === undefined || mention.end > last.end)
          last = { key: linked?.key ?? entityKey(entity), end: mention.end };
      }
    }
    if (last !== undefined) found.push({ key: last.key, written, start });
  }
  return found;
}

/**
 * The words of an office as written, without what it is of and without function words: "the mayor of Brenn"
 * -> ["mayor"], "Council leader" -> ["council", "leader"].
 */
function officeCore(text: string): string[] {
  const [main = ''] = foldText(text).split(/\s+(?:of|for|at|in)\s+/);
  return officeWords(main.replace(/['’]s\b/g, '')).filter((word) => !isStopword(word));
}

// Words that make "leader" a description, not an office: "world leader", "spiritual leader".
const DESCRIBING_MODIFIERS = new Set([
  'world',
  'political',
  'spiritual',
  'religious',
  'community',
  'national',
]);

/**
 * True when a title or role names an office: not a former one ("former mayor"), not an honorific ("Dr"), not a
 * label that judges ("dictator"). "leader" names an office only after the body led: "Council leader",
 * "opposition leader", "party leader" are offices; "leader", "Brenn's leader", "Venezuelan leader" (a place or
 * a people: a capitalised word ending like a demonym, or a place the article names) describe whoever runs it.
 */
function namesOffice(label: Label, article: Article): boolean {
  // "sheriff's" of "sheriff's Deputy": whose, not what.
  if (/\b(former|ex|then|acting|interim)\b/i.test(label.text) || /['’]s$/.test(label.text.trim()))
    return false;
  // "former travel reporter": the word before the label makes it a past office.
  if (
    /\b(?:former|ex|then|onetime|retired)[\s-]+$/i.test(
      article.text.slice(Math.max(0, label.start - 12), label.start),
    )
  )
    return false;
  const words = officeCore(label.text);
  const head = words[words.length - 1] ?? '';
  if (head === '' || HONORIFICS.has(head) || COEXISTING_ROLES.has(head)) return false;
  if (!EPITHETS.has(head)) return true;
  if (!GENERIC_OFFICES.has(head) || /['’]s\b/.test(label.text)) return false;
  const modifier = words[words.length - 2];
  if (modifier === undefined || DESCRIBING_MODIFIERS.has(modifier)) return false;
  const written = label.text.split(/\s+/).find((word) => foldText(word) === modifier) ?? '';
  if (/^\p{Lu}/u.test(written) && /(?:an|ese|ish|i)$/.test(modifier)) return false;
  const at = label.start + label.text.indexOf(written);
  return !article.entities.some(
    (entity) =>
      entity.type === 'place' && entity.mentions.some((mention) => mention.start <= at && at < mention.end),
  );
}

/**
 * A title or role that names an office (`namesOffice`). A role is an office when its head is a word written
 * before names as a title ("Council leader"); "Nixon aide", "American contender", "the actress" describe. A
 * title's head is at least a role noun: "Deputy Public" (of "Deputy Public Defender", cut short) names nothing.
 */
function isOfficeLabel(label: Label, article: Article): boolean {
  if (label.kind !== 'title' && label.kind !== 'role') return false;
  if (!namesOffice(label, article)) return false;
  const core = officeCore(label.text);
  const head = core[core.length - 1] ?? '';
  return label.kind === 'role' ? isTitleWord(head) : isRoleWord(head);
}

/**
 * Roles held alongside an office, which contradict none: a spokesman is also an inspector ("Police spokesman" /
 * "Police Inspector" for one officer on ECB+), a candidate also a senator, a deputy or an assistant also
 * something.
 */
const COEXISTING_ROLES = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'candidate',
  'nominee',
  'deputy',
  'assistant',
]);

// Epithets that also name an office once the body led is said ("Council leader").
const GENERIC_OFFICES = new Set(['leader']);

/**
 * Two titles name one office: the head of either is, or is a synonym of, a word of the other, read on the
 * office as written ("the mayor of Brenn" -> "mayor") or on all the label's words ("Government of Prime
 * Minister" keeps "minister").
 */
function officesAgree(a: string, b: string): boolean {
  return officeWordsAgree(officeCore(a), officeCore(b)) || officeWordsAgree(officeWords(a), officeWords(b));
}

function officeWordsAgree(wordsA: readonly string[], wordsB: readonly string[]): boolean {
  const headA = wordsA[wordsA.length - 1] ?? '';
  const headB = wordsB[wordsB.length - 1] ?? '';
  // A rank before the office ("Deputy Electoral Commissioner") is not an office of its own.
  const offices = (words: readonly string[]): string[] =>
    words.filter((word, index) => index === words.length - 1 || !RANKS.has(word));
  return (
    offices(wordsB).some((word) => sameOffice(headA, word)) ||
    offices(wordsA).some((word) => sameOffice(headB, word))
  );
}

const RANKS = new Set(['deputy', 'vice', 'assistant', 'associate', 'acting', 'interim', 'senior', 'junior']);

/**
 * Days of one event across the whole story, also where the sentences were not aligned: "its board will meet
 * on Friday next week" / "Its board will meet next Thursday". Two day mentions are of one event when their
 * neighbourhoods share at least `STORY_DATE_CONTEXT_MIN` content words (the date words themselves left out);
 * also when the words before both name one event ("an early election for June 28" / "The election will be held
 * on July 5"; `namedEventOfDay`). They conflict when the days differ and neither article also gives the other's
 * day for a matching event.
 * Days that date a statement ("said on Tuesday") are left to the speaker check, and days inside quotations
 * are the speaker's.
 */
function checkStoryDates(push: (conflict: Conflict) => void, context: ConflictContext): void {
  const days = context.articles.map((article, index) => storyDays(context, article, index));
  const sources = context.articles.map((_, index) => sourceOf(context, index));
  // Two articles whose days read as an earlier quiet pair's (copies) raise nothing either.
  const signatures = internIds(
    days.map((list) =>
      JSON.stringify(
        list.map((day) => [
          day.detail.value,
          day.anchor ?? '',
          day.words ?? [],
          day.before ?? 0,
          day.people ?? [],
        ]),
      ),
    ),
  );
  const quiet = new Set<number>();
  const found = new Map<string, Side[]>();
  const namedOf = new Map<string, string>();
  const byAnchor = days.map((list) => {
    const map = new Map<string, StoryCount[]>();
    for (const day of list) {
      let entries = map.get(day.anchor ?? '');
      if (entries === undefined) map.set(day.anchor ?? '', (entries = []));
      entries.push(day);
    }
    return map;
  });
  for (let i = 0; i < days.length; i++) {
    const listA = days[i] ?? [];
    if (listA.length === 0) continue;
    for (let j = i + 1; j < days.length; j++) {
      const listB = days[j] ?? [];
      if (listB.length === 0 || sources[i] === sources[j]) continue;
      const pair = (signatures[i] ?? 0) * SIGNATURE_SCALE + (signatures[j] ?? 0);
      if (quiet.has(pair)) continue;
      let raised = false;
      for (const x of listA) {
        let best: { day: StoryCount; score: number } | undefined;
        for (const y of byAnchor[j]?.get(x.anchor ?? '') ?? []) {
          const score = contextScore(x.context, y.context);
          if (score < STORY_DATE_CONTEXT_MIN || x.anchor !== y.anchor) continue;
          if (
            isOtherEvent(dayWords(x), dayWords(y)) ||
            isOtherThing(x, y) ||
            !isSameAnchorPhrase(x, y) ||
            namesOtherPeople(x.people, y.people) ||
            isOtherAnnouncement(context, i, x, j, y) ||
            isPlanAndDeed(x, y)
          )
            continue;
          if (best === undefined || score > best.score) best = { day: y, score };
        }
        // Worded apart ("The bridge closed on Tuesday" / "Officials shut the bridge on March 4"): one event
        // when a verb of one kind stands next to the same thing in both.
        if (best === undefined) {
          for (const y of listB) {
            if (!isSameEvent(dayWords(x), dayWords(y)) || isOtherThing(x, y)) continue;
            if (isOtherAnnouncement(context, i, x, j, y) || isPlanAndDeed(x, y)) continue;
            if (namesOtherPeople(x.people, y.people)) continue;
            const score = contextScore(x.context, y.context);
            if (best === undefined || score > best.score) best = { day: y, score };
          }
        }
        // Named by one event noun ("an early election for June 28" / "The election will be held on July 5").
        if (best === undefined && x.named !== undefined) {
          const y = listB.find(
            (day) => isSameNamedEvent(day.named, x.named) && !isOtherThing(x, day) && !isPlanAndDeed(x, day),
          );
          if (y !== undefined) best = { day: y, score: 0 };
        }
        if (best === undefined) continue;
        const y = best.day;
        if (datesAgree(x.detail.value, y.detail.value) !== false) continue;
        const explained = (list: readonly StoryCount[], other: StoryCount): boolean =>
          list.some(
            (day) =>
              datesAgree(day.detail.value, other.detail.value) === true &&
              (contextScore(day.context, other.context) >= STORY_DATE_CONTEXT_MIN ||
                isSameEvent(dayWords(day), dayWords(other)) ||
                isSameNamedEvent(day.named, other.named)),
          );
        if (explained(listA, y) || explained(listB, x)) continue;
        raised = true;
        const key = [x.detail.value, y.detail.value].sort().join('\u0000');
        let sides = found.get(key);
        if (sides === undefined) found.set(key, (sides = []));
        // "day of the election": the event both days are of, where both name it.
        if (x.named !== undefined && isSameNamedEvent(x.named, y.named)) namedOf.set(key, x.named);
        addSides(context, sides, [
          [i, x.detail],
          [j, y.detail],
        ]);
      }
      if (!raised) quiet.add(pair);
    }
  }
  for (const [key, sides] of found) {
    const named = namedOf.get(key);
    emit(
      push,
      context,
      'date',
      undefined,
      named === undefined ? 'day or date' : `day of the ${named}`,
      sides,
    );
  }
}

/**
 * The days of the arrests two sentences count in dispute: where a number conflict holds that the sentences count the
 * same arrests (the count check read both as people arrested, `ARREST_EVENT`) and each sentence names one day of
 * a thing done (not one still to come: `tenseOf`), those days are the day of the same arrests, and when they differ
 * the day is disputed too. The day clauses need not share a word: "Police arrested 22 people on Tuesday when they
 * broke up the camp" / "Police cleared the blockade on Wednesday, arresting 14 protesters" tell one operation, and
 * the day checks (`checkStoryDates`) read the first as dating the arrests and the second as dating the clearing. Only
 * arrests: a count of deaths or injuries often stands beside the day of a later report, charge or trial (see
 * `EVENT_FORMS`). A conflict between two reports of one outlet over time (`latestFigureSide` decides that later) is
 * no dispute of the day; one outlet's two days are never sides against each other (different sources only).
 */
function checkArrestDays(
  push: (conflict: Conflict) => void,
  context: ConflictContext,
  conflicts: readonly Conflict[],
): void {
  const indexOf = new Map(context.articles.map((article, index) => [article.id, index]));
  const daysOf = new Map<number, StoryCount[]>();
  const soleDay = (article: number, sentence: number): StoryCount | undefined => {
    let days = daysOf.get(article);
    if (days === undefined) {
      const owner = context.articles[article] as Article;
      daysOf.set(article, (days = storyDays(context, owner, article)));
    }
    const inSentence = days.filter((day) => day.sentence === sentence);
    const [only] = inSentence;
    return inSentence.length === 1 && only?.tense !== 'planned' && (only?.before ?? 0) >= 0
      ? only
      : undefined;
  };
  const found = new Map<string, Side[]>();
  for (const conflict of conflicts) {
    if (conflict.kind !== 'number' || conflict.latest !== undefined) continue;
    const counted = conflict.sides.map((entry) =>
      entry.citations.flatMap((citation) => {
        const detail = sideDetails.get(citation);
        const article = indexOf.get(citation.article);
        return detail?.event === ARREST_EVENT && article !== undefined ? [{ article, citation }] : [];
      }),
    );
    for (let a = 0; a < counted.length; a++) {
      for (let b = a + 1; b < counted.length; b++) {
        for (const x of counted[a] ?? []) {
          for (const y of counted[b] ?? []) {
            if (tellingOf(context, x.article) === tellingOf(context, y.article)) continue;
            const dayX = soleDay(x.article, x.citation.sentence);
            const dayY = soleDay(y.article, y.citation.sentence);
            if (dayX === undefined || dayY === undefined) continue;
            if (datesAgree(dayX.detail.value, dayY.detail.value) !== false) continue;
            const key = [dayX.detail.value, dayY.detail.value].sort().join('\u0000');
            let sides = found.get(key);
            if (sides === undefined) found.set(key, (sides = []));
            addSides(context, sides, [
              [x.article, dayX.detail],
              [y.article, dayY.detail],
            ]);
          }
        }
      }
    }
  }
  for (const sides of found.values()) emit(push, context, 'date', undefined, 'day or date', sides);
}

/**
 * Verbs of making something known, as stems: a day they date is the day of a statement ("announced Thursday that
 * he would delay the address"), and two such days are of one event only when the statements say the same thing.
 */
const ANNOUNCING_STEMS = new Set(
  [
    'announce',
    'announced',
    'unveil',
    'unveiled',
    'declare',
    'declared',
    'reveal',
    'revealed',
    'disclose',
    'disclosed',
  ].map((word) => stemWord(word)),
);
/**
 * 3 shared content words (names, titles, dates and the verb left out) make two announcements one: on ECB+ and
 * BASIL stories, two different announcements of one story shared up to two ("announced a ban on city employees
 * traveling" / "announced Monday that he would ban state-funded travel", by two officials).
 */
const ANNOUNCEMENT_SHARED_WORDS = 3;

/**
 * True when the day dates an announcement: the verb of announcing comes just before it ("announced Monday",
 * "announced plans Monday"), or the day opens its clause and the verb follows ("On Saturday, Mayor Lind of
 * Brannock announced").
 */
function datesAnnouncement(day: StoryCount): boolean {
  if (ANNOUNCING_STEMS.has(day.anchor ?? '')) return true;
  const words = day.words ?? [];
  const before = day.before ?? 0;
  if (before === 0) return words.some((word) => ANNOUNCING_STEMS.has(word));
  // "announced plans Tuesday": the verb and its object before the day.
  return words
    .slice(Math.max(0, before - ANNOUNCED_OBJECT_WORDS - 1), before)
    .some((word) => ANNOUNCING_STEMS.has(word));
}

/** Content words that may stand between a verb of announcing and its day: "announced plans Tuesday". */
const ANNOUNCED_OBJECT_WORDS = 1;

/** Two days that each date an announcement (`ANNOUNCING_STEMS`) of different things: two statements, two days. */
function isOtherAnnouncement(
  context: ConflictContext,
  i: number,
  x: StoryCount,
  j: number,
  y: StoryCount,
): boolean {
  if (!datesAnnouncement(x) || !datesAnnouncement(y)) return false;
  const wordsX = statementWords(context, i, x.sentence).filter((word) => !ANNOUNCING_STEMS.has(word));
  const shared = statementWords(context, j, y.sentence).filter((word) => wordsX.includes(word));
  return shared.length < ANNOUNCEMENT_SHARED_WORDS;
}

/**
 * 3 shared content words and the same word before the day: on the example corpus the one event told with
 * different days shares 3-4 ("board", "meet", "decide", "repair") and its verb ("meet on Friday" / "meet next
 * Thursday"); different events of one strike on different days share the story's words ("strike", "docks")
 * but not the verb ("began on Monday" / "third day on Wednesday").
 */
const STORY_DATE_CONTEXT_MIN = 3;

function storyDays(context: ConflictContext, article: Article, index: number): StoryCount[] {
  const quoted = article.quotes.filter((quote) => quote.kind !== 'indirect').map((quote) => quote.content);
  const found: StoryCount[] = [];
  article.sentences.forEach((span, sentence) => {
    const details = context.details(index, sentence);
    if (details.dates.length === 0) return;
    for (const detail of details.dates) {
      if (!/^(day|weekday):/.test(detail.value)) continue;
      if (details.speechDates.includes(detail)) continue;
      if (quoted.some((content) => detail.start >= content.start && detail.end <= content.end)) continue;
      const { anchor, words, before, markers, clause } = dayClause(article, span, detail);
      // "Sunday's game": the day of the noun after it, not of an event word in the clause.
      const possessive = /^['’]s\b/.test(article.text.slice(detail.end, detail.end + 3));
      const named = namedEventOfDay(article.text.slice(span.start, span.end), detail.start - span.start);
      found.push({
        detail,
        sentence,
        anchor,
        context: new Set(words),
        words,
        before: possessive ? -1 : before,
        markers,
        people: peopleIn(article, index, clause, context.links),
        ...(named === undefined ? {} : { named }),
        ...tenseOf(article, clause, detail),
      });
    }
  });
  return found;
}

/** Whether a day is of something still to come or of something done, as its article tells it. */
type DayTense = 'planned' | 'done';

/**
 * Words before a day, in its clause, that make it the day of something still to come: "will meet on", "is
 * expected to announce ... on", "are to vote on", "plans to ... on", "scheduled for".
 */
const PLANNED_BEFORE =
  /\b(?:will|shall|(?:is|are|was|were)\s+(?:(?:due|set|slated|poised|going)\s+)?to|(?:plans?|planned|planning|expects?|expected|intends?|scheduled|slated)\s+to|(?:scheduled|set|slated|planned|due)\s+(?:for|on))\b/i;

/**
 * Words before a day, in its clause, that tell something done: a past form ("sent", "met", "announced", "was"). A
 * bare "on Tuesday" in a present sentence ("the vote is on Tuesday") tells neither.
 */
const DONE_BEFORE =
  /\b(?:was|were|had|did|[a-z]{2,}ed|sent|met|held|made|took|gave|told|left|began|came|went|found|struck|hit|won|lost|fell|shot|broke|brought|caught|fought|kept|led|paid|ran|saw|spoke|stood|wrote|sold|spent|built|sought|threw|flew|drove|rode|quit|fled|stole|chose)\b/gi;

/**
 * Nouns of events held on a day, which a day after them dates rather than the verb before them: "has called both
 * sides to talks at the ministry on Thursday" dates the talks, still to come, not the calling.
 */
const HELD_EVENT_NOUNS =
  /\b(?:talks|meetings?|hearings?|votes?|ballots?|elections?|trials?|summits?|conferences?|sessions?|ceremon(?:y|ies)|games?|match(?:es)?|sentencing|funerals?|rall(?:y|ies)|debates?|inquiry|inquest|interviews?|visits?|calls?)\b/i;

/**
 * Whether a day is of something still to come (`PLANNED_BEFORE` in its clause, or a date after the article's
 * own) or of something done (a past form before it in a dated article with no noun of a held event between,
 * `HELD_EVENT_NOUNS`, and the date, if given, not after the article's); nothing when the words do not tell. Returned as a field to spread into a `StoryCount`.
 */
function tenseOf(article: Article, clause: TextRange, detail: Detail): { tense?: DayTense } {
  const before = article.text.slice(clause.start, Math.max(clause.start, detail.start));
  if (PLANNED_BEFORE.test(before)) return { tense: 'planned' };
  const published = article.published?.slice(0, 10);
  if (published === undefined) return {};
  const day = detail.value.startsWith('day:') ? detail.value.slice(4) : undefined;
  if (day !== undefined && day > published) return { tense: 'planned' };
  const past = [...before.matchAll(DONE_BEFORE)].pop();
  if (past === undefined || HELD_EVENT_NOUNS.test(before.slice(past.index + past[0].length))) return {};
  return { tense: 'done' };
}

/**
 * One day of something still to come and one of something done (`tenseOf`): two events, not one event on two
 * days. The same event cannot be both ahead and over, and a plan that later changed is no dispute between the
 * outlets: "is expected to announce at a meeting with the skippers on Thursday" / "sent a letter to the skippers
 * on Tuesday" (on BASIL, a party chairman's call expected on one day and his e-mail about it sent two days before).
 */
function isPlanAndDeed(a: StoryCount, b: StoryCount): boolean {
  return a.tense !== undefined && b.tense !== undefined && a.tense !== b.tense;
}

/** The clause of a sentence that holds a detail: from the break before it to the break after it (`CLAUSE_BREAK`). */
function clauseRange(article: Article, span: TextRange, detail: Detail): TextRange {
  const sentenceText = article.text.slice(span.start, span.end);
  const breaks = [...sentenceText.matchAll(CLAUSE_BREAK)].map((match) => span.start + match.index);
  return {
    start: Math.max(span.start, ...breaks.filter((at) => at < detail.start)),
    end: Math.min(span.end, ...breaks.filter((at) => at >= detail.end)),
  };
}

/** The people the clause of a detail names (`peopleIn`). */
function peopleOfDetail(context: ConflictContext, index: number, sentence: number, detail: Detail): string[] {
  const article = context.articles[index];
  const span = article?.sentences[sentence];
  if (article === undefined || span === undefined) return [];
  return peopleIn(article, index, clauseRange(article, span, detail), context.links);
}

/**
 * What a day mention is the day of: the content-word stems of its clause within `DATE_WINDOW_WORDS` of it, in
 * order, and the word saying what happened on it (`anchor`).
 */
function dayClause(
  article: Article,
  span: { start: number; end: number },
  detail: Detail,
): { anchor: string; words: string[]; before: number; markers: string[]; clause: TextRange } {
  const sentenceText = article.text.slice(span.start, span.end);
  const words = sentenceWordStems(sentenceText, span.start).filter((word) => !DATE_STEMS.has(word.stem));
  // One sentence often tells two events with two days ("will lower the reservoir from Monday, and its board
  // will meet on Friday"): the event of a day is its own clause.
  const { start: clauseStart, end: clauseEnd } = clauseRange(article, span, detail);
  const near = words.filter((word) => word.start >= clauseStart && word.start < clauseEnd);
  const at = near.findIndex((word) => word.start >= detail.start);
  const around = near.slice(
    Math.max(0, (at === -1 ? near.length : at) - DATE_WINDOW_WORDS),
    (at === -1 ? near.length : at) + DATE_WINDOW_WORDS,
  );
  // What happened on the day: the content word just before it ("meet on Friday", "ministry on
  // Wednesday"), or just after when the clause starts with it.
  const anchor = (at === -1 ? near[near.length - 1] : at > 0 ? near[at - 1] : near[at])?.stem ?? '';
  const before = around.filter((word) => word.start < detail.start).length;
  // The marks of the thing the day is of stand on the anchor's side of the day: "a supplementary report published
  // on Thursday", "On Thursday a second report"; not "on Tuesday - another huge blow".
  const from = before > 0 ? (around[0]?.start ?? detail.start) : detail.end;
  const to = before > 0 ? detail.start - 1 : (around[around.length - 1]?.start ?? detail.end);
  const markers = normalizeText(sentenceText)
    .filter((token) => span.start + token.start >= from && span.start + token.start <= to)
    .map((token) => token.word)
    .filter((word) => OTHER_INSTANCE_WORDS.has(word));
  return {
    anchor,
    words: around.map((word) => word.stem),
    before,
    markers: [...new Set(markers)].sort(),
    clause: { start: clauseStart, end: clauseEnd },
  };
}

/**
 * Words that tell one of several things of a kind: "the audit report published on Tuesday" and "a supplementary
 * report published on Thursday" are two reports, each on its own day, not one report on two days. Days whose
 * clauses hold different sets of these words are of different things (`isOtherThing`).
 */
const OTHER_INSTANCE_WORDS = new Set(
  (
    'supplementary follow-up followup second third fourth fifth new another further additional separate fresh ' +
    'revised updated amended subsequent previous initial preliminary interim final original first'
  ).split(' '),
);

/**
 * The people a stretch of an article names, by their story-wide keys: persons mentioned by name (not by a
 * pronoun) in `range`, leaving out the speakers of quotes ("..., Coach Helen Brisk said"), who tell the event
 * rather than take part in it.
 */
function peopleIn(article: Article, index: number, range: TextRange, links: EntityLinks): string[] {
  const speakers = article.quotes.flatMap((quote) => (quote.source === undefined ? [] : [quote.source]));
  const keys = new Set<string>();
  for (const entity of article.entities) {
    const linked = links.lookup(index, entity.id);
    // The story's type: one article may not tell that "Thomas" is a person when another does.
    if ((linked?.type ?? entity.type) !== 'person') continue;
    const named = entity.mentions.some(
      (mention) =>
        mention.reference !== true &&
        mention.start >= range.start &&
        mention.end <= range.end &&
        !speakers.some((speaker) => mention.start < speaker.end && speaker.start < mention.end),
    );
    if (named) keys.add(linked?.key ?? entityKey(entity));
  }
  return [...keys].filter((key) => key !== '');
}

/**
 * Two clauses that each name people and no person in common tell of different people: "The team placed Thomas
 * on injured reserve Wednesday" / "The team placed Ivory on injured reserve Tuesday" are two placements, not one
 * on two days. A clause that names nobody says nothing either way.
 */
function namesOtherPeople(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === undefined || b === undefined || a.length === 0 || b.length === 0) return false;
  return !a.some((x) => b.some((y) => isSamePerson(x, y)));
}

/** Two days of different things of one kind: their clauses mark them differently ("supplementary report"). */
function isOtherThing(a: StoryCount, b: StoryCount): boolean {
  const markersA = a.markers ?? [];
  const markersB = b.markers ?? [];
  return markersA.length !== markersB.length || markersA.some((word, index) => word !== markersB[index]);
}

/**
 * Two days of one event: the same word says what happened on both ("met on Tuesday" / "meet on Thursday"), or
 * words of one kind of event stand next to the same thing (`isSameEvent`), and neither clause marks another
 * thing of the kind (`isOtherThing`).
 */
function isSameEventDay(a: StoryCount, b: StoryCount): boolean {
  if (isOtherThing(a, b) || isOtherEvent(dayWords(a), dayWords(b))) return false;
  return (
    (a.anchor !== '' && a.anchor === b.anchor && isSameAnchorPhrase(a, b)) ||
    isSameEvent(dayWords(a), dayWords(b))
  );
}

/**
 * 3: content words of the phrase of a day's anchor word, on its side away from the day, that say what it is of:
 * "the audit report published on Tuesday" (audit, report) / "the inspectors' findings published on Thursday"
 * (inspector, finding) publish two things; "its board will meet on Friday" / "the authority's board is due to
 * meet on Thursday" share "board".
 */
const ANCHOR_PHRASE_WORDS = 3;

/** The content words of a day's anchor phrase, on the side away from the day; undefined when it cannot tell. */
function anchorPhrase(day: StoryCount): Set<string> | undefined {
  const words = day.words ?? [];
  const before = day.before ?? 0;
  if (before < 0) return undefined;
  const phrase =
    before > 0
      ? words.slice(Math.max(0, before - 1 - ANCHOR_PHRASE_WORDS), before - 1)
      : words.slice(1, 1 + ANCHOR_PHRASE_WORDS);
  return phrase.length === 0 ? undefined : new Set(phrase);
}

/** Two days with the same anchor word whose anchor phrases share a word, or one of which says nothing more. */
function isSameAnchorPhrase(a: StoryCount, b: StoryCount): boolean {
  const phraseA = anchorPhrase(a);
  const phraseB = anchorPhrase(b);
  return phraseA === undefined || phraseB === undefined || [...phraseA].some((word) => phraseB.has(word));
}

/**
 * Content words on either side of an event word that say what the event happened to: "shut the bridge",
 * "the bridge closed", "closure of the bridge" (function words are not counted).
 */
const EVENT_ARGUMENT_REACH_WORDS = 2;

/** A day's words in order and how many stand before it (`StoryCount.words`, `StoryCount.before`). */
interface DayWords {
  words: readonly string[];
  before: number;
}

/**
 * The event words of a day's clause that the day can date, with where each stands: those before the day
 * ("the bridge closed on Tuesday", "shut the bridge on March 4"), or those after it when it opens the clause
 * ("On Tuesday the bridge closed"). After a day that follows its verb, an event word is in another phrase:
 * "marched on Wednesday against the closure of the bridge" dates the march, not the closure.
 */
function eventWords({ words, before }: DayWords): { group: number; at: number }[] {
  const found: { group: number; at: number }[] = [];
  if (before < 0) return [];
  words.forEach((word, at) => {
    if (before > 0 && at >= before) return;
    EVENT_WORD_GROUPS.forEach((group, index) => {
      if (group.has(word)) found.push({ group: index, at });
    });
  });
  return found;
}

function dayWords(day: StoryCount): DayWords {
  return { words: day.words ?? [], before: day.before ?? 0 };
}

/** Words next to an event word (within `EVENT_ARGUMENT_REACH_WORDS`), the event words themselves left out. */
function argumentsOf(words: readonly string[], at: number): Set<string> {
  const near = new Set<string>();
  for (let index = at - EVENT_ARGUMENT_REACH_WORDS; index <= at + EVENT_ARGUMENT_REACH_WORDS; index++) {
    const word = words[index];
    if (index === at || word === undefined) continue;
    if (!EVENT_WORD_GROUPS.some((group) => group.has(word))) near.add(thingWord(word));
  }
  return near;
}

/** Two day contexts tell one event: an event word of one group in each, next to a word they share. */
function isSameEvent(a: DayWords, b: DayWords): boolean {
  const eventsB = eventWords(b);
  return eventWords(a).some((x) =>
    eventsB.some((y) => {
      if (x.group !== y.group) return false;
      const near = argumentsOf(b.words, y.at);
      return [...argumentsOf(a.words, x.at)].some((word) => near.has(word));
    }),
  );
}

/** Two day contexts whose event words are all of different groups ("closed" / "reopened"). */
function isOtherEvent(a: DayWords, b: DayWords): boolean {
  const groupsA = new Set(eventWords(a).map((event) => event.group));
  const groupsB = new Set(eventWords(b).map((event) => event.group));
  return groupsA.size > 0 && groupsB.size > 0 && ![...groupsA].some((group) => groupsB.has(group));
}

const CLAUSE_BREAK = /;|, (?:and|but|while|which|after|before|as|when)\b|\b(?:after|before|when|while)\b/g;
/** Content words either side of a day that say what happened on it. */
const DATE_WINDOW_WORDS = 6;

/**
 * Stems of time words, left out of the words around a day, so that the word before a day is what happened on it:
 * "were found two days later, on Thursday night" is anchored on "found", not "later".
 */
const DATE_STEMS = new Set(
  'monday tuesda wednes thursd friday saturd sunday januar februa march april june july august septem octobe novemb decemb today yester tomorr tonigh morning mornin evenin aftern night next later earlie day week hour ago two three'.split(
    ' ',
  ),
);

/** Sentences 0 and 1: the lead, where the story's headline figure stands (a standfirst counts as one). */
const LEAD_SENTENCES = 2;
/**
 * 3 shared content words (the counted noun included) within `COUNT_WINDOW_WORDS` of each number: on the
 * example corpus, the counts of one thing outside the lead share 3 or more ("1,140 postal ballots ... the
 * signature" / "1,104 postal ballots ... signature mismatches"); counts of different things with the same noun
 * ("fleet of 14 trucks" / "a queue of 200 trucks") share the noun and little else.
 */
const STORY_COUNT_CONTEXT_MIN = 3;
const COUNT_WINDOW_WORDS = 10;

/**
 * Measures and money are left to aligned sentences: across a story they are mostly different quantities with
 * the same unit (on 30 ECB+ stories: distances to different towns, magnitudes of two quakes, poll shares of
 * different polls, sizes of two buildings, the value of two robberies), not one count told two ways. A volume or
 * weight of one substance that one kind of event moved is the exception (`measuredMaterial`).
 */
const MEASURES = new Set(
  (
    'percen mile metre meter kilome km foot feet inch yard square acre hectar calibe magnit degree hour minute ' +
    'second year month week day kg kilogr pound ton tonne litre liter gallon mph point million billion ak ' +
    'thousan crown euro dollar cent block'
  ).split(' '),
);

/**
 * Measures of a substance that one event moved, compared across the story like counts: "about 12,000 litres of
 * solvent escaped" / "20,000 litres of solvent leaked" (`measuredMaterial`).
 */
const MATERIAL_MEASURES = new Set(['litre', 'liter', 'gallon', 'tonne', 'ton', 'kilogr', 'kg']);

/** The substance right after a measure: "litres of solvent", "tonnes of the slurry". */
const MATERIAL_AFTER = /^\s+of\s+(?:the\s+)?(\p{L}[\p{L}-]*)/u;

/**
 * The stem of what a volume or weight measures ("12,000 litres of solvent" -> "solven"), when the words after it
 * say so and the count says what happened to it (`Detail.event`: "leaked", "escaped", "the spill at"); undefined
 * otherwise. A tank "holding 50,000 litres of solvent" says no event, so it never meets the leak's 12,000 litres.
 */
function measuredMaterial(article: Article, detail: Detail): string | undefined {
  if (detail.event === undefined || !(detail.units ?? []).some((unit) => MATERIAL_MEASURES.has(unit)))
    return undefined;
  const material = MATERIAL_AFTER.exec(article.text.slice(detail.end, detail.end + 60))?.[1];
  return material === undefined || isStopword(material.toLowerCase())
    ? undefined
    : stemWord(material.toLowerCase());
}

const OTHER_TIME_OPENING =
  /^(?:\W*(?:but|and|yet)\s+)?(?:(?:a|one|two|three|the)\s+(?:day|week|month|year)s?\s+(?:earlier|later|before)|earlier|later|previously|last\s+(?:year|week|month)|in\s+(?:19|20)\d\d)\b/;

interface StoryCount {
  detail: Detail;
  sentence: number;
  context: Set<string>;
  /** Counts: the people a study followed or asked (`isStudySample`). */
  sample?: boolean;
  /**
   * Counts: a running total ("To date, 14 towns have signed", `isRunningTotal`), or a count of something done on
   * a day its sentence names ("filed a challenge on Thursday"); neither when the sentence tells neither.
   */
  moment?: 'running-total' | 'dated';
  /** Measures: the stem of what is measured ("litres of solvent" -> "solven"), from `measuredMaterial`. */
  material?: string;
  /** Days: the word saying what happened on it. */
  anchor?: string;
  /** Days: the content-word stems around it, in order (the date words left out). */
  words?: string[];
  /** Days: how many of `words` stand before the day; -1 when the day is a possessive ("Sunday's game"). */
  before?: number;
  /** Days: the words of the day's clause that mark one of several things of a kind (`OTHER_INSTANCE_WORDS`). */
  markers?: string[];
  /** The people the clause of the day or count names (`peopleIn`). */
  people?: string[];
  /** Days: still to come or already done when the article was written (`dayTense`), where it can tell. */
  tense?: DayTense;
  /** Days: the event the words before the day name ("an early election for June 28"; `namedEventOfDay`). */
  named?: string;
}

function storyCounts(context: ConflictContext, article: Article, index: number): StoryCount[] {
  const quoted = article.quotes.filter((quote) => quote.kind !== 'indirect').map((quote) => quote.content);
  const counts: StoryCount[] = [];
  article.sentences.forEach((span, sentence) => {
    const details = context.details(index, sentence);
    if (details.numbers.length === 0) return;
    // A line of figures ("13 homers and 43 RBIs in 54 games") compares parts and totals, and a sentence that
    // opens on another time ("A day earlier, ...", "But later, ...") counts another moment: on ECB+ stories
    // both were different counts, not one count told two ways.
    // Counts of people whose own clause says what happened to them ("23 people were injured, nine of them
    // officers, and 41 people were arrested") stay: each is a count of one event's people, not a line of figures.
    const inLine = details.numberCount >= 3;
    if (inLine && !details.numbers.some((detail) => detail.event !== undefined)) return;
    const opening = foldText(article.text.slice(span.start, Math.min(span.end, span.start + 40)));
    if (OTHER_TIME_OPENING.test(opening)) return;
    const words = sentenceWordStems(article.text.slice(span.start, span.end), span.start);
    const moment = isRunningTotal(article.text.slice(span.start, span.end))
      ? 'running-total'
      : details.dates.some((date) => /^(day|weekday):/.test(date.value))
        ? 'dated'
        : undefined;
    for (const detail of details.numbers) {
      if (detail.units === undefined || detail.slot === 'number:age') continue;
      if (inLine && detail.event === undefined) continue;
      if (/^number:(percent|dollar|euro|pound|yen)$/.test(detail.slot)) continue;
      const material = measuredMaterial(article, detail);
      if (detail.units.some((unit) => MEASURES.has(unit)) && material === undefined) continue;
      if (quoted.some((content) => detail.start >= content.start && detail.end <= content.end)) continue;
      if (isJobLoss(detail) && EARLIER_TALLY.test(article.text.slice(detail.end, span.end))) continue;
      const near = wordsAround(words, detail);
      for (const stem of COUNT_QUALIFIER_STEMS) near.delete(stem);
      counts.push({
        detail,
        sentence,
        context: near,
        people: peopleIn(article, index, clauseRange(article, span, detail), context.links),
        ...(material === undefined ? {} : { material }),
        ...(isStudySample(detail) ? { sample: true } : {}),
        ...(moment === undefined ? {} : { moment }),
      });
    }
  });
  return counts;
}

/** One count a running total and the other a count of one dated event (`StoryCount.moment`). */
function isTotalAndMoment(a: StoryCount, b: StoryCount): boolean {
  const moments = new Set([a.moment, b.moment]);
  return moments.has('running-total') && moments.has('dated');
}

/** Words before a count of people that make it a study's sample: "a study of 4,820 people", "followed 48,200 adults". */
const STUDY_ANCHOR_STEMS = new Set(
  ['study', 'survey', 'trial', 'cohort', 'followed', 'tracked', 'recruited', 'enrolled', 'surveyed'].map(
    (word) => stemWord(word),
  ),
);
/** Nouns for the people a study counts, as stems. */
const SAMPLE_NOUN_STEMS = new Set(
  [
    'people',
    'adults',
    'participants',
    'patients',
    'volunteers',
    'men',
    'women',
    'children',
    'subjects',
    'respondents',
  ].map((word) => stemWord(word)),
);
/** What a dispute over the size of a study's sample is about. */
const SAMPLE_ABOUT = 'how many people the study followed';

/**
 * A count of the people a study followed or asked: people, adults, participants... right after a study word
 * ("a study of 4,820 people", "the team followed 48,200 adults"). A story about one study has one sample, however
 * each outlet words it, so two such counts are compared across the story whatever their neighbourhoods (a
 * tabloid's "study of 4,820 people" misreads the 48,200 adults of the press release tenfold).
 */
function isStudySample(detail: Detail): boolean {
  return (
    STUDY_ANCHOR_STEMS.has(detail.anchor ?? '') &&
    (detail.units ?? []).some((unit) => SAMPLE_NOUN_STEMS.has(unit)) &&
    detail.event === undefined
  );
}

/** The same figure: equal numbers allowing the same range ("14" / "fourteen", not "14" / "more than 14"). */
function sameFigure(a: Detail, b: Detail): boolean {
  return a.value === b.value && a.low === b.low && a.high === b.high;
}

/** Content-word stems within `COUNT_WINDOW_WORDS` of a number: what the number is a count of, and where. */
function wordsAround(words: readonly { stem: string; start: number }[], detail: Detail): Set<string> {
  const at = words.findIndex((word) => word.start >= detail.start);
  const from = Math.max(0, (at === -1 ? words.length : at) - COUNT_WINDOW_WORDS);
  const near = words.slice(from, (at === -1 ? words.length : at) + COUNT_WINDOW_WORDS);
  return new Set(near.map((word) => word.stem));
}

/**
 * Words that say how exact a figure is ("at least", "roughly"), not what it counts or where: two counts sharing
 * them share nothing ("injuring at least two people" at one truck / "at least 70 people have been hurt" in the
 * protests, ECB+). Left out of the neighbourhoods `checkStoryNumbers` compares; joining a side
 * (`joinAgreeingCounts`) needs the same qualifier anyway.
 */
const COUNT_QUALIFIER_STEMS = new Set(
  ['least', 'nearly', 'around', 'almost', 'roughly', 'approximately', 'estimated'].map((word) =>
    stemWord(word),
  ),
);

/** The words around a side's number, for comparing it with other articles' counts. */
function countContext(
  context: ConflictContext,
  index: number,
  sentence: number,
  detail: Detail,
): Set<string> {
  const article = context.articles[index];
  const span = article?.sentences[sentence];
  if (article === undefined || span === undefined) return new Set();
  return wordsAround(sentenceWordStems(article.text.slice(span.start, span.end), span.start), detail);
}

/**
 * Every count an article states: not inside a quotation, and not a figure it credits to another outlet where that
 * is not its claim (the context comes through `withoutCreditedClaims`).
 */
function ownCounts(context: ConflictContext, index: number): StoryCount[] {
  const article = context.articles[index];
  if (article === undefined) return [];
  const quoted = article.quotes.filter((quote) => quote.kind !== 'indirect').map((quote) => quote.content);
  const counts: StoryCount[] = [];
  article.sentences.forEach((span, sentence) => {
    const details = context.details(index, sentence);
    if (details.numbers.length === 0) return;
    const words = sentenceWordStems(article.text.slice(span.start, span.end), span.start);
    for (const detail of details.numbers) {
      if (quoted.some((content) => detail.start >= content.start && detail.end <= content.end)) continue;
      counts.push({ detail, sentence, context: wordsAround(words, detail) });
    }
  });
  return counts;
}

/** Every number an article states, counted or not ("178 of 369" gives both). */
function numberValues(context: ConflictContext, index: number): Set<number> {
  const values = new Set<number>();
  const article = context.articles[index];
  article?.sentences.forEach((_, sentence) => {
    for (const value of context.details(index, sentence).allNumbers) values.add(value);
  });
  return values;
}

function sentenceWordStems(text: string, offset: number): { stem: string; start: number }[] {
  return normalizeText(text)
    .filter((token) => !isStopword(token.word) && !/\d/.test(token.word))
    .map((token) => ({ stem: stemWord(token.word), start: offset + token.start }));
}

function sharesUnit(a: Detail, b: Detail): boolean {
  if (a.slot === 'number:percent' || b.slot === 'number:percent') return a.slot === b.slot;
  return (a.units ?? []).some((unit) => (b.units ?? []).includes(unit));
}

/**
 * Two counts of one crowd under different nouns ("about 3,000 people marched" / "5,000 protesters marched"):
 * both count people of a crowd (`isCrowdCount`) and say the same thing of them, by the verb after the noun, the
 * word before the number ("drew 3,000 people" / "drew 5,000 marchers"), or words of one kind of event (`event`:
 * "forced 2,000 residents from their homes" / "3,500 people fled", "14 people have died" / "19 protesters have
 * been killed"). "3,000 people signed a petition" and "5,000 protesters marched" are two counts; "police" is not a
 * crowd noun, so never one with "protesters"; "2,000 residents" and "300 students" who fled are two groups
 * (`crowdNounsAgree`).
 */
/** Nouns of a count of jobs or of the people holding them ("jobs", "roles", "workers", "staff"), as stems. */
const JOB_NOUNS = new Set(
  'job jobs role roles position positions post posts worker workers employee employees staff'
    .split(' ')
    .map((word) => stemWord(word)),
);

/** A count of jobs lost: a job noun told with a job-loss word ("cut about 1,200 jobs", "workers face the chop"). */
function isJobLoss(detail: Detail): boolean {
  return detail.event === JOB_LOSS_EVENT && (detail.units ?? []).some((unit) => JOB_NOUNS.has(unit));
}

/**
 * Two counts of a story's job losses under any job noun ("cut about 1,200 jobs" / "up to 1,500 workers face the
 * chop" / "1,200 roles made redundant"): a takeover, closure or restructuring has one figure of jobs to go, which
 * outlets word with whatever noun and verb they like, so the two are one count whatever words stand around them.
 */
function isSameJobLoss(a: Detail, b: Detail): boolean {
  return isJobLoss(a) && isJobLoss(b);
}

/**
 * Two counts of people arrested, or two of people injured ("41 people were arrested" / "at least 50 people were
 * arrested"): each outlet words its own sentence around such a figure, so the counts are compared across the story
 * however little else the sentences share, like job losses (dates, named people and other moments still part them).
 */
const ARREST_EVENT = eventGroupOf(stemWord('arrested'));
const INJURY_EVENT = eventGroupOf(stemWord('injured'));
function isSameArrestOrInjury(a: Detail, b: Detail): boolean {
  return (
    a.event !== undefined && a.event === b.event && (a.event === ARREST_EVENT || a.event === INJURY_EVENT)
  );
}

/**
 * True when two counts' sentences each give the figure on a named source and the sources differ ("41 people were
 * arrested, police said" / "at least 50 were arrested, according to the lawyers"): rival claims of one count.
 */
function claimedApart(context: ConflictContext, i: number, x: StoryCount, j: number, y: StoryCount): boolean {
  const claimant = (index: number, sentence: number): string | undefined => {
    const article = context.articles[index];
    const span = article?.sentences[sentence];
    return article === undefined || span === undefined
      ? undefined
      : claimantOf(article.text.slice(span.start, span.end))?.toLowerCase();
  };
  const a = claimant(i, x.sentence);
  const b = claimant(j, y.sentence);
  return a !== undefined && b !== undefined && a !== b;
}

const JOB_LOSS_KEY = 'job-loss';

/**
 * A running total over a time before the story's ("has cut about 3,000 jobs since taking charge in 2022", "shed
 * 400 jobs last year"): a count of job losses that is not the one the story is about.
 */
const EARLIER_TALLY =
  /^[^.;]*?\b(?:since\s+(?:(?:taking|becoming|joining|he|she|it|they)\b|(?:19|20)\d\d\b)|last\s+year\b)/i;

function isSameCrowd(a: Detail, b: Detail): boolean {
  if (!isCrowdCount(a) || !isCrowdCount(b) || isOtherEventCount(a, b) || !crowdNounsAgree(a, b)) return false;
  const verb = a.predicate !== undefined && a.predicate !== '' && a.predicate === b.predicate;
  const anchor = a.anchor !== undefined && a.anchor !== '' && a.anchor === b.anchor;
  return verb || anchor || (a.event !== undefined && a.event === b.event);
}

/**
 * Two percentages of one thing, named by the word after them ("gives drivers a 5.5 percent raise" / "agreed a 6
 * percent raise", "40 percent of the vote"): what the share is of says it is one figure, whatever verb precedes.
 */
function isSamePercentage(a: Detail, b: Detail): boolean {
  return (
    a.slot === 'number:percent' &&
    b.slot === 'number:percent' &&
    a.predicate !== undefined &&
    a.predicate !== '' &&
    a.predicate === b.predicate
  );
}

/** Stems of currency names, for sums written in words ("40 million crowns"); symbols come as "dollar", "euro". */
const CURRENCY_UNITS = new Set(
  'crown crowns euro euros dollar dollars pound pounds franc francs krone kroner krona kronor yen yuan rupee rupees peso pesos rand lira rouble roubles ruble rubles zloty shilling shillings dinar dinars dirham dirhams'
    .split(' ')
    .map(stemWord),
);

/** The currencies sentence-details reads from a sign before a figure ("$", "€", "£", "¥"). */
const SIGN_CURRENCIES = new Set(['dollar', 'euro', 'pound', 'yen']);

/**
 * Nouns that say what a sum of money measures ("the damage at", "the cost of", "the bill could top"). A sum is
 * a measure, left to aligned sentences (`MEASURES`), and two sums there are one figure only when such a noun
 * names them both: "the damage bill could top 60 million crowns" / "estimated the damage at as much as 40 million
 * crowns"; "has set aside 60 million crowns to rebuild the road" and "the damage at 40 million crowns" are two.
 */
const SUM_NOUNS = new Set(
  (
    'damage damages cost costs bill bills price budget loss losses fine fines compensation ransom value worth fee ' +
    'fees debt deficit revenue profit salary wage bail payout fortune bribe bribes'
  )
    .split(' ')
    .map(stemWord),
);

/** 6: how far before a sum its noun is looked for ("the damage bill could top", "the damage at as much as"). */
const SUM_NOUN_REACH_WORDS = 6;

/** The `SUM_NOUNS` among the few words before a figure in its sentence, up to a comma or other break. */
function sumNounsBefore(context: ConflictContext, member: Member, detail: Detail): Set<string> {
  const article = context.articles[member.article];
  const span = article?.sentences[member.sentence];
  if (article === undefined || span === undefined || detail.start < span.start) return new Set();
  const text = article.text.slice(span.start, detail.start);
  const tokens = normalizeText(text);
  const nouns = new Set<string>();
  for (let index = tokens.length - 1; index >= 0 && index >= tokens.length - SUM_NOUN_REACH_WORDS; index--) {
    const token = tokens[index] as (typeof tokens)[number];
    const stem = stemWord(token.word);
    if (SUM_NOUNS.has(stem)) nouns.add(stem);
    const before = tokens[index - 1];
    if (before !== undefined && /[,;:()—–]/.test(text.slice(before.end, token.start))) break;
  }
  return nouns;
}

/**
 * Two sums of one currency that a noun before each names as the same thing (`SUM_NOUNS`), each the only sum of
 * that currency in its sentence: "The damage bill could top 60 million crowns" / "estimated the damage at as much
 * as 40 million crowns".
 */
function isSameSum(context: ConflictContext, a: Member, x: Detail, b: Member, y: Detail): boolean {
  const unit = x.units?.[0];
  if (x.slot !== y.slot || unit === undefined || !CURRENCY_UNITS.has(unit)) return false;
  const only = (member: Member, detail: Detail): boolean =>
    member.details.numbers.filter((other) => other.slot === detail.slot).length === 1;
  if (!only(a, x) || !only(b, y)) return false;
  const nouns = sumNounsBefore(context, b, y);
  return [...sumNounsBefore(context, a, x)].some((noun) => nouns.has(noun));
}

/** Two counts of different events: "12 people have died" / "30 people have been injured". */
function isOtherEventCount(a: Detail, b: Detail): boolean {
  return a.event !== undefined && b.event !== undefined && a.event !== b.event;
}

/**
 * Two counts of one thing: the same counted noun (synonyms folded) or one crowd under two nouns, not told of
 * different events, nor of different parts or scopes of the thing (`isOtherPartCount`).
 */
function sameCountedThing(a: Detail, b: Detail): boolean {
  if (isOtherPartCount(a, b)) return false;
  return (sharesUnit(a, b) && !isOtherEventCount(a, b)) || isSameCrowd(a, b) || isSameJobLoss(a, b);
}

const CROWD_KEY = 'crowd';

/**
 * What a number conflict is about: "how many votes", or for two percentages of one thing the thing as the first
 * side writes it ("raise": "how many percent" says nothing of what the share is of).
 */
function numberAbout(context: ConflictContext, index: number, x: Detail, y: Detail): string {
  if (isSamePercentage(x, y)) {
    const after = context.articles[index]?.text.slice(x.end, x.end + 40) ?? '';
    const word = /^[\s-]*(?:(?:of|in|on)\s+(?:the|a|an|its|their)\s+)?([\p{L}-]+)/u.exec(after)?.[1];
    if (word !== undefined && stemWord(word.toLowerCase()) === x.predicate) return word.toLowerCase();
  }
  return `how many ${countedNoun(x, y)}${eventOfCount(x, y)}`;
}

/**
 * What happened to the people two counts count, where both say they were arrested or both injured: " arrested",
 * so that a story's arrest and injury counts, often told in one sentence, stay two conflicts. Else empty.
 */
function eventOfCount(x: Detail, y: Detail): string {
  if (!isSameArrestOrInjury(x, y)) return '';
  return x.event === ARREST_EVENT ? ' arrested' : ' injured';
}

/**
 * What two counts of one thing count, as a dispute names it: the noun as written ("how many cracks"), or
 * "people" for one crowd under two nouns ("about 2,000 residents" / "some 3,500 people") and for a bare figure
 * ("the death toll has risen to 17").
 */
function countedNoun(x: Detail, y: Detail): string {
  if (!sharesUnit(x, y) && isSameCrowd(x, y)) return 'people';
  if (!sharesUnit(x, y) && isSameJobLoss(x, y)) return 'jobs';
  // "Three people" / "Two": what is counted is said after the noun ("were seriously injured").
  if (x.units?.includes(SERIOUS_INJURY_UNIT) === true) return 'people were seriously injured';
  const written = x.text.split(/\s+/).pop() ?? '';
  // "$4.1 million": a sum written with a currency sign counts that currency ("dollars"), not "million".
  const currency = x.slot.slice('number:'.length);
  if (SIGN_CURRENCIES.has(currency) && !CURRENCY_UNITS.has(stemWord(written.toLowerCase())))
    return currency === 'yen' ? currency : `${currency}s`;
  if (/^[\p{L}\p{M}]+$/u.test(written)) return written;
  return x.units?.find((stem) => y.units?.includes(stem)) ?? x.units?.[0] ?? x.slot;
}

/** The keys a story count is indexed under: a measure's unit and substance ("litre of solven"), else `unitKeys`. */
function countKeys(count: StoryCount): Set<string> {
  if (count.sample === true) return new Set([...unitKeys(count.detail), SAMPLE_ABOUT]);
  if (count.material === undefined) return unitKeys(count.detail);
  return new Set((count.detail.units ?? []).map((unit) => `${unit} of ${count.material ?? ''}`));
}

/** The substance of a measure as written: "solvent" in "12,000 litres of solvent". */
function materialText(context: ConflictContext, index: number, detail: Detail): string {
  const text = context.articles[index]?.text.slice(detail.end, detail.end + 60) ?? '';
  return MATERIAL_AFTER.exec(text)?.[1] ?? '';
}

/** The keys a count is indexed under to meet the counts it may be compared with: its nouns, and crowds. */
function unitKeys(detail: Detail): Set<string> {
  const keys = new Set(detail.units ?? []);
  if (isCrowdCount(detail)) keys.add(CROWD_KEY);
  if (isJobLoss(detail)) keys.add(JOB_LOSS_KEY);
  return keys;
}

function contextScore(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared;
}

// Honorifics say nothing about a role: "Mr. Nichols" and "Mr. Smith" are not two names for one role.
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir']);

/** One key's words inside the other's: "mark heller" / "mark jay heller", "page" / "bettie page". */
function isSamePerson(a: string, b: string): boolean {
  const wordsA = a.split(' ');
  const wordsB = b.split(' ');
  const [shorter, longer] = wordsA.length <= wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA];
  return shorter.every((word) => longer.includes(word));
}

/** A name as written that looks like a person's: not all capitals ("AM EDT" from a timestamp). */
function isPersonName(text: string): boolean {
  return /\p{Ll}/u.test(text);
}

/**
 * Two full names a letter or two apart ("Tomas Brenner" / "Tomas Bremmer"): one person spelled two ways, or
 * two people; either way the reader should see it. Same surname with another first name is left alone: on
 * ECB+ stories those were different people (teammates, relatives) far more often than a disagreement.
 */
function isNameVariant(a: string, b: string): boolean {
  if (!a.includes(' ') || !b.includes(' ')) return false;
  if (editDistance(a, b) <= 2) return true;
  // "duncan edvin rait" (a middle name one outlet gives) against "duncan raite": the given name and surname.
  const [shortA, shortB] = [givenAndSurname(a), givenAndSurname(b)];
  return (shortA !== a || shortB !== b) && shortA !== shortB && editDistance(shortA, shortB) <= 2;
}

/** "duncan edvin rait" -> "duncan rait": a key's first and last words. */
function givenAndSurname(key: string): string {
  const words = key.split(' ');
  return words.length > 2 ? `${words[0] ?? ''} ${words[words.length - 1] ?? ''}` : key;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

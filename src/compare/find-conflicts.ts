import type { Article, Citation, Conflict, ConflictKind } from '../model/index.js';
import type { EntityLinks } from './link-entities.js';
import { foldText } from './normalize-text.js';
import { datesAgree, type Detail, type SentenceDetails } from './sentence-details.js';

/** A fact as the conflict finder sees it: its id and one sentence per article. */
export interface FactMembers {
  id: string;
  members: { article: number; sentence: number }[];
}

/** What the conflict finder needs besides the facts. */
export interface ConflictContext {
  articles: readonly Article[];
  links: EntityLinks;
  /** Article id -> independent source key. */
  sources: ReadonlyMap<string, string>;
  details: (article: number, sentence: number) => SentenceDetails;
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
 * (one outlet says "said on Tuesday in an interview", another "told the Times on Wednesday").
 */
export function findConflicts(facts: readonly FactMembers[], context: ConflictContext): Conflict[] {
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

  for (const fact of facts) {
    const members = fact.members.map((member) => ({
      ...member,
      details: context.details(member.article, member.sentence),
    }));
    if (new Set(members.map((member) => sourceOf(context, member.article))).size < 2) continue;

    const numberSlots = new Set(
      members.flatMap((member) => member.details.numbers.map((detail) => detail.slot)),
    );
    for (const slot of numberSlots) {
      const sides = members.flatMap((member) => {
        const detail = member.details.numbers.find((number) => number.slot === slot);
        return detail === undefined ? [] : [side(context, member.article, detail.value, detail)];
      });
      const unit = (sides[0]?.value ?? slot).split(/\s+/).pop() ?? slot;
      emit(push, context, 'number', fact.id, `how many ${unit}`, sides);
    }

    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i];
        const b = members[j];
        if (a === undefined || b === undefined) continue;
        const clash = clashingDates(a.details.dates, b.details.dates, true);
        if (clash === undefined) continue;
        emit(push, context, 'date', fact.id, 'day or date', [
          side(context, a.article, clash[0].value, clash[0]),
          side(context, b.article, clash[1].value, clash[1]),
        ]);
      }
    }

    const placed = members.filter((member) => member.details.places.length > 0);
    if (
      placed.length >= 2 &&
      !sharesAny(placed.map((member) => member.details.places.map((place) => place.value)))
    ) {
      const sides = placed.map((member) => {
        const detail = member.details.places[0] as Detail;
        return side(context, member.article, detail.value, detail);
      });
      emit(push, context, 'place', fact.id, 'place', sides);
    }

    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i];
        const b = members[j];
        if (a === undefined || b === undefined) continue;
        if (sourceOf(context, a.article) === sourceOf(context, b.article)) continue;
        checkNames(push, context, fact.id, a, b);
        checkTitles(push, context, fact.id, a, b);
        checkSpeakers(push, context, fact.id, a, b);
      }
    }
  }

  checkStatementDays(push, context);
  return mergeConflicts(conflicts);
}

/**
 * Pairwise checks find the same disagreement once per pair of articles (the Courier and its copy each against
 * the Ledger); one conflict per fact and detail, with the sides merged by value, is what a reader needs.
 */
function mergeConflicts(conflicts: readonly Conflict[]): Conflict[] {
  const merged = new Map<string, Conflict>();
  for (const conflict of conflicts) {
    const key = `${conflict.kind}\u0000${conflict.fact ?? ''}\u0000${conflict.about}`;
    const existing = merged.get(key);
    if (existing === undefined) {
      merged.set(key, {
        ...conflict,
        sides: conflict.sides.map((entry) => ({
          ...entry,
          articles: [...entry.articles],
          citations: [...entry.citations],
        })),
      });
      continue;
    }
    for (const entry of conflict.sides) {
      const same = existing.sides.find((other) => other.value === entry.value);
      if (same === undefined) {
        existing.sides.push({ ...entry, articles: [...entry.articles], citations: [...entry.citations] });
        continue;
      }
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

function sourceOf(context: ConflictContext, article: number): string {
  const id = context.articles[article]?.id ?? '';
  return context.sources.get(id) ?? id;
}

function side(context: ConflictContext, article: number, key: string, detail: Detail): Side {
  const owner = context.articles[article] as Article;
  return {
    key,
    value: detail.text,
    article,
    citation: {
      article: owner.id,
      sentence: sentenceIndexOf(owner, detail.start),
      start: detail.start,
      end: detail.end,
    },
  };
}

function sentenceIndexOf(article: Article, offset: number): number {
  return article.sentences.findIndex((sentence) => offset >= sentence.start && offset < sentence.end);
}

/**
 * Two date lists that disagree: some pair of their dates can be compared and none of the comparable pairs
 * agrees. Returns the first clashing pair. Months and years are compared only when each side names a single
 * date (`coarse`), since "since 2017" and "the 2018 election" in one sentence are two different things.
 */
function clashingDates(
  a: readonly Detail[],
  b: readonly Detail[],
  coarse: boolean,
): [Detail, Detail] | undefined {
  let clash: [Detail, Detail] | undefined;
  const single = a.length === 1 && b.length === 1;
  for (const x of a) {
    for (const y of b) {
      const fine = /^(day|weekday):/.test(x.value) && /^(day|weekday):/.test(y.value);
      if (!fine && !(coarse && single)) continue;
      const agree = datesAgree(x.value, y.value);
      if (agree === true) return undefined;
      if (agree === false && clash === undefined) clash = [x, y];
    }
  }
  return clash;
}

/** True when every list shares a value with every other (nothing to flag). */
function sharesAny(lists: readonly string[][]): boolean {
  for (let i = 0; i < lists.length; i++) {
    for (let j = i + 1; j < lists.length; j++) {
      const other = new Set(lists[j]);
      if (!(lists[i] ?? []).some((value) => other.has(value))) return false;
    }
  }
  return true;
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
  for (const entry of sides) {
    let list = groups.get(entry.key);
    if (list === undefined) groups.set(entry.key, (list = []));
    list.push(entry);
  }
  if (groups.size < 2) return;
  const sourcesPerGroup = [...groups.values()].map(
    (list) => new Set(list.map((entry) => sourceOf(context, entry.article))),
  );
  const allSources = new Set(sourcesPerGroup.flatMap((set) => [...set]));
  if (allSources.size < 2) return;
  const conflict: Conflict = {
    kind,
    about,
    sides: [...groups.values()].map((list) => ({
      value: list[0]?.value ?? '',
      articles: [...new Set(list.map((entry) => context.articles[entry.article]?.id ?? ''))],
      citations: list.map((entry) => entry.citation),
    })),
  };
  if (fact !== undefined) conflict.fact = fact;
  push(conflict);
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
      const headsA = new Set(personA.labels.map((label) => headWord(label.text)));
      const sameRole = personB.labels.some((label) => headsA.has(headWord(label.text)));
      const sameSurname =
        personA.surname === personB.surname && personA.value.includes(' ') && personB.value.includes(' ');
      const nearSpelling = editDistance(personA.value, personB.value) <= 2;
      if (!sameRole && !sameSurname && !nearSpelling) continue;
      const role = personA.labels[0]?.text ?? personB.labels[0]?.text;
      emit(push, context, 'name', fact, role === undefined ? 'name of a person' : `name of the ${role}`, [
        side(context, a.article, personA.value, personA),
        side(context, b.article, personB.value, personB),
      ]);
    }
  }
}

function checkTitles(
  push: (conflict: Conflict) => void,
  context: ConflictContext,
  fact: string,
  a: Member,
  b: Member,
): void {
  for (const personA of a.details.persons) {
    const personB = b.details.persons.find((person) => person.value === personA.value);
    if (personB === undefined) continue;
    const headsA = personA.labels
      .map((label) => headWord(label.text))
      .filter((head) => head !== '' && !EPITHETS.has(head));
    const headsB = personB.labels
      .map((label) => headWord(label.text))
      .filter((head) => head !== '' && !EPITHETS.has(head));
    if (headsA.length === 0 || headsB.length === 0 || headsA.some((head) => headsB.includes(head))) continue;
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

function checkSpeakers(
  push: (conflict: Conflict) => void,
  context: ConflictContext,
  fact: string,
  a: Member,
  b: Member,
): void {
  if (a.details.speakers.length === 0 || b.details.speakers.length === 0) return;
  const valuesB = new Set(b.details.speakers.map((speaker) => speaker.value));
  if (a.details.speakers.some((speaker) => valuesB.has(speaker.value))) return;
  const speakerA = a.details.speakers[0] as Detail;
  const speakerB = b.details.speakers[0] as Detail;
  // "Tomas Brenner said" vs "Tomas Bremmer said" is one person spelled two ways: a name conflict, found above.
  if (isNameVariant(speakerA.value, speakerB.value)) return;
  const nameOf = (key: string, fallback: string): string =>
    context.links.entities.find((entity) => entity.key === key)?.name ?? fallback;
  emit(push, context, 'speaker', fact, 'who said it', [
    { ...side(context, a.article, speakerA.value, speakerA), value: nameOf(speakerA.value, speakerA.text) },
    { ...side(context, b.article, speakerB.value, speakerB), value: nameOf(speakerB.value, speakerB.text) },
  ]);
}

/**
 * Days on which each article says a person spoke; when two independent articles name only different days for
 * the same person's statements, the reader should know (the seed pair: "on Tuesday evening" vs "on Wednesday").
 */
function checkStatementDays(push: (conflict: Conflict) => void, context: ConflictContext): void {
  const bySpeaker = new Map<string, Map<number, Detail[]>>();
  context.articles.forEach((article, index) => {
    article.sentences.forEach((_, sentence) => {
      const details = context.details(index, sentence);
      if (!details.speech || details.dates.length === 0) return;
      for (const speaker of details.speakers) {
        let perArticle = bySpeaker.get(speaker.value);
        if (perArticle === undefined)
          bySpeaker.set(speaker.value, (perArticle = new Map<number, Detail[]>()));
        let dates = perArticle.get(index);
        if (dates === undefined) perArticle.set(index, (dates = []));
        dates.push(...details.dates);
      }
    });
  });
  for (const [speaker, perArticle] of bySpeaker) {
    const entries = [...perArticle.entries()];
    const name = context.links.entities.find((entity) => entity.key === speaker)?.name ?? speaker;
    for (let i = 0; i < entries.length; i++) {
      for (let j = i + 1; j < entries.length; j++) {
        const [articleA, datesA] = entries[i] as [number, Detail[]];
        const [articleB, datesB] = entries[j] as [number, Detail[]];
        const clash = clashingDates(datesA, datesB, false);
        if (clash === undefined) continue;
        emit(push, context, 'date', undefined, `day ${name} spoke`, [
          side(context, articleA, clash[0].value, clash[0]),
          side(context, articleB, clash[1].value, clash[1]),
        ]);
      }
    }
  }
}

/** Two person keys that look like one name written two ways: same surname, or at most two letters apart. */
function isNameVariant(a: string, b: string): boolean {
  const wordsA = a.split(' ');
  const wordsB = b.split(' ');
  const sameSurname =
    wordsA.length > 1 && wordsB.length > 1 && wordsA[wordsA.length - 1] === wordsB[wordsB.length - 1];
  return sameSurname || editDistance(a, b) <= 2;
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

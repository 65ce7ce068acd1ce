/**
 * The reference alignment for tests: every candidate sentence pair scored one by one, every edge sorted and
 * joined greedily (where most article pairs of the two groups hold a linked pair, in passes), as
 * `alignSentences` did before it grouped identical sentences. Slow on copy-heavy stories
 * (1,000 copies of a 15-sentence release score 7.5 million pairs); `alignSentences` must give the same groups
 * and the same `pairsScored`.
 */
import { eventGroupsOf, modifierPhrases } from './modifier-phrases.js';
import { caseStagesOf } from './event-words.js';
import { contentWordCase, negatedWords } from './normalize-text.js';
import { isStateAndItsEnd, stateWordsOf } from './state-changes.js';
import {
  ALIGN_THRESHOLD,
  LINK_THRESHOLD,
  LINK_WHAT_SHORTFALL,
  LINKED_SHARE_ABOVE,
  VOTE_EPSILON,
  FREQUENT_WORD_MIN_SENTENCES,
  FREQUENT_WORD_SHARE,
  MAX_SENTENCES_PER_ARTICLE,
  MIN_SHARED_WHAT,
  QUOTED_MIN_SHARED_WHAT,
  areOtherStages,
  differOutsideModifier,
  isMostlyQuotation,
  type AlignOptions,
  type AlignUnit,
  type Alignment,
} from './align-sentences.js';

/** `alignSentences` the slow way: all candidate pairs scored and sorted (see the file comment). */
export function alignSentencesPairwise(units: readonly AlignUnit[], options: AlignOptions = {}): Alignment {
  const threshold = options.threshold ?? ALIGN_THRESHOLD;
  const linkThreshold = Math.min(threshold, options.linkThreshold ?? LINK_THRESHOLD);
  const perArticle = options.sentencesPerArticle ?? MAX_SENTENCES_PER_ARTICLE;
  const total = units.length;
  const wordIds = new Map<string, number>();
  const capitalisedOnly = units.map(() => new Set<number>());
  const denied = units.map(() => new Set<number>());
  const words = units.map((unit, index) => {
    const negated = negatedWords(unit.text);
    const ids = [...contentWordCase(unit.text)].map(([word, capitalised]) => {
      let id = wordIds.get(word);
      if (id === undefined) wordIds.set(word, (id = wordIds.size));
      if (capitalised) capitalisedOnly[index]?.add(id);
      if (negated.has(word)) denied[index]?.add(id);
      return id;
    });
    return Int32Array.from(ids).sort();
  });
  const idsOf = (stems: ReadonlySet<string>): Set<number> =>
    new Set([...stems].flatMap((stem) => wordIds.get(stem) ?? []));
  const shapes = units.map((unit) => ({
    phrases: modifierPhrases(unit.text).map((phrase) => ({
      inside: idsOf(phrase.inside),
      before: idsOf(phrase.before),
      figures: idsOf(phrase.figures),
    })),
    events: eventGroupsOf(contentWordCase(unit.text).keys()),
  }));
  const states = units.map((unit) =>
    stateWordsOf(contentWordCase(unit.text).keys(), negatedWords(unit.text)),
  );
  const quoted = units.map((unit) => isMostlyQuotation(unit.text));
  const stages = units.map((unit) => caseStagesOf(contentWordCase(unit.text).keys()));
  const frequency = new Int32Array(wordIds.size);
  for (const list of words) for (const id of list) frequency[id] = (frequency[id] ?? 0) + 1;
  const squaredWeight = Float64Array.from(
    frequency,
    (count) => Math.log(1 + total / Math.max(1, count)) ** 2,
  );
  const norms = words.map((list) => Math.sqrt(list.reduce((sum, id) => sum + (squaredWeight[id] ?? 0), 0)));

  const frequentLimit = Math.max(FREQUENT_WORD_MIN_SENTENCES, total * FREQUENT_WORD_SHARE);
  const postings: number[][] = Array.from({ length: wordIds.size }, () => []);
  words.forEach((list, index) => {
    for (const id of list) if ((frequency[id] ?? 0) <= frequentLimit) postings[id]?.push(index);
  });

  // Each pair is scored once, when its first shared selective word is met: `seenBy[b] === a` marks it.
  const seenBy = new Int32Array(total).fill(-1);
  const edges: { a: number; b: number; score: number }[] = [];
  // Unit pairs `a * total + b` (a < b) at least `linkThreshold` similar.
  const linked = new Set<number>();
  let pairsScored = 0;
  for (let a = 0; a < total; a++) {
    const listA = words[a] as Int32Array;
    const articleA = units[a]?.article;
    for (const id of listA) {
      for (const b of postings[id] ?? []) {
        if (b <= a || seenBy[b] === a || units[b]?.article === articleA) continue;
        seenBy[b] = a;
        pairsScored++;
        const listB = words[b] as Int32Array;
        let shared = 0;
        const sharedWords: number[] = [];
        for (let i = 0, j = 0; i < listA.length && j < listB.length;) {
          const x = listA[i] as number;
          const y = listB[j] as number;
          if (x === y) {
            shared += squaredWeight[x] ?? 0;
            sharedWords.push(x);
            i++;
            j++;
          } else if (x < y) i++;
          else j++;
        }
        // Names and titles in common (capitalised in both) are who, not what: a match needs enough shared
        // words of the other kind, more between two quotations, unless the two have the very same words.
        const sharedWhat = sharedWords.filter(
          (id) => capitalisedOnly[a]?.has(id) !== true || capitalisedOnly[b]?.has(id) !== true,
        ).length;
        const needed = quoted[a] && quoted[b] ? QUOTED_MIN_SHARED_WHAT : MIN_SHARED_WHAT;
        const sameWords = sharedWords.length === listA.length && sharedWords.length === listB.length;
        // A shared word denied in one telling only, and none denied in both: opposite claims.
        // Or one telling a state ("missing") the other tells the end of ("found").
        const opposite =
          (sharedWords.some((id) => denied[a]?.has(id) !== denied[b]?.has(id)) &&
            !sharedWords.some((id) => denied[a]?.has(id) === true && denied[b]?.has(id) === true)) ||
          isStateAndItsEnd(states[a] ?? { state: 0, end: 0 }, states[b] ?? { state: 0, end: 0 });
        // Two stages of one court case ("jailed" / "will appeal against his conviction").
        const otherStages = areOtherStages(stages[a] ?? new Set(), stages[b] ?? new Set());
        const denominator = (norms[a] ?? 0) * (norms[b] ?? 0);
        let score =
          denominator === 0 ||
          (sharedWhat < needed - LINK_WHAT_SHORTFALL && !sameWords) ||
          opposite ||
          otherStages
            ? 0
            : shared / denominator;
        // Shared words only in a modifier phrase of each ("on ferry contracts worth 84 million crowns").
        const shapeA = shapes[a];
        const shapeB = shapes[b];
        if (
          score >= linkThreshold &&
          shapeA !== undefined &&
          shapeB !== undefined &&
          differOutsideModifier(shapeA, shapeB, new Set(sharedWords))
        )
          score = 0;
        if (score >= linkThreshold) linked.add(a * total + b);
        // A link may be one "what" word short of an edge.
        if (score >= threshold && (sharedWhat >= needed || sameWords)) edges.push({ a, b, score });
      }
    }
  }
  edges.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);

  const parent = units.map((_, index) => index);
  const members = units.map((unit, index) => ({
    articles: new Map([[unit.article, [unit.sentence ?? index]]]),
    units: [index],
  }));
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root] as number;
    return root;
  };
  // Passes over the edges while a pass both joined two groups and refused a join for want of linked pairs.
  let joined = true;
  let refused = true;
  while (joined && refused) {
    joined = false;
    refused = false;
    for (const edge of edges) {
      const rootA = find(edge.a);
      const rootB = find(edge.b);
      if (rootA === rootB) continue;
      const groupA = members[rootA];
      const groupB = members[rootB];
      if (groupA === undefined || groupB === undefined) continue;
      const single = groupA.units.length === 1 || groupB.units.length === 1;
      if (perArticle !== Infinity && !canJoin(groupA.articles, groupB.articles, single ? perArticle : 1))
        continue;
      if (!isMostlyLinked(groupA.units, groupB.units, units, linked)) {
        refused = true;
        continue;
      }
      joined = true;
      parent[rootB] = rootA;
      for (const [article, positions] of groupB.articles) {
        groupA.articles.set(article, [...(groupA.articles.get(article) ?? []), ...positions]);
      }
      groupA.units.push(...groupB.units);
    }
  }

  const groups: number[][] = [];
  units.forEach((_, index) => {
    if (find(index) === index) groups.push((members[index]?.units ?? []).sort((x, y) => x - y));
  });
  groups.sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));
  return { groups, pairsScored };
}

/** The join rule of `alignSentences`, kept here as it was so that the reference does not follow changes. */
function canJoin(a: ReadonlyMap<number, number[]>, b: ReadonlyMap<number, number[]>, limit: number): boolean {
  for (const [article, positions] of b) {
    const other = a.get(article);
    if (other === undefined) continue;
    if (other.length + positions.length > limit) return false;
    const all = [...other, ...positions].sort((x, y) => x - y);
    if ((all[all.length - 1] ?? 0) - (all[0] ?? 0) !== all.length - 1) return false;
  }
  return true;
}

/** A unit's source (its article's when not given), as a key. */
function sourceKey(unit: AlignUnit | undefined): string {
  return unit?.source === undefined ? `article ${unit?.article}` : `source ${unit.source}`;
}

/**
 * More than `LINKED_SHARE_ABOVE` of the source pairs of two groups hold a linked unit pair, each source pair voting
 * with the share of its article pairs that hold one.
 */
function isMostlyLinked(
  a: readonly number[],
  b: readonly number[],
  units: readonly AlignUnit[],
  linked: ReadonlySet<number>,
): boolean {
  const articlePairs = new Map<string, boolean>();
  for (const x of a) {
    for (const y of b) {
      const unitX = units[x];
      const unitY = units[y];
      if (unitX?.article === unitY?.article || sourceKey(unitX) === sourceKey(unitY)) continue;
      const key = `${sourceKey(unitX)}/${sourceKey(unitY)}/${unitX?.article}/${unitY?.article}`;
      const link = linked.has(Math.min(x, y) * units.length + Math.max(x, y));
      articlePairs.set(key, (articlePairs.get(key) ?? false) || link);
    }
  }
  const sourcePairs = new Map<string, { linked: number; all: number }>();
  for (const [key, link] of articlePairs) {
    const pair = key.split('/').slice(0, 2).join('/');
    const entry = sourcePairs.get(pair) ?? { linked: 0, all: 0 };
    entry.all++;
    if (link) entry.linked++;
    sourcePairs.set(pair, entry);
  }
  let votes = 0;
  for (const entry of sourcePairs.values()) votes += entry.linked / entry.all;
  return sourcePairs.size === 0 || votes > sourcePairs.size * LINKED_SHARE_ABOVE + VOTE_EPSILON;
}

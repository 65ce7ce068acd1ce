import { eventGroupsOf, isSharedOnlyInModifier, modifierPhrases } from './modifier-phrases.js';
import { caseStagesOf } from './event-words.js';
import { contentWordCase, negatedWords, normalizeText } from './normalize-text.js';
import { isStateAndItsEnd, stateWordsOf, type StateWords } from './state-changes.js';

/** One sentence to align: which article (index) it belongs to and its text. */
export interface AlignUnit {
  article: number;
  text: string;
  /** Position of the sentence in its article; adjacent sentences of one article may share a fact. */
  sentence?: number;
  /**
   * The independent source of the article (syndicated copies of one wire story share one); the article when
   * not given. A fact's tellings are counted by source when groups meet (`isMostlyLinked`), so that copies of one
   * text do not outvote the other outlets.
   */
  source?: number;
}

/** Options for `alignSentences`. */
export interface AlignOptions {
  /** Minimum similarity (0..1) for two sentences to be joined into one fact. */
  threshold?: number;
  /** At most this many adjacent sentences of one article per fact (default 2; the benchmark varies it). */
  sentencesPerArticle?: number;
  /**
   * Minimum similarity for a sentence pair to count as linked when two groups meet (`LINKED_SHARE_ABOVE`);
   * default `LINK_THRESHOLD`, never above `threshold`.
   */
  linkThreshold?: number;
}

/** Sentence groups (indexes into the units), each group one fact; every unit is in exactly one group. */
export interface Alignment {
  groups: number[][];
  /** How many sentence pairs were scored (the pairs that share at least one selective content word). */
  pairsScored: number;
}

/**
 * 0.25: the highest recall on ECB+ train topics at pairwise precision >= 0.85 (train P 0.872 R 0.141; held-out
 * dev P 0.931 R 0.148; bench/quality/alignment.ts, bench/results/compare.md). A reader trusts a "shared fact"
 * only if it is one, so precision comes first; lower thresholds buy little recall in the one-sentence-per-
 * telling setting (0.1: train P 0.796 R 0.183).
 */
export const ALIGN_THRESHOLD = 0.25;

/**
 * Two groups join only when more than this share of their article pairs (one article of each group, two
 * different articles) have a linked sentence pair (`LINK_THRESHOLD`). Single linkage let one loose pair chain a
 * sentence onto a fact that none of the other tellings say ("A recount will begin on Thursday after Mayor
 * Ferreira won re-election" onto "The mayor said he respected the right to a recount" and the other outlets'
 * wordings of that).
 */
export const LINKED_SHARE_ABOVE = 0.5;

/**
 * Sentence pairs at least this similar count as linked when two groups meet (`LINKED_SHARE_ABOVE`); an edge still
 * needs `ALIGN_THRESHOLD`. 0.1 on ECB+ train topics (edges at 0.25): P/R 0.921/0.115, against 0.928/0.105 at 0.15
 * and 0.951/0.074 at 0.25 (single linkage: 0.900/0.130); held-out dev 0.967/0.135 (single linkage 0.947/0.148).
 * 0.05 scored as 0.1 on train (0.921/0.118) but counts pairs that share almost nothing. Lower edge thresholds
 * with majority linkage keep recall (0.2: train 0.919/0.129, dev 0.958/0.147) but regroup much of the example
 * corpus and were not reviewed (BENCHMARKS.md, 2026-12-07, h-chain2).
 */
export const LINK_THRESHOLD = 0.1;

/**
 * A linked pair may share this many fewer "what" words than an edge needs (`MIN_SHARED_WHAT`): a link only counts
 * toward a join that an edge proposes, and tellings of one event often share its thing and its day but put the
 * event in other words ("Floodwater broke through the Keld dam late on Sunday" / "The Keld dam collapsed on Sunday
 * night": "dam" the only shared word of the kind).
 */
export const LINK_WHAT_SHORTFALL = 1;

/**
 * Shared words of the "what" kind (not names, titles or roles) two sentences need to be one fact: one shared
 * noun beside a shared speaker ("Lund said the authority should explain ..." / "Lund told the group the
 * authority would publish ...") is two statements of one person. Two on ECB+ (threshold 0.25): train P 0.883 ->
 * 0.894, R 0.141 -> 0.132; dev P 0.931 -> 0.947, R 0.150 -> 0.147; in the example corpus 5 of 50 shared facts
 * went, all five one speaker's different statements.
 */
export const MIN_SHARED_WHAT = 2;

/**
 * Two sentences that are mostly quotation are one fact only when they share this many "what" words: two
 * quotations of one speaker ("We have lost finished stock" / "We will make up the lost stock") are different
 * statements unless their wording is largely the same.
 */
export const QUOTED_MIN_SHARED_WHAT = 3;

/* A sentence with at least this share of its characters inside quotation marks is mostly quotation. */
const QUOTED_SHARE = 0.5;

/** At most this many (adjacent) sentences of one article in one fact. */
export const MAX_SENTENCES_PER_ARTICLE = 2;

/**
 * Words in more than this share of a story's sentences (and more than `FREQUENT_WORD_MIN_SENTENCES`) do not
 * propose candidate pairs: the story's main actor ("maduro") is in most sentences and would make every pair a
 * candidate. They still count in the similarity of pairs proposed by rarer words.
 */
export const FREQUENT_WORD_SHARE = 0.1;
export const FREQUENT_WORD_MIN_SENTENCES = 12;

/** Sentences with the same content words: they score alike against every other sentence. */
interface WordClass {
  /** Mostly quotation (`QUOTED_SHARE`). */
  quoted: boolean;
  words: Int32Array;
  /** Per word (same order): 1 where a negation denies it ("had not opened"). */
  negated: Uint8Array;
  /** Per word (same order): 1 where every occurrence is capitalised, a name or title (`contentWordCase`). */
  capitalised: Uint8Array;
  /** Its prepositional phrases as word ids (`modifierPhrases`). */
  phrases: { inside: Set<number>; before: Set<number>; figures: Set<number> }[];
  /** The event groups of its words (`eventGroupsOf`). */
  events: Set<number>;
  /** The court-case stages its words name (`caseStagesOf`). */
  stages: Set<number>;
  /** The states and ends of states its words tell (`stateWordsOf`). */
  states: StateWords;
  /** Unit indexes, ascending. */
  units: number[];
  /** Units per article. */
  articles: Map<number, number>;
}

interface Edge {
  a: number;
  b: number;
  score: number;
}

/**
 * Groups sentences of different articles that report the same thing. Similarity is the cosine of binary
 * content-word vectors weighted by inverse sentence frequency within the story, so the story's ubiquitous
 * words count little and the rare shared ones ("amnesty", "sanctions") count much. Candidates come from an
 * inverted index, so cost grows with the pairs that share a selective word, not with all pairs. Groups form
 * greedily from the most similar pair down, and never take two sentences of the same article: a fact is one
 * sentence per telling, which also stops chains of loosely related sentences from growing into one group. Two
 * groups join only where most of their article pairs hold a linked sentence pair (`LINKED_SHARE_ABOVE`), so a
 * sentence that resembles one telling of a fact is not chained onto the others.
 *
 * Sentences with the same content words (syndicated copies repeat a release word for word) are scored once
 * per distinct word list, not once per pair of copies: 1,000 copies of a 15-sentence release are 15 distinct
 * lists instead of 7.5 million sentence pairs. The groups are those of scoring and joining every pair in turn
 * (`align-sentences-pairwise.test-helper.ts` keeps that reference, and a property test holds the two equal).
 */
export function alignSentences(units: readonly AlignUnit[], options: AlignOptions = {}): Alignment {
  const threshold = options.threshold ?? ALIGN_THRESHOLD;
  const linkThreshold = Math.min(threshold, options.linkThreshold ?? LINK_THRESHOLD);
  const perArticle = options.sentencesPerArticle ?? MAX_SENTENCES_PER_ARTICLE;
  const total = units.length;
  const classes = classifyUnits(units);
  const classOf = new Int32Array(total);
  classes.forEach((wordClass, index) => {
    for (const unit of wordClass.units) classOf[unit] = index;
  });

  // Word ids are numbered in order of first use, as when every unit was scored, so that sums run in the same
  // order and scores come out bit for bit the same.
  let wordCount = 0;
  for (const wordClass of classes) for (const id of wordClass.words) wordCount = Math.max(wordCount, id + 1);
  const frequency = new Int32Array(wordCount);
  for (const wordClass of classes) {
    for (const id of wordClass.words) frequency[id] = (frequency[id] ?? 0) + wordClass.units.length;
  }
  const squaredWeight = Float64Array.from(
    frequency,
    (count) => Math.log(1 + total / Math.max(1, count)) ** 2,
  );
  const norms = classes.map((wordClass) =>
    Math.sqrt(wordClass.words.reduce((sum, id) => sum + (squaredWeight[id] ?? 0), 0)),
  );
  // Set by `score`: the pair has enough shared "what" words for a link (`LINK_WHAT_SHORTFALL`) but not for an edge.
  let shortOfWhat = false;
  /** The similarity of two classes' sentences, 0 where they tell different things (`shortOfWhat` aside). */
  const score = (p: number, q: number): number => {
    const classA = classes[p] as WordClass;
    const classB = classes[q] as WordClass;
    const { words: listA, capitalised: capitalisedA, negated: negatedA } = classA;
    const { words: listB, capitalised: capitalisedB, negated: negatedB } = classB;
    // A shared word denied in one telling only ("had not opened" / "had opened"), unless another shared word is
    // denied in both: then both deny one thing, and the negation merely reaches further in one ("would not fine
    // or otherwise seek to punish" / "will not seek to fine").
    let deniedInOne = false;
    let deniedInBoth = false;
    let shared = 0;
    let sharedCount = 0;
    let sharedWhat = 0;
    for (let i = 0, j = 0; i < listA.length && j < listB.length;) {
      const x = listA[i] as number;
      const y = listB[j] as number;
      if (x === y) {
        shared += squaredWeight[x] ?? 0;
        sharedCount++;
        if (capitalisedA[i] === 0 || capitalisedB[j] === 0) sharedWhat++;
        if (negatedA[i] !== negatedB[j]) deniedInOne = true;
        else if (negatedA[i] === 1) deniedInBoth = true;
        i++;
        j++;
      } else if (x < y) i++;
      else j++;
    }
    const identical = sharedCount === listA.length && sharedCount === listB.length;
    const needed =
      classes[p]?.quoted === true && classes[q]?.quoted === true ? QUOTED_MIN_SHARED_WHAT : MIN_SHARED_WHAT;
    shortOfWhat = sharedWhat < needed && !identical;
    if (shortOfWhat && sharedWhat < needed - LINK_WHAT_SHORTFALL) return 0;
    // "had not opened an investigation" / "had opened an investigation": opposite claims, not one fact; so are
    // "two residents are missing" / "one of the two missing residents was found".
    if ((deniedInOne && !deniedInBoth) || isStateAndItsEnd(classA.states, classB.states)) return 0;
    if (areOtherStages(classA.stages, classB.stages)) return 0;
    const denominator = (norms[p] ?? 0) * (norms[q] ?? 0);
    const value = denominator === 0 ? 0 : shared / denominator;
    if (value < linkThreshold || classA.phrases.length === 0 || classB.phrases.length === 0) return value;
    const sharedIds = new Set<number>();
    const inB = new Set(listB);
    for (const id of listA) if (inB.has(id)) sharedIds.add(id);
    return differOutsideModifier(classA, classB, sharedIds) ? 0 : value;
  };

  const frequentLimit = Math.max(FREQUENT_WORD_MIN_SENTENCES, total * FREQUENT_WORD_SHARE);
  const postings: number[][] = Array.from({ length: wordCount }, () => []);
  classes.forEach((wordClass, index) => {
    for (const id of wordClass.words) if ((frequency[id] ?? 0) <= frequentLimit) postings[id]?.push(index);
  });

  const edges: Edge[] = [];
  // Best score of a pair with a sentence of another class, per class: a class whose own pairs score higher is
  // joined on its own first (see `joinWithinClass`).
  const bestOutside = new Float64Array(classes.length).fill(-Infinity);
  const selfScore = new Float64Array(classes.length).fill(-Infinity);
  const seenBy = new Int32Array(classes.length).fill(-1);
  // Class pairs (lower index first) whose sentences are linked (`LINK_THRESHOLD`).
  const linkedClasses = new Set<number>();
  const classCount = classes.length;
  let pairsScored = 0;
  classes.forEach((wordClass, p) => {
    for (const id of wordClass.words) {
      for (const q of postings[id] ?? []) {
        if (q < p || seenBy[q] === p) continue;
        seenBy[q] = p;
        const other = classes[q] as WordClass;
        const pairs =
          q === p
            ? (wordClass.units.length ** 2 - sumOfProducts(wordClass.articles, wordClass.articles)) / 2
            : wordClass.units.length * other.units.length - sumOfProducts(wordClass.articles, other.articles);
        if (pairs === 0) continue;
        pairsScored += pairs;
        const value = score(p, q);
        if (value >= linkThreshold) linkedClasses.add(p * classCount + q);
        if (value < threshold || shortOfWhat) continue;
        if (q === p) {
          selfScore[p] = value;
          continue;
        }
        bestOutside[p] = Math.max(bestOutside[p] ?? -Infinity, value);
        bestOutside[q] = Math.max(bestOutside[q] ?? -Infinity, value);
        for (const a of wordClass.units) {
          const articleA = units[a]?.article;
          for (const b of other.units) {
            if (units[b]?.article !== articleA)
              edges.push(a < b ? { a, b, score: value } : { a: b, b: a, score: value });
          }
        }
      }
    }
  });

  const isLinked = (a: number, b: number): boolean => {
    const p = classOf[a] as number;
    const q = classOf[b] as number;
    return linkedClasses.has(p < q ? p * classCount + q : q * classCount + p);
  };
  const groups = createGroups(units, perArticle, isLinked);
  classes.forEach((wordClass, p) => {
    const value = selfScore[p] ?? -Infinity;
    if (value === -Infinity) return;
    if (value > (bestOutside[p] ?? -Infinity)) {
      groups.joinWithinClass(wordClass.units);
      return;
    }
    // A pair with another class scores as high as the class's own (a tie at the top, in practice never):
    // its own pairs then take their place among the sorted edges.
    const members = wordClass.units;
    for (let i = 0; i < members.length; i++) {
      const a = members[i] as number;
      for (let j = i + 1; j < members.length; j++) {
        const b = members[j] as number;
        if (units[b]?.article !== units[a]?.article) edges.push({ a, b, score: value });
      }
    }
  });
  edges.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  groups.joinEdges(edges);
  return { groups: groups.result(), pairsScored };
}

/** The units by their distinct content-word lists, classes in order of their first unit. */
function classifyUnits(units: readonly AlignUnit[]): WordClass[] {
  const wordIds = new Map<string, number>();
  const byText = new Map<string, WordClass>();
  const byWords = new Map<string, WordClass>();
  const classes: WordClass[] = [];
  units.forEach((unit, index) => {
    let wordClass = byText.get(unit.text);
    if (wordClass === undefined) {
      const denied = negatedWords(unit.text);
      const tokens = normalizeText(unit.text);
      const content = contentWordCase(unit.text, tokens);
      const entries = [...content]
        .map(([word, capitalised]) => {
          let id = wordIds.get(word);
          if (id === undefined) wordIds.set(word, (id = wordIds.size));
          return { id, capitalised, negated: denied.has(word) };
        })
        .sort((a, b) => a.id - b.id);
      const words = Int32Array.from(entries, (entry) => entry.id);
      const capitalised = Uint8Array.from(entries, (entry) => (entry.capitalised ? 1 : 0));
      const negated = Uint8Array.from(entries, (entry) => (entry.negated ? 1 : 0));
      const quoted = isMostlyQuotation(unit.text);
      const idsOf = (stems: ReadonlySet<string>): Set<number> =>
        new Set([...stems].flatMap((stem) => wordIds.get(stem) ?? []));
      const phrases = modifierPhrases(unit.text, tokens, content).map((phrase) => ({
        inside: idsOf(phrase.inside),
        before: idsOf(phrase.before),
        figures: idsOf(phrase.figures),
      }));
      const events = eventGroupsOf(content.keys());
      const stages = caseStagesOf(content.keys());
      const states = stateWordsOf(content.keys(), denied);
      const phraseKey = phrases.map(
        (phrase) => `${[...phrase.inside].join(',')}/${[...phrase.before].join(',')}`,
      );
      const key = `${words.join(',')}|${capitalised.join('')}|${negated.join('')}|${quoted ? 1 : 0}|${phraseKey.join(';')}`;
      wordClass = byWords.get(key);
      if (wordClass === undefined) {
        wordClass = {
          quoted,
          words,
          negated,
          capitalised,
          phrases,
          events,
          stages,
          states,
          units: [],
          articles: new Map(),
        };
        byWords.set(key, wordClass);
        classes.push(wordClass);
      }
      byText.set(unit.text, wordClass);
    }
    wordClass.units.push(index);
    wordClass.articles.set(unit.article, (wordClass.articles.get(unit.article) ?? 0) + 1);
  });
  return classes;
}

/**
 * Two sentences whose shared words all stand in one modifier phrase of each, after words they do not share, and
 * whose words name no event of one kind (`eventGroupsOf`: "killed" / "died"): they share a detail of the thing,
 * not the event ("raked in 3.2 million crowns from ferry contracts worth 84 million crowns" / "was sentenced to
 * six years for taking bribes on ferry contracts worth 84 million crowns").
 */
export function differOutsideModifier(
  a: {
    phrases: readonly {
      inside: ReadonlySet<number>;
      before: ReadonlySet<number>;
      figures: ReadonlySet<number>;
    }[];
    events: ReadonlySet<number>;
  },
  b: {
    phrases: readonly {
      inside: ReadonlySet<number>;
      before: ReadonlySet<number>;
      figures: ReadonlySet<number>;
    }[];
    events: ReadonlySet<number>;
  },
  shared: ReadonlySet<number>,
): boolean {
  if ([...a.events].some((group) => b.events.has(group))) return false;
  return isSharedOnlyInModifier(a.phrases, shared) && isSharedOnlyInModifier(b.phrases, shared);
}

/**
 * True when two sentences each name a stage of a court case and no stage in common (`caseStagesOf`): "was jailed
 * for seven years" and "say they will appeal against his conviction" tell two events of one case, however many
 * words of its person and charge they share.
 */
export function areOtherStages(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  return a.size > 0 && b.size > 0 && ![...a].some((stage) => b.has(stage));
}

/** Sum over articles of the product of the two classes' unit counts: the same-article pairs. */
function sumOfProducts(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>): number {
  if (a.size > b.size) return sumOfProducts(b, a);
  let sum = 0;
  for (const [article, count] of a) sum += count * (b.get(article) ?? 0);
  return sum;
}

interface Group {
  articles: Map<number, number[]>;
  /** The group's units per article (at most `perArticle` each). */
  members: Map<number, number[]>;
  units: number[];
}

/**
 * The greedy joining: a union-find over units, each root holding its group's units and its sentence positions
 * per article. A failed join is remembered with the sizes of both groups; groups only grow, so while neither
 * size changes the same join would fail again and is not retried (copies make the same two groups meet
 * thousands of times).
 *
 * @param isLinked whether two units (of different articles) are a linked pair (`LINK_THRESHOLD`)
 */
function createGroups(
  units: readonly AlignUnit[],
  perArticle: number,
  isLinked: (a: number, b: number) => boolean,
) {
  const total = units.length;
  const sources = new Map<number, number>();
  for (const unit of units) if (unit.source !== undefined) sources.set(unit.article, unit.source);
  // Sources matter only where one holds several articles; else every vote is an article's, as without them.
  const shared = new Set(sources.values()).size < sources.size;
  const sourceOf = shared ? (article: number): number => sources.get(article) ?? -1 - article : undefined;
  const parent = Int32Array.from(units, (_, index) => index);
  const members: (Group | undefined)[] = new Array<Group | undefined>(total);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) {
      const up = parent[root] as number;
      parent[root] = parent[up] as number;
      root = up;
    }
    return root;
  };
  const groupOf = (root: number): Group => {
    let group = members[root];
    if (group === undefined) {
      const unit = units[root] as AlignUnit;
      group = {
        articles: new Map([[unit.article, [unit.sentence ?? root]]]),
        members: new Map([[unit.article, [root]]]),
        units: [root],
      };
      members[root] = group;
    }
    return group;
  };
  // Per pair of roots, the sizes at a failed join: negative (-sizes - 1) when refused for want of linked pairs.
  const failed = new Map<number, number>();
  // A join was refused for want of linked pairs during this pass (`joinEdges`).
  let retry = false;
  /** Joins the group of `rootB` into that of `rootA` if the rules allow (two different roots); true if joined. */
  const join = (rootA: number, rootB: number): boolean => {
    const groupA = groupOf(rootA);
    const groupB = groupOf(rootB);
    const key = Math.min(rootA, rootB) * total + Math.max(rootA, rootB);
    const sizes =
      rootA < rootB
        ? groupA.units.length * (total + 1) + groupB.units.length
        : groupB.units.length * (total + 1) + groupA.units.length;
    const before = failed.get(key);
    if (before === sizes) return false;
    if (before === -sizes - 1) {
      retry = true;
      return false;
    }
    const single = groupA.units.length === 1 || groupB.units.length === 1;
    if (perArticle !== Infinity && !canJoin(groupA.articles, groupB.articles, single ? perArticle : 1)) {
      failed.set(key, sizes);
      return false;
    }
    if (!isMostlyLinked(groupA.members, groupB.members, isLinked, sourceOf)) {
      failed.set(key, -sizes - 1);
      retry = true;
      return false;
    }
    parent[rootB] = rootA;
    for (const [article, positions] of groupB.articles) {
      const other = groupA.articles.get(article);
      if (other === undefined) groupA.articles.set(article, positions);
      else for (const position of positions) other.push(position);
    }
    for (const [article, list] of groupB.members) {
      const other = groupA.members.get(article);
      if (other === undefined) groupA.members.set(article, list);
      else for (const unit of list) other.push(unit);
    }
    for (const unit of groupB.units) groupA.units.push(unit);
    members[rootB] = undefined;
    return true;
  };
  /** Joins the groups of units `a` and `b` as the edge between them would; true if they were joined now. */
  const joinUnits = (a: number, b: number): boolean => {
    const rootA = find(a);
    const rootB = find(b);
    return rootA !== rootB && join(rootA, rootB);
  };

  return {
    /**
     * Joins the pairs of one class (units ascending, all pairs of one score) as the sorted edges would: by
     * first unit, then second. Valid when every pair of the class scores higher than any pair joining it to
     * another class: then no other edge has touched these units yet, and edges of other units do not change
     * what these pairs do. Pairs inside the group of the class's first unit are skipped without a look, so the
     * usual case (every copy joins the first) costs one pass, not one per pair.
     */
    joinWithinClass(classUnits: readonly number[]): void {
      const first = classUnits[0] as number;
      let outside = classUnits.slice(1);
      classUnits.forEach((a, i) => {
        const articleA = units[a]?.article;
        const candidates = find(a) === find(first) ? outside : classUnits.slice(i + 1);
        for (const b of candidates) {
          if (b > a && units[b]?.article !== articleA) joinUnits(a, b);
        }
        const firstRoot = find(first);
        outside = outside.filter((unit) => unit > a && find(unit) !== firstRoot);
      });
    },

    /**
     * Joins along edges already sorted from the most similar pair down, in passes: a join refused for want of
     * linked pairs may hold once other joins have grown the two groups, so another pass follows while a pass
     * both joined and refused so.
     */
    joinEdges(edges: readonly Edge[]): void {
      let joined: boolean;
      do {
        joined = false;
        retry = false;
        for (const edge of edges) if (joinUnits(edge.a, edge.b)) joined = true;
      } while (joined && retry);
    },

    /** The groups, each ascending, ordered by their first unit. */
    result(): number[][] {
      const groups: number[][] = [];
      for (let index = 0; index < total; index++) {
        if (find(index) === index) groups.push((members[index]?.units ?? [index]).sort((x, y) => x - y));
      }
      return groups.sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));
    },
  };
}

/**
 * True when more than `LINKED_SHARE_ABOVE` of the article pairs of two groups (an article of each, not the same)
 * hold a linked sentence pair: a sentence joins a fact that most of its tellings say, not one that a single
 * telling touches. With `sourceOf`, each pair of sources (an article's independent source) has one vote, shared
 * among its article pairs, so that three copies of one wire text count once against two outlets' own reports.
 */
export function isMostlyLinked(
  byArticleA: ReadonlyMap<number, readonly number[]>,
  byArticleB: ReadonlyMap<number, readonly number[]>,
  isLinked: (a: number, b: number) => boolean,
  sourceOf?: (article: number) => number,
): boolean {
  const linkedArticles = (
    articleA: number,
    listA: readonly number[],
    articleB: number,
    listB: readonly number[],
  ): boolean => articleA !== articleB && listA.some((unitA) => listB.some((unitB) => isLinked(unitA, unitB)));
  if (sourceOf !== undefined) {
    const a = articlesBySource(byArticleA, sourceOf);
    const b = articlesBySource(byArticleB, sourceOf);
    if (needsSourceVotes(a, b)) return isMostlyLinkedBySource(a, b, byArticleA, byArticleB, linkedArticles);
  }
  const a = byArticleA;
  const b = byArticleB;
  let pairs = 0;
  for (const articleA of a.keys()) pairs += b.has(articleA) ? b.size - 1 : b.size;
  const needed = Math.floor(pairs * LINKED_SHARE_ABOVE) + 1;
  let linked = 0;
  let left = pairs;
  for (const [articleA, listA] of a) {
    for (const [articleB, listB] of b) {
      if (articleA === articleB) continue;
      left--;
      if (linkedArticles(articleA, listA, articleB, listB)) linked++;
      if (linked >= needed) return true;
      if (linked + left < needed) return false;
    }
  }
  return pairs === 0;
}

/** Rounding allowance when source votes (sums of fractions) are compared with the share needed. */
export const VOTE_EPSILON = 1e-9;

/** A group's articles per source. */
function articlesBySource(
  byArticle: ReadonlyMap<number, readonly number[]>,
  sourceOf: (article: number) => number,
): Map<number, number[]> {
  const bySource = new Map<number, number[]>();
  for (const article of byArticle.keys()) {
    const source = sourceOf(article);
    const articles = bySource.get(source);
    if (articles === undefined) bySource.set(source, [article]);
    else articles.push(article);
  }
  return bySource;
}

/**
 * Whether source votes can differ from article votes: a source holds several articles in a group, or two
 * different articles of one source stand one in each group (a pair that article votes count and source votes
 * do not: copies of one text do not vote on each other).
 */
function needsSourceVotes(a: ReadonlyMap<number, number[]>, b: ReadonlyMap<number, number[]>): boolean {
  for (const articles of a.values()) if (articles.length > 1) return true;
  for (const [source, articles] of b) {
    if (articles.length > 1) return true;
    const other = a.get(source);
    if (other !== undefined && other[0] !== articles[0]) return true;
  }
  return false;
}

/**
 * `isMostlyLinked` when a source has several articles in a group: each pair of different sources votes with the
 * share of its article pairs that are linked.
 */
function isMostlyLinkedBySource(
  a: ReadonlyMap<number, readonly number[]>,
  b: ReadonlyMap<number, readonly number[]>,
  byArticleA: ReadonlyMap<number, readonly number[]>,
  byArticleB: ReadonlyMap<number, readonly number[]>,
  linkedArticles: (
    articleA: number,
    listA: readonly number[],
    articleB: number,
    listB: readonly number[],
  ) => boolean,
): boolean {
  let pairs = 0;
  for (const sourceA of a.keys()) pairs += b.has(sourceA) ? b.size - 1 : b.size;
  if (pairs === 0) return true;
  // Votes are sums of fractions: a tie within rounding (1/3 + 2/3 against 1) is a tie, not a majority.
  const needed = pairs * LINKED_SHARE_ABOVE + VOTE_EPSILON;
  let votes = 0;
  let left = pairs;
  for (const [sourceA, articlesA] of a) {
    for (const [sourceB, articlesB] of b) {
      if (sourceA === sourceB) continue;
      left--;
      let linked = 0;
      for (const articleA of articlesA) {
        for (const articleB of articlesB) {
          if (
            linkedArticles(articleA, byArticleA.get(articleA) ?? [], articleB, byArticleB.get(articleB) ?? [])
          )
            linked++;
        }
      }
      votes += linked / (articlesA.length * articlesB.length);
      if (votes > needed) return true;
      if (votes + left <= needed) return false;
    }
  }
  return false;
}

/**
 * Two groups may join when they share no article, or when one of them is a single sentence that neighbours the
 * other's sentence of the same article: one outlet's single sentence is often another's two ("X said Y." +
 * "X is the envoy for Z."). Two larger groups never join through a shared article: that would chain two facts
 * that several outlets tell in neighbouring sentences. The answer is the same either way round, so the smaller
 * map is walked.
 */
function canJoin(a: ReadonlyMap<number, number[]>, b: ReadonlyMap<number, number[]>, limit: number): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [article, positions] of small) {
    const other = large.get(article);
    if (other === undefined) continue;
    if (other.length + positions.length > limit) return false;
    const all = [...other, ...positions].sort((x, y) => x - y);
    if ((all[all.length - 1] ?? 0) - (all[0] ?? 0) !== all.length - 1) return false;
  }
  return true;
}

/** True when at least `QUOTED_SHARE` of the sentence is inside quotation marks. */
export function isMostlyQuotation(text: string): boolean {
  return quotedShare(text) >= QUOTED_SHARE;
}

/**
 * The share of `text`'s characters inside quotation marks. A sentence the splitter cut out of a longer quotation
 * ("We will make up the lost stock.” with its opening mark in the sentence before) counts up to its closing mark.
 */
function quotedShare(text: string): number {
  let inside = 0;
  let open = false;
  let marks = 0;
  for (const character of text) {
    if (character === '“' || character === '”' || character === '"') {
      marks++;
      open = character === '“' ? true : character === '”' ? false : !open;
      continue;
    }
    if (open) inside++;
  }
  if (marks === 1 && !open) inside = Math.max(text.lastIndexOf('”'), text.lastIndexOf('"'));
  return inside / Math.max(1, text.length);
}

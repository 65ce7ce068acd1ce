import { contentWords } from './normalize-text.js';

/** One sentence to align: which article (index) it belongs to and its text. */
export interface AlignUnit {
  article: number;
  text: string;
  /** Position of the sentence in its article; adjacent sentences of one article may share a fact. */
  sentence?: number;
}

/** Options for `alignSentences`. */
export interface AlignOptions {
  /** Minimum similarity (0..1) for two sentences to be joined into one fact. */
  threshold?: number;
  /** At most this many adjacent sentences of one article per fact (default 2; the benchmark varies it). */
  sentencesPerArticle?: number;
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
 * Words in more than this share of a story's sentences (and more than `FREQUENT_WORD_MIN_SENTENCES`) do not
 * propose candidate pairs: the story's main actor ("maduro") is in most sentences and would make every pair a
 * candidate. They still count in the similarity of pairs proposed by rarer words.
 */
/** At most this many (adjacent) sentences of one article in one fact. */
const MAX_SENTENCES_PER_ARTICLE = 2;

const FREQUENT_WORD_SHARE = 0.1;
const FREQUENT_WORD_MIN_SENTENCES = 12;

/**
 * Groups sentences of different articles that report the same thing. Similarity is the cosine of binary
 * content-word vectors weighted by inverse sentence frequency within the story, so the story's ubiquitous
 * words count little and the rare shared ones ("amnesty", "sanctions") count much. Candidates come from an
 * inverted index, so cost grows with the pairs that share a selective word, not with all pairs. Groups form
 * greedily from the most similar pair down, and never take two sentences of the same article: a fact is one
 * sentence per telling, which also stops chains of loosely related sentences from growing into one group.
 */
export function alignSentences(units: readonly AlignUnit[], options: AlignOptions = {}): Alignment {
  const threshold = options.threshold ?? ALIGN_THRESHOLD;
  const perArticle = options.sentencesPerArticle ?? MAX_SENTENCES_PER_ARTICLE;
  const total = units.length;
  const wordIds = new Map<string, number>();
  const words = units.map((unit) => {
    const ids = contentWords(unit.text).map((word) => {
      let id = wordIds.get(word);
      if (id === undefined) wordIds.set(word, (id = wordIds.size));
      return id;
    });
    return Int32Array.from(ids).sort();
  });
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
        for (let i = 0, j = 0; i < listA.length && j < listB.length;) {
          const x = listA[i] as number;
          const y = listB[j] as number;
          if (x === y) {
            shared += squaredWeight[x] ?? 0;
            i++;
            j++;
          } else if (x < y) i++;
          else j++;
        }
        const denominator = (norms[a] ?? 0) * (norms[b] ?? 0);
        const score = denominator === 0 ? 0 : shared / denominator;
        if (score >= threshold) edges.push({ a, b, score });
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
    parent[rootB] = rootA;
    for (const [article, positions] of groupB.articles) {
      groupA.articles.set(article, [...(groupA.articles.get(article) ?? []), ...positions]);
    }
    groupA.units.push(...groupB.units);
  }

  const groups: number[][] = [];
  units.forEach((_, index) => {
    if (find(index) === index) groups.push((members[index]?.units ?? []).sort((x, y) => x - y));
  });
  groups.sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));
  return { groups, pairsScored };
}

/**
 * Two groups may join when they share no article, or when one of them is a single sentence that neighbours the
 * other's sentence of the same article: one outlet's single sentence is often another's two ("X said Y." +
 * "X is the envoy for Z."). Two larger groups never join through a shared article: that would chain two facts
 * that several outlets tell in neighbouring sentences.
 */
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

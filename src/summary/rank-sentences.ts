import type { TermVector } from './text-vectors.js';

/**
 * Similarity above which two sentences are linked in the centrality graph. 0.1 is the threshold Erkan and Radev
 * (2004) report as working well for LexRank on DUC data.
 */
export const LEXRANK_LINK_MIN = 0.1;
const DAMPING = 0.85;
const ITERATIONS = 30;

/** For each sentence, the sentences at least `min` similar to it, with the similarity. */
export type SimilarityGraph = { node: number; similarity: number }[][];

/**
 * Links every pair of sentences whose cosine similarity is at least `min`. Dot products are accumulated through
 * an inverted index (term -> sentences), so pairs sharing no content word cost nothing: for a 50-article story
 * most of the million pairs share none.
 */
export function linkSentences(vectors: readonly TermVector[], min = LEXRANK_LINK_MIN): SimilarityGraph {
  const count = vectors.length;
  const links: SimilarityGraph = Array.from({ length: count }, () => []);
  const postings = new Map<number, { node: number; value: number }[]>();
  vectors.forEach((vector, node) => {
    vector.ids.forEach((id, index) => {
      const value = vector.values[index] ?? 0;
      const list = postings.get(id);
      if (list) list.push({ node, value });
      else postings.set(id, [{ node, value }]);
    });
  });
  const dots = new Float64Array(count);
  const touched: number[] = [];
  for (let a = 0; a < count; a++) {
    const left = vectors[a];
    if (!left || left.norm === 0) continue;
    left.ids.forEach((id, index) => {
      const value = left.values[index] ?? 0;
      for (const posting of postings.get(id) ?? []) {
        if (posting.node <= a) continue;
        if (dots[posting.node] === 0) touched.push(posting.node);
        dots[posting.node] = (dots[posting.node] ?? 0) + value * posting.value;
      }
    });
    for (const b of touched) {
      const right = vectors[b];
      const similarity = right && right.norm > 0 ? (dots[b] ?? 0) / (left.norm * right.norm) : 0;
      dots[b] = 0;
      if (similarity >= min) {
        links[a]?.push({ node: b, similarity });
        links[b]?.push({ node: a, similarity });
      }
    }
    touched.length = 0;
  }
  return links;
}

/**
 * LexRank-style centrality of each sentence: PageRank over the graph of linked sentences (Erkan and Radev 2004,
 * the unweighted "LexRank with threshold" variant). Scores sum to 1.
 */
export function rankSentences(graph: SimilarityGraph): number[] {
  const count = graph.length;
  if (count === 0) return [];
  let scores = new Array<number>(count).fill(1 / count);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const next = new Array<number>(count).fill((1 - DAMPING) / count);
    let dangling = 0;
    for (let node = 0; node < count; node++) {
      const out = graph[node] ?? [];
      const share = scores[node] ?? 0;
      if (out.length === 0) {
        dangling += share;
        continue;
      }
      for (const link of out) next[link.node] = (next[link.node] ?? 0) + (DAMPING * share) / out.length;
    }
    for (let node = 0; node < count; node++) next[node] = (next[node] ?? 0) + (DAMPING * dangling) / count;
    scores = next;
  }
  return scores;
}

/** A key equal for two vectors exactly when they hold the same terms with the same weights. */
function vectorKey(vector: TermVector): string {
  return `${vector.ids.join(',')}|${vector.values.join(',')}`;
}

/**
 * The same centrality as `rankSentences(linkSentences(vectors))`, computed once per distinct sentence: a story
 * of many copies of one press release holds each sentence hundreds of times, and the pairwise graph over them
 * grows with the square of the copies (1,000 copies of a 20-sentence release: about 20 million links, minutes
 * and gigabytes). Identical vectors have identical links, so by symmetry they share one score, and PageRank over
 * the graph of distinct sentences, each counted with its number of copies, gives that score exactly. A story
 * without repeated sentences takes the plain path.
 */
export function rankDistinctSentences(vectors: readonly TermVector[], min = LEXRANK_LINK_MIN): number[] {
  const classOf = new Int32Array(vectors.length);
  const representatives: TermVector[] = [];
  const sizes: number[] = [];
  const byKey = new Map<string, number>();
  vectors.forEach((vector, index) => {
    const key = vectorKey(vector);
    let found = byKey.get(key);
    if (found === undefined) {
      found = representatives.length;
      byKey.set(key, found);
      representatives.push(vector);
      sizes.push(0);
    }
    sizes[found] = (sizes[found] ?? 0) + 1;
    classOf[index] = found;
  });
  if (representatives.length === vectors.length) return rankSentences(linkSentences(vectors, min));

  const graph = linkSentences(representatives, min);
  const count = vectors.length;
  const classes = representatives.length;
  // A member links to every member of a linked class and to its own copies (a non-empty vector is similar to
  // itself); an empty vector links to nothing.
  const selfLinked = representatives.map((vector) => vector.norm > 0);
  const degree = graph.map(
    (links, node) =>
      links.reduce((sum, link) => sum + (sizes[link.node] ?? 0), 0) +
      (selfLinked[node] ? (sizes[node] ?? 1) - 1 : 0),
  );
  let scores = new Array<number>(classes).fill(1 / count);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const next = new Array<number>(classes).fill((1 - DAMPING) / count);
    let dangling = 0;
    for (let node = 0; node < classes; node++) {
      const size = sizes[node] ?? 0;
      const share = scores[node] ?? 0;
      const out = degree[node] ?? 0;
      if (out === 0) {
        dangling += size * share;
        continue;
      }
      // Each of `size` members sends share / out to each member of a linked class.
      for (const link of graph[node] ?? [])
        next[link.node] = (next[link.node] ?? 0) + (DAMPING * size * share) / out;
      if (selfLinked[node] && size > 1) next[node] = (next[node] ?? 0) + (DAMPING * (size - 1) * share) / out;
    }
    for (let node = 0; node < classes; node++) next[node] = (next[node] ?? 0) + (DAMPING * dangling) / count;
    scores = next;
  }
  return Array.from(classOf, (node) => scores[node] ?? 0);
}

import { cosine, type TermVector } from './text-vectors.js';

/**
 * Similarity above which two sentences are linked in the centrality graph. 0.1 is the threshold Erkan and Radev
 * (2004) report as working well for LexRank on DUC data.
 */
export const LEXRANK_LINK_MIN = 0.1;
const DAMPING = 0.85;
const ITERATIONS = 30;

/** For each sentence, the sentences at least `min` similar to it, with the similarity. */
export type SimilarityGraph = { node: number; similarity: number }[][];

/** Links every pair of sentences whose cosine similarity is at least `min` (quadratic; fine for ~2,000 sentences). */
export function linkSentences(vectors: readonly TermVector[], min = LEXRANK_LINK_MIN): SimilarityGraph {
  const count = vectors.length;
  const links: SimilarityGraph = Array.from({ length: count }, () => []);
  for (let a = 0; a < count; a++) {
    const left = vectors[a];
    if (!left || left.norm === 0) continue;
    for (let b = a + 1; b < count; b++) {
      const right = vectors[b];
      if (!right || right.norm === 0) continue;
      const similarity = cosine(left, right);
      if (similarity >= min) {
        links[a]?.push({ node: b, similarity });
        links[b]?.push({ node: a, similarity });
      }
    }
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

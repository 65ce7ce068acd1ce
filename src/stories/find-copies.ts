import type { Article, Story } from '../model/index.js';
import { clusterArticles } from './cluster-articles.js';
import type { StoryIndexOptions } from './create-story-index.js';
import { shingleSketch, sketchOverlap } from './shingle-sketch.js';

/** Finds syndicated copies in a batch: each copy with the earliest version it copies. */
export function findCopies(articles: readonly Article[], options: StoryIndexOptions = {}): Story['copies'] {
  return clusterArticles(articles, options).stories.flatMap((story) => story.copies);
}

/**
 * Near-duplicate score of two texts, 0..1: the share of the smaller text's sampled word 5-shingles found in
 * the other (1 for identical texts). Symmetric.
 */
export function copySimilarity(a: string, b: string): number {
  const left = shingleSketch(a);
  const right = shingleSketch(b);
  if (left.fingerprint === right.fingerprint) return 1;
  return sketchOverlap(left.sketch, right.sketch).containment;
}

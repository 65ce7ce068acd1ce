export { createStoryIndex } from './create-story-index.js';
export type { StoryIndex, StoryIndexOptions } from './create-story-index.js';
export { clusterArticles, streamOrder } from './cluster-articles.js';
export { findCopies, copySimilarity } from './find-copies.js';
export { extractFeatures } from './extract-features.js';
export type { ArticleFeatures } from './extract-features.js';

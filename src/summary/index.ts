export { scoreLoadedText, LOADED_SCORE_MIN } from './score-loaded-text.js';
export type { LoadedTextScore, ScoredSpan } from './score-loaded-text.js';
export { detectLoaded } from './detect-loaded.js';
export { buildLoadedEntries } from './build-loaded-entries.js';
export { summarizeStory } from './summarize-story.js';
export type { SummaryOptions, StorySummary } from './summarize-story.js';
export { makeHeadline } from './make-headline.js';
export { rewriteWithLlm, checkRewrite, REWRITE_SUPPORT_MIN } from './rewrite-with-llm.js';
export type { LlmRewriteOptions, LlmRewriteResult, DroppedRewrite } from './rewrite-with-llm.js';

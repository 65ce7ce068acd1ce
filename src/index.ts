/**
 * Parallax as a library: the whole job (`runAnalysis`, `analyzeArticles`), each stage on its own, the store,
 * the server and the document model.
 *
 * @example
 * import { readInputs, runAnalysis } from 'parallax';
 * const { reports } = await runAnalysis(readInputs(['examples']));
 */
export * as model from './model/index.js';
export type {
  Article,
  RawInput,
  Story,
  StoryReport,
  Assignment,
  Citation,
  Fact,
  Diagnostic,
  InputProblem,
} from './model/index.js';
export {
  ParallaxError,
  InputError,
  UsageError,
  StoreError,
  createArticle,
  createTextArticle,
  contentId,
  conflictsInFact,
} from './model/index.js';
export { readInputs, parseRecord } from './ingest/index.js';
export type { IngestItem, ReadInputsOptions } from './ingest/index.js';
export { extractArticle, decodeBytes } from './extract/index.js';
export type { ExtractOptions } from './extract/index.js';
export { analyzeLanguage, splitSentences, detectLanguage } from './language/index.js';
export type { LanguageOptions } from './language/index.js';
export { createStoryIndex, clusterArticles } from './stories/index.js';
export type { StoryIndex, StoryIndexOptions } from './stories/index.js';
export { compareStory } from './compare/index.js';
export type { CompareOptions, ComparedStory } from './compare/index.js';
export { detectLoaded, scoreLoadedText, summarizeStory } from './summary/index.js';
export type { SummaryOptions } from './summary/index.js';
export { openStore } from './store/index.js';
export type { Store, StoreOptions, PutResult, PutStatus } from './store/index.js';
export { createApp, startServer, renderReportPage } from './server/index.js';
export type { StartServerOptions, RunningServer } from './server/index.js';
export { processInput, reportStory, analyzeArticles } from './pipeline.js';
export type { ReportOptions } from './pipeline.js';
export { runAnalysis } from './analyze.js';
export type { AnalysisOptions, AnalysisResult } from './analyze.js';
export { runCli } from './cli/program.js';

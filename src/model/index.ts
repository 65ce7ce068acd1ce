export type {
  Span,
  TextSpan,
  InputFormat,
  RawInput,
  ResidueReason,
  Removed,
  ParagraphKind,
  Paragraph,
  Sentence,
  DateSource,
  EntityType,
  LabelKind,
  Label,
  Mention,
  Entity,
  QuoteKind,
  Quote,
  CreditKind,
  Credit,
  DateMention,
  LoadedReason,
  LoadedSpan,
  Article,
} from './article.js';
export type {
  Assignment,
  StoryMerge,
  Story,
  Citation,
  Fact,
  ConflictKind,
  Conflict,
  QuoteDifference,
  QuoteGroup,
  LabelEntry,
  GroupLabelEntry,
  LoadedEntry,
  Provenance,
  TextCredit,
  BylineCredit,
  CitedText,
  StoryReport,
  LlmRewriteNote,
} from './story.js';
export type { StageName, Diagnostic } from './diagnostic.js';
export { createDiagnostic } from './diagnostic.js';
export {
  ParallaxError,
  InputError,
  UsageError,
  StoreError,
  formatError,
  errorCode,
  asProcessingError,
  describeValue,
} from './errors.js';
export { contentId } from './content-id.js';
export { floorCodePoint } from './floor-code-point.js';
export { formatPublished, publishedDay } from './format-published.js';
export { formatCoverage } from './format-coverage.js';
export { composeKey, WORD_LETTER } from './compose-key.js';
export { createArticle, createTextArticle } from './create-article.js';
export { createIdAllocator, createIdLedger, inputContent, keepFirstById } from './keep-first-by-id.js';
export type { IdClaim, IdLedger, InputProblem } from './keep-first-by-id.js';
export { conflictsInFact, factConflictNote } from './fact-conflicts.js';

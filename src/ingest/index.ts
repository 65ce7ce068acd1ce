export { emptyJsonl, readInputs } from './read-inputs.js';
export type { IngestItem, ReadInputsOptions } from './read-inputs.js';
export { isReadableDate, parseJsonlLine, parseRecord, recordLabel, recordSource } from './parse-record.js';
export { readJsonlValues } from './read-jsonl.js';
export type { JsonlItem } from './read-jsonl.js';
export type { ArticleRecord } from './parse-record.js';
export { detectFormat, isArticlePath, SUPPORTED_EXTENSIONS } from './detect-format.js';
export { MAX_FILE_BYTES, MAX_JSONL_LINE_BYTES } from './limits.js';
export {
  namedArticleError,
  peekLines,
  pipedArticleError,
  pipedArticleKind,
  sniffJsonlFile,
} from './sniff-jsonl.js';
export type { ArticleKind } from './sniff-jsonl.js';

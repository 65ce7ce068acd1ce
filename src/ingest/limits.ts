/**
 * Input size limits. A news article is rarely over 200 KB of text or 5 MB of HTML; files far beyond that are
 * logs, dumps or the wrong file, and reading them whole would cost memory for nothing.
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** One JSONL line (one article record). JSONL files themselves may be of any size: they are streamed. */
export const MAX_JSONL_LINE_BYTES = 20 * 1024 * 1024;

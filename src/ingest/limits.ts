/**
 * Input size limits. A news article is rarely over 200 KB of text or 5 MB of HTML; files far beyond that are
 * logs, dumps or the wrong file, and reading them whole would cost memory for nothing.
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** One JSONL line (one article record). JSONL files themselves may be of any size: they are streamed. */
export const MAX_JSONL_LINE_BYTES = 20 * 1024 * 1024;

const MIB = 1024 * 1024;

function megabytes(bytes: number): string {
  return (bytes / MIB).toFixed(1).replace(/\.0$/, '');
}

function exactBytes(bytes: number): string {
  return bytes.toLocaleString('en-US');
}

/** "the 20 MB limit", or for a limit under a megabyte (`--max-bytes 2600`) "the 2,600-byte limit". */
export function describeLimit(limit: number): string {
  return limit >= MIB ? `the ${megabytes(limit)} MB limit` : `the ${exactBytes(limit)}-byte limit`;
}

/**
 * "21.5 MB is over the 20 MB limit"; in bytes when megabytes would not tell the two apart ("3,062 bytes is over
 * the 2,600-byte limit", not "0 MB is over the 0 MB limit").
 */
export function describeOverLimit(size: number, limit: number): string {
  if (limit >= MIB && megabytes(size) !== megabytes(limit)) {
    return `${megabytes(size)} MB is over ${describeLimit(limit)}`;
  }
  return `${exactBytes(size)} bytes is over the ${exactBytes(limit)}-byte limit`;
}

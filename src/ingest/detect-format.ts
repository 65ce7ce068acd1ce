import { extname } from 'node:path';
import type { InputFormat } from '../model/index.js';

const FORMAT_BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** Feeds: one file, many articles (`readFeed`). `.xml` is read as a feed and refused when it is not one. */
const FEED_EXTENSIONS = new Set(['.rss', '.atom', '.xml']);

/** Web archives: one file, many pages (`readWarc`), plain or gzipped record by record. */
const WARC_EXTENSIONS = ['.warc', '.warc.gz'];

/** The list of extensions ingest reads, for error messages and help. */
export const SUPPORTED_EXTENSIONS = [
  ...Object.keys(FORMAT_BY_EXTENSION),
  ...FEED_EXTENSIONS,
  ...WARC_EXTENSIONS,
];

/** True for a file name that ingest reads as an RSS or Atom feed. */
export function isFeedPath(path: string): boolean {
  return FEED_EXTENSIONS.has(extname(path).toLowerCase());
}

/** True for a file name that ingest reads as a WARC web archive (`.warc`, `.warc.gz`). */
export function isWarcPath(path: string): boolean {
  const lower = path.toLowerCase();
  return WARC_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/** The input format a file name implies, or undefined for a file ingest does not read. */
export function detectFormat(path: string): InputFormat | undefined {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()];
}

/** True for a file name ingest reads as articles (HTML, plain text, a feed, a web archive), not as JSONL records. */
export function isArticlePath(path: string): boolean {
  const format = detectFormat(path);
  return format === 'text' || format === 'html' || isFeedPath(path) || isWarcPath(path);
}

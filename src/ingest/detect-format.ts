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

/** The list of extensions ingest reads, for error messages and help. */
export const SUPPORTED_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION);

/** The input format a file name implies, or undefined for a file ingest does not read. */
export function detectFormat(path: string): InputFormat | undefined {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()];
}

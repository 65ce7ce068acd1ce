import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { InputError } from '../model/index.js';
import { readJsonlValues } from './read-jsonl.js';

/** How much of standard input is held back to look at its first lines; lines past it are not looked at. */
const PEEK_BYTES = 64 * 1024;

const NEWLINE = 0x0a;

/** Lines looked at to tell an article from JSONL: enough that a stray first line does not decide it. */
const PEEK_LINES = 20;

/**
 * The first non-blank lines of a stream (up to PEEK_LINES of them, within PEEK_BYTES), and the stream whole again
 * to read as usual: a verb that reads JSONL can tell an article piped in whole from records before reading it line
 * by line.
 */
export async function peekLines(stream: Readable): Promise<{ lines: string[]; stream: Readable }> {
  const iterator = (stream as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const held: Buffer[] = [];
  let size = 0;
  let ended = false;
  // Records are not held back: the first line that is JSON settles it, so a stream still being written (a feed
  // under `tail -f`, lines typed at a terminal) is answered line by line as before.
  while (size < PEEK_BYTES && undecided(completeLines(Buffer.concat(held)))) {
    const next = await iterator.next();
    if (next.done === true) {
      ended = true;
      break;
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : next.value;
    held.push(chunk);
    size += chunk.length;
  }
  async function* chunks(): AsyncGenerator<Buffer> {
    yield* held;
    if (ended) return;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) {
      yield typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : next.value;
    }
  }
  const all = Buffer.concat(held);
  // At the end of the stream its last line counts even without a newline.
  const lines = completeLines(ended ? Buffer.concat([all, Buffer.from('\n')]) : all);
  return { lines, stream: Readable.from(chunks(), { objectMode: false }) };
}

/** True while the lines seen so far neither hold a JSON line nor are enough to call the input an article. */
function undecided(lines: readonly string[]): boolean {
  return lines.length < PEEK_LINES && !lines.some(isJson);
}

/** The non-blank lines ended by a newline, trimmed, a leading BOM dropped. */
function completeLines(bytes: Buffer): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let end = bytes.indexOf(NEWLINE); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
    const text = bytes
      .subarray(start, end)
      .toString('utf8')
      .replace(/^\ufeff/, '')
      .trim();
    if (text !== '') lines.push(text);
    start = end + 1;
  }
  return lines;
}

/** What a stream that is not JSONL looks like it holds instead. */
export type ArticleKind = 'an HTML page' | 'plain text' | 'binary data (or text that is not UTF-8)';

/**
 * What the first lines of standard input say it holds when it is not JSONL: an HTML page, or plain text (words,
 * not JSON). Undefined when any of them is JSON (a stream of records with a broken line is read line by line, so
 * that its errors name their lines and the other records are used), and for a single line, whose one error says
 * the same.
 */
export function pipedArticleKind(lines: readonly string[]): ArticleKind | undefined {
  const [first] = lines;
  if (first === undefined || lines.length < 2 || lines.some(isJson)) return undefined;
  if (first.startsWith('<')) return 'an HTML page';
  // NUL, or bytes that are not UTF-8 (decoded as U+FFFD): an image or archive, one "not UTF-8" error per line.
  if (first.includes('\u0000') || first.includes('\ufffd')) return 'binary data (or text that is not UTF-8)';
  // Letters, or typographic quotes, start prose; `{`, `[`, `"` and digits start JSON, broken or not.
  return /^[\p{L}\u2018-\u201f]/u.test(first) ? 'plain text' : undefined;
}

/**
 * True when the line is JSON: a record, or another JSON value a broken stream of records may hold ("42", "null").
 * Not a quoted sentence: an article's paragraph that is all quotation ("\"We were lucky with the weather.\"")
 * parses as a JSON string, but words with spaces between them are prose.
 */
function isJson(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return !(typeof value === 'string' && /\s/.test(value));
  } catch {
    return false;
  }
}

/** The one error for an article piped whole into a verb that reads JSONL records from standard input. */
export function pipedArticleError(kind: string): InputError {
  return new InputError(
    'not-jsonl',
    `\`stdin\`: standard input looks like ${kind}, not JSONL: this verb reads one JSON record per line.`,
    {
      input: 'stdin',
      hint: "Name the file instead of piping it (parallax analyze FILE, parallax extract FILE), or make it a record: jq -Rsc '{text: .}' FILE.",
    },
  );
}

/**
 * The one error for a file read as JSONL (`.jsonl`, or, in a record verb, no article extension) that holds an
 * article or binary data, not records: one error naming the file instead of one "not valid JSON" per line of it.
 */
export function namedArticleError(path: string, kind: ArticleKind): InputError {
  return new InputError(
    'not-jsonl',
    `\`${path}\` looks like ${kind}, not JSONL: no line of it is a JSON record (a JSONL file holds one per line).`,
    {
      input: path,
      hint:
        kind === 'binary data (or text that is not UTF-8)'
          ? 'Check that it is the file you meant; JSONL must be UTF-8 text (convert it: iconv -f windows-1252 -t utf-8).'
          : "If it is an article, give it its own extension (.txt, .html) to have it read as one, or make it a record: jq -Rsc '{text: .}' FILE.",
    },
  );
}

/**
 * Opens a file to be read as JSONL and tells whether it is: `{stream}`, the file's bytes from the start, to read
 * line by line, or `{kind}` when its first lines look like an article or binary data (`pipedArticleKind`) and
 * no line of the whole file is a JSON object, so that no record of it is lost to the one error. A file is read a
 * second time only when its first lines look like an article. `file` is the file opened already, if it is. Throws
 * when the file cannot be read.
 */
export async function sniffJsonlFile(
  path: string,
  file: Readable = createReadStream(path),
): Promise<{ stream: Readable } | { kind: ArticleKind }> {
  const peeked = await peekLines(file);
  const kind = pipedArticleKind(peeked.lines);
  if (kind === undefined) return { stream: peeked.stream };
  for await (const item of readJsonlValues(peeked.stream, path)) {
    // A read error part way is reported where the file is read as usual, not taken for an article.
    if (!item.ok && item.error.code === 'unreadable') return { stream: createReadStream(path) };
    if (item.ok && typeof item.value === 'object' && item.value !== null && !Array.isArray(item.value)) {
      // Records after an article-like start (a note pasted above them): read line by line, each error by line.
      file.destroy();
      return { stream: createReadStream(path) };
    }
  }
  return { kind };
}

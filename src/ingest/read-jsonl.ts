import type { Readable } from 'node:stream';
import { InputError } from '../model/index.js';
import { MAX_JSONL_LINE_BYTES } from './limits.js';

/** One line of a JSONL stream: the parsed value, or an error naming `name:line`. */
export type JsonlItem =
  { ok: true; source: string; value: unknown } | { ok: false; source: string; error: InputError };

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Streams a JSONL source line by line (blank lines skipped). A malformed line yields an error item naming
 * `name:line` and reading goes on; memory does not grow with the number of lines, and a line over
 * MAX_JSONL_LINE_BYTES is skipped without being held whole. Lines are decoded as strict UTF-8 (a leading BOM is
 * dropped): a line that is not UTF-8 is refused rather than read with replacement characters.
 */
export async function* readJsonlValues(stream: Readable, name: string): AsyncGenerator<JsonlItem> {
  let lineNumber = 0;
  let pieces: Buffer[] = [];
  let pending = 0;
  let oversized = false;
  let first = true;

  function* finishLine(tail: Buffer): Generator<JsonlItem> {
    lineNumber++;
    const source = `${name}:${lineNumber}`;
    if (oversized || pending + tail.length > MAX_JSONL_LINE_BYTES) {
      oversized = false;
      pieces = [];
      pending = 0;
      yield { ok: false, source, error: tooLarge(source) };
      return;
    }
    let bytes = pieces.length === 0 ? tail : Buffer.concat([...pieces, tail]);
    pieces = [];
    pending = 0;
    if (first) {
      first = false;
      if (bytes.subarray(0, 3).equals(UTF8_BOM)) bytes = bytes.subarray(3);
    }
    if (bytes.length > 0 && bytes[bytes.length - 1] === CARRIAGE_RETURN) bytes = bytes.subarray(0, -1);
    const item = parseLine(bytes, source);
    if (item) yield item;
  }

  try {
    for await (const chunk of stream) {
      const data = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer);
      let start = 0;
      for (let end = data.indexOf(NEWLINE); end !== -1; end = data.indexOf(NEWLINE, start)) {
        yield* finishLine(data.subarray(start, end));
        start = end + 1;
      }
      const rest = data.subarray(start);
      if (rest.length === 0) continue;
      if (oversized || pending + rest.length > MAX_JSONL_LINE_BYTES) {
        // Keep counting nothing: the line is refused when its end arrives, without holding it in memory.
        oversized = true;
        pieces = [];
        pending = 0;
        first = false;
        continue;
      }
      // Copy: the stream may reuse the chunk's memory after this iteration.
      pieces.push(Buffer.from(rest));
      pending += rest.length;
    }
    if (pending > 0 || oversized) yield* finishLine(Buffer.alloc(0));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    yield {
      ok: false,
      source: name,
      error: new InputError(
        'unreadable',
        `Cannot read \`${name}\`${lineNumber > 0 ? ` after line ${lineNumber}` : ''}: ${detail}.`,
        { input: name, cause: error },
      ),
    };
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The item for one line without its newline, or undefined for a blank line. */
function parseLine(bytes: Buffer, source: string): JsonlItem | undefined {
  let line: string;
  try {
    line = UTF8.decode(bytes);
  } catch (error) {
    return {
      ok: false,
      source,
      error: new InputError('not-utf8', `${source}: the line is not valid UTF-8.`, {
        input: source,
        hint: 'JSONL must be UTF-8: convert the file (e.g. iconv -f windows-1252 -t utf-8).',
        cause: error,
      }),
    };
  }
  if (line.trim() === '') return undefined;
  try {
    return { ok: true, source, value: JSON.parse(line) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      source,
      error: new InputError('malformed-json', `${source}: not valid JSON (${detail}).`, {
        input: source,
        hint: 'Each line must be one JSON object.',
        cause: error,
      }),
    };
  }
}

function tooLarge(source: string): InputError {
  const limit = MAX_JSONL_LINE_BYTES / 1024 / 1024;
  return new InputError('too-large', `${source}: line is over the ${limit} MB limit.`, {
    input: source,
    hint: 'Each line must be one article record.',
  });
}

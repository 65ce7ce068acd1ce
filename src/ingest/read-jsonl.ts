import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { InputError } from '../model/index.js';
import { MAX_JSONL_LINE_BYTES } from './limits.js';

/** One line of a JSONL stream: the parsed value, or an error naming `name:line`. */
export type JsonlItem =
  { ok: true; source: string; value: unknown } | { ok: false; source: string; error: InputError };

/**
 * Streams a JSONL source line by line (blank lines skipped). A malformed line yields an error item naming
 * `name:line` and reading goes on; memory does not grow with the number of lines.
 */
export async function* readJsonlValues(stream: Readable, name: string): AsyncGenerator<JsonlItem> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber++;
      if (line.trim() === '') continue;
      const source = `${name}:${lineNumber}`;
      if (line.length > MAX_JSONL_LINE_BYTES) {
        const limit = MAX_JSONL_LINE_BYTES / 1024 / 1024;
        yield {
          ok: false,
          source,
          error: new InputError('too-large', `${source}: line is over the ${limit} MB limit.`, {
            input: source,
          }),
        };
        continue;
      }
      try {
        yield { ok: true, source, value: JSON.parse(line) as unknown };
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        yield {
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
  } catch (error) {
    yield {
      ok: false,
      source: name,
      error: new InputError('unreadable', `Cannot read \`${name}\` after line ${lineNumber}.`, {
        input: name,
        cause: error,
      }),
    };
  }
}

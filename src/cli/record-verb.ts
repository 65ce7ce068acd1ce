import { InputError, asProcessingError } from '../model/index.js';
import {
  EXIT_OK,
  EXIT_SOME_FAILED,
  readJsonlSources,
  reportFailure,
  writeJsonl,
  type CliContext,
} from './io.js';

/**
 * The shape of every JSONL-in, JSONL-out verb: read records from files or stdin, turn each into zero or more
 * output lines, and report a bad record as `{id, error}` without stopping the rest.
 */
export async function runRecordVerb(
  paths: readonly string[],
  context: CliContext,
  transform: (value: unknown, source: string) => unknown,
): Promise<number> {
  let failures = 0;
  for await (const item of readJsonlSources(paths, context.stdin)) {
    if (!item.ok) {
      failures++;
      await reportFailure(context, item, { jsonl: true });
      continue;
    }
    try {
      await writeJsonl(context.stdout, await Promise.resolve(transform(item.value, item.source)));
    } catch (error) {
      failures++;
      await reportFailure(
        context,
        { source: item.source, id: recordId(item.value), error: asProcessingError(error, item.source) },
        { jsonl: true },
      );
    }
  }
  return failures > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}

/** The `id` of a record, when it has one. */
export function recordId(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/** Reads a required string field of a record, or throws an InputError naming the record and field. */
export function requireString(value: unknown, field: string, source: string): string {
  const field_ =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[field] : undefined;
  if (typeof field_ !== 'string') {
    throw new InputError(
      'missing-field',
      `${source}: expected a string \`${field}\`, got ${field_ === undefined ? 'none' : typeof field_}.`,
      { input: source },
    );
  }
  return field_;
}

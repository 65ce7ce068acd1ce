/**
 * Typed errors for misuse or bad input at a boundary (CLI argument, file, JSONL line, HTTP body, config).
 * Each has a stable `code` and a message that names the input, what was expected, what came, and how to fix it.
 */
export class ParallaxError extends Error {
  readonly code: string;
  /** The input the error is about (file path, `file:line`, URL, ...), if any. */
  readonly input: string | undefined;
  readonly hint: string | undefined;

  constructor(
    code: string,
    message: string,
    options: { input?: string; hint?: string; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.input = options.input;
    this.hint = options.hint;
  }
}

/** The input cannot be read or decoded (empty, binary, not text, too large). */
export class InputError extends ParallaxError {}

/** A command-line or API call was malformed. */
export class UsageError extends ParallaxError {}

/** The store could not be opened, migrated or written. */
export class StoreError extends ParallaxError {}

/** Renders any thrown value as one line for stderr or an `{id, error}` record. */
export function formatError(error: unknown): string {
  if (error instanceof ParallaxError) {
    return error.hint ? `${error.message} ${error.hint}` : error.message;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}

/** The stable code of a thrown value (`internal` for anything that is not a ParallaxError). */
export function errorCode(error: unknown): string {
  return error instanceof ParallaxError ? error.code : 'internal';
}

/**
 * Any error thrown while processing one input, as a ParallaxError naming that input: ParallaxErrors pass
 * through; anything else (a bug, an unexpected value) becomes `processing-failed` with the original as `cause`.
 */
export function asProcessingError(error: unknown, source: string): ParallaxError {
  if (error instanceof ParallaxError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new InputError('processing-failed', `${source}: could not be processed (${detail}).`, {
    input: source,
    cause: error,
  });
}

/**
 * What a JSON value is, for messages that say what came: `a number (42)`, `an array`, `null`, `a string ("x")`.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : 'an array';
  switch (typeof value) {
    case 'string':
      return value === '' ? 'an empty string' : `a string (${JSON.stringify(clip(value))})`;
    case 'number':
      return `a number (${value})`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

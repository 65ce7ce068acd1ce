import { isReadableDate, recordLabel, recordSource, type ReadInputsOptions } from '../ingest/index.js';
import { toIsoDate } from '../extract/index.js';
import { extractInput } from './extracted-record.js';
import {
  InputError,
  asProcessingError,
  createIdAllocator,
  describeValue,
  inputContent,
} from '../model/index.js';
import {
  EXIT_OK,
  EXIT_SOME_FAILED,
  createVerbProgress,
  noticeTerminalInput,
  type Progress,
  readJsonlSources,
  reportFailure,
  writeJsonl,
  type CliContext,
} from './io.js';

/** Options of `runRecordVerb`. */
export interface RecordVerbOptions {
  /**
   * What the verb does with article files and folders (HTML, plain text, feeds, web archives) among its paths:
   * `input` cleans each article and passes the record `parallax extract` would write to the verb; `output`
   * writes that record (the extract verb itself). Without it, an article file is an error: the verb reads
   * records of another kind (stories).
   */
  articleFiles?: 'input' | 'output';
  /**
   * The run's progress line (`--progress`, or stderr a terminal): a count of records done, cleared before each
   * failure is said, and a closing line with the counts. A verb that writes to stderr itself clears it first.
   */
  progress?: Progress;
  /** How article files are read (`--max-bytes`, `--encoding`), as `analyze` reads them. */
  read?: Pick<ReadInputsOptions, 'maxFileBytes' | 'textEncoding'>;
}

/** Flags of the verbs that read article files as well as JSONL records. */
export interface ArticleVerbFlags {
  progress?: boolean;
  maxBytes?: number;
  encoding?: 'strict' | 'auto';
}

/**
 * The options of a verb that reads article files: cleaned first (`input`) or written as extract writes them
 * (`output`), read with the `--max-bytes` and `--encoding` given, with the progress `--progress` asks for.
 */
export function articleVerbOptions(
  context: CliContext,
  flags: ArticleVerbFlags,
  articleFiles: 'input' | 'output',
): RecordVerbOptions & { progress: Progress } {
  return {
    articleFiles,
    progress: createVerbProgress(context, flags.progress),
    read: {
      ...(flags.maxBytes === undefined ? {} : { maxFileBytes: flags.maxBytes }),
      ...(flags.encoding === undefined ? {} : { textEncoding: flags.encoding }),
    },
  };
}

/** What a verb's transform may say on stderr about the record it is turning into output. */
export interface RecordNotes {
  /** A warning: the record's output is written and whole, but the user should know (`parallax: MESSAGE`). */
  warn(message: string): void;
  /**
   * The record's output is written without part of its input (a story without its bad articles): said on stderr
   * like a failure, and the run exits as when a record failed, while the output itself says what it left out.
   */
  incomplete(message: string): void;
}

/**
 * The shape of every JSONL-in, JSONL-out verb: read records from files or stdin, turn each into zero or more
 * output lines, and report a bad record as `{id, error}` without stopping the rest.
 */
export async function runRecordVerb(
  paths: readonly string[],
  context: CliContext,
  transform: (value: unknown, source: string, origin: string, notes: RecordNotes) => unknown,
  options: RecordVerbOptions = {},
): Promise<number> {
  let failures = 0;
  let incomplete = 0;
  let records = 0;
  const started = performance.now();
  noticeTerminalInput(context, paths);
  const articleFiles = options.articleFiles !== undefined;
  const claimId = createIdAllocator();
  const progress = options.progress;
  const read = { articleFiles, ...options.read };
  const say = (message: string): void => {
    progress?.clear();
    context.stderr.write(`parallax: ${message}\n`);
  };
  const notes: RecordNotes = {
    warn: say,
    incomplete(message) {
      incomplete++;
      say(message);
    },
  };
  for await (const item of readJsonlSources(paths, context.stdin, read)) {
    records++;
    progress?.tick('records:');
    if (!item.ok) {
      failures++;
      progress?.clear();
      await reportFailure(context, item, { jsonl: true });
      continue;
    }
    // Where the record came from first (the file `parallax extract` cleaned), and how errors name it: that file
    // and the line of this verb's input, `page.html (stdin:3)`, rather than the line alone.
    const origin = ('value' in item ? recordSource(item.value) : undefined) ?? item.source;
    const label = recordLabel(origin, item.source);
    const earlier = 'value' in item ? earlierFailure(item.value) : undefined;
    if ('value' in item && earlier !== undefined) {
      // A failure an earlier verb in the pipeline reported: passed on as it is, so that it reaches the end of
      // the pipeline (and the exit status) instead of turning into a puzzling "field `id`" error here.
      failures++;
      progress?.clear();
      context.stderr.write(`parallax: ${label}: passing on an earlier failure (${earlier}).\n`);
      await writeJsonl(context.stdout, item.value);
      continue;
    }
    let output: unknown;
    try {
      if ('input' in item) {
        // An article file: cleaned first, so the verb sees what `parallax extract` would have piped to it.
        const record = extractInput(item.input);
        // Two outlets' pages of one wire text clean to the same text, so to the same derived id: the second
        // gets `ID-v1`, as `analyze` and the store give it, instead of passing for a repeat of the first.
        record.id = claimId(String(record.id), inputContent(item.input), item.input.id === undefined);
        output =
          options.articleFiles === 'output'
            ? record
            : await Promise.resolve(transform(record, item.source, item.source, notes));
      } else {
        checkRecord(item.value, label);
        output = await Promise.resolve(transform(item.value, label, origin, notes));
        if (recordId(item.value) === undefined) output = withFreeId(output, item.value, claimId);
      }
    } catch (error) {
      failures++;
      progress?.clear();
      const id = 'input' in item ? item.input.id : recordId(item.value);
      await reportFailure(
        context,
        { source: label, origin, id, error: asProcessingError(error, label) },
        { jsonl: true },
      );
      continue;
    }
    await writeJsonl(context.stdout, output);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  progress?.done(
    `parallax: ${records} ${records === 1 ? 'record' : 'records'}${failures > 0 ? `, ${failures} failed` : ''}${incomplete > 0 ? `, ${incomplete} written in part` : ''} in ${seconds} s`,
  );
  return failures > 0 || incomplete > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}

/**
 * The output of a record that came without an id, under an id no other record of this run holds: extract
 * derives one from the clean text, which two outlets' records of one wire text share.
 */
function withFreeId(
  output: unknown,
  input: unknown,
  claimId: (id: string, content: string, derived: boolean) => string,
): unknown {
  if (typeof output !== 'object' || output === null || Array.isArray(output)) return output;
  const id = (output as { id?: unknown }).id;
  if (typeof id !== 'string') return output;
  const free = claimId(id, JSON.stringify(input), true);
  return free === id ? output : { ...output, id: free };
}

/**
 * The code of a failure record as the verbs write it (`{id, source, error, code}`, no article fields), or
 * undefined for any other record.
 */
function earlierFailure(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  const isFailure =
    typeof record.error === 'string' &&
    typeof record.code === 'string' &&
    keys.every((key) => key === 'id' || key === 'source' || key === 'error' || key === 'code');
  return isFailure ? (record.code as string) : undefined;
}

/** The `id` of a record, when it has one. */
export function recordId(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/**
 * Checks what every record verb relies on: the value is a JSON object, and its `id`, when given, is a
 * non-empty string without NUL characters or a number. Throws an InputError naming the record otherwise.
 */
function checkRecord(value: unknown, source: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(
      'invalid-record',
      `${source}: expected a JSON object (one record), got ${describeValue(value)}.`,
      { input: source, hint: 'Each line must be one JSON object, like {"id": "...", "text": "..."}.' },
    );
  }
  const id = (value as { id?: unknown }).id;
  if (
    id !== undefined &&
    !((typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id)))
  ) {
    throw new InputError(
      'invalid-record',
      `${source}: field \`id\`: expected a non-empty string or a number, got ${describeValue(id)}.`,
      { input: source },
    );
  }
  // The id keys the record's output and, downstream, a stored article: PostgreSQL TEXT cannot hold NUL, so the
  // store and the article-record parser refuse such an id, and a record verb refuses it the same way.
  if (typeof id === 'string' && id.includes('\0')) {
    throw new InputError(
      'invalid-record',
      `${source}: field \`id\`: holds a NUL character (U+0000), which no article key may contain.`,
      { input: source, hint: 'Remove the NUL character from the id.' },
    );
  }
}

/**
 * Reads a required string field of a record, or throws an InputError naming the record and field: `missing-field`
 * when it is absent (or null), `invalid-record` when it is there with another type.
 */
export function requireString(value: unknown, field: string, source: string): string {
  const field_ =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[field] : undefined;
  if (field_ === undefined || field_ === null) {
    throw new InputError('missing-field', `${source}: expected a string \`${field}\`, got nothing.`, {
      input: source,
    });
  }
  if (typeof field_ !== 'string') {
    // Worded and coded as extract and analyze word a mistyped field, so a script sorting failures by code
    // sees one problem under one code whichever verb met it.
    throw new InputError(
      'invalid-record',
      `${source}: field \`${field}\`: expected a string, got ${describeValue(field_)}.`,
      { input: source, hint: `Make \`${field}\` a string.` },
    );
  }
  return field_;
}

/**
 * A record's optional string field, or undefined when absent, null or empty; throws an InputError naming the record
 * and field when it is there but not a string, rather than going on as if it were absent.
 */
export function optionalString(value: unknown, field: string, source: string): string | undefined {
  const given = (value as Record<string, unknown>)[field];
  if (given === undefined || given === null || given === '') return undefined;
  if (typeof given !== 'string') {
    throw new InputError(
      'invalid-record',
      `${source}: field \`${field}\`: expected a string, got ${describeValue(given)}.`,
      { input: source, hint: `Make \`${field}\` a string, or leave it out.` },
    );
  }
  return given;
}

/**
 * Reads a record's `text`, which must hold words: an empty one (a page where extract found no article body) is an
 * InputError naming the record, not an annotation of nothing that would pass downstream as a real article.
 */
export function requireText(value: unknown, source: string): string {
  const html = typeof value === 'object' && value !== null ? (value as { html?: unknown }).html : undefined;
  if (typeof html === 'string' && typeof (value as { text?: unknown }).text !== 'string') {
    // A page record: these verbs take clean text, and read a page only from an article file.
    throw new InputError('missing-field', `${source}: expected a string \`text\`, got only \`html\`.`, {
      input: source,
      hint: 'Clean the page first: pipe the output of `parallax extract` here (or name the .html file itself).',
    });
  }
  const text = requireString(value, 'text', source);
  if (text.trim() === '') {
    throw new InputError('missing-content', `${source}: no article text (\`text\` is empty).`, {
      input: source,
      hint: 'When extract wrote it, no article body was found in the page: check its diagnostics, or leave it out.',
    });
  }
  return text;
}

/**
 * A record's optional `published` date, or undefined when absent (or empty); throws an InputError naming the
 * record when it is there but not a date, since a wrong date would silently misplace the article in time.
 */
export function optionalPublished(value: unknown, source: string): string | undefined {
  const published = (value as { published?: unknown }).published;
  if (published === undefined || published === null || published === '') return undefined;
  if (typeof published !== 'string' || !isReadableDate(published)) {
    throw new InputError(
      'invalid-record',
      `${source}: field \`published\`: expected a date such as 2026-03-01 or 2026-03-01T09:30:00Z, got ${describeValue(published)}.`,
      { input: source, hint: 'Fix the date or leave `published` out.' },
    );
  }
  return toIsoDate(published) ?? published;
}

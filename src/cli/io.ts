import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import {
  detectFormat,
  emptyJsonl,
  isArticlePath,
  namedArticleError,
  peekLines,
  pipedArticleError,
  pipedArticleKind,
  readInputs,
  readJsonlValues,
  sniffJsonlFile,
  type IngestItem,
  type JsonlItem,
  type ReadInputsOptions,
} from '../ingest/index.js';
import { InputError, ParallaxError, errorCode, formatError, type RawInput } from '../model/index.js';

/** Exit codes: 0 all good, 1 some inputs failed (each reported), 2 usage error. */
export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

/** Where a verb reads and writes; injected so tests run verbs in-process. */
export interface CliContext {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
}

/**
 * Thrown when standard output was closed by its reader (`parallax extract | head`): the verb stops there, and
 * `runCli` exits quietly with code 1 instead of crashing on EPIPE.
 */
export class OutputClosedError extends Error {
  constructor() {
    super('Standard output was closed before all output was written.');
    this.name = 'OutputClosedError';
  }
}

/** Output streams whose writes failed, with the first error: process.stdout stays open after EPIPE. */
const OUTPUT_ERRORS = new WeakMap<Writable, unknown>();

/**
 * Listens for write errors on a verb's output (`| head` closing the pipe gives EPIPE): unheard, the error
 * would crash the process, also after the verb returned. The next writeJsonl then throws OutputClosedError.
 */
export function watchOutput(stream: Writable): void {
  if (stream.listeners('error').includes(markClosed)) return;
  stream.on('error', markClosed);
}

function markClosed(this: Writable, error: unknown): void {
  if (!OUTPUT_ERRORS.has(this)) OUTPUT_ERRORS.set(this, error);
}

function isClosed(stream: Writable): boolean {
  return stream.destroyed || stream.writableEnded || OUTPUT_ERRORS.has(stream);
}

/**
 * Why the output could not be written, when it was not its reader going away (EPIPE, which `| head` does on
 * purpose): a full disk or an I/O error (ENOSPC, EIO) leaves the output cut short, which a script must hear of
 * rather than take for a quiet early stop. Undefined when every write went through or the reader left.
 */
export function outputFailure(stream: Writable): ParallaxError | undefined {
  const error = OUTPUT_ERRORS.get(stream);
  if (error === undefined || (error as NodeJS.ErrnoException).code === 'EPIPE') return undefined;
  return new ParallaxError(
    'output-unwritable',
    `Cannot write to standard output (${formatError(error)}): the output is incomplete.`,
    { cause: error, hint: 'Free space on the disk it goes to, or send it elsewhere.' },
  );
}

/**
 * Waits for a write error on the output to be heard: a write that fails at once (a file on a full disk) reports
 * its error on a later tick, after the verb has returned.
 */
export async function settleOutput(): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
}

/** Writes one JSON value as a JSONL line, waiting when the stream asks for it (backpressure). */
export async function writeJsonl(stream: Writable, value: unknown): Promise<void> {
  if (isClosed(stream)) throw new OutputClosedError();
  if (!stream.write(`${JSON.stringify(value)}\n`)) {
    // A reader that goes away never drains: stop waiting when the stream fails or closes, too.
    await new Promise<void>((resolve) => {
      const done = (): void => {
        stream.off('drain', done);
        stream.off('close', done);
        stream.off('error', done);
        resolve();
      };
      stream.once('drain', done);
      stream.once('close', done);
      stream.once('error', done);
    });
    if (isClosed(stream)) throw new OutputClosedError();
  }
}

/**
 * Reports one failed input: a line on stderr naming the input and the problem, and an `{id, source, error, code}`
 * record on stdout when the verb writes JSONL, so downstream tools see which inputs are missing. `origin`, when
 * given, is the record's first source (the file extract cleaned) and goes in the record instead of `source`.
 */
export async function reportFailure(
  context: CliContext,
  failure: { source: string; origin?: string; id?: string | undefined; error: unknown },
  options: { jsonl: boolean },
): Promise<void> {
  const message = formatError(failure.error);
  context.stderr.write(
    `parallax: ${message.startsWith(failure.source) || message.includes(`\`${failure.source}\``) ? '' : `${failure.source}: `}${message}\n`,
  );
  if (options.jsonl) {
    await writeJsonl(context.stdout, {
      id: failure.id ?? null,
      source: failure.origin ?? failure.source,
      error: message,
      code: errorCode(failure.error),
    });
  }
}

/**
 * Says on stderr that the verb waits for JSONL typed at the terminal: run with no file and no pipe, a verb would
 * otherwise look hung.
 */
export function noticeTerminalInput(context: CliContext, paths: readonly string[]): void {
  const readsStdin = paths.length === 0 || paths.includes('-');
  if (readsStdin && (context.stdin as { isTTY?: boolean }).isTTY === true) {
    context.stderr.write(
      'parallax: reading JSONL from the terminal (one JSON object per line; Ctrl+D ends). Pass files, or pipe them in.\n',
    );
  }
}

/**
 * The inputs `analyze` and `ingest` read (`readInputs`), except that a page or text piped whole into `-` is one
 * `not-jsonl` error instead of one "not valid JSON" error per line of it; the other paths are read as usual.
 */
export async function* readArticleInputs(
  paths: readonly string[],
  options: ReadInputsOptions & { stdin: Readable },
): AsyncGenerator<IngestItem> {
  if (!paths.includes('-')) {
    yield* readInputs(paths, options);
    return;
  }
  const peeked = await peekLines(options.stdin);
  const kind = pipedArticleKind(peeked.lines);
  if (kind === undefined) {
    yield* readInputs(paths, { ...options, stdin: peeked.stream });
    return;
  }
  yield { ok: false, source: 'stdin', error: pipedArticleError(kind) };
  const others = paths.filter((path) => path !== '-');
  if (others.length > 0) yield* readInputs(others, options);
}

/** One item a verb reads: a JSONL record, an article read from an article file, or an error naming the input. */
export type SourceItem = JsonlItem | { ok: true; source: string; input: RawInput };

/**
 * What a verb reads from the given files, or from stdin when no file (or `-`) is given: JSONL records, and, when
 * `articleFiles` is set, the articles of article files and folders (HTML, plain text, feeds, web archives) read
 * the way `ingest` reads them. Without it, an article file is one error saying the verb wants JSONL, instead of
 * one "not valid JSON" error per line of the page.
 */
export async function* readJsonlSources(
  paths: readonly string[],
  stdin: Readable,
  options: { articleFiles?: boolean } & Pick<ReadInputsOptions, 'maxFileBytes' | 'textEncoding'> = {},
): AsyncGenerator<SourceItem> {
  const sources = paths.length === 0 ? ['-'] : paths;
  for (const path of sources) {
    if (path === '-') {
      // A page or text piped in whole would otherwise be one "not valid JSON" error per line of it.
      const peeked = await peekLines(stdin);
      const kind = pipedArticleKind(peeked.lines);
      if (kind === undefined) yield* readJsonlValues(peeked.stream, 'stdin');
      else yield { ok: false, source: 'stdin', error: pipedArticleError(kind) };
      continue;
    }
    if (await holdsArticles(path)) {
      if (options.articleFiles) yield* readArticleFiles(path, options);
      else yield notJsonl(path);
      continue;
    }
    const stream = createReadStream(path);
    const opened = await new Promise<Error | null>((resolve) => {
      stream.once('open', () => resolve(null));
      stream.once('error', resolve);
    });
    if (opened) {
      yield* failedSource(path, opened);
      continue;
    }
    // A page, text or binary file under a JSONL name is one error, as when piped, not one per line of it.
    let sniffed: Awaited<ReturnType<typeof sniffJsonlFile>>;
    try {
      sniffed = await sniffJsonlFile(path, stream);
    } catch (error) {
      // Opened but not readable (a folder named `x.jsonl`: EISDIR): the error names it, the rest goes on.
      yield unreadableSource(path, error);
      continue;
    }
    if ('kind' in sniffed) {
      yield { ok: false, source: path, error: namedArticleError(path, sniffed.kind) };
      continue;
    }
    // A file named on the command line with no record in it is an error, as `analyze` says; standard input
    // with none is an upstream step that let nothing through, and not one.
    let lines = 0;
    for await (const item of readJsonlValues(sniffed.stream, path)) {
      lines++;
      yield item;
    }
    if (lines === 0) yield { ok: false, source: path, error: emptyJsonl(path) };
  }
}

/**
 * A file whose name says it is an article, feed or web archive, or a folder (of articles) not named as JSONL; a
 * `.jsonl` path is read as JSONL whatever it is, so that a folder named so gets the read error that says why.
 */
async function holdsArticles(path: string): Promise<boolean> {
  if (isArticlePath(path)) return true;
  if (detectFormat(path) === 'jsonl') return false;
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function* readArticleFiles(
  path: string,
  options: Pick<ReadInputsOptions, 'maxFileBytes' | 'textEncoding'>,
): AsyncGenerator<SourceItem> {
  const read: ReadInputsOptions = {};
  if (options.maxFileBytes !== undefined) read.maxFileBytes = options.maxFileBytes;
  if (options.textEncoding !== undefined) read.textEncoding = options.textEncoding;
  for await (const item of readInputs([path], read)) {
    if (item.ok) yield { ok: true, source: item.input.source, input: item.input };
    else
      yield {
        ok: false,
        source: item.source,
        ...(item.id === undefined ? {} : { id: item.id }),
        error: item.error,
      };
  }
}

function notJsonl(path: string): JsonlItem {
  return {
    ok: false,
    source: path,
    error: new InputError(
      'not-jsonl',
      `\`${path}\` is an article file or folder, not JSONL: this verb reads JSONL records.`,
      {
        input: path,
        hint: `Run \`parallax analyze ${path}\` for the whole job on it.`,
      },
    ),
  };
}

// What a failed open means, in the words `analyze` uses, instead of Node's "ENOENT: no such file ...".
const OPEN_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

function* failedSource(path: string, error: Error): Generator<JsonlItem> {
  const code = (error as NodeJS.ErrnoException).code;
  yield {
    ok: false,
    source: path,
    error: new InputError(
      code === 'ENOENT' ? 'not-found' : 'unreadable',
      `Cannot read \`${path}\`: ${(code === undefined ? undefined : OPEN_ERRORS[code]) ?? error.message}.`,
      {
        input: path,
        cause: error,
      },
    ),
  };
}

function unreadableSource(path: string, error: unknown): JsonlItem {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    ok: false,
    source: path,
    error: new InputError('unreadable', `Cannot read \`${path}\`: ${detail}.`, { input: path, cause: error }),
  };
}

/** A run's progress line, as `createProgress` makes it. */
export type Progress = ReturnType<typeof createProgress>;

/**
 * The progress of a verb's run on its stderr: shown when `--progress` asks for it, else when stderr is a terminal.
 */
export function createVerbProgress(context: CliContext, requested: boolean | undefined): Progress {
  return createProgress(context.stderr, requested ?? Boolean((context.stderr as { isTTY?: boolean }).isTTY));
}

/**
 * Progress on stderr for long runs. On a terminal, one line rewritten in place (at most five times a second) and
 * cleared at the end; anywhere else (a log file, CI), whole lines: the first count of each phase, then one line
 * every few seconds, so a log shows a long run moving without filling up. `clear` takes the line away before
 * another message; `done` may add a closing line saying what the run did.
 */
export function createProgress(
  stream: Writable,
  enabled: boolean,
): { tick(label: string, total?: number): void; clear(): void; done(closing?: string): void } {
  const terminal = Boolean((stream as { isTTY?: boolean }).isTTY);
  let count = 0;
  let phase = '';
  let last = 0;
  let shown = false;
  return {
    tick(label: string, total?: number) {
      if (label !== phase) {
        phase = label;
        count = 0;
        last = Number.NEGATIVE_INFINITY;
      }
      count++;
      if (!enabled) return;
      const now = performance.now();
      if (now - last < (terminal ? TERMINAL_PROGRESS_MS : LOG_PROGRESS_MS)) return;
      last = now;
      const text = `${label} ${count}${total === undefined ? '' : ` of ${total}`}`;
      if (terminal) {
        shown = true;
        stream.write(`\r${text}\u001b[K`);
      } else stream.write(`${text}\n`);
    },
    // Before another message on the same stream (a failed input): on a terminal the message would otherwise be
    // written after the progress text on its line. The next tick draws the line again.
    clear() {
      if (!shown) return;
      stream.write(`\r\u001b[K`);
      shown = false;
      last = Number.NEGATIVE_INFINITY;
    },
    done(closing?: string) {
      if (!enabled) return;
      if (shown) stream.write(`\r\u001b[K`);
      if (closing !== undefined) stream.write(`${closing}\n`);
    },
  };
}

/** The closing progress line of a run: "parallax: 772 articles, 100 stories, 2 inputs failed in 25.4 s". */
export function runOutcome(
  result: { articles: readonly unknown[]; reports: readonly unknown[]; failures: number },
  started: number,
): string {
  const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  const failed = result.failures > 0 ? `, ${count(result.failures, 'input', 'inputs')} failed` : '';
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return `parallax: ${count(result.articles.length, 'article', 'articles')}, ${count(result.reports.length, 'story', 'stories')}${failed} in ${seconds} s`;
}

/** How often the progress line is rewritten on a terminal, and how often a log gets a progress line. */
const TERMINAL_PROGRESS_MS = 200;
const LOG_PROGRESS_MS = 5000;

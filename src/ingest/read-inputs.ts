import { createReadStream } from 'node:fs';
import { open, readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { glob, isDynamicPattern } from 'tinyglobby';
import { decodeBytes } from '../extract/index.js';
import { InputError, ParallaxError, type RawInput } from '../model/index.js';
import { SUPPORTED_EXTENSIONS, detectFormat, isFeedPath, isWarcPath } from './detect-format.js';
import { MAX_FILE_BYTES, describeOverLimit } from './limits.js';

/** Per-folder list of names the folder walk skips. */
export const IGNORE_FILE = '.parallaxignore';
import { parseRecord, recordLabel, recordSource } from './parse-record.js';
import { readFeed } from './read-feed.js';
import { readJsonlValues } from './read-jsonl.js';
import { readWarc } from './read-warc.js';
import { namedArticleError, sniffJsonlFile } from './sniff-jsonl.js';

/**
 * One result of reading inputs: an input ready for extraction, or an error naming the input. A JSONL record that
 * names its own origin (`recordSource`: the file `parallax extract` cleaned) has that origin as its `source` and
 * where it came in as `at` (`stdin:4`); errors about it name both (`recordLabel`), and an error item keeps the
 * origin as `origin`.
 */
export type IngestItem =
  | { ok: true; input: RawInput; at?: string }
  | { ok: false; source: string; origin?: string; id?: string; error: ParallaxError };

export interface ReadInputsOptions {
  /** Where `-` reads JSONL from (default: process.stdin is passed in by the CLI). */
  stdin?: Readable;
  /** Larger files are refused with a clear error (default MAX_FILE_BYTES). */
  maxFileBytes?: number;
  /**
   * How to read plain-text files that are not valid UTF-8: `strict` (default) refuses them with an error that
   * names the likely encoding; `auto` decodes them with the detected encoding and notes it on the article.
   */
  textEncoding?: 'strict' | 'auto';
}

/**
 * Reads files, folders (recursively, in name order, skipping dot-files and names listed in the folder's
 * `.parallaxignore`), globs and `-` (JSONL on stdin) into
 * raw inputs. Never throws for a bad input: each problem is yielded as an error item naming the input, and
 * the rest goes on. JSONL is streamed line by line, so its size does not bound memory.
 *
 * @example
 * for await (const item of readInputs(['examples'])) if (item.ok) console.log(item.input.source);
 */
export async function* readInputs(
  paths: readonly string[],
  options: ReadInputsOptions = {},
): AsyncGenerator<IngestItem> {
  for (const path of paths) {
    if (path === '-') {
      if (!options.stdin) {
        yield failure(
          '-',
          new InputError('no-stdin', 'Input `-` means JSONL on standard input, but none is available.'),
        );
        continue;
      }
      yield* readJsonl(options.stdin, 'stdin');
      continue;
    }
    if (isDynamicPattern(path)) {
      const matches = (await glob(path, { onlyFiles: true, dot: false })).sort();
      if (matches.length === 0) {
        yield failure(path, new InputError('no-match', `No files match \`${path}\`.`, { input: path }));
      }
      for (const match of matches) yield* readPath(match, options, new Set());
      continue;
    }
    let read = 0;
    for await (const item of readPath(path, options, new Set())) {
      read++;
      yield item;
    }
    // Only a folder yields nothing (an empty file is an error of its own): one of dot-files and notes, or an
    // empty one, is most likely the wrong folder, and a script must not take an empty report for success.
    if (read === 0) yield failure(path, noArticles(path));
  }
}

function noArticles(folder: string): InputError {
  const searched = SUPPORTED_EXTENSIONS.filter((ext) => ext !== '.md').join(', ');
  return new InputError(
    'no-articles',
    `No articles found in \`${folder}\`: it holds no ${searched} files (.md files are read only when named).`,
    { input: folder, hint: 'Check the folder name, or name the files themselves.' },
  );
}

/**
 * Markdown files are read as articles when named, not when a folder walk comes across them: in a corpus folder a
 * `README.md` or notes file describes the articles and is not one of them.
 */
function isNamedOnly(name: string): boolean {
  return /\.(?:md|markdown)$/i.test(name);
}

/** `visited` holds the folders (device:inode) of the walk so far: a symlink back up would loop. */
async function* readPath(
  path: string,
  options: ReadInputsOptions,
  visited: Set<string>,
): AsyncGenerator<IngestItem> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    yield failure(
      path,
      new InputError('not-found', `Cannot read \`${path}\`: no such file or folder.`, {
        input: path,
        cause: error,
      }),
    );
    return;
  }
  if (info.isDirectory()) {
    const identity = `${info.dev}:${info.ino}`;
    if (visited.has(identity)) {
      yield failure(
        path,
        new InputError('link-loop', `Skipped \`${path}\`: a link to a folder this walk already reads.`, {
          input: path,
          hint: `List it in the folder's ${IGNORE_FILE} to silence this.`,
        }),
      );
      return;
    }
    visited.add(identity);
    let names: string[];
    try {
      names = (await readdir(path)).sort();
    } catch (error) {
      yield failure(
        path,
        new InputError('unreadable', `Cannot list folder \`${path}\`: ${errorDetail(error)}.`, {
          input: path,
          cause: error,
        }),
      );
      return;
    }
    const ignored = await readIgnoreFile(path);
    for (const name of names) {
      if (name.startsWith('.') || ignored.has(name) || isNamedOnly(name)) continue;
      yield* readPath(join(path, name), options, visited);
    }
    return;
  }
  if (!info.isFile()) {
    // A named pipe or device would block the read forever (or never end).
    yield failure(
      path,
      new InputError(
        'unsupported-file',
        `Skipped \`${path}\`: not a regular file (a pipe, socket or device).`,
        {
          input: path,
          hint: 'Pass files or folders; for a stream of JSONL use - and standard input.',
        },
      ),
    );
    return;
  }
  if (isWarcPath(path)) {
    yield* readWarcFile(path, options);
    return;
  }
  if (isFeedPath(path)) {
    yield* readFeedFile(path, info.size, options);
    return;
  }
  const format = detectFormat(path);
  if (!format) {
    yield failure(
      path,
      new InputError('unsupported-file', `Skipped \`${path}\`: not an article file.`, {
        input: path,
        hint: `Parallax reads ${SUPPORTED_EXTENSIONS.join(', ')}.`,
      }),
    );
    return;
  }
  if (format === 'jsonl') {
    // An article or binary file under a JSONL name is one error naming it, not one per line of it.
    let sniffed;
    try {
      sniffed = await sniffJsonlFile(path);
    } catch (error) {
      yield failure(path, asParallaxError(error, path));
      return;
    }
    if ('kind' in sniffed) yield failure(path, namedArticleError(path, sniffed.kind));
    else yield* readJsonl(sniffed.stream, path);
    return;
  }
  const maxBytes = options.maxFileBytes ?? MAX_FILE_BYTES;
  if (info.size > maxBytes) {
    yield failure(
      path,
      new InputError(
        'too-large',
        `Skipped \`${path}\`: ${describeOverLimit(info.size, maxBytes)} for one article.`,
        {
          input: path,
          hint: 'Split it into articles, or raise the limit with --max-bytes.',
        },
      ),
    );
    return;
  }
  try {
    yield { ok: true, input: await readArticleFile(path, format, options) };
  } catch (error) {
    yield failure(path, asParallaxError(error, path));
  }
}

/** A feed file holds many articles, so it may be up to this many times the one-article size limit. */
const FEED_SIZE_FACTOR = 20;

async function* readFeedFile(
  path: string,
  size: number,
  options: ReadInputsOptions,
): AsyncGenerator<IngestItem> {
  const maxBytes = (options.maxFileBytes ?? MAX_FILE_BYTES) * FEED_SIZE_FACTOR;
  if (size > maxBytes) {
    yield failure(
      path,
      new InputError('too-large', `Skipped \`${path}\`: ${describeOverLimit(size, maxBytes)} for one feed.`, {
        input: path,
        hint: 'Split the feed, or raise the limit with --max-bytes (a feed may be 20 times it).',
      }),
    );
    return;
  }
  let feed;
  try {
    const { text } = decodeBytes(await readFile(path), { source: path });
    feed = readFeed(text, path);
  } catch (error) {
    yield failure(path, asParallaxError(error, path));
    return;
  }
  for (const input of feed.inputs) yield { ok: true, input };
  for (const error of feed.errors) yield failure(error.input ?? path, error);
}

/**
 * A WARC file of any size, streamed: only one record is held at a time, and the one-article limit applies to
 * each page, not to the file. Gzip is recognised by its magic bytes, not the name, since tools name
 * compressed archives `.warc` and plain ones `.warc.gz` alike; a `.warc.gz` is gzip members record by record,
 * which gunzip reads as one stream.
 */
async function* readWarcFile(path: string, options: ReadInputsOptions): AsyncGenerator<IngestItem> {
  let gzipped: boolean;
  try {
    gzipped = await isGzipFile(path);
  } catch (error) {
    yield failure(path, asParallaxError(error, path));
    return;
  }
  const file = createReadStream(path);
  // pipeline passes a read error on to the gunzip stream, where readWarc reports it.
  const stream = gzipped ? pipeline(file, createGunzip(), () => {}) : file;
  const maxRecordBytes = options.maxFileBytes ?? MAX_FILE_BYTES;
  for await (const item of readWarc(stream, path, { maxRecordBytes })) {
    yield item.ok ? item : failure(item.error.input ?? path, item.error);
  }
}

async function isGzipFile(path: string): Promise<boolean> {
  const handle = await open(path);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

async function readArticleFile(
  path: string,
  format: 'text' | 'html',
  options: ReadInputsOptions,
): Promise<RawInput> {
  const bytes = await readFile(path);
  const { text, encoding } = decodeBytes(bytes, { source: path });
  if (text.trim() === '') {
    throw new InputError('empty-input', `Skipped \`${path}\`: the file has no text.`, { input: path });
  }
  const isUtf = /^utf-?(8|16)/i.test(encoding.name);
  if (format === 'text' && !isUtf && (options.textEncoding ?? 'strict') === 'strict') {
    throw new InputError(
      'not-utf8',
      `Skipped \`${path}\`: not valid UTF-8 (it looks like ${encoding.name}).`,
      {
        input: path,
        hint: `Convert it (iconv -f ${encoding.name} -t utf-8), or pass --encoding auto to decode it as ${encoding.name}.`,
      },
    );
  }
  const input: RawInput = { source: path, format, encoding };
  if (format === 'html') input.html = text;
  else input.text = text;
  return input;
}

async function* readJsonl(stream: Readable, name: string): AsyncGenerator<IngestItem> {
  let lines = 0;
  for await (const item of readJsonlValues(stream, name)) {
    lines++;
    if (!item.ok) {
      yield item;
      continue;
    }
    // A record `parallax extract` wrote names the file it came from: stored and reported under that name, and
    // errors name that file and the line here, `page.html (stdin:3)`, as the record verbs name it.
    const origin = recordSource(item.value);
    const label = recordLabel(origin, item.source);
    try {
      const input = parseRecord(item.value, label);
      yield origin === undefined
        ? { ok: true, input: { ...input, source: item.source } }
        : { ok: true, input: { ...input, source: origin }, at: item.source };
    } catch (error) {
      yield failure(label, asParallaxError(error, label), idOf(item.value), origin);
    }
  }
  if (lines === 0) yield failure(name, emptyJsonl(name));
}

/** The error for a JSONL source with no record in it: `stdin`, or a file path. */
export function emptyJsonl(name: string): InputError {
  const what = name === 'stdin' ? 'standard input is' : 'the file is';
  return new InputError('empty-input', `\`${name}\`: no JSONL records (${what} empty or blank).`, {
    input: name,
    hint: 'Each line must be one JSON object, like {"id": "...", "text": "..."}.',
  });
}

/**
 * Names listed in a folder's `.parallaxignore` (one file or folder name per line, `#` comments), which the
 * folder walk skips: a corpus folder can keep its README and gold files beside the articles.
 */
async function readIgnoreFile(folder: string): Promise<Set<string>> {
  let content: string;
  try {
    content = await readFile(join(folder, IGNORE_FILE), 'utf8');
  } catch {
    return new Set();
  }
  return new Set(
    content
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim())
      .filter((line) => line !== ''),
  );
}

function idOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

function failure(source: string, error: ParallaxError, id?: string, origin?: string): IngestItem {
  return {
    ok: false,
    source,
    ...(origin === undefined ? {} : { origin }),
    ...(id === undefined ? {} : { id }),
    error,
  };
}

function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function asParallaxError(error: unknown, source: string): ParallaxError {
  if (error instanceof ParallaxError) return error;
  return new InputError('unreadable', `Cannot read \`${source}\`: ${errorDetail(error)}.`, {
    input: source,
    cause: error,
  });
}

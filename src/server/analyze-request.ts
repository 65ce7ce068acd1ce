import { randomUUID } from 'node:crypto';
import { runAnalysis } from '../analyze.js';
import type { IngestItem } from '../ingest/index.js';
import { parseJsonlLine, parseRecord, recordLabel, recordSource } from '../ingest/index.js';
import { InputError, ParallaxError, describeValue, formatError } from '../model/index.js';
import type { RawInput, StoryReport } from '../model/index.js';
import type { PutStatus, Store } from '../store/index.js';

/** The largest `POST /api/analyze` body: as large as one article file or JSONL line the CLI reads. */
export const MAX_ANALYZE_BODY_BYTES = 20 * 1024 * 1024;

/** An item of the request left out, and why; the rest of the request was analysed. */
export interface AnalyzeItemError {
  /** `articles[2]` for a JSON body, `line 3` for JSONL. */
  item: string;
  /** The id the item gave, when it gave one. */
  id?: string;
  /** The `source` the record named itself, when it names a file (`feeds/x.jsonl:3`); the message names it too. */
  source?: string;
  code: string;
  message: string;
}

/** What became of one item of the request. */
export interface AnalyzedArticle {
  item: string;
  /**
   * The `source` the record named itself, when it names a file (`feeds/x.jsonl:3`, as `parallax extract` writes
   * it): the article is reported and stored under it, as `parallax analyze` and `ingest` keep it.
   */
  source?: string;
  /** The id the article is analysed and (with a store) stored under. */
  id: string;
  /** `added`, `unchanged` or `new-version` with a store; `analysed` without one. */
  status: PutStatus | 'analysed';
  /** With a store: the stored version (1 for a new article). */
  version?: number;
  /** For a `new-version`: the id of the version it supersedes. */
  previous?: string;
  /**
   * The id the article came with (given, or derived from its text) when it is kept under another: `ID-v1` for
   * another outlet's copy of a stored text, or the first id of the same article stored before.
   */
  renamedFrom?: string;
}

/** The answer to `POST /api/analyze`. */
export interface AnalyzeAnswer {
  /** True when the articles were added to the server's store. */
  stored: boolean;
  /** The reports of the stories the request's articles belong to, as `parallax analyze --json` prints them. */
  stories: StoryReport[];
  /** One entry per item analysed, in request order. */
  articles: AnalyzedArticle[];
  errors: AnalyzeItemError[];
}

/** The outcome of a request: 200 with the answer, or 400 when no item could be analysed. */
export type AnalyzeOutcome =
  | { status: 200; body: AnalyzeAnswer }
  | { status: 400; body: { error: { code: string; message: string }; errors: AnalyzeItemError[] } };

const BODY_HINT =
  'Send {"articles": [{"id": "...", "title": "...", "text": "..."}, ...]} or one such record per line (JSONL).';

/** An item of a request read into an input; `origin` is the `source` the record named itself, if it names a file. */
export interface AnalyzeBodyInput {
  item: string;
  input: RawInput;
  origin?: string;
}

/**
 * Reads the items of a request body: `{"articles": [...]}` (JSON), or one article record per line (JSONL).
 * Each item is checked as a JSONL line of `parallax analyze` is; a bad one becomes an error naming it, and a
 * record that names its own source as a file (`recordSource`) is named by it and the item:
 * `feeds/x.jsonl:3 (articles[2])`. Throws an `InputError` when the body as a whole is unusable (empty, or
 * `articles` not an array).
 */
export function readAnalyzeBody(text: string): {
  inputs: AnalyzeBodyInput[];
  errors: AnalyzeItemError[];
} {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    throw new InputError('empty-body', 'The request body is empty: there is nothing to analyse.', {
      hint: BODY_HINT,
    });
  }
  const entries: { item: string; read: (label: string) => RawInput; value: unknown }[] = [];
  const whole = parseWhole(body);
  if (whole.ok && isObject(whole.value) && 'articles' in whole.value) {
    const list = whole.value.articles;
    if (!Array.isArray(list)) {
      throw new InputError(
        'invalid-body',
        `Field \`articles\`: expected an array of article records, got ${describeValue(list)}.`,
        { hint: BODY_HINT },
      );
    }
    list.forEach((value: unknown, index) => {
      const item = `articles[${index}]`;
      entries.push({ item, value, read: (label) => parseRecord(value, label) });
    });
  } else if (whole.ok) {
    // One JSON value that is not `{articles}`: a single record, perhaps spread over several lines. An object with
    // no text of its own but a list in it is a misspelt `{articles}`, which would else be "no `text` or `html`".
    const lists = listFieldsOfTextless(whole.value);
    if (lists.length > 0) {
      throw new InputError(
        'invalid-body',
        `The body is one JSON object with ${lists.map((key) => `\`${key}\``).join(', ')} but no \`articles\`, \`text\` or \`html\`: expected the article records under \`articles\`.`,
        { hint: BODY_HINT },
      );
    }
    const item = body.trim().includes('\n') ? 'body' : 'line 1';
    entries.push({ item, value: whole.value, read: (label) => parseRecord(whole.value, label) });
  } else {
    body.split('\n').forEach((raw, index) => {
      const line = raw.replace(/\r$/, '');
      if (line.trim() === '') return;
      const item = `line ${index + 1}`;
      entries.push({ item, value: parseWhole(line).value, read: (label) => parseJsonlLine(line, label) });
    });
  }
  const inputs: AnalyzeBodyInput[] = [];
  const errors: AnalyzeItemError[] = [];
  for (const { item, value, read } of entries) {
    const origin = recordSource(value);
    try {
      const input = read(recordLabel(origin, item));
      inputs.push(origin === undefined ? { item, input } : { item, input, origin });
    } catch (error) {
      if (!(error instanceof ParallaxError)) throw error;
      errors.push(itemError(item, givenId(value), error, origin));
    }
  }
  return { inputs, errors };
}

/**
 * Runs `parallax analyze`'s pipeline over a request's items: with a store, they are added to it and the
 * stories they touch reported as stored; without, they are analysed in memory. Items the pipeline cannot
 * process are errors beside the others, as a failed input is in the CLI.
 *
 * @example
 * const outcome = await analyzeRequest('{"articles": [{"text": "..."}]}', store);
 */
export async function analyzeRequest(text: string, store?: Store): Promise<AnalyzeOutcome> {
  const { inputs, errors } = readAnalyzeBody(text);
  const total = inputs.length + errors.length;
  // Each item gets its own source, which keys a stored article without a URL: two requests' `articles[0]` are
  // not versions of one article. The same text sent again is still `unchanged` (same content and metadata). A
  // record that names its own file keeps it, as in the CLI, and the pipeline gives back its item as `at`.
  const request = randomUUID().slice(0, 8);
  const itemBySource = new Map<string, string>();
  const items: IngestItem[] = inputs.map(({ item, input, origin }) => {
    if (origin !== undefined) return { ok: true, input: { ...input, source: origin }, at: item };
    const source = `api:${request}/${item}`;
    itemBySource.set(source, item);
    return { ok: true, input: { ...input, source } };
  });
  const articles: AnalyzedArticle[] = [];
  const result = await runAnalysis(toAsync(items), {
    ...(store ? { store } : {}),
    onError: (failure) => {
      const item = failure.at ?? itemBySource.get(failure.source) ?? failure.source;
      const error = itemError(item, failure.id, failure.error, failure.origin);
      // The pipeline names an item by the source it was given here ("api:1f2e3d4c/articles[2]"): the client
      // knows it as its item, as errors in reading the body name it.
      if (itemBySource.has(failure.source)) error.message = error.message.split(failure.source).join(item);
      errors.push(error);
    },
    onArticle: (article, stored, processedId, at) => {
      const entry: AnalyzedArticle = {
        item: at ?? itemBySource.get(article.source) ?? article.source,
        ...(at === undefined ? {} : { source: article.source }),
        id: article.id,
        status: stored?.status ?? 'analysed',
      };
      if (stored !== undefined) entry.version = stored.version;
      if (stored?.previous !== undefined) entry.previous = stored.previous;
      if (processedId !== article.id) entry.renamedFrom = processedId;
      articles.push(entry);
    },
  });
  // Errors in request order (`articles[3]`, `line 4`), whether found reading the body or by the pipeline.
  const position = (item: string): number => Number(/\d+/.exec(item)?.[0] ?? -1);
  errors.sort((a, b) => position(a.item) - position(b.item));
  if (result.articles.length === 0) {
    const first = errors[0];
    const message =
      total === 0
        ? 'The request holds no article records (`articles` is empty): there is no article to analyse.'
        : `None of the ${total} item${total === 1 ? '' : 's'} could be analysed${first ? `; first: ${first.message}` : '.'}`;
    return { status: 400, body: { error: { code: 'no-usable-articles', message }, errors } };
  }
  return {
    status: 200,
    body: { stored: store !== undefined, stories: result.reports, articles, errors },
  };
}

function itemError(
  item: string,
  id: string | undefined,
  error: ParallaxError,
  source?: string,
): AnalyzeItemError {
  const entry: AnalyzeItemError = { item, code: error.code, message: formatError(error) };
  if (id !== undefined) entry.id = id;
  if (source !== undefined) entry.source = source;
  return entry;
}

function parseWhole(text: string): { ok: true; value: unknown } | { ok: false; value: undefined } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, value: undefined };
  }
}

/** The array-valued fields of an object that has no `text` or `html` (none for anything else). */
function listFieldsOfTextless(value: unknown): string[] {
  if (!isObject(value) || 'text' in value || 'html' in value) return [];
  return Object.keys(value).filter((key) => Array.isArray(value[key]));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function givenId(value: unknown): string | undefined {
  const id = isObject(value) ? value.id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

async function* toAsync<T>(values: readonly T[]): AsyncGenerator<T> {
  for (const value of values) yield await Promise.resolve(value);
}

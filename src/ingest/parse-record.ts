import { z } from 'zod';
import { InputError, describeValue, type RawInput } from '../model/index.js';
import { toIsoDate } from '../extract/index.js';

/**
 * True for a date `Date.parse` reads (ISO 8601 and the RFC 2822 forms feeds use): what clustering needs. An ISO
 * calendar date must exist ("2026-02-30" would silently roll over to 2 March) and lie after year 1000 ("0000-01-01"
 * would anchor "on Tuesday" in 1899).
 */
export function isReadableDate(value: string): boolean {
  if (Number.isNaN(Date.parse(value))) return false;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!iso) return true;
  const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1000 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

/** PostgreSQL TEXT cannot hold NUL, and the id and url key the stored article: one holding NUL is refused here. */
const HOLDS_NUL = 'holds a NUL character (U+0000), which no article key may contain';
const hasNoNul = (value: string): boolean => !value.includes('\0');

const RECORD_SCHEMA = z
  .object({
    id: z.union([z.string().min(1).refine(hasNoNul, { message: HOLDS_NUL }), z.number()]).optional(),
    text: z.string().optional(),
    html: z.string().optional(),
    url: z.string().refine(hasNoNul, { message: HOLDS_NUL }).nullish(),
    title: z.string().nullish(),
    byline: z.string().nullish(),
    outlet: z.string().nullish(),
    published: z
      .string()
      .refine((value) => value === '' || isReadableDate(value))
      .nullish(),
    lang: z.string().nullish(),
  })
  .loose();

/** What each field must be, for messages: zod's own wording names types, not the fix. */
const EXPECTED: Record<string, string> = {
  id: 'a non-empty string or a number',
  published: 'a date such as 2026-03-01 or 2026-03-01T09:30:00Z',
};

/** The fields a JSONL article record may carry. */
export type ArticleRecord = z.infer<typeof RECORD_SCHEMA>;

/**
 * Turns one parsed JSONL value into a RawInput, or throws an InputError naming `source` (`file:line`) and
 * what was wrong. A record needs `text` or `html`.
 */
export function parseRecord(value: unknown, source: string): RawInput {
  const parsed = RECORD_SCHEMA.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path[0];
    const message =
      typeof field !== 'string'
        ? `expected a JSON object (one article record), got ${describeValue(value)}`
        : issue?.message === HOLDS_NUL
          ? `field \`${field}\`: ${issue.message}`
          : `field \`${field}\`: expected ${EXPECTED[field] ?? 'a string'}, got ${describeValue((value as Record<string, unknown>)[field])}`;
    throw new InputError('invalid-record', `${source}: ${message}.`, {
      input: source,
      hint:
        field === 'published'
          ? 'Fix the date or leave `published` out.'
          : 'Expected an object like {"id": "...", "text": "..."} or {"html": "...", "url": "..."}.',
    });
  }
  const record = parsed.data;
  const hasText = typeof record.text === 'string' && record.text.trim() !== '';
  const hasHtml = typeof record.html === 'string' && record.html.trim() !== '';
  if (!hasText && !hasHtml) {
    throw new InputError('missing-content', `${source}: expected \`text\` or \`html\`, got neither.`, {
      input: source,
      // A story record piped to an article verb (`compare`'s input to `analyze -`) has its articles one level down.
      hint: Array.isArray(record.articles)
        ? 'This record is a story ({id, articles: [...]}), as `parallax compare` and `parallax summarize` read; an article record holds its own `text` or `html`.'
        : 'Each record needs a non-empty "text" or "html" field.',
    });
  }
  const input: RawInput = { source, format: 'jsonl' };
  if (hasHtml) input.html = record.html as string;
  else input.text = record.text as string;
  if (record.id !== undefined) input.id = String(record.id);
  for (const key of ['url', 'title', 'byline', 'outlet', 'published', 'lang'] as const) {
    const field = record[key];
    // null is how many exporters write "unknown": the same as leaving the field out.
    if (typeof field === 'string' && field !== '') input[key] = field;
  }
  // One form for every input's date, as pages and feeds give it: "2026-03-01T09:30:00.000Z" and
  // "March 1, 2026" are written "2026-03-01T09:30:00Z" and "2026-03-01" (an offset is kept).
  if (input.published !== undefined) input.published = toIsoDate(input.published) ?? input.published;
  return input;
}

/**
 * The `source` a record names itself (`parallax extract` writes the file or `file:line` it cleaned), or undefined
 * when it names none: a verb later in a pipeline then names that file, not only the line of its own input. Only
 * a source written as a place in files counts (a path, a file name, `file:line`, `feed.rss#3`, `stdin:2`): many
 * news datasets use `source` for the outlet ("Reuters"), which names no file.
 */
export function recordSource(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const source = (value as { source?: unknown }).source;
  return typeof source === 'string' && FILE_PLACE.test(source) && !source.includes('\0') ? source : undefined;
}

/**
 * How errors name a record read at `at` (`stdin:4`, `articles[2]`) that names its own `origin` (`recordSource`,
 * `feeds/x.jsonl:3`): the file it came from and where it came in, `feeds/x.jsonl:3 (stdin:4)`; `at` alone when the
 * record names none (or names that very place).
 */
export function recordLabel(origin: string | undefined, at: string): string {
  return origin === undefined || origin === at ? at : `${origin} (${at})`;
}

/** A path, a file name with its extension, or either with a line or item number; `stdin:N`. */
const FILE_PLACE = /^(?:[^\n]*[/\\][^\n]*|[^\s/\\]+\.[A-Za-z0-9]{1,8}(?:\.gz)?(?:[:#]\d+)?|stdin:\d+)$/;

/** Parses one JSONL line (already known to be non-blank) into a RawInput, naming `source` in any error. */
export function parseJsonlLine(line: string, source: string): RawInput {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputError('malformed-json', `${source}: not valid JSON (${detail}).`, {
      input: source,
      hint: 'Each line must be one JSON object.',
      cause: error,
    });
  }
  return parseRecord(value, source);
}

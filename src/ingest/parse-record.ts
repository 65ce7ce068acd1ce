import { z } from 'zod';
import { InputError, type RawInput } from '../model/index.js';

const RECORD_SCHEMA = z
  .object({
    id: z.union([z.string().min(1), z.number()]).optional(),
    text: z.string().optional(),
    html: z.string().optional(),
    url: z.string().optional(),
    title: z.string().optional(),
    byline: z.string().optional(),
    outlet: z.string().optional(),
    published: z.string().optional(),
    lang: z.string().optional(),
  })
  .loose();

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
    const where = issue && issue.path.length > 0 ? `field \`${issue.path.join('.')}\`: ` : '';
    throw new InputError(
      'invalid-record',
      `${source}: ${where}${issue?.message ?? 'not an article record'}.`,
      {
        input: source,
        hint: 'Expected an object like {"id": "...", "text": "..."} or {"html": "...", "url": "..."}.',
      },
    );
  }
  const record = parsed.data;
  const hasText = typeof record.text === 'string' && record.text.trim() !== '';
  const hasHtml = typeof record.html === 'string' && record.html.trim() !== '';
  if (!hasText && !hasHtml) {
    throw new InputError('missing-content', `${source}: expected \`text\` or \`html\`, got neither.`, {
      input: source,
      hint: 'Each line needs a non-empty "text" or "html" field.',
    });
  }
  const input: RawInput = { source, format: 'jsonl' };
  if (hasHtml) input.html = record.html as string;
  else input.text = record.text as string;
  if (record.id !== undefined) input.id = String(record.id);
  for (const key of ['url', 'title', 'byline', 'outlet', 'published', 'lang'] as const) {
    const field = record[key];
    if (field !== undefined && field !== '') input[key] = field;
  }
  return input;
}

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

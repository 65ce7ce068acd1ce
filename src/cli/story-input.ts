import { parseRecord } from '../ingest/index.js';
import { InputError, type Article } from '../model/index.js';
import { processInput } from '../pipeline.js';

/** True for an object that already is a processed Article (as `parallax analyze` or the library makes). */
function isArticle(value: unknown): value is Article {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Article>;
  return (
    typeof candidate.text === 'string' &&
    typeof candidate.raw === 'string' &&
    Array.isArray(candidate.sentences) &&
    Array.isArray(candidate.entities)
  );
}

/**
 * The articles of a story record (`articles: [...]`): processed Articles are used as they are; raw records
 * (`{id?, title?, text | html, outlet?, published?}`) go through the per-article stages first.
 */
export function readStoryArticles(value: unknown, source: string): Article[] {
  const list =
    typeof value === 'object' && value !== null ? (value as { articles?: unknown }).articles : undefined;
  if (!Array.isArray(list) || list.length === 0) {
    throw new InputError('missing-field', `${source}: expected a non-empty \`articles\` array.`, {
      input: source,
    });
  }
  return list.map((item, index) => {
    const itemSource = `${source} articles[${index}]`;
    if (isArticle(item)) return item;
    const input = parseRecord(item, itemSource);
    if (input.id === undefined) input.id = `${index + 1}`;
    return processInput(input);
  });
}

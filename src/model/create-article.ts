import type { Article, RawInput } from './article.js';
import { contentId } from './content-id.js';

/**
 * An article with nothing extracted yet: `text` empty, every annotation list empty. Stages fill it in.
 * Used by extract as its starting point, and by tests to build articles by hand.
 */
export function createArticle(input: RawInput, overrides: Partial<Article> = {}): Article {
  const raw = input.html ?? input.text ?? '';
  const base: Article = {
    id: input.id ?? contentId(raw),
    source: input.source,
    format: input.format,
    publishedSource: input.published ? 'input' : 'none',
    lang: input.lang ?? 'und',
    raw,
    text: '',
    paragraphs: [],
    removed: [],
    sentences: [],
    entities: [],
    quotes: [],
    credits: [],
    dates: [],
    loaded: [],
    diagnostics: [],
  };
  if (input.url !== undefined) base.url = input.url;
  if (input.title !== undefined) base.title = input.title;
  if (input.byline !== undefined) base.byline = input.byline;
  if (input.outlet !== undefined) {
    base.outlet = input.outlet;
    base.outletSource = 'input';
  }
  if (input.published !== undefined) base.published = input.published;
  return { ...base, ...overrides };
}

/**
 * Builds a plain-text article whose clean text is `text` as given, split into paragraphs on blank lines.
 * For tests and for library users who already have clean text.
 */
export function createTextArticle(text: string, metadata: Partial<Article> = {}): Article {
  const paragraphs: Article['paragraphs'] = [];
  const pattern = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const match of text.matchAll(pattern)) {
    if (match[0].trim() === '') continue;
    paragraphs.push({ start: match.index, end: match.index + match[0].length, kind: 'paragraph' });
  }
  return createArticle(
    { source: metadata.source ?? 'inline', format: 'text', text },
    { id: contentId(text), text, paragraphs, ...metadata },
  );
}

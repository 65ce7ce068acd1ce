import { extractArticle } from '../extract/index.js';
import type { Article, RawInput } from '../model/index.js';

/**
 * The record `parallax extract` writes for a cleaned article; the other record verbs read it as their input.
 * `source` is where the article came from (a file, a feed item, a `file:line`), so that a verb further down a
 * pipeline can name it.
 */
export function extractedRecord(article: Article): Record<string, unknown> {
  return {
    id: article.id,
    source: article.source,
    title: article.title ?? null,
    byline: article.byline ?? null,
    published: article.published ?? null,
    published_source: article.publishedSource,
    outlet: article.outlet ?? null,
    // "press-release" marks a press release and its issuer: `compare` reads it back to count the release apart.
    outlet_source: article.outletSource ?? null,
    domain: article.domain ?? null,
    lang: article.lang,
    url: article.canonicalUrl ?? article.url ?? null,
    text: article.text,
    paragraphs: article.paragraphs,
    removed: article.removed,
    diagnostics: article.diagnostics,
  };
}

/** An article read from a file, cleaned and written as `parallax extract` would write it. */
export function extractInput(input: RawInput): Record<string, unknown> {
  return extractedRecord(extractArticle(input));
}

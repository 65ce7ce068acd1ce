import { extractArticle } from '../extract/index.js';
import { parseRecord } from '../ingest/index.js';
import type { CliContext } from './io.js';
import { runRecordVerb } from './record-verb.js';

/** `parallax extract`: `{id, html | text, url?}` lines in, clean text and metadata out. */
export function runExtractVerb(paths: string[], context: CliContext): Promise<number> {
  return runRecordVerb(paths, context, (value, source) => {
    const article = extractArticle(parseRecord(value, source));
    return {
      id: article.id,
      title: article.title ?? null,
      byline: article.byline ?? null,
      published: article.published ?? null,
      published_source: article.publishedSource,
      outlet: article.outlet ?? null,
      domain: article.domain ?? null,
      lang: article.lang,
      url: article.canonicalUrl ?? article.url ?? null,
      text: article.text,
      paragraphs: article.paragraphs,
      removed: article.removed,
      diagnostics: article.diagnostics,
    };
  });
}

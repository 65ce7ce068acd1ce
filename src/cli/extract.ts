import { extractArticle } from '../extract/index.js';
import { parseRecord } from '../ingest/index.js';
import { extractedRecord } from './extracted-record.js';
import type { CliContext } from './io.js';
import { articleVerbOptions, runRecordVerb, type ArticleVerbFlags } from './record-verb.js';

/** `parallax extract`: `{id, html | text, url?}` lines, or article files, in; clean text and metadata out. */
export function runExtractVerb(
  paths: string[],
  context: CliContext,
  flags: ArticleVerbFlags = {},
): Promise<number> {
  return runRecordVerb(
    paths,
    context,
    (value, source, origin) => ({
      ...extractedRecord(extractArticle(parseRecord(value, source))),
      source: origin,
    }),
    articleVerbOptions(context, flags, 'output'),
  );
}

import { extractArticle } from '../extract/index.js';
import { parseRecord } from '../ingest/index.js';
import { extractedRecord } from './extracted-record.js';
import { createVerbProgress, type CliContext } from './io.js';
import { runRecordVerb } from './record-verb.js';

/** `parallax extract`: `{id, html | text, url?}` lines, or article files, in; clean text and metadata out. */
export function runExtractVerb(
  paths: string[],
  context: CliContext,
  flags: { progress?: boolean } = {},
): Promise<number> {
  return runRecordVerb(
    paths,
    context,
    (value, source, origin) => ({
      ...extractedRecord(extractArticle(parseRecord(value, source))),
      source: origin,
    }),
    { articleFiles: 'output', progress: createVerbProgress(context, flags.progress) },
  );
}

import { runAnalysis } from '../analyze.js';
import {
  EXIT_OK,
  EXIT_SOME_FAILED,
  createVerbProgress,
  noticeTerminalInput,
  readArticleInputs,
  reportFailure,
  runOutcome,
  writeJsonl,
  type CliContext,
} from './io.js';
import { openCliStore } from './options.js';

export interface IngestFlags {
  db?: string;
  maxBytes?: number;
  encoding?: 'strict' | 'auto';
  progress?: boolean;
}

/**
 * `parallax ingest PATHS...`: processes articles and adds them to the store, idempotently, printing one
 * `{id, source, status, version}` line per article (status: added, unchanged, new-version).
 */
export async function runIngestVerb(
  paths: string[],
  flags: IngestFlags,
  context: CliContext,
): Promise<number> {
  const store = await openCliStore(flags.db, context);
  if (paths.includes('-')) noticeTerminalInput(context, paths);
  const progress = createVerbProgress(context, flags.progress);
  // Lines are written one after another; a closed output (`| head`) is remembered and rethrown at the end, so
  // that the whole batch is still stored.
  let written = Promise.resolve();
  let outputError: Error | undefined;
  const started = performance.now();
  try {
    const result = await runAnalysis(
      readArticleInputs(paths, {
        stdin: context.stdin,
        ...(flags.maxBytes === undefined ? {} : { maxFileBytes: flags.maxBytes }),
        ...(flags.encoding === undefined ? {} : { textEncoding: flags.encoding }),
      }),
      {
        store,
        onError: (failure) => {
          progress.clear();
          return reportFailure(context, failure, { jsonl: true }).catch((error: unknown) => {
            outputError ??= asError(error);
          });
        },
        onStory: (_done, total) => progress.tick('stories compared:', total),
        onArticle: (article, stored) => {
          progress.tick('articles stored:');
          const line = {
            id: article.id,
            source: article.source,
            status: stored?.status,
            version: stored?.version,
          };
          written = written
            .then(() => writeJsonl(context.stdout, line))
            .catch((error: unknown) => {
              outputError ??= asError(error);
            });
        },
      },
    );
    await written;
    if (outputError !== undefined) throw outputError;
    progress.done(runOutcome(result, started));
    return result.failures > 0 ? EXIT_SOME_FAILED : EXIT_OK;
  } finally {
    await store.close();
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

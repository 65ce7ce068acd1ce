import { runAnalysis } from '../analyze.js';
import { readInputs } from '../ingest/index.js';
import {
  EXIT_OK,
  EXIT_SOME_FAILED,
  createProgress,
  reportFailure,
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
  const progress = createProgress(
    context.stderr,
    flags.progress ?? Boolean((context.stderr as { isTTY?: boolean }).isTTY),
  );
  const lines: Promise<void>[] = [];
  try {
    const result = await runAnalysis(
      readInputs(paths, {
        stdin: context.stdin,
        ...(flags.maxBytes === undefined ? {} : { maxFileBytes: flags.maxBytes }),
        ...(flags.encoding === undefined ? {} : { textEncoding: flags.encoding }),
      }),
      {
        store,
        onError: (failure) => reportFailure(context, failure, { jsonl: true }),
        onArticle: (article, stored) => {
          progress.tick('articles stored:');
          lines.push(
            writeJsonl(context.stdout, {
              id: article.id,
              source: article.source,
              status: stored?.status,
              version: stored?.version,
            }),
          );
        },
      },
    );
    await Promise.all(lines);
    progress.done();
    return result.failures > 0 ? EXIT_SOME_FAILED : EXIT_OK;
  } finally {
    await store.close();
  }
}

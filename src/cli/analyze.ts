import { constants } from 'node:fs';
import { access, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ParallaxError, UsageError } from '../model/index.js';
import { runAnalysis } from '../analyze.js';
import type { Article, StoryReport } from '../model/index.js';
import { renderReportsPage, type RunningServer } from '../server/index.js';
import { startServing } from './start-serving.js';
import type { Store } from '../store/index.js';
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
import { renderMarkdown } from './render-markdown.js';
import { renderText } from './render-text.js';
import { llmSettings, rewriteSummary } from './summarize.js';

export interface AnalyzeFlags {
  json?: boolean;
  md?: string;
  html?: string;
  db?: string;
  store: boolean;
  serve?: boolean;
  port?: number;
  host?: string;
  sentences?: number;
  maxBytes?: number;
  encoding?: 'strict' | 'auto';
  progress?: boolean;
  /** OpenAI-compatible endpoint that may rewrite each story's summary (off unless given). */
  llmEndpoint?: string;
  llmModel?: string;
}

/** `parallax analyze PATHS...`: the main job, printed as a readable report, JSONL, Markdown or HTML. */
export async function runAnalyzeVerb(
  paths: string[],
  flags: AnalyzeFlags,
  context: CliContext,
): Promise<number> {
  if (flags.serve && !flags.store) {
    throw new UsageError('bad-option', '--serve shows the stored stories, but --no-store keeps nothing.', {
      hint: 'Drop --no-store (add --db FILE for a separate store), or drop --serve and use --html FILE.',
    });
  }
  // A report file that cannot be written is found before the work, not after a long run.
  for (const [option, file] of [
    ['--md', flags.md],
    ['--html', flags.html],
  ] as const) {
    if (file !== undefined) await checkWritable(option, file);
  }
  const llm = llmSettings(flags, context, 'analyze');
  const store: Store | undefined = flags.store ? await openCliStore(flags.db, context) : undefined;
  if (paths.includes('-')) noticeTerminalInput(context, paths);
  const progress = createVerbProgress(context, flags.progress);
  let keepOpen = false;
  let server: RunningServer | undefined;
  const started = performance.now();
  try {
    // A port or host that cannot be used is found before the work, as a report file is, not after a long run:
    // the pages are served from the start (the store takes readers while the run writes).
    if (flags.serve && store) server = await startServing(store, flags);
    const inputOptions = {
      stdin: context.stdin,
      ...(flags.maxBytes === undefined ? {} : { maxFileBytes: flags.maxBytes }),
      ...(flags.encoding === undefined ? {} : { textEncoding: flags.encoding }),
    };
    const result = await runAnalysis(readArticleInputs(paths, inputOptions), {
      ...(store ? { store } : {}),
      ...(flags.sentences === undefined ? {} : { summarySentences: flags.sentences }),
      onError: (failure) => {
        progress.clear();
        return reportFailure(context, failure, { jsonl: Boolean(flags.json) });
      },
      onArticle: () => progress.tick('articles analysed:'),
      onStory: (_done: number, total: number) => progress.tick('stories compared:', total),
      ...(llm === undefined
        ? {}
        : {
            reviseReport: async (report: StoryReport, articles: readonly Article[]) => {
              const rewrite = await rewriteSummary(report.summary, articles, report.conflicts, llm);
              if (rewrite.llm.error !== undefined) {
                progress.clear();
                context.stderr.write(
                  `parallax: story ${report.story}: LLM rewrite not used: ${rewrite.llm.error}\n`,
                );
              }
              return { ...report, ...rewrite };
            },
          }),
    });
    progress.done(runOutcome(result, started));
    await writeReports(result.reports, flags, context);
    if (server) {
      context.stderr.write(
        `Parallax is serving ${result.reports.length} stories at ${server.url}  (Ctrl+C to stop)\n`,
      );
      keepOpen = true;
    }
    return result.failures > 0 ? EXIT_SOME_FAILED : EXIT_OK;
  } finally {
    if (!keepOpen) {
      await server?.close();
      await store?.close();
    }
  }
}

async function checkWritable(option: string, file: string): Promise<void> {
  let problem: string | undefined;
  try {
    if ((await stat(file)).isDirectory()) problem = 'it is a folder';
  } catch {
    // Not there yet: the folder it goes in must be.
  }
  if (problem === undefined) {
    try {
      await access(dirname(resolve(file)), constants.W_OK);
    } catch (error) {
      problem = `its folder cannot be written (${error instanceof Error ? error.message : String(error)})`;
    }
  }
  if (problem !== undefined) {
    throw new UsageError(
      'output-unwritable',
      `${option} \`${file}\`: cannot write the report there: ${problem}.`,
      {
        input: file,
        hint: `Pass ${option} a file path in an existing, writable folder.`,
      },
    );
  }
}

async function writeReports(
  reports: readonly StoryReport[],
  flags: AnalyzeFlags,
  context: CliContext,
): Promise<void> {
  if (flags.md) await writeReportFile('--md', flags.md, renderMarkdown(reports));
  if (flags.html) await writeReportFile('--html', flags.html, renderReportsPage(reports));
  if (flags.json) {
    for (const report of reports) await writeJsonl(context.stdout, report);
  } else if (!flags.md && !flags.html) {
    context.stdout.write(renderText(reports));
  } else {
    const written = [flags.md, flags.html].filter(Boolean).join(' and ');
    context.stderr.write(
      `Wrote ${reports.length} ${reports.length === 1 ? 'story' : 'stories'} to ${written}.\n`,
    );
  }
}

/** Writes a report file; a failure (a full disk) names the option and file, not only Node's "ENOSPC ... write". */
async function writeReportFile(option: string, file: string, content: string): Promise<void> {
  try {
    await writeFile(file, content);
  } catch (error) {
    throw new ParallaxError(
      'output-unwritable',
      `${option} \`${file}\`: cannot write the report (${error instanceof Error ? error.message : String(error)}).`,
      { input: file, cause: error, hint: 'Free space on its disk, or pass another path.' },
    );
  }
}

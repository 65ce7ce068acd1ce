import { Command, CommanderError, Option } from 'commander';
import { UsageError, formatError } from '../model/index.js';
import { runAnalyzeVerb, type AnalyzeFlags } from './analyze.js';
import { runClusterVerb } from './cluster.js';
import { runCompareVerb } from './compare.js';
import { runExtractVerb } from './extract.js';
import { runIngestVerb, type IngestFlags } from './ingest.js';
import {
  EXIT_SOME_FAILED,
  EXIT_USAGE,
  OutputClosedError,
  outputFailure,
  settleOutput,
  watchOutput,
  type CliContext,
} from './io.js';
import { runEntitiesVerb, runQuotesVerb, runSentencesVerb } from './language.js';
import { runLoadedVerb } from './loaded.js';
import { parsePort, parsePositiveInteger } from './options.js';
import type { ArticleVerbFlags } from './record-verb.js';
import { runServeVerb } from './serve.js';
import { LLM_API_KEY_ENV, runSummarizeVerb, type SummarizeFlags } from './summarize.js';

const DB_HELP =
  'store location: a SQLite file path or postgres:// URL (default: $PARALLAX_DB, else the user data directory)';

function example(lines: string): string {
  return `\nExamples:\n${lines
    .trim()
    .split('\n')
    .map((line) => `  ${line.trim()}`)
    .join('\n')}\n`;
}

/**
 * Runs the `parallax` command line in-process and resolves to its exit code (0 all good, 1 some inputs
 * failed, 2 usage error). `argv` excludes the node and script paths.
 *
 * @example
 * const code = await runCli(['analyze', 'examples', '--json'], { stdin, stdout, stderr, env: process.env });
 */
export async function runCli(argv: readonly string[], context: CliContext): Promise<number> {
  let exitCode = 0;
  const program = new Command('parallax')
    .description(
      'Compare how news outlets tell the same story: clean, group, compare and summarise articles.\nEvery verb reads and writes JSONL, so stages compose with pipes.',
    )
    .version('0.1.0')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.stderr.write(text),
    })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      `
Exit codes:
  0  all good (also a record verb that read no line from standard input)
  1  some inputs failed, each named on stderr (and as an {id, source, error, code} line in JSONL output), the
     rest processed: a missing, empty, binary or unreadable file, a bad JSONL line (named by its line), a
     .jsonl file holding an article and no record (one error naming it: rename an article .txt or .html), a
     folder with no article file; or the store could not be opened, or the output could not be written (a full
     disk, said on stderr; standard output closed early by its reader, as | head does, is quiet)
  2  usage error: a bad option or argument, or a --port already in use`,
    );

  const PROGRESS_HELP =
    "show progress on stderr, ending with the run's counts and time (default: when stderr is a terminal; in a log, a line every 5 s)";
  const inputOptions = (command: Command): Command =>
    command
      .option(
        '--max-bytes <n>',
        'refuse article files larger than this many bytes (default 20 MiB)',
        parsePositiveInteger,
      )
      .addOption(
        new Option(
          '--encoding <mode>',
          'plain-text files that are not UTF-8: refuse (strict) or decode as detected (auto)',
        ).choices(['strict', 'auto']),
      )
      .option('--progress', PROGRESS_HELP);

  inputOptions(
    program
      .command('analyze')
      .description(
        'the main job: ingest PATHS (files, folders, globs, - for JSONL on stdin), group into stories, compare and summarise',
      )
      .argument(
        '<paths...>',
        'article files (.txt, .html, .jsonl, .rss/.atom feeds, .warc/.warc.gz archives), folders or globs; - reads JSONL from stdin',
      )
      .option('--json', 'write one story report per line (JSONL) instead of the readable report')
      .option('--md <file>', 'also write the reports as Markdown to FILE')
      .option('--html <file>', 'also write the reports as one self-contained HTML page to FILE')
      .option('--db <location>', DB_HELP)
      .option('--no-store', 'analyse in memory only; do not read or write the store')
      .option('--serve', 'after analysing, serve the story pages from the store')
      .option('--port <n>', 'port for --serve (default 8080; 0 picks a free one)', parsePort)
      .option('--host <host>', 'host for --serve (default 127.0.0.1)')
      .option(
        '--sentences <n>',
        'sentences in each neutral summary, all told: when facts, reported disagreements and the labels sentence do not all fit, the labels sentence yields first and the lead fact always stays (default: 4 facts, disagreements and labels after them)',
        parsePositiveInteger,
      )
      .option(
        '--llm-endpoint <url>',
        `optional: an OpenAI-compatible API (base URL) that may reword each story's summary; each reworded sentence is checked against the sentences it cites and dropped if unsupported; a failing endpoint keeps the summary and reports the error in the report's llm field (API key from $${LLM_API_KEY_ENV})`,
      )
      .option('--llm-model <name>', 'model name sent to --llm-endpoint')
      .addHelpText(
        'after',
        example(`
        parallax analyze examples
        parallax analyze ../shared/samples/seeds --json > reports.jsonl
        parallax analyze 'news/**/*.html' --html report.html --no-store
        cat articles.jsonl | parallax analyze - --json
        parallax analyze examples --json --llm-endpoint http://localhost:8080/v1 --llm-model my-model`),
      ),
  ).action(async (paths: string[], flags: AnalyzeFlags) => {
    exitCode = await runAnalyzeVerb(paths, flags, context);
  });

  inputOptions(
    program
      .command('ingest')
      .description(
        'clean and annotate articles and add them to the store (idempotent; a changed article becomes a new version)',
      )
      .argument(
        '<paths...>',
        'article files (.txt, .html, .jsonl, .rss/.atom feeds, .warc/.warc.gz archives), folders or globs; - reads JSONL from stdin',
      )
      .option('--db <location>', DB_HELP)
      .addHelpText(
        'after',
        example(`
        parallax ingest examples --db parallax.db
        parallax ingest feed.jsonl   # prints {id, source, status, version} per article`),
      ),
  ).action(async (paths: string[], flags: IngestFlags) => {
    exitCode = await runIngestVerb(paths, flags, context);
  });

  const ARTICLE_FILES_HELP =
    'JSONL files, or article files and folders (text, HTML, feeds, WARC), cleaned as extract cleans them (default: stdin)';
  const recordVerb = (
    name: string,
    description: string,
    examples: string,
    run: (paths: string[], flags: ArticleVerbFlags) => Promise<number>,
  ): void => {
    inputOptions(program.command(name).description(description).argument('[files...]', ARTICLE_FILES_HELP))
      .addHelpText('after', example(examples))
      .action(async (paths: string[], flags: ArticleVerbFlags) => {
        exitCode = await run(paths, flags);
      });
  };

  recordVerb(
    'extract',
    'clean HTML or plain text: {id, html | text, url?, source?} in; {id, source, title, byline, published, published_source, outlet, outlet_source, domain, lang, url, text, paragraphs, removed} out (source: the file or file:line it came from, named by later verbs in their errors)',
    `echo '{"id":"a","html":"<html>...</html>"}' | parallax extract
      parallax extract page.html notes.txt`,
    (paths, flags) => runExtractVerb(paths, context, flags),
  );
  recordVerb(
    'sentences',
    'split into sentences: {id, text} in; {id, sentences: [{start, end, paragraph, text}]} out',
    `echo '{"id":"a","text":"Mr. Vale spoke. He left."}' | parallax sentences`,
    (paths, flags) => runSentencesVerb(paths, context, flags),
  );
  recordVerb(
    'entities',
    'people, organisations and places with mentions and labels: {id, text, published?} in; {id, entities: [{id, name, key, type, mentions: [{start, end, text, labels}]}], dates, lang} out',
    `echo '{"id":"a","text":"Governor Ana Ruiz spoke. Ruiz left."}' | parallax entities`,
    (paths, flags) => runEntitiesVerb(paths, context, flags),
  );
  recordVerb(
    'quotes',
    'quotes (source, cue, content, speaker, kind) and credits: {id, text, published?} in; {id, quotes: [{kind, source, cue, content, speaker, context}], credits, entities} out (offsets into the input text)',
    `echo '{"id":"a","text":"\\"We will rebuild,\\" Ruiz said, the Harbor Ledger reported."}' | parallax quotes`,
    (paths, flags) => runQuotesVerb(paths, context, flags),
  );
  recordVerb(
    'loaded',
    'flag loaded wording: {id, text} in; {id, loaded, score, spans: [{start, end, text, reason, note, speaker?}]} out (speaker: quoted or reported words, not counted)',
    `echo '{"id":"a","text":"The regime unleashed a brutal crackdown."}' | parallax loaded`,
    (paths, flags) => runLoadedVerb(paths, context, flags),
  );

  inputOptions(
    program
      .command('cluster')
      .description(
        'group articles into stories as they arrive: {id, title?, text, published?, outlet?} in (time order); {id, story, copy_of?} out',
      )
      .argument('[files...]', ARTICLE_FILES_HELP)
      .option('--db <location>', `continue the story stream stored there and save to it (${DB_HELP})`)
      .addHelpText(
        'after',
        example(`parallax cluster articles.jsonl
      parallax cluster --db parallax.db < new-articles.jsonl`),
      ),
  ).action(async (paths: string[], flags: ArticleVerbFlags & { db?: string }) => {
    exitCode = await runClusterVerb(paths, context, flags);
  });

  for (const [name, description, key, run] of [
    [
      'compare',
      'compare a story: {story, articles: [...]} in; one full story report out (with skipped: [{index, id?, source, error, code}] when a bad article was left out)',
      'story',
      runCompareVerb,
    ],
    [
      'summarize',
      'neutral cited summary: {id, articles: [{id?, title, text, outlet?}]} in; {id, headline, summary} out, with skipped (bad articles left out) and note (why a summary is empty) when needed',
      'id',
      runSummarizeVerb,
    ],
  ] as const) {
    const command = program
      .command(name)
      .description(description)
      .argument('[files...]', 'JSONL files (default: stdin)')
      .option(
        '--sentences <n>',
        'sentences in the neutral summary, all told: when facts, reported disagreements and the labels sentence do not all fit, the labels sentence yields first and the lead fact always stays (default: 4 facts, disagreements and labels after them)',
        parsePositiveInteger,
      );
    if (name === 'summarize') {
      command
        .option(
          '--llm-endpoint <url>',
          `optional: an OpenAI-compatible API (base URL) that may reword the summary; each reworded sentence is checked against the sentences it cites and dropped if unsupported (API key from $${LLM_API_KEY_ENV})`,
        )
        .option('--llm-model <name>', 'model name sent to --llm-endpoint');
    }
    command
      .option('--progress', PROGRESS_HELP)
      .addHelpText(
        'after',
        example(
          // The articles of one story, as extract writes them, gathered into the one record this verb reads.
          `parallax ${name} story.jsonl
      parallax extract a.html b.txt | jq -cs '{${key}: "s1", articles: .}' | parallax ${name}` +
            (name === 'summarize'
              ? `
      parallax summarize story.jsonl --llm-endpoint http://localhost:8080/v1 --llm-model my-model`
              : ''),
        ),
      )
      .action(async (paths: string[], flags: SummarizeFlags) => {
        exitCode = await run(paths, context, flags);
      });
  }

  program
    .command('serve')
    .description(
      'serve the story pages and the HTTP API (GET /api/stories, /api/stories/:id; POST /api/analyze adds articles) from the store',
    )
    .option(
      '--db <location>',
      `${DB_HELP}; a path given here or in $PARALLAX_DB must hold a store already; :memory: starts empty, for articles posted to /api/analyze (kept until the server stops)`,
    )
    .option('--port <n>', 'port (default 8080; 0 picks a free one)', parsePort)
    .option('--host <host>', 'host (default 127.0.0.1)')
    .addHelpText('after', example('parallax serve --port 8080'))
    .action(async (flags: { db?: string; port?: number; host?: string }) => {
      exitCode = await runServeVerb(flags, context);
    });

  // A reader closing standard output early (`| head`) ends the verb quietly instead of crashing on EPIPE.
  watchOutput(context.stdout);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return await outputOutcome(context, exitCode);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? outputOutcome(context, 0) : EXIT_USAGE;
    }
    if (error instanceof OutputClosedError) return outputOutcome(context, EXIT_SOME_FAILED);
    context.stderr.write(`parallax: ${formatError(error)}\n`);
    return error instanceof UsageError ? EXIT_USAGE : EXIT_SOME_FAILED;
  }
}

/**
 * The exit code once the output has settled: a write to standard output that failed for another reason than its
 * reader leaving (a full disk) is said on stderr and fails the run, even when the verb itself went through.
 */
async function outputOutcome(context: CliContext, exitCode: number): Promise<number> {
  await settleOutput();
  const failure = outputFailure(context.stdout);
  if (failure === undefined) return exitCode;
  context.stderr.write(`parallax: ${formatError(failure)}\n`);
  return EXIT_SOME_FAILED;
}

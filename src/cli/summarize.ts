import { compareStory } from '../compare/index.js';
import { UsageError } from '../model/index.js';
import { rewriteWithLlm, summarizeStory, type DroppedRewrite } from '../summary/index.js';
import { clusterArticles } from '../stories/index.js';
import type { CliContext } from './io.js';
import { asOneStory } from './compare.js';
import { recordId, runRecordVerb } from './record-verb.js';
import { readStoryArticles } from './story-input.js';

/** Flags of `parallax summarize`. */
export interface SummarizeFlags {
  sentences?: number;
  /** OpenAI-compatible endpoint that may rewrite the summary (off unless given). */
  llmEndpoint?: string;
  llmModel?: string;
}

/** Environment variable holding the API key sent to `--llm-endpoint` (never a flag: flags end up in shell history). */
export const LLM_API_KEY_ENV = 'PARALLAX_LLM_API_KEY';

/** What the optional rewrite did to one story's summary: the sentences it gave up on, or why it did nothing. */
interface RewriteNote {
  model: string;
  rewritten: number;
  dropped: DroppedRewrite[];
  error?: string;
}

/**
 * `parallax summarize`: `{id, articles: [{id?, title, text, outlet?}]}` lines in, `{id, headline, summary}` out;
 * with `--llm-endpoint`, the summary rewritten where every rewritten sentence holds up against its sources, and an
 * `llm` field saying what was kept and dropped.
 */
export function runSummarizeVerb(
  paths: string[],
  context: CliContext,
  flags: SummarizeFlags,
): Promise<number> {
  const llm = llmSettings(flags, context);
  return runRecordVerb(paths, context, async (value, source) => {
    const articles = readStoryArticles(value, source);
    const id = recordId(value) ?? source;
    const story = asOneStory(
      id,
      articles.map((article) => article.id),
      clusterArticles(articles).stories,
    );
    const compared = compareStory(story, articles);
    const { headline, summary } = summarizeStory(
      articles,
      [...compared.facts.shared, ...compared.facts.unique],
      {
        conflicts: compared.conflicts,
        ...(flags.sentences === undefined ? {} : { sentences: flags.sentences }),
      },
    );
    if (llm === undefined) return { id, headline, summary };
    const result = await rewriteWithLlm(summary, articles, { ...llm, conflicts: compared.conflicts });
    const rewritten = result.summary.filter((line, index) => line.text !== summary[index]?.text).length;
    const note: RewriteNote = { model: llm.model, rewritten, dropped: result.dropped };
    if (result.error !== undefined) {
      // The extractive summary stands; the record is not a failure, but the user asked for a rewrite and gets told.
      note.error = result.error;
      context.stderr.write(`parallax: ${source}: LLM rewrite not used: ${result.error}\n`);
    }
    return { id, headline, summary: result.summary, llm: note };
  });
}

/** The endpoint settings, or undefined when no rewrite was asked for; a half-given setting is a usage error. */
function llmSettings(
  flags: SummarizeFlags,
  context: CliContext,
): { endpoint: string; model: string; apiKey?: string; fetch: typeof fetch } | undefined {
  if (flags.llmEndpoint === undefined && flags.llmModel === undefined) return undefined;
  if (flags.llmEndpoint === undefined || flags.llmModel === undefined) {
    throw new UsageError(
      'bad-argument',
      `--llm-endpoint and --llm-model go together (got only ${flags.llmEndpoint === undefined ? '--llm-model' : '--llm-endpoint'}).`,
      { hint: 'parallax summarize story.jsonl --llm-endpoint http://localhost:8080/v1 --llm-model my-model' },
    );
  }
  if (!/^https?:\/\/[^/\s]+/.test(flags.llmEndpoint)) {
    throw new UsageError('llm-endpoint', `LLM endpoint \`${flags.llmEndpoint}\` is not an http(s) URL.`, {
      input: flags.llmEndpoint,
      hint: 'Give the base URL of an OpenAI-compatible API, e.g. http://localhost:8080/v1.',
    });
  }
  const apiKey = context.env[LLM_API_KEY_ENV];
  return {
    endpoint: flags.llmEndpoint,
    model: flags.llmModel,
    fetch: globalThis.fetch,
    ...(apiKey ? { apiKey } : {}),
  };
}

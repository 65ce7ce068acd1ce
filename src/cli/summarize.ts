import { compareStory } from '../compare/index.js';
import {
  UsageError,
  type Article,
  type CitedText,
  type Conflict,
  type LlmRewriteNote,
} from '../model/index.js';
import {
  rewriteWithLlm,
  summarizeStory,
  type LlmRewriteOptions,
  type LlmRewriteResult,
} from '../summary/index.js';
import { createVerbProgress, type CliContext } from './io.js';
import { runRecordVerb } from './record-verb.js';
import { readStoryRecord } from './story-input.js';

/** Flags of `parallax summarize`. */
export interface SummarizeFlags {
  sentences?: number;
  /** OpenAI-compatible endpoint that may rewrite the summary (off unless given). */
  llmEndpoint?: string;
  llmModel?: string;
  progress?: boolean;
}

/** Environment variable holding the API key sent to `--llm-endpoint` (never a flag: flags end up in shell history). */
export const LLM_API_KEY_ENV = 'PARALLAX_LLM_API_KEY';

/** The endpoint settings of the optional LLM rewrite, as `llmSettings` reads them from the flags. */
export type LlmSettings = Omit<LlmRewriteOptions, 'conflicts'>;

/**
 * `parallax summarize`: `{id, articles: [{id?, title, text, outlet?}]}` lines in, `{id, headline, summary}` out,
 * with `skipped` naming the articles left out as unusable and `note` saying why a summary is empty; with
 * `--llm-endpoint`, the summary rewritten where every rewritten sentence holds up against its sources, and an
 * `llm` field saying what was kept and dropped.
 */
export function runSummarizeVerb(
  paths: string[],
  context: CliContext,
  flags: SummarizeFlags,
): Promise<number> {
  const llm = llmSettings(flags, context);
  const progress = createVerbProgress(context, flags.progress);
  return runRecordVerb(
    paths,
    context,
    async (value, source, _origin, notes) => {
      const { id, story, articles, skipped, incomplete } = readStoryRecord(value, source, 'id');
      const compared = compareStory(story, articles);
      const { headline, summary, note } = summarizeStory(
        articles,
        [...compared.facts.shared, ...compared.facts.unique],
        {
          conflicts: compared.conflicts,
          ...(flags.sentences === undefined ? {} : { sentences: flags.sentences }),
        },
      );
      // What the summary leaves out (bad articles) or why it is empty goes in the record itself, so that a
      // reader of the JSON alone does not take it for the summary of every outlet given, or for a lost one.
      const output = {
        id,
        headline,
        summary,
        ...(skipped.length > 0 ? { skipped } : {}),
        ...(note === undefined ? {} : { note }),
      };
      if (note !== undefined) notes.warn(`${source}: ${id === source ? '' : `story \`${id}\`: `}${note}`);
      if (incomplete !== undefined) notes.incomplete(incomplete(id));
      if (llm === undefined) return output;
      const rewrite = await rewriteSummary(summary, articles, compared.conflicts, llm);
      if (rewrite.llm.error !== undefined) {
        notes.warn(`${source}: LLM rewrite not used: ${rewrite.llm.error}`);
      }
      return { ...output, ...rewrite };
    },
    { progress },
  );
}

/**
 * One summary through the optional LLM rewrite, with the note saying what it did. Never throws: when the endpoint
 * cannot be used the extractive summary stands and the note carries the error (the record is not a failure, but
 * the user asked for a rewrite and is told).
 */
export async function rewriteSummary(
  summary: CitedText[],
  articles: readonly Article[],
  conflicts: readonly Conflict[],
  llm: LlmSettings,
): Promise<{ summary: CitedText[]; llm: LlmRewriteNote }> {
  let result: LlmRewriteResult;
  try {
    result = await rewriteWithLlm(summary, articles, { ...llm, conflicts });
  } catch (error) {
    result = { summary, dropped: [], error: error instanceof Error ? error.message : String(error) };
  }
  const rewritten = result.summary.filter((line, index) => line.text !== summary[index]?.text).length;
  const note: LlmRewriteNote = { model: llm.model, rewritten, dropped: result.dropped };
  if (result.error !== undefined) note.error = result.error;
  return { summary: result.summary, llm: note };
}

/** The endpoint settings, or undefined when no rewrite was asked for; a half-given setting is a usage error. */
export function llmSettings(
  flags: Pick<SummarizeFlags, 'llmEndpoint' | 'llmModel'>,
  context: CliContext,
  verb: 'summarize' | 'analyze' = 'summarize',
): LlmSettings | undefined {
  if (flags.llmEndpoint === undefined && flags.llmModel === undefined) return undefined;
  if (flags.llmEndpoint === undefined || flags.llmModel === undefined) {
    throw new UsageError(
      'bad-argument',
      `--llm-endpoint and --llm-model go together (got only ${flags.llmEndpoint === undefined ? '--llm-model' : '--llm-endpoint'}).`,
      {
        hint: `parallax ${verb} ${verb === 'summarize' ? 'story.jsonl' : 'examples'} --llm-endpoint http://localhost:8080/v1 --llm-model my-model`,
      },
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

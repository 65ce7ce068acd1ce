import type { Article, CitedText, Conflict } from '../model/index.js';
import { UsageError } from '../model/index.js';
import { disputedFigures, findDisputedFigures, type DisputedFigure } from './disputed-figures.js';
import { disputedDates, statesPhrase } from './disputed-dates.js';
import { disputedConflicts, sentenceTexts } from './report-conflicts.js';
import { scoreLoadedText } from './score-loaded-text.js';
import { contentWords } from './text-vectors.js';

/** Where and how to call an OpenAI-compatible chat-completions endpoint. Nothing is called unless a user sets it. */
export interface LlmRewriteOptions {
  /** Base URL (`https://host/v1`) or the full `.../chat/completions` URL. */
  endpoint: string;
  model: string;
  apiKey?: string;
  /** Injected so the stage stays pure: pass `globalThis.fetch` at the edge, a fake in tests. */
  fetch: typeof fetch;
  /**
   * The story's conflicts from compare (`StoryReport.conflicts`, the same ones `summarizeStory` was given): a
   * rewrite that states one side of a disputed figure as fact is dropped, as the extractive summary never does.
   * Required so that no caller leaves the rule out by accident; pass [] for a story without conflicts.
   */
  conflicts: readonly Conflict[];
}

/** A rewritten sentence that failed the check against its sources; the extractive sentence is kept instead. */
export interface DroppedRewrite {
  index: number;
  text: string;
  reason: string;
}

/** Result of `rewriteWithLlm`: the summary (rewritten where supported), what was dropped, and why nothing was. */
export interface LlmRewriteResult {
  summary: CitedText[];
  dropped: DroppedRewrite[];
  /** Set when the endpoint could not be used at all (HTTP error, unreadable answer); `summary` is then the input. */
  error?: string;
}

/**
 * Share of a rewritten sentence's content words that must occur in its cited sentences. 0.8: a fluent rewrite of
 * a borrowed sentence keeps nearly all its content words; a sentence that brings in a new claim does not.
 */
export const REWRITE_SUPPORT_MIN = 0.8;

const NUMBER = /\d[\d,.]*\d|\d/g;
const NAME = /(?<=\s)\p{Lu}[\p{L}\p{M}'’-]+/gu;

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Why a rewritten sentence is not supported by its sources, or undefined when it is. With `figures` (the story's
 * disputed figures, `disputedFigures`), a sentence that states one side's figure in its own voice is refused
 * even though a source gives it: the summary reports such a figure only as a disagreement.
 */
export function checkRewrite(
  rewritten: string,
  sources: readonly string[],
  figures: readonly DisputedFigure[] = [],
): string | undefined {
  if (sources.length === 0) return 'no cited source sentence found';
  const [disputed] = findDisputedFigures(rewritten, figures);
  if (disputed !== undefined) return `states the disputed figure ${disputed.written} as fact`;
  const source = fold(sources.join(' '));
  const plainSource = source.replace(/,/g, '');
  for (const number of rewritten.match(NUMBER) ?? []) {
    if (!plainSource.includes(number.replace(/,/g, '').replace(/\.$/, '')))
      return `number ${number} not in the sources`;
  }
  for (const name of rewritten.match(NAME) ?? []) {
    if (!source.includes(fold(name))) return `name ${name} not in the sources`;
  }
  const words = contentWords(rewritten);
  if (words.length === 0) return 'no content words';
  const known = new Set(contentWords(sources.join(' ')));
  const share = words.filter((word) => known.has(word)).length / words.length;
  if (share < REWRITE_SUPPORT_MIN)
    return `only ${Math.round(share * 100)}% of its content words are in the sources`;
  if (scoreLoadedText(rewritten).loaded) return 'loaded wording';
  return undefined;
}

function sourcesOf(sentence: CitedText, articles: readonly Article[]): string[] {
  const texts: string[] = [];
  for (const citation of sentence.citations) {
    const article = articles.find((item) => item.id === citation.article);
    if (article) texts.push(article.text.slice(citation.start, citation.end));
  }
  return texts;
}

const SYSTEM_PROMPT =
  'You edit news summaries for neutrality and fluency. Rewrite each numbered sentence in plain, neutral news ' +
  'English. Keep every fact, name and number; add nothing; do not adopt labels such as "dictator" or "regime". ' +
  'Answer with JSON only: {"sentences": ["...", ...]}, one string per input sentence, in order.';

function parseAnswer(content: string, count: number): string[] | string {
  const json = content.replace(/^```(?:json)?\s*|\s*```$/g, '').trim();
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return 'the answer is not JSON';
  }
  const sentences = (parsed as { sentences?: unknown }).sentences;
  if (
    !Array.isArray(sentences) ||
    sentences.length !== count ||
    !sentences.every((item) => typeof item === 'string')
  ) {
    return `expected {"sentences": [${count} strings]}`;
  }
  return sentences;
}

/**
 * Optional: asks an OpenAI-compatible endpoint to rewrite the summary, then checks each rewritten sentence against
 * the article sentences it cites (numbers and names present, content words covered, no loaded wording, no
 * disputed figure stated as fact). A sentence that fails is dropped and the extractive sentence kept; the
 * sentence reporting a dispute is always kept as written. The headline is not rewritten. Off by default: the
 * summary needs none of it.
 *
 * @example
 * const result = await rewriteWithLlm(report.summary, articles, {
 *   endpoint, model, fetch: globalThis.fetch, conflicts: report.conflicts,
 * });
 */
export async function rewriteWithLlm(
  summary: readonly CitedText[],
  articles: readonly Article[],
  options: LlmRewriteOptions,
): Promise<LlmRewriteResult> {
  if (!/^https?:\/\//.test(options.endpoint)) {
    throw new UsageError('llm-endpoint', `LLM endpoint \`${options.endpoint}\` is not an http(s) URL.`, {
      input: options.endpoint,
      hint: 'Give the base URL of an OpenAI-compatible API, e.g. http://localhost:8080/v1.',
    });
  }
  const unchanged: LlmRewriteResult = { summary: [...summary], dropped: [] };
  if (summary.length === 0) return unchanged;
  const url = options.endpoint.replace(/\/+$/, '').endsWith('/chat/completions')
    ? options.endpoint
    : `${options.endpoint.replace(/\/+$/, '')}/chat/completions`;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
  const numbered = summary.map((sentence, index) => `${index + 1}. ${sentence.text}`).join('\n');
  let content: string;
  try {
    const response = await options.fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        model: options.model,
        temperature: 0,
        messages: [
          { role: 'system', content: SYSTEM_PROMPT },
          { role: 'user', content: numbered },
        ],
      }),
    });
    if (!response.ok) return { ...unchanged, error: `${url} answered HTTP ${response.status}` };
    const body = (await response.json()) as { choices?: { message?: { content?: unknown } }[] };
    const answer = body.choices?.[0]?.message?.content;
    if (typeof answer !== 'string')
      return { ...unchanged, error: `${url} gave no choices[0].message.content` };
    content = answer;
  } catch (error) {
    return {
      ...unchanged,
      error: `${url} could not be reached: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const rewritten = parseAnswer(content, summary.length);
  if (typeof rewritten === 'string') return { ...unchanged, error: `${url}: ${rewritten}` };
  const figures = disputedFigures(disputedConflicts(options.conflicts, articles));
  const days = disputedDates(
    options.conflicts,
    sentenceTexts(new Map(articles.map((article) => [article.id, article]))),
  );
  const result: CitedText[] = [];
  const dropped: DroppedRewrite[] = [];
  summary.forEach((sentence, index) => {
    const text = (rewritten[index] ?? '').trim();
    // The extractive summary states disputed figures and days only in the sentence reporting the dispute, with
    // every side named and cited; that sentence is kept as written so that no rewording loses or settles a side.
    const reportsDispute =
      findDisputedFigures(sentence.text, figures).length > 0 ||
      days.some(
        (conflict) => conflict.sides.filter((side) => statesPhrase(sentence.text, side.value)).length >= 2,
      );
    if (reportsDispute && text === sentence.text) {
      result.push(sentence);
      return;
    }
    // A disputed day the extractive sentence left out (`dropDisputedDates`) may not come back in a rewording.
    const day = days
      .flatMap((conflict) => conflict.sides)
      .find((side) => statesPhrase(text, side.value) && !statesPhrase(sentence.text, side.value));
    const reason = reportsDispute
      ? 'reports a dispute: kept as written, with every side and its citations'
      : day !== undefined
        ? `states the disputed day "${day.value}" as fact`
        : checkRewrite(text, sourcesOf(sentence, articles), figures);
    if (reason === undefined) {
      result.push({ text, citations: sentence.citations });
    } else {
      dropped.push({ index, text, reason });
      result.push(sentence);
    }
  });
  return { summary: result, dropped };
}

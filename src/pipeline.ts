/**
 * The stages in order. Per-article stages (extract -> language -> loaded) turn a RawInput into an annotated
 * Article; story stages (stories -> compare -> summary) turn a batch of articles into StoryReports.
 * Each stage declares what it needs and what it adds, and the order is checked once, when this module loads.
 */
import { compareStory } from './compare/index.js';
import { extractArticle } from './extract/index.js';
import { analyzeLanguage } from './language/index.js';
import {
  InputError,
  UsageError,
  describeValue,
  keepFirstById,
  type Article,
  type Fact,
  type InputFormat,
  type InputProblem,
  type RawInput,
  type Story,
  type StoryReport,
} from './model/index.js';
import { clusterArticles } from './stories/index.js';
import { buildLoadedEntries, collectGroupLabels, detectLoaded, summarizeStory } from './summary/index.js';

type ArticleField = keyof Article;

interface StageDeclaration {
  name: string;
  requires: readonly ArticleField[];
  assigns: readonly ArticleField[];
}

/** The per-article stages, in the order `processInput` runs them. */
export const ARTICLE_STAGES: readonly StageDeclaration[] = [
  {
    name: 'extract',
    requires: ['raw'],
    assigns: ['text', 'paragraphs', 'removed', 'title', 'outlet', 'published', 'lang'],
  },
  {
    name: 'language',
    requires: ['text', 'paragraphs'],
    assigns: ['sentences', 'entities', 'quotes', 'credits', 'dates'],
  },
  { name: 'loaded', requires: ['sentences', 'quotes', 'entities'], assigns: ['loaded'] },
];

/** Throws when a stage needs a field no earlier stage assigns: a programming error, caught at start-up. */
export function checkStageOrder(
  stages: readonly StageDeclaration[],
  initial: readonly ArticleField[] = ['raw', 'source', 'id'],
): void {
  const available = new Set<ArticleField>(initial);
  for (const stage of stages) {
    const missing = stage.requires.filter((field) => !available.has(field));
    if (missing.length > 0) {
      throw new Error(`Stage \`${stage.name}\` needs ${missing.join(', ')}, which no earlier stage assigns.`);
    }
    for (const field of stage.assigns) available.add(field);
  }
}

checkStageOrder(ARTICLE_STAGES);

/**
 * Runs the per-article stages on one input: clean text and metadata, sentences, entities, quotes, credits,
 * dates, loaded wording. Content problems end up as diagnostics on the article; it does not throw for them.
 *
 * @example
 * const article = processInput({ source: 'a.txt', format: 'text', text: 'Headline\n\nBody...' });
 */
export function processInput(input: RawInput): Article {
  checkRawInput(input);
  const extracted = extractArticle(input);
  const annotated = analyzeLanguage(extracted);
  return { ...annotated, loaded: detectLoaded(annotated) };
}

const INPUT_FORMATS = new Set<unknown>(['text', 'html', 'jsonl'] satisfies InputFormat[]);

/**
 * Throws an InputError (`invalid-input`) naming the input's source when `input` is not a RawInput: library
 * callers from plain JavaScript get a clear message instead of a TypeError from deep inside a stage.
 */
function checkRawInput(input: RawInput): void {
  const candidate = input as unknown as Record<string, unknown> | null;
  function fail(message: string): never {
    const source = typeof candidate?.source === 'string' ? candidate.source : undefined;
    throw new InputError('invalid-input', `${source === undefined ? 'processInput' : source}: ${message}.`, {
      ...(source === undefined ? {} : { input: source }),
      hint: 'Pass {source, format, text} or {source, format, html}, as readInputs and parseRecord build them.',
    });
  }
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) {
    fail(`expected an input object, got ${describeValue(candidate)}`);
  }
  if (typeof candidate.source !== 'string')
    fail(`\`source\` must be a string, got ${describeValue(candidate.source)}`);
  for (const field of ['text', 'html'] as const) {
    const value = candidate[field];
    if (value !== undefined && typeof value !== 'string') {
      fail(`\`${field}\` must be a string, got ${describeValue(value)}`);
    }
  }
  if (candidate.text === undefined && candidate.html === undefined)
    fail('needs `text` or `html`, got neither');
  if (!INPUT_FORMATS.has(candidate.format))
    fail(`\`format\` must be "text", "html" or "jsonl", got ${describeValue(candidate.format)}`);
  const { id } = candidate;
  if (id !== undefined && (typeof id !== 'string' || id === '')) {
    fail(`\`id\` must be a non-empty string, got ${describeValue(id)}`);
  }
  // PostgreSQL TEXT cannot hold NUL, and the id keys the stored article.
  if (typeof id === 'string' && id.includes('\0')) fail('`id` holds a NUL character (U+0000)');
}

/**
 * Throws a UsageError (`bad-argument`) when `articles` is not an array of processed articles: a caller from
 * plain JavaScript who passes raw inputs (forgetting `processInput`) is told so instead of getting a TypeError.
 */
function checkArticles(caller: string, articles: readonly Article[]): void {
  const given: unknown = articles;
  if (!Array.isArray(given)) {
    throw new UsageError(
      'bad-argument',
      `${caller}: expected an array of articles, got ${describeValue(given)}.`,
    );
  }
  given.forEach((article: unknown, index) => {
    const candidate = article as Partial<Article> | null;
    if (
      typeof candidate?.id !== 'string' ||
      typeof candidate.text !== 'string' ||
      !Array.isArray(candidate.sentences) ||
      !Array.isArray(candidate.quotes)
    ) {
      const source = typeof candidate?.source === 'string' ? ` (${candidate.source})` : '';
      throw new UsageError(
        'bad-argument',
        `${caller}: article ${index}${source} is not a processed article (it needs id, text, sentences, quotes).`,
        { hint: 'Run each input through processInput first: analyzeArticles(inputs.map(processInput)).' },
      );
    }
  });
}

/** Options for building story reports. */
export interface ReportOptions {
  /** Sentences in the neutral summary (default: the summary stage's own). */
  summarySentences?: number;
}

/**
 * Compares one story's articles and writes its neutral summary: one full StoryReport. Articles not in the story
 * are ignored and an article passed twice is read once; two different articles under one of the story's ids
 * are a `UsageError` naming the id, since the report could show only one of them.
 */
export function reportStory(
  story: Story,
  articles: readonly Article[],
  options: ReportOptions = {},
): StoryReport {
  const inStory = new Set(story.articles);
  const { articles: unique, problems } = keepFirstById(articles.filter((article) => inStory.has(article.id)));
  const [problem] = problems;
  if (problem !== undefined) {
    throw new UsageError(problem.code, `Story \`${story.id}\`: ${problem.message}`, {
      input: problem.source,
      hint: 'Pass each article once, or call analyzeArticles, which leaves such an article out and lists it in `problems`.',
    });
  }
  const byId = new Map(unique.map((article) => [article.id, article]));
  const members = story.articles.flatMap((id) => {
    const article = byId.get(id);
    return article ? [article] : [];
  });
  const compared = compareStory(story, members);
  const facts: Fact[] = [...compared.facts.shared, ...compared.facts.unique];
  const { headline, summary } = summarizeStory(members, facts, {
    conflicts: compared.conflicts,
    ...(options.summarySentences === undefined ? {} : { sentences: options.summarySentences }),
  });
  // A copy's words are its original's: only each outlet's own telling counts toward what it calls the group.
  const copies = new Set(
    compared.articles.flatMap((article) => (article.copyOf === undefined ? [] : [article.id])),
  );
  const groupLabels = collectGroupLabels(members, copies);
  return {
    ...compared,
    headline,
    summary,
    ...(groupLabels.length > 0 ? { groupLabels } : {}),
    loaded: buildLoadedEntries(members),
  };
}

/**
 * The whole job on articles already processed: group them into stories, then compare and summarise each.
 * Stories come out in the order of their first article. The first article under an id is the one used: an
 * exact repeat (same id, same text) is dropped, and a different article under a used id is left out of every
 * story and listed in `problems`, naming the id and its `source`; the rest goes on.
 *
 * @example
 * const { reports, problems } = analyzeArticles(articles.map(processInput));
 */
export function analyzeArticles(
  articles: readonly Article[],
  options: ReportOptions = {},
): { stories: Story[]; reports: StoryReport[]; problems: InputProblem[] } {
  checkArticles('analyzeArticles', articles);
  const { articles: unique, problems } = keepFirstById(articles);
  const { stories } = clusterArticles(unique);
  return { stories, reports: stories.map((story) => reportStory(story, unique, options)), problems };
}

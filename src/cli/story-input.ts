import { z } from 'zod';
import { parseRecord, recordSource } from '../ingest/index.js';
import { analyzeLanguage } from '../language/index.js';
import {
  InputError,
  createIdLedger,
  createTextArticle,
  describeValue,
  formatError,
  type Article,
  type RawInput,
  type Story,
} from '../model/index.js';
import { processInput } from '../pipeline.js';
import { clusterArticles } from '../stories/index.js';
import { detectLoaded } from '../summary/index.js';

const SPAN = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).loose();
const TEXT_SPAN = SPAN.extend({ text: z.string() });

/**
 * The parts of a processed Article that the story stages read. An article passed as it is (from the library or
 * `GET /api/articles/:id`) is checked here, at the boundary, so that a truncated or hand-edited one is an error
 * naming its field rather than a crash deep inside comparison.
 */
const PROCESSED_ARTICLE = z
  .object({
    id: z.string().min(1),
    source: z.string(),
    lang: z.string(),
    raw: z.string(),
    text: z.string(),
    paragraphs: z.array(SPAN),
    removed: z.array(z.object({ text: z.string() }).loose()),
    sentences: z.array(SPAN.extend({ paragraph: z.number().int().min(0) })),
    entities: z.array(
      z
        .object({
          id: z.string(),
          name: z.string(),
          key: z.string(),
          type: z.string(),
          mentions: z.array(TEXT_SPAN.extend({ labels: z.array(TEXT_SPAN) })),
        })
        .loose(),
    ),
    quotes: z.array(
      z.object({ cue: TEXT_SPAN, content: TEXT_SPAN, sentence: z.number().int().min(0) }).loose(),
    ),
    credits: z.array(TEXT_SPAN.extend({ outlet: z.string(), sentence: z.number().int().min(0) })),
    dates: z.array(TEXT_SPAN),
    loaded: z.array(TEXT_SPAN.extend({ sentence: z.number().int().min(0) })),
    diagnostics: z.array(z.object({}).loose()),
  })
  .loose()
  .superRefine((article, ctx) => {
    const length = article.text.length;
    const outside = (span: { start: number; end: number }): boolean =>
      span.start > span.end || span.end > length;
    for (const [field, spans] of [
      ['paragraphs', article.paragraphs],
      ['sentences', article.sentences],
      ['credits', article.credits],
      ['dates', article.dates],
      ['loaded', article.loaded],
    ] as const) {
      const at = spans.findIndex(outside);
      if (at !== -1) ctx.addIssue({ code: 'custom', path: [field, at], message: 'span outside `text`' });
    }
    // Quotes, credits and loaded words are cited by their span and sentence: a span past the text or a
    // sentence the article does not have would become a citation of nothing in the report.
    article.quotes.forEach((quote, at) => {
      for (const part of ['cue', 'content'] as const) {
        if (outside(quote[part])) {
          ctx.addIssue({ code: 'custom', path: ['quotes', at, part], message: 'span outside `text`' });
        }
      }
    });
    article.entities.forEach((entity, at) => {
      const mention = entity.mentions.findIndex(
        (item) => outside(item) || item.labels.some((label) => outside(label)),
      );
      if (mention !== -1) {
        ctx.addIssue({
          code: 'custom',
          path: ['entities', at, 'mentions', mention],
          message: 'span outside `text`',
        });
      }
    });
    for (const [field, items] of [
      ['quotes', article.quotes],
      ['credits', article.credits],
      ['loaded', article.loaded],
    ] as const) {
      const at = items.findIndex((item) => item.sentence >= article.sentences.length);
      if (at !== -1) {
        ctx.addIssue({ code: 'custom', path: [field, at, 'sentence'], message: 'no such sentence' });
      }
    }
  });

/** True for an object that presents itself as a processed Article (as the library or the API gives it). */
function looksProcessed(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.raw === 'string' &&
    Array.isArray(candidate.sentences) &&
    Array.isArray(candidate.entities)
  );
}

function readProcessed(value: unknown, source: string): Article {
  const parsed = PROCESSED_ARTICLE.safeParse(value);
  if (parsed.success) return value as Article;
  const issue = parsed.error.issues[0];
  const path = issue?.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`));
  const field = path?.join('').replace(/^\./, '') ?? '';
  throw new InputError(
    'invalid-article',
    `${source}: a processed article (it has \`raw\`, \`sentences\` and \`entities\`) with a bad field${field ? ` \`${field}\`` : ''}: ${(issue?.message ?? 'not an Article').replace(/^Invalid input: /, '').replace('received undefined', 'missing')}.`,
    {
      input: source,
      hint: 'Pass the article exactly as Parallax wrote it, or only its `text` or `html` (with id, title, outlet, published) to have it processed again.',
    },
  );
}

/**
 * The id of a story record, from the key its verb writes first (`story` for `compare`, `id` for `summarize`), else
 * the other one, else the record's place: a `{story, articles}` line piped to `summarize` (or an `{id, articles}` one
 * to `compare`) keeps its id rather than becoming `stdin:1`. An id of another type (an object, `true`) is an
 * InputError naming the field.
 */
export function storyRecordId(value: unknown, source: string, first: 'story' | 'id'): string {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  for (const key of first === 'story' ? ['story', 'id'] : ['id', 'story']) {
    const id = record[key];
    if (id === undefined || id === null) continue;
    if ((typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id))) {
      return String(id);
    }
    // Named by its line instead, the story's report would not be found under the id the user gave it.
    throw new InputError(
      'invalid-record',
      `${source}: field \`${key}\`: expected a non-empty string or a number (the story's id), got ${describeValue(id)}.`,
      {
        input: source,
        hint: 'Give the story an id such as "s1", or leave the field out to have it named by its line.',
      },
    );
  }
  return source;
}

/** An article of a story record that could not be used, as the story's output names it (`skipped`). */
export interface SkippedArticle {
  /** Its place in the record's `articles`, from 0. */
  index: number;
  /** The id the record gave it, if any. */
  id?: string;
  /** Where it came from: the file `parallax extract` read it from, else its place (`stdin:3 articles[1]`). */
  source: string;
  /** What is wrong with it, as the error for a bad record says it (with the fix). */
  error: string;
  code: string;
}

/** The usable articles of a story record, and those left out with their problem (`readStoryArticles`). */
export interface StoryArticles {
  articles: Article[];
  skipped: SkippedArticle[];
  /**
   * When some article is left out: the line that says so on stderr, naming the record, the story and each
   * article left out with its problem (``stdin:1: story `s1` is written without 1 of its 2 articles: ...``).
   */
  incomplete?: (storyId: string) => string;
}

/**
 * The articles of a story record (`articles: [...]`): processed Articles are used as they are; raw records
 * (`{id?, title?, text | html, outlet?, published?}`) go through the per-article stages first. A bad article is
 * left out and named (`skipped`), so that one wrong field does not lose the other outlets' reporting; a record
 * with no usable article is an InputError naming every bad one.
 */
export function readStoryArticles(value: unknown, source: string): StoryArticles {
  const list =
    typeof value === 'object' && value !== null ? (value as { articles?: unknown }).articles : undefined;
  if (!Array.isArray(list) || list.length === 0) {
    throw new InputError(
      'missing-field',
      `${source}: expected a non-empty \`articles\` array, got ${describeValue(list)}.`,
      {
        input: source,
        hint: 'Each line is one story: {"id": "...", "articles": [{"text": "..."}, ...]} (`story` may name it instead of `id`).',
      },
    );
  }
  const ledger = createIdLedger();
  const givenIds = new Set(list.flatMap(givenId));
  const articles: Article[] = [];
  const problems: { index: number; item: unknown; error: InputError }[] = [];
  list.forEach((item, index) => {
    const itemSource = `${source} articles[${index}]`;
    let article: Article;
    try {
      if (looksProcessed(item)) {
        article = readProcessed(item, itemSource);
      } else {
        // An article extract wrote is cited by the file it came from, not by its place in this story record.
        const input = { ...parseRecord(item, itemSource), source: recordSource(item) ?? itemSource };
        if (input.id === undefined) input.id = positionalId(index, givenIds);
        article = looksExtracted(item) ? annotateCleaned(input, outletSourceOf(item)) : processInput(input);
      }
    } catch (error) {
      // Every bad article of the story is named, not only the first, so that one run tells what to fix.
      if (!(error instanceof InputError)) throw error;
      problems.push({ index, item, error });
      return;
    }
    // The same article listed twice is one article (as in a batch); a different one under a used id would
    // be one in the report, the other vanishing from it.
    const claim = ledger.claim(article.id, `articles[${index}]`, article.text);
    if (claim.status === 'taken') {
      throw new InputError('duplicate-id', `${source} ${claim.problem.message}`, {
        input: itemSource,
        hint: 'Give each article of a story its own id.',
      });
    }
    if (claim.status === 'first') articles.push(article);
  });
  const [first] = problems;
  if (first === undefined) return { articles, skipped: [] };
  // Each problem without the record's name, which the line that gathers them gives once, as its fix is.
  const hints = [...new Set(problems.flatMap(({ error }) => (error.hint === undefined ? [] : [error.hint])))];
  const named = [...problems.map(({ error }) => error.message.replace(`${source} `, '')), ...hints].join(' ');
  if (articles.length === 0) {
    if (problems.length === 1) throw first.error;
    throw new InputError(
      first.error.code,
      `${source}: ${problems.length} of its ${list.length} articles cannot be used: ${problems
        .map(({ error }) => error.message.replace(`${source} `, ''))
        .join(' ')}`,
      { input: source, ...(first.error.hint === undefined ? {} : { hint: first.error.hint }) },
    );
  }
  const skipped = problems.map(({ index, item, error }): SkippedArticle => {
    const [id] = givenId(item);
    return {
      index,
      ...(id === undefined ? {} : { id }),
      source: recordSource(item) ?? `${source} articles[${index}]`,
      error: formatError(error),
      code: error.code,
    };
  });
  return {
    articles,
    skipped,
    incomplete: (storyId) =>
      `${source}: story${storyId === source ? '' : ` \`${storyId}\``} is written without ${problems.length} of its ${list.length} articles (\`skipped\` in its output names them): ${named}`,
  };
}

/**
 * True for a record `parallax extract` wrote (`text` with its `paragraphs` and `removed`): its text is already
 * clean, and the report's offsets must point into that text, so it is not cleaned a second time (which would
 * drop a line the page kept, "TARNWICK", and shift every citation after it).
 */
function looksExtracted(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.text === 'string' &&
    record.html === undefined &&
    Array.isArray(record.paragraphs) &&
    Array.isArray(record.removed)
  );
}

/** The per-article stages after cleaning, on a text taken as it is (as `quotes` and `entities` take it). */
function annotateCleaned(input: RawInput, outletSource: string | undefined): Article {
  const metadata: Partial<Article> = { source: input.source };
  if (outletSource !== undefined && input.outlet !== undefined) metadata.outletSource = outletSource;
  if (input.id !== undefined) metadata.id = input.id;
  if (input.title !== undefined) metadata.title = input.title;
  if (input.byline !== undefined) metadata.byline = input.byline;
  if (input.outlet !== undefined) metadata.outlet = input.outlet;
  if (input.url !== undefined) metadata.url = input.url;
  if (input.lang !== undefined) metadata.lang = input.lang;
  if (input.published !== undefined) {
    metadata.published = input.published;
    metadata.publishedSource = 'input';
    metadata.publishedConfidence = 1;
  }
  const annotated = analyzeLanguage(createTextArticle(input.text ?? '', metadata));
  return { ...annotated, loaded: detectLoaded(annotated) };
}

/** Where `parallax extract` found a record's outlet (`outlet_source`, "press-release" for a release), if it says. */
function outletSourceOf(item: unknown): string | undefined {
  const value = (item as { outlet_source?: unknown }).outlet_source;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The id a story record gives an article (`id` as a string or number), if any. */
function givenId(item: unknown): string[] {
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? [String(id)] : [];
}

/**
 * An id for the article at `index` that gave none: its position (`3`), unless another article of the record
 * gave that id itself, which would make a valid story fail as a duplicate id the user never wrote.
 */
function positionalId(index: number, taken: Set<string>): string {
  let id = `${index + 1}`;
  for (let suffix = 2; taken.has(id); suffix++) id = `${index + 1}-${suffix}`;
  taken.add(id);
  return id;
}

/** A story record read whole: its id, its usable articles as one story, and those left out (`readStoryArticles`). */
export interface StoryRecord extends StoryArticles {
  id: string;
  story: Story;
}

/**
 * A `compare` / `summarize` line: the id (`storyRecordId`, `first` as there) and the usable articles
 * (`readStoryArticles`) as one story, keeping the copies and time order that clustering finds among them.
 */
export function readStoryRecord(value: unknown, source: string, first: 'story' | 'id'): StoryRecord {
  const read = readStoryArticles(value, source);
  const id = storyRecordId(value, source, first);
  const story = asOneStory(
    id,
    read.articles.map((article) => article.id),
    clusterArticles(read.articles).stories,
  );
  return { ...read, id, story };
}

/** The given articles as one story, keeping the copies and time order that clustering found among them. */
export function asOneStory(id: string, articleIds: readonly string[], clustered: readonly Story[]): Story {
  const timeline = clustered
    .flatMap((story) => story.timeline)
    .sort((a, b) => (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff'));
  return {
    id,
    articles:
      timeline.length === articleIds.length ? timeline.map((entry) => entry.article) : [...articleIds],
    copies: clustered.flatMap((story) => story.copies),
    timeline,
    merged: [],
  };
}

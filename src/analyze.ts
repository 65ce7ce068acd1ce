/**
 * The main job with a store: ingest inputs, process each article, add them to the stored story stream,
 * and (re)build the reports of every story the inputs touch. The store is optional: without one, the batch
 * is analysed in memory.
 */
import { recordLabel, type IngestItem } from './ingest/index.js';
import {
  InputError,
  asProcessingError,
  createIdAllocator,
  createIdLedger,
  inputContent,
  type Article,
  type ParallaxError,
  type Story,
  type StoryReport,
} from './model/index.js';
import { processInput, reportStory, type ReportOptions } from './pipeline.js';
import type { PutResult, Store } from './store/index.js';
import { clusterArticles, createStoryIndex, streamOrder, type StoryIndex } from './stories/index.js';

/** Articles are written to the store in batches of this many, one transaction each. */
const STORE_BATCH_SIZE = 50;

/**
 * How many times a run rereads the story stream when other writers keep moving it; the last attempt writes
 * whatever it built, so that a busy store slows a run down but never stops it.
 */
const MAX_STREAM_ATTEMPTS = 8;

export interface AnalysisOptions extends ReportOptions {
  /** Where articles, story assignments and reports are kept; omit for an in-memory run. */
  store?: Store;
  /**
   * Called for each input that could not be read or processed; the run goes on. `source` names the input as its
   * error does; for a record that names its own origin (an IngestItem with `at`), that is `origin (at)`, and
   * `origin` and `at` are given apart.
   */
  onError?: (failure: {
    source: string;
    origin?: string;
    at?: string;
    id?: string | undefined;
    error: ParallaxError;
  }) => void | Promise<void>;
  /**
   * Called after each article (stored, with a store). `processedId` is the id the per-article stages gave it,
   * before a second article under that id was renamed (`ID-v1`) in memory or by the store. `at` is the item's
   * `at`: where a record that names its own origin came in.
   */
  onArticle?: (
    article: Article,
    stored: PutResult | undefined,
    processedId: string,
    at: string | undefined,
  ) => void;
  /** Called after each story's report is built, with how many of the run's stories are done and their number. */
  onStory?: (done: number, total: number) => void;
  /**
   * Called with each story's report and articles before the report is stored or returned; the report it gives
   * back is kept (the CLI's optional LLM rewrite of the summary). It should not throw: a throw fails the run.
   */
  reviseReport?: (report: StoryReport, articles: readonly Article[]) => Promise<StoryReport>;
}

export interface AnalysisResult {
  /** Articles read in this run (already-stored ones included), in input order. */
  articles: Article[];
  /** Reports of the stories this run's articles belong to, in the order of their first article. */
  reports: StoryReport[];
  failures: number;
}

/**
 * Runs the whole job over ingested items.
 *
 * @example
 * const store = await openStore('parallax.db');
 * const { reports } = await runAnalysis(readInputs(['examples']), { store });
 */
export async function runAnalysis(
  items: AsyncIterable<IngestItem>,
  options: AnalysisOptions = {},
): Promise<AnalysisResult> {
  const { store } = options;
  const articles: Article[] = [];
  const processedIds: string[] = [];
  const arrivals: (string | undefined)[] = [];
  let failures = 0;
  let pending: number[] = [];
  const superseded: string[] = [];
  const ledger = createIdLedger();
  const claimId = createIdAllocator();

  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    const results = store ? await store.putArticles(batch.map((at) => articles[at] as Article)) : [];
    batch.forEach((at, index) => {
      const result = results[index];
      // The store may keep the article under another id (a new version of a known id, or the same content
      // stored before under its first id): cluster and report it under the id the store knows.
      if (result !== undefined && result.id !== articles[at]?.id) {
        articles[at] = { ...(articles[at] as Article), id: result.id };
      }
      if (result?.previous !== undefined) superseded.push(result.previous);
      options.onArticle?.(articles[at] as Article, result, processedIds[at] ?? '', arrivals[at]);
    });
  };

  for await (const item of items) {
    if (!item.ok) {
      failures++;
      await options.onError?.(item);
      continue;
    }
    // Errors name a record that names its own origin by that origin and where it came in: `x.html (stdin:4)`.
    const label = recordLabel(
      item.at === undefined ? undefined : item.input.source,
      item.at ?? item.input.source,
    );
    try {
      let article = processInput(item.input);
      if (article.text.trim() === '') {
        // A page with no article body (a menu, an error or consent page) or a text that was all page residue:
        // stored, it would be a story with no headline and no sentence, reported as added. The record verbs
        // refuse an empty `text` with the same code.
        throw new InputError(
          'missing-content',
          `${label}: no article text (${item.input.html === undefined ? 'nothing left after removing page residue' : 'no article body found in the page'}).`,
          {
            input: label,
            hint: 'Check that the page holds the article itself, not a menu, teaser or error page.',
          },
        );
      }
      const processedId = article.id;
      if (!store) {
        // The store gives a second article under a derived id its own `ID-vN`; in memory this does.
        const id = claimId(article.id, inputContent(item.input), item.input.id === undefined);
        if (id !== article.id) article = { ...article, id };
      }
      if (!store && item.input.id !== undefined) {
        // The store keeps a reused id as a separate article (`ID-v1`); in memory the later one would be
        // dropped without a word, so two different records under one id are reported instead.
        const claim = ledger.claim(article.id, label, article.text);
        if (claim.status === 'taken') {
          throw new InputError(claim.problem.code, claim.problem.message, {
            input: label,
            hint: 'Give each article its own id.',
          });
        }
      }
      processedIds.push(processedId);
      arrivals.push(item.at);
      pending.push(articles.push(article) - 1);
      if (pending.length >= STORE_BATCH_SIZE) await flush();
    } catch (error) {
      failures++;
      await options.onError?.({
        source: label,
        ...(item.at === undefined ? {} : { origin: item.input.source, at: item.at }),
        id: item.input.id,
        error: asProcessingError(error, label),
      });
    }
  }
  await flush();

  const unique = dedupe(articles);
  const reports = store
    ? await reportStored(store, unique, superseded, options)
    : await reportInMemory(unique, options);
  return { articles, reports, failures };
}

function dedupe(articles: readonly Article[]): Article[] {
  const seen = new Map<string, Article>();
  for (const article of articles) if (!seen.has(article.id)) seen.set(article.id, article);
  return [...seen.values()];
}

async function reportInMemory(
  articles: readonly Article[],
  options: AnalysisOptions,
): Promise<StoryReport[]> {
  const { stories } = clusterArticles(articles);
  const byId = new Map(articles.map((article) => [article.id, article]));
  const reports: StoryReport[] = [];
  for (const story of orderStories(stories, articles)) {
    const members = story.articles.flatMap((id) => byId.get(id) ?? []);
    reports.push(await revised(reportStory(story, members, options), members, options));
    options.onStory?.(reports.length, stories.length);
  }
  return reports;
}

/** The report as `options.reviseReport` gives it back, or as it is. */
function revised(
  report: StoryReport,
  articles: readonly Article[],
  options: AnalysisOptions,
): Promise<StoryReport> | StoryReport {
  return options.reviseReport ? options.reviseReport(report, articles) : report;
}

async function reportStored(
  store: Store,
  articles: readonly Article[],
  superseded: readonly string[],
  options: AnalysisOptions,
): Promise<StoryReport[]> {
  // Another writer (a second `analyze`, the server) may add to the stream between our reading it and writing
  // to it: each write is made only if the stream is where we read it, else we read it again and redo the step,
  // so that one event does not become two stories and no report leaves out an article another run added.
  for (let attempt = 1; ; attempt++) {
    const last = attempt >= MAX_STREAM_ATTEMPTS;
    const at = await store.streamPosition();
    const index = createStoryIndex();
    const stored = await store.loadAssignments();
    index.restore(
      stored.map((entry) => ({ assignment: entry.assignment, features: entry.features as never })),
      await store.loadMerges(),
    );
    const assigned = new Set(stored.map((entry) => entry.assignment.id));
    const added = addNew(index, articles, assigned);
    let built = at;
    if (added.length > 0) {
      const after = await store.putAssignments(
        added.map((assignment) => ({ assignment, features: index.features(assignment.id) ?? null })),
        index.merges(),
        last ? {} : { ifAt: at },
      );
      if (after === null) continue;
      built = after;
    }
    // Stories holding a version this run replaced are rebuilt too, so that no report keeps showing it.
    const touched = new Set([...articles.map((article) => article.id), ...superseded]);
    const stories = index.stories().filter((story) => story.articles.some((id) => touched.has(id)));
    const reports: StoryReport[] = [];
    for (const story of orderStories(stories, articles)) {
      const current = withoutIds(story, await store.supersededIds(story.articles));
      if (current.articles.length === 0) continue;
      const members = await store.getArticles(current.articles);
      reports.push(await revised(reportStory(current, members, options), members, options));
      options.onStory?.(reports.length, stories.length);
    }
    if (await store.putReports(reports, last ? {} : { ifAt: built })) return reports;
  }
}

function addNew(index: StoryIndex, articles: readonly Article[], assigned: ReadonlySet<string>) {
  return streamOrder(articles.filter((article) => !assigned.has(article.id))).map((article) =>
    index.add(article),
  );
}

/**
 * The story without the given articles (older versions of articles whose newer version is stored): the story
 * index keeps every version it was given, but a report shows each article once, as it now reads.
 */
function withoutIds(story: Story, ids: ReadonlySet<string>): Story {
  if (ids.size === 0) return story;
  return {
    ...story,
    articles: story.articles.filter((id) => !ids.has(id)),
    copies: story.copies.filter((copy) => !ids.has(copy.article) && !ids.has(copy.copyOf)),
    timeline: story.timeline.filter((entry) => !ids.has(entry.article)),
  };
}

/** Stories in the input order of their first article, so output follows what the user gave. */
function orderStories(stories: readonly Story[], articles: readonly Article[]): Story[] {
  const position = new Map(articles.map((article, index) => [article.id, index]));
  const first = (story: Story): number =>
    Math.min(...story.articles.map((id) => position.get(id) ?? Infinity));
  return [...stories].sort((a, b) => first(a) - first(b));
}

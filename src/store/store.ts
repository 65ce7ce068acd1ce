/**
 * The `Store` contract: where articles, clustering state and story reports are kept between runs. One
 * interface, two backends (SQLite embedded, PostgreSQL), both checked by `test/store-conformance.ts`.
 * Every method is async so that both backends fit; every failure is a `StoreError` naming the database.
 */
import type { Article, Assignment, StoryMerge, StoryReport } from '../model/index.js';

/** What `putArticles` did with one article. */
export type PutStatus = 'added' | 'unchanged' | 'new-version';

/** The outcome of storing one article, in input order. */
export interface PutResult {
  /** The id the article is stored under (the stored article with the same content, for `unchanged`). */
  id: string;
  /** The logical key versions share: `canonicalUrl ?? url ?? source`. */
  key: string;
  /** 1 for the first version of a key, n + 1 for each changed version after. */
  version: number;
  status: PutStatus;
  /** For `new-version`: the id of the version it supersedes. */
  previous?: string;
}

/** One stored clustering decision plus the stories stage's opaque state for it. */
export interface StoredAssignment {
  assignment: Assignment;
  /** Whatever the stories stage needs to resume (JSON-serialisable); stored and returned as is. */
  features: unknown;
  /**
   * A digest of the article text the assignment was made for, when the caller gave one: lets a later run tell a
   * repeated article from a different one under the same id. Absent on rows stored without it.
   */
  digest?: string;
}

/** One line of the story list. */
export interface StorySummary {
  id: string;
  headline: string;
  /** Number of articles in the story. */
  articles: number;
  /** As the report's `coverage`: outlets' reporting, press releases not counted. */
  independentSources: number;
  /** The story's press releases, counted apart (as `coverage.pressReleases`); absent when it has none. */
  pressReleases?: number;
  /** Distinct outlets, in the report's article order. */
  outlets: string[];
  /** Earliest and latest article dates (ISO), absent when no article has one. */
  published: { first?: string; last?: string };
}

/** A write made only if the story stream has not moved since the caller read it (`Store.streamPosition`). */
export interface ConditionalWrite {
  ifAt?: string;
}

/** Paging for `listArticles`. */
export interface ListArticlesOptions {
  /** At most this many (default 100). */
  limit?: number;
  /** Skip this many first (default 0). */
  offset?: number;
}

/** Paging for `listStories`. */
export interface ListStoriesOptions {
  /** At most this many (default: all). */
  limit?: number;
  /** Skip this many first, counted in the list as shown (merged-away stories not counted); default 0. */
  offset?: number;
}

/** Options for `openStore`. */
export interface StoreOptions {
  /** PostgreSQL only: the schema to use (created if missing); default `public`. */
  schema?: string;
  /**
   * Apply migrations only up to this schema version (default: the newest). For tests that build an older
   * database and check that a later open migrates it.
   */
  migrateTo?: number;
}

/** The persistent store behind `parallax ingest`, `analyze` and `serve`. */
export interface Store {
  /** `sqlite:/path/to.db` or `postgres://host/db` (password removed): for messages. */
  readonly location: string;
  /**
   * Stores a batch in one transaction: either all of it is stored or none. Idempotent: the same content again
   * is `unchanged` (same raw text, whitespace folded, under the same key or with the same outlet, URL, title,
   * date and byline; when it comes back under the same id with different annotations, the stored annotations
   * are refreshed). The same text from another outlet or URL is another article (`added`, under `ID-vN` when
   * its id is taken); changed content under a known key is a `new-version` (the old version is kept). Results
   * are in input order.
   */
  putArticles(articles: readonly Article[]): Promise<PutResult[]>;
  /** One article by id (any version), or null when no article has that id. */
  getArticle(id: string): Promise<Article | null>;
  /** The articles with these ids, in the order asked; ids not stored are left out. */
  getArticles(ids: readonly string[]): Promise<Article[]>;
  /** Those of these ids whose article has a newer stored version (ids not stored are not in the set). */
  supersededIds(ids: readonly string[]): Promise<Set<string>>;
  /** Number of logical articles (keys), each counted once however many versions it has. */
  countArticles(): Promise<number>;
  /** The newest version of each key, in the order they were first stored. */
  listArticles(options?: ListArticlesOptions): Promise<Article[]>;
  /**
   * Where the story stream stands: an opaque token that changes whenever an assignment or a merge is added. A
   * writer that clusters or reports from what it loaded passes the token it read before loading as `ifAt`, so that
   * a write made meanwhile by another process (another `analyze`, the server) is not overwritten by a stale view.
   */
  streamPosition(): Promise<string>;
  /**
   * Saves clustering decisions (upserted by article id) and story merges, in one transaction, and returns the
   * stream position after them. With `ifAt`, writes only if the stream is still there, else writes nothing and
   * returns null (reload and cluster again).
   */
  putAssignments(
    entries: readonly StoredAssignment[],
    merges: readonly StoryMerge[],
    options?: ConditionalWrite,
  ): Promise<string | null>;
  /** Every stored assignment, in the order first stored, so a restarted process can resume clustering. */
  loadAssignments(): Promise<StoredAssignment[]>;
  /** Every recorded merge, in the order recorded. */
  loadMerges(): Promise<StoryMerge[]>;
  /**
   * Saves reports (upserted by story id) in one transaction. With `ifAt`, writes only if the stream is still at
   * that position (the reports were built from all of it), else writes nothing and returns false.
   */
  putReports(reports: readonly StoryReport[], options?: ConditionalWrite): Promise<boolean>;
  /**
   * The report for a story id, following merges so that old ids stay resolvable (the returned report's
   * `story` is then the id it was merged into); null when neither the id nor its merge target has a report.
   */
  getReport(storyId: string): Promise<StoryReport | null>;
  /**
   * One summary per current story (merged-away stories left out), latest news first; `limit` and `offset` page
   * through that list.
   */
  listStories(options?: ListStoriesOptions): Promise<StorySummary[]>;
  /** The schema version the database is at. */
  schemaVersion(): Promise<number>;
  /** Closes the connection; later calls throw a `StoreError`. Calling it twice is harmless. */
  close(): Promise<void>;
}

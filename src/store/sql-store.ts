import { createHash } from 'node:crypto';
import type { Article, StoryMerge, StoryReport } from '../model/index.js';
import { ParallaxError, StoreError, describeValue } from '../model/index.js';
import { currentSchemaVersion } from './migrations.js';
import type { SqlConnection, SqlDriver, SqlValue } from './sql-driver.js';
import type {
  ConditionalWrite,
  ListArticlesOptions,
  ListStoriesOptions,
  PutResult,
  Store,
  StoredAssignment,
  StorySummary,
} from './store.js';

/** Default page size of `listArticles`. */
const DEFAULT_LIST_LIMIT = 100;
/** Ids per `IN (...)` query: well under SQLite's 32,766 bound-parameter limit and PostgreSQL's 65,535. */
const IDS_PER_QUERY = 500;
/** Merge chains longer than this are a cycle or corruption, not real history. */
const MAX_MERGE_HOPS = 1_000;

interface ArticleRow {
  id: string;
  article_key: string;
  version: number;
  content_hash: string;
  body: string;
}

/** Rows of the story list read per query while paging through it. */
const LIST_STORIES_CHUNK = 500;

interface StoryRow {
  story_id: string;
  headline: string;
  article_count: number;
  independent_sources: number;
  press_releases: number;
  outlets: string;
  first_published: string | null;
  last_published: string | null;
}

function toStorySummary(row: StoryRow): StorySummary {
  const published: StorySummary['published'] = {};
  if (row.first_published !== null) published.first = row.first_published;
  if (row.last_published !== null) published.last = row.last_published;
  const pressReleases = Number(row.press_releases);
  return {
    id: row.story_id,
    headline: row.headline,
    articles: Number(row.article_count),
    independentSources: Number(row.independent_sources),
    ...(pressReleases > 0 ? { pressReleases } : {}),
    outlets: JSON.parse(row.outlets) as string[],
    published,
  };
}

/** The article's logical key: versions of one article share it. */
export function articleKey(article: Article): string {
  return article.canonicalUrl ?? article.url ?? article.source;
}

/**
 * True when a stored row of the same content is this input again rather than another outlet's or URL's
 * article of the same text (a wire story run word for word, which the in-memory run keeps apart with
 * `inputContent` too). The same key (URL, or file or JSONL line) is the same input, whatever a newer extractor
 * now finds in it; under another key (the file copied elsewhere), it is the same input when the metadata that
 * tells one outlet's article from another's agrees.
 */
function isSameInput(row: ArticleRow, article: Article, key: string): boolean {
  if (row.article_key === key) return true;
  const stored = JSON.parse(row.body) as Partial<Article>;
  return (
    stored.outlet === article.outlet &&
    (stored.canonicalUrl ?? stored.url) === (article.canonicalUrl ?? article.url) &&
    stored.title === article.title &&
    stored.published === article.published &&
    stored.byline === article.byline
  );
}

/**
 * The identity of an article's content: SHA-256 of its raw input with whitespace folded (as `contentId` does),
 * so re-ingesting the same file is `unchanged` even when a newer extractor annotates it differently.
 */
export function contentHash(article: Article): string {
  const normalised = article.raw.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalised, 'utf8').digest('hex');
}

/**
 * True for an id or key a stored row can have: PostgreSQL TEXT cannot hold NUL, so `putArticles` refuses one
 * with NUL on every backend and a lookup by such an id finds nothing (instead of failing on PostgreSQL).
 */
function isStorableKey(value: string): boolean {
  return !value.includes('\0');
}

/** Throws a `store-bad-argument` naming `method` when `id` is not a string (a JavaScript caller's slip). */
function checkId(method: string, id: unknown): asserts id is string {
  if (typeof id !== 'string') {
    throw new StoreError(
      'store-bad-argument',
      `${method}: an id must be a string, got ${describeValue(id)}.`,
    );
  }
}

/** PostgreSQL TEXT cannot hold NUL; the listing columns drop it (the JSON body escapes it and keeps it). */
function column(value: string | undefined): string | null {
  return value === undefined ? null : value.replace(/\0/g, '');
}

/** A `Store` over any `SqlDriver`: all the SQL of the store's contract, written once for both backends. */
export class SqlStore implements Store {
  readonly location: string;
  private readonly db: SqlDriver;
  private closed = false;

  constructor(db: SqlDriver, location: string) {
    this.db = db;
    this.location = location;
  }

  async putArticles(articles: readonly Article[]): Promise<PutResult[]> {
    const given: unknown = articles;
    if (!Array.isArray(given)) {
      throw new StoreError(
        'store-bad-argument',
        `putArticles: expected an array of articles, got ${describeValue(articles)}.`,
      );
    }
    articles.forEach((article, index) => this.checkArticle(article, index));
    if (articles.length === 0) return [];
    return this.guard('store articles', 'store-write', () =>
      this.db.writeTransaction((tx) => this.putBatch(tx, articles)),
    );
  }

  getArticle(id: string): Promise<Article | null> {
    return this.guard('read an article', 'store-read', async () => {
      checkId('getArticle', id);
      if (!isStorableKey(id)) return null;
      const rows = await this.db.all<{ body: string }>('SELECT body FROM articles WHERE id = ?', [id]);
      const row = rows[0];
      return row === undefined ? null : (JSON.parse(row.body) as Article);
    });
  }

  getArticles(ids: readonly string[]): Promise<Article[]> {
    return this.guard('read articles', 'store-read', async () => {
      const given: unknown = ids;
      if (!Array.isArray(given)) {
        throw new StoreError(
          'store-bad-argument',
          `getArticles: expected an array of ids, got ${describeValue(ids)}.`,
        );
      }
      ids.forEach((id) => checkId('getArticles', id));
      const found = new Map<string, Article>();
      const unique = [...new Set(ids)].filter(isStorableKey);
      for (let start = 0; start < unique.length; start += IDS_PER_QUERY) {
        const chunk = unique.slice(start, start + IDS_PER_QUERY);
        const rows = await this.db.all<{ id: string; body: string }>(
          `SELECT id, body FROM articles WHERE id IN (${chunk.map(() => '?').join(', ')})`,
          chunk,
        );
        for (const row of rows) found.set(row.id, JSON.parse(row.body) as Article);
      }
      return ids.flatMap((id) => {
        const article = found.get(id);
        return article === undefined ? [] : [article];
      });
    });
  }

  supersededIds(ids: readonly string[]): Promise<Set<string>> {
    return this.guard('read article versions', 'store-read', async () => {
      const rows = await selectIn<{ id: string }>(
        this.db,
        'SELECT id FROM articles WHERE is_latest = 0 AND id IN',
        ids.filter(isStorableKey),
      );
      return new Set(rows.map((row) => row.id));
    });
  }

  countArticles(): Promise<number> {
    return this.guard('count articles', 'store-read', async () => {
      const rows = await this.db.all<{ count: number | string }>(
        'SELECT COUNT(*) AS count FROM articles WHERE is_latest = 1',
      );
      return Number(rows[0]?.count ?? 0);
    });
  }

  async listArticles(options: ListArticlesOptions = {}): Promise<Article[]> {
    const limit = options.limit ?? DEFAULT_LIST_LIMIT;
    const offset = options.offset ?? 0;
    for (const [name, value] of [
      ['limit', limit],
      ['offset', offset],
    ] as const) {
      if (!Number.isSafeInteger(value) || value < 0) {
        throw new StoreError(
          'store-bad-argument',
          `listArticles: ${name} must be a whole number >= 0, got ${value}.`,
        );
      }
    }
    return this.guard('list articles', 'store-read', async () => {
      const rows = await this.db.all<{ body: string }>(
        'SELECT body FROM articles WHERE is_latest = 1 ORDER BY seq LIMIT ? OFFSET ?',
        [limit, offset],
      );
      return rows.map((row) => JSON.parse(row.body) as Article);
    });
  }

  streamPosition(): Promise<string> {
    return this.guard('read the story stream position', 'store-read', () => this.positionIn(this.db));
  }

  async putAssignments(
    entries: readonly StoredAssignment[],
    merges: readonly StoryMerge[],
    options: ConditionalWrite = {},
  ): Promise<string | null> {
    entries.forEach((entry, index) => {
      const assignment = entry.assignment as Partial<StoredAssignment['assignment']> | undefined;
      if (typeof assignment?.id !== 'string' || typeof assignment.story !== 'string') {
        throw new StoreError(
          'store-bad-argument',
          `putAssignments: entry ${index} has no string assignment.id and assignment.story.`,
          { hint: 'Pass the assignments the stories stage returned.' },
        );
      }
    });
    return this.guard('store clustering state', 'store-write', () =>
      this.db.writeTransaction(async (tx) => {
        // Checked under the write lock: another writer's assignments cannot land between this check and ours.
        if (options.ifAt !== undefined && (await this.positionIn(tx)) !== options.ifAt) return null;
        let seq = await this.maxSeq(tx, 'assignments');
        for (const { assignment, features, digest } of entries) {
          await tx.run(
            `INSERT INTO assignments (article_id, seq, story_id, copy_of, score, features, text_digest)
             VALUES (?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, copy_of = excluded.copy_of,
               score = excluded.score, features = excluded.features,
               text_digest = COALESCE(excluded.text_digest, assignments.text_digest)`,
            [
              assignment.id,
              ++seq,
              assignment.story,
              assignment.copyOf ?? null,
              assignment.score ?? null,
              JSON.stringify(features ?? null),
              digest ?? null,
            ],
          );
        }
        let mergeSeq = await this.maxSeq(tx, 'story_merges');
        for (const merge of merges) {
          await tx.run(
            `INSERT INTO story_merges (from_story, into_story, article_id, seq) VALUES (?, ?, ?, ?)
             ON CONFLICT (from_story, into_story, article_id) DO NOTHING`,
            [merge.from, merge.into, merge.article, ++mergeSeq],
          );
        }
        return this.positionIn(tx);
      }),
    );
  }

  loadAssignments(): Promise<StoredAssignment[]> {
    return this.guard('read clustering state', 'store-read', async () => {
      const rows = await this.db.all<{
        article_id: string;
        story_id: string;
        copy_of: string | null;
        score: number | null;
        features: string;
        text_digest: string | null;
      }>('SELECT article_id, story_id, copy_of, score, features, text_digest FROM assignments ORDER BY seq');
      return rows.map((row) => {
        const assignment: StoredAssignment['assignment'] = { id: row.article_id, story: row.story_id };
        if (row.copy_of !== null) assignment.copyOf = row.copy_of;
        if (row.score !== null) assignment.score = Number(row.score);
        const entry: StoredAssignment = { assignment, features: JSON.parse(row.features) as unknown };
        if (row.text_digest !== null) entry.digest = row.text_digest;
        return entry;
      });
    });
  }

  loadMerges(): Promise<StoryMerge[]> {
    return this.guard('read story merges', 'store-read', async () => {
      const rows = await this.db.all<{ from_story: string; into_story: string; article_id: string }>(
        'SELECT from_story, into_story, article_id FROM story_merges ORDER BY seq',
      );
      return rows.map((row) => ({ from: row.from_story, into: row.into_story, article: row.article_id }));
    });
  }

  async putReports(reports: readonly StoryReport[], options: ConditionalWrite = {}): Promise<boolean> {
    reports.forEach((report, index) => {
      const candidate = report as Partial<StoryReport> | undefined;
      if (typeof candidate?.story !== 'string' || !Array.isArray(candidate.articles)) {
        throw new StoreError(
          'store-bad-argument',
          `putReports: report ${index} has no string story and articles list.`,
          {
            hint: 'Pass the StoryReport objects the summary stage returned.',
          },
        );
      }
    });
    return this.guard('store reports', 'store-write', () =>
      this.db.writeTransaction(async (tx) => {
        if (options.ifAt !== undefined && (await this.positionIn(tx)) !== options.ifAt) return false;
        const updatedAt = new Date().toISOString();
        for (const report of reports) {
          const dates = sortDates(report.articles.map((article) => article.published));
          const outlets = [
            ...new Set(report.articles.flatMap((article) => (article.outlet ? [article.outlet] : []))),
          ];
          await tx.run(
            `INSERT INTO reports (story_id, headline, article_count, independent_sources, press_releases, outlets,
               first_published, last_published, last_published_utc, updated_at, body)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (story_id) DO UPDATE SET headline = excluded.headline,
               article_count = excluded.article_count, independent_sources = excluded.independent_sources,
               press_releases = excluded.press_releases, outlets = excluded.outlets, first_published = excluded.first_published,
               last_published = excluded.last_published, last_published_utc = excluded.last_published_utc,
               updated_at = excluded.updated_at, body = excluded.body`,
            [
              report.story,
              column(report.headline.text) ?? '',
              report.coverage.articles,
              report.coverage.independentSources,
              report.coverage.pressReleases ?? 0,
              JSON.stringify(outlets),
              column(dates[0]?.given),
              column(dates[dates.length - 1]?.given),
              column(dates.findLast((date) => date.utc !== undefined)?.utc),
              updatedAt,
              JSON.stringify(report),
            ],
          );
        }
        return true;
      }),
    );
  }

  getReport(storyId: string): Promise<StoryReport | null> {
    return this.guard('read a report', 'store-read', async () => {
      checkId('getReport', storyId);
      if (!isStorableKey(storyId)) return null;
      const resolved = await this.resolveStory(storyId);
      for (const id of resolved === storyId ? [storyId] : [resolved, storyId]) {
        const rows = await this.db.all<{ body: string }>('SELECT body FROM reports WHERE story_id = ?', [id]);
        const row = rows[0];
        if (row !== undefined) return JSON.parse(row.body) as StoryReport;
      }
      return null;
    });
  }

  async listStories(options: ListStoriesOptions = {}): Promise<StorySummary[]> {
    const limit = options.limit ?? Infinity;
    const offset = options.offset ?? 0;
    for (const [name, value, allowInfinity] of [
      ['limit', limit, options.limit === undefined],
      ['offset', offset, false],
    ] as const) {
      if (!(allowInfinity || Number.isSafeInteger(value)) || !(value >= 0)) {
        throw new StoreError(
          'store-bad-argument',
          `listStories: ${name} must be a whole number >= 0, got ${describeValue(value)}.`,
        );
      }
    }
    return this.guard('list stories', 'store-read', async () => {
      const merges = await this.loadMerges();
      const into = mergeTargets(merges);
      const targets = [...new Set(merges.map((merge) => followMerges(merge.from, into)))];
      const withReport = new Set(
        (
          await selectIn<{ story_id: string }>(
            this.db,
            'SELECT story_id FROM reports WHERE story_id IN',
            targets,
          )
        ).map((row) => row.story_id),
      );
      // A story merged into another that has its own report is shown through that one.
      const isShown = (storyId: string): boolean => {
        const target = followMerges(storyId, into);
        return target === storyId || !withReport.has(target);
      };
      // Read the list in SQL pages and count only the stories shown, so that `offset` counts what a client saw;
      // a page reads no more rows than it skips and returns (plus the merged-away ones among them).
      const stories: StorySummary[] = [];
      let skipped = 0;
      for (let start = 0; stories.length < limit; start += LIST_STORIES_CHUNK) {
        const rows = await this.db.all<StoryRow>(
          `SELECT story_id, headline, article_count, independent_sources, press_releases, outlets, first_published,
             last_published
           FROM reports ORDER BY last_published_utc DESC NULLS LAST, article_count DESC, story_id
           LIMIT ? OFFSET ?`,
          [LIST_STORIES_CHUNK, start],
        );
        for (const row of rows) {
          if (stories.length >= limit) break;
          if (!isShown(row.story_id)) continue;
          if (skipped < offset) skipped++;
          else stories.push(toStorySummary(row));
        }
        if (rows.length < LIST_STORIES_CHUNK) break;
      }
      return stories;
    });
  }

  schemaVersion(): Promise<number> {
    return this.guard('read the schema version', 'store-read', () => currentSchemaVersion(this.db));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.db.close();
  }

  /**
   * Stores one batch inside its transaction. What the batch needs to know about stored articles (same content,
   * latest version per key, taken ids) is read in a few `IN (...)` queries up front and kept current in memory
   * as the batch goes, so each article costs one INSERT instead of four round trips (PostgreSQL: ~3x faster).
   */
  private async putBatch(tx: SqlConnection, articles: readonly Article[]): Promise<PutResult[]> {
    const prepared = articles.map((article) => ({
      article,
      key: articleKey(article),
      hash: contentHash(article),
    }));
    // Every stored row of each content, oldest first: the same text can be stored once per outlet or URL.
    const byHash = new Map<string, ArticleRow[]>();
    for (const row of await selectIn<ArticleRow>(
      tx,
      'SELECT id, article_key, version, content_hash, body FROM articles WHERE content_hash IN',
      prepared.map((item) => item.hash),
      'ORDER BY seq',
    )) {
      const rows = byHash.get(row.content_hash);
      if (rows === undefined) byHash.set(row.content_hash, [row]);
      else rows.push(row);
    }
    const latestByKey = new Map<string, { id: string; version: number }>();
    for (const row of await selectIn<{ id: string; article_key: string; version: number }>(
      tx,
      'SELECT id, article_key, version FROM articles WHERE is_latest = 1 AND article_key IN',
      prepared.map((item) => item.key),
    )) {
      latestByKey.set(row.article_key, { id: row.id, version: Number(row.version) });
    }
    const takenIds = new Set(
      (
        await selectIn<{ id: string }>(
          tx,
          'SELECT id FROM articles WHERE id IN',
          prepared.map((item) => item.article.id),
        )
      ).map((row) => row.id),
    );
    let seq = await this.maxSeq(tx, 'articles');
    const storedAt = new Date().toISOString();
    const results: PutResult[] = [];
    for (const { article, key, hash } of prepared) {
      const sameHash = byHash.get(hash) ?? [];
      // Prefer the row whose id the input repeats, then the first stored: matches what replays expect.
      const existing =
        sameHash.find((row) => row.id === article.id && isSameInput(row, article, key)) ??
        sameHash.find((row) => isSameInput(row, article, key));
      if (existing !== undefined) {
        // Same content: keep one article, but refresh its annotations when the same version comes back
        // analysed differently (a newer extractor), so stored findings do not go stale.
        if (existing.id === article.id) {
          const body = JSON.stringify(article);
          if (body !== existing.body) {
            await tx.run('UPDATE articles SET body = ?, outlet = ?, title = ?, published = ? WHERE id = ?', [
              body,
              column(article.outlet),
              column(article.title),
              column(article.published),
              article.id,
            ]);
            existing.body = body;
          }
        }
        results.push({
          id: existing.id,
          key: existing.article_key,
          version: Number(existing.version),
          status: 'unchanged',
        });
        continue;
      }
      const latest = latestByKey.get(key);
      const version = latest === undefined ? 1 : latest.version + 1;
      const id = await freeId(tx, article.id, version, takenIds);
      if (latest !== undefined) await tx.run('UPDATE articles SET is_latest = 0 WHERE id = ?', [latest.id]);
      const body = JSON.stringify(id === article.id ? article : { ...article, id });
      const params: SqlValue[] = [
        id,
        key,
        version,
        hash,
        ++seq,
        column(article.outlet),
        column(article.title),
        column(article.published),
        column(article.source) ?? '',
        storedAt,
        body,
      ];
      await tx.run(
        `INSERT INTO articles (id, article_key, version, is_latest, content_hash, seq, outlet, title, published, source,
           stored_at, body) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)`,
        params,
      );
      takenIds.add(id);
      latestByKey.set(key, { id, version });
      const row = { id, article_key: key, version, content_hash: hash, body };
      byHash.set(hash, [...(byHash.get(hash) ?? []), row]);
      results.push(
        latest === undefined
          ? { id, key, version, status: 'added' }
          : { id, key, version, status: 'new-version', previous: latest.id },
      );
    }
    return results;
  }

  /**
   * The story stream's position: assignments and merges are only ever added with a higher `seq` (an upsert of a
   * known article keeps its row's), so the two highest `seq`s move whenever either grows.
   */
  private async positionIn(connection: SqlConnection): Promise<string> {
    return `${await this.maxSeq(connection, 'assignments')}:${await this.maxSeq(connection, 'story_merges')}`;
  }

  private async maxSeq(
    tx: SqlConnection,
    table: 'articles' | 'assignments' | 'story_merges',
  ): Promise<number> {
    const rows = await tx.all<{ seq: number | string | null }>(`SELECT MAX(seq) AS seq FROM ${table}`);
    return Number(rows[0]?.seq ?? 0);
  }

  private async resolveStory(storyId: string): Promise<string> {
    let current = storyId;
    const seen = new Set([current]);
    for (let hop = 0; hop < MAX_MERGE_HOPS; hop++) {
      const rows = await this.db.all<{ into_story: string }>(
        'SELECT into_story FROM story_merges WHERE from_story = ? ORDER BY seq DESC LIMIT 1',
        [current],
      );
      const next = rows[0]?.into_story;
      if (next === undefined || seen.has(next)) return current;
      seen.add(next);
      current = next;
    }
    return current;
  }

  private checkArticle(article: Article, index: number): void {
    const candidate = article as Partial<Article> | null | undefined;
    const problems: string[] = [];
    if (typeof candidate?.id !== 'string' || candidate.id === '') problems.push('a non-empty string `id`');
    if (typeof candidate?.source !== 'string') problems.push('a string `source`');
    if (typeof candidate?.raw !== 'string') problems.push('a string `raw`');
    for (const field of ['id', 'source', 'url', 'canonicalUrl'] as const) {
      const value = candidate?.[field];
      if (typeof value === 'string' && !isStorableKey(value))
        problems.push(`\`${field}\` without NUL characters`);
    }
    if (problems.length > 0) {
      throw new StoreError(
        'store-bad-article',
        `putArticles: article ${index}${typeof candidate?.source === 'string' ? ` (${candidate.source})` : ''} ` +
          `needs ${problems.join(', ')}; nothing in this batch was stored.`,
        { hint: 'Pass articles built by extract (or createArticle from src/model).' },
      );
    }
  }

  private async guard<T>(action: string, code: string, fn: () => Promise<T>): Promise<T> {
    if (this.closed) {
      throw new StoreError('store-closed', `Cannot ${action}: the ${this.db.label} is closed.`, {
        hint: 'Open it again with openStore().',
      });
    }
    try {
      return await fn();
    } catch (error) {
      throw toStoreError(error, `Could not ${action} in the ${this.db.label}`, code);
    }
  }
}

/**
 * The id to store a new article or version under: its own, unless another article already holds it (an input
 * that reuses one `id` for edited text, or another outlet's copy of one text under the id derived from it),
 * then an `<id>-vN` so that neither is overwritten.
 */
async function freeId(
  tx: SqlConnection,
  id: string,
  version: number,
  taken: ReadonlySet<string>,
): Promise<string> {
  if (!taken.has(id)) return id;
  for (let attempt = 0; ; attempt++) {
    // A first version (another outlet's or URL's article under a used id) takes the next free `ID-vN`, as
    // `createIdAllocator` names it in memory; a later version is `ID-v<version>`, suffixed if that is taken.
    const candidate =
      version === 1 ? `${id}-v${attempt + 1}` : `${id}-v${version}${attempt === 0 ? '' : `-${attempt}`}`;
    if (taken.has(candidate)) continue;
    const rows = await tx.all<{ id: string }>('SELECT id FROM articles WHERE id = ?', [candidate]);
    if (rows.length === 0) return candidate;
  }
}

/** Runs `prefix (?, ?, ...) suffix` over `values` in chunks, concatenating the rows. */
async function selectIn<Row>(
  tx: SqlConnection,
  prefix: string,
  values: readonly string[],
  suffix = '',
): Promise<Row[]> {
  const unique = [...new Set(values)];
  const rows: Row[] = [];
  for (let start = 0; start < unique.length; start += IDS_PER_QUERY) {
    const chunk = unique.slice(start, start + IDS_PER_QUERY);
    rows.push(...(await tx.all<Row>(`${prefix} (${chunk.map(() => '?').join(', ')}) ${suffix}`, chunk)));
  }
  return rows;
}

/** Wraps a binding's error into a `StoreError` with a suggested fix; ParallaxErrors pass through. */
export function toStoreError(error: unknown, what: string, code: string): ParallaxError {
  if (error instanceof ParallaxError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const errorCode = (error as { code?: unknown } | null)?.code;
  return new StoreError(code, `${what}: ${message}.`, { hint: hintFor(errorCode, message), cause: error });
}

function hintFor(code: unknown, message: string): string {
  switch (code) {
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return 'Another process is writing to it; wait for it to finish and retry.';
    case 'SQLITE_NOTADB':
    case 'SQLITE_CORRUPT':
      return 'The file is not a Parallax SQLite database; point --db (or PARALLAX_DB) at another file.';
    case 'SQLITE_CANTOPEN':
    case 'SQLITE_READONLY':
    case 'SQLITE_IOERR':
    case 'SQLITE_FULL':
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
    case 'ENOENT':
    case 'ENOTDIR':
    case 'EEXIST':
      return 'Check that the folder exists, is writable and has free space, or choose another path with --db PATH or PARALLAX_DB.';
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'ETIMEDOUT':
      return 'Check that PostgreSQL is running and the URL (host, port, database) is right.';
    case '28P01':
    case '28000':
      return 'Check the user and password in the PostgreSQL URL.';
    case '3D000':
      return 'Create the database first (createdb NAME) or fix its name in the URL.';
    default:
      if (/timeout/i.test(message))
        return 'Check that PostgreSQL is running and reachable from this machine.';
      return 'If the database was changed by hand, restore it from a backup or point --db at a fresh file.';
  }
}

/**
 * Article dates in time order, each as given and in UTC. Dates that do not parse keep their text and sort
 * after the parsed ones, by text.
 */
function sortDates(values: readonly (string | undefined)[]): { given: string; utc: string | undefined }[] {
  const dates = values.flatMap((given) => {
    if (typeof given !== 'string' || given === '') return [];
    const time = Date.parse(given);
    return [{ given, time, utc: Number.isNaN(time) ? undefined : new Date(time).toISOString() }];
  });
  return dates.sort((a, b) => {
    if (Number.isNaN(a.time) !== Number.isNaN(b.time)) return Number.isNaN(a.time) ? 1 : -1;
    if (!Number.isNaN(a.time) && a.time !== b.time) return a.time - b.time;
    return a.given < b.given ? -1 : a.given > b.given ? 1 : 0;
  });
}

function mergeTargets(merges: readonly StoryMerge[]): Map<string, string> {
  const into = new Map<string, string>();
  for (const merge of merges) into.set(merge.from, merge.into);
  return into;
}

function followMerges(storyId: string, into: ReadonlyMap<string, string>): string {
  let current = storyId;
  const seen = new Set([current]);
  for (let next = into.get(current); next !== undefined && !seen.has(next); next = into.get(current)) {
    seen.add(next);
    current = next;
  }
  return current;
}

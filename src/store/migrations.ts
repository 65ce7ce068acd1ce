import type { SqlConnection, SqlDialect, SqlDriver } from './sql-driver.js';

/** One numbered schema change. Versions start at 1 and never change once released: add a new one instead. */
export interface Migration {
  version: number;
  name: string;
  /** The statements, in order; the same SQL for both dialects unless `dialect` is consulted. */
  statements: (dialect: SqlDialect) => string[];
}

/** Every migration, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles',
    statements: () => [
      // `body` is the full Article JSON; the other columns are copies for lookups and listings.
      // `content_hash` is a SHA-256 of the raw input: equal hash = same article, whatever the id says.
      `CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        article_key TEXT NOT NULL,
        version INTEGER NOT NULL,
        is_latest INTEGER NOT NULL,
        content_hash TEXT NOT NULL,
        seq INTEGER NOT NULL,
        outlet TEXT,
        title TEXT,
        published TEXT,
        source TEXT NOT NULL,
        stored_at TEXT NOT NULL,
        body TEXT NOT NULL,
        UNIQUE (article_key, version)
      )`,
      'CREATE INDEX articles_content_hash ON articles (content_hash)',
      'CREATE INDEX articles_latest_seq ON articles (is_latest, seq)',
      'CREATE INDEX articles_published ON articles (published)',
    ],
  },
  {
    version: 2,
    name: 'clustering state',
    statements: () => [
      `CREATE TABLE assignments (
        article_id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL,
        story_id TEXT NOT NULL,
        copy_of TEXT,
        score DOUBLE PRECISION,
        features TEXT NOT NULL
      )`,
      'CREATE INDEX assignments_seq ON assignments (seq)',
      'CREATE INDEX assignments_story ON assignments (story_id)',
      `CREATE TABLE story_merges (
        from_story TEXT NOT NULL,
        into_story TEXT NOT NULL,
        article_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        PRIMARY KEY (from_story, into_story, article_id)
      )`,
      'CREATE INDEX story_merges_from ON story_merges (from_story, seq)',
    ],
  },
  {
    version: 3,
    name: 'reports',
    statements: () => [
      `CREATE TABLE reports (
        story_id TEXT PRIMARY KEY,
        headline TEXT NOT NULL,
        article_count INTEGER NOT NULL,
        independent_sources INTEGER NOT NULL,
        outlets TEXT NOT NULL,
        first_published TEXT,
        last_published TEXT,
        updated_at TEXT NOT NULL,
        body TEXT NOT NULL
      )`,
      'CREATE INDEX reports_last_published ON reports (last_published)',
    ],
  },
  {
    version: 4,
    name: 'reports in time order',
    statements: () => [
      // Dates keep the offset the outlet gave (`+01:00`), so comparing them as text misorders stories across
      // time zones; this column holds the latest date in UTC for ordering. Rows from before stay NULL (listed
      // last) until their story is reported again.
      'ALTER TABLE reports ADD COLUMN last_published_utc TEXT',
      'CREATE INDEX reports_last_published_utc ON reports (last_published_utc)',
    ],
  },
  {
    version: 5,
    name: 'assignment text digests',
    statements: () => [
      // A digest of the text each assignment was made for, so that a later run can tell the same article sent
      // again (answered with its stored assignment) from a different article reusing the id (refused). Rows from
      // before stay NULL: their text is not known, so they are not checked.
      'ALTER TABLE assignments ADD COLUMN text_digest TEXT',
    ],
  },
  {
    version: 6,
    name: 'press releases in the story list',
    statements: (dialect) => [
      // The story list counts a story's press releases apart from its independent sources, as its report does.
      // Rows from before take the count from the report they store (absent there: none).
      'ALTER TABLE reports ADD COLUMN press_releases INTEGER NOT NULL DEFAULT 0',
      dialect === 'postgres'
        ? `UPDATE reports SET press_releases = COALESCE((body::jsonb #>> '{coverage,pressReleases}')::integer, 0)`
        : `UPDATE reports SET press_releases = COALESCE(json_extract(body, '$.coverage.pressReleases'), 0)`,
    ],
  },
];

/** The newest schema version this code knows. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

/** The version a database is at: 0 for an empty one. */
export async function currentSchemaVersion(db: SqlConnection): Promise<number> {
  const rows = await db.all<{ version: number | null }>(
    'SELECT MAX(version) AS version FROM schema_migrations',
  );
  return Number(rows[0]?.version ?? 0);
}

/**
 * Brings the database up to `target`, one migration per transaction (each re-checks the version under the write
 * lock, so two processes opening the same new database do not both apply it). Returns the version reached, or
 * the newer version found when the database was written by a newer Parallax (the caller refuses to go on).
 */
export async function migrate(db: SqlDriver, target: number = LATEST_SCHEMA_VERSION): Promise<number> {
  await db.writeTransaction((tx) => tx.run(CREATE_MIGRATIONS_TABLE));
  let version = await currentSchemaVersion(db);
  for (const migration of MIGRATIONS) {
    if (migration.version > target || migration.version <= version) continue;
    version = await db.writeTransaction(async (tx) => {
      const now = await currentSchemaVersion(tx);
      if (now >= migration.version) return now;
      for (const statement of migration.statements(db.dialect)) await tx.run(statement);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
      return migration.version;
    });
  }
  return Math.max(version, await currentSchemaVersion(db));
}

import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { SqlConnection, SqlDriver, SqlValue } from './sql-driver.js';

/**
 * Opens a SQLite database with better-sqlite3 (WAL journal, foreign keys on, full fsync on commit).
 * `path` may be `:memory:`. Creates the parent folder of a file path. Throws the binding's error as is; the
 * caller wraps it into a `StoreError`.
 */
export function openSqliteDriver(path: string): SqlDriver {
  const inMemory = path === ':memory:';
  const file = inMemory ? path : resolve(path);
  if (!inMemory) makeFolder(dirname(file));
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  try {
    // WAL lets the web server read while `parallax ingest` writes; synchronous=FULL makes each commit durable
    // on power loss too, not only on a killed process (costs one fsync per batch, and batches are large).
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
  } catch (error) {
    db.close();
    throw error;
  }
  return inMemory
    ? new SqliteDriver(db, 'SQLite in-memory database', {})
    : new SqliteDriver(db, `SQLite database ${file}`, file);
}

/**
 * Creates a folder and its missing parents. Not `mkdirSync(..., { recursive: true })`: Node's recursive mkdir
 * never returns where mkdir keeps failing with ENOENT under an existing parent (`--db /proc/x/parallax.db`
 * hung the CLI); here each level is tried once, so a bad path fails with the system's error.
 */
function makeFolder(folder: string): void {
  try {
    mkdirSync(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      if (statSync(folder).isDirectory()) return;
      throw error;
    }
    const parent = dirname(folder);
    if (code !== 'ENOENT' || parent === folder) throw error;
    makeFolder(parent);
    mkdirSync(folder);
  }
}

/**
 * One queue of statements per database file in this process. better-sqlite3 is synchronous, but a transaction
 * body awaits between statements: without the queue another caller's statement could run inside someone
 * else's open transaction, and a second connection to the same file would busy-wait (blocking the event loop)
 * for a lock that the first can then never release.
 */
const QUEUES = new Map<string | object, Promise<void>>();

/** How long a writer waits for another process's write lock before failing with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 10_000;

class SqliteDriver implements SqlDriver {
  readonly dialect = 'sqlite' as const;
  readonly label: string;
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly queueKey: string | object;
  private readonly direct: SqlConnection;

  constructor(db: Database.Database, label: string, queueKey: string | object) {
    this.db = db;
    this.label = label;
    this.queueKey = queueKey;
    this.direct = {
      all: <Row>(sql: string, params: readonly SqlValue[] = []) =>
        Promise.resolve(this.allNow<Row>(sql, params)),
      run: (sql: string, params: readonly SqlValue[] = []) => Promise.resolve(this.runNow(sql, params)),
    };
  }

  all<Row>(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    return this.enqueue(() => Promise.resolve(this.allNow<Row>(sql, params)));
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<void> {
    return this.enqueue(() => Promise.resolve(this.runNow(sql, params)));
  }

  writeTransaction<T>(fn: (tx: SqlConnection) => Promise<T>): Promise<T> {
    return this.enqueue(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(this.direct);
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  close(): Promise<void> {
    return this.enqueue(() => {
      this.statements.clear();
      this.db.close();
      return Promise.resolve();
    });
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const previous = QUEUES.get(this.queueKey) ?? Promise.resolve();
    const result = previous.then(task, task);
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    QUEUES.set(this.queueKey, settled);
    void settled.then(() => {
      if (QUEUES.get(this.queueKey) === settled) QUEUES.delete(this.queueKey);
    });
    return result;
  }

  private prepare(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (statement === undefined) {
      if (/^\s*(CREATE|ALTER|DROP)\b/i.test(sql)) return this.db.prepare(sql);
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private allNow<Row>(sql: string, params: readonly SqlValue[]): Row[] {
    return this.prepare(sql).all(...params) as Row[];
  }

  private runNow(sql: string, params: readonly SqlValue[]): void {
    this.prepare(sql).run(...params);
  }
}

import pg from 'pg';
import type { SqlConnection, SqlDriver, SqlValue } from './sql-driver.js';

/**
 * Opens a PostgreSQL connection pool for `url`, using `schema` (created when missing) as the search path.
 * Checks the connection once so that a wrong URL fails here, not at the first query. Throws pg's error as
 * is; the caller wraps it into a `StoreError`.
 */
export async function openPostgresDriver(url: string, schema: string | undefined): Promise<SqlDriver> {
  const config: pg.PoolConfig = {
    connectionString: url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    max: POOL_SIZE,
  };
  if (schema !== undefined) config.options = `-c search_path=${quoteIdentifier(schema)}`;
  const pool = new pg.Pool(config);
  // An idle client losing its connection (server restart) emits 'error' on the pool; without a listener
  // that would crash the process. The next query reconnects or fails with a StoreError.
  pool.on('error', () => undefined);
  try {
    if (schema !== undefined) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
    else await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  return new PostgresDriver(
    pool,
    `PostgreSQL database ${redactUrl(url)}${schema ? ` (schema ${schema})` : ''}`,
  );
}

/** Removes the password from a connection URL so it can appear in messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
  }
}

/** How long to wait for a PostgreSQL connection before failing: an unreachable host must not hang the CLI. */
const CONNECT_TIMEOUT_MS = 5_000;
/** The CLI is one writer; the web server reads concurrently. A handful of connections covers both. */
const POOL_SIZE = 4;
/** Arbitrary constant: the advisory lock every Parallax write transaction takes, serialising writers. */
const WRITE_LOCK_KEY = 7_270_001;

function quoteIdentifier(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(name)) {
    throw new Error(`schema name ${JSON.stringify(name)} must be letters, digits and underscores`);
  }
  return `"${name}"`;
}

/** `?` placeholders to PostgreSQL's `$1, $2, ...` (the store's SQL has no `?` inside string literals). */
function numberPlaceholders(sql: string): string {
  let index = 0;
  return sql.replace(/\?/g, () => `$${++index}`);
}

class PostgresDriver implements SqlDriver {
  readonly dialect = 'postgres' as const;
  readonly label: string;
  private readonly pool: pg.Pool;

  constructor(pool: pg.Pool, label: string) {
    this.pool = pool;
    this.label = label;
  }

  async all<Row>(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    const result = await this.pool.query(numberPlaceholders(sql), [...params]);
    return result.rows as Row[];
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<void> {
    await this.pool.query(numberPlaceholders(sql), [...params]);
  }

  async writeTransaction<T>(fn: (tx: SqlConnection) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const tx: SqlConnection = {
      all: async <Row>(sql: string, params: readonly SqlValue[] = []) =>
        (await client.query(numberPlaceholders(sql), [...params])).rows as Row[],
      run: async (sql: string, params: readonly SqlValue[] = []) => {
        await client.query(numberPlaceholders(sql), [...params]);
      },
    };
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK_KEY]);
      const result = await fn(tx);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/**
 * The small SQL surface the store needs from a database binding, so that one `SqlStore` serves SQLite and
 * PostgreSQL. Statements use `?` placeholders; the PostgreSQL driver rewrites them to `$n`.
 */

/** A value bound to a `?` placeholder. */
export type SqlValue = string | number | null;

/** Runs statements, inside or outside a transaction. */
export interface SqlConnection {
  /** Runs a query and returns its rows. */
  all<Row>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** Runs a statement that returns no rows. */
  run(sql: string, params?: readonly SqlValue[]): Promise<void>;
}

/** Which SQL flavour a driver speaks (the few places the two differ branch on it). */
export type SqlDialect = 'sqlite' | 'postgres';

/** A database connection the store owns. */
export interface SqlDriver extends SqlConnection {
  readonly dialect: SqlDialect;
  /** For messages: `SQLite database /path/x.db`, `PostgreSQL database postgres://host/db`. */
  readonly label: string;
  /**
   * Runs `fn` in one transaction that holds the database's write lock from its start (SQLite `BEGIN
   * IMMEDIATE`, a PostgreSQL advisory lock), so that read-then-write steps of concurrent writers do not
   * interleave. Commits when `fn` resolves, rolls back when it throws.
   */
  writeTransaction<T>(fn: (tx: SqlConnection) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

import { StoreError } from '../model/index.js';
import { LATEST_SCHEMA_VERSION, migrate } from './migrations.js';
import { openPostgresDriver, redactUrl } from './postgres-driver.js';
import { SqlStore, toStoreError } from './sql-store.js';
import type { SqlDriver } from './sql-driver.js';
import { openSqliteDriver } from './sqlite-driver.js';
import type { Store, StoreOptions } from './store.js';

/**
 * Opens (creating and migrating as needed) the store at `location`: a file path or `sqlite:PATH` (SQLite,
 * `:memory:` allowed) or a `postgres://` / `postgresql://` URL. Throws a `StoreError` naming the database and
 * a fix when it cannot be opened, or when it was written by a newer Parallax.
 *
 * @example
 * const store = await openStore(defaultDbPath(process.env, process.platform, homedir()));
 * await store.putArticles(articles);
 * await store.close();
 */
export async function openStore(location: string, options: StoreOptions = {}): Promise<Store> {
  const trimmed = location.trim();
  if (trimmed === '' || trimmed === 'sqlite:') {
    throw new StoreError('store-bad-location', 'No database location given.', {
      hint: 'Pass --db PATH (a file path, sqlite:PATH or postgres://host/db) or set PARALLAX_DB.',
    });
  }
  const target = options.migrateTo ?? LATEST_SCHEMA_VERSION;
  if (!Number.isSafeInteger(target) || target < 1 || target > LATEST_SCHEMA_VERSION) {
    throw new StoreError(
      'store-bad-argument',
      `openStore: migrateTo must be a schema version from 1 to ${LATEST_SCHEMA_VERSION}, got ${target}.`,
    );
  }
  const isPostgres = /^postgres(ql)?:\/\//i.test(trimmed);
  const scheme = /^([a-z][a-z0-9+.-]+):\/\//i.exec(trimmed)?.[1];
  if (!isPostgres && scheme !== undefined) {
    // Read as a file path, `mysql://host/db` would quietly create a SQLite file under a folder named `mysql:`.
    throw new StoreError(
      'store-bad-location',
      `Unsupported database URL \`${redactUrl(trimmed)}\`: Parallax stores in SQLite or PostgreSQL.`,
      { hint: 'Pass a SQLite file path (or sqlite:PATH) or a postgres:// URL to --db or PARALLAX_DB.' },
    );
  }
  const path = trimmed.startsWith('sqlite:') ? trimmed.slice('sqlite:'.length) : trimmed;
  const label = isPostgres ? `PostgreSQL database ${redactUrl(trimmed)}` : `SQLite database ${path}`;
  let driver: SqlDriver;
  try {
    driver = isPostgres ? await openPostgresDriver(trimmed, options.schema) : openSqliteDriver(path);
  } catch (error) {
    throw toStoreError(error, `Could not open the ${label}`, 'store-open');
  }
  try {
    const version = await migrate(driver, target);
    if (version > LATEST_SCHEMA_VERSION) {
      throw new StoreError(
        'store-newer-schema',
        `The ${driver.label} is at schema version ${version}, newer than this Parallax knows (${LATEST_SCHEMA_VERSION}).`,
        { hint: 'Upgrade Parallax, or point --db (or PARALLAX_DB) at another database.' },
      );
    }
  } catch (error) {
    await driver.close().catch(() => undefined);
    throw toStoreError(error, `Could not migrate the ${driver.label}`, 'store-migrate');
  }
  return new SqlStore(driver, isPostgres ? redactUrl(trimmed) : `sqlite:${path}`);
}

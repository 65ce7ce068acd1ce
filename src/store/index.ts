// The store's public API: one interface, SQLite (embedded default) and PostgreSQL behind `openStore`.
export type {
  Store,
  StoreOptions,
  PutResult,
  PutStatus,
  StoredAssignment,
  ConditionalWrite,
  StorySummary,
  ListArticlesOptions,
  ListStoriesOptions,
} from './store.js';
export { openStore } from './open-store.js';
export { defaultDbPath } from './default-db-path.js';
export { articleKey, contentHash } from './sql-store.js';
export { LATEST_SCHEMA_VERSION } from './migrations.js';

import { stat } from 'node:fs/promises';
import { StoreError } from '../model/index.js';
import { startServing } from './start-serving.js';
import type { CliContext } from './io.js';
import { openCliStore, resolveDbLocation } from './options.js';

/** `parallax serve`: the web pages and HTTP API over a store, until stopped. */
export async function runServeVerb(
  flags: { db?: string; port?: number; host?: string },
  context: CliContext,
): Promise<number> {
  const named = flags.db ?? context.env.PARALLAX_DB;
  if (named !== undefined && named.trim() !== '')
    await requireStoredFile(resolveDbLocation(flags.db, context));
  const store = await openCliStore(flags.db, context);
  let server: Awaited<ReturnType<typeof startServing>>;
  try {
    server = await startServing(store, flags);
  } catch (error) {
    // A port that is taken is reported as a usage error; the store opened for it is not left open behind it.
    await store.close();
    throw error;
  }
  context.stderr.write(`Parallax is serving at ${server.url}  (Ctrl+C to stop)\n`);
  return 0;
}

/**
 * Serving shows what is stored: a SQLite store named with --db (or PARALLAX_DB) that is not there is a mistyped
 * path, and opening it would create an empty store (and its folders) and serve "No stories yet" as if that were
 * the news.
 */
async function requireStoredFile(location: string): Promise<void> {
  const trimmed = location.trim();
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(trimmed)) return;
  const path = trimmed.startsWith('sqlite:') ? trimmed.slice('sqlite:'.length) : trimmed;
  if (path === ':memory:') return;
  try {
    await stat(path);
  } catch {
    throw new StoreError('store-not-found', `No store at \`${path}\`: serve shows what was stored there.`, {
      input: path,
      hint: `Check the path, or store articles there first: parallax analyze PATHS --db ${path}`,
    });
  }
}

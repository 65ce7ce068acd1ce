import { startServing } from './start-serving.js';
import type { CliContext } from './io.js';
import { openCliStore } from './options.js';

/** `parallax serve`: the web pages and HTTP API over a store, until stopped. */
export async function runServeVerb(
  flags: { db?: string; port?: number; host?: string },
  context: CliContext,
): Promise<number> {
  const store = await openCliStore(flags.db, context);
  const server = await startServing(store, flags);
  context.stderr.write(`Parallax is serving at ${server.url}  (Ctrl+C to stop)\n`);
  return 0;
}

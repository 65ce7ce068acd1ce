import { ParallaxError } from '../model/index.js';
import { startServer, type RunningServer } from '../server/index.js';
import type { Store } from '../store/index.js';

/** The port tried first when none is given. */
export const DEFAULT_PORT = 8080;

/**
 * Starts the server for a verb. With no `--port`, a taken default port falls back to a free one, so that
 * `npm start` works on a machine where 8080 is in use; an explicit port that is taken is an error.
 */
export async function startServing(
  store: Store,
  flags: { port?: number; host?: string },
): Promise<RunningServer> {
  const host = flags.host === undefined ? {} : { host: flags.host };
  if (flags.port !== undefined) return startServer(store, { port: flags.port, ...host });
  try {
    return await startServer(store, { port: DEFAULT_PORT, ...host });
  } catch (error) {
    if (error instanceof ParallaxError && error.code === 'listen-failed')
      return startServer(store, { port: 0, ...host });
    throw error;
  }
}

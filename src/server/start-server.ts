import type { AddressInfo, Socket } from 'node:net';
import { serve } from '@hono/node-server';
import { UsageError } from '../model/index.js';
import type { Store } from '../store/index.js';
import { createApp } from './create-app.js';

/** Where to listen. */
export interface StartServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1: the pages are for this machine unless asked otherwise. */
  host?: string;
}

/** A running server. */
export interface RunningServer {
  /** `http://127.0.0.1:PORT/`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `createApp(store)` over HTTP with @hono/node-server. Resolves once listening; rejects with a
 * `UsageError` naming the address when the port is taken or the host cannot be bound.
 *
 * @example
 * const server = await startServer(store, { port: 8080 });
 * console.log(`Open ${server.url}`);
 */
export function startServer(store: Store, options: StartServerOptions = {}): Promise<RunningServer> {
  const port = options.port ?? 0;
  const host = options.host ?? '127.0.0.1';
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    return Promise.reject(
      new UsageError('bad-port', `Port ${port} is not a port number.`, {
        hint: 'Pass --port with 0 to 65535.',
      }),
    );
  }
  const app = createApp(store);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info: AddressInfo) => {
      server.off('error', onError);
      const shownHost = info.address.includes(':') ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shownHost}:${info.port}/`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    function onError(error: NodeJS.ErrnoException): void {
      // Node's own wording ("listen EADDRINUSE: address already in use 127.0.0.1:8080") names the port twice
      // and the fix never: say what is wrong with the port, in words, and which flag changes it.
      const [problem, hint] =
        error.code === 'EADDRINUSE'
          ? [
              `port ${port} is already in use`,
              'Another program uses that port: pass another --port, or --port 0 for a free one.',
            ]
          : error.code === 'EACCES'
            ? [
                `not allowed to use port ${port}`,
                'Ports below 1024 need administrator rights: pass a --port of 1024 or more.',
              ]
            : [error.message, 'Check the --host address (127.0.0.1 for this machine only).'];
      reject(
        new UsageError('listen-failed', `Cannot listen on ${host}:${port}: ${problem}.`, {
          hint,
          cause: error,
        }),
      );
    }
    server.once('error', onError);
    server.on('clientError', answerClientError);
  });
}

/**
 * A request Node's HTTP parser refuses never reaches the app; without this it gets an empty 400 or 431. The
 * API's clients get the same JSON error body as from every other failure.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, reason, code, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [
          431,
          'Request Header Fields Too Large',
          'headers-too-large',
          'The request line or headers are too large.',
        ]
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', 'request-timeout', 'The request did not arrive in time.']
        : [
            400,
            'Bad Request',
            'bad-request',
            `The request is not valid HTTP (${error.code ?? error.message}).`,
          ];
  const body = JSON.stringify({ error: { code, message } });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

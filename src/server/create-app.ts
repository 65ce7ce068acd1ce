import { Hono } from 'hono';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { InputError, ParallaxError, StoreError, formatError } from '../model/index.js';
import type { Store } from '../store/index.js';
import { MAX_ANALYZE_BODY_BYTES, analyzeRequest } from './analyze-request.js';
import { PAGE_CSP } from './page-layout.js';
import { renderReportPage } from './render-report-page.js';
import { renderErrorPage, renderStoryListPage } from './render-story-list-page.js';

/** Options of `createApp`. */
export interface AppOptions {
  /** The largest `POST /api/analyze` body, in bytes (default MAX_ANALYZE_BODY_BYTES); a larger one is a 413. */
  maxBodyBytes?: number;
}

/**
 * The HTTP app over a store: web pages (`/`, `/stories/:id`), a JSON API (`/api/stories`, `/api/stories/:id`,
 * `/api/articles/:id`, `POST /api/analyze`) and `/healthz`. Without a store the pages and lists are empty and
 * `POST /api/analyze` analyses in memory. Errors are JSON `{ error: { code, message } }` under `/api/` and plain
 * pages elsewhere.
 *
 * @example
 * const response = await createApp(store).request('/api/stories');
 */
export function createApp(given?: Store, options: AppOptions = {}): Hono {
  const store = given ?? EMPTY_STORE;
  const app = new Hono();
  const maxBodyBytes = options.maxBodyBytes ?? MAX_ANALYZE_BODY_BYTES;
  // One analysis at a time: each reads the stored story stream, adds to it and writes it back.
  let analysing: Promise<unknown> = Promise.resolve();

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    if (c.res.headers.get('Content-Type')?.startsWith('text/html'))
      c.header('Content-Security-Policy', PAGE_CSP);
  });

  app.get('/', async (c) => c.html(renderStoryListPage(await store.listStories())));

  app.get('/stories/:id', async (c) => {
    const id = c.req.param('id');
    const report = await store.getReport(id);
    if (report === null) {
      return c.html(
        renderErrorPage(
          404,
          'Story not found',
          `There is no story with id “${id}”. It may not have been analysed yet.`,
        ),
        404,
      );
    }
    // A story merged into another keeps its URL working: send the reader to the story it is part of now.
    if (report.story !== id) return c.redirect(`/stories/${encodeURIComponent(report.story)}`, 301);
    return c.html(renderReportPage(report));
  });

  app.get('/api/stories', async (c) => {
    const limit = readCount(c, 'limit', DEFAULT_STORIES_PAGE, 1, MAX_STORIES_PAGE);
    if (typeof limit === 'object') return limit.error;
    const offset = readCount(c, 'offset', 0, 0, Number.MAX_SAFE_INTEGER);
    if (typeof offset === 'object') return offset.error;
    // One story more than asked tells whether there is a next page without counting the whole list.
    const stories = await store.listStories({ limit: limit + 1, offset });
    const next = stories.length > limit ? `/api/stories?limit=${limit}&offset=${offset + limit}` : null;
    return c.json({ stories: stories.slice(0, limit), next });
  });

  app.get('/api/stories/:id', async (c) => {
    const id = c.req.param('id');
    const report = await store.getReport(id);
    if (report === null) return jsonError(c, 404, 'story-not-found', `No story with id "${id}".`);
    return c.json(report);
  });

  app.get('/api/articles/:id', async (c) => {
    const id = c.req.param('id');
    const article = await store.getArticle(id);
    if (article === null) return jsonError(c, 404, 'article-not-found', `No article with id "${id}".`);
    return c.json(article);
  });

  app.post(
    '/api/analyze',
    requireJsonBody,
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) =>
        jsonError(
          c,
          413,
          'body-too-large',
          `The request body is over ${maxBodyBytes} bytes, the limit of POST /api/analyze.`,
          'Send the articles in several smaller requests.',
        ),
    }),
    async (c) => {
      const text = decodeUtf8(await c.req.arrayBuffer());
      const run = analysing.then(() => analyzeRequest(text, given));
      analysing = run.catch(() => undefined);
      const outcome = await run;
      return c.json(outcome.body, outcome.status);
    },
  );

  app.all('/api/analyze', (c) => {
    c.header('Allow', 'POST');
    return jsonError(
      c,
      405,
      'method-not-allowed',
      `${c.req.method} /api/analyze: send the articles with POST.`,
    );
  });

  app.get('/healthz', async (c) => {
    const [articles, schemaVersion] = await Promise.all([store.countArticles(), store.schemaVersion()]);
    return c.json({ ok: true, store: store.location, schemaVersion, articles });
  });

  app.notFound((c) => {
    const path = c.req.path;
    // These routes only read: a write to a route that exists is "method not allowed", not "no such route".
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && READ_ROUTES.some((route) => route.test(path))) {
      c.header('Allow', 'GET, HEAD');
      const message = `${c.req.method} ${path}: this route is read-only; use GET.`;
      if (answersInJson(path)) return jsonError(c, 405, 'method-not-allowed', message);
      return c.html(renderErrorPage(405, 'Method not allowed', message), 405);
    }
    if (isApi(path)) return jsonError(c, 404, 'not-found', `No API route ${c.req.method} ${path}.`);
    return c.html(renderErrorPage(404, 'Page not found', `There is no page at ${path}.`), 404);
  });

  app.onError((error, c) => {
    // Store failures are the server's environment (database gone, locked): 503 says "try again later".
    const status = error instanceof StoreError ? 503 : error instanceof ParallaxError ? 400 : 500;
    const code = error instanceof ParallaxError ? error.code : 'internal';
    const message = formatError(error);
    if (answersInJson(c.req.path)) return jsonError(c, status, code, message);
    return c.html(renderErrorPage(status, 'Something went wrong', message), status);
  });

  return app;
}

/** Stories per page of `GET /api/stories` when the client does not say. */
const DEFAULT_STORIES_PAGE = 50;
/** The largest page of `GET /api/stories`: a bound on one answer's size (each summary is ~300 bytes). */
const MAX_STORIES_PAGE = 500;

/**
 * A whole-number query parameter between `min` and `max`, `fallback` when absent; otherwise the 400 JSON
 * answer naming the parameter, what came and what is allowed.
 */
function readCount(
  c: Context,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number | { error: Response } {
  const given = c.req.query(name);
  if (given === undefined) return fallback;
  const value = /^\d{1,16}$/.test(given) ? Number(given) : Number.NaN;
  if (Number.isSafeInteger(value) && value >= min && value <= max) return value;
  const range =
    max === Number.MAX_SAFE_INTEGER ? `a whole number >= ${min}` : `a whole number from ${min} to ${max}`;
  return {
    error: jsonError(
      c,
      400,
      'bad-parameter',
      `Query parameter \`${name}\`: expected ${range}, got ${JSON.stringify(given)}.`,
    ),
  };
}

/** The paths the app serves (all GET), for telling a wrong method from a wrong path. */
const READ_ROUTES = [
  /^\/$/,
  /^\/stories\/[^/]+$/,
  /^\/api\/stories$/,
  /^\/api\/stories\/[^/]+$/,
  /^\/api\/articles\/[^/]+$/,
  /^\/healthz$/,
];

function isApi(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/** The API and the health check answer in JSON, errors included; the pages answer in HTML. */
function answersInJson(path: string): boolean {
  return isApi(path) || path === '/healthz';
}

function jsonError(
  c: Context,
  status: 400 | 404 | 405 | 413 | 415 | 500 | 503,
  code: string,
  message: string,
  hint?: string,
): Response {
  return c.json({ error: { code, message: hint === undefined ? message : `${message} ${hint}` } }, status);
}

/** The media types `POST /api/analyze` reads: JSON, and JSON lines under their usual names. */
const JSON_BODY_TYPES =
  /^application\/(?:json|x-ndjson|ndjson|jsonl|x-jsonl|jsonlines|x-jsonlines|[\w.-]+\+json)$/;

/**
 * Refuses a body not sent as JSON (415). Besides naming the fix, this keeps another site's page from writing
 * to the store: a browser sends JSON across origins only after a CORS preflight, which this server never grants.
 */
const requireJsonBody: MiddlewareHandler = async (c, next) => {
  const given = c.req.header('Content-Type') ?? '';
  const type = given.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!JSON_BODY_TYPES.test(type)) {
    return jsonError(
      c,
      415,
      'unsupported-media-type',
      `POST /api/analyze: expected Content-Type application/json or application/x-ndjson, got ${given === '' ? 'none' : `\`${given}\``}.`,
      "Send the header, e.g. curl -H 'Content-Type: application/json' --data-binary @articles.json.",
    );
  }
  await next();
};

/** The body as strict UTF-8: a body that is not is refused rather than read with replacement characters. */
function decodeUtf8(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new InputError('bad-encoding', 'The request body is not valid UTF-8.', {
      hint: 'Send the JSON encoded as UTF-8.',
      cause: error,
    });
  }
}

/** What a server without a store shows: no stories, no articles. */
const EMPTY_STORE: Pick<
  Store,
  'location' | 'listStories' | 'getReport' | 'getArticle' | 'countArticles' | 'schemaVersion'
> = {
  location: 'none (in memory)',
  listStories: () => Promise.resolve([]),
  getReport: () => Promise.resolve(null),
  getArticle: () => Promise.resolve(null),
  countArticles: () => Promise.resolve(0),
  schemaVersion: () => Promise.resolve(0),
};

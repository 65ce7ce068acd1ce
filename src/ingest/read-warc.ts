import { decodeBytes } from '../extract/index.js';
import { InputError, ParallaxError, type RawInput } from '../model/index.js';
import { decodeHttpBody } from './decode-http-body.js';
import { parseHttpResponse, type HttpResponse } from './parse-http-response.js';
import { readWarcRecords, type WarcRecord } from './read-warc-records.js';

/** One result of reading a WARC file: a page to extract, or an error naming the record (`file#N`) or the file. */
export type WarcItem = { ok: true; input: RawInput } | { ok: false; error: ParallaxError };

/** Options of `readWarc`. */
export interface ReadWarcOptions {
  /** A response whose block or decoded page is over this is an error naming it (the one-article limit). */
  maxRecordBytes: number;
}

/** Media types of the pages read as articles; everything else a crawl holds (images, scripts, JSON) is not one. */
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * The HTML pages of a WARC file (uncompressed bytes, streamed), one `html` input per successful `response`
 * record, named `file#N` by the record's position among all records, with the record's `WARC-Target-URI` as
 * its url. Requests, metadata, warcinfo, revisits and responses that are not 2xx HTML pages are skipped
 * without a word: they are not articles. `WARC-Date` is the crawl time, not the publication date, so it is not
 * passed on: extraction finds the page's own date. A malformed or over-long response is an error naming it and
 * the rest of the file goes on; a file that is not WARC is one error naming the file.
 *
 * @example
 * for await (const item of readWarc(createReadStream('crawl.warc'), 'crawl.warc', { maxRecordBytes })) ...
 */
export async function* readWarc(
  stream: AsyncIterable<Uint8Array>,
  source: string,
  options: ReadWarcOptions,
): AsyncGenerator<WarcItem> {
  const isResponse = (type: string): boolean => type === 'response';
  const records = readWarcRecords(stream, source, {
    keep: isResponse,
    maxBlockBytes: options.maxRecordBytes,
  });
  for await (const item of records) {
    if (!item.ok) {
      yield item;
      continue;
    }
    if (!isResponse(item.record.type)) continue;
    try {
      const input = pageOf(item.record, options.maxRecordBytes);
      if (input) yield { ok: true, input };
    } catch (error) {
      if (!(error instanceof ParallaxError)) throw error;
      yield { ok: false, error };
    }
  }
}

/** The page a kept response record holds, undefined if it holds none; throws `InputError` if it is unreadable. */
function pageOf(record: WarcRecord, maxBytes: number): RawInput | undefined {
  // dns: and other non-HTTP responses have their own block types; only HTTP ones can hold a page.
  const blockType = (record.headers.get('content-type') ?? 'application/http').toLowerCase();
  if (!blockType.startsWith('application/http')) return undefined;
  if (record.head) {
    const head = parseHttpResponse(record.head, record.source);
    if (!isPage(head)) return undefined;
    throw new InputError(
      'too-large',
      `Skipped \`${record.source}\`: ${megabytes(record.length)} MB is over the ${megabytes(maxBytes)} MB limit for one article.`,
      { input: record.source, hint: 'Raise the limit with --max-bytes.' },
    );
  }
  const response = parseHttpResponse(record.block ?? Buffer.alloc(0), record.source);
  if (!isPage(response)) return undefined;
  const truncated = record.headers.get('warc-truncated');
  if (truncated !== undefined) {
    // The crawler stopped before the page's end: extracting it would give a cut article that looks whole.
    throw new InputError(
      'truncated-record',
      `Skipped \`${record.source}\`: the crawler cut this page short (WARC-Truncated: ${truncated}).`,
      { input: record.source, hint: 'Re-crawl the page with a higher size or time limit.' },
    );
  }
  const body = decodeHttpBody(response, record.source, maxBytes);
  const contentType = response.headers.get('content-type');
  const { text, encoding } = decodeBytes(
    body,
    contentType === undefined ? { source: record.source } : { source: record.source, contentType },
  );
  const input: RawInput = { source: record.source, format: 'html', html: text, encoding };
  const url = record.headers.get('warc-target-uri')?.replace(/^<(.*)>$/, '$1');
  if (url) input.url = url;
  return input;
}

/** A 2xx response whose Content-Type is HTML: redirects, errors and other media are not articles. */
function isPage(response: HttpResponse): boolean {
  const mediaType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return response.status >= 200 && response.status < 300 && HTML_TYPES.has(mediaType);
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
}

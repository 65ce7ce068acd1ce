import { decodeBytes } from '../extract/index.js';
import { InputError, ParallaxError, type RawInput } from '../model/index.js';
import { decodeHttpBody } from './decode-http-body.js';
import { parseHttpResponse, type HttpResponse } from './parse-http-response.js';
import { readWarcRecords, type WarcRecord } from './read-warc-records.js';
import { describeOverLimit } from './limits.js';

/** One result of reading a WARC file: a page to extract, or an error naming the record (`file#N`) or the file. */
export type WarcItem = { ok: true; input: RawInput } | { ok: false; error: ParallaxError };

/** Options of `readWarc`. */
export interface ReadWarcOptions {
  /** A page whose record block or decoded page is over this is an error naming it (the one-article limit). */
  maxRecordBytes: number;
}

/** Media types of the pages read as articles; everything else a crawl holds (images, scripts, JSON) is not one. */
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * The HTML pages of a WARC file (uncompressed bytes, streamed), one `html` input per successful `response`
 * record and per HTML `resource` record (a page stored without its HTTP head, as some crawlers and hand-made
 * archives hold them; the record's own Content-Type is the page's), named `file#N` by the record's
 * position among all records, with the record's `WARC-Target-URI` as its url. Requests, metadata, warcinfo,
 * revisits, responses that are not 2xx HTML pages and resources that are not HTML are skipped without a word:
 * they are not articles. `WARC-Date` is the crawl time, not the publication date, so it is not passed on:
 * extraction finds the page's own date. A malformed, cut or over-long page is an error naming it and the rest
 * of the file goes on; a file that is not WARC is one error naming the file.
 *
 * @example
 * for await (const item of readWarc(createReadStream('crawl.warc'), 'crawl.warc', { maxRecordBytes })) ...
 */
export async function* readWarc(
  stream: AsyncIterable<Uint8Array>,
  source: string,
  options: ReadWarcOptions,
): AsyncGenerator<WarcItem> {
  const records = readWarcRecords(stream, source, {
    keep: isCandidate,
    maxBlockBytes: options.maxRecordBytes,
  });
  for await (const item of records) {
    if (!item.ok) {
      yield item;
      continue;
    }
    if (!isCandidate(item.record.type, item.record.headers)) continue;
    try {
      const input =
        item.record.type === 'resource'
          ? resourcePageOf(item.record, options.maxRecordBytes)
          : responsePageOf(item.record, options.maxRecordBytes);
      if (input) yield { ok: true, input };
    } catch (error) {
      if (!(error instanceof ParallaxError)) throw error;
      yield { ok: false, error };
    }
  }
}

/** Records that may hold a page: every response (its HTTP head tells), and resources typed as HTML. */
function isCandidate(type: string, headers: Map<string, string>): boolean {
  return type === 'response' || (type === 'resource' && isHtml(headers.get('content-type')));
}

/** The page a kept response record holds, undefined if it holds none; throws `InputError` if it is unreadable. */
function responsePageOf(record: WarcRecord, maxBytes: number): RawInput | undefined {
  // dns: and other non-HTTP responses have their own block types; only HTTP ones can hold a page.
  const blockType = (record.headers.get('content-type') ?? 'application/http').toLowerCase();
  if (!blockType.startsWith('application/http')) return undefined;
  if (record.head) {
    const head = parseHttpResponse(record.head, record.source);
    if (!isPage(head)) return undefined;
    throw tooLarge(record, maxBytes);
  }
  const response = parseHttpResponse(record.block ?? Buffer.alloc(0), record.source);
  if (!isPage(response)) return undefined;
  refuseTruncated(record);
  return htmlInput(
    record,
    decodeHttpBody(response, record.source, maxBytes),
    response.headers.get('content-type'),
  );
}

/** The page an HTML resource record holds: its block is the page itself, typed by the record's Content-Type. */
function resourcePageOf(record: WarcRecord, maxBytes: number): RawInput {
  if (record.head) throw tooLarge(record, maxBytes);
  refuseTruncated(record);
  return htmlInput(record, record.block ?? Buffer.alloc(0), record.headers.get('content-type'));
}

/** The `html` input of a page's bytes, decoded with the charset of `contentType` when it names one. */
function htmlInput(record: WarcRecord, body: Buffer, contentType: string | undefined): RawInput {
  const { text, encoding } = decodeBytes(
    body,
    contentType === undefined ? { source: record.source } : { source: record.source, contentType },
  );
  const input: RawInput = { source: record.source, format: 'html', html: text, encoding };
  const url = record.headers.get('warc-target-uri')?.replace(/^<(.*)>$/, '$1');
  if (url) input.url = url;
  return input;
}

function tooLarge(record: WarcRecord, maxBytes: number): InputError {
  return new InputError(
    'too-large',
    `Skipped \`${record.source}\`: ${describeOverLimit(record.length, maxBytes)} for one article.`,
    { input: record.source, hint: 'Raise the limit with --max-bytes.' },
  );
}

function refuseTruncated(record: WarcRecord): void {
  const truncated = record.headers.get('warc-truncated');
  if (truncated === undefined) return;
  // The crawler stopped before the page's end: extracting it would give a cut article that looks whole.
  throw new InputError(
    'truncated-record',
    `Skipped \`${record.source}\`: the crawler cut this page short (WARC-Truncated: ${truncated}).`,
    { input: record.source, hint: 'Re-crawl the page with a higher size or time limit.' },
  );
}

/** A 2xx response whose Content-Type is HTML: redirects, errors and other media are not articles. */
function isPage(response: HttpResponse): boolean {
  return response.status >= 200 && response.status < 300 && isHtml(response.headers.get('content-type'));
}

function isHtml(contentType: string | undefined): boolean {
  const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return HTML_TYPES.has(mediaType);
}

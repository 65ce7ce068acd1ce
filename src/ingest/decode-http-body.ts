import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { InputError } from '../model/index.js';
import { malformedHttp, type HttpResponse } from './parse-http-response.js';
import { describeLimit } from './limits.js';

const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);

/**
 * The body of an archived HTTP response as the server meant it: `Transfer-Encoding: chunked` undone, then
 * `Content-Encoding` gzip, deflate or br. A body over `maxBytes` once decompressed is an `InputError`
 * (`too-large`) naming `source`, so a small compressed record cannot blow up memory; a body that does not
 * decode is `malformed-warc`.
 *
 * @example decodeHttpBody(parseHttpResponse(block, 'crawl.warc#3'), 'crawl.warc#3', MAX_FILE_BYTES)
 */
export function decodeHttpBody(response: HttpResponse, source: string, maxBytes: number): Buffer {
  const transfer = (response.headers.get('transfer-encoding') ?? '').toLowerCase();
  const body = transfer.includes('chunked') ? dechunk(response.body, source) : response.body;
  const codings = (response.headers.get('content-encoding') ?? '')
    .toLowerCase()
    .split(',')
    .map((coding) => coding.trim())
    .filter((coding) => coding !== '' && coding !== 'identity');
  // Codings are listed in the order they were applied, so they are undone last first.
  return codings.reduceRight((bytes, coding) => decompress(bytes, coding, source, maxBytes), body);
}

/**
 * Joins the chunks of a chunked body (RFC 9112, 7.1); trailer fields are dropped. Some archivers store the
 * body already joined but keep the header: a body that does not start with a chunk-size line is taken as is.
 */
function dechunk(body: Buffer, source: string): Buffer {
  const pieces: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const lineEnd = body.indexOf('\n', offset);
    const line = lineEnd < 0 ? '' : body.subarray(offset, lineEnd).toString('latin1');
    const size = /^([0-9a-f]+)[ \t]*(?:;[^\r]*)?\r?$/i.exec(line);
    if (!size?.[1]) {
      if (offset === 0) return body;
      throw malformedHttp(source, 'a chunk of its chunked body is cut short or has no size line');
    }
    const length = Number.parseInt(size[1], 16);
    if (length === 0) return Buffer.concat(pieces);
    const start = lineEnd + 1;
    if (start + length > body.length) throw malformedHttp(source, 'its chunked body is cut short');
    pieces.push(body.subarray(start, start + length));
    offset = start + length;
    if (body[offset] === 0x0d) offset++;
    if (body[offset] === 0x0a) offset++;
  }
}

function decompress(bytes: Buffer, coding: string, source: string, maxBytes: number): Buffer {
  const limit = { maxOutputLength: maxBytes };
  try {
    if (coding === 'gzip' || coding === 'x-gzip') {
      // Some crawlers store the body already decompressed but keep the header: no gzip magic, nothing to undo.
      return bytes.subarray(0, 2).equals(GZIP_MAGIC) ? gunzipSync(bytes, limit) : bytes;
    }
    if (coding === 'deflate') {
      // "deflate" is meant to be zlib-wrapped (RFC 9110, 8.4.1.2), but some servers send raw deflate.
      try {
        return inflateSync(bytes, limit);
      } catch (error) {
        if (isTooLarge(error)) throw error;
        return inflateRawSync(bytes, limit);
      }
    }
    if (coding === 'br') return brotliDecompressSync(bytes, limit);
  } catch (error) {
    if (isTooLarge(error)) {
      throw new InputError(
        'too-large',
        `Skipped \`${source}\`: its page is over ${describeLimit(maxBytes)} for one article once decompressed.`,
        { input: source, hint: 'Raise the limit with --max-bytes.', cause: error },
      );
    }
    throw malformedHttp(source, `its ${coding} body does not decompress`);
  }
  throw malformedHttp(source, `unknown Content-Encoding \`${coding}\``);
}

function isTooLarge(error: unknown): boolean {
  return (error as { code?: string } | undefined)?.code === 'ERR_BUFFER_TOO_LARGE';
}

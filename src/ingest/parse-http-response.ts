import { InputError } from '../model/index.js';

/** An HTTP response as archived: status, header fields (names lower-cased) and the body bytes as sent. */
export interface HttpResponse {
  status: number;
  headers: Map<string, string>;
  /** The body as it went over the wire: possibly chunked and compressed (see `decodeHttpBody`). */
  body: Buffer;
}

/**
 * Splits an archived HTTP response (a WARC `response` block) into status, headers and body. Throws
 * `InputError` (`malformed-warc`) naming `source` when the block does not start with an HTTP status line and
 * header fields. Bare LF line ends are accepted: some crawlers write them.
 *
 * @example parseHttpResponse(record.block, 'crawl.warc#3').headers.get('content-type')
 */
export function parseHttpResponse(block: Buffer, source: string): HttpResponse {
  const crlf = block.indexOf('\r\n\r\n');
  const lf = block.indexOf('\n\n');
  const useLf = lf >= 0 && (crlf < 0 || lf < crlf);
  const headEnd = useLf ? lf : crlf;
  if (headEnd < 0) throw malformedHttp(source, 'the HTTP head never ends');
  const lines = block.subarray(0, headEnd).toString('latin1').split(/\r?\n/);
  const status = /^HTTP\/\d(?:\.\d)? (\d{3})(?:\s|$)/.exec(lines[0] ?? '');
  if (!status) throw malformedHttp(source, `no HTTP status line (got \`${(lines[0] ?? '').slice(0, 40)}\`)`);
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw malformedHttp(source, `\`${line.slice(0, 40)}\` is not a header field`);
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    // Repeated fields join with commas (RFC 9110, 5.3); the first Content-Type is the one browsers use.
    const earlier = headers.get(name);
    if (earlier === undefined) headers.set(name, value);
    else if (name !== 'content-type') headers.set(name, `${earlier}, ${value}`);
  }
  return { status: Number(status[1]), headers, body: block.subarray(headEnd + (useLf ? 2 : 4)) };
}

/** The error for an HTTP response that cannot be read, naming the record. */
export function malformedHttp(source: string, detail: string): InputError {
  return new InputError('malformed-warc', `Skipped \`${source}\`: a malformed HTTP response (${detail}).`, {
    input: source,
    hint: 'The rest of the file is read; re-fetch the page to read this one.',
  });
}

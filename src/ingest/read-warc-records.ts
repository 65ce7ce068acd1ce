import { InputError } from '../model/index.js';
import { ByteReader } from './byte-reader.js';

/** One WARC record: its position, its header fields (names lower-cased) and, when asked for, its block. */
export interface WarcRecord {
  /** 1-based position among all records of the file, named in messages as `file#N`. */
  number: number;
  /** `file#N`. */
  source: string;
  headers: Map<string, string>;
  /** The record's `WARC-Type`, lower-cased (`response`, `request`, `warcinfo`, ...). */
  type: string;
  /** The block's length (`Content-Length`). */
  length: number;
  /** The whole block, when `keep` asked for it and it is within `maxBlockBytes`. */
  block?: Buffer;
  /** The first bytes of a kept block over `maxBlockBytes` (enough for an HTTP head); the rest was skipped. */
  head?: Buffer;
}

/** A record, or an error naming the record (`file#N`) or the file. */
export type WarcRecordItem = { ok: true; record: WarcRecord } | { ok: false; error: InputError };

/** Options of `readWarcRecords`. */
export interface ReadWarcRecordsOptions {
  /** Which records' blocks to read into memory; the others are skipped as they stream by. */
  keep: (type: string, headers: Map<string, string>) => boolean;
  /** A kept block over this is not read: only its first `HEAD_BYTES` are. */
  maxBlockBytes: number;
}

/** A header of more than this is not a WARC header (real ones are a few hundred bytes; long URIs stay well under). */
const MAX_HEADER_BYTES = 1024 * 1024;

/** Bytes kept from the front of an over-long block: room for any real HTTP head. */
export const HEAD_BYTES = 64 * 1024;

const HEADER_END = Buffer.from('\r\n\r\n');
/** Every record starts with its version line (WARC 1.0 and 1.1 specs, section 4). */
const RECORD_START = Buffer.from('WARC/');
const RESYNC_MARKER = Buffer.from('\nWARC/1.');

const isLineBreak = (byte: number): boolean => byte === 0x0d || byte === 0x0a;

/**
 * The records of a WARC file, streamed one at a time (ISO 28500, WARC 1.0 and 1.1). Only the blocks that `keep`
 * asks for are held, one at a time; the others are skipped as they pass, so a file of any size reads in bounded
 * memory. A malformed record (bad `Content-Length`, cut short, a broken header) is an error naming it
 * (`file#N`) and reading goes on at the next `WARC/1.` line; numbering after such a record is best effort,
 * since a wrong length may hide the records in between. A stream error (a damaged gzip member) ends the file
 * with an error naming the record it fell in. An empty stream, or one that does not start with a WARC record,
 * is an error naming the file.
 *
 * @example
 * for await (const item of readWarcRecords(stream, 'crawl.warc', { keep: () => false, maxBlockBytes })) ...
 */
export async function* readWarcRecords(
  stream: AsyncIterable<Uint8Array>,
  source: string,
  options: ReadWarcRecordsOptions,
): AsyncGenerator<WarcRecordItem> {
  const reader = new ByteReader(stream);
  const refusal = await refuseStart(reader, source);
  if (refusal) {
    yield refusal;
    return;
  }
  for (let number = 1; ; number++) {
    const item = await readRecord(reader, `${source}#${number}`, number, options);
    if (item === undefined) {
      // A damaged gzip stream or a read error ends the file; the records before it were already given.
      if (reader.failure !== undefined) yield unreadable(`${source}#${number}`, reader.failure);
      return;
    }
    yield item;
    if (item.ok) continue;
    if (reader.failure === undefined && (await reader.skipTo(RESYNC_MARKER))) {
      await reader.skip(1);
      continue;
    }
    if (reader.failure !== undefined && item.error.code !== 'unreadable') {
      yield unreadable(`${source}#${number + 1}`, reader.failure);
    }
    return;
  }
}

/** The error for a stream that does not start with a WARC record (empty, unreadable, other), if it does not. */
async function refuseStart(reader: ByteReader, source: string): Promise<WarcRecordItem | undefined> {
  await reader.skipWhile(isLineBreak);
  const start = await reader.peek(RECORD_START.length);
  if (start.equals(RECORD_START)) return undefined;
  if (reader.failure !== undefined) return unreadable(source, reader.failure);
  if (start.length === 0) {
    return {
      ok: false,
      error: new InputError('empty-input', `\`${source}\`: no WARC records (the file is empty).`, {
        input: source,
      }),
    };
  }
  return {
    ok: false,
    error: new InputError('not-warc', `Skipped \`${source}\`: not a WARC file.`, {
      input: source,
      hint: 'A WARC file starts with a WARC/1.0 or WARC/1.1 line (a .warc.gz is gzipped record by record).',
    }),
  };
}

/** The next record, or undefined at the end of the stream. */
async function readRecord(
  reader: ByteReader,
  source: string,
  number: number,
  options: ReadWarcRecordsOptions,
): Promise<WarcRecordItem | undefined> {
  await reader.skipWhile(isLineBreak);
  if ((await reader.peek(1)).length === 0) return undefined;
  const headerBytes = await reader.readUntil(HEADER_END, MAX_HEADER_BYTES);
  if (headerBytes === undefined && reader.failure !== undefined) return unreadable(source, reader.failure);
  if (headerBytes === undefined) return malformed(source, 'the record header is cut short or never ends');
  const headers = parseHeader(headerBytes.toString('utf8'));
  if (headers === undefined) return malformed(source, 'the record header is not `Name: value` lines');
  const lengthField = headers.get('content-length') ?? '';
  if (!/^\d+$/.test(lengthField)) {
    return malformed(source, `the Content-Length is \`${lengthField || 'missing'}\`, not a number of bytes`);
  }
  const length = Number(lengthField);
  const type = (headers.get('warc-type') ?? '').toLowerCase();
  const record: WarcRecord = { number, source, headers, type, length };
  let got: number;
  if (!options.keep(type, headers)) {
    got = await reader.skip(length);
  } else if (length > options.maxBlockBytes) {
    record.head = await reader.read(Math.min(HEAD_BYTES, length));
    got = record.head.length + (await reader.skip(length - record.head.length));
  } else {
    record.block = await reader.read(length);
    got = record.block.length;
  }
  if (got < length && reader.failure !== undefined) return unreadable(source, reader.failure);
  if (got < length) {
    return malformed(source, `the file ends ${length - got} bytes into its ${length}-byte block (cut short)`);
  }
  const after = await reader.peek(RECORD_START.length + 4);
  // The block is followed by two CRLFs and the next record, or the end: anything else means a wrong length.
  if (!isBlockEnd(after)) {
    if (record.block) reader.unread(record.block);
    return malformed(source, `its Content-Length (${length}) does not end at the record's end`);
  }
  return { ok: true, record };
}

/** True if the bytes after a block are line breaks then the next record or the end of the stream. */
function isBlockEnd(after: Buffer): boolean {
  let index = 0;
  while (index < after.length && isLineBreak(after[index] ?? 0)) index++;
  const rest = after.subarray(index);
  return rest.length === 0 ? true : RECORD_START.subarray(0, rest.length).equals(rest);
}

/** `Name: value` lines after the version line, continuation lines joined; undefined if a line is neither. */
function parseHeader(text: string): Map<string, string> | undefined {
  const lines = text.split(/\r?\n/);
  if (!/^WARC\/\d+\.\d+\s*$/.test(lines[0] ?? '')) return undefined;
  const headers = new Map<string, string>();
  let last: string | undefined;
  for (const line of lines.slice(1)) {
    if (/^[ \t]/.test(line) && last !== undefined) {
      headers.set(last, `${headers.get(last) ?? ''} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) return undefined;
    last = line.slice(0, colon).trim().toLowerCase();
    headers.set(last, line.slice(colon + 1).trim());
  }
  return headers;
}

function unreadable(source: string, failure: unknown): WarcRecordItem {
  const detail = failure instanceof Error ? failure.message : String(failure);
  return {
    ok: false,
    error: new InputError('unreadable', `Cannot read \`${source}\`: ${detail}.`, {
      input: source,
      cause: failure,
    }),
  };
}

function malformed(source: string, detail: string): WarcRecordItem {
  return {
    ok: false,
    error: new InputError('malformed-warc', `Skipped \`${source}\`: a malformed WARC record (${detail}).`, {
      input: source,
      hint: 'The rest of the file is read from the next record; re-fetch or repair the archive to read this one.',
    }),
  };
}

import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { brotliCompressSync, createGunzip, deflateSync, gzipSync } from 'node:zlib';
import { readWarc, type WarcItem } from './read-warc.js';

const SITE = 'https://saltmere-courier.example';

/** One WARC 1.1 record with a correct Content-Length and the two CRLFs after its block. */
function record(type: string, block: Buffer | string, fields: Record<string, string> = {}): Buffer {
  const bytes = Buffer.from(block);
  const head = [
    'WARC/1.1',
    `WARC-Type: ${type}`,
    'WARC-Date: 2026-11-18T06:00:00Z',
    ...Object.entries(fields).map(([name, value]) => `${name}: ${value}`),
    `Content-Length: ${bytes.length}`,
  ].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), bytes, Buffer.from('\r\n\r\n')]);
}

/** An archived HTTP response: status line, header fields, blank line, body bytes as sent. */
function http(headers: Record<string, string>, body: Buffer | string, status = '200 OK'): Buffer {
  const head = [`HTTP/1.1 ${status}`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)];
  return Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1'), Buffer.from(body)]);
}

function page(
  path: string,
  html: Buffer | string,
  headers: Record<string, string> = {},
  status?: string,
): Buffer {
  const block = http({ 'Content-Type': 'text/html; charset=utf-8', ...headers }, html, status);
  return record('response', block, {
    'WARC-Target-URI': `${SITE}${path}`,
    'Content-Type': 'application/http; msgtype=response',
  });
}

const FERRY =
  '<html><head><title>Night ferry approved</title></head><body><p>The council voted.</p></body></html>';
const BREAKWATER = '<html><body><p>The breakwater path is shut until the storm passes.</p></body></html>';

/** Feeds `bytes` in chunks of `size`, so that records and delimiters straddle chunk boundaries. */
function chunked(bytes: Buffer, size: number): Readable {
  const chunks: Buffer[] = [];
  for (let offset = 0; offset < bytes.length; offset += size)
    chunks.push(bytes.subarray(offset, offset + size));
  return Readable.from(chunks);
}

async function read(stream: AsyncIterable<Uint8Array>, maxRecordBytes = 1024 * 1024): Promise<WarcItem[]> {
  const items: WarcItem[] = [];
  for await (const item of readWarc(stream, 'crawl.warc', { maxRecordBytes })) items.push(item);
  return items;
}

/** `[source, url or error code]` per item, for compact comparison. */
function summary(items: WarcItem[]): string[][] {
  return items.map((item) =>
    item.ok ? [item.input.source, item.input.url ?? '-'] : [item.error.input ?? '-', item.error.code],
  );
}

const MIXED = Buffer.concat([
  record('warcinfo', 'software: test-crawler\r\n', { 'Content-Type': 'application/warc-fields' }),
  record('request', 'GET /news/night-ferry HTTP/1.1\r\nHost: saltmere-courier.example\r\n\r\n', {
    'WARC-Target-URI': `${SITE}/news/night-ferry`,
    'Content-Type': 'application/http; msgtype=request',
  }),
  page('/news/night-ferry', FERRY),
  record('response', http({ 'Content-Type': 'image/png' }, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])), {
    'WARC-Target-URI': `${SITE}/img/quay.png`,
  }),
  record('metadata', 'outlinks: /news/breakwater\r\n', { 'WARC-Target-URI': `${SITE}/news/night-ferry` }),
  page('/news/gone', '<html><body>Not found</body></html>', {}, '404 Not Found'),
  record('revisit', http({ 'Content-Type': 'text/html' }, ''), {
    'WARC-Target-URI': `${SITE}/news/night-ferry`,
  }),
  page('/news/breakwater', Buffer.from(BREAKWATER.replace('is shut', 'is shut \x97 caf\xe9'), 'latin1'), {
    'Content-Type': 'text/html; charset=windows-1252',
  }),
]);

test('only 2xx HTML responses become html inputs, named by their position among all records', async () => {
  for (const size of [5, 64 * 1024]) {
    const items = await read(chunked(MIXED, size));
    assert.deepEqual(summary(items), [
      ['crawl.warc#3', `${SITE}/news/night-ferry`],
      ['crawl.warc#8', `${SITE}/news/breakwater`],
    ]);
    const [ferry, breakwater] = items;
    assert.ok(ferry?.ok && breakwater?.ok);
    assert.equal(ferry.input.format, 'html');
    assert.equal(ferry.input.html, FERRY);
    // WARC-Date is when the page was crawled, not when it was published.
    assert.equal(ferry.input.published, undefined);
    assert.deepEqual(breakwater.input.encoding, { name: 'windows-1252', source: 'http' });
    assert.match(breakwater.input.html ?? '', /shut — café/);
  }
});

test('a .warc.gz of one gzip member per record reads like the plain file (gunzip joins the members)', async () => {
  const records = [
    page('/news/night-ferry', FERRY),
    record('request', 'GET / HTTP/1.1\r\n\r\n'),
    page('/b', BREAKWATER),
  ];
  const gz = Buffer.concat(records.map((bytes) => gzipSync(bytes)));
  const items = await read(chunked(gz, 1000).pipe(createGunzip()));
  assert.deepEqual(summary(items), [
    ['crawl.warc#1', `${SITE}/news/night-ferry`],
    ['crawl.warc#3', `${SITE}/b`],
  ]);
});

test('a chunked body is joined, then its gzip, deflate or br coding undone', async () => {
  const encoders: Record<string, (bytes: Buffer) => Buffer> = {
    gzip: (bytes) => gzipSync(bytes),
    deflate: (bytes) => deflateSync(bytes),
    br: (bytes) => brotliCompressSync(bytes),
  };
  for (const [coding, encode] of Object.entries(encoders)) {
    const compressed = encode(Buffer.from(FERRY));
    const half = Math.floor(compressed.length / 2);
    const body = Buffer.concat([
      Buffer.from(`${half.toString(16)};ext=1\r\n`),
      compressed.subarray(0, half),
      Buffer.from(`\r\n${(compressed.length - half).toString(16)}\r\n`),
      compressed.subarray(half),
      Buffer.from('\r\n0\r\nX-Trailer: 1\r\n\r\n'),
    ]);
    const block = http(
      { 'Content-Type': 'text/html', 'Transfer-Encoding': 'chunked', 'Content-Encoding': coding },
      body,
    );
    const [item, ...rest] = await read(
      Readable.from([record('response', block, { 'WARC-Target-URI': `${SITE}/c` })]),
    );
    assert.equal(rest.length, 0);
    assert.ok(item?.ok, `${coding}: ${item && !item.ok ? item.error.message : ''}`);
    assert.equal(item.input.html, FERRY, coding);
  }
});

test('a truncated last record is an error naming it; the records before it are kept', async () => {
  const last = page('/news/breakwater', BREAKWATER);
  const bytes = Buffer.concat([page('/news/night-ferry', FERRY), last.subarray(0, last.length - 40)]);
  const items = await read(chunked(bytes, 64));
  assert.deepEqual(summary(items), [
    ['crawl.warc#1', `${SITE}/news/night-ferry`],
    ['crawl.warc#2', 'malformed-warc'],
  ]);
  assert.ok(items[1] && !items[1].ok);
  assert.match(items[1].error.message, /crawl\.warc#2.*cut short/);
});

test('a truncated .warc.gz is an error naming the record being read', async () => {
  const gz = Buffer.concat([gzipSync(page('/a', FERRY)), gzipSync(page('/b', BREAKWATER))]);
  for (const cut of [30, gzipSync(page('/b', BREAKWATER)).length - 5]) {
    const items = await read(Readable.from([gz.subarray(0, gz.length - cut)]).pipe(createGunzip()));
    assert.equal(items[0]?.ok, true);
    assert.ok(items.length === 2 && !items[1]?.ok && items[1]?.error.input === 'crawl.warc#2');
  }
  const notGzip = await read(Readable.from([Buffer.from('WARC/1.1\r\n')]).pipe(createGunzip()));
  assert.deepEqual(summary(notGzip), [['crawl.warc', 'unreadable']]);
});

test('a record over the limit is an error naming it, a big non-HTML one is skipped, and the rest goes on', async () => {
  const big = `<html><body>${'<p>The pier reopens on Friday.</p>'.repeat(200)}</body></html>`;
  const video = record('response', http({ 'Content-Type': 'video/mp4' }, Buffer.alloc(20000, 7)), {
    'WARC-Target-URI': `${SITE}/clip.mp4`,
  });
  const items = await read(
    chunked(Buffer.concat([page('/big', big), video, page('/b', BREAKWATER)]), 999),
    4000,
  );
  assert.deepEqual(summary(items), [
    ['crawl.warc#1', 'too-large'],
    ['crawl.warc#3', `${SITE}/b`],
  ]);
});

test('a gzip body that decompresses over the limit is an error, not a memory blow-up', async () => {
  const bomb = gzipSync(Buffer.from(`<html><body>${' '.repeat(200000)}</body></html>`));
  const block = http({ 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }, bomb);
  const items = await read(
    Readable.from([record('response', block, { 'WARC-Target-URI': `${SITE}/z` })]),
    10000,
  );
  assert.deepEqual(summary(items), [['crawl.warc#1', 'too-large']]);
});

test('a wrong Content-Length or a broken HTTP head is an error naming the record; the next record is read', async () => {
  const ferry = page('/news/night-ferry', FERRY);
  const tooShort = Buffer.from(
    ferry.toString('latin1').replace(/Content-Length: \d+/, 'Content-Length: 30'),
    'latin1',
  );
  const tooLong = Buffer.from(
    ferry.toString('latin1').replace(/Content-Length: \d+/, 'Content-Length: 900'),
    'latin1',
  );
  const noStatus = record('response', 'Content-Type: text/html\r\n\r\n<p>x</p>', {
    'WARC-Target-URI': `${SITE}/x`,
  });
  const items = await read(
    chunked(
      Buffer.concat([
        tooShort,
        page('/a', BREAKWATER),
        tooLong,
        page('/b', BREAKWATER),
        noStatus,
        page('/c', FERRY),
      ]),
      50,
    ),
  );
  assert.deepEqual(summary(items), [
    ['crawl.warc#1', 'malformed-warc'],
    ['crawl.warc#2', `${SITE}/a`],
    ['crawl.warc#3', 'malformed-warc'],
    ['crawl.warc#4', `${SITE}/b`],
    ['crawl.warc#5', 'malformed-warc'],
    ['crawl.warc#6', `${SITE}/c`],
  ]);
});

test('a page the crawler cut short (WARC-Truncated) is an error, not a partial article', async () => {
  const block = http({ 'Content-Type': 'text/html' }, FERRY);
  const bytes = record('response', block, { 'WARC-Target-URI': `${SITE}/t`, 'WARC-Truncated': 'length' });
  assert.deepEqual(summary(await read(Readable.from([bytes]))), [['crawl.warc#1', 'truncated-record']]);
});

test('a file that is not WARC, or is empty, is one error naming the file', async () => {
  const items = await read(Readable.from([Buffer.from('<html><body>Just a page</body></html>')]));
  assert.deepEqual(summary(items), [['crawl.warc', 'not-warc']]);
  assert.deepEqual(summary(await read(Readable.from([]))), [['crawl.warc', 'empty-input']]);
});

test('a WARC 1.0 target URI in angle brackets (as wget writes it) is taken without them', async () => {
  const block = http({ 'Content-Type': 'text/html' }, FERRY);
  const bytes = Buffer.from(
    record('response', block, { 'WARC-Target-URI': `<${SITE}/news/night-ferry>` })
      .toString('latin1')
      .replace('WARC/1.1', 'WARC/1.0'),
    'latin1',
  );
  assert.deepEqual(summary(await read(Readable.from([bytes]))), [
    ['crawl.warc#1', `${SITE}/news/night-ferry`],
  ]);
});

/** A page stored as a `resource` record: the block is the page itself, with no HTTP head. */
function resource(path: string, block: Buffer | string, fields: Record<string, string> = {}): Buffer {
  return record('resource', block, {
    'WARC-Target-URI': `${SITE}${path}`,
    'Content-Type': 'text/html; charset=utf-8',
    ...fields,
  });
}

test('an HTML resource record is a page: its url from WARC-Target-URI, its charset from its Content-Type', async () => {
  const cp1252 = Buffer.from(BREAKWATER.replace('is shut', 'is shut \x97 caf\xe9'), 'latin1');
  const bytes = Buffer.concat([
    resource('/news/night-ferry', FERRY),
    resource('/news/breakwater', cp1252, { 'Content-Type': 'text/html; charset=windows-1252' }),
    resource('/news/quay.xhtml', FERRY, { 'Content-Type': 'application/xhtml+xml' }),
  ]);
  const items = await read(chunked(bytes, 7));
  assert.deepEqual(summary(items), [
    ['crawl.warc#1', `${SITE}/news/night-ferry`],
    ['crawl.warc#2', `${SITE}/news/breakwater`],
    ['crawl.warc#3', `${SITE}/news/quay.xhtml`],
  ]);
  const [ferry, breakwater] = items;
  assert.ok(ferry?.ok && breakwater?.ok);
  assert.equal(ferry.input.format, 'html');
  assert.equal(ferry.input.html, FERRY);
  assert.equal(ferry.input.published, undefined);
  assert.deepEqual(breakwater.input.encoding, { name: 'windows-1252', source: 'http' });
  assert.match(breakwater.input.html ?? '', /shut — café/);
});

test('resource records that are not HTML (images, scripts, dns, metadata) are skipped without a word', async () => {
  const bytes = Buffer.concat([
    resource('/img/quay.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), {
      'Content-Type': 'image/png',
    }),
    resource('/app.js', 'document.title = "x";', { 'Content-Type': 'application/javascript' }),
    record('resource', '20261118060000\nsaltmere-courier.example. 300 IN A 192.0.2.7\n', {
      'WARC-Target-URI': 'dns:saltmere-courier.example',
      'Content-Type': 'text/dns',
    }),
    record('resource', 'just bytes', { 'WARC-Target-URI': `${SITE}/untyped` }),
    resource('/news/breakwater', BREAKWATER),
  ]);
  assert.deepEqual(summary(await read(chunked(bytes, 11))), [['crawl.warc#5', `${SITE}/news/breakwater`]]);
});

test('a truncated or over-long HTML resource is an error naming it; the rest of the file goes on', async () => {
  const big = `<html><body>${'<p>The pier reopens on Friday.</p>'.repeat(200)}</body></html>`;
  const bytes = Buffer.concat([
    resource('/news/night-ferry', FERRY, { 'WARC-Truncated': 'length' }),
    resource('/news/big', big),
    resource('/news/breakwater', BREAKWATER),
  ]);
  const items = await read(chunked(bytes, 999), 4000);
  assert.deepEqual(summary(items), [
    ['crawl.warc#1', 'truncated-record'],
    ['crawl.warc#2', 'too-large'],
    ['crawl.warc#3', `${SITE}/news/breakwater`],
  ]);
  assert.ok(items[0] && !items[0].ok);
  assert.match(items[0].error.message, /crawl\.warc#1.*cut this page short/);
});

test('a file mixing response and resource pages gives both, in file order', async () => {
  const bytes = Buffer.concat([
    resource('/news/breakwater', BREAKWATER),
    record('request', 'GET /news/night-ferry HTTP/1.1\r\n\r\n'),
    page('/news/night-ferry', FERRY),
    resource('/news/quay', FERRY.replace('Night ferry', 'Quay')),
  ]);
  const items = await read(chunked(bytes, 64));
  assert.deepEqual(summary(items), [
    ['crawl.warc#1', `${SITE}/news/breakwater`],
    ['crawl.warc#3', `${SITE}/news/night-ferry`],
    ['crawl.warc#4', `${SITE}/news/quay`],
  ]);
  assert.deepEqual(
    items.map((item) => (item.ok ? (/<title>([^<]*)/.exec(item.input.html ?? '')?.[1] ?? '-') : '-')),
    ['-', 'Night ferry approved', 'Quay approved'],
  );
});

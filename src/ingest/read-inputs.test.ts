import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { readInputs, type IngestItem } from './read-inputs.js';

async function collect(paths: string[], stdin?: string): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  const options = stdin === undefined ? {} : { stdin: Readable.from([stdin]) };
  for await (const item of readInputs(paths, options)) items.push(item);
  return items;
}

function folderWith(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'parallax-ingest-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), content);
  }
  return folder;
}

test('a folder is read recursively in name order, dot-files skipped, formats by extension', async () => {
  const folder = folderWith({
    'b.html': '<p>Hello there, reader.</p>',
    'a.txt': 'Title\n\nBody text.',
    'sub/c.jsonl': '{"id":"c","text":"Line text."}\n',
    '.hidden.txt': 'x',
  });
  const items = await collect([folder]);
  assert.deepEqual(
    items.map((item) =>
      item.ok ? [item.input.format, item.input.source.slice(folder.length + 1)] : ['error', item.source],
    ),
    [
      ['text', 'a.txt'],
      ['html', 'b.html'],
      ['jsonl', 'sub/c.jsonl:1'],
    ],
  );
});

test('a glob expands to its matches; a glob with no match is an error naming it', async () => {
  const folder = folderWith({
    'x.txt': 'One article text.',
    'y.txt': 'Another article text.',
    'z.html': '<p>Page</p>',
  });
  const items = await collect([join(folder, '*.txt'), join(folder, '*.xml')]);
  assert.equal(items.filter((item) => item.ok).length, 2);
  const failure = items.find((item) => !item.ok);
  assert.ok(failure && !failure.ok);
  assert.match(failure.error.message, /No files match .*\*\.xml/);
});

test('- reads JSONL from stdin, naming lines stdin:N', async () => {
  const items = await collect(['-'], '{"id":"a","text":"First."}\n\n{"id":"b"}\n');
  assert.equal(items.length, 2);
  assert.ok(items[0]?.ok && items[0].input.source === 'stdin:1');
  assert.ok(items[1] && !items[1].ok && items[1].source === 'stdin:3' && items[1].id === 'b');
});

test('a UTF-16 text file with a BOM is read as text', async () => {
  const bom = Buffer.from([0xff, 0xfe]);
  const folder = folderWith({});
  writeFileSync(
    join(folder, 'u16.txt'),
    Buffer.concat([bom, Buffer.from('Héron Bay reopens its pier', 'utf16le')]),
  );
  const [item] = await collect([join(folder, 'u16.txt')]);
  assert.ok(item?.ok, item && !item.ok ? item.error.message : '');
  assert.match(item.input.text ?? '', /Héron Bay reopens/);
});

test("names in a folder's .parallaxignore are skipped", async () => {
  const folder = folderWith({
    '.parallaxignore': '# gold files\nexpected.json\nREADME.md\n',
    'README.md': 'About',
    'expected.json': '{}',
    'story.txt': 'An article.',
  });
  const items = await collect([folder]);
  assert.deepEqual(
    items.map((item) => (item.ok ? item.input.source.slice(folder.length + 1) : item.source)),
    ['story.txt'],
  );
});

test('a feed file in a folder gives one input per item; a bad item or a non-feed .xml is an error, the rest goes on', async () => {
  const folder = folderWith({
    'a-courier.rss':
      '<rss><channel><title>Saltmere Evening Courier</title>' +
      '<item><title>Night ferry approved</title><description>The council approved a night ferry on Tuesday.</description></item>' +
      '<item><title>No body</title></item>' +
      '<item><title>Breakwater shut</title><description>The breakwater path is shut.</description></item>' +
      '</channel></rss>',
    'b-sitemap.xml': '<urlset><url><loc>https://saltmere.example/</loc></url></urlset>',
    'c.txt': 'Title\n\nBody text.',
  });
  const items = await collect([folder]);
  assert.deepEqual(
    items.map((item) =>
      item.ok
        ? [item.input.outlet ?? '-', item.input.source.slice(folder.length + 1)]
        : [item.error.code, item.source.slice(folder.length + 1)],
    ),
    [
      ['Saltmere Evening Courier', 'a-courier.rss#1'],
      ['Saltmere Evening Courier', 'a-courier.rss#3'],
      ['empty-input', 'a-courier.rss#2'],
      ['not-a-feed', 'b-sitemap.xml'],
      ['-', 'c.txt'],
    ],
  );
});

test('a Markdown file is read when named, not when a folder walk comes across it (a README is not an article)', async () => {
  const folder = folderWith({
    'README.md': '# About this corpus\n\nTwo invented articles about the Saltmere ferry.',
    'ferry.txt': 'Ferry approved\n\nThe council approved a night ferry on Tuesday.',
  });
  const walked = await collect([folder]);
  assert.deepEqual(
    walked.map((item) => (item.ok ? item.input.source.slice(folder.length + 1) : item.error.code)),
    ['ferry.txt'],
  );
  const named = await collect([join(folder, 'README.md')]);
  assert.equal(named[0]?.ok && named[0].input.format, 'text');
});

/** One WARC 1.1 response record for an HTML page at `url`. */
function warcPage(url: string, html: string): Buffer {
  const block = `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}`;
  const head = `WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: ${url}\r\nContent-Length: ${Buffer.byteLength(block)}`;
  return Buffer.from(`${head}\r\n\r\n${block}\r\n\r\n`);
}

test('WARC files in a folder, plain or gzipped record by record, give one html input per page', async () => {
  const folder = folderWith({ 'c.txt': 'Title\n\nBody text.', 'd.warc': 'not an archive' });
  const ferry = warcPage('https://saltmere-courier.example/news/night-ferry', '<p>The night ferry runs.</p>');
  const request = Buffer.from('WARC/1.1\r\nWARC-Type: request\r\nContent-Length: 4\r\n\r\nGET \r\n\r\n');
  const pier = warcPage('https://saltmere-courier.example/news/pier', '<p>The pier reopens.</p>');
  writeFileSync(
    join(folder, 'a.warc.gz'),
    Buffer.concat([gzipSync(ferry), gzipSync(request), gzipSync(pier)]),
  );
  writeFileSync(join(folder, 'b.warc'), Buffer.concat([request, pier]));
  const items = await collect([folder]);
  assert.deepEqual(
    items.map((item) =>
      item.ok
        ? [item.input.format, item.input.source.slice(folder.length + 1), item.input.url ?? '-']
        : ['error', item.source.slice(folder.length + 1), item.error.code],
    ),
    [
      ['html', 'a.warc.gz#1', 'https://saltmere-courier.example/news/night-ferry'],
      ['html', 'a.warc.gz#3', 'https://saltmere-courier.example/news/pier'],
      ['html', 'b.warc#2', 'https://saltmere-courier.example/news/pier'],
      ['text', 'c.txt', '-'],
      ['error', 'd.warc', 'not-warc'],
    ],
  );
  const [first] = items;
  assert.ok(first?.ok);
  assert.match(first.input.html ?? '', /The night ferry runs/);
});

test('a file over a small --max-bytes is refused with both sizes told apart', async () => {
  const folder = folderWith({ 'bridge.txt': `Footbridge collapses\n\n${'The span gave way. '.repeat(160)}` });
  const messages: string[] = [];
  for (const maxFileBytes of [2600, 3000]) {
    for await (const item of readInputs([folder], { maxFileBytes })) {
      assert.ok(!item.ok);
      messages.push(item.error.message);
    }
  }
  // 3,062 bytes over 2,600 and over 3,000: neither reads as "0 MB is over the 0 MB limit".
  assert.match(messages[0] ?? '', /3,062 bytes is over the 2,600-byte limit/);
  assert.match(messages[1] ?? '', /3,062 bytes is over the 3,000-byte limit/);
});

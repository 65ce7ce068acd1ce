import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { test } from 'node:test';
import { runCli } from '../src/cli/program.js';
import { createTextArticle } from '../src/model/index.js';
import { openStore } from '../src/store/index.js';
import { repoRoot } from './helpers/repo-root.js';
import { runParallax } from './helpers/run-cli.js';

const ARTICLES = join(repoRoot(), 'fixtures', 'articles');

/** A folder with two good articles plus whatever bad files `add` writes. */
function batchFolder(add: (folder: string) => void): string {
  const folder = mkdtempSync(join(tmpdir(), 'parallax-bad-'));
  copyFileSync(join(ARTICLES, 'ferry-ledger.txt'), join(folder, 'a-ferry-ledger.txt'));
  copyFileSync(join(ARTICLES, 'ferry-courier.txt'), join(folder, 'z-ferry-courier.txt'));
  add(folder);
  return folder;
}

/** Runs `ingest` on the folder into a fresh store and returns the run plus the stored article count. */
async function ingest(folder: string, extra: string[] = []) {
  const db = join(mkdtempSync(join(tmpdir(), 'parallax-db-')), 'store.db');
  const run = await runParallax(['ingest', folder, '--db', db, ...extra]);
  const store = await openStore(db);
  const stored = await store.countArticles();
  await store.close();
  return { run, stored, db };
}

const CASES: { name: string; file: string; write: (path: string) => void; message: RegExp }[] = [
  {
    name: 'an empty file',
    file: 'empty.txt',
    write: (path) => writeFileSync(path, ''),
    message: /empty|no text/i,
  },
  {
    name: 'a binary file',
    file: 'image.txt',
    write: (path) =>
      writeFileSync(
        path,
        Buffer.from([
          0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3, 255, 254, 0, 0,
        ]),
      ),
    message: /binary/i,
  },
  {
    name: 'a file that is not UTF-8',
    file: 'latin1.txt',
    write: (path) =>
      writeFileSync(
        path,
        Buffer.from(
          'Caf\xe9 owners in S\xe3o Ruivo protest the new tax on terraces\n\nThe owners said the levy was unfair to small businesses.',
          'latin1',
        ),
      ),
    message: /UTF-8/,
  },
  {
    name: 'a 50 MB text file',
    file: 'huge.txt',
    write: (path) => writeFileSync(path, 'The quick council meeting ran late again. '.repeat(1_250_000)),
    message: /limit/,
  },
  {
    name: 'a page with no article body (a menu only)',
    file: 'menu.html',
    write: (path) =>
      writeFileSync(
        path,
        '<html><head><title>Gullmouth Post</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>',
      ),
    message: /no article text/,
  },
  {
    name: 'an unrelated file in the folder',
    file: 'notes.pdf',
    write: (path) => writeFileSync(path, '%PDF-1.4 not an article'),
    message: /not an article file/,
  },
];

for (const badCase of CASES) {
  test(`bad input: ${badCase.name} gets a clear error naming it, and the rest of the batch is stored`, async () => {
    const folder = batchFolder((dir) => badCase.write(join(dir, badCase.file)));
    const { run, stored } = await ingest(folder);
    assert.equal(run.code, 1, `exit code 1 expected, stderr: ${run.stderr}`);
    assert.match(run.stderr, new RegExp(badCase.file.replace('.', '\\.')));
    assert.match(run.stderr, badCase.message);
    const errors = run.records.filter((record) => 'error' in record);
    assert.equal(errors.length, 1);
    assert.match(String(errors[0]?.source), new RegExp(badCase.file.replace('.', '\\.')));
    assert.equal(stored, 2, 'both good articles stored');
  });
}

test('bad input: malformed JSONL lines are reported by line number and the good lines are stored', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'parallax-jsonl-'));
  const good = (id: string, text: string) => JSON.stringify({ id, title: `Title ${id}`, text });
  writeFileSync(
    join(folder, 'feed.jsonl'),
    [
      good(
        'one',
        'Port workers in Saltmere ended their strike on Tuesday after the operator agreed to a raise.',
      ),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'no-text', title: 'Only a title' }),
      '[1, 2, 3]',
      '',
      good(
        'two',
        'A storm closed the Saltmere ferry for a second day, the harbour office said on Wednesday.',
      ),
    ].join('\n'),
  );
  const { run, stored } = await ingest(folder);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /feed\.jsonl:2: not valid JSON/);
  assert.match(run.stderr, /feed\.jsonl:3: expected `text` or `html`/);
  assert.match(run.stderr, /feed\.jsonl:4/);
  const errorIds = run.records.filter((record) => 'error' in record).map((record) => record.id);
  assert.deepEqual(errorIds, [null, 'no-text', null]);
  assert.equal(stored, 2);
});

test('bad input: a failing batch loses nothing already stored', async () => {
  const folder = batchFolder(() => undefined);
  const first = await ingest(folder);
  assert.equal(first.run.code, 0, first.run.stderr);
  const second = mkdtempSync(join(tmpdir(), 'parallax-second-'));
  mkdirSync(join(second, 'sub'));
  writeFileSync(join(second, 'sub', 'empty.txt'), '');
  copyFileSync(join(ARTICLES, 'orchard.txt'), join(second, 'orchard.txt'));
  const run = await runParallax(['ingest', second, '--db', first.db]);
  assert.equal(run.code, 1);
  const store = await openStore(first.db);
  assert.equal(await store.countArticles(), 3);
  await store.close();
});

test('the same content ingested twice is one article', async () => {
  const folder = batchFolder(() => undefined);
  const first = await ingest(folder);
  const again = await runParallax(['ingest', folder, '--db', first.db]);
  assert.equal(again.code, 0, again.stderr);
  assert.deepEqual(
    again.records.map((record) => record.status),
    ['unchanged', 'unchanged'],
  );
  const store = await openStore(first.db);
  assert.equal(await store.countArticles(), 2);
  await store.close();
});

test('a missing path is an error naming it, exit code 1', async () => {
  const run = await runParallax(['analyze', '/nonexistent/parallax-input', '--no-store', '--json']);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /\/nonexistent\/parallax-input/);
});

test('bad input: stdout closed by its reader (`| head`) ends the verb quietly, no EPIPE crash', async () => {
  const lines = Array.from({ length: 50 }, (_, index) =>
    JSON.stringify({ id: `n${index}`, text: 'The ferry left Gull Island at noon. It returned at six.' }),
  ).join('\n');
  let writes = 0;
  // Like a pipe whose reader exited: the first write goes through, every later one fails with EPIPE.
  const stdout = new Writable({
    write(_chunk, _encoding, callback) {
      writes++;
      callback(writes === 1 ? null : Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    },
  });
  const stderr = new PassThrough();
  const errors: string[] = [];
  stderr.on('data', (chunk: Buffer) => errors.push(chunk.toString('utf8')));
  const code = await runCli(['sentences'], {
    stdin: Readable.from([lines]),
    stdout,
    stderr,
    env: {},
  });
  assert.equal(code, 1);
  assert.ok(writes < 50, `stopped writing after the reader left (${writes} writes)`);
  assert.equal(errors.join(''), '', 'nothing on stderr: the reader leaving is not an input error');
});

test('bad input: stdout on a full disk (ENOSPC) is said on stderr and fails the run, not taken for `| head`', async () => {
  const line = JSON.stringify({ id: 'n1', text: 'The ferry left Gull Island at noon. It returned at six.' });
  // Like a file on a full disk: every write fails with ENOSPC, as `> /dev/full` does.
  const fullDisk = (): Writable =>
    new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
      },
    });
  for (const args of [
    ['sentences'],
    ['analyze', '-', '--no-store'],
    ['analyze', '-', '--no-store', '--json'],
  ]) {
    const stderr = new PassThrough();
    const errors: string[] = [];
    stderr.on('data', (chunk: Buffer) => errors.push(chunk.toString('utf8')));
    const code = await runCli(args, { stdin: Readable.from([line]), stdout: fullDisk(), stderr, env: {} });
    assert.equal(code, 1, `${args.join(' ')}: a report lost to a full disk is a failed run`);
    assert.match(errors.join(''), /standard output.*ENOSPC.*incomplete/, `${args.join(' ')}: says why`);
  }
});

test('bad input: a --md report file that cannot be written (a full disk) is named with its option', async (t) => {
  if (!existsSync('/dev/full')) {
    t.skip('needs /dev/full, a device whose every write fails with ENOSPC (Linux)');
    return;
  }
  const run = await runParallax(['analyze', ARTICLES, '--no-store', '--md', '/dev/full']);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /--md `\/dev\/full`: cannot write the report \(ENOSPC/);
});

test('bad input: a JSONL line that is not UTF-8 is refused by line, a BOM is fine, the rest goes on', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'parallax-utf8-'));
  const feed = join(folder, 'feed.jsonl');
  writeFileSync(
    feed,
    Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('{"id":"bom","text":"The Saltmere ferry ran late on Monday."}\n'),
      Buffer.from('{"id":"latin","text":"Caf\xe9 owners in S\xe3o Ruivo protest the tax."}\n', 'latin1'),
      Buffer.from('{"id":"fine","text":"Caf\u00e9 owners in S\u00e3o Ruivo protest the tax."}\n'),
    ]),
  );
  const run = await runParallax(['loaded', feed]);
  assert.equal(run.code, 1);
  assert.deepEqual(
    run.records.map((record) => record.id ?? record.source),
    ['bom', `${feed}:2`, 'fine'],
  );
  assert.equal(run.records[1]?.code, 'not-utf8');
  assert.match(run.stderr, /feed\.jsonl:2: the line is not valid UTF-8/);
});

test('bad input: a value that is not an object gets the same clear error in every record verb', async () => {
  for (const verb of ['extract', 'sentences', 'entities', 'quotes', 'loaded', 'cluster', 'compare']) {
    const run = await runParallax([verb], { stdin: '42\nnull\n["a"]\n' });
    assert.equal(run.code, 1, verb);
    assert.deepEqual(
      run.records.map((record) => record.code),
      ['invalid-record', 'invalid-record', 'invalid-record'],
      `${verb}: ${run.stderr}`,
    );
    assert.match(run.stderr, /stdin:1: expected a JSON object .*got a number \(42\)/, verb);
    assert.match(run.stderr, /stdin:2: expected a JSON object .*got null/, verb);
  }
});

test('bad input: a failure record from an earlier verb in a pipeline is passed on, not re-diagnosed', async () => {
  const extract = await runParallax(['extract'], {
    stdin: '<html>\n{"id":"a","text":"The Saltmere ferry ran late on Monday, the harbour office said."}\n',
  });
  const failure = extract.records[0];
  assert.equal(failure?.code, 'malformed-json');
  const piped = extract.records.map((record) => JSON.stringify(record)).join('\n');
  for (const verb of ['sentences', 'quotes', 'loaded', 'cluster']) {
    const run = await runParallax([verb], { stdin: piped });
    assert.equal(run.code, 1, `${verb}: one record had failed upstream`);
    assert.deepEqual(run.records[0], failure, `${verb} passes the failure on unchanged`);
    assert.equal(run.records[1]?.id, 'a', `${verb}: the good record still goes through`);
    assert.equal(run.records[1]?.error, undefined, `${verb}: ${run.stderr}`);
    assert.match(run.stderr, /stdin:1: passing on an earlier failure \(malformed-json\)/);
  }
});

test('bad input: wrongly typed id or published is named, in article records and record verbs alike', async () => {
  const text = 'The Saltmere council met on Tuesday.';
  const stdin = [
    { id: {}, text },
    { id: '', text },
    { id: 'p', text, published: 'last Tuesday' },
    { id: 'q', text, published: 20260301 },
    { id: 'ok', text, published: '2026-03-01', title: null },
  ]
    .map((record) => JSON.stringify(record))
    .join('\n');
  for (const verb of ['extract', 'entities', 'cluster']) {
    const run = await runParallax([verb], { stdin });
    assert.equal(run.code, 1, verb);
    assert.deepEqual(
      run.records.map((record) => record.error === undefined),
      [false, false, false, false, true],
      `${verb}: ${run.stderr}`,
    );
    assert.match(run.stderr, /stdin:1: field `id`: expected a non-empty string or a number, got an object/);
    assert.match(run.stderr, /stdin:2: field `id`: .*got an empty string/);
    assert.match(run.stderr, /stdin:3: field `published`: expected a date .*got a string \("last Tuesday"\)/);
    assert.match(run.stderr, /stdin:4: field `published`: .*got a number/);
  }
});

test('bad input: two different articles under one id are reported, not silently merged', async () => {
  const records = [
    { id: 'a', text: 'The Saltmere ferry ran late on Monday, the harbour office said.' },
    { id: 'b', text: 'A storm closed the Saltmere ferry for a second day on Wednesday.' },
    { id: 'a', text: 'Orchard growers in Vell expect a record apple harvest this autumn.' },
  ];
  const jsonl = records.map((record) => JSON.stringify(record)).join('\n');

  const analyze = await runParallax(['analyze', '-', '--no-store', '--json'], { stdin: jsonl });
  assert.equal(analyze.code, 1);
  assert.match(analyze.stderr, /stdin:3: id `a` is already used by stdin:1, for a different article/);
  assert.equal(analyze.records.find((record) => 'error' in record)?.code, 'duplicate-id');

  const cluster = await runParallax(['cluster'], { stdin: `${jsonl}\n${JSON.stringify(records[0])}` });
  assert.equal(cluster.code, 1);
  assert.deepEqual(
    cluster.records.map((record) => record.code ?? 'ok'),
    ['ok', 'ok', 'duplicate-id', 'ok'],
    'a repeated identical line is fine; a different article under a used id is not',
  );

  const compare = await runParallax(['compare'], {
    stdin: JSON.stringify({ story: 's', articles: records }),
  });
  assert.equal(compare.code, 1);
  assert.match(compare.stderr, /stdin:1 articles\[2\]: id `a` is already used by articles\[0\]/);

  // The same article listed twice in a story is one article, as in a batch: compared once, no error.
  const repeated = [records[0], records[1], records[0]];
  const summarize = await runParallax(['summarize'], {
    stdin: JSON.stringify({ id: 's', articles: repeated }),
  });
  assert.equal(summarize.code, 0, summarize.stderr);
  const cited = new Set(
    summarize.records.flatMap((record) =>
      (record.summary as { citations: { article: string }[] }[]).flatMap((line) =>
        line.citations.map((citation) => citation.article),
      ),
    ),
  );
  assert.ok(cited.has('a') && cited.has('b'), `both articles cited once: ${[...cited].join(', ')}`);
  const compareRepeated = await runParallax(['compare'], {
    stdin: JSON.stringify({ story: 's', articles: repeated }),
  });
  assert.equal(compareRepeated.code, 0, compareRepeated.stderr);
  assert.deepEqual(
    (compareRepeated.records[0]?.articles as { id: string }[] | undefined)?.map((article) => article.id),
    ['a', 'b'],
  );
});

test('bad input: cluster --db refuses a different article under an id stored by an earlier run', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'parallax-cluster-db-')), 'store.db');
  const ferry = { id: 'a', text: 'The Saltmere ferry ran late on Monday, the harbour office said.' };
  const first = await runParallax(['cluster', '--db', db], { stdin: JSON.stringify(ferry) });
  assert.equal(first.code, 0, first.stderr);

  const orchard = { id: 'a', text: 'Orchard growers in Vell expect a record apple harvest this autumn.' };
  const later = await runParallax(['cluster', '--db', db], {
    stdin: [ferry, orchard, { id: 'b', text: orchard.text }]
      .map((record) => JSON.stringify(record))
      .join('\n'),
  });
  assert.equal(later.code, 1);
  assert.deepEqual(
    later.records.map((record) => record.code ?? 'ok'),
    ['ok', 'duplicate-id', 'ok'],
    'the stored article sent again is fine; another text under its id is refused; the batch goes on',
  );
  assert.equal(later.records[0]?.story, first.records[0]?.story, 'a repeated article keeps its story');
  assert.match(
    later.stderr,
    /stdin:2: id `a` is already used by the store \(.*store\.db\), for a different article/,
  );
});

test('bad input: a damaged processed article in a story names its field instead of crashing inside', async () => {
  const text = 'The Saltmere ferry ran late on Monday.';
  // A well-formed article, then one span pointing past the end of its text.
  const article = createTextArticle(text, { id: 'x', source: 'x.txt', lang: 'en' });
  article.sentences = [{ start: 0, end: text.length + 50, paragraph: 0 }];
  const run = await runParallax(['summarize'], {
    stdin: [
      JSON.stringify({ id: 'bad-span', articles: [article] }),
      JSON.stringify({ id: 'no-lists', articles: [{ id: 'y', raw: text, sentences: [], entities: [] }] }),
    ].join('\n'),
  });
  assert.equal(run.code, 1);
  assert.deepEqual(
    run.records.map((record) => record.code),
    ['invalid-article', 'invalid-article'],
  );
  assert.match(run.stderr, /stdin:1 articles\[0\]: .*field `sentences\[0\]`: span outside `text`/);
  assert.match(run.stderr, /stdin:2 articles\[0\]: .*field `source`/);
});

test('bad input: an empty JSONL file is named like an empty text file', async () => {
  const folder = batchFolder((dir) => writeFileSync(join(dir, 'feed.jsonl'), '\n  \n'));
  const { run, stored } = await ingest(folder);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /feed\.jsonl`: no JSONL records \(the file is empty or blank\)/);
  assert.equal(stored, 2);
});

test('bad input: a JSONL path that cannot be read says why', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'parallax-unreadable-'));
  mkdirSync(join(folder, 'feed.jsonl'));
  const run = await runParallax(['loaded', join(folder, 'feed.jsonl')]);
  assert.equal(run.code, 1);
  assert.equal(run.records[0]?.code, 'unreadable');
  assert.match(run.stderr, /feed\.jsonl.*EISDIR/);
});

test('bad input: --db with a URL that is not SQLite or PostgreSQL is refused, nothing created', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'parallax-url-'));
  const cwd = process.cwd();
  process.chdir(folder);
  try {
    const run = await runParallax(['ingest', ARTICLES, '--db', 'mysql://user:pw@db.example/news']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /Unsupported database URL `mysql:\/\/user:\*\*\*@db\.example\/news`/);
    assert.deepEqual(readdirSync(folder), []);
  } finally {
    process.chdir(cwd);
  }
});

test(
  'bad input: --db under a folder that cannot be made fails at once instead of hanging',
  {
    skip: existsSync('/proc/self') ? false : 'needs /proc (Linux)',
  },
  async () => {
    const run = await runParallax(['ingest', ARTICLES, '--db', '/proc/parallax-nowhere/store.db']);
    assert.equal(run.code, 1);
    assert.match(
      run.stderr,
      /Could not open the SQLite database \/proc\/parallax-nowhere\/store\.db: ENOENT/,
    );
  },
);

test('bad input: an --md or --html file that cannot be written is a usage error before any work', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'parallax-out-'));
  const missing = await runParallax(['analyze', ARTICLES, '--no-store', '--md', join(folder, 'no', 'r.md')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /--md `.*r\.md`: cannot write the report there: its folder cannot be written/);
  const isFolder = await runParallax(['analyze', ARTICLES, '--no-store', '--html', folder]);
  assert.equal(isFolder.code, 2);
  assert.match(isFolder.stderr, /--html `.*`: cannot write the report there: it is a folder/);
  assert.equal(isFolder.stdout, '', 'no analysis ran');
});

test('bad input: a named pipe is skipped, not read forever; a link back up a folder is read once', async () => {
  const folder = batchFolder((dir) => {
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    symlinkSync('.', join(dir, 'again'));
  });
  const { run, stored } = await ingest(folder);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /pipe\.txt`: not a regular file/);
  assert.match(run.stderr, /again`: a link to a folder this walk already reads/);
  assert.equal(run.records.filter((record) => record.status === 'added').length, 2);
  assert.equal(stored, 2);
});

test('a record verb run with no file at a terminal says it is reading the terminal, not hung', async () => {
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  stdin.end('{"id":"a","text":"Calm words."}\n');
  const stderr = new PassThrough();
  const errors: Buffer[] = [];
  stderr.on('data', (chunk: Buffer) => errors.push(chunk));
  const code = await runCli(['loaded'], { stdin, stdout: new PassThrough(), stderr, env: {} });
  assert.equal(code, 0);
  assert.match(Buffer.concat(errors).toString('utf8'), /reading JSONL from the terminal .*Ctrl\+D/);
  const piped = await runParallax(['loaded'], { stdin: '{"id":"a","text":"Calm words."}\n' });
  assert.doesNotMatch(piped.stderr, /terminal/, 'silent when stdin is a pipe');
});

test('analyze --serve with --no-store is a usage error, not a run that silently does not serve', async () => {
  const run = await runParallax(['analyze', ARTICLES, '--no-store', '--serve', '--port', '0']);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /--serve shows the stored stories, but --no-store keeps nothing/);
  assert.equal(run.stdout, '');
});

test('bad input: a record id holding a NUL character is refused by every record verb, the rest goes on', async () => {
  const text = 'The Quillford ferry council met on Thursday to discuss the new pier.';
  const stdin = [
    { id: 'ok-1', text },
    { id: 'pier\u0000two', text },
    { id: 'ok-3', text },
  ]
    .map((record) => JSON.stringify(record))
    .join('\n');
  for (const verb of ['extract', 'sentences', 'entities', 'quotes', 'loaded', 'cluster']) {
    const run = await runParallax([verb], { stdin });
    assert.equal(run.code, 1, `${verb}: ${run.stderr}`);
    assert.deepEqual(
      run.records.map((record) => (record.error === undefined ? record.id : record.code)),
      ['ok-1', 'invalid-record', 'ok-3'],
      `${verb}: ${run.stderr}`,
    );
    assert.match(run.stderr, /stdin:2: field `id`: holds a NUL character/, verb);
  }
});

test('bad input: an article piped whole into a JSONL verb is one error saying so, not one per line', async () => {
  const page = [
    '<!doctype html>',
    '<html><head><title>Tallis ferry halted</title></head>',
    '<body><article>',
    ...Array.from({ length: 20 }, (_, at) => `<p>Paragraph ${at} about the Tallis ferry.</p>`),
    '</article></body></html>',
  ].join('\n');
  const prose =
    'Tallis ferry halted\n\nThe Lorr ferry board stopped the Tallis crossing on Friday.\n\nMore lines.\n';
  for (const [verb, stdin, kind] of [
    ['extract', page, /HTML page/],
    ['quotes', prose, /plain text/],
    ['summarize', page, /HTML page/],
    ['cluster', `\ufeff${prose}`, /plain text/],
  ] as const) {
    const run = await runParallax([verb], { stdin });
    assert.equal(run.code, 1, `${verb}: ${run.stderr}`);
    assert.equal(run.records.length, 1, `${verb}: ${run.stdout}`);
    assert.equal(run.records[0]?.code, 'not-jsonl');
    assert.match(run.stderr, kind);
    assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
  }
  for (const args of [
    ['analyze', '-', '--no-store', '--json'],
    ['analyze', '-', join(ARTICLES, 'orchard.txt'), '--no-store', '--json'],
  ]) {
    const run = await runParallax(args, { stdin: page });
    assert.equal(run.code, 1, run.stderr);
    assert.deepEqual(
      run.records.filter((record) => 'error' in record).map((record) => record.code),
      ['not-jsonl'],
      args.join(' '),
    );
    assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    // The other paths are still analysed.
    assert.equal(run.records.filter((record) => 'story' in record).length, args.length === 5 ? 1 : 0);
  }
  // JSONL with a broken first record is still read line by line: the records after it are used.
  const jsonl = `{"id": "a", "text": "The Tallis ferry ran\n${JSON.stringify({ id: 'b', text: 'The Tallis ferry ran late on Monday.' })}\n`;
  const broken = await runParallax(['sentences'], { stdin: jsonl });
  assert.deepEqual(
    broken.records.map((record) => record.code ?? record.id),
    ['malformed-json', 'b'],
  );
});

test('a record verb answers each line as it arrives: looking for a piped article does not hold records back', async () => {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  let output = '';
  stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const run = runCli(['sentences'], { stdin, stdout, stderr: new PassThrough(), env: {} });
  // One record, and the stream left open (a feed still being written, `tail -f`): its answer comes now.
  stdin.write('{"id":"first","text":"The Tallis ferry ran late. It docked at noon."}\n');
  const deadline = Date.now() + 5_000;
  while (!output.includes('"first"') && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const answered = output.includes('"first"');
  stdin.end();
  assert.equal(await run, 0);
  assert.ok(answered, 'the first record was answered before the input ended');
});

test('bad input: an empty JSONL file named to a record verb is an error naming it, as analyze says; empty stdin is not', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'parallax-empty-jsonl-'));
  const empty = join(folder, 'feed.jsonl');
  writeFileSync(empty, '\n  \n');
  const good = join(folder, 'good.jsonl');
  writeFileSync(good, `${JSON.stringify({ id: 'a', text: 'The Saltmere ferry ran late on Monday.' })}\n`);
  for (const verb of ['extract', 'sentences', 'loaded', 'cluster', 'compare', 'summarize']) {
    const run = await runParallax([verb, empty, good]);
    assert.equal(run.code, 1, verb);
    assert.equal(run.records[0]?.code, 'empty-input', `${verb}: ${run.stderr}`);
    assert.match(run.stderr, /feed\.jsonl`: no JSONL records \(the file is empty or blank\)/, verb);
    assert.equal(run.records.length, 2, `${verb}: the good file is still read`);
    // A pipeline whose upstream let nothing through is not a failure.
    const piped = await runParallax([verb], { stdin: '' });
    assert.equal(piped.code, 0, verb);
    assert.equal(piped.stdout, '', verb);
  }
});

test('bad input: cluster refuses a title or outlet that is not a string, instead of clustering without it', async () => {
  const text = 'The Saltmere council met on Tuesday to approve the new ferry timetable.';
  const stdin = [
    { id: 'a', title: 5, text },
    { id: 'b', outlet: ['Saltmere Post'], text },
    { id: 'c', title: null, outlet: 'Saltmere Post', text },
  ]
    .map((record) => JSON.stringify(record))
    .join('\n');
  const run = await runParallax(['cluster'], { stdin });
  assert.equal(run.code, 1);
  assert.deepEqual(
    run.records.map((record) => record.code ?? 'ok'),
    ['invalid-record', 'invalid-record', 'ok'],
  );
  assert.match(run.stderr, /stdin:1: field `title`: expected a string, got a number \(5\)/);
  assert.match(run.stderr, /stdin:2: field `outlet`: expected a string, got an array/);
});

test('bad input: a page, text or binary file named .jsonl is one error naming it, not one per line', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'parallax-misnamed-'));
  const prose = join(folder, 'notes.jsonl');
  writeFileSync(
    prose,
    'Tallis ferry halted\n\nThe Lorr ferry board stopped the Tallis crossing on Friday.\n\nMore lines.\n',
  );
  const binary = join(folder, 'dump.jsonl');
  // Bytes that are not UTF-8 on every line, as an image or archive saved under the wrong name.
  writeFileSync(
    binary,
    Buffer.concat(Array.from({ length: 30 }, () => Buffer.from([0xff, 0x00, 0xfe, 0x89, 0x0a]))),
  );
  const good = join(folder, 'good.jsonl');
  writeFileSync(good, `${JSON.stringify({ id: 'a', text: 'The Saltmere ferry ran late on Monday.' })}\n`);
  for (const verb of ['sentences', 'extract', 'compare']) {
    const run = await runParallax([verb, prose, binary, good]);
    assert.equal(run.code, 1, verb);
    assert.deepEqual(
      run.records.slice(0, 2).map((record) => record.code),
      ['not-jsonl', 'not-jsonl'],
      `${verb}: ${run.stderr}`,
    );
    assert.match(run.stderr, /`[^`]*notes\.jsonl` looks like plain text, not JSONL/);
    assert.match(run.stderr, /`[^`]*dump\.jsonl` looks like binary data/);
    assert.equal(run.stderr.trim().split('\n').length, verb === 'compare' ? 3 : 2, run.stderr);
    assert.equal(run.records.length, 3, `${verb}: the good file is still read`);
  }
  const piped = await runParallax(['quotes'], {
    stdin: '\u0000\u0001PNG\u0002\n'.repeat(30),
  });
  assert.equal(piped.records.length, 1, piped.stderr);
});

test('bad input: an article saved as .jsonl is one error naming the file in analyze and ingest, not one per line', async () => {
  const story = [
    'Saltmere pier reopens after storm repairs',
    '',
    'The Saltmere harbour board reopened the old pier on Saturday after three weeks of repairs.',
    '',
    'Board secretary Wenna Pascoe said the new railings had passed inspection on Friday.',
    '"It is safe for anglers again," Pascoe said.',
    '',
    // A paragraph that is all quotation is a JSON string, not a record: the file is still an article.
    '"We were lucky with the weather."',
  ].join('\n');
  // A note longer than what is looked at first (20 lines, 64 KiB), then a record: read line by line, none lost.
  const noted = [
    ...Array.from({ length: 1500 }, (_, at) => `Desk note ${at}: checked against the harbour log.`),
    JSON.stringify({
      id: 'pier-late',
      text: 'The Saltmere pier stayed shut on Sunday morning while a last railing was fixed.',
    }),
  ].join('\n');
  const folder = batchFolder((dir) => {
    writeFileSync(join(dir, 'pier-story.jsonl'), story);
    writeFileSync(join(dir, 'pier-noted.jsonl'), noted);
  });
  const analyzed = await runParallax(['analyze', folder, '--no-store', '--json']);
  assert.equal(analyzed.code, 1, analyzed.stderr);
  const errors = analyzed.records.filter((record) => 'error' in record);
  const misnamed = errors.filter((record) => String(record.source).endsWith('pier-story.jsonl'));
  assert.equal(misnamed.length, 1, analyzed.stderr);
  assert.equal(misnamed[0]?.code, 'not-jsonl');
  assert.match(analyzed.stderr, /`[^`]*pier-story\.jsonl` looks like plain text, not JSONL/);
  assert.match(analyzed.stderr, /\.txt/, 'the hint says how to have it read as an article');
  assert.doesNotMatch(analyzed.stderr, /pier-story\.jsonl:\d/, 'no error per line of the article');
  // The file with a long note first keeps its per-line errors, and its record is analysed.
  assert.equal(errors.filter((record) => /pier-noted\.jsonl:\d+$/.test(String(record.source))).length, 1500);
  const analysedIds = analyzed.records
    .filter((record) => 'story' in record)
    .flatMap((record) => (record.articles as { id: string }[]).map((article) => article.id));
  assert.ok(analysedIds.includes('pier-late'), analysedIds.join(', '));
  const { run, stored } = await ingest(folder);
  assert.equal(run.code, 1);
  assert.equal(run.records.filter((record) => record.code === 'not-jsonl').length, 1, run.stderr);
  assert.equal(stored, 3, 'both articles and the record after the note are stored');
  // A record verb does not lose the record after the note either.
  const sentences = await runParallax(['sentences', join(folder, 'pier-noted.jsonl')]);
  assert.deepEqual(
    sentences.records.filter((record) => !('error' in record)).map((record) => record.id),
    ['pier-late'],
    sentences.stderr,
  );
});

test('bad input: analyze names a page with no article body and reports no empty story for it', async () => {
  const folder = batchFolder((dir) =>
    writeFileSync(
      join(dir, 'menu.html'),
      '<html><head><title>Gullmouth Post</title></head><body><nav><a href="/">Home</a></nav></body></html>',
    ),
  );
  const run = await runParallax(['analyze', folder, '--no-store', '--json']);
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stderr, /menu\.html.*no article text/);
  const reports = run.records.filter((record) => !('error' in record));
  assert.equal(reports.length, 1, 'one story: the two ferry articles');
});

test('bad input: a page record piped to a text verb, or a story record to an article verb, is told what to run', async () => {
  const page = JSON.stringify({ id: 'p1', html: '<p>The Wendle ferry left at noon on Monday.</p>' });
  for (const verb of ['sentences', 'entities', 'quotes', 'loaded', 'cluster']) {
    const run = await runParallax([verb], { stdin: page });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /stdin:1: expected a string `text`, got only `html`.*parallax extract/, verb);
  }
  const story = JSON.stringify({
    id: 's1',
    articles: [{ text: 'The Wendle ferry left at noon on Monday.' }],
  });
  for (const args of [['extract'], ['analyze', '-', '--no-store', '--json']]) {
    const run = await runParallax(args, { stdin: story });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /stdin:1: .*story.*parallax compare/, args[0]);
  }
});

test('bad input: a story id of the wrong type is an error naming the field, not replaced by the line', async () => {
  const articles = [{ text: 'The Wendle ferry left at noon on Monday.' }];
  const lines = [
    JSON.stringify({ story: { name: 'ferry' }, articles }),
    JSON.stringify({ story: true, articles }),
    JSON.stringify({ story: 'ferry', articles }),
  ].join('\n');
  for (const verb of ['compare', 'summarize']) {
    const run = await runParallax([verb], { stdin: lines });
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /stdin:1: field `story`: expected .*got an object/, verb);
    assert.match(run.stderr, /stdin:2: field `story`: expected .*got true/, verb);
    const key = verb === 'compare' ? 'story' : 'id';
    assert.deepEqual(
      run.records.filter((record) => record.error === undefined).map((record) => record[key]),
      ['ferry'],
      `${verb}: the good story goes on under its id`,
    );
  }
  // A number id JSON cannot hold (1e400 parses as Infinity) is refused by the record verbs, as extract refuses it.
  const run = await runParallax(['sentences'], { stdin: '{"id": 1e400, "text": "The ferry left."}' });
  assert.equal(run.code, 1);
  assert.match(run.stderr, /stdin:1: field `id`: .*Infinity/);
});

test('bad input: a mistyped `text` gets one wording and one code in every verb, as extract gives it', async () => {
  const lines = [JSON.stringify({ id: 't1', text: 5 }), JSON.stringify({ id: 't2', title: 'No text' })].join(
    '\n',
  );
  for (const verb of ['extract', 'sentences', 'entities', 'quotes', 'loaded', 'cluster']) {
    const run = await runParallax([verb], { stdin: lines });
    assert.equal(run.code, 1);
    const [typed, absent] = run.records;
    assert.equal(typed?.code, 'invalid-record', verb);
    assert.match(
      String(typed?.error),
      /^stdin:1: field `text`: expected a string, got a number \(5\)\./,
      verb,
    );
    assert.match(String(absent?.code), /^missing-(?:field|content)$/, verb);
  }
});

test('bad input: a story with no usable article names each bad one, not only the first', async () => {
  const story = JSON.stringify({ id: 's1', articles: [{ text: 5 }, { id: 'gone' }, null] });
  for (const verb of ['compare', 'summarize']) {
    const run = await runParallax([verb], { stdin: story });
    assert.equal(run.code, 1);
    assert.equal(run.records[0]?.code, 'invalid-record', verb);
    assert.match(
      run.stderr,
      /stdin:1: 3 of its 3 articles cannot be used: articles\[0\]: field `text`/,
      verb,
    );
    assert.match(run.stderr, /articles\[2\]: expected a JSON object .*got null/, verb);
  }
});

test('bad input: a story with some bad articles is written from the good ones, saying what it left out', async () => {
  const ferry = {
    id: 'post',
    outlet: 'Wendle Post',
    text: 'The Wendle ferry left the harbour at noon on Monday with forty passengers aboard. The captain said the crossing was calm.',
  };
  const stdin = [
    { articles: [{ id: 'typo', text: 5 }, ferry, null] },
    { articles: [{ ...ferry, id: 'again' }] },
  ]
    .map((story, index) => JSON.stringify({ id: `s${index + 1}`, story: `s${index + 1}`, ...story }))
    .join('\n');
  for (const verb of ['compare', 'summarize']) {
    const run = await runParallax([verb], { stdin });
    assert.equal(run.code, 1, `${verb}: a story written in part exits as a partial failure`);
    const key = verb === 'compare' ? 'story' : 'id';
    assert.deepEqual(
      run.records.map((record) => [record[key], record.error === undefined]),
      [
        ['s1', true],
        ['s2', true],
      ],
      `${verb}: ${run.stderr}`,
    );
    const [partial, whole] = run.records;
    const cited = JSON.stringify(partial?.summary);
    assert.match(cited, /"article":"post"/, `${verb}: the good article is summarised`);
    assert.deepEqual(
      (partial?.skipped as { index: number; id?: string; code: string; error: string }[]).map((entry) => [
        entry.index,
        entry.id,
        entry.code,
      ]),
      [
        [0, 'typo', 'invalid-record'],
        [2, undefined, 'invalid-record'],
      ],
      verb,
    );
    assert.match(
      String((partial?.skipped as { error: string }[])[0]?.error),
      /stdin:1 articles\[0\]: field `text`: expected a string, got a number \(5\)/,
    );
    assert.equal(whole?.skipped, undefined, `${verb}: a whole story has no \`skipped\``);
    assert.match(
      run.stderr,
      /stdin:1: story `s1` is written without 2 of its 3 articles .*articles\[0\]: field `text`: expected a string, got a number \(5\)\. articles\[2\]: expected a JSON object .*got null/,
      verb,
    );
    assert.equal(run.stderr.trim().split('\n').length, 1, `${verb}: ${run.stderr}`);
  }
});

test('bad input: a story too short for any summary sentence says why, in the record and on stderr', async () => {
  const stdin = JSON.stringify({
    id: 'brief',
    articles: [{ text: 'Rain fell.' }, { text: 'Boats stayed in.' }],
  });
  const run = await runParallax(['summarize'], { stdin });
  assert.equal(run.code, 0, 'an empty summary is a result, not a failure');
  const [record] = run.records;
  assert.deepEqual(record?.summary, []);
  assert.match(String(record?.note), /every sentence of its 2 articles is shorter than 6 words/);
  assert.match(run.stderr, /stdin:1: story `brief`: No summary: every sentence/);
  // A story without an id is named by its line once, not as "stdin:1: story `stdin:1`".
  const unnamed = await runParallax(['summarize'], {
    stdin: JSON.stringify({ articles: [{ text: 5 }, { text: 'Rain fell.' }] }),
  });
  assert.match(unnamed.stderr, /^parallax: stdin:1: No summary: every sentence of its 1 article is/m);
  assert.match(unnamed.stderr, /^parallax: stdin:1: story is written without 1 of its 2 articles/m);
  const told = await runParallax(['summarize'], {
    stdin: JSON.stringify({
      id: 'told',
      articles: [{ text: 'The Wendle ferry left the harbour at noon on Monday with forty passengers.' }],
    }),
  });
  assert.equal(told.records[0]?.note, undefined, 'a story with a summary has no note');
  assert.equal(told.stderr, '');
});

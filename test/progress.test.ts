import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { test } from 'node:test';
import { runCli } from '../src/cli/program.js';
import { repoRoot } from './helpers/repo-root.js';
import { runParallax } from './helpers/run-cli.js';

const ARTICLES = join(repoRoot(), 'fixtures', 'articles');

test('--progress to a log (not a terminal) writes plain lines for both phases and a closing count', async () => {
  const run = await runParallax(['analyze', ARTICLES, '--no-store', '--json', '--progress']);
  assert.equal(run.code, 0, run.stderr);
  // A log file or CI output gets no carriage returns or terminal escapes, only whole lines.
  assert.ok(!run.stderr.includes('\r') && !run.stderr.includes('\u001b'), JSON.stringify(run.stderr));
  const lines = run.stderr.trim().split('\n');
  assert.ok(
    lines.some((line) => /^articles analysed: [1-3]$/.test(line)),
    run.stderr,
  );
  assert.ok(
    lines.some((line) => /^stories compared: [12] of 2$/.test(line)),
    run.stderr,
  );
  // The last line says what the run did, so a long run's log ends on its outcome.
  assert.match(lines.at(-1) ?? '', /^parallax: 3 articles, 2 stories in \d+(?:\.\d)? s$/);
});

test('without --progress a non-terminal stderr stays quiet', async () => {
  const run = await runParallax(['analyze', ARTICLES, '--no-store', '--json']);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stderr, '');
});

test('ingest --progress counts stored articles and compared stories, and closes with the outcome', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-progress-'));
  try {
    const run = await runParallax(['ingest', ARTICLES, '--db', join(dir, 'p.db'), '--progress']);
    assert.equal(run.code, 0, run.stderr);
    assert.ok(!run.stderr.includes('\r') && !run.stderr.includes('\u001b'), JSON.stringify(run.stderr));
    const lines = run.stderr.trim().split('\n');
    assert.ok(lines.includes('articles stored: 1'), run.stderr);
    assert.ok(
      lines.some((line) => /^stories compared: [12] of 2$/.test(line)),
      run.stderr,
    );
    assert.match(lines.at(-1) ?? '', /^parallax: 3 articles, 2 stories in \d+\.\d s$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('on a terminal, a failed input is said on a line of its own, not after the progress text', async () => {
  const good = Array.from({ length: 80 }, (_, index) =>
    JSON.stringify({
      id: `p${index}`,
      text: `The Wendle ferry left at ${index} minutes past noon on Monday. It returned at six.`,
    }),
  );
  // The bad line comes after the first 50 articles were analysed (and stored: a batch), so the progress line is on
  // screen when it is reported.
  const lines = [...good.slice(0, 60), '{"id": "broken', ...good.slice(60)].join('\n');
  const stderr = Object.assign(new PassThrough(), { isTTY: true });
  const errors: string[] = [];
  stderr.on('data', (chunk: Buffer) => errors.push(chunk.toString('utf8')));
  for (const verb of ['analyze', 'ingest', 'sentences', 'cluster']) {
    errors.length = 0;
    const dir = mkdtempSync(join(tmpdir(), 'parallax-progress-'));
    try {
      const storeArgs =
        verb === 'analyze' ? ['--no-store', '--json'] : verb === 'ingest' ? ['--db', join(dir, 'p.db')] : [];
      const code = await runCli([verb, '-', ...storeArgs], {
        stdin: Readable.from([lines]),
        stdout: new PassThrough().resume(),
        stderr,
        env: {},
      });
      assert.equal(code, 1);
      const text = errors.join('');
      assert.match(
        text,
        /\r(?:articles analysed|articles stored|records): \d+/,
        `${verb}: progress was shown`,
      );
      // What a terminal shows: each carriage return or newline starts the line over.
      const screenLines = text.split(/[\r\n]/).map((line) => line.replaceAll('\u001b[K', ''));
      const failure = screenLines.find((line) => line.includes('stdin:61'));
      assert.ok(failure?.startsWith('parallax: stdin:61'), `${verb}: ${JSON.stringify(failure)}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});

test('the record verbs take --progress: a count of records on stderr, closing with the counts; stdout stays JSONL', async () => {
  const lines = [
    JSON.stringify({ id: 'r1', text: 'The Wendle ferry left at noon on Monday.' }),
    '[1, 2]',
    JSON.stringify({ id: 'r2', text: 'The Wendle ferry returned at six.' }),
  ].join('\n');
  for (const verb of ['extract', 'sentences', 'entities', 'quotes', 'loaded', 'cluster']) {
    const run = await runParallax([verb, '--progress'], { stdin: lines });
    assert.equal(run.code, 1, run.stderr);
    const errors = run.stderr.trim().split('\n');
    assert.ok(errors.includes('records: 1'), `${verb}: ${run.stderr}`);
    assert.match(errors.at(-1) ?? '', /^parallax: 3 records, 1 failed in \d+\.\d s$/, verb);
    assert.equal(run.records.length, 3, `${verb}: two results and one error record on stdout`);
    assert.ok(!run.stdout.includes('records'), `${verb}: no progress on stdout`);
  }
  const story = JSON.stringify({
    id: 's1',
    articles: [{ text: 'The Wendle ferry left at noon on Monday.' }],
  });
  for (const verb of ['compare', 'summarize']) {
    const run = await runParallax([verb, '--progress'], { stdin: story });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr.trim().split('\n').at(-1) ?? '', /^parallax: 1 record in \d+\.\d s$/, verb);
  }
});

test('without --progress a record verb on a non-terminal stderr stays quiet', async () => {
  const run = await runParallax(['sentences'], {
    stdin: JSON.stringify({ id: 'r1', text: 'The Wendle ferry left at noon.' }),
  });
  assert.equal(run.code, 0);
  assert.equal(run.stderr, '');
});

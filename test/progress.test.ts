import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
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

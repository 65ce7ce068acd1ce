import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from './helpers/repo-root.js';
import { runParallax } from './helpers/run-cli.js';

const ROOT = repoRoot();

test("the README's sample report is what `analyze fixtures/articles --no-store` prints for its first story", async () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = /<!-- sample -->[\s\S]*?```\n([\s\S]*?)```\n<!-- \/sample -->/.exec(readme)?.[1];
  assert.ok(block, 'README has a <!-- sample --> block with a fenced report');
  const run = await runParallax(['analyze', join(ROOT, 'fixtures', 'articles'), '--no-store']);
  assert.equal(run.code, 0, run.stderr);
  // The sample names the files as a user in the repository would, relative to it.
  const first = (run.stdout.split(/(?=━━ Story 2 of )/)[0] ?? '').replaceAll(`${ROOT}/`, '');
  assert.equal(first.trimEnd(), block.trimEnd());
});

/**
 * Runs every benchmark script (bench/*.bench.ts for speed, bench/quality/*.ts for quality) as its own
 * process, so that one's memory does not skew another's, and prints their RESULT lines together.
 * `--smoke` (CI) passes through: each script then runs on a small subset. A script that crashes fails the run;
 * a script whose data is missing prints SKIP and counts as skipped.
 *
 * Usage: npm run bench [-- --smoke] [-- name-filter]
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const flags = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));

const scripts = [
  ...readdirSync(here)
    .filter((name) => name.endsWith('.bench.js'))
    .map((name) => join(here, name)),
  ...readdirSync(join(here, 'quality'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => join(here, 'quality', name)),
]
  .filter((path) => filters.length === 0 || filters.some((filter) => path.includes(filter)))
  .sort();

const results: string[] = [];
const skipped: string[] = [];
const failed: string[] = [];
for (const script of scripts) {
  const name = relative(here, script);
  console.log(`\n== ${name}`);
  const started = performance.now();
  const run = spawnSync(process.execPath, [script, ...flags], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stdout.write(run.stdout);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (run.status !== 0) failed.push(`${name} (exit ${run.status ?? run.signal})`);
  const lines = run.stdout.split('\n');
  results.push(...lines.filter((line) => line.startsWith('RESULT ')));
  if (lines.some((line) => line.startsWith('SKIP '))) skipped.push(name);
  console.log(`(${seconds} s)`);
}

console.log('\n== summary');
for (const line of results) console.log(line);
if (skipped.length > 0) console.log(`skipped (data missing): ${skipped.join(', ')}`);
if (failed.length > 0) {
  console.log(`FAILED: ${failed.join(', ')}`);
  process.exitCode = 1;
}

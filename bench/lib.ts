/**
 * Shared helpers for benchmark scripts: where the evaluation data lives, how to skip cleanly without it,
 * timing, and the one-line result format that `bench/run-all.ts` collects into BENCHMARKS.md.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest folder above this file with a package.json: works from bench/ (tsx) and dist/bench/ alike. */
function findRepoRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'package.json')) && dirname(folder) !== folder) folder = dirname(folder);
  return folder;
}

const REPO_ROOT = findRepoRoot();

/** The repository root. */
export function repoRoot(): string {
  return REPO_ROOT;
}

/**
 * The folder of one evaluation set under `../shared/bench/` (or `$PARALLAX_BENCH_DATA`), or null after
 * printing why it is skipped and where to get it.
 */
export function benchData(name: string): string | null {
  const base = process.env.PARALLAX_BENCH_DATA ?? join(REPO_ROOT, '..', 'shared', 'bench');
  const folder = join(base, name);
  if (existsSync(folder)) return folder;
  console.log(
    `SKIP ${name}: ${folder} not found. Put the evaluation sets in ../shared/bench/ beside the repo ` +
      `(or set PARALLAX_BENCH_DATA); see BENCHMARKS.md for the sources of each set.`,
  );
  return null;
}

/** True when run as `--smoke` (CI): benchmarks use a small subset so that CI stays fast. */
export function isSmoke(): boolean {
  return process.argv.includes('--smoke') || process.env.PARALLAX_BENCH_SMOKE === '1';
}

/** Peak resident set size so far, in MiB. */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/**
 * Runs `fn` once per item after a warm-up, returning items per second over `rounds` rounds (median, spread), by
 * wall clock and by this process's CPU time. On a shared machine the CPU-time rate is the fairer "one core" figure
 * (it counts the garbage collector's helper threads too, so it errs low); the wall-clock rate falls with the load.
 */
export function throughput<T>(
  items: readonly T[],
  fn: (item: T) => unknown,
  options: { rounds?: number; warmup?: number } = {},
): { perSecond: number; min: number; max: number; seconds: number; perCpuSecond: number } {
  const rounds = options.rounds ?? 3;
  const warmup = options.warmup ?? Math.min(items.length, 20);
  for (let index = 0; index < warmup; index++) fn(items[index] as T);
  const rates: number[] = [];
  const cpuRates: number[] = [];
  let total = 0;
  for (let round = 0; round < rounds; round++) {
    const started = process.hrtime.bigint();
    const cpuStarted = process.cpuUsage();
    for (const item of items) fn(item);
    const cpu = process.cpuUsage(cpuStarted);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    total += seconds;
    rates.push(items.length / seconds);
    cpuRates.push(items.length / ((cpu.user + cpu.system) / 1e6));
  }
  rates.sort((a, b) => a - b);
  cpuRates.sort((a, b) => a - b);
  return {
    perSecond: rates[Math.floor(rates.length / 2)] ?? 0,
    min: rates[0] ?? 0,
    max: rates[rates.length - 1] ?? 0,
    seconds: total,
    perCpuSecond: cpuRates[Math.floor(cpuRates.length / 2)] ?? 0,
  };
}

/** Prints one result line: `RESULT <bench> <metric>=<value> ...`, collected by run-all. */
export function report(bench: string, metrics: Record<string, number | string>): void {
  const parts = Object.entries(metrics).map(([key, value]) =>
    typeof value === 'number'
      ? `${key}=${Number.isInteger(value) ? value : value.toFixed(4)}`
      : `${key}=${value}`,
  );
  console.log(`RESULT ${bench} ${parts.join(' ')}`);
}

/** A small seeded random number generator (a linear congruential one) in [0, 1): the same sample on every run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

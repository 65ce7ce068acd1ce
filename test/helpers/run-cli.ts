import { PassThrough } from 'node:stream';
import { runCli } from '../../src/cli/program.js';

/** The result of one in-process CLI run. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSONL (non-JSON lines are skipped). */
  records: Record<string, unknown>[];
}

/** Runs `parallax ARGS` in-process with the given stdin text and environment. */
export async function runParallax(
  args: readonly string[],
  options: { stdin?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliRun> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  stdin.end(options.stdin ?? '');
  const code = await runCli(args, { stdin, stdout, stderr, env: options.env ?? {} });
  const text = Buffer.concat(out).toString('utf8');
  const records: Record<string, unknown>[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      records.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      // Not a JSONL line (the readable report can start a line with a brace in article text).
    }
  }
  return { code, stdout: text, stderr: Buffer.concat(err).toString('utf8'), records };
}

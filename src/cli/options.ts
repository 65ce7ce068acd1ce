import { homedir } from 'node:os';
import { InvalidArgumentError } from 'commander';
import { defaultDbPath, openStore, type Store } from '../store/index.js';
import type { CliContext } from './io.js';

/** The store location a verb uses: `--db`, else `$PARALLAX_DB`, else the user's data directory. */
export function resolveDbLocation(db: string | undefined, context: CliContext): string {
  return db ?? defaultDbPath(context.env, process.platform, homedir());
}

/** Opens the store for a verb (see resolveDbLocation). */
export async function openCliStore(db: string | undefined, context: CliContext): Promise<Store> {
  return openStore(resolveDbLocation(db, context));
}

/** Parses a positive integer option, for commander. */
export function parsePositiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) {
    throw new InvalidArgumentError(`expected a positive whole number, got \`${value}\``);
  }
  return parsed;
}

/** Parses a TCP port (0 asks the system for a free one), for commander. */
export function parsePort(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) {
    throw new InvalidArgumentError(`expected a port from 0 to 65535, got \`${value}\``);
  }
  return parsed;
}

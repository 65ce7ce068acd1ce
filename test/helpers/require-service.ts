import type { TestContext } from 'node:test';

/**
 * Skips a test whose service (PostgreSQL, Chromium) is missing, with the reason, except under CI
 * (`CI=true`), where a missing service fails the test: `.ci/run` promises that nothing was skipped.
 * Returns true when the test should go on.
 */
export function requireService(t: TestContext, available: boolean, reason: string): boolean {
  if (available) return true;
  if (process.env.CI === 'true') {
    throw new Error(`${reason} (CI=true: services must be present, see .ci/run)`);
  }
  t.skip(reason);
  return false;
}

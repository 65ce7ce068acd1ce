/** Which stage produced something. */
export type StageName = 'ingest' | 'extract' | 'language' | 'stories' | 'compare' | 'summary' | 'store';

/**
 * A problem in content (no body found, guessed encoding, no date). Attached to the article; the pipeline goes on.
 * Misuse and bad input at a boundary throw `ParallaxError` instead.
 */
export interface Diagnostic {
  severity: 'error' | 'warning' | 'info';
  /** Stable, kebab-case: `no-body`, `encoding-guessed`, `no-date`, `truncated-input`, ... */
  code: string;
  stage: StageName;
  message: string;
  start?: number;
  end?: number;
}

/** Builds a diagnostic; a small helper so stages write one line per finding. */
export function createDiagnostic(
  stage: StageName,
  severity: Diagnostic['severity'],
  code: string,
  message: string,
): Diagnostic {
  return { severity, code, stage, message };
}

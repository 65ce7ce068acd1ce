import { createHash } from 'node:crypto';

/**
 * A stable id for a piece of content: the first 16 hex digits of the SHA-256 of its normalised text
 * (whitespace folded), so the same article ingested twice gets the same id, and any edit gives a new one.
 */
export function contentId(text: string): string {
  const normalised = text.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalised, 'utf8').digest('hex').slice(0, 16);
}

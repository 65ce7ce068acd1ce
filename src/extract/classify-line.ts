import type { ResidueReason } from '../model/index.js';
import {
  CAPTION_CREDIT_PATTERN,
  PHOTO_CREDIT_LINE_PATTERN,
  RESIDUE_LINE_RULES,
} from './rules/residue-lines.js';

/** Captions are one or two sentences; a longer paragraph that names a photographer is body text about a photo. */
const MAX_CAPTION_CHARS = 500;
/** A credit-only line is short: "Photo: Jane Doe/Reuters". */
const MAX_CREDIT_CHARS = 100;

/**
 * Why one line of scraped page text is residue, or undefined when it may be body text. Looks at the line alone;
 * `cleanText` adds the rules that need the neighbouring lines.
 */
export function classifyLine(line: string): ResidueReason | undefined {
  const text = line.trim().replace(/\s+/g, ' ');
  if (text === '') return undefined;
  if (text.length <= MAX_CREDIT_CHARS && PHOTO_CREDIT_LINE_PATTERN.test(text)) return 'photo-credit';
  for (const rule of RESIDUE_LINE_RULES) {
    if (text.length <= rule.maxChars && rule.pattern.test(text)) return rule.reason;
  }
  if (text.length <= MAX_CAPTION_CHARS && CAPTION_CREDIT_PATTERN.test(text)) return 'caption';
  return undefined;
}

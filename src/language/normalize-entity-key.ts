import { TITLE_ABBREVIATIONS } from './lexicon.js';

/* Honorifics and titles that do not belong to the name ("Mr. Trump" and "Trump" are one person). */
const DROPPED: ReadonlySet<string> = new Set([
  ...TITLE_ABBREVIATIONS,
  'miss',
  'sir',
  'dame',
  'lord',
  'lady',
  'president',
  'vice',
  'senator',
  'governor',
  'general',
  'secretary',
  'minister',
  'prime',
  'mayor',
  'judge',
  'justice',
  'ambassador',
  'envoy',
  'pope',
  'king',
  'queen',
  'prince',
  'princess',
  'chancellor',
  'speaker',
  'representative',
  'congressman',
  'congresswoman',
  'the',
  'jr',
  'sr',
]);

/**
 * The key that links mentions of one entity across articles: accents folded, lower case, punctuation and
 * titles dropped, possessive removed. "Nicolás Maduro", "Nicolas Maduro" and "President Nicolas Maduro's" all
 * give "nicolas maduro".
 *
 * @example
 * normalizeEntityKey('President Nicolás Maduro’s'); // 'nicolas maduro'
 */
export function normalizeEntityKey(name: string): string {
  const cached = CACHE.get(name);
  if (cached !== undefined) return cached;
  const key = computeKey(name);
  // Names repeat across mentions and articles; a bounded cache keeps the pure function cheap.
  if (CACHE.size >= CACHE_ENTRIES) CACHE.clear();
  CACHE.set(name, key);
  return key;
}

const CACHE = new Map<string, string>();
const CACHE_ENTRIES = 50_000;

function computeKey(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const words = folded.split(' ').filter((word) => word !== '');
  const kept = words.filter((word) => !DROPPED.has(word));
  return (kept.length > 0 ? kept : words).join(' ');
}

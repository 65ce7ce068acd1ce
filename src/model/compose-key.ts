/*
 * Text from some sources (macOS file names, some CMS exports, copied PDFs) writes accents as combining marks
 * after the letter, Unicode NFD: "Nicola\u0301s" for "Nicolás". Offsets into the text are reported to users, so
 * the text itself is never normalised; instead every pattern that continues a word over letters also continues
 * it over combining marks (`[\p{L}\p{M}]`, `WORD_LETTER` in patterns built from strings), and names or words
 * are put in one form (`composeKey`, or accents folded) only where they are compared.
 */

/** Regular-expression class body (without brackets) for the letters of a word, combining marks included. */
export const WORD_LETTER = '\\p{L}\\p{M}';

/**
 * `text` in Unicode NFC, for keys and lookups that must not depend on how the source encoded accents:
 * "Jose\u0301" and "José" give "José". Plain ASCII comes back as it is without a call into ICU.
 *
 * @example
 * composeKey('El Pai\u0301s') === 'El País'; // true
 */
export function composeKey(text: string): string {
  return /[\u0300-\uffff]/.test(text) ? text.normalize('NFC') : text;
}

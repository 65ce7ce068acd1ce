/**
 * Time and size limits of the extract stage. Inputs beyond them are cut, not rejected, and the article carries a
 * `truncated-input` diagnostic, so one hostile page cannot stall a batch.
 */

/**
 * HTML longer than this (UTF-16 code units, about bytes for Latin text) is cut before parsing. 5 MB is over 20x the
 * largest page of the article-extraction benchmark (about 230 KB) and parses in well under a second.
 */
export const MAX_HTML_CHARS = 5_000_000;

/** Plain text longer than this is cut before cleaning: a long-form article is about 100 KB. */
export const MAX_TEXT_CHARS = 2_000_000;

/**
 * Elements nested deeper than this are read as flat text of their ancestor at this depth. Real pages nest
 * under 60 levels; the cap keeps every recursive walk far from the JavaScript stack limit (a 10,000-deep DOM).
 */
export const MAX_DOM_DEPTH = 200;

/** Element count beyond which scoring stops adding candidates (a 5 MB page of tiny elements stays linear). */
export const MAX_ELEMENTS = 400_000;

/** Bytes handed to charset detection: enough to see the head and a good sample of the body. */
export const MAX_DETECT_BYTES = 65_536;

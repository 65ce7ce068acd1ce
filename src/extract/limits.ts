/**
 * Time and size limits of the extract stage. Inputs beyond them are cut, not rejected, and the article carries a
 * `truncated-input` diagnostic, so one hostile page cannot stall a batch.
 */

/**
 * HTML longer than this (UTF-16 code units, about bytes for Latin text) is cut before parsing. 5 MB is over 3x the
 * largest page of the article-extraction benchmark (1.49 MB, mostly inline script; the median is 113 KB) and
 * parses in about a second on a shared core.
 */
export const MAX_HTML_CHARS = 5_000_000;

/** Plain text longer than this is cut before cleaning: a long-form article is about 100 KB. */
export const MAX_TEXT_CHARS = 2_000_000;

/**
 * Elements nested deeper than this are rendered as inline text of their ancestor at this depth (no new blocks).
 * The deepest benchmark page nests 51 levels. Every walk of the tree is iterative, so a 10,000-deep DOM cannot
 * overflow the stack whatever this value.
 */
export const MAX_DOM_DEPTH = 200;

/**
 * Open elements beyond this depth are read as plain text before parsing (see `limitNesting`): htmlparser2 slows
 * down superlinearly past tens of thousands of levels. 100x the deepest benchmark page (51 levels).
 */
export const MAX_NESTING_DEPTH = 5_000;

/** Bytes handed to charset detection: enough to see the head and a good sample of the body. */
export const MAX_DETECT_BYTES = 65_536;

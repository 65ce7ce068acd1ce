export { extractArticle } from './extract-article.js';
export type { ExtractOptions } from './extract-article.js';
export { renderText } from './render-text.js';
export { decodeBytes } from './decode-bytes.js';
export { toIsoDate } from './read-metadata.js';
export type { DecodeBytesOptions, DecodedText } from './decode-bytes.js';
export { classifyLine } from './classify-line.js';
export {
  MAX_HTML_CHARS,
  MAX_TEXT_CHARS,
  MAX_DOM_DEPTH,
  MAX_NESTING_DEPTH,
  MAX_DETECT_BYTES,
} from './limits.js';

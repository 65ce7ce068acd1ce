import { MAX_NESTING_DEPTH } from './limits.js';

/** Elements without content: they never nest. */
const VOID_TAGS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Elements the parser closes implicitly (a new `<p>` closes the open one): counting them would overstate depth. */
const IMPLIED_CLOSE_TAGS = new Set([
  'p',
  'li',
  'td',
  'th',
  'tr',
  'dt',
  'dd',
  'option',
  'tbody',
  'thead',
  'tfoot',
]);
/** Elements whose content is raw text: tags inside them are not tags. */
const RAW_TEXT_TAGS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);

/**
 * Caps the element nesting of an HTML string before parsing. htmlparser2 (and the tree it builds) slows down
 * superlinearly on pathological nesting: 160,000 unclosed `<span>`s took 26 s to parse on this machine. Markup
 * past `MAX_NESTING_DEPTH` open elements is read as plain text (tags, scripts and styles removed), so no text
 * is lost and the page still parses in linear time. Returns the HTML unchanged when it nests less deeply.
 */
export function limitNesting(
  html: string,
  maxDepth: number = MAX_NESTING_DEPTH,
): { html: string; flattened: boolean } {
  let depth = 0;
  let position = html.indexOf('<');
  while (position >= 0 && position < html.length - 1) {
    const next = html.charCodeAt(position + 1);
    if (next === 0x21 /* ! */) {
      const end = html.startsWith('<!--', position)
        ? html.indexOf('-->', position + 4)
        : html.indexOf('>', position);
      if (end < 0) break;
      position = html.indexOf('<', end);
      continue;
    }
    const closing = next === 0x2f; /* / */
    const nameStart = position + (closing ? 2 : 1);
    let nameEnd = nameStart;
    while (nameEnd < html.length && isNameCode(html.charCodeAt(nameEnd))) nameEnd++;
    if (nameEnd === nameStart) {
      position = html.indexOf('<', position + 1);
      continue;
    }
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const tagEnd = html.indexOf('>', nameEnd);
    if (tagEnd < 0) break;
    if (closing) {
      if (!VOID_TAGS.has(name) && !IMPLIED_CLOSE_TAGS.has(name) && depth > 0) depth--;
    } else if (RAW_TEXT_TAGS.has(name)) {
      const closeTag = new RegExp(`</${name}`, 'gi');
      closeTag.lastIndex = tagEnd;
      const close = closeTag.exec(html);
      if (!close) break;
      position = html.indexOf('<', close.index + 2);
      continue;
    } else if (
      !VOID_TAGS.has(name) &&
      !IMPLIED_CLOSE_TAGS.has(name) &&
      html.charCodeAt(tagEnd - 1) !== 0x2f
    ) {
      depth++;
      if (depth > maxDepth) {
        const rest = html
          .slice(position)
          .replace(/<(script|style|template|noscript)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
          .replace(/<[^>]*>?/g, ' ');
        return { html: html.slice(0, position) + rest, flattened: true };
      }
    }
    position = html.indexOf('<', tagEnd);
  }
  return { html, flattened: false };
}

function isNameCode(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x3a ||
    code === 0x2d
  );
}

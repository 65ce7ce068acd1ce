import { isTag, isText, type AnyNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';

/** Elements whose text is never shown. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'svg',
  'iframe',
  'select',
  'option',
  'button',
]);
/** Elements that end a line of text; the rest flow inline. */
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'aside',
  'nav',
  'header',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'table',
  'tr',
  'td',
  'th',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
  'br',
  'hr',
  'form',
  'address',
  'body',
  'title',
]);

/**
 * The visible text of an HTML page or fragment, one line per block element, blank lines between blocks: what a
 * scraper writes for a page, and a feed item's body as plain paragraphs (every one kept, for the text cleaner).
 *
 * @example
 * renderText('<p>One.</p><p>Two <b>words</b>.</p>'); // 'One.\n\nTwo words.'
 */
export function renderText(html: string): string {
  const document = parseDocument(html, { decodeEntities: true });
  const lines: string[] = [];
  let current = '';
  const flush = (): void => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line !== '') lines.push(line);
    current = '';
  };
  const stack: { node: AnyNode; exit: boolean }[] = document.children
    .map((node) => ({ node, exit: false }))
    .reverse();
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (exit) {
      flush();
      continue;
    }
    if (isText(node)) {
      current += node.data;
      continue;
    }
    if (!isTag(node) || SKIPPED.has(node.name)) continue;
    if (BLOCKS.has(node.name)) {
      flush();
      stack.push({ node, exit: true });
    }
    for (let index = node.children.length - 1; index >= 0; index--)
      stack.push({ node: node.children[index]!, exit: false });
  }
  flush();
  return lines.join('\n\n');
}

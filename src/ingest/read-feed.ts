import { isTag, type Element } from 'domhandler';
import { getElementsByTagName, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { renderText, toIsoDate } from '../extract/index.js';
import { InputError, type RawInput } from '../model/index.js';

/** What one feed gives: an input per item that has something to read, and an error per item that has not. */
export interface FeedItems {
  inputs: RawInput[];
  errors: InputError[];
}

/** Child elements of `parent` with a local name in `names` (namespace prefix ignored: `content:encoded`). */
function children(parent: Element, names: readonly string[]): Element[] {
  return parent.children.filter(
    (node): node is Element => isTag(node) && names.includes(node.name.replace(/^[^:]+:/, '').toLowerCase()),
  );
}

function firstText(parent: Element, names: readonly string[]): string | undefined {
  for (const name of names) {
    for (const child of children(parent, [name])) {
      const text = textContent(child).trim();
      if (text !== '') return text;
    }
  }
  return undefined;
}

/** An item's link: RSS `<link>` text, or Atom `<link href>` (the `alternate` one when there are several). */
function linkOf(item: Element): string | undefined {
  const links = children(item, ['link']);
  const atom =
    links.find((link) => link.attribs.href && (link.attribs.rel ?? 'alternate') === 'alternate') ??
    links.find((link) => link.attribs.href);
  if (atom?.attribs.href) return atom.attribs.href.trim();
  return firstText(item, ['link']);
}

/**
 * RSS dates are RFC 822 ("Tue, 17 Nov 2026 15:12:00 +0100"), Atom's ISO 8601: both become ISO 8601, in UTC when
 * the date gives a zone and as written when it does not (`toIsoDate`: never in the zone of the machine).
 */
function isoDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value;
  return toIsoDate(value);
}

/**
 * The articles of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, one input per item, in feed order: the item's full
 * content (`content:encoded`, Atom `content`) when the feed carries it, else its description or summary, as plain
 * paragraphs for the text cleaner, with the item's title, link, date and author, and the feed's title as the outlet. An item with
 * no text at all is an error naming it (`feed.xml#3`); the other items go on. A file that is not a feed is an
 * error naming the file.
 *
 * @example
 * const { inputs, errors } = readFeed(xml, 'news.rss');
 */
export function readFeed(xml: string, source: string): FeedItems {
  const document = parseDocument(xml, { xmlMode: true, decodeEntities: true });
  const root = document.children.find(isTag);
  const rootName = root?.name.replace(/^[^:]+:/, '').toLowerCase();
  if (!root || (rootName !== 'rss' && rootName !== 'feed' && rootName !== 'rdf')) {
    throw new InputError('not-a-feed', `Skipped \`${source}\`: not an RSS or Atom feed.`, {
      input: source,
      hint: 'A feed file starts with <rss>, <feed> (Atom) or <rdf:RDF>.',
    });
  }
  const channel = rootName === 'feed' ? root : (children(root, ['channel'])[0] ?? root);
  const outlet = firstText(channel, ['title']);
  const items = [
    ...getElementsByTagName((name) => /^(?:[^:]+:)?(?:item|entry)$/i.test(name), root.children, true),
  ] as Element[];
  const result: FeedItems = { inputs: [], errors: [] };
  items.forEach((item, index) => {
    const itemSource = `${source}#${index + 1}`;
    const body = firstText(item, ['encoded', 'content']) ?? firstText(item, ['description', 'summary']);
    if (body === undefined) {
      result.errors.push(
        new InputError(
          'empty-input',
          `Skipped \`${itemSource}\`: the feed item has no content or description.`,
          {
            input: itemSource,
            hint: 'Fetch the linked page and read it as HTML instead.',
          },
        ),
      );
      return;
    }
    const title = firstText(item, ['title']);
    // The item is already the article body, not a page: every paragraph goes to the text cleaner (which still
    // takes out captions, promos and share lines), where the page extractor would drop short ones as furniture.
    const text = renderText(body);
    if (text === '') {
      result.errors.push(
        new InputError('empty-input', `Skipped \`${itemSource}\`: the feed item's content has no text.`, {
          input: itemSource,
        }),
      );
      return;
    }
    // The title goes first, as on a scraped page, so that the cleaner takes it as the title and not as body.
    const input: RawInput = {
      source: itemSource,
      format: 'text',
      text: title === undefined ? text : `${title}\n\n${text}`,
    };
    const url = linkOf(item);
    const published = isoDate(firstText(item, ['pubdate', 'published', 'date', 'updated']));
    // Atom nests the author's name (<author><name>); RSS gives it as text (<author>, <dc:creator>).
    const atomAuthor = children(item, ['author'])[0];
    const author = (atomAuthor && firstText(atomAuthor, ['name'])) ?? firstText(item, ['creator', 'author']);
    if (title !== undefined) input.title = title;
    if (url !== undefined) input.url = url;
    if (published !== undefined) input.published = published;
    if (author !== undefined) input.byline = author.replace(/\s+/g, ' ');
    if (outlet !== undefined) input.outlet = outlet;
    result.inputs.push(input);
  });
  if (items.length === 0) {
    result.errors.push(
      new InputError('empty-input', `\`${source}\`: the feed has no items.`, { input: source }),
    );
  }
  return result;
}

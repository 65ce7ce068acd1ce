import { parseDocument } from 'htmlparser2';
import type { Article, Diagnostic, RawInput, Removed } from '../model/index.js';
import { detectLanguage } from '../language/index.js';
import { contentId, createArticle, createDiagnostic, floorCodePoint } from '../model/index.js';
import type { Block } from './assemble-text.js';
import { assembleText, foldForCompare, normaliseSpace } from './assemble-text.js';
import { bylineOf, cleanText } from './clean-text.js';
import { dateFromText, datelineKind, publishedDateOf } from './date-from-text.js';
import { extractBody } from './extract-body.js';
import { joinDatelineToLead } from './join-dateline.js';
import { limitNesting } from './limit-nesting.js';
import { MAX_HTML_CHARS, MAX_NESTING_DEPTH, MAX_TEXT_CHARS } from './limits.js';
import { domainFromUrl, outletFromDomain } from './outlet-from-domain.js';
import { readMetadata } from './read-metadata.js';
import { readPressRelease } from './read-press-release.js';
import { withoutAboutNotes } from './about-notes.js';

/** Options of `extractArticle`. */
export interface ExtractOptions {
  /** HTML longer than this many characters is cut before parsing (default `MAX_HTML_CHARS`). */
  maxHtmlChars?: number;
  /** Plain text longer than this is cut before cleaning (default `MAX_TEXT_CHARS`). */
  maxTextChars?: number;
  /** Use JSON-LD `articleBody` when the page's DOM gives next to no body (default true). */
  useJsonLdBody?: boolean;
}

/**
 * A dateline in scraped text is usually the publication date, but may be an "Updated" date or a date in a
 * teaser above the story: lower than a `<time>` element (0.75), higher than a URL date would be without one.
 */
const TEXT_DATE_CONFIDENCE = 0.5;

/** Below this many characters of body, the result is flagged `best-effort`: a teaser, paywall or error page. */
const MIN_BODY_CHARS = 250;

/**
 * Extracts the clean main text and metadata of one input (HTML page or scraped plain text). Never throws on
 * content: problems become diagnostics (`no-body`, `best-effort`, `truncated-input`). Metadata given in the input
 * wins over what the page says.
 * @example extractArticle({ source: 'a.html', format: 'html', html }).text
 */
export function extractArticle(input: RawInput, options: ExtractOptions = {}): Article {
  if (input.html !== undefined) return extractHtml(input, options);
  return extractPlainText(input, options);
}

function extractHtml(input: RawInput, options: ExtractOptions): Article {
  // A placeholder id: hashing the whole raw page costs more than extraction itself; the id comes from the text.
  const article = createArticle({ ...input, id: input.id ?? '' });
  const diagnostics: Diagnostic[] = [];
  let html = input.html ?? '';
  const limit = options.maxHtmlChars ?? MAX_HTML_CHARS;
  if (html.length > limit) {
    diagnostics.push(
      createDiagnostic(
        'extract',
        'warning',
        'truncated-input',
        `HTML of ${html.length} characters cut to the first ${limit} before parsing.`,
      ),
    );
    // A cut inside a surrogate pair would leave half an emoji as the last character of the page.
    html = html.slice(0, floorCodePoint(html, limit));
  }
  const nesting = limitNesting(html);
  if (nesting.flattened) {
    html = nesting.html;
    diagnostics.push(
      createDiagnostic(
        'extract',
        'warning',
        'deep-nesting',
        `Elements nested deeper than ${MAX_NESTING_DEPTH} levels in \`${input.source}\`; the deeper markup was read as plain text.`,
      ),
    );
  }
  const document = parseDocument(html, {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  });
  const metadata = readMetadata(document, input.url);
  const body = extractBody(document);
  let blocks = body.blocks;
  const heading = metadata.titleFromTag ? leadingHeading(blocks, metadata.title) : undefined;
  if (heading && metadata.title && !metadata.titleSiteName && isSiteName(metadata.title, heading.text)) {
    metadata.titleSiteName = metadata.title;
  }
  const title = heading ? normaliseSpace(heading.text) : metadata.title;
  if (title) blocks = dropLeadingTitle(blocks, title);
  const release = readPressRelease(blocks, {
    url: metadata.canonicalUrl ?? input.url,
    filedAs: metadata.pressRelease,
  });
  if (release !== undefined) {
    blocks = release.blocks;
    body.removed.push(...release.removed);
  }
  // After the press-release reading, which takes an "About <issuer>" note as evidence: any such note left goes.
  blocks = withoutAboutNotes(blocks, body.removed);
  // A dateline or a "By ..." line left at the top of the body by markup the page gives no class to.
  const datelines = blocks.slice(0, LEADING_BLOCKS).filter((block) => isDateline(block.text));
  const bylines = blocks
    .slice(0, LEADING_BLOCKS)
    .filter((block) => !datelines.includes(block) && bylineOf(block.text) !== undefined);
  if (datelines.length + bylines.length > 0) {
    const furniture = [...datelines, ...bylines];
    blocks = blocks.filter((block) => !furniture.includes(block));
    for (const block of furniture) {
      const reason = bylines.includes(block) ? 'byline' : 'boilerplate';
      body.removed.push({ text: normaliseSpace(block.text), reason });
    }
  }
  blocks = joinDatelineToLead(blocks);
  if (options.useJsonLdBody !== false && metadata.articleBody) {
    blocks = fallBackToJsonLdBody(blocks, metadata.articleBody);
  }
  const { text, paragraphs } = assembleText(blocks);

  if (text === '') {
    diagnostics.push(
      createDiagnostic('extract', 'error', 'no-body', `No article body found in \`${input.source}\`.`),
    );
  } else if (text.length < MIN_BODY_CHARS) {
    diagnostics.push(
      createDiagnostic(
        'extract',
        'warning',
        'best-effort',
        `Only ${text.length} characters of body found in \`${input.source}\`; it may be a teaser or an error page.`,
      ),
    );
  }
  if (!metadata.published && !input.published) {
    diagnostics.push(
      createDiagnostic('extract', 'info', 'no-date', `No publication date found in \`${input.source}\`.`),
    );
  }

  const result: Article = { ...article, text, paragraphs, removed: body.removed, diagnostics };
  if (input.id === undefined) result.id = contentId(text === '' ? result.raw : text);
  if (input.title === undefined && title) result.title = title;
  if (input.byline === undefined) {
    const byline =
      metadata.byline ??
      bylines.map((block) => bylineOf(block.text)).find(Boolean) ??
      bylineOfRemoved(body.removed);
    if (byline) result.byline = byline;
  }
  // Besides an unlabelled dateline at the top, a "Published ..." or "Updated ..." line the body cleaning removed,
  // or a time with its date ("14 Nov. 2026 at 6:20 p.m. GMT") removed as a timestamp.
  const datelineDate = publishedDateOf([
    ...datelines.map((block) => block.text),
    ...body.removed
      .filter((piece) => piece.reason === 'timestamp' || datelineKind(piece.text) !== undefined)
      .map((piece) => piece.text),
  ]);
  if (input.published === undefined && !metadata.published && datelineDate) {
    metadata.published = datelineDate;
    metadata.publishedSource = 'text';
    metadata.publishedConfidence = TEXT_DATE_CONFIDENCE;
  }
  if (input.published === undefined && metadata.published) {
    result.published = metadata.published;
    result.publishedSource = metadata.publishedSource;
    if (metadata.publishedConfidence !== undefined) result.publishedConfidence = metadata.publishedConfidence;
  } else if (input.published !== undefined) {
    result.publishedConfidence = 1;
  }
  if (metadata.modified) result.modified = metadata.modified;
  if (metadata.canonicalUrl) result.canonicalUrl = metadata.canonicalUrl;
  // The language stage's detector (a stop-word vote over the first 2,000 characters: cheap beside parsing) gives
  // `parallax extract` records a language; the language stage runs it again and has the last word.
  if (input.lang === undefined) result.lang = metadata.lang || detectLanguage(text);
  const domain = domainFromUrl(metadata.canonicalUrl) ?? domainFromUrl(input.url);
  if (domain) result.domain = domain;
  if (input.outlet === undefined) {
    if (metadata.outlet) {
      result.outlet = metadata.outlet;
      if (metadata.outletSource) result.outletSource = metadata.outletSource;
    } else if (metadata.titleSiteName) {
      result.outlet = metadata.titleSiteName;
      result.outletSource = 'title';
    } else if (domain) {
      result.outlet = outletFromDomain(domain, `${title ?? ''}\n${text}`);
      result.outletSource = metadata.canonicalUrl ? 'canonical-url' : 'url';
    }
    // A press release is published by its issuer, whichever site carries it (a newswire's page of it); read by
    // compare's `traceProvenance` and `sourceKeys` as the plain-text releases are.
    const issuer = release?.issuer ?? result.outlet;
    if (release !== undefined && issuer !== undefined) {
      result.outlet = issuer;
      result.outletSource = 'press-release';
    }
  }
  return result;
}

/** Blocks at the top of the body that may be a dateline rather than the story. */
const LEADING_BLOCKS = 3;

/** A dateline's words besides the date: "Updated", "Published on", "at 6:20 p.m. GMT". */
const DATELINE_WORDS =
  /\b(?:(?:last\s+)?(?:updated|published|posted|modified)|on|at|[ap]\.?m\.?|gmt|utc|bst|cet|cest|est|edt|pst|pdt)\b/gi;
const DATE_WORDS =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|\d+(?:st|nd|rd|th|am|pm|h)?\b/gi;

/**
 * A block that only states a date ("14 November 2026, 6.20pm", "Updated: Nov. 14, 2026 at 6:20 p.m."): the
 * page's dateline, shown in a `<time>` element or a plain one, not the first sentence of the story.
 */
function isDateline(text: string): boolean {
  if (!dateFromText(text)) return false;
  return !/\p{L}/u.test(text.replace(DATE_WORDS, '').replace(DATELINE_WORDS, ''));
}

/**
 * The byline of a page whose metadata names no author, from its "By ..." line removed as page furniture
 * ("By Sanna Ruiz-Hollis November 14, 2026": the date is not part of the names).
 */
function bylineOfRemoved(removed: readonly Removed[]): string | undefined {
  for (const piece of removed) {
    // A byline's "|" reads as a photo credit's to the line rules ("By Lukas Brandvold | Sunday 15 November").
    if (piece.reason !== 'byline' && piece.reason !== 'boilerplate' && piece.reason !== 'photo-credit')
      continue;
    const byline = bylineOf(piece.text);
    if (byline) return byline;
  }
  return undefined;
}

/** Words of a headline at least: a one- or two-word heading ("Latest", "Live updates") is a section's. */
const MIN_HEADLINE_WORDS = 4;
const MAX_HEADLINE_CHARS = 200;

/**
 * The headline of a page whose `<title>` is all it names (no JSON-LD, `og:title` or `<h1>`): the first heading at
 * the top of the body ("<h2>Cracks force closure of ...</h2>" under "<title>Northmoor Times</title>"), when the
 * `<title>` does not already hold it. Without this the site's name is the title and the headline a body sentence.
 */
function leadingHeading(blocks: readonly Block[], titleTag: string | undefined): Block | undefined {
  const heading = blocks.slice(0, LEADING_BLOCKS).find((block) => block.kind === 'heading');
  if (!heading) return undefined;
  const text = normaliseSpace(heading.text);
  if (text.length > MAX_HEADLINE_CHARS || text.split(' ').length < MIN_HEADLINE_WORDS) return undefined;
  if (/[.!?:]$/.test(text) || isDateline(text)) return undefined;
  const folded = foldForCompare(text);
  if (titleTag && foldForCompare(titleTag).includes(folded)) return undefined;
  return heading;
}

/**
 * A `<title>` that names the site rather than the story, beside the headline found in the body: short, without
 * sentence punctuation, and sharing no content word with the headline ("Northmoor Times" beside "Cracks force
 * closure of Kestrel's Old Mill Bridge").
 */
function isSiteName(titleTag: string, headline: string): boolean {
  const words = titleTag.split(/\s+/);
  if (words.length > 5 || /[.!?,;]/.test(titleTag)) return false;
  const headlineWords = new Set(
    headline
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 3),
  );
  return !words.some((word) => headlineWords.has(word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')));
}

/** The page headline repeated as the first heading of the body is the title, not body text. */
function dropLeadingTitle(blocks: Block[], title: string): Block[] {
  const folded = foldForCompare(title);
  const index = blocks.slice(0, 3).findIndex((block) => {
    const text = foldForCompare(block.text);
    return text.length >= 8 && (text === folded || (block.kind === 'heading' && folded.includes(text)));
  });
  return index < 0 ? blocks : [...blocks.slice(0, index), ...blocks.slice(index + 1)];
}

/**
 * JSON-LD `articleBody` is the CMS's own copy of the body, used only when the DOM gave next to nothing (pages
 * that render the body with script). Preferring it whenever it agreed with the DOM lowered F1 on the
 * article-extraction benchmark (0.966 -> 0.962): it often lacks paragraph breaks or carries teaser text.
 */
function fallBackToJsonLdBody(blocks: Block[], articleBody: string): Block[] {
  const extracted = blocks.reduce((sum, block) => sum + block.text.length, 0);
  if (extracted >= MIN_BODY_CHARS || articleBody.length <= extracted) return blocks;
  return articleBody
    .split(/\n+/)
    .filter((text) => text.trim() !== '')
    .map((text) => ({ text, kind: 'paragraph' as const }));
}

function extractPlainText(input: RawInput, options: ExtractOptions): Article {
  // A placeholder id: hashing the whole raw page costs more than extraction itself; the id comes from the text.
  const article = createArticle({ ...input, id: input.id ?? '' });
  const diagnostics: Diagnostic[] = [];
  let raw = input.text ?? '';
  const limit = options.maxTextChars ?? MAX_TEXT_CHARS;
  if (raw.length > limit) {
    diagnostics.push(
      createDiagnostic(
        'extract',
        'warning',
        'truncated-input',
        `Text of ${raw.length} characters cut to the first ${limit} before cleaning.`,
      ),
    );
    // A cut inside a surrogate pair would leave half an emoji as the last character of the text.
    raw = raw.slice(0, floorCodePoint(raw, limit));
  }
  const cleaned = cleanText(raw, {
    ...(input.url === undefined ? {} : { url: input.url }),
    ...(input.title === undefined ? {} : { title: input.title }),
  });
  const { text, paragraphs } = assembleText(cleaned.blocks);
  if (text === '') {
    diagnostics.push(
      createDiagnostic(
        'extract',
        'error',
        'no-body',
        `No article text left in \`${input.source}\` after cleaning.`,
      ),
    );
  }
  if (!cleaned.published && !input.published) {
    diagnostics.push(
      createDiagnostic('extract', 'info', 'no-date', `No publication date found in \`${input.source}\`.`),
    );
  }
  const removed: Removed[] = cleaned.removed;
  const result: Article = { ...article, text, paragraphs, removed, diagnostics };
  if (input.id === undefined) result.id = contentId(text === '' ? result.raw : text);
  if (input.title === undefined && cleaned.title) result.title = cleaned.title;
  if (input.byline === undefined && cleaned.byline) result.byline = cleaned.byline;
  if (input.lang === undefined) result.lang = detectLanguage(text); // as for HTML, see extractHtml
  if (input.published !== undefined) {
    result.publishedConfidence = 1;
  } else if (cleaned.published) {
    result.published = cleaned.published;
    result.publishedSource = 'text';
    result.publishedConfidence = TEXT_DATE_CONFIDENCE;
  }
  if (cleaned.domain) result.domain = cleaned.domain;
  if (input.outlet === undefined && cleaned.outlet) {
    result.outlet = cleaned.outlet;
    if (cleaned.outletSource) result.outletSource = cleaned.outletSource;
  }
  return result;
}

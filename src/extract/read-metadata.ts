import type { AnyNode, Document } from 'domhandler';
import { isTag, isText } from 'domhandler';
import type { DateSource } from '../model/index.js';
import { foldForCompare, normaliseSpace } from './assemble-text.js';
import { dateFromText } from './date-from-text.js';
import { bylineOf, mastheadOf } from './clean-text.js';
import { textOf } from './extract-body.js';
import { isShareLinkText } from './rules/residue-lines.js';

/** Page metadata found in the head, JSON-LD and a few body elements. */
export interface PageMetadata {
  title?: string;
  byline?: string;
  published?: string;
  publishedSource: DateSource;
  publishedConfidence?: number;
  modified?: string;
  outlet?: string;
  outletSource?: string;
  /** The outlet's name as the `<title>` carries it beside the headline ("Headline - Ostmere Daily"). */
  titleSiteName?: string;
  /** True when `title` is only the page's `<title>` (no JSON-LD headline, `og:title` or `<h1>` named one). */
  titleFromTag?: boolean;
  canonicalUrl?: string;
  lang?: string;
  /** JSON-LD `articleBody`, when the page carries one. */
  articleBody?: string;
  /**
   * True when the page's metadata files it as a press release: JSON-LD `@type` "PressRelease", an `articleSection`
   * or `genre` "Press release(s)", or an `og:type` naming one (read by extract's `readPressRelease`).
   */
  pressRelease?: boolean;
}

type JsonObject = Record<string, unknown>;

/** Types of JSON-LD objects that describe the article itself (schema.org Article and its subtypes). */
const ARTICLE_TYPES = /^(?:\w+)?(?:Article|BlogPosting|Posting|Report|Review)$/;

/** Meta tags that carry the publication date, most used first (Open Graph, Dublin Core, Parse.ly, Sailthru, ...). */
const PUBLISHED_META = [
  'article:published_time',
  'og:published_time',
  'article:published',
  'datepublished',
  'publishdate',
  'publish-date',
  'publish_date',
  'pubdate',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'dcterms.date',
  'sailthru.date',
  'parsely-pub-date',
  'cxenseparse:recs:publishtime',
  'article.published',
  'originalpublicationdate',
  'displaydate',
];
const MODIFIED_META = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'last-modified',
  'dcterms.modified',
];

/**
 * Confidence per date source. JSON-LD and meta dates are written by the CMS for machines (checked on the
 * benchmark pages: they agree with the visible date on nearly all pages that have them); a `<time>` element may
 * be any date on the page; a URL date is the day of the URL; a date in the text may be a mentioned date.
 */
const DATE_CONFIDENCE: Record<DateSource, number> = {
  input: 1,
  'json-ld': 0.95,
  meta: 0.9,
  time: 0.75,
  url: 0.6,
  text: 0.4,
  none: 0,
};

/** Reads title, byline, dates, outlet, language and canonical URL from a parsed page. */
export function readMetadata(document: Document, url: string | undefined): PageMetadata {
  const meta = new Map<string, string>();
  const jsonLd: unknown[] = [];
  let htmlLang: string | undefined;
  let titleTag: string | undefined;
  let h1: string | undefined;
  let canonical: string | undefined;
  let timeDate: { value: string; strong: boolean } | undefined;
  let bylineElement: string | undefined;
  /** The byline element's whole text, which may carry the date ("By Ada Lune | Monday, April 6, 2026"). */
  let bylineElementText: string | undefined;
  let datelineElement: string | undefined;
  const stack: AnyNode[] = [...document.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    const element = node;
    const attributes = element.attribs;
    switch (element.name) {
      case 'html':
        htmlLang ??= attributes.lang ?? attributes['xml:lang'];
        break;
      case 'meta': {
        const key = (
          attributes.property ??
          attributes.name ??
          attributes.itemprop ??
          attributes['http-equiv']
        )?.toLowerCase();
        const content = attributes.content;
        if (key && content !== undefined && !meta.has(key)) meta.set(key, content.trim());
        continue;
      }
      case 'link':
        if (attributes.rel?.toLowerCase().split(/\s+/).includes('canonical') && attributes.href)
          canonical ??= attributes.href;
        continue;
      case 'title':
        titleTag ??= normaliseSpace(textOf(element));
        continue;
      case 'script':
        if (attributes.type?.toLowerCase().includes('ld+json')) {
          const parsed = parseJson(
            element.children.map((child) => (isText(child) ? child.data : '')).join(''),
          );
          if (parsed !== undefined) jsonLd.push(parsed);
        }
        continue;
      case 'style':
      case 'noscript':
      case 'template':
        continue;
      case 'h1':
        // The first heading that is not a share bar ("Share on Facebook | Share on X | Email").
        h1 ??= headline(normaliseSpace(textOf(element)));
        break;
      case 'time': {
        const value = attributes.datetime ?? attributes.content;
        const strong = 'pubdate' in attributes || attributes.itemprop === 'datePublished';
        if (value && (!timeDate || (strong && !timeDate.strong))) timeDate = { value, strong };
        break;
      }
      default:
        if (attributes.itemprop === 'datePublished' && attributes.content && !meta.has('datepublished')) {
          meta.set('datepublished', attributes.content);
        }
        if (
          !bylineElement &&
          /(?:^|\s|-)(?:byline|author-name|byline__name)(?:$|\s|-)/i.test(attributes.class ?? '')
        ) {
          const text = normaliseSpace(textOf(element));
          // The names of a "By ..." line, without the role after them ("By Mira Tenholt, Maritime Correspondent").
          if (text.length > 2 && text.length < 120) {
            bylineElement = bylineOf(text) ?? text;
            bylineElementText = text;
          }
        } else if (!bylineElement && BYLINE_HOLDER_CLASS.test(attributes.class ?? '')) {
          // An author or meta strip that holds a "By ..." line ("Written by Ottilie Marsh · 15/11/2026").
          bylineElement = bylineOfStrip(textOf(element));
        }
        if (!datelineElement && DATELINE_CLASS.test(attributes.class ?? '')) {
          const text = normaliseSpace(textOf(element));
          if (text.length > 5 && text.length < 120 && dateFromText(text)) datelineElement = text;
        }
    }
    for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]!);
  }

  const article = findArticleObject(jsonLd);
  const result: PageMetadata = { publishedSource: 'none' };

  const named =
    headline(stringOf(article?.headline)) ??
    headline(meta.get('og:title')) ??
    headline(meta.get('twitter:title')) ??
    h1;
  const title = named ?? headline(stripSiteName(headline(titleTag)));
  if (title) result.title = normaliseSpace(decodeLeftovers(title));
  if (title && named === undefined) result.titleFromTag = true;

  // An author that is the outlet itself (a live blog's JSON-LD `author: {"@type": "Organization", "name":
  // <the site>}`) names no writer: the byline would only repeat the outlet. A wire agency as author is kept.
  const outletNames = [
    meta.get('og:site_name'),
    publisherName(article?.publisher),
    siteNameOfTitle(headline(titleTag)),
  ]
    .filter((name): name is string => name !== undefined && name.trim() !== '')
    .map(foldForCompare);
  const notOutlet = (name: string | undefined): string | undefined =>
    name !== undefined && outletNames.includes(foldForCompare(name)) ? undefined : name;
  const byline =
    authorNames(article?.author, outletNames) ??
    notOutlet(nonUrl(meta.get('author'))) ??
    notOutlet(nonUrl(meta.get('article:author'))) ??
    bylineElement;
  if (byline) result.byline = cleanByline(byline);

  const candidates: [string | undefined, DateSource][] = [
    [stringOf(article?.datePublished), 'json-ld'],
    [PUBLISHED_META.map((key) => meta.get(key)).find(Boolean), 'meta'],
    [timeDate?.value, 'time'],
    [dateFromUrl(url ?? canonical), 'url'],
    [dateFromText(datelineElement ?? bylineElementText ?? bylineElement ?? ''), 'text'],
  ];
  for (const [value, source] of candidates) {
    const iso = value ? toIsoDate(value) : undefined;
    if (iso) {
      result.published = iso;
      result.publishedSource = source;
      result.publishedConfidence = source === 'time' && timeDate?.strong ? 0.85 : DATE_CONFIDENCE[source];
      break;
    }
  }
  const modified = stringOf(article?.dateModified) ?? MODIFIED_META.map((key) => meta.get(key)).find(Boolean);
  const modifiedIso = modified ? toIsoDate(modified) : undefined;
  if (modifiedIso) result.modified = modifiedIso;

  const siteName = meta.get('og:site_name');
  const publisher = publisherName(article?.publisher);
  if (siteName) {
    result.outlet = normaliseSpace(siteName);
    result.outletSource = 'og:site_name';
  } else if (publisher) {
    result.outlet = normaliseSpace(publisher);
    result.outletSource = 'json-ld';
  } else if (meta.get('application-name')) {
    result.outlet = normaliseSpace(meta.get('application-name')!);
    result.outletSource = 'application-name';
  }

  const siteOfTitle = siteNameOfTitle(headline(titleTag));
  if (siteOfTitle) result.titleSiteName = siteOfTitle;

  const canonicalUrl = resolveUrl(canonical ?? meta.get('og:url'), url);
  if (canonicalUrl) result.canonicalUrl = canonicalUrl;

  const lang =
    htmlLang ?? meta.get('content-language') ?? meta.get('og:locale') ?? stringOf(article?.inLanguage);
  if (lang) {
    const primary = /^[a-z]{2,3}/i.exec(lang.trim())?.[0]?.toLowerCase();
    if (primary) result.lang = primary;
  }
  const body = stringOf(article?.articleBody);
  if (body) result.articleBody = body;
  const filedAs = [
    ...([] as unknown[]).concat(article?.['@type'] ?? []).map(String),
    stringOf(article?.articleSection) ?? '',
    stringOf(article?.genre) ?? '',
    meta.get('og:type') ?? '',
  ];
  if (filedAs.some((value) => PRESS_RELEASE_TYPE.test(value))) result.pressRelease = true;
  return result;
}

/** "PressRelease", "Press Releases", "press_release", "News release": what a page is filed as when it is one. */
const PRESS_RELEASE_TYPE = /^(?:press|news|media)[\s_-]*releases?$/i;

/**
 * The byline in an author or meta strip: the whole strip ("By Ottilie Marsh · 15/11/2026"), else the one field
 * of it that is a byline ("Live · Updated 11:20 GMT · Reporting by Oskar Pell").
 */
function bylineOfStrip(text: string): string | undefined {
  return (
    bylineOf(text) ??
    text
      .split(/\s*[|•·]\s*/)
      .slice(1)
      .map((field) => bylineOf(field.replace(/^reporting\s+(?=by\s)/i, '')))
      .find(Boolean)
  );
}

/** Classes of elements that may hold the byline among other things (a meta strip with the date). */
const BYLINE_HOLDER_CLASS = /(?:^|[\s_-])(?:author|authors|meta|credits?)(?:$|[\s_-])/i;

/** Classes of elements that show the publication date as text ("post-date", "article__dateline", "pubdate"). */
const DATELINE_CLASS =
  /(?:^|[\s_-])(?:date|dateline|datetime|published|pubdate|post-?date|entry-?date|timestamp|article-?date)(?:$|[\s_-])/i;

/** "By Jane Doe | Monday, November 18, 2019" -> "Jane Doe": the date and separators are not the byline. */
function cleanByline(byline: string): string {
  return normaliseSpace(
    byline
      .replace(/^by\s+/i, '')
      .replace(/\s*(?:[|•·]|\b(?:updated|published|posted)\b).*$/i, '')
      .replace(
        /,?\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}.*$/i,
        '',
      ),
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.trim().replace(/^<!--|-->$/g, '')) as unknown;
  } catch {
    return undefined;
  }
}

function findArticleObject(roots: readonly unknown[]): JsonObject | undefined {
  const queue: unknown[] = [...roots];
  let fallback: JsonObject | undefined;
  for (let guard = 0; queue.length > 0 && guard < 10_000; guard++) {
    const value = queue.shift();
    if (Array.isArray(value)) {
      queue.push(...(value as unknown[]));
      continue;
    }
    if (!value || typeof value !== 'object') continue;
    const object = value as JsonObject;
    const types = ([] as unknown[]).concat(object['@type'] ?? []).map(String);
    if (types.some((type) => ARTICLE_TYPES.test(type))) return object;
    if (!fallback && (object.headline !== undefined || object.datePublished !== undefined)) fallback = object;
    if (object['@graph'] !== undefined) queue.push(object['@graph']);
    if (object.mainEntity !== undefined) queue.push(object.mainEntity);
  }
  return fallback;
}

function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return stringOf(value[0]);
  return undefined;
}

/** The JSON-LD authors' names, without any that is one of `outletNames` (folded for comparison). */
function authorNames(value: unknown, outletNames: readonly string[]): string | undefined {
  const names = ([] as unknown[])
    .concat(value ?? [])
    .map((author) => (typeof author === 'string' ? author : stringOf((author as JsonObject | null)?.name)))
    .filter(
      (name): name is string =>
        typeof name === 'string' &&
        name.trim() !== '' &&
        !/^https?:/.test(name) &&
        !outletNames.includes(foldForCompare(name)),
    );
  return names.length > 0 ? [...new Set(names)].join(', ') : undefined;
}

function publisherName(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return publisherName(value[0]);
  if (value && typeof value === 'object') return stringOf((value as JsonObject).name);
  return undefined;
}

/**
 * A title candidate, or undefined when it is empty or only share links: a CMS that fills the first `<h1>` or
 * `og:title` with its share bar would otherwise give every article the title "Share | Tweet | Email".
 */
function headline(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' || isShareLinkText(decodeLeftovers(value))
    ? undefined
    : value;
}

function nonUrl(value: string | undefined): string | undefined {
  return value && !/^https?:|^www\./i.test(value) ? value : undefined;
}

/** "Story title | Site" and "Story title - Site": drops the last segment when the rest is a plausible title. */
function stripSiteName(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const parts = title.split(/\s+[|\-–—:·]\s+/);
  if (parts.length > 1) {
    const head = parts.slice(0, -1).join(' - ');
    if (head.split(/\s+/).length >= 3) return head;
  }
  return title;
}

/**
 * The part of a `<title>` that names the site, before or after the headline ("Headline - Ostmere Daily",
 * "Corrie Valley Times | Headline"), when it reads as a news outlet's name rather than a section ("Local news").
 */
function siteNameOfTitle(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const parts = title.split(/\s+[|\-–—:·]\s+/).map((part) => normaliseSpace(decodeLeftovers(part)));
  if (parts.length < 2) return undefined;
  return [parts[parts.length - 1]!, parts[0]!].find((part) => mastheadOf(part) !== undefined);
}

function decodeLeftovers(text: string): string {
  return text
    .replace(/&(?:amp;)?#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

function resolveUrl(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).toString();
  } catch {
    return undefined;
  }
}

function dateFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const match = /\/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:\/|-|$)/.exec(url);
  if (!match) return undefined;
  return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
}

/**
 * A date string as ISO 8601: kept as written when it already is ISO (offset preserved), else parsed; undefined
 * when it does not parse or is implausible (before 1990 or after 2100: placeholder dates like 0001-01-01).
 */
export function toIsoDate(value: string): string | undefined {
  const text = value.trim();
  const iso = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?\s*(Z|[+-]\d\d:?\d\d)?)?/.exec(
    text,
  );
  let year: number;
  let result: string | undefined;
  if (iso) {
    year = Number(iso[1]);
    const [, y, m, d, hh, mm, ss, zone] = iso;
    if (Number(m) < 1 || Number(m) > 12 || Number(d) < 1 || Number(d) > 31) return undefined;
    result = hh
      ? `${y}-${m}-${d}T${hh}:${mm}:${ss ?? '00'}${zone ? normaliseZone(zone) : ''}`
      : `${y}-${m}-${d}`;
  } else if (/^\d{8}$/.test(text)) {
    year = Number(text.slice(0, 4));
    result = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
  } else {
    // Written dates ("December 3, 2026", "Thu, 03 Dec 2026 17:30:00 GMT"): with a zone, converted to UTC; without
    // one, read as written (a day stays that day, a time stays unzoned like an ISO time without an offset), never
    // in the zone of the machine that happens to run the program.
    const zoned = WRITTEN_ZONE.test(text);
    const time = Date.parse(zoned ? text : `${text} UTC`);
    if (Number.isNaN(time)) return undefined;
    const date = new Date(time);
    year = date.getUTCFullYear();
    const iso = date.toISOString().replace('.000Z', 'Z');
    result = zoned ? iso : WRITTEN_TIME.test(text) ? iso.slice(0, -1) : iso.slice(0, 10);
  }
  return year >= 1990 && year <= 2100 ? result : undefined;
}

/** A time zone in a written date: "GMT", "UTC", "EST", "CEST", "Z" after a time, or an offset "+0100". */
const WRITTEN_ZONE =
  /\b(?:GMT|UTC|UT|[A-Z]{1,2}[SD]T|CES?T|EES?T|WES?T|BST|IST)\b|\d(?:Z|\s*[+-]\d\d:?\d\d)\b/;
/** A clock time in a written date: "5:30 PM", "17:30". */
const WRITTEN_TIME = /\b\d{1,2}:\d\d\b/;

function normaliseZone(zone: string): string {
  if (zone === 'Z') return 'Z';
  return zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
}

/**
 * The article: one document flowing through the per-article stages (ingest -> extract -> language -> summary's
 * loaded-language pass). Each stage returns a new Article; none mutates its input.
 *
 * All annotation offsets (`start`, `end`) are UTF-16 code-unit offsets into `Article.text` (the clean text),
 * half-open: `text.slice(start, end)`. `Removed` pieces are the exception: their offsets point into `raw` text
 * (for HTML: the text rendering of the page, see `Removed`).
 */

import type { Diagnostic } from './diagnostic.js';

/** A half-open character range into `Article.text`. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers (`text === article.text.slice(start, end)`). */
export interface TextSpan extends Span {
  text: string;
}

/** What kind of input an article came from. */
export type InputFormat = 'text' | 'html' | 'jsonl';

/**
 * One input as ingest hands it to extract: raw bytes already decoded to a string, plus whatever metadata the
 * input carried (a JSONL line may give `title`, `outlet`, `published`, ...). Metadata given here wins over
 * what extract infers.
 */
export interface RawInput {
  /** Where it came from: a file path, URL, or `path:line` for a JSONL line. Used in every error message. */
  source: string;
  format: InputFormat;
  /** Exactly one of `html` and `text` is set. */
  html?: string;
  text?: string;
  /** An id given by the input (JSONL `id`); otherwise extract derives one from the content. */
  id?: string;
  url?: string;
  title?: string;
  byline?: string;
  outlet?: string;
  published?: string;
  lang?: string;
  /** How the bytes were decoded (`utf-8`, `windows-1252`, ...) and on what evidence. */
  encoding?: { name: string; source: 'bom' | 'meta' | 'http' | 'detected' | 'default' | 'input' };
}

/** Why a piece of the input was removed by cleaning. A body line is never removed without one. */
export type ResidueReason =
  | 'comment-prompt'
  | 'caption'
  | 'photo-credit'
  | 'author-promo'
  | 'newsletter'
  | 'share'
  | 'copyright'
  | 'related-links'
  | 'navigation'
  | 'advertisement'
  | 'cookie'
  /** A live blog's entry time on a line of its own ("10:42 GMT", "Updated 14:20"): when, not what. */
  | 'timestamp'
  /** A live blog's host talking to readers ("Good morning and welcome to our live coverage of ..."). */
  | 'greeting'
  /** The byline line ("By Mira Tenholt, Maritime Correspondent"): read into `byline`, not body text. */
  | 'byline'
  | 'boilerplate';

/** A piece of the input that cleaning removed, with its reason. Offsets (if any) point into the raw text. */
export interface Removed {
  text: string;
  reason: ResidueReason;
  start?: number;
  end?: number;
}

export type ParagraphKind = 'paragraph' | 'heading' | 'list-item' | 'blockquote' | 'preformatted';

/** A block of the clean text. Paragraphs are separated by a blank line ("\n\n") in `Article.text`. */
export interface Paragraph extends Span {
  kind: ParagraphKind;
}

/** A sentence, with the index of the paragraph it starts in. */
export interface Sentence extends Span {
  paragraph: number;
}

/** Where a date came from, most trustworthy first. */
export type DateSource = 'input' | 'json-ld' | 'meta' | 'time' | 'url' | 'text' | 'none';

export type EntityType = 'person' | 'organization' | 'place' | 'other';

/** What kind of label is attached to a mention. */
export type LabelKind = 'title' | 'role' | 'appositive' | 'epithet' | 'descriptor';

/** A label attached to one mention: "Venezuelan President", "the State Department's special envoy", "dictator". */
export interface Label extends TextSpan {
  kind: LabelKind;
  /**
   * Whose role it is, when the text put a possessive pronoun in front ("Its director" -> "director", of the
   * organisation "its" stands for): the name the pronoun was resolved to. Absent when unresolved.
   */
  of?: string;
}

/** One occurrence of an entity in the text, with the labels the text attaches to it right there. */
export interface Mention extends TextSpan {
  labels: Label[];
  /** True for pronouns and other references resolved to the entity ("he", "the envoy"). */
  reference?: boolean;
}

/** A person, organisation or place named in an article. */
export interface Entity {
  /** Unique within the article: `e0`, `e1`, ... */
  id: string;
  /** The fullest name seen in the article: "Nicolás Maduro". */
  name: string;
  /**
   * Normalised key for linking across articles: lower case, accents folded, titles dropped
   * ("nicolas maduro"). Surname-only mentions are linked to the full name within the article first.
   */
  key: string;
  type: EntityType;
  mentions: Mention[];
}

export type QuoteKind = 'direct' | 'mixed' | 'indirect';

/** An attribution: who (source) said (cue) what (content). */
export interface Quote {
  kind: QuoteKind;
  /** The speaker as written ("Abrams", "he", "the envoy"); absent when the text does not say. */
  source?: TextSpan;
  cue: TextSpan;
  content: TextSpan;
  /** The entity the speaker resolves to (`Entity.id`), through pronouns and surnames where needed. */
  speaker?: string;
  /** Where it was said, as written: "in an interview", "in a national broadcast". */
  context?: string;
  /** Index of the sentence the quote content starts in. */
  sentence: number;
}

export type CreditKind = 'reported' | 'told' | 'according-to' | 'dateline' | 'quoted' | 'wire';

/** A place where the article says it got something from another outlet or agency. */
export interface Credit extends TextSpan {
  /** The credited outlet, canonical: "The New York Times", "Associated Press". */
  outlet: string;
  kind: CreditKind;
  sentence: number;
}

/** A date or time expression in the text, resolved against the article's date where possible. */
export interface DateMention extends TextSpan {
  /** ISO date (YYYY-MM-DD) or null when it cannot be resolved (no article date, or vague). */
  resolved: string | null;
  granularity: 'day' | 'week' | 'month' | 'year' | 'part-of-day' | 'weekday';
}

/** Why a word or phrase is flagged as loaded. */
export type LoadedReason =
  | 'epithet'
  | 'intensifier'
  | 'emotive-verb'
  | 'scare-quotes'
  | 'one-sided-label'
  | 'speculation-as-fact'
  | 'emotive';

/** A loaded word or phrase. `speaker` is set when it stands inside a quotation (the speaker's word, not the outlet's). */
export interface LoadedSpan extends TextSpan {
  reason: LoadedReason;
  /** A short human explanation: "'dictator' is an epithet; neutral: 'president' or 'leader'". */
  note: string;
  sentence: number;
  /** Inside a quotation: the quote's speaker as written (or "quoted" when unknown). */
  speaker?: string;
}

/** A parsed, cleaned and annotated article. */
export interface Article {
  /** Derived from the clean content (see `contentId`) unless the input gave one. */
  id: string;
  source: string;
  format: InputFormat;
  url?: string;
  canonicalUrl?: string;
  /** Outlet name, e.g. "The Daily Lantern"; absent when unknown (never guessed from a cited outlet). */
  outlet?: string;
  domain?: string;
  /**
   * Where the outlet came from: "og:site_name", "json-ld", "email-domain", "copyright-line", "input", ...;
   * "press-release" when the text is a press release and the outlet its issuer (provenance reads it).
   */
  outletSource?: string;
  title?: string;
  byline?: string;
  /** ISO 8601 date or date-time. */
  published?: string;
  publishedSource: DateSource;
  /** 0..1: how sure we are of `published`. */
  publishedConfidence?: number;
  modified?: string;
  /** BCP 47 language code ("en", "es"), or "und" when unknown. */
  lang: string;
  /** The input as given (HTML source or plain text), never changed. */
  raw: string;
  /** Clean main text: paragraphs joined with "\n\n". All annotation offsets point here. */
  text: string;
  paragraphs: Paragraph[];
  removed: Removed[];
  /** Filled by `language/`. */
  sentences: Sentence[];
  entities: Entity[];
  quotes: Quote[];
  credits: Credit[];
  dates: DateMention[];
  /** Filled by `summary/`'s loaded-language pass. */
  loaded: LoadedSpan[];
  diagnostics: Diagnostic[];
}

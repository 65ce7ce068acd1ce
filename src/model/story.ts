/**
 * Stories (one real-world event, several articles) and the report Parallax writes for each.
 * Every finding in a report carries `Citation`s back to the sentences it rests on.
 */

import type { EntityType, LoadedReason, QuoteKind } from './article.js';

/** Where one article stands in its story. Output of `stories/` per article, in arrival order. */
export interface Assignment {
  /** Article id. */
  id: string;
  story: string;
  /** Set when the article is a near-duplicate (syndicated copy) of an earlier article. */
  copyOf?: string;
  /** Similarity to the story (or to `copyOf` for copies), 0..1. */
  score?: number;
}

/** A recorded merge of two stories: `from` now resolves to `into`. */
export interface StoryMerge {
  from: string;
  into: string;
  /** The article whose arrival caused the merge. */
  article: string;
}

export interface Story {
  id: string;
  /** Article ids in time order (published date, then arrival). */
  articles: string[];
  /** Copies: article -> the earliest version it copies. Copies are not independent voices. */
  copies: { article: string; copyOf: string; similarity: number }[];
  /** One entry per article in time order; `published` absent where unknown. */
  timeline: { article: string; published?: string }[];
  /** Stories merged into this one. */
  merged: string[];
}

/** A pointer to one sentence of one article (offsets into that article's clean text). */
export interface Citation {
  article: string;
  sentence: number;
  start: number;
  end: number;
}

/** A group of sentences, across articles, that report the same thing. */
export interface Fact {
  id: string;
  /** A representative wording (the sentence with the most support, or the earliest). */
  text: string;
  /** Article ids that carry it (copies included). */
  articles: string[];
  /**
   * How many independent sources carry it (copies, reprints and same-outlet articles do not add, nor does a press
   * release: 0 for a fact only a release states).
   */
  sources: number;
  citations: Citation[];
}

/**
 * `speaker`: one quotation given to different people; `quote`: one speaker's quotation told with opposite meanings
 * (a negation dropped or added: the `reversed` difference of its quote group).
 */
export type ConflictKind = 'number' | 'date' | 'place' | 'name' | 'title' | 'speaker' | 'quote';

/** Two or more aligned tellings that disagree on one detail. */
export interface Conflict {
  kind: ConflictKind;
  /** The fact the disagreement sits in. */
  fact?: string;
  /** What the detail is about, in a few words: "day of the interview", "number of deaths". */
  about: string;
  /**
   * `claimant`: whose figure a number side is, where every side's sentences give theirs on one source that differs
   * from the others' ("Organisers said ...", "..., police said", "according to the lawyers"): "organisers",
   * "police". Such a side then lists every article that gives its figure on that source, so an outlet that reports
   * both sources' counts stands on both sides.
   */
  sides: { value: string; articles: string[]; citations: Citation[]; claimant?: string }[];
  /**
   * For a number a later report updated ("has risen to 27" a day after "23 injured"): the index of the side with
   * the latest figure. The sides then differ in time, not in what they claim.
   */
  latest?: number;
}

/** `reversed`: a negation ("not", "never", "don't") dropped from or added to the words quoted. */
export type QuoteDifference = 'trimmed' | 'extended' | 'altered' | 'reversed' | 'speaker' | 'context';

/** One quotation carried by one or more articles, with each article's version. */
export interface QuoteGroup {
  id: string;
  /**
   * Canonical speaker name; the source as written when it names no one ("one driver", "the authority"); null when
   * no article says who.
   */
  speaker: string | null;
  kind: QuoteKind;
  /** The longest version. */
  text: string;
  articles: string[];
  variants: {
    article: string;
    text: string;
    speaker: string | null;
    context?: string;
    /** How this version differs from the longest one; empty when identical. */
    differences: QuoteDifference[];
    citation: Citation;
  }[];
}

/** How each article names one person or organisation. */
export interface LabelEntry {
  entity: string;
  type: EntityType;
  /** Names as written, across articles ("Nicolás Maduro", "Nicolas Maduro", "Maduro"). */
  names: string[];
  byArticle: { article: string; labels: { text: string; citation: Citation }[] }[];
}

/**
 * What each article calls the unnamed group at the centre of the story, in its own voice (words inside quotation
 * marks, reported speech and reported characterisations left out): one family of group nouns ("crowd": protesters,
 * demonstrators, rioters, thugs, a mob), present only where two or more articles use a word of the family and
 * their words differ. Copies are left out: they are not an outlet's own choice.
 */
export interface GroupLabelEntry {
  /** "crowd", "armed group", "migrants" or "strikers". */
  family: string;
  byArticle: {
    article: string;
    /** The family's words this article uses, most used first; `citations` cites every use (the word itself). */
    words: { text: string; count: number; citations: Citation[] }[];
    /**
     * The family's words in the article's headline (its own voice; quoted words left out), apart from `words`:
     * `text` is the word it counts as, `start`/`end` offsets into the article's `title` (a headline has no
     * sentence to cite). Absent when the headline has none. Counted when telling whether the articles' words
     * differ; an article may be listed for its headline alone (`words` empty).
     */
    headline?: { text: string; start: number; end: number }[];
  }[];
}

/** Loaded wording in one article. */
export interface LoadedEntry {
  article: string;
  /** Loaded words per 100 words of the outlet's own voice (quotations excluded). */
  rate: number;
  spans: {
    text: string;
    reason: LoadedReason;
    note: string;
    /** Set when the word stands in a quotation: it is the speaker's, not the outlet's. */
    speaker?: string;
    citation: Citation;
  }[];
  /**
   * Loaded words of the article's headline (the outlet's own voice; quoted words left out), with `start`/`end`
   * offsets into its `title`; present only when there are some. They do not count toward `rate`.
   */
  headline?: { text: string; reason: LoadedReason; note: string; start: number; end: number }[];
}

/** A credit in an article's text ("The New York Times reported"): `citation` is the sentence that gives it. */
export interface TextCredit {
  article: string;
  outlet: string;
  /** The words of the credit as written ("according to the Harbour Gazette"). */
  text: string;
  citation: Citation;
}

/**
 * A credit in an article's byline ("By Examiner staff and Amberline Wire"): it has no sentence to cite. `text` is
 * the byline as the report's `articles[].byline` gives it, and `byline` the offsets of the credited name in it
 * (`articles[i].byline.slice(start, end)`).
 */
export interface BylineCredit {
  article: string;
  outlet: string;
  text: string;
  byline: { start: number; end: number };
}

export interface Provenance {
  /** Outlets each article credits, in its text or in its byline. */
  credits: (TextCredit | BylineCredit)[];
  /** Syndicated copies. */
  copies: { article: string; copyOf: string; similarity: number }[];
  /** Passages two articles share nearly word for word (not whole copies). */
  reuse: { articles: [string, string]; words: number; citations: [Citation, Citation] }[];
  /** Who derives from whom: article -> article (copy, reuse) or article -> outlet (credit). */
  graph: { from: string; to: string; kind: 'copy' | 'reuse' | 'credit' }[];
  /**
   * Outlets credited by two or more independent articles, or said by one to have reported first ("first
   * reported by the Courier"): the likely original source. `firstReported` cites the credits that say so, the
   * fact each came first with. A press release whose wording other articles reuse is one too: `pressRelease` is
   * its article id, `outlet` its issuer and `articles` those that reuse it.
   */
  originalSources: {
    outlet: string;
    articles: string[];
    firstReported?: Citation[];
    pressRelease?: string;
  }[];
}

/** A sentence of the neutral summary (or the headline), with the sentences it rests on. */
export interface CitedText {
  text: string;
  citations: Citation[];
}

/** The full comparison of one story: the object `parallax analyze --json` prints, one per story. */
export interface StoryReport {
  story: string;
  headline: CitedText;
  summary: CitedText[];
  articles: {
    id: string;
    title?: string;
    outlet?: string;
    published?: string;
    url?: string;
    source: string;
    /** The byline as extract read it ("Examiner staff and Amberline Wire"); a byline credit cites it. */
    byline?: string;
    copyOf?: string;
    /**
     * Set for an edited reprint: an article whose byline, dateline or end note ("... contributed to this report")
     * credits the outlet of this article and whose text reuses this article's (`provenance.reuse`). Like a copy,
     * it is not an independent source.
     */
    reprintOf?: string;
    /** True for a press release (its `outlet` is the issuer): the origin outlets report from, not coverage. */
    pressRelease?: true;
    sentences: string[];
  }[];
  /**
   * "N articles from M independent sources (and P press releases)": `independentSources` counts outlets' reporting
   * (copies and reprints go with their original), `pressReleases`, present when there is one, the issuers'
   * releases, which are not counted as sources. A story of press releases and their copies alone has
   * `independentSources: 0` ("3 articles, all from 1 press release (no independent source)").
   */
  coverage: { articles: number; independentSources: number; pressReleases?: number };
  facts: { shared: Fact[]; unique: Fact[] };
  conflicts: Conflict[];
  quotes: QuoteGroup[];
  labels: LabelEntry[];
  /** Present only when some family of group nouns is worded differently by the articles (`GroupLabelEntry`). */
  groupLabels?: GroupLabelEntry[];
  loaded: LoadedEntry[];
  provenance: Provenance;
  /** Present only when an LLM rewrite of the summary was asked for: what it did (`LlmRewriteNote`). */
  llm?: LlmRewriteNote;
}

/** What an optional LLM rewrite did to a summary: how many sentences it reworded, which it gave up on, or why not. */
export interface LlmRewriteNote {
  model: string;
  /** Summary sentences whose reworded text is used. */
  rewritten: number;
  /** Reworded sentences not used (the extractive sentence kept), with the check they failed. */
  dropped: { index: number; text: string; reason: string }[];
  /** Set when the endpoint could not be used at all; the summary is then the extractive one. */
  error?: string;
}

import { isSayingVerb } from '../language/index.js';
import type { Article, LoadedSpan, Quote, Span } from '../model/index.js';
import { explainLoaded } from './explain-loaded.js';
import { findLoadedSpans } from './find-loaded-spans.js';
import { findQuotedRegions } from './find-quoted-regions.js';
import { sentencesOf } from './sentences-of.js';

/** Quoted stretches of the article, paragraph by paragraph (a quotation never runs past its paragraph unclosed). */
export function articleQuotedRegions(article: Article): Span[] {
  const blocks =
    article.paragraphs.length > 0 ? article.paragraphs : [{ start: 0, end: article.text.length }];
  const regions: Span[] = [];
  for (const block of blocks) {
    for (const region of findQuotedRegions(article.text.slice(block.start, block.end))) {
      regions.push({ start: block.start + region.start, end: block.start + region.end });
    }
  }
  return regions;
}

/** The name of whoever speaks in the quoted region: the speaker entity, the source as written, or "quoted". */
function speakerOf(article: Article, region: Span): string {
  for (const quote of article.quotes) {
    if (quote.content.end <= region.start || quote.content.start >= region.end) continue;
    if (quote.speaker !== undefined) {
      const entity = article.entities.find((candidate) => candidate.id === quote.speaker);
      if (entity) return entity.name;
    }
    if (quote.source) return quote.source.text;
  }
  return 'quoted';
}

/** The name of the entity with a mention inside `start`..`end` ("Ruiz" -> "Ana Ruiz"), if any. */
function entityAt(article: Article, start: number, end: number): string | undefined {
  for (const entity of article.entities) {
    if (entity.type !== 'person' && entity.type !== 'organization') continue;
    if (entity.mentions.some((mention) => mention.start >= start && mention.end <= end)) return entity.name;
  }
  return undefined;
}

/**
 * The indirect quote whose content holds `start`..`end`, when it has a source and its cue is a verb of saying
 * ("Passenger groups said the rise was outrageous", "Varga told reporters ..."): the words are the source's
 * account, paraphrased, as far as its first clause goes. Stance cues ("signed", "seems set to"), source-less
attributions and asides after a comma are left out.
 */
export function reportedSpeechAt(article: Article, start: number, end: number): Quote | undefined {
  return article.quotes.find((quote) => {
    if (quote.kind !== 'indirect' || quote.source === undefined) return false;
    if (start < quote.content.start || end > quote.content.end) return false;
    // "... if he left power, despite bringing his country to the verge of collapse": an aside set off after the
    // reported clause is the writer's framing of the news, not the source's words.
    if (/[,;:—–(]/.test(article.text.slice(quote.content.start, start))) return false;
    const cue = quote.cue.text.trim().toLowerCase();
    if (cue.startsWith('according to')) return true;
    const words = cue.split(/\s+/);
    return words.some(isSayingVerb);
  });
}

/** Words before an attributive adjective in a noun phrase: a determiner or a figure ("Nine brave officers"). */
const NOUN_PHRASE_OPENER =
  /(?:^|\s)(?:the|a|an|some|many|several|dozens of|hundreds of|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)\s+$/iu;

/**
 * True when a loaded word in reported speech is the outlet's own naming, not the source's account: an epithet
 * for people ("41 rioters were arrested, police said") or an adjective set before a noun ("Nine brave police
 * officers were hurt, police said"). A paraphrase tells what the source said in the outlet's words, and the words
 * it names people with are the outlet's choice (a source's own label would be quoted); a judgement the source made
 * stands as the predicate ("Passenger groups said the rise was outrageous") and stays the source's.
 */
export function isOwnNaming(text: string, start: number, end: number, reason: LoadedSpan['reason']): boolean {
  if (reason === 'epithet') return true;
  if (reason !== 'emotive' && reason !== 'intensifier') return false;
  return (
    /^\s+\p{Ll}+/u.test(text.slice(end)) &&
    NOUN_PHRASE_OPENER.test(text.slice(Math.max(0, start - 30), start))
  );
}

/**
 * Flags loaded words sentence by sentence, each with its reason and a note. A word inside a quotation is the
 * speaker's, not the outlet's: it gets `speaker` (from `article.quotes`, else "quoted"); so is a word of a reported
 * characterisation ("Ruiz called the plan a disgrace": `speaker` is the entity named, else the subject as
 * written), and so is a word of reported speech with a named source ("Passenger groups said the rise was
outrageous"). Quoted phrases that an
 * attributed quotation covers are not scare quotes.
 *
 * @example
 * detectLoaded(article).filter((span) => span.speaker === undefined) // the outlet's own loaded words
 */
export function detectLoaded(article: Article): LoadedSpan[] {
  const regions = articleQuotedRegions(article);
  const result: LoadedSpan[] = [];
  const sentences = sentencesOf(article);
  for (let sentenceIndex = 0; sentenceIndex < sentences.length; sentenceIndex++) {
    const sentence = sentences[sentenceIndex];
    if (!sentence) continue;
    const local: Span[] = [];
    const owners: Span[] = [];
    for (const region of regions) {
      if (region.end <= sentence.start || region.start >= sentence.end) continue;
      local.push({
        start: Math.max(region.start, sentence.start) - sentence.start,
        end: Math.min(region.end, sentence.end) - sentence.start,
      });
      owners.push(region);
    }
    const found = findLoadedSpans(article.text.slice(sentence.start, sentence.end), { regions: local });
    for (const span of found.spans) {
      const start = sentence.start + span.start;
      const end = sentence.start + span.end;
      const owner = span.region >= 0 ? owners[span.region] : undefined;
      if (span.reason === 'scare-quotes') {
        const attributed = article.quotes.some(
          (quote) => quote.source !== undefined && quote.content.start < end && quote.content.end > start,
        );
        if (attributed) continue;
      }
      const base = { start, end, text: span.text, reason: span.reason, sentence: sentenceIndex };
      if (!owner && span.reported !== undefined) {
        const speaker =
          entityAt(
            article,
            sentence.start + span.reported.speakerSpan.start,
            sentence.start + span.reported.speakerSpan.end,
          ) ?? span.reported.speaker;
        const note = explainLoaded(span.text, span.reason, span.neutral, speaker, 'reported');
        result.push({ ...base, note, speaker });
      } else if (owner) {
        const speaker = speakerOf(article, owner);
        result.push({ ...base, note: explainLoaded(span.text, span.reason, span.neutral, speaker), speaker });
      } else {
        const reported =
          span.reason === 'scare-quotes' || isOwnNaming(article.text, start, end, span.reason)
            ? undefined
            : reportedSpeechAt(article, start, end);
        if (reported?.source) {
          const speaker =
            (reported.speaker !== undefined
              ? article.entities.find((entity) => entity.id === reported.speaker)?.name
              : undefined) ?? reported.source.text;
          const note = explainLoaded(span.text, span.reason, span.neutral, speaker, 'said');
          result.push({ ...base, note, speaker });
        } else {
          result.push({ ...base, note: span.note });
        }
      }
    }
  }
  return result;
}

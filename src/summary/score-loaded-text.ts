import type { LoadedReason } from '../model/index.js';
import { explainLoaded } from './explain-loaded.js';
import { findLoadedSpans } from './find-loaded-spans.js';
import { findSentenceCues, type SentenceCue } from './sentence-cues.js';

/** One flagged word or phrase of a plain text. */
export interface ScoredSpan {
  start: number;
  end: number;
  text: string;
  reason: LoadedReason;
  note: string;
  /**
   * Set when the word is someone else's, not the writer's: "quoted" inside quotation marks, or the subject of a
   * reported characterisation ("The mayor" of "The mayor called the order unlawful").
   */
  speaker?: string;
}

/** Result of `scoreLoadedText`. */
export interface LoadedTextScore {
  /** True when the writer's own wording is loaded (`score >= LOADED_SCORE_MIN`). */
  loaded: boolean;
  /** 0..1: 1 - 0.5^(sum of hit weights in the writer's voice); one epithet gives 0.5, two give 0.75. */
  score: number;
  spans: ScoredSpan[];
  /** Sentence-level cues that moved the score (a question in the writer's voice, attribution, ...). */
  cues: SentenceCue[];
}

/**
 * 0.5 = one full-weight hit (an epithet, label, emotive word or verb) or two half-weight hits (intensifiers,
 * speculation cues, scare quotes, weak evaluative words, contested terms, sentence cues) in the writer's own voice. Chosen by that reading of the lexicon weights, not
 * fitted to a data set.
 */
export const LOADED_SCORE_MIN = 0.5;

/** Turns a sum of hit weights into the 0..1 score. */
export function weightToScore(weight: number): number {
  return 1 - 0.5 ** weight;
}

/**
 * Scores one text (a sentence or a paragraph) for loaded wording in the writer's own voice. Words inside
 * quotation marks are listed with `speaker: "quoted"` but do not count toward the score; nor do words of a
 * reported characterisation ("Ruiz called the plan a disgrace"), listed with the subject as `speaker`.
 *
 * @example
 * scoreLoadedText('The regime slammed the plan.').loaded // true
 */
export function scoreLoadedText(text: string): LoadedTextScore {
  const found = findLoadedSpans(text);
  let weight = 0;
  const spans: ScoredSpan[] = [];
  for (const span of found.spans) {
    const base = { start: span.start, end: span.end, text: span.text, reason: span.reason };
    if (span.region >= 0) {
      spans.push({
        ...base,
        note: explainLoaded(span.text, span.reason, span.neutral, 'quoted'),
        speaker: 'quoted',
      });
    } else if (span.reported !== undefined) {
      spans.push({ ...base, note: span.note, speaker: span.reported.speaker });
    } else {
      weight += span.weight;
      spans.push({ ...base, note: span.note });
    }
  }
  const cues = findSentenceCues(text, found.regions);
  // Cues only tip a sentence that already has loaded words or several cues: alone, one weak cue ("you") or
  // attribution never decides it, so a plain sentence cannot become loaded through style alone.
  for (const cue of cues) weight += cue.weight;
  weight = Math.max(0, weight);
  const score = weightToScore(weight);
  return { loaded: score >= LOADED_SCORE_MIN, score, spans, cues };
}

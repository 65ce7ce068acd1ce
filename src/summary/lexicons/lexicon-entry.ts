import type { LoadedReason } from '../../model/index.js';

/**
 * One lexicon line: a word or phrase (lower case, base form), and optionally a neutral wording to suggest.
 * Inflected forms (plural, -ed, -ing, -ly) are generated when the index is built, so lists hold base forms only.
 */
export type LexiconLine = readonly [term: string, neutral?: string];

/** A lexicon: the reason every term in it is flagged for, how much one hit weighs, and its lines. */
export interface Lexicon {
  reason: LoadedReason;
  /**
   * Weight of one hit in the sentence score (a sentence is loaded at 1). Epithets, labels and emotive words are
   * loaded on their own (1); an intensifier or a speculation cue alone is weaker evidence (0.5), since news copy
   * uses "very" or "clearly" neutrally often enough that one of them should not decide a sentence.
   */
  weight: number;
  /**
   * Whether inflected forms are generated: `verb` (-s, -ed, -ing), `noun` (-s), `adjective` (-ly, and -er/-est
   * for short adjectives), `none`.
   */
  inflect: 'verb' | 'noun' | 'adjective' | 'all' | 'none';
  lines: readonly LexiconLine[];
}

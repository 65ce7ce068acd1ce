export { compareStory } from './compare-story.js';
export type { CompareOptions, ComparedStory } from './compare-story.js';
export { alignSentences, ALIGN_THRESHOLD } from './align-sentences.js';
export type { AlignUnit, AlignOptions, Alignment } from './align-sentences.js';
export { REUSE_MIN_WORDS } from './trace-provenance.js';
export { latestFigureSide } from './figure-updates.js';
export {
  claimantOf,
  claimedSides,
  FIGURE,
  FIGURE_MIN,
  figureOf,
  keyOf as sentenceKeyOf,
  withClaimants,
} from './claimed-sides.js';

import type { Lexicon } from './lexicon-entry.js';

/**
 * Evaluative sentence adverbs: the writer's verdict on the fact reported ("Sadly, ...", "predictably",
 * "conveniently"), which a news sentence in its own voice does not need. Written by the project from general
 * English usage; adverbs that report a checkable manner ("quickly", "publicly") are not listed.
 */
export const EVALUATIVE_ADVERBS: Lexicon = {
  reason: 'emotive',
  weight: 1,
  inflect: 'none',
  lines: [
    ['sadly'],
    ['tragically'],
    ['ironically'],
    ['unfortunately'],
    ['thankfully'],
    ['mercifully'],
    ['predictably'],
    ['conveniently'],
    ['notoriously'],
    ['bizarrely'],
    ['laughably'],
    ['absurdly'],
    ['tellingly'],
    ['alarmingly'],
    ['disturbingly'],
    ['shockingly'],
    ['astonishingly'],
    ['embarrassingly'],
    ['pathetically'],
    ['hypocritically'],
    ['cynically'],
    ['baselessly'],
  ],
};

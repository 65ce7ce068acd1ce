import type { Lexicon } from './lexicon-entry.js';

/**
 * Verbs of saying that cast doubt on the speaker: "claimed" where "said" would do (AP style advises against
 * "claim" as a synonym for "say"). The base form is left out: "claim" is mostly a noun or a legal verb in news
 * copy ("claim a refund"). "claims" is kept although it is often a noun: as a noun it still marks a statement
 * as disputed ("his claims of fraud"). Literal senses (a filing for benefits, "claimed responsibility", a death
 * toll) are left out by `isLiteralClaim` in find-loaded-spans.ts.
 */
export const DOUBT_VERBS: Lexicon = {
  reason: 'emotive-verb',
  weight: 1,
  inflect: 'none',
  lines: [
    ['claimed', "'said'"],
    ['claiming', "'saying'"],
    ['claims', "'says'"],
    ['purporting', "'saying'"],
    ['claim that', "'say that'"],
    ['claim to', "'say they'"],
  ],
};

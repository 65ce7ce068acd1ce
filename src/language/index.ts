/*
 * The language stage. Requires `text` and `paragraphs` (from extract); assigns `sentences`, `entities` (with
 * per-mention labels), `quotes`, `credits`, `dates` and `lang`, plus `language` diagnostics. Pure: the only
 * clock is `article.published`.
 */
export { splitSentences } from './split-sentences.js';
export { analyzeLanguage } from './analyze-language.js';
export type { LanguageOptions } from './analyze-language.js';
export { detectLanguage } from './detect-language.js';
export { normalizeEntityKey } from './normalize-entity-key.js';
export { WEEKDAYS, MONTHS } from './find-dates.js';
export { balancesQuotes } from './balances-quotes.js';
export { namesOwnOutlet } from './names-own-outlet.js';
export { isIrregularPast, isRoleWord, isSayingVerb, isTitleWord, isVerbWord } from './lexicon.js';
export { stripDateline } from './strip-dateline.js';
export { findBylineCredits } from './find-byline-credits.js';
export type { BylineCreditSpan } from './find-byline-credits.js';
export { stripUpdateNote } from './strip-update-note.js';
export { hasDanglingPronoun, leaningPronoun, leansBack } from './leans-back.js';

export { splitSentences } from './split-sentences.js';
export { analyzeLanguage } from './analyze-language.js';
export type { LanguageOptions } from './analyze-language.js';
export { detectLanguage } from './detect-language.js';
export { normalizeEntityKey } from './normalize-entity-key.js';

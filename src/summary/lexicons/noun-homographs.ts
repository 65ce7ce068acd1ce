/**
 * Loaded verbs whose base and -s forms are also everyday nouns in news copy: "a gas blast", "hail damaged
 * crops", "a slash in the fabric", "a grand slam". Only their -ed and -ing forms are flagged or swapped, where
 * they can only be verbs ("blasted the plan", "hailed the deal").
 */
export const NOUN_HOMOGRAPHS: ReadonlySet<string> = new Set([
  'hail',
  'blast',
  'bash',
  'trash',
  'slash',
  'rant',
  'moan',
  'scream',
  'gripe',
  'shred',
  'posture',
  'blunder',
  'lament',
  'froth',
  'weasel',
  'spiral',
  'balloon',
  'pocket',
  'gag',
  'axe',
  'boot',
  'turf',
  'screech',
  'ditch',
  'hawk',
  'whitewash',
  'slander',
  'jeer',
  'taunt',
  'harangue',
  'fumble',
  'trumpet',
  'bristle',
  'sidestep',
  'swindle',
  'fleece',
  'gouge',
  'scoff',
  'sneak',
  'badger',
  'hamstring',
  'goof',
  'pound',
  'torch',
  'tar',
]);

/** True when `form` of the loaded verb `verb` may be a noun and so must not be flagged or swapped. */
export function isNounHomograph(verb: string, form: string): boolean {
  // The base form is a noun even when it ends like a verb form ("hamstring").
  return NOUN_HOMOGRAPHS.has(verb) && (form === verb || !/(?:ed|ing)$/.test(form));
}

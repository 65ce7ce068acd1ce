/**
 * Nouns for the unnamed group at the centre of a story, in families whose members name the same people with a
 * different verdict: one outlet's "protesters" are another's "rioters", one's "fighters" another's "terrorists".
 * Written by the project from general knowledge of news usage; not fitted to any data set.
 *
 * Each word lists its forms: the first is the word reported, the rest count as it (spellings, singulars). Only
 * plurals are listed for words that are often adjectives in the singular ("rebel forces", "a terrorist attack",
 * "migrant workers"); a longer phrase wins over a word it contains ("illegal immigrants" over "immigrants").
 */
export interface GroupNounFamily {
  /** What the group is: "crowd", "armed group", "migrants", "strikers". */
  family: string;
  words: readonly (readonly [reported: string, ...forms: string[]])[];
}

export const GROUP_NOUN_FAMILIES: readonly GroupNounFamily[] = [
  {
    family: 'crowd',
    words: [
      ['protesters', 'protester', 'protestors', 'protestor'],
      ['demonstrators', 'demonstrator'],
      ['marchers', 'marcher'],
      ['rioters', 'rioter'],
      ['thugs', 'thug'],
      ['mob', 'mobs'],
      ['looters', 'looter'],
      ['hooligans', 'hooligan'],
      ['agitators', 'agitator'],
      ['troublemakers', 'troublemaker', 'trouble-makers', 'trouble-maker'],
      ['rabble'],
    ],
  },
  {
    family: 'armed group',
    words: [
      ['freedom fighters'],
      ['fighters'],
      ['militants'],
      ['rebels'],
      ['insurgents'],
      ['terrorists'],
      ['jihadists'],
      ['extremists'],
      ['separatists'],
      ['guerrillas', 'guerillas'],
      ['gunmen', 'gunman'],
      ['militiamen', 'militiaman'],
      ['paramilitaries'],
      ['combatants'],
    ],
  },
  {
    family: 'migrants',
    words: [
      ['migrants'],
      ['immigrants'],
      ['asylum seekers', 'asylum seeker', 'asylum-seekers', 'asylum-seeker'],
      ['refugees'],
      ['illegal immigrants'],
      ['illegal migrants'],
      ['illegal aliens'],
      ['illegals'],
      ['undocumented immigrants'],
      ['undocumented migrants'],
      ['economic migrants'],
    ],
  },
  {
    family: 'strikers',
    words: [
      ['strikers'],
      ['striking workers'],
      ['picketers'],
      ['pickets'],
      ['union members'],
      // A labour militant, not an armed one: the phrase wins over "militants" of the armed-group family.
      ['union militants'],
    ],
  },
];

/** What may not follow a form for it to name the group: "mob boss", "mob ties" are organised crime. */
export const GROUP_NOUN_NOT_BEFORE: Readonly<Record<string, RegExp>> = {
  mob: /^\s+(?:boss|bosses|family|families|ties|hit|figure|figures|lawyer|lawyers|connections)\b/iu,
};

/** What may not come before a form for it to name the group: "fire fighters", "prize fighters". */
export const GROUP_NOUN_NOT_AFTER: Readonly<Record<string, RegExp>> = {
  fighters: /\b(?:fire|prize|street)\s+$/iu,
};

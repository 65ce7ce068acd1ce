import { isNounHomograph } from './noun-homographs.js';

/**
 * Plain replacements the summary may make in a sentence it borrows, for loaded words whose neutral wording is
 * unambiguous in any context (so the swap cannot change the fact reported). Written by the project. Anything not
 * listed here is either dropped (intensifiers, certainty adverbs, epithets before a name) or makes the sentence
 * ineligible for the summary.
 */
export const NEUTRAL_SUBSTITUTES: ReadonlyMap<string, string> = new Map([
  ['regime', 'government'],
  ['regimes', 'governments'],
  ['terrorist group', 'armed group'],
  ['terrorist groups', 'armed groups'],
  ['terrorist organisation', 'armed group'],
  ['terrorist organisations', 'armed groups'],
  ['terrorist organization', 'armed group'],
  ['terrorist organizations', 'armed groups'],
  ['illegals', 'undocumented immigrants'],
  ['illegal alien', 'undocumented immigrant'],
  ['illegal aliens', 'undocumented immigrants'],
  ['death tax', 'estate tax'],
  ['tax relief', 'tax cut'],
  ['tax hike', 'tax increase'],
  ['tax hikes', 'tax increases'],
  ['cronies', 'allies'],
  ['henchmen', 'aides'],
  ['mouthpiece', 'spokesperson'],
  ['far-left', 'left-wing'],
  ['far-right', 'right-wing'],
  ['hard-left', 'left-wing'],
  ['hard-right', 'right-wing'],
  ['ultra-conservative', 'conservative'],
  ['ultra-liberal', 'liberal'],
  ['mainstream media', 'news media'],
  ['witch hunt', 'investigation'],
  ['illegal immigrant', 'undocumented immigrant'],
  ['illegal immigrants', 'undocumented immigrants'],
  ['meddling', 'interference'],
  ['mob', 'crowd'],
  ['mobs', 'crowds'],
  ['decry', 'criticize'],
  ['decries', 'criticizes'],
  ['decried', 'criticized'],
  ['decrying', 'criticizing'],
  ['deride', 'criticize'],
  ['derides', 'criticizes'],
  ['derided', 'criticized'],
  ['deriding', 'criticizing'],
  ...verbSwap(
    ['slam', 'blast', 'bash', 'lambaste', 'excoriate', 'berate', 'scold', 'chastise', 'trash', 'mock', 'rip'],
    ['criticize', 'criticizes', 'criticized', 'criticizing'],
  ),
  ...verbSwap(
    ['spew', 'spout', 'rant', 'shriek', 'screech', 'scream', 'sneer'],
    ['say', 'says', 'said', 'saying'],
  ),
  ...verbSwap(['whine', 'gripe', 'moan'], ['complain', 'complains', 'complained', 'complaining']),
  ...verbSwap(['tout', 'peddle'], ['promote', 'promotes', 'promoted', 'promoting']),
  ...verbSwap(['slash'], ['cut', 'cuts', 'cut', 'cutting']),
  ...verbSwap(['hail'], ['welcome', 'welcomes', 'welcomed', 'welcoming']),
]);

/** Maps each form of each loaded verb (base, -s, -ed, -ing) to the same form of the plain verb. */
function verbSwap(
  verbs: readonly string[],
  plain: readonly [string, string, string, string],
): [string, string][] {
  const pairs: [string, string][] = [];
  for (const verb of verbs) {
    const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
    const doubled = /^(slam|rip)$/.test(verb) ? `${verb}${verb.at(-1) ?? ''}` : stem;
    const third = /(sh|ch|s|x)$/.test(verb) ? `${verb}es` : `${verb}s`;
    const forms: [string, string][] = [
      [verb, plain[0]],
      [third, plain[1]],
      [`${doubled}ed`, plain[2]],
      [`${doubled}ing`, plain[3]],
    ];
    if (verb.endsWith('e')) forms.push([`${verb}d`, plain[2]]);
    pairs.push(...forms.filter(([form]) => !isNounHomograph(verb, form)));
  }
  return pairs;
}

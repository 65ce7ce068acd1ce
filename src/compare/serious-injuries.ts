import type { WordToken } from './normalize-text.js';

/**
 * The unit of a count of the seriously injured, however worded: "three with serious injuries", "three people
 * were taken to hospital with serious injuries", "two were seriously injured", "eleven hurt, two seriously". It
 * is a measure of its own: "eleven injured" and "two seriously injured" count different people and agree.
 */
export const SERIOUS_INJURY_UNIT = 'seriously-injured';

/** Words after a count that end what is said of it: "eleven were hurt and two seriously injured". */
const CLAUSE_END_WORDS = new Set(['and', 'or', 'but', 'while', 'as', 'after', 'before', 'when', 'whereas']);

/** How many words after the number the phrase may begin ("three people were taken to the Brenn infirmary"). */
const SERIOUS_REACH_WORDS = 9;

const SEVERITY = '(?:serious|severe|critical|life-threatening|life-changing|grave|major)';
const SEVERELY = '(?:seriously|severely|critically|badly|gravely)';
const INJURED = '(?:injured|hurt|wounded|burned|burnt)';

/** "with serious injuries", "with severe head injuries", "seriously injured", "were critically hurt". */
const SERIOUS_PHRASE = new RegExp(
  `^(?:\\S+ ){0,${SERIOUS_REACH_WORDS}}?(?:with ${SEVERITY} (?:\\S+ )?(?:injuries|injury|wounds|burns)|${SEVERELY} ${INJURED})(?: |$)`,
);

/** "two seriously", "three of them seriously": the adverb alone, after a count of the injured said before. */
const BARE_ADVERB = new RegExp(`^(?:of (?:them|whom) )?(?:were |was )?${SEVERELY}$`);

/** An injury word before the count, for the bare adverb ("eleven passengers were injured, two seriously"). */
const INJURY_BEFORE = /\b(?:injur\w*|hurt|wounded)\b/;

/**
 * True when what a count says of those counted is that they were seriously injured. Reads the clause after the
 * number (token `from` on), which ends at punctuation, a conjunction or another number.
 *
 * @param tokens the sentence's tokens; `text` the sentence
 */
export function isSeriousInjuryCount(tokens: readonly WordToken[], text: string, from: number): boolean {
  const words: string[] = [];
  let previousEnd = tokens[from - 1]?.end ?? 0;
  for (let index = from; index < tokens.length; index++) {
    const token = tokens[index] as WordToken;
    if (/[,;:.)(—–]/.test(text.slice(previousEnd, token.start)) || CLAUSE_END_WORDS.has(token.word)) break;
    if (/\d/.test(token.word)) break;
    words.push(token.word);
    previousEnd = token.end;
  }
  const clause = words.join(' ');
  if (SERIOUS_PHRASE.test(clause)) return true;
  const before = text.slice(0, tokens[from - 1]?.start ?? 0).toLowerCase();
  return BARE_ADVERB.test(clause) && INJURY_BEFORE.test(before);
}

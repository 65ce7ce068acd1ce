import { isRoleWord } from './lexicon.js';

/**
 * Pronouns that lean on an earlier sentence for their meaning ("They also reached", "It happened around 3 a.m.",
 * "Its owner"): a sentence opening on one cannot be read alone. Demonstratives ("These inquiries", "Those
 * inside") lean back too, but passing them over as well cost 0.08 ROUGE-1 on NeuS val in the summary (pronouns
 * alone: +0.03), so they are left out here.
 */
const DEPENDENT_OPENING = /^(?:he|she|they|it|we|i|his|her|their|its|them|there\s+(?:he|she|they|it|we))\b/iu;

/** A personal pronoun that stands for a person ("she", "his"), not the one of an apostrophe ("he'd" counts). */
const PERSON_PRONOUN = /\b(?:he|she|him|her|his|hers)\b/iu;

/**
 * Words that may open a sentence capitalised without naming anyone: a capital before the pronoun after one of
 * these still leaves it without a person to stand for ("The sample she was shown").
 */
const FUNCTION_OPENINGS = new Set(
  'the a an this that these those in on at after before when while but and for as with by from of to since during then so yet'.split(
    ' ',
  ),
);

/** The word of `text`'s opening that points back to an earlier sentence ("It", "They"), or undefined. */
export function leaningPronoun(text: string): string | undefined {
  return DEPENDENT_OPENING.exec(text)?.[0];
}

/** True when `text` opens on a pronoun that points back to an earlier sentence ("It appears", "They said"). */
export function leansBack(text: string): boolean {
  return DEPENDENT_OPENING.test(text);
}

/** Nouns for a person that are no role or title (`isRoleWord` has those: "minister", "researcher"). */
const PERSON_NOUNS = new Set(
  'man woman boy girl child person patient resident driver passenger pilot victim suspect worker student wife husband son daughter friend owner engineer neighbour neighbor witness customer'.split(
    ' ',
  ),
);

function isPersonWord(word: string): boolean {
  return isRoleWord(word) || PERSON_NOUNS.has(word);
}

/**
 * True when a personal pronoun stands in `text` before any name or person it could stand for ("The sample she was
 * shown included names"): read apart from its article, the sentence does not say who. A name (a capitalised word
 * other than an opening function word) or a noun for a person before it ("the minister said she") is taken for
 * its antecedent. A sentence that opens on the pronoun is `leansBack`'s.
 */
export function hasDanglingPronoun(text: string): boolean {
  const pronoun = PERSON_PRONOUN.exec(text);
  if (pronoun === null || pronoun.index === 0) return false;
  const words = text.slice(0, pronoun.index).match(/[\p{L}\p{M}'’-]+/gu) ?? [];
  return !words.some((word, index) => {
    const lower = word.toLowerCase().replace(/['’]s$/u, '');
    if (/^\p{Lu}/u.test(word)) return index > 0 || !FUNCTION_OPENINGS.has(lower);
    return isPersonWord(lower) || isPersonWord(lower.replace(/s$/u, ''));
  });
}

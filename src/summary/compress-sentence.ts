/**
 * Sentence compression for the summary: parts of a borrowed sentence that carry no fact of their own are dropped
 * so the word budget holds more of the story (Knight and Marcu's deletion-based compression, here as a few
 * syntactic patterns rather than a parser). Each rule keeps a grammatical main clause and is skipped when the
 * remainder would be a fragment; the compressed text still cites the sentence it came from.
 */

import { countWords } from './text-vectors.js';

/** Which rules may fire, and what the caller knows about the sentence's support. */
export interface CompressOptions {
  /**
   * Another outlet states the sentence's fact in its own voice, without attributing it. Only then may a trailing
   * attribution ("..., officials said.") go: the fact does not rest on one source's word. Default false.
   */
  corroborated?: boolean;
}

/** The compression rules, in the order they run. */
export type CompressRule =
  'opener' | 'back-reference' | 'leading-clause' | 'parenthetical' | 'relative-clause' | 'attribution';

/** A sentence after compression and the rules that changed it. */
export interface CompressedSentence {
  text: string;
  rules: CompressRule[];
}

/** A compressed sentence shorter than this is a fragment, not a fact (the summary's own minimum). */
const MIN_WORDS = 6;

/**
 * Openers that only say where a statement was made or link to an earlier sentence ("In a statement, ...",
 * "Meanwhile, ..."); the rest of the sentence carries the fact.
 */
const OPENER =
  /^(?:in (?:an?|the|his|her|their|its)\s+(?:written\s+|joint\s+|brief\s+)?(?:statement|tweet|letter|memo|interview|press release|news release|post|video|filing|speech|op-ed)(?:\s+(?:on|to|with|released|posted|issued|published)\b[^,]{0,40})?|meanwhile|separately|however|still|moreover|additionally|in addition|at the same time|for (?:his|her|their|its) part),\s+/i;

/**
 * A leading subordinate clause ("After weeks of talks, ...", "While the vote was close, ..."): background to the
 * main clause. Clauses that date the event ("On Monday, ...", "When the polls closed, ...") are kept: the date is
 * part of the fact.
 */
const LEADING_CLAUSE =
  /^(?:after|amid|amidst|despite|although|though|while|as(?! of\b)|following|in the wake of|in response to|since|because|even as|even though|facing|under pressure from)\b[^,;:“”"()—–]{3,120},\s+/i;

/**
 * How a main clause may begin after a dropped opening clause: a name or a noun phrase. A pronoun ("After the
 * vote, she ...") would lose what it refers to, and anything else may be a verb or a second clause.
 */
const SUBJECT_START = /^(?:\p{Lu}|(?:the|a|an|some|many|most|several|two|three|four|five|\d)\b)/u;

/**
 * A short aside in parentheses ("(pictured)", "(EPA)", "(or so it seemed)"). A party tag ("(D-Ore.)") is a fact
 * about who acts and stays, as do quotations.
 */
const PARENTHETICAL = /\s+\((?![^)]*[“”"])(?![DRI]-)[^()]{1,60}\)(?=[\s,.;:!?])/gu;

/** A non-restrictive relative clause set off by commas (", who ...,", ", which ...,"). */
const RELATIVE_OPENING = /^(?:who|whose|which)\b/i;
/**
 * What follows a relative clause when it sat between the subject and its verb: an auxiliary or a verb form. When a
 * conjunction, a preposition or a capitalised word follows, the commas were a list or a clause boundary instead.
 */
const PREDICATE_START =
  /^(?:has|have|had|is|are|was|were|will|would|could|should|can|may|might|must|did|does|do|said|says|told|announced|called|argued|added|wrote|warned|urged|plans|planned|faces|faced|won|lost|signed|vetoed|took|made|became|remains|remained|(?!(?:as|its|his|this|thus|plus|us|yes|less|unless|across|towards|perhaps|always|besides|whereas|news|indeed|need|red|bed)\b)\p{Ll}{2,}(?:ed|s))\b/u;
/** A subject longer than this is more likely a clause of its own. */
const SUBJECT_MAX_WORDS = 12;
/** Words that make the part before a relative clause a clause rather than a subject: it already has its verb. */
const FINITE_VERB =
  /\b(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|do|said|says|told|that)\b/i;

/**
 * A trailing attribution as the sentence's last comma part: a short speaker and a reporting verb ("..., officials
 * said.", "..., the agency said on Monday.", "..., according to court documents."). Only generic or
 * institutional speakers qualify; a named person's or party's claim keeps its speaker (see `GENERIC_SPEAKER`).
 */
const TRAILING_ATTRIBUTION =
  /,\s+(?:(according to)\s+([^,;:“”"]{2,60})|([^,;:“”"]{2,60}?)\s+(?:said|say|says|reported|reports|confirmed|announced|told\s+[^,;:“”"]{2,30}))(?:\s+(?:on|late|early|last|this|in|at)\b[^,;:“”"]{0,40})?\s*([.!?])$/iu;

/**
 * Speakers whose report of a fact several outlets carry is not a side's claim: officials, agencies, records,
 * data, with lower-case modifiers ("rail officials", "two people familiar with the matter"). Named people,
 * parties, campaigns and advocacy groups are left out: their statements are claims; so are "reports", which are
 * hearsay rather than a source.
 */
const GENERIC_SPEAKER =
  /^(?:(?:u\.s\.|white house|pentagon|\p{Ll}[\p{Ll}\p{M}-]*)\s+){0,4}(?:officials?|authorities|police|sources?|investigators?|prosecutors|spokesm[ae]n|spokeswom[ae]n|spokespersons?|agency|department|ministry|company|firm|statement|records|documents|filings?|data|figures|survey|study|census|estimates|agencies|people familiar with the (?:matter|situation|plans?|talks|decision)|a person familiar with the (?:matter|situation|plans?|talks|decision)|the Associated Press|Reuters|AP)$/u;

/**
 * A reply to a claim an earlier sentence of the article made ("Ruskov rejected the claim, saying ..."): the
 * summary rarely carries that earlier sentence, so "the claim" would point at nothing. The reply itself is what
 * the sentence adds; it stays as what the speaker said ("Ruskov said ..."). A claim spelled out in place ("the
 * claim that ...") is no back-reference and does not match (the comma must follow the noun).
 */
const REPLY_TO_CLAIM =
  /^([^,;:“”"()]{2,80}?)\s+(?:rejected|denied|dismissed|disputed|rebutted|refuted|brushed aside|pushed back against)\s+(?:the|these|those|such)\s+(?:claims?|allegations?|accusations?|charges?|criticisms?|suggestions?|assertions?|reports?),\s+saying\s+/iu;

/**
 * "then" right after a short subject at the start ("Police then fired tear gas"): it orders the sentence after
 * one the summary may not carry. Not after "the" ("the then mayor", where it means "at that time"), nor in a
 * conditional or a time phrase ("If talks fail then ...", "Since then ...").
 */
const SEQUENCE_THEN =
  /^((?:(?!(?:the|if|when|once|only|and|but|since|until|by|even|just|right|back)\b)[\p{L}\p{M}'’.-]+\s+){1,4}?)then\s+(?=\p{Ll})/iu;

function dropBackReference(text: string): string {
  const reply = REPLY_TO_CLAIM.exec(text);
  if (reply) return `${reply[1] ?? ''} said ${text.slice(reply[0].length)}`;
  const then = SEQUENCE_THEN.exec(text);
  if (then) return `${then[1] ?? ''}${text.slice(then[0].length)}`;
  return text;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** True when a candidate remainder is still a sentence: long enough, balanced quotation marks, a final stop. */
function isSentence(text: string): boolean {
  if (countWords(text) < MIN_WORDS) return false;
  const opening = (text.match(/“/g) ?? []).length;
  const closing = (text.match(/”/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  return opening === closing && straight % 2 === 0 && /[.!?]["”’)]?$/.test(text);
}

function dropOpener(text: string): string {
  const match = OPENER.exec(text);
  return match ? upperFirst(text.slice(match[0].length)) : text;
}

function dropLeadingClause(text: string): string {
  const match = LEADING_CLAUSE.exec(text);
  if (!match) return text;
  const rest = text.slice(match[0].length);
  return SUBJECT_START.test(rest) && !/^(?:he|she|they|it|we|i)\b/i.test(rest) ? upperFirst(rest) : text;
}

function dropParentheticals(text: string): string {
  return text.replace(PARENTHETICAL, '');
}

/**
 * Drops one relative clause between a subject and its predicate: "Mara Voss, who led the union for a decade, said
 * ..." -> "Mara Voss said ...". The clause must follow a short subject (not open the sentence), hold no further
 * break, and be followed by a predicate.
 */
function dropRelativeClause(text: string): string {
  const aside = /,\s+([^,;:“”"()—–]{3,140}),\s+/gu;
  for (const match of text.matchAll(aside)) {
    const inner = match[1] ?? '';
    if (!RELATIVE_OPENING.test(inner)) continue;
    const before = text.slice(0, match.index);
    const after = text.slice(match.index + match[0].length);
    // A subject before the clause: a name or a noun phrase, not a clause with its own verb ("Emails were sought
    // by the office, which ..., as well as ..."); and only one, so lists and second clauses are left alone.
    if (countWords(before) < 1 || countWords(before) > SUBJECT_MAX_WORDS || /,/.test(before)) continue;
    if (FINITE_VERB.test(before) || !PREDICATE_START.test(after)) continue;
    if (/\b(?:and|or|but)$/i.test(before.trim())) continue;
    return `${before} ${after}`;
  }
  return text;
}

function dropAttribution(text: string, corroborated: boolean): string {
  if (!corroborated) return text;
  const match = TRAILING_ATTRIBUTION.exec(text);
  if (!match) return text;
  const speaker = (match[2] ?? match[3] ?? '').trim();
  if (!GENERIC_SPEAKER.test(speaker)) return text;
  const main = text.slice(0, match.index);
  // A quotation needs its speaker ("“We will rebuild,” the agency said."); a main part that is itself
  // speech or ends in a quotation keeps the attribution.
  if (/[“”"]/.test(main) || /^(?:that|to)\b/i.test(main)) return text;
  // "at 3 p.m., officials said." -> "at 3 p.m.": an abbreviation's period ends the sentence.
  return /\.$/.test(main) ? main : `${main}${match[4] ?? '.'}`;
}

const RULES: { rule: CompressRule; apply: (text: string, options: CompressOptions) => string }[] = [
  { rule: 'opener', apply: dropOpener },
  { rule: 'back-reference', apply: dropBackReference },
  { rule: 'leading-clause', apply: dropLeadingClause },
  { rule: 'parenthetical', apply: dropParentheticals },
  { rule: 'relative-clause', apply: dropRelativeClause },
  { rule: 'attribution', apply: (text, options) => dropAttribution(text, options.corroborated ?? false) },
];

/**
 * Compresses one summary sentence by dropping parts that add words but no fact of their own: an "In a statement,"
 * opener, a leading background clause, short parentheticals, a relative clause between subject and verb, and a
 * trailing generic attribution when another outlet states the fact in its own voice. A rule whose result would not
 * stand as a sentence is skipped.
 *
 * @example
 * compressSentence('Mara Voss, who led the union for a decade, said the strike would end.').text
 * // 'Mara Voss said the strike would end.'
 */
export function compressSentence(text: string, options: CompressOptions = {}): CompressedSentence {
  let current = text;
  const rules: CompressRule[] = [];
  for (const { rule, apply } of RULES) {
    const next = apply(current, options)
      .replace(/\s{2,}/g, ' ')
      .trim();
    if (next !== current && isSentence(next)) {
      current = next;
      rules.push(rule);
    }
  }
  return { text: current, rules };
}

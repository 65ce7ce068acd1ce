import { bareWord, type Document } from './document.js';
import { CUE_VERBS, STANCE_VERBS } from './lexicon.js';
import type { Token } from './tokenize.js';

function words(list: string): ReadonlySet<string> {
  return new Set(list.trim().split(/\s+/));
}

/*
 * Verbs that turn an item down or throw it out. With an item that is voted on, offered or applied for as their
 * object ("rejected the budget", "denied the application") they report a decision, an event like any other;
 * with a claim as object ("rejected the claim that ...") they still report what someone holds.
 */
const TURNING_DOWN_VERBS = words(`
  reject rejects rejected rejecting deny denies denied denying decline declines declined declining refuse
  refuses refused refusing dismiss dismisses dismissed dismissing veto vetoes vetoed vetoing block blocks
  blocked blocking
`);

/*
 * Things put to a vote, offered, applied or sued for: the object of a decision rather than of an opinion. Not
 * "case" or "suit" ("rejected the case for war", "followed suit"), nor "request" ("declined an interview request"
 * is a refusal to comment, an attribution like "declined to comment").
 */
const ITEM_NOUNS = words(`
  bill bills budget budgets motion motions amendment amendments measure measures resolution resolutions
  ordinance ordinances legislation offer offers counteroffer bid bids plan plans proposal proposals
  application applications appeal appeals petition petitions deal deals contract contracts
  settlement merger takeover nomination nominations nominee treaty referendum bylaw bylaws lawsuit lawsuits
  permit permits licence license visa bail
`);

/*
 * Nouns that name something said or believed: "rejected the claim", "denied the report", "dismissed the idea".
 * Any of them in the object keeps the verb an attribution, even beside an item noun ("the budget office's claim").
 */
const CLAIM_NOUNS = words(`
  claim claims accusation accusations allegation allegations charge charges report reports idea ideas notion
  suggestion suggestions criticism criticisms characterization characterisation label assertion assertions
  argument arguments premise view views theory theories rumour rumours rumor rumors speculation
  interpretation account accounts description comparison comparisons story stories narrative insinuation
  insinuations
`);

/* Words that end a verb's object: prepositions, conjunctions and clause openers ("the budget by 86 votes"). */
const OBJECT_STOPS = words(`
  by of for to on in at from with without after before during over under into about against as than and or
  but that which who whom whose when while because since until if unless amid despite late early
`);

const NUMBER_WORDS = words(`
  two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
  eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
`);

const BE_FORMS = words(`is was are were be been being`);
const BE_OR_HAVE = words(`is was are were be been being has have had`);

/* How many tokens after the verb the object may run before the check gives up ("the £2m pay offer"). */
const MAX_OBJECT_TOKENS = 7;

/* How many tokens after the object a vote tally may start ("the budget on Tuesday by 86 votes to 71"). */
const MAX_TALLY_DISTANCE = 8;

function isCount(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'number' || NUMBER_WORDS.has(bareWord(token)));
}

/* A count, a dash or "to" inside a tally written before its noun: "5-4", "4-to-3" ("to-3" is one token). */
function isTallyPart(token: Token | undefined): boolean {
  return isCount(token) || token?.text === '-' || /^to(?:-\d+)?$/.test(bareWord(token));
}

/**
 * True when the words at `index`, after a count, make it a vote count: "votes", or a second count after "to"
 * or a dash ("86 votes to 71", "86 to 71", "40-12"), not a poll's margin ("by 15 points", "by 64 percent").
 */
function isVoteCount(doc: Document, index: number): boolean {
  const word = bareWord(doc.tokens[index]);
  if (word === 'votes' || word === 'vote') return true;
  return (word === 'to' || doc.tokens[index]?.text === '-') && isCount(doc.tokens[index + 1]);
}

/**
 * True when a vote tally follows within the clause from `from`: "by 86 votes to 71", "by nine votes",
 * "by a vote of 9-2", "by 40-12", "in a 5-4 vote", "in a vote". A comma or the sentence's end closes the
 * clause, so a tally in a relative clause after the object ("the budget, which passed 86-71") is not read.
 */
function hasTallyAfter(doc: Document, from: number, end: number): boolean {
  for (let index = from; index < end && index < from + MAX_TALLY_DISTANCE; index++) {
    const token = doc.tokens[index];
    if (!token || token.text === ',' || token.text === ';') return false;
    const word = bareWord(token);
    if (word === 'unanimously') return true;
    if (word === 'by' && isCount(doc.tokens[index + 1]) && isVoteCount(doc, index + 2)) return true;
    if ((word === 'by' || word === 'in') && ['a', 'an'].includes(bareWord(doc.tokens[index + 1]))) {
      // "by a vote of", "in a 5-4 vote", "by a 4-to-3 vote", not "by a 6-point margin".
      let next = index + 2;
      while (next < index + 6 && isTallyPart(doc.tokens[next])) next++;
      const noun = bareWord(doc.tokens[next]);
      if (noun === 'vote' || noun === 'votes') return true;
    }
  }
  return false;
}

/**
 * True when the verb at `index` reports a decision on an item rather than a stance: a vote tally in its
 * clause ("had rejected the budget by 86 votes to 71", "unanimously backed the plan"), or a turning-down verb
 * whose object (or, in the passive, whose subject) is an item voted on, offered or applied for and no claim
 * ("rejected the pay offer", "the motion was rejected by the assembly", "denied the application"). A verdict
 * on the item ("dismissed the budget as a fantasy") stays a stance.
 *
 * PolNeAR marks many such decisions as attributions ("signed the bill", "voted against the measure"): this
 * costs a little cue recall there (see BENCHMARKS.md), for not comparing a vote as someone's words.
 */
export function isActOnItem(doc: Document, index: number): boolean {
  const word = bareWord(doc.tokens[index]);
  const stance = STANCE_VERBS.has(word) && !CUE_VERBS.has(word);
  if (!stance && !TURNING_DOWN_VERBS.has(word)) return false;
  const sentence = doc.tokenSentence[index] ?? -1;
  const end = sentence >= 0 ? (doc.sentenceTokens[sentence]?.end ?? doc.tokens.length) : doc.tokens.length;
  let back = index - 1;
  let passive = false;
  while (back >= 0 && BE_OR_HAVE.has(bareWord(doc.tokens[back]))) {
    passive ||= BE_FORMS.has(bareWord(doc.tokens[back]));
    back--;
  }
  passive &&= /ed$/.test(word);
  const after = objectEnd(doc, index + 1, end);
  // (Only stance verbs: after a verb of saying the words are a clause that may tell of a vote itself.)
  if (
    stance &&
    (bareWord(doc.tokens[back]) === 'unanimously' || hasTallyAfter(doc, passive ? index + 1 : after, end))
  )
    return true;
  if (!TURNING_DOWN_VERBS.has(word)) return false;
  if (passive) return ITEM_NOUNS.has(bareWord(doc.tokens[back]));
  if (bareWord(doc.tokens[after]) === 'as') return false;
  let item = false;
  for (let object = index + 1; object < after; object++) {
    const noun = bareWord(doc.tokens[object]);
    if (CLAIM_NOUNS.has(noun)) return false;
    if (ITEM_NOUNS.has(noun)) item = true;
  }
  return item;
}

/** One past the last token of the noun phrase starting at `from` (stopped by punctuation or `OBJECT_STOPS`). */
function objectEnd(doc: Document, from: number, end: number): number {
  let index = from;
  while (index < end && index < from + MAX_OBJECT_TOKENS) {
    const token = doc.tokens[index];
    if (!token) break;
    const currency = token.kind === 'punct' && /^[$£€¥-]$/.test(token.text);
    if (token.kind !== 'word' && token.kind !== 'number' && !currency) break;
    if (OBJECT_STOPS.has(bareWord(token))) break;
    index++;
  }
  return index;
}

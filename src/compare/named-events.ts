import { normalizeText, type WordToken } from './normalize-text.js';

/**
 * Nouns of events that a story has one of and that outlets date by name: "called an early election for June 28"
 * and "The election will be held on July 5" give two days for one election, whatever else their sentences say.
 * Synonyms share a name. Not "game", "match", "meeting" or "poll": a story tells several of those.
 */
const NAMED_EVENTS: ReadonlyMap<string, string> = new Map(
  [
    'election elections',
    'referendum plebiscite',
    'runoff run-off',
    'vote ballot',
    'hearing',
    'trial',
    'sentencing',
    'inquest',
    'summit',
    'inauguration',
    'funeral',
    'wedding',
  ].flatMap((line) => {
    const words = line.split(' ');
    return words.map((word) => [word, words[0] as string] as const);
  }),
);

/** The words that link a day to the event noun it dates: "election for June 28", "vote on Thursday". */
const DAY_PREPOSITIONS = new Set(['on', 'for']);

/** Words that say an event is set for a day, between its noun and the day: "will be held on", "is due to take place on". */
const SCHEDULING_WORDS = new Set(
  (
    'will would shall be is are was were been being has have had now to held hold take takes taking took ' +
    'place scheduled set due slated planned expected fixed called'
  ).split(' '),
);

/** How many `SCHEDULING_WORDS` may stand between the noun and the day. */
const SCHEDULING_REACH_WORDS = 6;

/** Words that open the noun phrase of one event: "the election", "an early election", "its trial". */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'this']);

/**
 * Words before the noun that tell one of several events of the kind ("the next hearing", "the second vote",
 * "last year's election"): such a day is not the day of the story's event.
 */
const OTHER_EVENT_WORDS = new Set(
  (
    'next last previous first second third fourth final new another further separate earlier later ' +
    'preliminary committee primary local regional municipal'
  ).split(' '),
);

/**
 * The name of the event a day is the day of, when the words just before it name one (`NAMED_EVENTS`): the noun
 * with a determiner, then `on` or `for` ("an early election for June 28"), with scheduling words between
 * ("The election will be held on July 5"). Undefined when the noun is a verb ("lawmakers will vote on
 * Thursday"), a modifier of another noun ("the election commission by July 5"), or marked as one of several
 * ("the next hearing on Monday"), and when punctuation stands between the noun and the day. A word between
 * the determiner and the noun that may tell which event it is follows the name ("election presidential").
 *
 * @param text the sentence; `dayStart` the offset of the day in it
 */
export function namedEventOfDay(text: string, dayStart: number): string | undefined {
  const tokens = normalizeText(text).filter((token) => token.end <= dayStart);
  const joined = (left: WordToken, right: WordToken | undefined): boolean =>
    !/[,;:—–()"“”]/.test(text.slice(left.end, right === undefined ? dayStart : right.start));
  let at = tokens.length - 1;
  const preposition = tokens[at];
  if (preposition === undefined || !DAY_PREPOSITIONS.has(preposition.word) || !joined(preposition, undefined))
    return undefined;
  at--;
  for (
    let skipped = 0;
    skipped < SCHEDULING_REACH_WORDS && SCHEDULING_WORDS.has(tokens[at]?.word ?? '');
    skipped++
  )
    at--;
  const noun = tokens[at];
  if (noun === undefined) return undefined;
  const name = NAMED_EVENTS.get(noun.word);
  if (name === undefined) return undefined;
  for (let index = at; index < tokens.length - 1; index++) {
    if (!joined(tokens[index] as WordToken, tokens[index + 1])) return undefined;
  }
  // The determiner of the noun, at most one word before it ("an early election").
  for (let index = at - 1; index >= 0 && index >= at - 2; index--) {
    const token = tokens[index] as WordToken;
    if (!joined(token, tokens[index + 1])) return undefined;
    // "the 2022 election", "the last election": another election than the story's.
    if (OTHER_EVENT_WORDS.has(token.word) || /\d/.test(token.word)) return undefined;
    if (!DETERMINERS.has(token.word)) continue;
    const modifier = index === at - 1 ? undefined : tokens[at - 1]?.word;
    return modifier === undefined || GENERIC_MODIFIERS.has(modifier) ? name : `${name} ${modifier}`;
  }
  return undefined;
}

/**
 * Words before an event noun that do not tell which event it is: "an early election" and "the snap election" are
 * the one election of the story.
 */
const GENERIC_MODIFIERS = new Set(
  'early snap upcoming general planned scheduled expected delayed postponed long-awaited key crucial'.split(
    ' ',
  ),
);

/**
 * Two names from `namedEventOfDay` of one event: the same noun, and the same word before it when both have one
 * ("the presidential election" / "the parliamentary election" are two, "the election" / "the presidential
 * election" one).
 */
export function isSameNamedEvent(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const [nounA, modifierA] = a.split(' ');
  const [nounB, modifierB] = b.split(' ');
  return nounA === nounB && (modifierA === undefined || modifierB === undefined || modifierA === modifierB);
}

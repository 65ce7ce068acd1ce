import { stemWord } from './normalize-text.js';

/**
 * States of people or things, each with the words that end it: "two residents are missing" and "one of the two
 * missing residents has been found" share the people and the word "missing", but the second reports that the
 * state ended. Word forms, stemmed at load as `contentWordCase` stems a sentence. Only past and adjective forms
 * end a state: the noun "rescue" ("rescue teams are trying to reach the trapped workers") reports none. Not
 * "released": in news it mostly publishes ("police released the names of the men arrested"; on ECB+ every
 * arrest/release pair it split was of that kind).
 */
const STATE_FORMS: readonly { state: string; end: string }[] = [
  { state: 'missing unaccounted disappeared vanished', end: 'found located traced safe' },
  { state: 'trapped stranded', end: 'rescued freed' },
  { state: 'close closed closes closing closure shut shuts', end: 'reopen reopened reopens reopening' },
  {
    state: 'arrested detained jailed imprisoned kidnapped abducted hostage hostages captive captivity',
    end: 'freed',
  },
  { state: 'suspended halted paused', end: 'resumed restarted' },
  { state: 'outage outages blackout blackouts', end: 'restored' },
];

const stems = (forms: string): Set<string> => new Set(forms.split(' ').map((word) => stemWord(word)));

const STATE_STEMS = STATE_FORMS.map((pair) => ({ state: stems(pair.state), end: stems(pair.end) }));

/** Which states (`STATE_FORMS`, by index as bits) a sentence tells, and which ends of states. */
export interface StateWords {
  state: number;
  end: number;
}

/**
 * The states and ends of states a sentence's content-word stems tell. An end that a negation denies ("has not
 * been found") tells the state; a denied state ("not closed") tells neither.
 *
 * @param words the sentence's content-word stems (`contentWordCase`)
 * @param negated the stems a negation denies (`negatedWords`)
 */
export function stateWordsOf(words: Iterable<string>, negated: ReadonlySet<string>): StateWords {
  let state = 0;
  let end = 0;
  for (const word of words) {
    STATE_STEMS.forEach((pair, index) => {
      if (pair.end.has(word)) {
        if (negated.has(word)) state |= 1 << index;
        else end |= 1 << index;
      } else if (pair.state.has(word) && !negated.has(word)) state |= 1 << index;
    });
  }
  return { state, end };
}

/**
 * True when one sentence tells the end of a state ("was found", "reopened") that the other tells only as a state
 * ("are missing", "was closed"): the two report a change, not one fact, however many words they share.
 */
export function isStateAndItsEnd(a: StateWords, b: StateWords): boolean {
  return (a.end & b.state & ~b.end) !== 0 || (b.end & a.state & ~a.end) !== 0;
}

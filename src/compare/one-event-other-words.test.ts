/**
 * Conflicts about one event that two outlets tell in different words: a vote tally after "was defeated by" and
 * "had rejected the budget by", the day of one election in a lead and in a later sentence, the length of one
 * strike called a "strike" and a "walkout". Ostrova, Vell, Saltmere and the outlets are invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Conflict } from '../model/index.js';
import { countEvent, eventGroupOfWord } from './event-words.js';
import { normalizeText } from './normalize-text.js';
import { isSameNamedEvent, namedEventOfDay } from './named-events.js';
import { compareStory } from './index.js';
import {
  buildArticle,
  buildStory,
  numberConflictsBetween,
  type ArticleSpec,
} from './story-fixture.test-helper.js';

function sideValues(conflict: Conflict | undefined): string[] {
  return (conflict?.sides ?? []).map((side) => side.value).sort();
}

function conflictsOf(kind: Conflict['kind'], ...specs: ArticleSpec[]): Conflict[] {
  const articles = specs.map((spec) => buildArticle(spec));
  return compareStory(buildStory(articles), articles).conflicts.filter((conflict) => conflict.kind === kind);
}

const LEAD_A = "Ostrova's parliament rejected the government's budget on Monday for a third time.";
const LEAD_B = "Ostrova's parliament rejected the government's budget on Monday for the third time.";

describe('a vote tally told with different verbs', () => {
  it('"was defeated by 84 votes" / "had rejected the budget by 86 votes" conflict', () => {
    const conflicts = numberConflictsBetween(
      `${LEAD_A} The budget was defeated by 84 votes to 71, the press office said.`,
      `${LEAD_B} Lawmakers had rejected the budget by 86 votes to 71.`,
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    assert.deepEqual(sideValues(conflicts[0]), ['84 votes', '86 votes']);
  });

  it('a margin is a count of the event of the verb before "by"', () => {
    // The event of "N votes" in each sentence, read from the verb of the margin when the word before the number
    // ("budget") is no event word.
    const eventOf = (text: string, number: string): number => {
      const tokens = normalizeText(text);
      const at = tokens.findIndex((token) => token.word === number);
      const noun = tokens[at + 1];
      assert.ok(noun !== undefined);
      return countEvent(tokens, text, noun.end, 'budget', at);
    };
    const rejected = eventGroupOfWord('rejected');
    assert.equal(eventOf('Lawmakers rejected the budget by 86 votes to 71.', '86'), rejected);
    assert.equal(eventOf('Lawmakers voted down the budget by 86 votes to 71.', '86'), rejected);
    assert.equal(eventOf('Lawmakers rejected the budget by 86 votes.', '86'), rejected);
    // Who did it, not by how much: "by two gunmen" counts no rejection.
    assert.equal(eventOf('The offer was rejected by two gunmen.', 'two'), -1);
    assert.equal(eventOf('Lawmakers rejected the budget, backed by 86 votes to 71.', '86'), -1);
  });

  it('the same tally told with different verbs raises nothing', () => {
    const conflicts = numberConflictsBetween(
      `${LEAD_A} The budget was defeated by 84 votes to 71, the press office said.`,
      `${LEAD_B} Lawmakers had rejected the budget by 84 votes to 71.`,
    );
    assert.deepEqual(conflicts, []);
  });

  it('the tally of another vote is not the tally of the budget vote', () => {
    // The Echo's 90 votes passed a tax bill: approving is not rejecting.
    const conflicts = numberConflictsBetween(
      `${LEAD_A} The budget was defeated by 84 votes to 71, the press office said.`,
      `${LEAD_B} Lawmakers had approved a tax bill by 90 votes to 71 earlier in the day.`,
    );
    assert.deepEqual(conflicts, []);
  });
});

const PUBLISHED = '2026-05-12';

describe('the day of one named event across sentences that were not aligned', () => {
  const courier: ArticleSpec = {
    id: 'courier',
    outlet: 'Vell Courier',
    published: PUBLISHED,
    text: "President Tamas Brodin dissolved Ostrova's parliament on Monday and called an early election for June 28, two years ahead of schedule, after lawmakers rejected his budget for a third time. The opposition welcomed the move.",
    dates: [
      { text: 'Monday', resolved: '2026-05-11', granularity: 'weekday' },
      { text: 'June 28', resolved: '2026-06-28', granularity: 'day' },
    ],
  };

  it('"called an early election for June 28" / "The election will be held on July 5" conflict', () => {
    const conflicts = conflictsOf('date', courier, {
      id: 'daily',
      outlet: 'Kora Daily',
      published: PUBLISHED,
      text: "Ostrova's president dissolved parliament on Monday after lawmakers voted down his budget again. The election will be held on July 5, according to the decree.",
      dates: [
        { text: 'Monday', resolved: '2026-05-11', granularity: 'weekday' },
        { text: 'July 5', resolved: '2026-07-05', granularity: 'day' },
      ],
    });
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    assert.deepEqual(sideValues(conflicts[0]), ['July 5', 'June 28']);
    assert.equal(conflicts[0]?.about, 'day of the election', 'the event the days are of');
  });

  it('the day of another event of the story is not the election day', () => {
    const conflicts = conflictsOf('date', courier, {
      id: 'daily',
      outlet: 'Kora Daily',
      published: PUBLISHED,
      text: "Ostrova's president dissolved parliament on Monday after lawmakers voted down his budget again. Candidates must register with the election commission by July 5, according to the decree.",
      dates: [
        { text: 'Monday', resolved: '2026-05-11', granularity: 'weekday' },
        { text: 'July 5', resolved: '2026-07-05', granularity: 'day' },
      ],
    });
    assert.deepEqual(conflicts, []);
  });
});

describe('the length of one strike across sentences that were not aligned', () => {
  const courier: ArticleSpec = {
    id: 'courier',
    outlet: 'Vell Courier',
    text: "Nurses at Saltmere's three public hospitals will walk out on Wednesday over pay and staffing. The strike is expected to last three days, according to the Saltmere Nurses Union.",
  };

  it('"The strike is expected to last three days" / "The walkout will last five days" conflict', () => {
    const conflicts = conflictsOf('number', courier, {
      id: 'daily',
      outlet: 'Kora Daily',
      text: 'Nurses in Saltmere will stop work from Wednesday after pay talks with the health board failed. The walkout will last five days, the union said.',
    });
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    assert.deepEqual(sideValues(conflicts[0]), ['five days', 'three days']);
  });

  it('"closed for two weeks" / "shut for 10 days": words of one kind of event', () => {
    const conflicts = conflictsOf(
      'number',
      {
        id: 'courier',
        outlet: 'Vell Courier',
        text: 'Engineers found a cracked bearing under the Kessel bridge in Vell. The bridge will be closed for two weeks while it is replaced.',
      },
      {
        id: 'daily',
        outlet: 'Kora Daily',
        text: 'A cracked bearing has been found under the Kessel bridge in Vell. The bridge will be shut for 10 days, officials said.',
      },
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    assert.deepEqual(sideValues(conflicts[0]), ['10 days', 'two weeks']);
  });

  it('the length of something else of the story is not the length of the strike', () => {
    const conflicts = conflictsOf('number', courier, {
      id: 'daily',
      outlet: 'Kora Daily',
      text: 'Nurses in Saltmere will stop work from Wednesday after pay talks with the health board failed. The talks had lasted five days, the union said.',
    });
    assert.deepEqual(conflicts, []);
  });
});

describe('words cut to an event word', () => {
  it('"launcher" and "detainees" are no event words; "launched" and "detained" are', () => {
    // Stems are cut at six letters, so "launcher" reads as "launch": a grenade launcher seized with two rockets
    // launched nothing, and would make the rockets a count of launches.
    assert.equal(eventGroupOfWord('launcher'), -1);
    assert.equal(eventGroupOfWord('detainees'), -1);
    assert.notEqual(eventGroupOfWord('launched'), -1);
    assert.notEqual(eventGroupOfWord('detained'), -1);
  });
});

describe('the event a day is named the day of', () => {
  const at = (sentence: string, day: string): string | undefined =>
    namedEventOfDay(sentence, sentence.indexOf(day));

  it('reads the event noun before the day, scheduling words between', () => {
    assert.equal(at('Brodin called an early election for June 28.', 'June 28'), 'election');
    assert.equal(at('The election will be held on July 5.', 'July 5'), 'election');
    assert.equal(at('The vote is due to take place on Thursday.', 'Thursday'), 'vote');
    assert.equal(at('The presidential election is set for June 28.', 'June 28'), 'election presidential');
  });

  it('reads no event from a verb, a modifier, another instance or another clause', () => {
    assert.equal(at('Lawmakers will vote on Thursday.', 'Thursday'), undefined);
    assert.equal(at('Candidates must register with the election commission by July 5.', 'July 5'), undefined);
    assert.equal(at('The next hearing is set for Monday.', 'Monday'), undefined);
    assert.equal(at('The 2022 election was held on May 3.', 'May 3'), undefined);
    assert.equal(at('The committee vote on Tuesday was close.', 'Tuesday'), undefined);
    assert.equal(at('After the election, the assembly met on Monday.', 'Monday'), undefined);
  });

  it('keeps two events of one kind apart by the word before the noun', () => {
    assert.equal(isSameNamedEvent('election', 'election presidential'), true);
    assert.equal(isSameNamedEvent('election presidential', 'election parliamentary'), false);
    assert.equal(isSameNamedEvent('election', 'trial'), false);
  });
});

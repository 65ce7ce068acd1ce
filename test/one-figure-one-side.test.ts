/**
 * A count dispute lists each figure once: when the Brenn Gazette writes "Fourteen people" where the Marl Echo
 * writes "14 people", both stand on one side of the dispute with the Tarn Courier's 12, whichever check (aligned
 * sentences or the story-wide count check) found each. The crash, places and outlets are invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareStory, processInput } from '../src/index.js';

const ARTICLES = [
  {
    id: 'courier',
    outlet: 'Tarn Courier',
    text:
      'Bus crash in the Orrin pass\n\nA bus crash in the Orrin pass killed 12 people on Tuesday, police said.\n\n' +
      'The bus was carrying 40 passengers from Vell to Lisk when it left the road.\n\n' +
      'Rescuers worked through the night to free the survivors.',
  },
  {
    id: 'echo',
    outlet: 'Marl Echo',
    text:
      'Orrin pass bus crash\n\nA bus crash in the Orrin pass killed 14 people on Tuesday, police said.\n\n' +
      'The bus was carrying 40 passengers from Vell to Lisk when it plunged off the road.\n\n' +
      'Rescuers worked through the night to free survivors from the wreck.',
  },
  {
    id: 'gazette',
    outlet: 'Brenn Gazette',
    text:
      'Bus plunges off Orrin pass\n\nPolice in Vell said a bus carrying 40 passengers plunged off the road in the ' +
      'Orrin pass on Tuesday.\n\nFourteen people were killed in the crash in the pass, police said.\n\n' +
      'The bus was travelling from Vell to Lisk.',
  },
];

test('"14 people" and "Fourteen people" are one side of one count dispute', () => {
  const articles = ARTICLES.map((spec) =>
    processInput({ source: `${spec.id}.txt`, format: 'text', published: '2031-04-02T09:00:00Z', ...spec }),
  );
  const story = {
    id: 'orrin-crash',
    articles: articles.map((article) => article.id),
    copies: [],
    timeline: articles.map((article) => ({ article: article.id })),
    merged: [],
  };
  const numbers = compareStory(story, articles).conflicts.filter((conflict) => conflict.kind === 'number');
  assert.equal(numbers.length, 1, JSON.stringify(numbers));
  const sides = (numbers[0]?.sides ?? []).map((side) => side.articles.slice().sort());
  assert.deepEqual(sides.sort(), [['courier'], ['echo', 'gazette']]);
});

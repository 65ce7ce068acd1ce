/**
 * A figure that reads a scale or names one of a series ("a magnitude 6 quake", "a Category 4 storm", "Flight 212")
 * counts nothing: two outlets' readings are not two counts of quakes. A decimal written with a space after its
 * point ("magnitude 6. 2", as copy run through a tokenizer and back writes it) is not a count of its decimals.
 * Places, agencies and outlets are invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareStory, processInput } from '../src/index.js';
import type { Conflict } from '../src/model/index.js';

const PUBLISHED = '2031-03-02T08:00:00Z';

function conflictsBetween(a: string, b: string): Conflict[] {
  const articles = [
    { id: 'wire', outlet: 'Verrin Wire', text: a },
    { id: 'herald', outlet: 'Osk Herald', text: b },
  ].map((spec) => processInput({ source: `${spec.id}.txt`, format: 'text', published: PUBLISHED, ...spec }));
  const story = {
    id: 'quake',
    articles: articles.map((article) => article.id),
    copies: [],
    timeline: articles.map((article) => ({ article: article.id })),
    merged: [],
  };
  return compareStory(story, articles).conflicts;
}

const quake = (reading: string): string =>
  `Quake shakes Verrin valley\n\nA magnitude ${reading} quake shook the Verrin valley on Sunday, damaging 40 homes, the Osk seismology office said.`;

describe('readings on a scale are not counts', () => {
  for (const [a, b] of [
    ['6. 2', '6. 8'],
    ['6. 2', '7'],
    ['6', '7'],
  ]) {
    it(`"magnitude ${a} quake" / "magnitude ${b} quake": no count of quakes`, () => {
      const conflicts = conflictsBetween(quake(a ?? ''), quake(b ?? ''));
      assert.deepEqual(
        conflicts.filter((conflict) => /quake/.test(conflict.about)),
        [],
        JSON.stringify(conflicts),
      );
    });
  }

  it('"Category 4 storm" / "Category 3 storm": no count of storms', () => {
    const storm = (category: string): string =>
      `Storm hits Osk\n\nA Category ${category} storm reached the Osk coast on Sunday, cutting power to 12,000 homes, the grid operator said.`;
    const conflicts = conflictsBetween(storm('4'), storm('3'));
    assert.deepEqual(
      conflicts.filter((conflict) => /storm/.test(conflict.about)),
      [],
      JSON.stringify(conflicts),
    );
  });

  it('the homes damaged are still compared: "40 homes" / "55 homes" conflict', () => {
    const conflicts = conflictsBetween(quake('6. 2'), quake('6').replace('40 homes', '55 homes'));
    assert.deepEqual(
      conflicts.map((conflict) => conflict.about),
      ['how many homes'],
      JSON.stringify(conflicts),
    );
  });
});

/**
 * Dates and figures of different people are not disagreements: "The team placed Thomas on injured reserve
 * Wednesday" / "The team placed Ivory on injured reserve Tuesday" tell two placements. The same person on two
 * days, or one event whose telling names a different speaker, still is. Teams, players and outlets are invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareStory, processInput } from '../src/index.js';
import type { Conflict } from '../src/model/index.js';

const PUBLISHED = '2031-10-10T08:00:00Z';

function conflictsBetween(post: string, daily: string): Conflict[] {
  const articles = [
    { id: 'post', outlet: 'Gridiron Post', text: post },
    { id: 'daily', outlet: 'Coastal Sports Daily', text: daily },
  ].map((spec) => processInput({ source: `${spec.id}.txt`, format: 'text', published: PUBLISHED, ...spec }));
  const story = {
    id: 'marlins',
    articles: articles.map((article) => article.id),
    copies: [],
    timeline: articles.map((article) => ({ article: article.id })),
    merged: [],
  };
  return compareStory(story, articles).conflicts;
}

const kinds = (conflicts: readonly Conflict[]): string[] => conflicts.map((conflict) => conflict.kind).sort();

describe('conflicts between what different people did', () => {
  it('two players placed on injured reserve on two days are not a date conflict', () => {
    const conflicts = conflictsBetween(
      'Marlins lose a starter\n\nThe Harbor City Marlins will play Sunday without linebacker Dario Thomas.\n\n' +
        'The team placed Thomas on injured reserve Wednesday.',
      'Marlins short-handed\n\nThe Harbor City Marlins will play Sunday without cornerback Jalen Ivory.\n\n' +
        'The team placed Ivory on injured reserve Tuesday.',
    );
    assert.deepEqual(kinds(conflicts), [], JSON.stringify(conflicts));
  });

  it("two players' points are not a number conflict", () => {
    const conflicts = conflictsBetween(
      'Marlins open with a win\n\nThe Harbor City Marlins beat the Vell Hawks in the opener.\n\n' +
        'Dario Thomas scored 21 points in the opener.',
      'Marlins win opener\n\nThe Harbor City Marlins beat the Vell Hawks in the opener.\n\n' +
        'Jalen Ivory scored 18 points in the opener.',
    );
    assert.deepEqual(kinds(conflicts), [], JSON.stringify(conflicts));
  });

  it('one player placed on injured reserve on two days is a date conflict', () => {
    const conflicts = conflictsBetween(
      'Marlins lose a starter\n\nThe Harbor City Marlins will play Sunday without linebacker Dario Thomas.\n\n' +
        'The team placed Thomas on injured reserve Wednesday.',
      'Marlins short-handed\n\nThe Harbor City Marlins will play Sunday without linebacker Dario Thomas.\n\n' +
        'The team placed Dario Thomas on injured reserve Tuesday.',
    );
    assert.deepEqual(kinds(conflicts), ['date'], JSON.stringify(conflicts));
  });

  it('one closure told by different speakers on two days is still a date conflict', () => {
    const conflicts = conflictsBetween(
      'Kessel bridge shut\n\nMayor Ana Lind said the Kessel bridge over the Marrow closed on Tuesday.\n\n' +
        'Drivers face a long detour through Lisk.',
      'Kessel bridge closed\n\nEngineer Petr Ovo said the Kessel bridge over the Marrow closed on Wednesday.\n\n' +
        'Drivers face a long detour through Lisk.',
    );
    assert.deepEqual(kinds(conflicts), ['date'], JSON.stringify(conflicts));
  });

  it("one player's points told two ways are a number conflict", () => {
    const conflicts = conflictsBetween(
      'Marlins open with a win\n\nThe Harbor City Marlins beat the Vell Hawks in the opener.\n\n' +
        'Dario Thomas scored 21 points in the opener.',
      'Marlins win opener\n\nThe Harbor City Marlins beat the Vell Hawks in the opener.\n\n' +
        'Dario Thomas scored 18 points in the opener.',
    );
    assert.deepEqual(kinds(conflicts), ['number'], JSON.stringify(conflicts));
  });
});

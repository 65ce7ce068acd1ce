/**
 * "Today", "tomorrow" and "yesterday" inside quoted words count from the day the words were spoken, which the
 * article need not give: two outlets quoting one line ("we can fix it today") on two days do not disagree on a
 * day. A weekday or date in quoted words, and "today" outside them, are still compared. All invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Conflict } from '../model/index.js';
import { compareStory } from './index.js';
import { buildArticle, buildStory, type ArticleSpec } from './story-fixture.test-helper.js';

function dateConflicts(a: Omit<ArticleSpec, 'id'>, b: Omit<ArticleSpec, 'id'>): Conflict[] {
  const articles = [
    { id: 'lantern', outlet: 'Tessel Lantern', ...a },
    { id: 'courier', outlet: 'Ambry Courier', ...b },
  ].map((spec) => buildArticle(spec));
  return compareStory(buildStory(articles), articles).conflicts.filter(
    (conflict) => conflict.kind === 'date',
  );
}

const QUOTED =
  'Mayor Petra Lind told the crowd at the Tessel quay: "We can rebuild the north pier today and keep the ferries running."';
const QUOTED_TAIL =
  'We can rebuild the north pier today and keep the ferries running," Mayor Petra Lind told the crowd at the Tessel quay.';

describe('relative days inside quoted words', () => {
  it('one quoted "today" in articles of two days is no date conflict', () => {
    const conflicts = dateConflicts(
      { text: QUOTED, dates: [{ text: 'today', resolved: '2031-05-05', granularity: 'day' }] },
      { text: QUOTED, dates: [{ text: 'today', resolved: '2031-05-07', granularity: 'day' }] },
    );
    assert.deepEqual(conflicts, []);
  });

  it('nor when the sentence closes a quotation opened in the sentence before', () => {
    const conflicts = dateConflicts(
      { text: QUOTED_TAIL, dates: [{ text: 'today', resolved: '2031-05-05', granularity: 'day' }] },
      { text: QUOTED_TAIL, dates: [{ text: 'today', resolved: '2031-05-07', granularity: 'day' }] },
    );
    assert.deepEqual(conflicts, []);
  });

  it('"today" outside the quotation still conflicts with another day', () => {
    const said = (day: string): string =>
      `Mayor Petra Lind ${day} ordered the north pier at the Tessel quay rebuilt to keep the ferries running.`;
    const conflicts = dateConflicts(
      { text: said('today'), dates: [{ text: 'today', resolved: '2031-05-05', granularity: 'day' }] },
      {
        text: said('on Wednesday'),
        dates: [{ text: 'Wednesday', resolved: '2031-05-07', granularity: 'weekday' }],
      },
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
  });
});

/**
 * A day something is still to happen on ("is expected to announce ... on Thursday", "will meet on Thursday", a
 * day after the article's own date) and a day something was done on, in another report of the same day ("sent a
 * letter ... on Tuesday"), are two events, not one event on two days: the same event cannot be both still to come
 * and over. Two planned days still conflict ("will be held on July 5" / "will be held on June 28"), and so do two
 * days of things done. Articles published on Wednesday 10 June 2026; all places, people and outlets invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Conflict } from '../model/index.js';
import { compareStory } from './index.js';
import { buildArticle, buildStory, type ArticleSpec } from './story-fixture.test-helper.js';

const PUBLISHED = '2026-06-10';

function article(id: string, text: string, day: string, resolved: string): ArticleSpec {
  return {
    id,
    outlet: id,
    published: PUBLISHED,
    text,
    dates: [{ text: day, resolved, granularity: 'weekday' }],
  };
}

function dateConflicts(...specs: ArticleSpec[]): Conflict[] {
  const articles = specs.map((spec) => buildArticle(spec));
  return compareStory(buildStory(articles), articles).conflicts.filter(
    (conflict) => conflict.kind === 'date',
  );
}

const PLANNED = article(
  'ledger',
  'Harbour master Ivo Prenn is expected to announce the fate of the Tarn ferry at a meeting with the ferry skippers on Thursday evening.',
  'Thursday evening',
  '2026-06-04',
);

describe('a planned day and a day something was done', () => {
  it('"is expected to announce ... with the ferry skippers on Thursday" / "sent a letter to the ferry skippers on Tuesday" do not conflict', () => {
    const conflicts = dateConflicts(
      PLANNED,
      article(
        'radio',
        'The Gull Island Courier confirmed Prenn sent a letter to the ferry skippers on Tuesday night about the meeting on the Tarn ferry.',
        'Tuesday night',
        '2026-06-09',
      ),
    );
    assert.deepEqual(conflicts, []);
  });

  it('two days of things done still conflict', () => {
    const conflicts = dateConflicts(
      article(
        'ledger',
        'Harbour master Ivo Prenn announced the fate of the Tarn ferry at a meeting with the ferry skippers on Monday evening.',
        'Monday evening',
        '2026-06-08',
      ),
      article(
        'radio',
        'Harbour master Ivo Prenn announced the fate of the Tarn ferry at a meeting with the ferry skippers on Tuesday night.',
        'Tuesday night',
        '2026-06-09',
      ),
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
  });

  it('two planned days still conflict', () => {
    const conflicts = dateConflicts(
      PLANNED,
      article(
        'radio',
        'Harbour master Ivo Prenn will announce the fate of the Tarn ferry at a meeting with the ferry skippers on Friday evening.',
        'Friday evening',
        '2026-06-12',
      ),
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
  });

  it('a past verb before the noun of a held event does not make its day a deed: "has invited ... to talks on Thursday"', () => {
    const conflicts = dateConflicts(
      article(
        'ledger',
        'Transport minister Lea Orvik has invited the ferry skippers to talks at the harbour office on Thursday.',
        'Thursday',
        '2026-06-04',
      ),
      article(
        'radio',
        'Transport minister Lea Orvik will host talks with the ferry skippers at the harbour office on Friday.',
        'Friday',
        '2026-06-12',
      ),
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
  });
});

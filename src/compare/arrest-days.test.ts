/**
 * The day of the arrests two outlets count differently: where compare holds that two sentences count the same
 * arrests (a dispute over how many people were arrested), the one day each sentence gives is the day of those
 * arrests, though one dates them ("arrested 22 people on Tuesday when they broke up the camp") and the other the
 * operation they were part of ("cleared the camp on Wednesday, arresting 14 protesters"), with no event word next
 * to both days. Articles published on Thursday 3 December 2026 (Tuesday is 1 December). All places, people
 * and outlets are invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Conflict } from '../model/index.js';
import { compareStory } from './index.js';
import { buildArticle, buildStory, type ArticleSpec } from './story-fixture.test-helper.js';

const PUBLISHED = '2026-12-03';

function conflictsOf(...specs: ArticleSpec[]): Conflict[] {
  const articles = specs.map((spec) => buildArticle(spec));
  return compareStory(buildStory(articles), articles).conflicts;
}

const HERALD: ArticleSpec = {
  id: 'herald',
  outlet: 'Tolvern Herald',
  published: PUBLISHED,
  text:
    'Police arrested 22 people on Tuesday when they broke up the protest camp on Marl Fell.\n\n' +
    'The camp had blocked the road to the planned quarry since October.',
  dates: [{ text: 'Tuesday', resolved: '2026-12-01', granularity: 'weekday' }],
};

function wire(text: string, day: string, resolved: string): ArticleSpec {
  return {
    id: 'wire',
    outlet: 'Calder Press Agency',
    published: PUBLISHED,
    text,
    dates: [{ text: day, resolved, granularity: 'weekday' }],
  };
}

describe('the day of arrests counted in dispute', () => {
  it('"arrested 22 people on Tuesday" / "cleared the camp on Wednesday, arresting 14 protesters" differ on the day', () => {
    const conflicts = conflictsOf(
      HERALD,
      wire(
        'Police cleared the protest camp blocking the quarry road on Marl Fell on Wednesday, arresting 14 protesters.',
        'Wednesday',
        '2026-12-02',
      ),
    );
    const count = conflicts.find((conflict) => conflict.about === 'how many people arrested');
    assert.deepEqual(count?.sides.map((side) => side.value).sort(), ['14 protesters', '22 people']);
    const day = conflicts.find((conflict) => conflict.kind === 'date');
    assert.deepEqual(
      day?.sides.map((side) => side.value).sort(),
      ['Tuesday', 'Wednesday'],
      JSON.stringify(conflicts),
    );
    assert.deepEqual(day?.sides.find((side) => side.value === 'Tuesday')?.articles, ['herald']);
  });

  it('the same day told twice raises only the count', () => {
    const conflicts = conflictsOf(
      HERALD,
      wire(
        'Police cleared the protest camp blocking the quarry road on Marl Fell on Tuesday, arresting 14 protesters.',
        'Tuesday',
        '2026-12-01',
      ),
    );
    assert.ok(conflicts.some((conflict) => conflict.about === 'how many people arrested'));
    assert.deepEqual(
      conflicts.filter((conflict) => conflict.kind === 'date'),
      [],
    );
  });

  it('a day of arrests still to come is no day of the arrests counted', () => {
    const conflicts = conflictsOf(
      HERALD,
      wire(
        'Police will question 14 protesters arrested at the Marl Fell camp on Friday.',
        'Friday',
        '2026-12-04',
      ),
    );
    assert.deepEqual(
      conflicts.filter((conflict) => conflict.kind === 'date'),
      [],
    );
  });
});

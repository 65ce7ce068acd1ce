/**
 * Conflicts across an invented story told by four outlets: a solvent leak at the Doran Chemicals works at Harrow
 * Vale into the river Tess, reported on Friday 6 November 2026. All places, firms and outlets are invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Conflict } from '../model/index.js';
import { compareStory } from './index.js';
import { buildArticle, buildStory, type ArticleSpec } from './story-fixture.test-helper.js';

const FRIDAY = '2026-11-06T09:00:00Z';
const TUESDAY = { text: 'Tuesday', resolved: '2026-11-03', granularity: 'weekday' as const };
const THURSDAY = { text: 'Thursday', resolved: '2026-11-05', granularity: 'weekday' as const };

function conflictsOf(...specs: ArticleSpec[]): Conflict[] {
  const articles = specs.map((spec) => buildArticle(spec));
  return compareStory(buildStory(articles), articles).conflicts;
}

const of = (kind: Conflict['kind'], conflicts: Conflict[]): Conflict[] =>
  conflicts.filter((conflict) => conflict.kind === kind);

describe('two reports are two things, not one report on two days', () => {
  it('"the audit report published on Tuesday" / "a supplementary report published on Thursday"', () => {
    const conflicts = conflictsOf(
      {
        id: 'courier',
        outlet: 'Vale Courier',
        published: FRIDAY,
        text: 'The audit report published on Tuesday found that the Doran Chemicals works at Harrow Vale had skipped three safety inspections.',
        dates: [TUESDAY],
      },
      {
        id: 'herald',
        outlet: 'Tessbridge Herald',
        published: FRIDAY,
        text: 'A supplementary report published on Thursday found that the Doran Chemicals works at Harrow Vale had also skipped two valve checks.',
        dates: [THURSDAY],
      },
    );
    assert.deepEqual(of('date', conflicts), [], JSON.stringify(conflicts));
  });
});

describe('a date conflict needs one event', () => {
  it('"the council met on Tuesday" / "the vote on the clean-up is on Thursday"', () => {
    const conflicts = conflictsOf(
      {
        id: 'courier',
        outlet: 'Vale Courier',
        published: FRIDAY,
        text: 'The Harrow Vale council met on Tuesday to discuss the clean-up of the solvent leak at the Doran Chemicals works.',
        dates: [TUESDAY],
      },
      {
        id: 'radio',
        outlet: 'Radio Tess',
        published: FRIDAY,
        text: 'The Harrow Vale council vote on the clean-up of the solvent leak at the Doran Chemicals works is on Thursday.',
        dates: [THURSDAY],
      },
    );
    assert.deepEqual(of('date', conflicts), [], JSON.stringify(conflicts));
  });
});

describe('the day of one report told two ways is still a conflict', () => {
  const courier: ArticleSpec = {
    id: 'courier',
    outlet: 'Vale Courier',
    published: FRIDAY,
    text: 'The audit report published on Tuesday found that the Doran Chemicals works at Harrow Vale had skipped three safety inspections.',
    dates: [TUESDAY],
  };
  it('"the audit report published on Tuesday" / "the audit report, published on Thursday"', () => {
    const conflicts = conflictsOf(courier, {
      id: 'herald',
      outlet: 'Tessbridge Herald',
      published: FRIDAY,
      text: 'The audit report published on Thursday found that the Doran Chemicals works at Harrow Vale had skipped three safety inspections.',
      dates: [THURSDAY],
    });
    assert.equal(of('date', conflicts).length, 1, JSON.stringify(conflicts));
  });

  it('"the audit report published on Tuesday" / "the inspectors\' findings published on Thursday": two things', () => {
    const conflicts = conflictsOf(courier, {
      id: 'herald',
      outlet: 'Tessbridge Herald',
      published: FRIDAY,
      text: 'The inspectors’ findings published on Thursday found that the Doran Chemicals works at Harrow Vale had skipped three safety inspections.',
      dates: [THURSDAY],
    });
    assert.deepEqual(of('date', conflicts), [], JSON.stringify(conflicts));
  });

  it('"a second report published on Tuesday" / "the second report published on Thursday": one report', () => {
    const conflicts = conflictsOf(
      { ...courier, text: courier.text.replace('The audit report', 'A second report') },
      {
        id: 'herald',
        outlet: 'Tessbridge Herald',
        published: FRIDAY,
        text: 'The second report published on Thursday found that the Doran Chemicals works at Harrow Vale had skipped three safety inspections.',
        dates: [THURSDAY],
      },
    );
    assert.equal(of('date', conflicts).length, 1, JSON.stringify(conflicts));
  });
});

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

  it('a marker after the day is of another noun: "the audit report published on Tuesday - another blow"', () => {
    const conflicts = conflictsOf(
      {
        ...courier,
        text: 'The audit report published on Tuesday, another blow for Doran Chemicals, found that the works at Harrow Vale had skipped three safety inspections.',
      },
      {
        id: 'herald',
        outlet: 'Tessbridge Herald',
        published: FRIDAY,
        text: 'The audit report published on Thursday found that the Doran Chemicals works at Harrow Vale had skipped three safety inspections.',
        dates: [THURSDAY],
      },
    );
    assert.equal(of('date', conflicts).length, 1, JSON.stringify(conflicts));
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

/** Four outlets' reports of the leak: three give about 12,000 litres, the Klaxon 20,000. */
const LEAK: Record<string, ArticleSpec> = {
  courier: {
    id: 'courier',
    outlet: 'Vale Courier',
    published: '2026-11-04T08:00:00Z',
    text: 'The Tess environment agency said about 12,000 litres of solvent escaped from a cracked tank at the Doran Chemicals works at Harrow Vale on Monday night. Fishing on the lower Tess has been suspended.',
  },
  herald: {
    id: 'herald',
    outlet: 'Tessbridge Herald',
    published: '2026-11-04T10:00:00Z',
    text: 'Fishing on the lower Tess was suspended after a tank cracked at the Doran Chemicals plant in Harrow Vale. Agency officials put the spill at about 12,000 litres of solvent.',
  },
  radio: {
    id: 'radio',
    outlet: 'Radio Tess',
    published: '2026-11-04T12:00:00Z',
    text: 'Anglers have been told to stay off the lower Tess. Roughly 12,000 litres of solvent reached the river from the Doran Chemicals works, according to the environment agency.',
  },
  klaxon: {
    id: 'klaxon',
    outlet: 'Daily Klaxon',
    published: '2026-11-04T14:00:00Z',
    text: 'TOXIC TIDE! A staggering 20,000 litres of solvent leaked into the Tess from the Doran Chemicals site. Locals in Harrow Vale say the river smells of paint.',
  },
};

describe('one quantity told apart in unaligned sentences', () => {
  it('"20,000 litres of solvent leaked" / "about 12,000 litres of solvent" is a number conflict', () => {
    const conflicts = of('number', conflictsOf(LEAK.courier!, LEAK.herald!, LEAK.radio!, LEAK.klaxon!));
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    const values = conflicts[0]?.sides.map((side) => side.value).sort();
    assert.deepEqual(values, ['20,000 litres', 'about 12,000 litres'].sort(), JSON.stringify(conflicts));
    const klaxon = conflicts[0]?.sides.find((side) => side.articles.includes('klaxon'));
    assert.deepEqual(klaxon?.articles, ['klaxon']);
    const others = conflicts[0]?.sides.find((side) => !side.articles.includes('klaxon'));
    assert.deepEqual(others?.articles.sort(), ['courier', 'herald', 'radio']);
  });
});

describe('measures of one substance that are different quantities', () => {
  const klaxon = (text: string): ArticleSpec => ({ ...LEAK.klaxon!, text });
  it('a tank "holding 50,000 litres of solvent" is not the leak of about 12,000', () => {
    const conflicts = of(
      'number',
      conflictsOf(
        LEAK.courier!,
        LEAK.radio!,
        klaxon(
          'TOXIC TIDE! The cracked tank at the Doran Chemicals site held 50,000 litres of solvent. Locals in Harrow Vale say the river smells of paint.',
        ),
      ),
    );
    assert.deepEqual(conflicts, [], JSON.stringify(conflicts));
  });

  it('"20,000 litres of water" pumped out is not the leak of solvent', () => {
    const conflicts = of(
      'number',
      conflictsOf(
        LEAK.courier!,
        LEAK.radio!,
        klaxon(
          'TOXIC TIDE! Crews at the Doran Chemicals site pumped 20,000 litres of water into the Tess after the leak. Locals in Harrow Vale say the river smells of paint.',
        ),
      ),
    );
    assert.deepEqual(conflicts, [], JSON.stringify(conflicts));
  });

  it('"3,000 litres of solvent were recovered" is not the 12,000 that escaped', () => {
    const conflicts = of(
      'number',
      conflictsOf(
        LEAK.courier!,
        LEAK.radio!,
        klaxon(
          'TOXIC TIDE! Only 3,000 litres of solvent have been recovered from the Tess near the Doran Chemicals site. Locals in Harrow Vale say the river smells of paint.',
        ),
      ),
    );
    assert.deepEqual(conflicts, [], JSON.stringify(conflicts));
  });
});

describe("an outlet's own follow-up raises an update", () => {
  // Two days later the Courier reports the agency's new estimate, in a sentence worded unlike its first report.
  const followUp: ArticleSpec = {
    id: 'courier-2',
    outlet: 'Vale Courier',
    published: '2026-11-06T08:00:00Z',
    text: 'Anglers on the lower Tess face weeks without fishing. The environment agency now estimates about 15,000 litres of solvent leaked from the Doran Chemicals tank, up from 12,000.',
  };
  const updates = (conflicts: Conflict[]): Conflict[] =>
    of('number', conflicts).filter((conflict) => conflict.latest !== undefined);
  const disputes = (conflicts: Conflict[]): Conflict[] =>
    of('number', conflicts).filter((conflict) => conflict.latest === undefined);

  it('"now estimates about 15,000 litres, up from 12,000" updates its own 12,000', () => {
    const conflicts = conflictsOf(LEAK.courier!, LEAK.herald!, followUp);
    const [update] = updates(conflicts);
    assert.ok(update, JSON.stringify(conflicts));
    assert.deepEqual(update.sides[update.latest ?? -1]?.articles, ['courier-2']);
    assert.ok(update.sides.some((side) => side.articles.includes('courier')));
    assert.deepEqual(disputes(conflicts), [], JSON.stringify(conflicts));
  });

  it("with a tabloid's dispute in the story, the update stays an update and the outlet is not in dispute with itself", () => {
    const klaxon = { ...LEAK.klaxon!, published: '2026-11-06T14:00:00Z' };
    const conflicts = conflictsOf(LEAK.courier!, LEAK.herald!, LEAK.radio!, klaxon, followUp);
    const [update] = updates(conflicts);
    assert.ok(update, JSON.stringify(conflicts));
    assert.deepEqual(update.sides[update.latest ?? -1]?.articles, ['courier-2']);
    const [dispute] = disputes(conflicts);
    assert.ok(dispute, JSON.stringify(conflicts));
    assert.ok(
      dispute.sides.some((side) => side.articles.includes('klaxon')),
      JSON.stringify(conflicts),
    );
    const outlets = dispute.sides.map((side) =>
      side.articles.map((id) => (id === 'courier-2' ? 'courier' : id)),
    );
    const courierSides = outlets.filter((ids) => ids.includes('courier')).length;
    assert.ok(courierSides <= 1, `the Courier stands on ${courierSides} sides: ${JSON.stringify(conflicts)}`);
  });
});

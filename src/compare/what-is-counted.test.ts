/**
 * What a count is of, on small invented sports and business stories: a count of a part of a series ("their last
 * 12 matches", "three other sisters") is not the count of the whole ("won 31 matches"); counts with different
 * scopes after the noun ("14 seasons with the Rovers" / "three seasons as head of scouting") are two counts; a
 * range's scale belongs to both ends ("$120 and $130 million" is 120 million). The same count told two ways still
 * conflicts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Conflict } from '../model/index.js';
import { compareStory } from './index.js';
import { buildArticle, buildStory, type ArticleSpec } from './story-fixture.test-helper.js';

function numberConflicts(...specs: ArticleSpec[]): Conflict[] {
  const articles = specs.map((spec) => buildArticle(spec));
  return compareStory(buildStory(articles), articles).conflicts.filter(
    (conflict) => conflict.kind === 'number',
  );
}

function values(conflicts: readonly Conflict[]): string[][] {
  return conflicts.map((conflict) => conflict.sides.map((side) => side.value).sort());
}

describe('what a count is of', () => {
  it('a count of the last or next few of a series is not the count of the whole', () => {
    const gazette: ArticleSpec = {
      id: 'gazette',
      outlet: 'Harwick Gazette',
      text: 'The Harwick Rovers sacked coach Elin Morrow on Sunday after nine defeats in their last 12 matches at the Tolland ground. The club had won 31 matches under Morrow.',
    };
    const radio: ArticleSpec = {
      id: 'radio',
      outlet: 'Radio Harwick',
      text: 'The Harwick Rovers sacked coach Elin Morrow on Sunday, a year after the team won 31 matches at the Tolland ground under her. The Rovers won two of their first 14 matches this season.',
    };
    assert.deepEqual(values(numberConflicts(gazette, radio)), []);
  });

  it('"three other sisters" and "two older sisters" are not one count', () => {
    const gazette: ArticleSpec = {
      id: 'gazette',
      outlet: 'Harwick Gazette',
      text: 'The girl was at home on Brand Street with her three other sisters when the fire started in the kitchen.',
    };
    const radio: ArticleSpec = {
      id: 'radio',
      outlet: 'Radio Harwick',
      text: 'The girl was at home on Brand Street with her two older sisters when the fire started in the kitchen.',
    };
    assert.deepEqual(values(numberConflicts(gazette, radio)), []);
  });

  it('counts with different scopes after the noun are two counts', () => {
    const gazette: ArticleSpec = {
      id: 'gazette',
      outlet: 'Harwick Gazette',
      text: 'Elin Morrow spent 14 seasons with the Harwick Rovers before her sacking on Sunday.',
    };
    const radio: ArticleSpec = {
      id: 'radio',
      outlet: 'Radio Harwick',
      text: 'Elin Morrow spent three seasons as head of scouting before her sacking on Sunday.',
    };
    assert.deepEqual(values(numberConflicts(gazette, radio)), []);
  });

  it('"seasons in" a country and "seasons as" a post are two counts', () => {
    const gazette: ArticleSpec = {
      id: 'gazette',
      outlet: 'Harwick Gazette',
      text: 'Elin Morrow played and coached for 11 seasons in Vorland before her sacking on Sunday.',
    };
    const radio: ArticleSpec = {
      id: 'radio',
      outlet: 'Radio Harwick',
      text: 'Elin Morrow spent three seasons as head of scouting before her sacking on Sunday.',
    };
    assert.deepEqual(values(numberConflicts(gazette, radio)), []);
  });

  it('counts in two places named two ways ("in Tolland" / "at the market") still conflict', () => {
    const gazette: ArticleSpec = {
      id: 'gazette',
      outlet: 'Harwick Gazette',
      text: 'A gas blast on Sunday injured 12 people in Tolland, the fire service said.',
    };
    const radio: ArticleSpec = {
      id: 'radio',
      outlet: 'Radio Harwick',
      text: 'A gas blast on Sunday injured 17 people at the Tolland market, the fire service said.',
    };
    const echo: ArticleSpec = {
      id: 'echo',
      outlet: 'Harwick Echo',
      text: 'A gas blast on Sunday injured 17 people in the old town, the fire service said.',
    };
    assert.deepEqual(values(numberConflicts(gazette, radio)), [['12 people', '17 people']]);
    assert.deepEqual(values(numberConflicts(gazette, echo)), [['12 people', '17 people']]);
  });

  it('one count told two ways still conflicts, scope and all', () => {
    const gazette: ArticleSpec = {
      id: 'gazette',
      outlet: 'Harwick Gazette',
      text: 'Rovers striker Oona Brask missed nine matches with a torn hamstring this season.',
    };
    const radio: ArticleSpec = {
      id: 'radio',
      outlet: 'Radio Harwick',
      text: 'Rovers striker Oona Brask missed 11 matches with a torn hamstring this season.',
    };
    assert.deepEqual(values(numberConflicts(gazette, radio)), [['11 matches', 'nine matches (9)']]);
  });

  it('a range\'s scale belongs to both ends: "$120 and $130 million" is not $120', () => {
    const gazette: ArticleSpec = {
      id: 'gazette',
      outlet: 'Harwick Gazette',
      text: 'The Harwick Rovers have offered striker Oona Brask between $120 million and $130 million over six years, club officials said.',
    };
    const radio: ArticleSpec = {
      id: 'radio',
      outlet: 'Radio Harwick',
      text: 'The Harwick Rovers have offered striker Oona Brask between $120 and $130 million over six years, club officials said.',
    };
    assert.deepEqual(values(numberConflicts(gazette, radio)), []);
  });
});

describe('a figure the other article also gives', () => {
  it('"compared with 6.5 million a decade ago" gives the other outlet\'s 6.5 million viewers too', () => {
    const gazette: ArticleSpec = {
      id: 'gazette',
      outlet: 'Harwick Gazette',
      text: 'Ratings for the Harwick cup final fell to a record low, with about 4 million viewers tuning in, compared with 6.5 million a decade ago.',
    };
    const radio: ArticleSpec = {
      id: 'radio',
      outlet: 'Radio Harwick',
      text: 'A total of 6.5 million viewers tuned in to watch the Harwick cup final, the broadcaster said.',
    };
    assert.deepEqual(values(numberConflicts(gazette, radio)), []);
  });
});

describe('a possessive is not what is counted', () => {
  it('"one of Veland\'s largest providers" / "two of Veland\'s largest providers" count no Velands', () => {
    const gazette: ArticleSpec = {
      id: 'gazette',
      outlet: 'Harwick Gazette',
      text: "Harwick Telecom and Linkspan, one of Veland's largest internet providers, were the worst hit by the cable cut.",
    };
    const radio: ArticleSpec = {
      id: 'radio',
      outlet: 'Radio Harwick',
      text: "The cable cut hit Harwick Telecom and Linkspan, two of Veland's largest internet providers, the worst.",
    };
    assert.deepEqual(
      numberConflicts(gazette, radio).map((conflict) => conflict.about),
      [],
    );
  });
});

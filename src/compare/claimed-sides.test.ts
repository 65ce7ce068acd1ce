/**
 * A count two sources give differently ("organisers said 6,000", "police put it at about 1,500"): when every side
 * of the conflict gives its figure on its own source, each side names that source and lists every outlet that
 * reports its figure, so an outlet giving both counts stands on both sides. All articles are invented (Brenn, the
 * Tolva hospital, the Brenn Gazette and the Marl Echo do not exist).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { numberConflictsBetween as numberConflicts } from './story-fixture.test-helper.js';

describe('sides of a count told as their sources’ claims', () => {
  it('an outlet that reports both sources’ counts stands on both sides, each with its claimant', () => {
    const conflicts = numberConflicts(
      'Organisers said 6,000 people marched through Brenn on Saturday to save the Tolva hospital. ' +
        'Police put the crowd at about 1,500.',
      'About 1,500 people marched through Brenn on Saturday to save the Tolva hospital, police said.',
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    const sides = conflicts[0]?.sides ?? [];
    const organisers = sides.find((side) => side.claimant === 'organisers');
    const police = sides.find((side) => side.claimant === 'police');
    assert.deepEqual(organisers?.articles, ['gazette'], JSON.stringify(sides));
    assert.deepEqual(police?.articles.slice().sort(), ['echo', 'gazette'], JSON.stringify(sides));
  });

  it('counts told without their sources stay the outlets’ own, with no claimant', () => {
    const conflicts = numberConflicts(
      'About 6,000 people marched through Brenn on Saturday to save the Tolva hospital.',
      'About 1,500 people marched through Brenn on Saturday to save the Tolva hospital.',
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    assert.ok(
      conflicts[0]?.sides.every((side) => side.claimant === undefined && side.articles.length === 1),
      JSON.stringify(conflicts),
    );
  });

  it('one source on both sides is a dispute between the outlets, with no claimant', () => {
    const conflicts = numberConflicts(
      'Organisers said 6,000 people marched through Brenn on Saturday to save the Tolva hospital.',
      'Organisers said 1,500 people marched through Brenn on Saturday to save the Tolva hospital.',
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    assert.ok(
      conflicts[0]?.sides.every((side) => side.claimant === undefined),
      JSON.stringify(conflicts),
    );
  });
});

describe('a source that opens its sentence', () => {
  it('keeps no capital the sentence start gave it ("Volunteer medics said"), and a name keeps its own', () => {
    const conflicts = numberConflicts(
      'Volunteer medics said 40 people were hurt when the Brenn stand collapsed on Saturday.',
      'Brenn council said 12 people were hurt when the Brenn stand collapsed on Saturday.',
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    const claimants = (conflicts[0]?.sides ?? []).map((side) => side.claimant).sort();
    assert.deepEqual(claimants, ['Brenn council', 'volunteer medics']);
  });
});

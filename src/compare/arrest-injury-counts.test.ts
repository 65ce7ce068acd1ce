/**
 * Counts of people arrested or injured that rival sources give ("32 people were arrested, police said" / "at least
 * 45 were arrested, according to the marchers' lawyers"), also from a sentence of three figures and a sentence
 * that shares nothing else, are compared across the story; arrests and injuries stay two conflicts. All articles
 * are invented (Brenn, the Tolva hospital, the Brenn Gazette and the Marl Echo do not exist).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { numberConflictsBetween as numberConflicts } from './story-fixture.test-helper.js';

const POLICE =
  'Organisers said 9,000 people joined the march through Brenn. Police put the crowd at about 2,000.\n\n' +
  'Police said 17 people were injured, four of them officers, and 32 people were arrested.';
const LAWYERS =
  'More than 9,000 people marched through Brenn, organisers said.\n\n' +
  'Volunteer medics said more than 50 people had been hurt. ' +
  'At least 45 people were arrested, according to the marchers’ lawyers.';

describe('arrest and injury counts given by rival sources', () => {
  it('are two conflicts, arrests and injuries, with each side’s source', () => {
    const conflicts = numberConflicts(POLICE, LAWYERS);
    const arrests = conflicts.find((conflict) => conflict.about === 'how many people arrested');
    const injuries = conflicts.find((conflict) => conflict.about === 'how many people injured');
    assert.deepEqual(arrests?.sides.map((side) => side.value).sort(), ['32 people', 'At least 45 people']);
    assert.deepEqual(injuries?.sides.map((side) => side.value).sort(), ['17 people', 'more than 50 people']);
    assert.deepEqual(
      arrests?.sides.map((side) => side.claimant).sort(),
      ['marchers’ lawyers', 'police'],
      JSON.stringify(arrests),
    );
  });

  it('a count told without its source against one from another sentence raises nothing', () => {
    const conflicts = numberConflicts(
      'Seventeen people were injured in Brenn, four of them officers, and 32 people were arrested.',
      'Crowds filled Brenn for the Tolva march.\n\nLater that night at least 45 people were arrested at a bar.',
    );
    assert.deepEqual(conflicts, []);
  });

  it('counts the sources agree on raise nothing', () => {
    const conflicts = numberConflicts(
      POLICE,
      'About 2,000 people marched through Brenn, police said.\n\n' +
        'Four officers were injured and 32 protesters were arrested, police said.',
    );
    assert.deepEqual(
      conflicts.filter((conflict) => /arrested|injured/.test(conflict.about)),
      [],
    );
  });
});

describe('an arrest count told by what was seen, under a verdict on the people', () => {
  it('"14 layabouts hauled away in handcuffs" is a side of the arrest count, against "22 protesters were arrested"', () => {
    const conflicts = numberConflicts(
      'Police said 22 protesters were arrested when officers cleared the camp on the Tolva quay.',
      'Police said 14 layabouts were hauled away in handcuffs when officers cleared the camp on the Tolva quay.',
    );
    const arrests = conflicts.find((conflict) => conflict.about === 'how many people arrested');
    assert.deepEqual(arrests?.sides.map((side) => side.value).sort(), ['14 layabouts', '22 protesters']);
  });

  it('"taken into custody" counts an arrest; handcuffs alone do not', () => {
    const custody = numberConflicts(
      'Police said 22 protesters were arrested when officers cleared the camp on the Tolva quay.',
      'Police said 14 protesters were taken into custody when officers cleared the camp on the Tolva quay.',
    );
    assert.ok(
      custody.some((conflict) => /^how many \S+ arrested$/.test(conflict.about)),
      JSON.stringify(custody),
    );
    const sold = numberConflicts(
      'Police said 22 protesters were arrested when officers cleared the camp on the Tolva quay.',
      'Police said 14 protesters sold handcuffs as souvenirs when officers cleared the camp on the Tolva quay.',
    );
    assert.ok(!sold.some((conflict) => /arrested/.test(conflict.about)), JSON.stringify(sold));
  });
});

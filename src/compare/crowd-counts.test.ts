/**
 * Counts of one crowd under different nouns: "about 3,000 people marched" and "5,000 protesters marched" count
 * the same marchers, so the outlets disagree; "3,000 police" and "5,000 protesters" count two groups. All
 * articles are invented (Brenn, the Tolva hospital, the Brenn Gazette and the Marl Echo do not exist).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { numberConflictsBetween as numberConflicts } from './story-fixture.test-helper.js';

const GAZETTE =
  'About 3,000 people marched through Brenn on Saturday against the closure of the Tolva hospital. ' +
  'The march ended at the town hall, where the council met in the evening.';

describe('counts of one crowd under different nouns', () => {
  it('"about 3,000 people marched" and "5,000 protesters marched" conflict', () => {
    const conflicts = numberConflicts(
      GAZETTE,
      'Organisers said 5,000 protesters marched through Brenn on Saturday to save the Tolva hospital. ' +
        'The council met in the evening.',
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    const values = conflicts[0]?.sides.map((side) => side.value).sort();
    assert.deepEqual(values, ['5,000 protesters', 'About 3,000 people']);
  });

  it('demonstrators and residents told in sentences worded apart still meet on the verb', () => {
    const conflicts = numberConflicts(
      'Roughly 1,200 demonstrators gathered outside the Tolva hospital in Brenn on Saturday morning.',
      'The Tolva hospital has served Brenn for ninety years. ' +
        'On Saturday 2,500 residents gathered at its gates, carrying candles and banners.',
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
  });

  it('police and protesters are two groups, even at one march', () => {
    const conflicts = numberConflicts(
      'About 3,000 police lined the route as the march passed through Brenn on Saturday.',
      'Some 5,000 protesters marched through Brenn on Saturday, watched by police along the route.',
    );
    assert.deepEqual(conflicts, []);
  });

  it('people doing different things are not one count', () => {
    const conflicts = numberConflicts(
      'About 3,000 people signed a petition to keep the Tolva hospital in Brenn open.',
      'On Saturday 5,000 protesters marched through Brenn to keep the Tolva hospital open.',
    );
    assert.deepEqual(conflicts, []);
  });

  it('figures that agree as ranges do not conflict', () => {
    const conflicts = numberConflicts(
      GAZETTE,
      'Some 3,100 protesters marched through Brenn on Saturday against the closure of the Tolva hospital.',
    );
    assert.deepEqual(conflicts, []);
  });
});

/**
 * Counts of one event told with different verbs of one kind (`event-words.ts`): residents "forced from their
 * homes" and people who "fled" are one displacement, people who "died" and protesters "killed" one death toll.
 * Counts of different events (deaths and injuries) or different groups (police and protesters) are not one count.
 * Varnholm, Kolvar and the river Lesk are invented.
 */
describe('counts of one event under verbs of one kind', () => {
  it('"drove 1,800 residents from their homes" / "3,000 people fled" conflict', () => {
    const conflicts = numberConflicts(
      'Floodwater drove about 1,800 residents from their homes in Varnholm on Monday, the county said.',
      'Some 3,000 people fled the rising Lesk in Varnholm on Monday as the river broke its banks.',
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    assert.deepEqual(conflicts[0]?.sides.map((side) => side.value).sort(), [
      'Some 3,000 people',
      'about 1,800 residents',
    ]);
    assert.equal(conflicts[0]?.about, 'how many people');
  });

  it('"left their homes" / "were evacuated" conflict', () => {
    const conflicts = numberConflicts(
      'About 1,800 residents left their homes in Varnholm on Monday as the Lesk rose.',
      'Officials said 3,000 people were evacuated from Varnholm on Monday as the Lesk rose.',
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
  });

  it('"12 people have died" / "17 protesters have been killed" conflict', () => {
    const conflicts = numberConflicts(
      'Twelve people have died in the riots in Kolvar since May, the rights office said.',
      'At least 17 protesters have been killed by the security forces in Kolvar since May, the rights office said.',
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
  });

  it('"wounded" / "hurt" and "detained" / "were held" conflict', () => {
    assert.equal(
      numberConflicts(
        'About 40 demonstrators were wounded in clashes in Kolvar on Friday.',
        'Some 90 people were hurt in clashes in Kolvar on Friday, medics said.',
      ).length,
      1,
    );
    assert.equal(
      numberConflicts(
        'Police detained 40 protesters in Kolvar on Friday night.',
        'About 85 people were held in Kolvar on Friday night, their lawyers said.',
      ).length,
      1,
    );
  });

  it('deaths and injuries are two counts, even of the same people', () => {
    const conflicts = numberConflicts(
      'At least 12 people have died in the riots in Kolvar since May, the rights office said.',
      'At least 30 people have been injured in the riots in Kolvar since May, the rights office said.',
    );
    assert.deepEqual(conflicts, []);
  });

  it('residents and students who fled are two groups; residents and people, or villagers, may be one', () => {
    const fled = (count: string): string =>
      `${count} fled Varnholm on Monday as the Lesk broke its banks, the county said.`;
    assert.deepEqual(numberConflicts(fled('About 2,000 residents'), fled('Some 300 students')), []);
    assert.deepEqual(numberConflicts(fled('About 2,000 residents'), fled('Some 300 workers')), []);
    assert.equal(numberConflicts(fled('About 2,000 residents'), fled('Some 3,000 people')).length, 1);
    assert.equal(numberConflicts(fled('About 2,000 residents'), fled('Some 3,000 villagers')).length, 1);
    assert.equal(numberConflicts(fled('About 2,000 workers'), fled('Some 3,000 employees')).length, 1);
  });

  it('police killed and protesters killed are two groups', () => {
    const conflicts = numberConflicts(
      'Three police officers have been killed in the riots in Kolvar since May.',
      'At least 17 protesters have been killed in the riots in Kolvar since May.',
    );
    assert.deepEqual(conflicts, []);
  });

  it('people "held up" at a checkpoint were not held by police', () => {
    const conflicts = numberConflicts(
      'About 200 people were held up at a checkpoint outside Kolvar on Friday night.',
      'Police arrested 40 protesters at a checkpoint outside Kolvar on Friday night.',
    );
    assert.deepEqual(conflicts, []);
  });

  it('people who "held a vigil" were not held by police', () => {
    const conflicts = numberConflicts(
      'About 200 people held a vigil in Kolvar on Friday night for the dead.',
      'Police arrested 40 protesters in Kolvar on Friday night after the vigil.',
    );
    assert.deepEqual(conflicts, []);
  });
});

describe('two bounds on one count', () => {
  it('"more than 3,000 people" / "more than 5,000 protesters" marching conflict', () => {
    const conflicts = numberConflicts(
      'More than 3,000 people marched through Brenn on Saturday against the closure of the Tolva hospital.',
      'More than 5,000 protesters marched through Brenn on Saturday against the closure of the Tolva hospital.',
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
  });

  it('"at least 3,000" / "more than 3,100" are one figure', () => {
    const conflicts = numberConflicts(
      'At least 3,000 people marched through Brenn on Saturday against the closure of the Tolva hospital.',
      'More than 3,100 protesters marched through Brenn on Saturday against the closure of the Tolva hospital.',
    );
    assert.deepEqual(conflicts, []);
  });
});

describe('a death toll', () => {
  it('counts the dead: "the death toll has risen to 17" / "twelve people have died" conflict', () => {
    const conflicts = numberConflicts(
      'Twelve people have died in the riots in Kolvar since May, the rights office said.',
      'The death toll from the riots in Kolvar has risen to 17, the rights office said.',
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    assert.equal(conflicts[0]?.about, 'how many people');
  });

  it('is not a count of the injured', () => {
    const conflicts = numberConflicts(
      'At least 30 people have been injured in the riots in Kolvar since May, the rights office said.',
      'The death toll from the riots in Kolvar has risen to 17, the rights office said.',
    );
    assert.deepEqual(conflicts, []);
  });
});

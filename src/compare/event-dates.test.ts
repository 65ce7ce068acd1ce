/**
 * Days of one event told in differently worded sentences: "The bridge closed on Tuesday" and "Officials shut
 * the bridge on March 4" tell one closure (the same bridge, a verb of closing), so in articles published on
 * Thursday 5 March 2026 they give two days (Tuesday is 3 March). All places, officials and outlets are invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Conflict } from '../model/index.js';
import { compareStory } from './index.js';
import { buildArticle, buildStory, type ArticleSpec } from './story-fixture.test-helper.js';

const PUBLISHED = '2026-03-05';

/** An article published on Thursday 5 March 2026 whose `day` resolves to `resolved`. */
function article(
  id: string,
  text: string,
  day: string,
  resolved: string,
  granularity: 'day' | 'weekday',
): ArticleSpec {
  return { id, outlet: id, published: PUBLISHED, text, dates: [{ text: day, resolved, granularity }] };
}

function dateConflicts(...specs: ArticleSpec[]): Conflict[] {
  const articles = specs.map((spec) => buildArticle(spec));
  return compareStory(buildStory(articles), articles).conflicts.filter(
    (conflict) => conflict.kind === 'date',
  );
}

const CLOSED_TUESDAY = article(
  'ledger',
  'The Kessel bridge over the Marrow closed on Tuesday after inspectors found a cracked bearing.',
  'Tuesday',
  '2026-03-03',
  'weekday',
);

describe('the day of one event told in other words', () => {
  it('"the bridge closed on Tuesday" / "officials shut the bridge on March 4" conflict', () => {
    const conflicts = dateConflicts(
      article('ledger', 'The Kessel bridge closed on Tuesday.', 'Tuesday', '2026-03-03', 'weekday'),
      article(
        'radio',
        'Marrow county officials shut the bridge on March 4, and drivers now face a long detour through Lisk.',
        'March 4',
        '2026-03-04',
        'day',
      ),
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    assert.deepEqual(conflicts[0]?.sides.map((side) => side.value).sort(), ['March 4', 'Tuesday']);
  });

  it('"closed on Tuesday" / "closure ... on March 4": a noun of the same event', () => {
    const conflicts = dateConflicts(
      article('ledger', 'The Kessel bridge closed on Tuesday.', 'Tuesday', '2026-03-03', 'weekday'),
      article(
        'radio',
        'Drivers have faced a long detour through Lisk since the closure of the bridge on March 4.',
        'March 4',
        '2026-03-04',
        'day',
      ),
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
  });

  it('a day that dates another verb before the event word is not its day', () => {
    // Radio's Wednesday is the day of the march; it does not say when the bridge closed.
    const conflicts = dateConflicts(
      article('ledger', 'The Kessel bridge closed on Tuesday.', 'Tuesday', '2026-03-03', 'weekday'),
      article(
        'radio',
        'About 3,000 people marched through Brenn on Wednesday against the closure of the Kessel bridge.',
        'Wednesday',
        '2026-03-04',
        'weekday',
      ),
    );
    assert.deepEqual(conflicts, []);
  });

  it('the same day in other words does not conflict', () => {
    const conflicts = dateConflicts(
      CLOSED_TUESDAY,
      article(
        'radio',
        'Marrow county officials shut the Kessel bridge on March 3, citing a cracked bearing.',
        'March 3',
        '2026-03-03',
        'day',
      ),
    );
    assert.deepEqual(conflicts, []);
  });

  it('another event of the same bridge (reopening, a meeting) is not the closure', () => {
    for (const text of [
      'Marrow county officials reopened the Kessel bridge on March 4 after replacing the bearing.',
      'Marrow county officials met on March 4 to discuss the Kessel bridge and its cracked bearing.',
    ]) {
      const conflicts = dateConflicts(CLOSED_TUESDAY, article('radio', text, 'March 4', '2026-03-04', 'day'));
      assert.deepEqual(conflicts, [], text);
    }
  });

  it('the same verb about another thing is another event', () => {
    const conflicts = dateConflicts(
      CLOSED_TUESDAY,
      article(
        'radio',
        'Marrow county officials shut the ferry terminal at Lisk on March 4 for repairs.',
        'March 4',
        '2026-03-04',
        'day',
      ),
    );
    assert.deepEqual(conflicts, []);
  });

  it('a possessive day dates the noun after it ("Sunday\'s vote"), not the event in the clause', () => {
    const conflicts = dateConflicts(
      CLOSED_TUESDAY,
      article(
        'radio',
        "The closure of the Kessel bridge will not affect Sunday's vote on the Marrow county budget.",
        'Sunday',
        '2026-03-08',
        'weekday',
      ),
    );
    assert.deepEqual(conflicts, []);
  });
});

describe('the day a thing was found out, told with and without a negation', () => {
  const DETECTED_THURSDAY = article(
    'ledger',
    'The breach was detected Thursday night by security staff at Tallow Bank, a spokesman said.',
    'Thursday night',
    '2026-03-05',
    'weekday',
  );

  it('"was detected Thursday night" / "did not notice the breach until Wednesday night" conflict', () => {
    const conflicts = dateConflicts(
      DETECTED_THURSDAY,
      article(
        'radio',
        'Tallow Bank did not notice the breach until Wednesday night, according to an internal memo.',
        'Wednesday night',
        '2026-03-04',
        'weekday',
      ),
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    assert.deepEqual(conflicts[0]?.sides.map((side) => side.value).sort(), [
      'Thursday night',
      'Wednesday night',
    ]);
  });

  it('"discovered the breach on March 5" is the same day in other words', () => {
    const conflicts = dateConflicts(
      DETECTED_THURSDAY,
      article(
        'radio',
        'Security staff discovered the breach on March 5, according to an internal memo.',
        'March 5',
        '2026-03-05',
        'day',
      ),
    );
    assert.deepEqual(conflicts, []);
  });

  it('"was not detected on Wednesday night" dates no detection: no conflict with "detected Thursday night"', () => {
    for (const text of [
      'The breach was not detected on Wednesday night, when staff locked the vault, a spokesman said.',
      'The breach was not detected Wednesday night by security staff at Tallow Bank, a spokesman said.',
      "Security staff at Tallow Bank didn't notice the breach on Wednesday night, a spokesman said.",
    ]) {
      const conflicts = dateConflicts(
        DETECTED_THURSDAY,
        article('radio', text, 'Wednesday night', '2026-03-04', 'weekday'),
      );
      assert.deepEqual(conflicts, [], text);
    }
  });

  it('"it was not until Wednesday night that staff detected the breach" still dates the detection', () => {
    const conflicts = dateConflicts(
      DETECTED_THURSDAY,
      article(
        'radio',
        'It was not until Wednesday night that security staff detected the breach at Tallow Bank, a spokesman said.',
        'Wednesday night',
        '2026-03-04',
        'weekday',
      ),
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
  });

  it('noticing another thing on another day is another event', () => {
    const conflicts = dateConflicts(
      DETECTED_THURSDAY,
      article(
        'radio',
        'Tellers did not notice the flooded vault until Wednesday night, according to an internal memo.',
        'Wednesday night',
        '2026-03-04',
        'weekday',
      ),
    );
    assert.deepEqual(conflicts, []);
  });

  it('"discovered the breach on February 19" / "discovered the hack on February 12": one incident in other nouns', () => {
    const conflicts = dateConflicts(
      article(
        'wire',
        'Fennick Health said it discovered the breach on February 19 and that the intruders first got in on January 28.',
        'February 19',
        '2026-02-19',
        'day',
      ),
      article(
        'tabloid',
        'The bungling firm discovered the hack on February 12 but only owned up on Tuesday.',
        'February 12',
        '2026-02-12',
        'day',
      ),
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    assert.deepEqual(conflicts[0]?.sides.map((side) => side.value).sort(), ['February 12', 'February 19']);
  });

  it('discovering a breach and discovering a fire are two events', () => {
    const conflicts = dateConflicts(
      article(
        'wire',
        'Fennick Health said it discovered the breach on February 19.',
        'February 19',
        '2026-02-19',
        'day',
      ),
      article('radio', 'Night staff discovered the fire on February 12.', 'February 12', '2026-02-12', 'day'),
    );
    assert.deepEqual(conflicts, []);
  });
});

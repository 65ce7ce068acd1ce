/**
 * The day a person spoke, on small invented stories: two outlets that date one statement differently disagree
 * (both quote the same words, or tell the same thing said); two outlets that report two different statements of
 * one person, each on its day, do not. A day inside the quoted words ("we can fix it today") is the speaker's,
 * not the day of the statement.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Conflict } from '../model/index.js';
import { compareStory } from './index.js';
import { buildArticle, buildStory, type ArticleSpec } from './story-fixture.test-helper.js';

const RENN = { name: 'Tilda Renn', key: 'tilda renn', type: 'person' as const };

function dateConflicts(...specs: ArticleSpec[]): Conflict[] {
  const articles = specs.map((spec) => buildArticle(spec));
  return compareStory(buildStory(articles), articles).conflicts.filter(
    (conflict) => conflict.kind === 'date',
  );
}

describe('the day a person spoke', () => {
  it('two different statements of one mayor, each on its day, are no conflict', () => {
    const conflicts = dateConflicts(
      {
        id: 'star',
        outlet: 'Brannock Star',
        text: 'Mayor Tilda Renn said on Friday that the Osk bridge would reopen to lorries in May.',
        entities: [{ ...RENN, mentions: ['Tilda Renn'] }],
      },
      {
        id: 'radio',
        outlet: 'Radio Brannock',
        text: 'In an interview on Tuesday, Mayor Tilda Renn said the council had overspent on the new library.',
        entities: [{ ...RENN, mentions: ['Tilda Renn'] }],
      },
    );
    assert.deepEqual(conflicts, []);
  });

  it('one statement dated two ways is a conflict: both quote the same words', () => {
    const conflicts = dateConflicts(
      {
        id: 'star',
        outlet: 'Brannock Star',
        text: 'The harbour will stay open all winter. "We owe the fishing crews that much," Renn said on Tuesday in an interview.',
        entities: [{ ...RENN, mentions: ['Renn'] }],
        quotes: [
          {
            content: 'We owe the fishing crews that much,',
            cue: 'said',
            source: 'Renn',
            speaker: 'tilda renn',
          },
        ],
      },
      {
        id: 'radio',
        outlet: 'Radio Brannock',
        text: 'Mayor Tilda Renn told reporters on Thursday that the harbour would stay open. The council has cut its budget. "We owe the fishing crews that much," she said.',
        entities: [{ ...RENN, mentions: ['Tilda Renn'] }],
        quotes: [
          {
            content: 'We owe the fishing crews that much,',
            cue: 'said',
            source: 'she',
            speaker: 'tilda renn',
          },
        ],
      },
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    assert.match(conflicts[0]?.about ?? '', /Tilda Renn/);
    assert.deepEqual(conflicts[0]?.sides.map((side) => side.value).sort(), ['Thursday', 'Tuesday']);
  });

  it('one statement dated two ways is a conflict: both tell the same thing said', () => {
    const conflicts = dateConflicts(
      {
        id: 'star',
        outlet: 'Brannock Star',
        text: 'Mayor Tilda Renn said on Friday that the Osk bridge would reopen to lorries in May.',
        entities: [{ ...RENN, mentions: ['Tilda Renn'] }],
      },
      {
        id: 'radio',
        outlet: 'Radio Brannock',
        text: 'The Osk bridge will reopen to lorries in May, Mayor Tilda Renn said on Monday.',
        entities: [{ ...RENN, mentions: ['Tilda Renn'] }],
      },
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    assert.deepEqual(conflicts[0]?.sides.map((side) => side.value).sort(), ['Friday', 'Monday']);
  });

  it('a quotation both give far from the dated sentences does not make two statements one', () => {
    const conflicts = dateConflicts(
      {
        id: 'star',
        outlet: 'Brannock Star',
        text: 'Mayor Tilda Renn said on Friday that the Osk bridge would reopen to lorries in May. The council met in March. Renn wrote to the minister. "We owe the fishing crews that much," she said in the letter.',
        entities: [{ ...RENN, mentions: ['Tilda Renn', 'Renn'] }],
        quotes: [
          {
            content: 'We owe the fishing crews that much,',
            cue: 'said',
            source: 'she',
            speaker: 'tilda renn',
          },
        ],
      },
      {
        id: 'radio',
        outlet: 'Radio Brannock',
        text: 'In an interview on Tuesday, Mayor Tilda Renn said the council had overspent on the new library. The council met in March. Renn wrote to the minister. "We owe the fishing crews that much," Renn wrote.',
        entities: [{ ...RENN, mentions: ['Tilda Renn', 'Renn', 'Renn'] }],
        quotes: [
          {
            content: 'We owe the fishing crews that much,',
            cue: 'wrote',
            source: 'Renn',
            speaker: 'tilda renn',
          },
        ],
      },
    );
    assert.deepEqual(conflicts, []);
  });

  it('reported speech sharing a few words is no quotation of the same words', () => {
    const conflicts = dateConflicts(
      {
        id: 'star',
        outlet: 'Brannock Star',
        text: 'The council would cut the library budget by a fifth, Mayor Tilda Renn said on Friday.',
        entities: [{ ...RENN, mentions: ['Tilda Renn'] }],
        quotes: [
          {
            content: 'The council would cut the library budget by a fifth',
            cue: 'said',
            source: 'Tilda Renn',
            speaker: 'tilda renn',
            kind: 'indirect',
          },
        ],
      },
      {
        id: 'radio',
        outlet: 'Radio Brannock',
        text: 'In an interview on Tuesday, Mayor Tilda Renn said the harbour would stay open all winter. The ferry crews had asked for it. The library budget of the council would shrink, Renn has also said.',
        entities: [{ ...RENN, mentions: ['Tilda Renn', 'Renn'] }],
        quotes: [
          {
            content: 'The library budget of the council would shrink',
            cue: 'said',
            source: 'Renn',
            speaker: 'tilda renn',
            kind: 'indirect',
          },
        ],
      },
    );
    assert.deepEqual(conflicts, []);
  });

  it('a day inside the quoted words does not date the statement', () => {
    const conflicts = dateConflicts(
      {
        id: 'star',
        outlet: 'Brannock Star',
        text: '"We can open the bridge today," Renn said, as crews finished the repairs.',
        entities: [{ ...RENN, mentions: ['Renn'] }],
        quotes: [
          { content: 'We can open the bridge today,', cue: 'said', source: 'Renn', speaker: 'tilda renn' },
        ],
        dates: [{ text: 'today', resolved: '2026-03-03', granularity: 'day' }],
      },
      {
        id: 'radio',
        outlet: 'Radio Brannock',
        text: 'Mayor Tilda Renn said on Wednesday that the Osk bridge could open to traffic.',
        entities: [{ ...RENN, mentions: ['Tilda Renn'] }],
      },
    );
    assert.deepEqual(conflicts, []);
  });

  it('two announcements of different things, each on its day, are no conflict', () => {
    const conflicts = dateConflicts(
      {
        id: 'star',
        outlet: 'Brannock Star',
        text: 'Mayor Tilda Renn announced Thursday that she would delay the budget speech to the council until the harbour reopens.',
        entities: [{ ...RENN, mentions: ['Tilda Renn'] }],
      },
      {
        id: 'radio',
        outlet: 'Radio Brannock',
        text: 'Mayor Tilda Renn announced Friday a short plan to keep the harbour open for three weeks while the dredging talks go on.',
        entities: [{ ...RENN, mentions: ['Tilda Renn'] }],
      },
    );
    assert.deepEqual(conflicts, []);
  });

  it('two announcements with the day before the verb ("On Saturday, X announced"), or a noun between the verb and the day ("announced plans Monday"), are no conflict', () => {
    for (const governor of [
      'The regional governor announced Monday that he would ban state-paid travel to Vorn over its new law.',
      'The regional governor announced plans Monday to ban state-paid travel to Vorn over its new law.',
    ]) {
      const conflicts = dateConflicts(
        {
          id: 'star',
          outlet: 'Brannock Star',
          text: 'On Saturday, the mayor of Brannock announced a ban on city staff travelling to Vorn on city funds.',
          dates: [{ text: 'Saturday', resolved: '2031-04-05', granularity: 'weekday' }],
        },
        {
          id: 'radio',
          outlet: 'Radio Brannock',
          text: governor,
          dates: [{ text: 'Monday', resolved: '2031-04-07', granularity: 'weekday' }],
        },
      );
      assert.deepEqual(conflicts, [], governor);
    }
  });

  it('one announcement told with two days, one before the verb, is a conflict', () => {
    const conflicts = dateConflicts(
      {
        id: 'star',
        outlet: 'Brannock Star',
        text: 'On Thursday, Mayor Tilda Renn announced that the harbour would close to ferries for three weeks of dredging.',
        entities: [{ ...RENN, mentions: ['Tilda Renn'] }],
      },
      {
        id: 'radio',
        outlet: 'Radio Brannock',
        text: 'Mayor Tilda Renn announced Friday that the harbour will close to ferries for three weeks of dredging.',
        entities: [{ ...RENN, mentions: ['Tilda Renn'] }],
      },
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
  });

  it('one announcement told with two days is a conflict', () => {
    const conflicts = dateConflicts(
      {
        id: 'star',
        outlet: 'Brannock Star',
        text: 'Mayor Tilda Renn announced Thursday that the harbour would close to ferries for three weeks of dredging.',
        entities: [{ ...RENN, mentions: ['Tilda Renn'] }],
      },
      {
        id: 'radio',
        outlet: 'Radio Brannock',
        text: 'Mayor Tilda Renn announced Friday that the harbour will close to ferries for three weeks of dredging.',
        entities: [{ ...RENN, mentions: ['Tilda Renn'] }],
      },
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    assert.deepEqual(conflicts[0]?.sides.map((side) => side.value).sort(), ['Friday', 'Thursday']);
  });
});

/**
 * One person spelled two ways, on a small invented story: three outlets quote a hospital spokeswoman, two as
 * "Ilse Varn" (one of them by surname alone, "Varn") and one as "Ilse Varne". That is one disagreement with two
 * sides, not two conflicts nor three sides.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareStory } from './index.js';
import { buildArticle, buildStory } from './story-fixture.test-helper.js';

describe('one name spelled two ways', () => {
  it('a surname-only mention joins the side of the full name it stands for', () => {
    const articles = [
      buildArticle({
        id: 'post',
        outlet: 'Brannock Post',
        text: 'Varn said the families of the two injured divers asked the hospital for privacy on Monday.',
        entities: [{ name: 'Ilse Varn', key: 'ilse varn', type: 'person', mentions: ['Varn'] }],
      }),
      buildArticle({
        id: 'star',
        outlet: 'Brannock Star',
        text: 'The families of the two injured divers asked for privacy, hospital spokeswoman Ilse Varn said on Monday.',
        entities: [{ name: 'Ilse Varn', key: 'ilse varn', type: 'person', mentions: ['Ilse Varn'] }],
      }),
      buildArticle({
        id: 'radio',
        outlet: 'Radio Brannock',
        text: 'Spokeswoman Ilse Varne said the families of the two injured divers had asked for privacy on Monday.',
        entities: [{ name: 'Ilse Varne', key: 'ilse varne', type: 'person', mentions: ['Ilse Varne'] }],
      }),
    ];
    const names = compareStory(buildStory(articles), articles).conflicts.filter(
      (conflict) => conflict.kind === 'name',
    );
    assert.equal(names.length, 1, JSON.stringify(names));
    assert.deepEqual(
      names[0]?.sides.map((side) => `${side.value}: ${[...side.articles].sort().join(' ')}`).sort(),
      ['Ilse Varn: post star', 'Ilse Varne: radio'],
    );
  });

  it("a middle name one outlet gives does not hide another outlet's spelling of the surname", () => {
    const articles = [
      buildArticle({
        id: 'post',
        outlet: 'Brannock Post',
        text: 'Climber Oskar Edvin Tallis, 36, died after falling 200 feet from a ridge on Friday.',
        entities: [
          {
            name: 'Oskar Edvin Tallis',
            key: 'oskar edvin tallis',
            type: 'person',
            mentions: ['Oskar Edvin Tallis'],
          },
        ],
      }),
      buildArticle({
        id: 'star',
        outlet: 'Brannock Star',
        text: 'Oskar Tallis, 36, died after falling 200 feet from a ridge on Friday, police said.',
        entities: [{ name: 'Oskar Tallis', key: 'oskar tallis', type: 'person', mentions: ['Oskar Tallis'] }],
      }),
      buildArticle({
        id: 'radio',
        outlet: 'Radio Brannock',
        text: 'Oskar Tallisse, 36, died after falling 200 feet from a ridge on Friday, police said.',
        entities: [
          { name: 'Oskar Tallisse', key: 'oskar tallisse', type: 'person', mentions: ['Oskar Tallisse'] },
        ],
      }),
    ];
    const names = compareStory(buildStory(articles), articles).conflicts.filter(
      (conflict) => conflict.kind === 'name',
    );
    assert.equal(names.length, 1, JSON.stringify(names));
    assert.deepEqual(names[0]?.sides.map((side) => [...side.articles].sort().join(' ')).sort(), [
      'post star',
      'radio',
    ]);
  });
});

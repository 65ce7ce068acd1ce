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

  it('finds a name spelled two ways in sentences that tell different things, and joins a third spelling', () => {
    const articles = [
      buildArticle({
        id: 'post',
        outlet: 'Brannock Post',
        text: 'Storm warnings closed the harbour at Port Ellis on Friday night. Gerrit Hollow, a spokesman for the ferry company, said repairs to the pier would take a month.',
        entities: [
          { name: 'Gerrit Hollow', key: 'gerrit hollow', type: 'person', mentions: ['Gerrit Hollow'] },
        ],
      }),
      buildArticle({
        id: 'star',
        outlet: 'Brannock Star',
        text: 'All crossings to Marrin Island were cancelled for the weekend. Passengers were offered refunds, said Gerit Hallow, who speaks for the operator.',
        entities: [{ name: 'Gerit Hallow', key: 'gerit hallow', type: 'person', mentions: ['Gerit Hallow'] }],
      }),
      buildArticle({
        id: 'radio',
        outlet: 'Radio Brannock',
        text: 'The operator expects a full timetable again by the spring. Gerit Hollow told listeners that the company had bought a second vessel.',
        entities: [{ name: 'Gerit Hollow', key: 'gerit hollow', type: 'person', mentions: ['Gerit Hollow'] }],
      }),
    ];
    const names = compareStory(buildStory(articles), articles).conflicts.filter(
      (conflict) => conflict.kind === 'name',
    );
    assert.equal(names.length, 1, JSON.stringify(names));
    assert.deepEqual(names[0]?.sides.map((side) => `${side.value}: ${side.articles.join(' ')}`).sort(), [
      'Gerit Hallow: star',
      'Gerit Hollow: radio',
      'Gerrit Hollow: post',
    ]);
    // Each side cites the sentence that names the person.
    const cited = names[0]?.sides.flatMap((side) => side.citations.map((citation) => citation.sentence));
    assert.deepEqual(cited, [1, 1, 1]);
  });

  it('two near names are two people when one article names both, or knows the other spelling', () => {
    const story = (secondText: string, secondMentions: string[]): number => {
      const articles = [
        buildArticle({
          id: 'post',
          outlet: 'Brannock Post',
          text: 'Storm warnings closed the harbour at Port Ellis on Friday night. Gerrit Hollow, a spokesman for the ferry company, said repairs would take a month.',
          entities: [
            { name: 'Gerrit Hollow', key: 'gerrit hollow', type: 'person', mentions: ['Gerrit Hollow'] },
          ],
        }),
        buildArticle({
          id: 'star',
          outlet: 'Brannock Star',
          text: secondText,
          entities: secondMentions.map((name) => ({
            name,
            key: name.toLowerCase(),
            type: 'person' as const,
            mentions: [name],
          })),
        }),
      ];
      return compareStory(buildStory(articles), articles).conflicts.filter(
        (conflict) => conflict.kind === 'name',
      ).length;
    };
    assert.equal(
      story('All crossings were cancelled for the weekend, said Gerrit Hallow of the operator.', [
        'Gerrit Hallow',
      ]),
      1,
    );
    assert.equal(
      story('Gerrit Hallow and Gerrit Hollow both spoke for the operator at the weekend briefing.', [
        'Gerrit Hallow',
        'Gerrit Hollow',
      ]),
      0,
    );
    assert.equal(
      story('All crossings were cancelled, said Gerrit Hallow of the operator. Hollow had warned of it.', [
        'Gerrit Hallow',
      ]),
      0,
    );
  });
});

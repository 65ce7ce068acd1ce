/**
 * How compare treats a count the outlets disagree on, on a small invented story: the Tarnby Courier and Lenn
 * Valley Radio say 9 corroded cables, the Fenmouth Post says twelve, and Lenn Valley Radio also credits the
 * Post's figure to the Post. Also: bare years are dates, never counts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Conflict } from '../model/index.js';
import { compareStory } from './index.js';
import { buildArticle, buildStory, type ArticleSpec } from './story-fixture.test-helper.js';

const COURIER: ArticleSpec = {
  id: 'courier',
  outlet: 'Tarnby Courier',
  text: 'Inspectors examining the Oster footbridge over the river Lenn have found 9 corroded cables in its deck, a council report said on Tuesday. The council closed the bridge to walkers on Tuesday evening.',
};
const POST: ArticleSpec = {
  id: 'post',
  outlet: 'Fenmouth Post',
  text: 'Twelve corroded cables have been found in the deck of the Oster footbridge over the river Lenn, a council report revealed on Tuesday. The council closed the bridge to walkers on Tuesday evening.',
};
const RADIO: ArticleSpec = {
  id: 'radio',
  outlet: 'Lenn Valley Radio',
  text: 'The council report lists 9 corroded cables in the deck of the Oster footbridge over the river Lenn. The Fenmouth Post reported that 12 cables were corroded; the council said the higher figure counted three clamps.',
  credits: [{ text: 'The Fenmouth Post reported', outlet: 'Fenmouth Post' }],
};

function compare(...specs: ArticleSpec[]) {
  const articles = specs.map((spec) => buildArticle(spec));
  return compareStory(buildStory(articles), articles);
}

function numberConflicts(conflicts: readonly Conflict[]): Conflict[] {
  return conflicts.filter((conflict) => conflict.kind === 'number');
}

/** Each side as "value: article ids", sorted, for comparing whole conflicts. */
function sidesOf(conflict: Conflict | undefined): string[] {
  return (conflict?.sides ?? [])
    .map((side) => `${side.value}: ${[...side.articles].sort().join(' ')}`)
    .sort();
}

describe('a disputed count across three outlets', () => {
  it('lists every outlet that gives a figure on its side, citing each', () => {
    const numbers = numberConflicts(compare(COURIER, POST, RADIO).conflicts);
    assert.equal(numbers.length, 1);
    assert.deepEqual(sidesOf(numbers[0]), [
      '9 corroded cables: courier radio',
      'Twelve corroded cables (12): post',
    ]);
    const nine = numbers[0]?.sides.find((side) => side.value.startsWith('9'));
    assert.deepEqual(
      nine?.citations.map((citation) => `${citation.article}:${citation.sentence}`),
      ['courier:0', 'radio:0'],
    );
  });

  it("a figure credited to another outlet in the story is not the crediting article's claim", () => {
    // Only the Post and Radio: Radio's own figure is 9; the 12 it credits to the Post is the Post's.
    const numbers = numberConflicts(compare(POST, RADIO).conflicts);
    assert.deepEqual(sidesOf(numbers[0]), ['9 corroded cables: radio', 'Twelve corroded cables (12): post']);
    assert.ok(
      numbers.every((conflict) =>
        conflict.sides.every((side) => !side.citations.some((c) => c.sentence === 1)),
      ),
      'the credited clause is cited on no side',
    );
  });

  it('a credited figure makes no conflict inside one article, nor with an outlet that agrees with the article', () => {
    assert.deepEqual(numberConflicts(compare(COURIER, RADIO).conflicts), []);
    assert.deepEqual(numberConflicts(compare(RADIO).conflicts), []);
  });

  it('a figure credited to an outlet outside the story, which the article does not contradict, still counts', () => {
    const weekly: ArticleSpec = {
      id: 'weekly',
      outlet: 'Lenn Weekly',
      text: 'Twelve corroded cables were found in the deck of the Oster footbridge over the river Lenn, according to the Marsh Herald.',
      credits: [{ text: 'according to the Marsh Herald', outlet: 'Marsh Herald', kind: 'according-to' }],
    };
    const numbers = numberConflicts(compare(COURIER, weekly).conflicts);
    assert.deepEqual(sidesOf(numbers[0]), [
      '9 corroded cables: courier',
      'Twelve corroded cables (12): weekly',
    ]);
  });

  it('an outlet whose figure only agrees as a range ("about 10") does not join the side of 9', () => {
    const about: ArticleSpec = {
      id: 'weekly',
      outlet: 'Lenn Weekly',
      text: 'Inspectors examining the Oster footbridge over the river Lenn have found about 10 corroded cables in its deck, a council report said on Tuesday.',
    };
    const numbers = numberConflicts(compare(COURIER, POST, about).conflicts);
    const nine = numbers
      .flatMap((conflict) => conflict.sides)
      .filter((side) => side.articles.includes('courier'));
    assert.ok(nine.length > 0);
    for (const side of nine) assert.ok(!side.articles.includes('weekly'), JSON.stringify(side));
  });
});

describe('bare years are dates, not counts', () => {
  const pairs: [string, string][] = [
    // 1800-2099 were never counts; a year outside that range after "in" once counted engineers.
    [
      'In 1750 engineers built the weir across the Tolla river near Brisk.',
      'In 1760 engineers built the weir across the Tolla river near Brisk.',
    ],
    [
      'The mill on the Tolla dates from 1420 when monks built it.',
      'The mill on the Tolla dates from 1450 when monks built it.',
    ],
    [
      'The weir was built in 1961 and supplies water to 4,000 homes in the valley.',
      'The weir was built in 1958 and supplies water to 4,000 homes in the valley.',
    ],
    [
      'In 2019 inspectors counted six cracks in the weir above Brisk.',
      'In 2018 inspectors counted six cracks in the weir above Brisk.',
    ],
  ];
  for (const [a, b] of pairs) {
    it(`no number conflict: "${a.slice(0, 30)}…"`, () => {
      const report = compare({ id: 'a', outlet: 'A', text: a }, { id: 'b', outlet: 'B', text: b });
      assert.deepEqual(numberConflicts(report.conflicts), []);
    });
  }

  it('a count next to a year is still a count', () => {
    const report = compare(
      { id: 'a', outlet: 'A', text: 'In 2019 inspectors counted six cracks in the weir above Brisk.' },
      { id: 'b', outlet: 'B', text: 'In 2019 inspectors counted nine cracks in the weir above Brisk.' },
    );
    assert.equal(numberConflicts(report.conflicts).length, 1);
  });
});

describe('two rounded figures', () => {
  const story = (figureA: string, figureB: string) =>
    numberConflicts(
      compare(
        {
          id: 'wire',
          outlet: 'Brine Wire',
          text: `The spill at the Lisk plant cut off tap water to ${figureA} households in the town of Oster on Wednesday, officials said.`,
        },
        {
          id: 'courier',
          outlet: 'Oster Courier',
          text: `${figureB} households in the town of Oster were without tap water on Wednesday after the spill at the Lisk plant.`,
        },
      ).conflicts,
    );

  it('"about 8,000" / "around 9,500" disagree: neither figure lies within the other\'s rounding', () => {
    assert.deepEqual(sidesOf(story('about 8,000', 'Around 9,500')[0]), [
      'Around 9,500 households: courier',
      'about 8,000 households: wire',
    ]);
  });

  it('"about 8,000" / "around 8,500" agree: the second lies within the first\'s rounding', () => {
    assert.deepEqual(story('about 8,000', 'Around 8,500'), []);
  });

  it('"about 48,000" / "more than 52,000" disagree: a figure given to the thousand is not rounded by a tenth', () => {
    assert.deepEqual(sidesOf(story('about 48,000', 'More than 52,000')[0]), [
      'More than 52,000 households: courier',
      'about 48,000 households: wire',
    ]);
  });

  it('"about 48,000" / "50,000" agree: a round figure is within a twentieth of it', () => {
    assert.deepEqual(story('about 48,000', '50,000'), []);
  });

  it('"about 30" / "more than 32" agree: a small figure keeps a slack of a tenth', () => {
    assert.deepEqual(story('about 30', 'More than 32'), []);
  });
});

describe('three figures for one count', () => {
  it('is one conflict with three sides, however each pair was found', () => {
    const report = compare(
      {
        id: 'ledger',
        outlet: 'Brine Ledger',
        text: 'Thieves broke into the records office of the Oster water board last week and copied the files of about 48,000 customers, the board said on Sunday. The board said it had told the police.',
      },
      {
        id: 'courier',
        outlet: 'Oster Courier',
        text: 'The Oster water board said on Sunday that thieves had copied the files of more than 52,000 customers from its records office. The board said it had told the police.',
      },
      {
        id: 'gazette',
        outlet: 'Lisk Gazette',
        text: 'Burglars took the files of 50,000 customers in a raid on the water board. Police are investigating.',
      },
    );
    const counts = numberConflicts(report.conflicts);
    assert.equal(counts.length, 1);
    assert.deepEqual(sidesOf(counts[0]), [
      '50,000 customers: gazette',
      'about 48,000 customers: ledger',
      'more than 52,000 customers: courier',
    ]);
  });
});

describe('one count told under two nouns', () => {
  const herald: ArticleSpec = {
    id: 'herald',
    outlet: 'Varn City Herald',
    text: 'A tram derailed on Orrin Street in Varn City on Monday, and 12 people were injured. The line stays closed.',
  };
  const post: ArticleSpec = {
    id: 'post',
    outlet: 'Orrin Evening Post',
    text: 'A tram derailed on Orrin Street in Varn City on Monday. 12 victims were taken to Varn General Hospital.',
  };
  const ledger: ArticleSpec = {
    id: 'ledger',
    outlet: 'Brackwater Ledger',
    text: 'A tram derailed on Orrin Street in Varn City on Monday, and 15 people were injured. 15 victims were taken to Varn General Hospital.',
  };

  it('is one conflict when an outlet gives its figure under both nouns ("people", "victims")', () => {
    const numbers = numberConflicts(compare(herald, post, ledger).conflicts);
    assert.equal(numbers.length, 1, JSON.stringify(numbers.map((conflict) => conflict.about)));
    assert.deepEqual(sidesOf(numbers[0]), ['12 people: herald post', '15 people: ledger']);
  });

  it('an outlet giving the figure under the other noun in an aligned sentence joins its side', () => {
    const told = (id: string, outlet: string, counted: string): ArticleSpec => ({
      id,
      outlet,
      text: `A tram derailed on Orrin Street in Varn City on Monday. ${counted}, the transport office said.`,
    });
    const numbers = numberConflicts(
      compare(
        told('herald', 'Varn City Herald', '12 people were injured'),
        told('post', 'Orrin Evening Post', '12 victims were taken to hospital'),
        told('ledger', 'Brackwater Ledger', '15 people were injured'),
      ).conflicts,
    );
    assert.equal(numbers.length, 1);
    assert.deepEqual(sidesOf(numbers[0]), ['12 people: herald post', '15 people: ledger']);
    // The same figure told of another event ("died") is another count: it joins no side.
    const died = numberConflicts(
      compare(
        told('herald', 'Varn City Herald', '12 people were injured'),
        told('post', 'Orrin Evening Post', '12 passengers died'),
        told('ledger', 'Brackwater Ledger', '15 people were injured'),
      ).conflicts,
    );
    assert.ok(
      died.every((conflict) => conflict.sides.every((side) => !side.articles.includes('post'))),
      JSON.stringify(died),
    );
  });

  it('two things that are not people stay two counts, even with the same two figures', () => {
    const a: ArticleSpec = {
      id: 'a',
      outlet: 'Varn City Herald',
      text: 'A tram derailed on Orrin Street in Varn City on Monday, and 12 people were injured. It damaged 12 cars parked along the street.',
    };
    const b: ArticleSpec = {
      id: 'b',
      outlet: 'Brackwater Ledger',
      text: 'A tram derailed on Orrin Street in Varn City on Monday, and 15 people were injured. It damaged 15 cars parked along the street.',
    };
    assert.equal(numberConflicts(compare(a, b).conflicts).length, 2);
  });
});

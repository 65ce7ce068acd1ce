import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareStory } from './index.js';
import { orientCopies } from './orient-copies.js';
import { buildArticle, buildStory } from './story-fixture.test-helper.js';

// An invented wire story from the Lorr Press Agency, run word for word by two invented papers.
const WIRE =
  'TALLIS, Lorr (LPA) — The Lorr ferry board suspended crossings to Tallis Island on Friday after a crack was found in the hull of its car ferry. Board chair Odile Krane said repairs would take two weeks.';

function wireStory(creditedByCopies: boolean) {
  const credit = creditedByCopies
    ? [{ text: '(LPA) —', outlet: 'Lorr Press Agency', kind: 'dateline' as const }]
    : [];
  const agency = buildArticle({
    id: 'lpa',
    outlet: 'Lorr Press Agency',
    published: '2031-05-02',
    text: WIRE,
  });
  const tribune = buildArticle({
    id: 'tribune',
    outlet: 'Fenwick Tribune',
    published: '2031-05-02T09:10:00Z',
    text: WIRE,
    credits: credit,
  });
  const echo = buildArticle({
    id: 'echo',
    outlet: 'Lorr Echo',
    published: '2031-05-02',
    text: WIRE,
    credits: credit,
  });
  // The story stage took the timed page as the earliest, so the agency and the other paper as its copies.
  const story = buildStory(
    [agency, tribune, echo],
    [
      { article: 'lpa', copyOf: 'tribune', similarity: 1 },
      { article: 'echo', copyOf: 'tribune', similarity: 0.98 },
    ],
  );
  return { story, articles: [agency, tribune, echo] };
}

describe('orientCopies', () => {
  it('roots a copy group at the agency every other member credits', () => {
    const { story, articles } = wireStory(true);
    const copies = orientCopies(story, articles).copies;
    assert.deepEqual(copies.map((copy) => [copy.article, copy.copyOf]).sort(), [
      ['echo', 'lpa'],
      ['tribune', 'lpa'],
    ]);
    const report = compareStory(story, articles);
    assert.equal(report.articles.find((article) => article.id === 'lpa')?.copyOf, undefined);
    assert.equal(report.articles.find((article) => article.id === 'tribune')?.copyOf, 'lpa');
    assert.equal(report.coverage.independentSources, 1);
  });

  it('leaves the group as the story gives it when no member is credited by the others', () => {
    const { story, articles } = wireStory(false);
    assert.deepEqual(orientCopies(story, articles).copies, story.copies);
    assert.equal(
      compareStory(story, articles).articles.find((article) => article.id === 'lpa')?.copyOf,
      'tribune',
    );
  });

  it('roots a pair of copies at the outlet one credits in its byline, whichever was stamped first', () => {
    const agency = buildArticle({
      id: 'lpa',
      outlet: 'Lorr Press Agency',
      published: '2031-05-02',
      text: WIRE,
    });
    const tribune = buildArticle({
      id: 'tribune',
      outlet: 'Fenwick Tribune',
      byline: 'Tribune staff and Lorr Press Agency',
      published: '2031-05-02T09:10:00Z',
      text: WIRE,
    });
    const story = buildStory([agency, tribune], [{ article: 'lpa', copyOf: 'tribune', similarity: 1 }]);
    assert.deepEqual(
      orientCopies(story, [agency, tribune]).copies.map((copy) => [copy.article, copy.copyOf]),
      [['tribune', 'lpa']],
    );
    const report = compareStory(story, [agency, tribune]);
    assert.equal(report.articles.find((article) => article.id === 'tribune')?.copyOf, 'lpa');
    assert.equal(report.articles.find((article) => article.id === 'lpa')?.copyOf, undefined);
  });

  it('roots a pair of copies at the outlet one credits in an end note', () => {
    const note = 'Lorr Press Agency contributed to this report.';
    const agency = buildArticle({
      id: 'lpa',
      outlet: 'Lorr Press Agency',
      published: '2031-05-02',
      text: WIRE,
    });
    const tribune = buildArticle({
      id: 'tribune',
      outlet: 'Fenwick Tribune',
      published: '2031-05-02T09:10:00Z',
      text: `${WIRE}\n\n${note}`,
      credits: [{ text: note.slice(0, -1), outlet: 'Lorr Press Agency', kind: 'wire' }],
    });
    const story = buildStory([agency, tribune], [{ article: 'lpa', copyOf: 'tribune', similarity: 0.97 }]);
    assert.deepEqual(
      orientCopies(story, [agency, tribune]).copies.map((copy) => [copy.article, copy.copyOf]),
      [['tribune', 'lpa']],
    );
  });

  it('leaves a pair as the story gives it when a byline names only people', () => {
    const agency = buildArticle({
      id: 'lpa',
      outlet: 'Lorr Press Agency',
      published: '2031-05-02',
      text: WIRE,
    });
    const tribune = buildArticle({
      id: 'tribune',
      outlet: 'Fenwick Tribune',
      byline: 'Odile Marsh and Pim Lauder',
      published: '2031-05-02T09:10:00Z',
      text: WIRE,
    });
    const story = buildStory([agency, tribune], [{ article: 'lpa', copyOf: 'tribune', similarity: 1 }]);
    assert.deepEqual(orientCopies(story, [agency, tribune]).copies, story.copies);
  });

  it('roots a copy group at the press release in it: outlets copy a release, never the reverse', () => {
    const release = buildArticle({
      id: 'release',
      outlet: 'Lorr Ferry Board',
      outletSource: 'press-release',
      published: '2031-05-02',
      text: WIRE,
    });
    const tribune = buildArticle({
      id: 'tribune',
      outlet: 'Fenwick Tribune',
      published: '2031-05-02T09:10:00Z',
      text: WIRE,
    });
    const echo = buildArticle({
      id: 'echo',
      outlet: 'Lorr Echo',
      published: '2031-05-02T11:00:00Z',
      text: WIRE,
    });
    // The release is dated by day only, so it sorts after the outlets' timed pages.
    const story = buildStory(
      [tribune, echo, release],
      [
        { article: 'echo', copyOf: 'tribune', similarity: 1 },
        { article: 'release', copyOf: 'tribune', similarity: 1 },
      ],
    );
    const articles = [tribune, echo, release];
    assert.deepEqual(
      orientCopies(story, articles)
        .copies.map((copy) => [copy.article, copy.copyOf])
        .sort(),
      [
        ['echo', 'release'],
        ['tribune', 'release'],
      ],
    );
    const report = compareStory(story, articles);
    assert.equal(report.articles.find((article) => article.id === 'release')?.copyOf, undefined);
    assert.deepEqual(report.coverage, { articles: 3, independentSources: 0, pressReleases: 1 });
  });
});

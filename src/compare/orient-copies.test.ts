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
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createTextArticle, type Article } from '../model/index.js';
import { clusterArticles, streamOrder } from './cluster-articles.js';

const TEXTS = [
  'A gas leak closed Pellworth high street on Monday; 60 shoppers were led out by firefighters from Aldcross.',
  'Firefighters from Aldcross evacuated 60 shoppers when gas leaked on Pellworth high street.',
  'The Vennick Rovers beat Saltmarsh Athletic 3-1 in the county cup final at Greyhaven stadium.',
  'Saltmarsh Athletic lost the county cup final 3-1 to Vennick Rovers at Greyhaven.',
  'A wildfire near Corrane burned 900 hectares of heath before rain arrived on Thursday.',
];

function articles(dates: (string | undefined)[]): Article[] {
  return TEXTS.map((text, index) => {
    const published = dates[index];
    return createTextArticle(text, {
      id: `t${index}`,
      source: `t${index}`,
      ...(published === undefined ? {} : { published }),
    });
  });
}

test('clusterArticles groups by event and returns one assignment per article', () => {
  const { assignments, stories } = clusterArticles(
    articles(['2026-04-06', '2026-04-06', '2026-04-07', '2026-04-07', '2026-04-07']),
  );
  const story = new Map(assignments.map((entry) => [entry.id, entry.story]));
  assert.equal(assignments.length, 5);
  assert.equal(story.get('t0'), story.get('t1'));
  assert.equal(story.get('t2'), story.get('t3'));
  assert.notEqual(story.get('t0'), story.get('t2'));
  assert.notEqual(story.get('t4'), story.get('t0'));
  assert.equal(stories.length, 3);
});

test('streamOrder sorts by date, keeps undated articles after their dated predecessor', () => {
  const order = streamOrder(articles(['2026-04-07', undefined, '2026-04-06', undefined, undefined])).map(
    (entry) => entry.id,
  );
  assert.deepEqual(order, ['t2', 't3', 't4', 't0', 't1']);
});

test('the result does not depend on the input order of articles with the same date', () => {
  const base = articles(TEXTS.map(() => '2026-04-06T12:00:00Z'));
  const reference = clusterArticles(base);
  fc.assert(
    fc.property(fc.shuffledSubarray(base, { minLength: base.length, maxLength: base.length }), (shuffled) => {
      assert.deepEqual(clusterArticles(shuffled), reference);
    }),
    { numRuns: 30 },
  );
});

test('a bare day sorts after articles stamped with a time that day (a reprint after its wire original)', () => {
  const ordered = streamOrder(
    articles(['2026-11-17', '2026-11-17T09:00:00Z', '2026-11-16T22:00:00Z', undefined, undefined]),
  );
  assert.deepEqual(
    ordered.filter((article) => article.published !== undefined).map((article) => article.id),
    ['t2', 't1', 't0'],
  );
});

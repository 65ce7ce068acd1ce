import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareStory } from './index.js';
import { buildArticle, buildStory } from './story-fixture.test-helper.js';

const post = (credit: { text: string; outlet: string }) =>
  buildArticle({
    id: 'post',
    outlet: 'Kestrel Evening Post',
    text: `Water authority chief Ivo Dal ${credit.text} that the valley was safe. The dam holds back the Tess reservoir.`,
    credits: [credit],
  });
const ledger = buildArticle({
  id: 'ledger',
  outlet: 'Harbor Ledger',
  text: 'The dam holds back the Tess reservoir. Engineers found cracks in its spillway on Thursday.',
});

void test('an outlet naming itself by a short form ("told the Evening Post") is not a credit', () => {
  const article = post({ text: 'told the Evening Post', outlet: 'Evening Post' });
  const report = compareStory(buildStory([article, ledger]), [article, ledger]);
  assert.deepEqual(report.provenance.credits, []);
  assert.ok(!report.provenance.graph.some((edge) => edge.kind === 'credit'));
});

void test('another outlet that shares only part of the name is still credited', () => {
  for (const outlet of ['Washington Post', 'Kestrel Herald', 'Evening Standard']) {
    const article = post({ text: `told the ${outlet}`, outlet });
    const report = compareStory(buildStory([article, ledger]), [article, ledger]);
    assert.deepEqual(
      report.provenance.credits.map((credit) => credit.outlet),
      [outlet],
      outlet,
    );
  }
});

void test('an outlet naming itself by its first words ("told Radio Oster" in Radio Oster News) is not a credit', () => {
  const radio = buildArticle({
    id: 'radio',
    outlet: 'Radio Oster News',
    text: 'Water authority chief Ivo Dal told Radio Oster that the valley was safe. The dam holds back the Tess reservoir.',
    credits: [{ text: 'told Radio Oster', outlet: 'Radio Oster' }],
  });
  const report = compareStory(buildStory([radio, ledger]), [radio, ledger]);
  assert.deepEqual(report.provenance.credits, []);
});

void test('one article saying "first reported by the Pellow Courier" makes the Courier the original source of that fact', () => {
  const courier = buildArticle({
    id: 'courier',
    outlet: 'Pellow Courier',
    text: 'The Pellow cannery will close in March, its owner Marten Voss said on Tuesday. The Courier first reported the closure on Monday.',
  });
  const ledgerText =
    'The Pellow cannery will close in March with the loss of 140 jobs. The closure was first reported by the Pellow Courier on Monday.';
  const scoop = buildArticle({
    id: 'ledger',
    outlet: 'Tolland Ledger',
    text: ledgerText,
    credits: [{ text: 'first reported by the Pellow Courier', outlet: 'Pellow Courier' }],
  });
  const report = compareStory(buildStory([courier, scoop]), [courier, scoop]);
  assert.deepEqual(
    report.provenance.originalSources.map((source) => [source.outlet, source.articles]),
    [['Pellow Courier', ['ledger']]],
  );
  const first = report.provenance.originalSources[0]?.firstReported ?? [];
  assert.deepEqual(
    first.map((citation) => [citation.article, citation.sentence]),
    [['ledger', 1]],
  );
  // A plain credit from one article ("the Pellow Courier reported") is no claim that it was first.
  const plain = buildArticle({
    id: 'ledger',
    outlet: 'Tolland Ledger',
    text: 'The Pellow cannery will close in March, the Pellow Courier reported.',
    credits: [{ text: 'the Pellow Courier reported', outlet: 'Pellow Courier' }],
  });
  assert.deepEqual(
    compareStory(buildStory([courier, plain]), [courier, plain]).provenance.originalSources,
    [],
  );
});

void test('a press release whose wording other outlets reuse is named as their original source, by its issuer', () => {
  const releaseText =
    'Patients who walked for half an hour a day recovered from knee surgery three weeks sooner than those who rested, a trial at Elbury College found. The trial followed 640 patients for a year.';
  const release = {
    ...buildArticle({ id: 'release', outlet: 'Elbury College', text: releaseText }),
    outletSource: 'press-release',
  };
  const courier = buildArticle({
    id: 'courier',
    outlet: 'Tarrow Courier',
    text: 'Walking helps after knee surgery. Patients who walked for half an hour a day recovered from knee surgery three weeks sooner, doctors said.',
  });
  const post = buildArticle({
    id: 'post',
    outlet: 'Osterlin Post',
    text: 'A new trial backs walking. The trial followed 640 patients for a year, and patients who walked for half an hour a day recovered from knee surgery faster.',
  });
  const articles = [release, courier, post];
  const report = compareStory(buildStory(articles), articles);
  assert.deepEqual(report.provenance.originalSources, [
    { outlet: 'Elbury College', articles: ['courier', 'post'], pressRelease: 'release' },
  ]);
  // The same wording from an article that is no press release names no original source.
  const plain = [{ ...release, outletSource: 'byline' }, courier, post];
  assert.deepEqual(compareStory(buildStory(plain), plain).provenance.originalSources, []);
});

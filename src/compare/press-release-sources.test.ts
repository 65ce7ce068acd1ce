/**
 * A press release is where the story starts, not an outlet's independent coverage: `coverage.independentSources`
 * and each fact's `sources` count outlets only, the release is counted apart (`coverage.pressReleases`) and
 * marked among the articles. Invented articles.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareStory } from './index.js';
import { buildArticle, buildStory } from './story-fixture.test-helper.js';

const release = buildArticle({
  id: 'release',
  outlet: 'Brindle Water',
  outletSource: 'press-release',
  text: [
    'Brindle Water will rebuild the dam at Oxney reservoir over three years at a cost of 46 million crowns.',
    'The work will start in June and no interruption to supply is expected during it.',
    'The company plans to spend 310 million crowns on its eleven reservoirs by 2032.',
  ].join('\n\n'),
});
const courier = buildArticle({
  id: 'courier',
  outlet: 'Tarn Valley Courier',
  text: [
    'The Oxney reservoir dam is to be rebuilt by Brindle Water over three years for 46 million crowns.',
    'Brindle Water said the work will start in June and that no interruption to supply is expected.',
    'Residents near the reservoir said they had not been told about the work.',
  ].join('\n\n'),
});
const herald = buildArticle({
  id: 'herald',
  outlet: 'Oxney Herald',
  text: [
    'Brindle Water will rebuild the Oxney reservoir dam over three years, at a cost of 46 million crowns.',
    'The mayor of Oxney welcomed the plan at a council meeting on Tuesday evening.',
  ].join('\n\n'),
});

test('a press release is counted apart from the independent sources, and marked among the articles', () => {
  const report = compareStory(buildStory([release, courier, herald]), [release, courier, herald]);
  assert.equal(report.coverage.articles, 3);
  assert.equal(report.coverage.independentSources, 2);
  assert.equal(report.coverage.pressReleases, 1);
  assert.equal(report.articles.find((article) => article.id === 'release')?.pressRelease, true);
  assert.equal(report.articles.find((article) => article.id === 'courier')?.pressRelease, undefined);
});

test("a fact the release and the outlets tell counts the outlets only; the release's word is no corroboration", () => {
  const report = compareStory(buildStory([release, courier, herald]), [release, courier, herald]);
  const factOf = (words: RegExp) =>
    [...report.facts.shared, ...report.facts.unique].find((fact) => words.test(fact.text));
  const dam = factOf(/46 million crowns/);
  assert.deepEqual(dam?.articles.slice().sort(), ['courier', 'herald', 'release']);
  assert.equal(dam.sources, 2);
  // Told by the release and one outlet: one source, not two.
  const june = factOf(/June/);
  assert.deepEqual(june?.articles.slice().sort(), ['courier', 'release']);
  assert.equal(june.sources, 1);
  assert.ok(report.facts.unique.includes(june));
  // Told by the release alone: no outlet reported it.
  const plan = factOf(/310 million/);
  assert.equal(plan?.sources, 0);
  assert.ok(report.facts.unique.includes(plan));
});

test('without a press release the coverage has no press-release count', () => {
  const report = compareStory(buildStory([courier, herald]), [courier, herald]);
  assert.equal(report.coverage.independentSources, 2);
  assert.equal('pressReleases' in report.coverage, false);
});

/**
 * End to end on an invented four-outlet story (fixtures/stories/korrel-decree/): a wire agency, a broadsheet, a
 * paper that broke the story and a tabloid tell how President Tomas Korrel suspended an election. The tabloid
 * changes one word of his quote and calls him "Strongman"; one paper names him and the opposition leader only
 * by role where it quotes them; the broadsheet credits the agency and the paper that broke the story.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { StoryReport } from '../src/model/index.js';
import { articleIdOf, fixtureStory } from './helpers/fixture-story.js';

let report: StoryReport;

before(async () => {
  report = await fixtureStory('korrel-decree');
});

const idOf = (outlet: string): string => articleIdOf(report, outlet);

test('each outlet is named from its masthead line, the tabloid\'s "Daily Lantern" too', () => {
  assert.deepEqual(report.articles.map((article) => article.outlet).sort(), [
    'Daily Lantern',
    'Kestrel Courier',
    'Norvik Press Agency',
    'The Calder Times',
  ]);
});

test("the tabloid's changed word is an altered quote, and a partial quote does not extend the full one", () => {
  const hostage = report.quotes.find((group) => group.text.includes('hold the nation hostage'));
  assert.ok(hostage);
  assert.equal(hostage.speaker, 'Tomas Korrel');
  assert.ok(!hostage.text.includes('temporary and necessary'), hostage.text);
  const lantern = hostage.variants.find((variant) => variant.article === idOf('Daily Lantern'));
  assert.ok(lantern?.differences.includes('altered'));
  const calder = hostage.variants.find((variant) => variant.article === idOf('The Calder Times'));
  assert.deepEqual(calder?.differences, []);
});

test('labels show what each outlet calls each person, role-only speakers included', () => {
  const labels = (entity: string, outlet: string): string[] =>
    report.labels
      .find((entry) => entry.entity === entity)
      ?.byArticle.filter((row) => row.article === idOf(outlet))
      .flatMap((row) => row.labels.map((label) => label.text)) ?? [];
  assert.deepEqual(labels('Tomas Korrel', 'Daily Lantern'), ['Strongman', 'the 61-year-old president']);
  assert.deepEqual(labels('Tomas Korrel', 'Kestrel Courier'), ['the president']);
  assert.deepEqual(labels('Lena Marsh', 'Kestrel Courier'), ['The leader of the opposition']);
  assert.deepEqual(labels('Lena Marsh', 'Daily Lantern'), ['Firebrand opposition boss']);
});

test('credits name the agency and the paper that broke the story, never the outlet itself', () => {
  const credits = report.provenance.credits.map((credit) => [credit.article, credit.outlet]);
  assert.deepEqual(
    credits.sort(),
    [
      [idOf('Kestrel Courier'), 'Calder Times'],
      [idOf('The Calder Times'), 'Kestrel Courier'],
      [idOf('The Calder Times'), 'Norvik Press Agency'],
    ].sort(),
  );
});

test('the tabloid\'s "traitors" is the president\'s word as it reports it, not its own scare quote', () => {
  const lantern = report.loaded.find((entry) => entry.article === idOf('Daily Lantern'));
  const traitors = lantern?.spans.filter((span) => span.text.toLowerCase().includes('traitors')) ?? [];
  assert.ok(traitors.length > 0);
  assert.ok(
    traitors.every((span) => span.speaker !== undefined && span.speaker !== null),
    JSON.stringify(traitors),
  );
});

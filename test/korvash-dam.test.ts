/**
 * End to end on an invented two-outlet story (fixtures/stories/korvash-dam/): fighters of one group seize a dam,
 * and the outlets call the group differently, one "the extremist group" and "a banned militia", the other "the
 * Tarnish resistance movement" and "a separatist group of hill farmers". The labels section lists what each
 * outlet calls the group, and the loaded-language check flags the one outlet's judging word.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { StoryReport } from '../src/model/index.js';
import { renderReportPage } from '../src/server/index.js';
import { articleIdOf, fixtureStory } from './helpers/fixture-story.js';

let report: StoryReport;

before(async () => {
  report = await fixtureStory('korvash-dam');
});

const idOf = (outlet: string): string => articleIdOf(report, outlet);

test('the labels list, per outlet, what each calls the group', () => {
  const korvash = report.labels.find((entry) => entry.entity === 'Korvash');
  assert.ok(korvash, JSON.stringify(report.labels.map((entry) => entry.entity)));
  assert.equal(korvash.type, 'organization');
  const labelsOf = (outlet: string): string[] =>
    korvash.byArticle
      .filter((row) => row.article === idOf(outlet))
      .flatMap((row) => row.labels.map((label) => label.text));
  assert.deepEqual(labelsOf('Velm Observer'), ['the extremist group', 'a banned militia']);
  assert.deepEqual(labelsOf('Tarn Ledger'), [
    'The Tarnish resistance movement',
    'a separatist group of hill farmers',
  ]);
  // Each label cites the words it quotes.
  for (const row of korvash.byArticle) {
    const article = report.articles.find((candidate) => candidate.id === row.article);
    for (const label of row.labels) {
      const sentence = article?.sentences[label.citation.sentence] ?? '';
      assert.ok(sentence.includes(label.text), `${label.text} in ${sentence}`);
    }
  }
});

test("the one outlet's judging word is flagged as loaded, the other's wording is not", () => {
  const spansOf = (outlet: string): string[] =>
    report.loaded
      .filter((entry) => entry.article === idOf(outlet))
      .flatMap((entry) => entry.spans.map((span) => span.text));
  assert.ok(
    spansOf('Velm Observer').some((text) => /extremist/i.test(text)),
    JSON.stringify(report.loaded),
  );
  assert.ok(
    !spansOf('Tarn Ledger').some((text) => /resistance|separatist/i.test(text)),
    JSON.stringify(report.loaded),
  );
});

test("the story page's labels table shows what each outlet calls the group", () => {
  const page = renderReportPage(report);
  const table =
    /<th scope="rowgroup"[^>]*>Korvash<br><span class="tag">organization<\/span>[\s\S]*?<\/tbody>/.exec(
      page,
    )?.[0];
  assert.ok(table, 'a labels row group for Korvash');
  for (const text of ['the extremist group', 'a banned militia', 'The Tarnish resistance movement'])
    assert.ok(table.includes(`“${text}”`), text);
});

/**
 * End to end on an invented wildfire told over three days by five outlets (fixtures/stories/tallis-ridge-fire/):
 * a wire agency's first report on Friday, a local paper's Saturday morning update, a radio station's live blog
 * (HTML, timestamped entries under headings), a tabloid's Saturday night version that gets the day the fire
 * started wrong, and an evening paper's Sunday wrap-up. The plain-text files give their date and time in a
 * labelled header. The burned area grows from 850 to 3,400 hectares over the three days (an update, not a
 * dispute); the tabloid's damage bill of 60 million crowns stands against the evening paper's "as much as 40
 * million"; the fire chief is "Chief Fire Officer" in three outlets and "Fire Commissioner" in one.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Conflict, StoryReport } from '../src/model/index.js';
import { articleIdOf, fixtureStory } from './helpers/fixture-story.js';

/** The live blog's entry titles: headings of the page, not sentences of the story. */
const ENTRY_TITLES = [
  'First containment figure',
  'More evacuations',
  'Missing woman found',
  'Fire grows',
  "Fire chief: 'The wind is turning'",
  'Welcome',
];
let report: StoryReport;

before(async () => {
  report = await fixtureStory('tallis-ridge-fire');
});

const idOf = (outlet: string): string => articleIdOf(report, outlet);
const outletsOf = (ids: readonly string[]): string[] =>
  ids.map((id) => report.articles.find((article) => article.id === id)?.outlet ?? id).sort();
const sentenceText = (article: string, sentence: number): string =>
  report.articles.find((entry) => entry.id === article)?.sentences[sentence] ?? '';
const sidesOf = (conflict: Conflict | undefined): [string, string[]][] =>
  (conflict?.sides ?? []).map((side) => [side.value, outletsOf(side.articles)]);

test('the five articles keep the date and time their headers and page give', () => {
  assert.deepEqual(
    report.articles.map((article) => [article.outlet, article.published]),
    [
      ['Caldera News Agency', '2031-08-15T17:40:00Z'],
      ['Brenmoor Gazette', '2031-08-16T06:30:00Z'],
      ['Westvale Radio', '2031-08-16T08:00:00+00:00'],
      ['The Daily Flare', '2031-08-16T20:00:00Z'],
      ['Norrin Evening Post', '2031-08-17T19:30:00Z'],
    ],
  );
});

test('the burned area growing over three days is an update to 3,400 hectares, not a dispute', () => {
  const area = report.conflicts.find(
    (conflict) => conflict.about === 'how many hectares' && conflict.latest !== undefined,
  );
  assert.ok(area, JSON.stringify(report.conflicts));
  assert.deepEqual(outletsOf(area.sides[area.latest ?? -1]?.articles ?? []), ['Norrin Evening Post']);
  assert.ok(area.sides.some((side) => side.value === '850 hectares'));
  const texts = report.summary.map((sentence) => sentence.text);
  assert.ok(!texts.some((text) => text.startsWith('Reports differ on how many hectares')), texts.join('\n'));
  const first = texts.findIndex((text) => /\b850 hectares\b/.test(text));
  const latest = texts.findIndex((text) => /\b3,400 hectares\b/.test(text));
  assert.ok(first >= 0 && latest > first, texts.join('\n'));
  // Told in time order: after every sentence of the reports published before the evening paper's.
  const post = idOf('Norrin Evening Post');
  texts.forEach((text, index) => {
    const earlier = report.summary[index]?.citations.every((citation) => citation.article !== post);
    if (earlier && !text.startsWith('Reports differ')) assert.ok(index < latest, texts.join('\n'));
  });
  assert.doesNotMatch(report.headline.text, /\b850\b/);
});

test("the tabloid's damage bill stands against the evening paper's estimate", () => {
  const damage = report.conflicts.find((conflict) => conflict.about === 'how many crowns');
  assert.deepEqual(sidesOf(damage).sort(), [
    ['60 million crowns', ['The Daily Flare']],
    ['as much as 40 million crowns', ['Norrin Evening Post']],
  ]);
  assert.equal(damage?.latest, undefined);
});

test("the tabloid's Thursday and the fire chief's two titles are disagreements", () => {
  const day = report.conflicts.find((conflict) => conflict.kind === 'date');
  assert.deepEqual(
    sidesOf(day).map(([value, outlets]) => [
      value.toLowerCase().includes('thursday'),
      outlets.includes('The Daily Flare'),
    ]),
    [
      [false, false],
      [true, true],
    ],
  );
  const title = report.conflicts.find((conflict) => conflict.kind === 'title');
  assert.deepEqual(sidesOf(title).sort(), [
    ['Chief Fire Officer', ['Caldera News Agency', 'Norrin Evening Post', 'Westvale Radio']],
    ['Fire Commissioner', ['Brenmoor Gazette']],
  ]);
});

test("the live blog's entry titles are neither facts nor cited", () => {
  const facts = [...report.facts.shared, ...report.facts.unique];
  const cited = [...facts, ...report.summary, report.headline].flatMap((finding) =>
    finding.citations.map((citation) => sentenceText(citation.article, citation.sentence)),
  );
  for (const title of ENTRY_TITLES) {
    assert.ok(!facts.some((fact) => fact.text === title), title);
    assert.ok(!cited.includes(title), title);
  }
});

test('each summary sentence of its own cites only sentences that give the figures it states', () => {
  for (const sentence of report.summary) {
    if (sentence.text.startsWith('Reports differ')) continue;
    const figures = sentence.text.match(/\b\d{1,3}(?:,\d{3})+\b|\b\d+\b/g) ?? [];
    for (const citation of sentence.citations) {
      const cited = sentenceText(citation.article, citation.sentence);
      for (const figure of figures) assert.ok(cited.includes(figure), `${sentence.text} cites "${cited}"`);
    }
  }
});

test('"A woman reported missing" is no label of the fire chief; the credits name the outlets relied on', () => {
  const chief = report.labels.find((entry) => entry.entity === 'Mara Tollund');
  const post = chief?.byArticle.find((row) => row.article === idOf('Norrin Evening Post'));
  assert.deepEqual(
    post?.labels.map((label) => label.text),
    ['Chief Fire Officer'],
  );
  assert.deepEqual(
    report.provenance.credits.map((credit) => [outletsOf([credit.article])[0], credit.outlet]).sort(),
    [
      ['Norrin Evening Post', 'Westvale Radio'],
      ['Westvale Radio', 'Brenmoor Gazette'],
    ],
  );
});

/**
 * End to end on an invented resignation told by five invented outlets (fixtures/stories/arveld-resignation/): a
 * wire agency's report and a paper's reprint of it under its own masthead and headline, the local paper that
 * first revealed the missing money (and alone reports the police inquiry), a radio station that credits it, and a
 * tabloid that trims the governor's quote, credits the local paper and calls her "Disgraced governor". The outlets
 * disagree on the day she resigned (Monday or Tuesday) and on the sum missing ($3.2 million or $4.1 million).
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { balancesQuotes } from '../src/language/index.js';
import type { StoryReport } from '../src/model/index.js';
import { articleIdOf, fixtureStory } from './helpers/fixture-story.js';

let report: StoryReport;

before(async () => {
  report = await fixtureStory('arveld-resignation');
});

const idOf = (outlet: string): string => articleIdOf(report, outlet);

test("the paper's reprint of the wire is the paper's, marked a copy of the wire, and credits the agency", () => {
  assert.deepEqual(report.articles.map((article) => article.outlet).sort(), [
    'Brenholt Press Agency',
    'Daily Gong',
    'Radio Eskmouth News',
    'Tollbridge Gazette',
    'Weir Valley Echo',
  ]);
  const gazette = report.articles.find((article) => article.outlet === 'Tollbridge Gazette');
  assert.equal(gazette?.copyOf, idOf('Brenholt Press Agency'));
  assert.equal(report.coverage.independentSources, 4);
  assert.ok(
    report.provenance.credits.some(
      (credit) => credit.article === idOf('Tollbridge Gazette') && credit.outlet === 'Brenholt Press Agency',
    ),
    JSON.stringify(report.provenance.credits),
  );
});

test('the tabloid and the radio credit the local paper, which is the likely original source', () => {
  const crediting = report.provenance.credits
    .filter((credit) => credit.outlet === 'Weir Valley Echo')
    .map((credit) => credit.article)
    .sort();
  assert.deepEqual(crediting, [idOf('Daily Gong'), idOf('Radio Eskmouth News')].sort());
  assert.ok(
    report.provenance.originalSources.some((source) => source.outlet === 'Weir Valley Echo'),
    JSON.stringify(report.provenance.originalSources),
  );
});

test('the day is a dispute, told in the summary, and the lead states only what every cited outlet tells', () => {
  const day = report.conflicts.find((conflict) => conflict.kind === 'date');
  assert.deepEqual(day?.sides.map((side) => side.value).sort(), ['on Monday', 'on Tuesday']);
  // The tabloid's "quit last night", in its paper of Wednesday, is on the Tuesday side.
  const tuesday = day?.sides.find((side) => side.value === 'on Tuesday');
  assert.ok(tuesday?.articles.includes(idOf('Daily Gong')), JSON.stringify(day));
  const [lead] = report.summary;
  assert.ok(lead !== undefined);
  assert.match(lead.text, /^Tamsin Arveld (?:has )?resigned as governor/);
  // Why she went is a main point of every telling; the lead carries it, in a wording with no figure in dispute.
  assert.match(lead.text, /missing from the flood relief fund/);
  assert.ok(new Set(lead.citations.map((citation) => citation.article)).size >= 3, JSON.stringify(lead));
  // "hours before the assembly was due to debate a motion of no confidence" is the local paper's alone.
  assert.doesNotMatch(lead.text, /no confidence|on (?:Monday|Tuesday)/);
  assert.ok(report.summary.some((sentence) => /^Reports differ on the day/.test(sentence.text)));
  // A disputed sum is never stated as settled: a figure stands only in the sentence that reports the dispute.
  for (const sentence of report.summary)
    if (!/^Reports differ on the amount/.test(sentence.text))
      assert.doesNotMatch(sentence.text, /\$\d/, sentence.text);
});

test('the sum missing is a dispute between the local paper and the wire, though their sentences are not aligned', () => {
  const sum = report.conflicts.find((conflict) => conflict.about === 'how many dollars');
  assert.deepEqual(sum?.sides.map((side) => side.value).sort(), ['$3.2 million', '$4.1 million']);
  const echo = sum?.sides.find((side) => side.value === '$4.1 million');
  // The radio relays the local paper's figure: it is no second side for it.
  assert.deepEqual(echo?.articles, [idOf('Weir Valley Echo')]);
});

test("the tabloid's trim of the governor's quote is shown, with its labels for her and its loaded words", () => {
  const quote = report.quotes.find((entry) => entry.speaker === 'Tamsin Arveld');
  const gong = quote?.variants.find((variant) => variant.article === idOf('Daily Gong'));
  assert.deepEqual(gong?.differences, ['trimmed']);
  // "The shamed penny-pincher, 54, ... grovelled": the tabloid's name for her is its label, not a speaker.
  assert.equal(gong?.speaker, 'Tamsin Arveld');
  const labels = report.labels
    .find((entry) => entry.entity === 'Tamsin Arveld')
    ?.byArticle.find((row) => row.article === idOf('Daily Gong'))
    ?.labels.map((label) => label.text);
  assert.ok(labels?.includes('Disgraced governor'), JSON.stringify(labels));
  assert.ok(labels?.includes('The shamed penny-pincher'), JSON.stringify(labels));
  const loaded = report.loaded.find((entry) => entry.article === idOf('Daily Gong'));
  assert.ok(loaded?.spans.some((span) => span.text === 'Disgraced' && span.speaker === undefined));
});

test("the police inquiry is the local paper's alone", () => {
  const inquiry = report.facts.unique.find((fact) => /fraud inquiry/.test(fact.text));
  assert.deepEqual(inquiry?.articles, [idOf('Weir Valley Echo')]);
});

test("the radio's relay of the local paper's report is not a second source for it", () => {
  const relayed = [...report.facts.shared, ...report.facts.unique].find((fact) =>
    fact.citations.some(
      (citation) => citation.article === idOf('Radio Eskmouth News') && citation.sentence === 3,
    ),
  );
  assert.ok(relayed?.articles.includes(idOf('Weir Valley Echo')), JSON.stringify(relayed));
  assert.equal(relayed?.sources, 1);
});

test("no fact is shown with a quotation mark the sentence splitter left open ('said: \"We got nothing.')", () => {
  for (const fact of [...report.facts.shared, ...report.facts.unique])
    assert.ok(balancesQuotes(fact.text), fact.text);
});

/**
 * End to end on an invented data breach told six ways (fixtures/stories/medlark-breach/): a technology blog's page
 * that broke it ("more than 3 million" records, with an update note at the top giving the firm's 2.3 million), the
 * firm's statement as a newsroom feed item (with its "About" note), a wire agency's JSONL record and a regional
 * paper's edited reprint of it, a national paper's plain text crediting the blog and the wire (with a photo
 * caption, share links and a newsletter pitch), and a tabloid that says "about two million", dates the discovery
 * a week early and calls the chief executive "embattled boss".
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { StoryReport } from '../src/model/index.js';
import { articleIdOf, fixtureStory } from './helpers/fixture-story.js';

let report: StoryReport;

before(async () => {
  report = await fixtureStory('medlark-breach');
});

const idOf = (outlet: string): string => articleIdOf(report, outlet);
const outletsOf = (ids: readonly string[]): string[] =>
  ids.map((id) => report.articles.find((article) => article.id === id)?.outlet ?? id).sort();

test('the six tellings are one story, the regional paper a copy of the wire', () => {
  assert.deepEqual(report.articles.map((article) => article.outlet).sort(), [
    'Daily Clang',
    'Harbourline',
    'Medlark Systems',
    'Orlen Valley Post',
    'Packetwatch',
    'The Northgate Standard',
  ]);
  assert.deepEqual(
    report.provenance.copies.map((copy) => [copy.article, copy.copyOf]),
    [[idOf('Orlen Valley Post'), idOf('Harbourline')]],
  );
});

test('the blog named by what it is ("the technology site Packetwatch") is credited as the one that broke it', () => {
  const credited = (outlet: string): string[] =>
    outletsOf(
      report.provenance.credits.filter((credit) => credit.outlet === outlet).map((credit) => credit.article),
    );
  assert.deepEqual(credited('Packetwatch'), ['Daily Clang', 'Harbourline', 'The Northgate Standard']);
  assert.deepEqual(credited('Harbourline'), ['The Northgate Standard']);
  const original = report.provenance.originalSources.find((source) => source.outlet === 'Packetwatch');
  assert.ok(original?.firstReported, JSON.stringify(report.provenance.originalSources));
  assert.deepEqual(outletsOf(original.firstReported.map((citation) => citation.article)), [
    'Harbourline',
    'The Northgate Standard',
  ]);
});

test("the record count: the blog's revised 'more than 3 million' is no side, 2.3 million and its estimate are one", () => {
  const records = report.conflicts.filter((conflict) => conflict.about === 'how many records');
  assert.equal(records.length, 1, JSON.stringify(records));
  const sides = records[0]?.sides ?? [];
  assert.ok(!sides.some((side) => /more than 3 million/.test(side.value)), JSON.stringify(sides));
  const official = sides.filter((side) => /2\.3 million/.test(side.value));
  assert.equal(official.length, 1, JSON.stringify(sides));
  assert.deepEqual(outletsOf(official[0]?.articles ?? []), [
    'Harbourline',
    'Medlark Systems',
    'Orlen Valley Post',
    'Packetwatch',
  ]);
  const tabloid = sides.find((side) => side !== official[0]);
  assert.deepEqual(outletsOf(tabloid?.articles ?? []), ['Daily Clang']);
});

test("the tabloid's discovery day (February 12, 'the hack') stands against February 19 ('the breach')", () => {
  const dates = report.conflicts.filter((conflict) => conflict.kind === 'date');
  assert.equal(dates.length, 1, JSON.stringify(dates));
  const early = dates[0]?.sides.find((side) => side.value === 'February 12');
  assert.deepEqual(outletsOf(early?.articles ?? []), ['Daily Clang']);
  const late = dates[0]?.sides.find((side) => side !== early);
  assert.ok(outletsOf(late?.articles ?? []).includes('Harbourline'), JSON.stringify(late));
  // The share price in the morning (down 14 percent) and at the close (down 9 percent), the records and the
  // patients they belong to, and the day the blog warned the firm are no disputes.
  assert.deepEqual(report.conflicts.map((conflict) => conflict.kind).sort(), ['date', 'number']);
});

test("the firm's 'About' note is no fact, nor its update label an opening", () => {
  const texts = [...report.facts.shared, ...report.facts.unique].map((fact) => fact.text);
  assert.ok(
    !texts.some((text) => /^About Medlark|provides patient record and appointment software/.test(text)),
  );
  assert.ok(report.summary.length > 0);
  for (const sentence of report.summary) {
    assert.ok(!/^Update\b/.test(sentence.text), sentence.text);
    assert.ok(sentence.citations.length > 0, sentence.text);
  }
});

test('the chief executive, the researcher and their labels', () => {
  const labelsOf = (entity: string, outlet: string): string[] =>
    report.labels
      .find((entry) => entry.entity === entity)
      ?.byArticle.find((row) => row.article === idOf(outlet))
      ?.labels.map((label) => label.text) ?? [];
  assert.deepEqual(labelsOf('Anneliese Dorn', 'Medlark Systems'), [
    'Chief Executive Officer of Medlark Systems',
  ]);
  assert.deepEqual(labelsOf('Anneliese Dorn', 'Harbourline'), ['chief executive']);
  assert.deepEqual(labelsOf('Anneliese Dorn', 'Daily Clang'), ['Embattled boss']);
  assert.deepEqual(labelsOf('Ilse Varga', 'Packetwatch'), ['Security researcher']);
});

test("the quotes keep their speakers, the national paper's trims and its naming of the commissioner", () => {
  const group = (start: string) => report.quotes.find((entry) => entry.text.startsWith(start));
  const sorry = group('We take the security');
  assert.equal(sorry?.speaker, 'Anneliese Dorn');
  const standard = sorry?.variants.find((variant) => variant.article === idOf('The Northgate Standard'));
  assert.ok(standard?.differences.includes('trimmed'), JSON.stringify(standard));
  assert.equal(group('The database was sitting')?.speaker, 'Ilse Varga');
  const commission = group('Health data is among');
  assert.equal(commission?.speaker, 'Data Rights Commission');
  const named = commission?.variants.find((variant) => variant.article === idOf('The Northgate Standard'));
  assert.equal(named?.speaker, 'Rafael Okonjo');
  assert.ok(named?.differences.includes('speaker'));
});

test("the tabloid's loaded words are its own; the boss's apology it quotes is hers", () => {
  const tabloid = report.loaded.find((entry) => entry.article === idOf('Daily Clang'));
  const own = tabloid?.spans
    .filter((span) => span.speaker === undefined)
    .map((span) => span.text.toLowerCase());
  for (const word of ['shambolic', 'bungling', 'embattled', 'grovelled'])
    assert.ok(own?.includes(word), `${word}: ${own?.join(', ')}`);
  const quoted = tabloid?.spans.filter((span) => span.speaker !== undefined);
  assert.ok(quoted?.length, 'the apology is quoted');
  for (const span of quoted ?? []) assert.equal(span.speaker, 'Anneliese Dorn');
  assert.deepEqual(
    tabloid?.headline?.map((span) => span.text),
    ['BUNGLING'],
  );
  const wire = report.loaded.find((entry) => entry.article === idOf('Harbourline'));
  assert.deepEqual(
    wire?.spans.filter((span) => span.speaker === undefined),
    [],
  );
});

test('the theft of the records leads the summary and the headline, not the researcher who found them for sale', () => {
  assert.match(report.summary[0]?.text ?? '', /hackers had stolen patient records/);
  assert.match(report.headline.text, /stolen patient records/i);
  assert.doesNotMatch(report.headline.text, /security researcher/i);
});

test('the shared facts are worded from the current figure, say who they are about, and carry no update label', () => {
  const theft = report.facts.shared.find((fact) =>
    fact.citations.some((citation) => citation.article === idOf('Harbourline') && citation.sentence === 0),
  );
  assert.ok(theft);
  assert.doesNotMatch(theft.text, /more than 3 million/);
  assert.match(theft.text, /2\.3 million/);
  assert.ok(theft.citations.some((citation) => citation.article === idOf('Packetwatch')));
  for (const fact of [...report.facts.shared, ...report.facts.unique]) {
    assert.doesNotMatch(fact.text, /^Update\b/, fact.text);
    assert.doesNotMatch(fact.text, /^The sample she\b/, fact.text);
  }
});

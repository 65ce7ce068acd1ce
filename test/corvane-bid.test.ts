/**
 * End to end on an invented takeover bid told five ways (fixtures/stories/corvane-bid/): the bidder's press
 * release (with its "About" boilerplate), a wire agency's JSONL record, a regional paper's edited reprint of the
 * wire with a local angle, a financial paper's page (euro sums with a dollar conversion, the premium to two
 * different reference prices, a past tally of the chief executive's job cuts) and a tabloid's plain text that
 * turns "about 1,200 jobs" into "up to 1,500 workers face the chop" and calls the chief executive "the cost-cutting
 * boss". The regulator's statement is given to "the authority".
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { factConflictNote, type StoryReport } from '../src/model/index.js';
import { articleIdOf, fixtureStory } from './helpers/fixture-story.js';

let report: StoryReport;

before(async () => {
  report = await fixtureStory('corvane-bid');
});

const idOf = (outlet: string): string => articleIdOf(report, outlet);
const outletsOf = (ids: readonly string[]): string[] =>
  ids.map((id) => report.articles.find((article) => article.id === id)?.outlet ?? id).sort();

test('the five tellings are one story, the press release published by its issuer', () => {
  assert.deepEqual(report.articles.map((article) => article.outlet).sort(), [
    'Amberline Wire',
    'Corvane Foods',
    'Daily Rattle',
    'Tessford Examiner',
    'The Marketgate Journal',
  ]);
});

test("the tabloid's 'up to 1,500 workers' stands against everyone else's 1,200 jobs, and nothing else does", () => {
  const jobs = report.conflicts.find((conflict) => conflict.about === 'how many jobs');
  assert.ok(jobs, JSON.stringify(report.conflicts));
  const tabloid = jobs.sides.find((side) => side.articles.includes(idOf('Daily Rattle')));
  assert.match(tabloid?.value ?? '', /^Up to 1,500 workers$/);
  const others = jobs.sides.find((side) => side !== tabloid);
  assert.match(others?.value ?? '', /1,200/);
  for (const outlet of ['Amberline Wire', 'Tessford Examiner', 'The Marketgate Journal'])
    assert.ok(outletsOf(others?.articles ?? []).includes(outlet), outlet);
  // The chief executive's 3,000 job cuts since 2022 are another count; a premium to Friday's close (38 percent)
  // and to the three-month average (45 percent), and the share price in the morning and at the close, are not
  // disputes either.
  assert.deepEqual(
    report.conflicts.map((conflict) => conflict.about),
    ['how many jobs'],
  );
  assert.ok(report.summary.some((sentence) => /^Reports differ on how many jobs/.test(sentence.text)));
  // The facts whose tellings all give 1,200 do not read as disagreeing among themselves. (The release's "1,200
  // roles" is told by the financial paper alone among the outlets: one source, no longer a shared fact.)
  const roles = [...report.facts.shared, ...report.facts.unique].find((fact) =>
    fact.text.includes('1,200 roles'),
  );
  assert.ok(roles);
  assert.equal(factConflictNote(roles, report.conflicts), '');
});

test('"The Corvane chief" is no label of the union leader; the chief executive keeps his labels', () => {
  const union = report.labels.find((entry) => entry.entity === 'Teodor Brisk');
  const unionLabels = union?.byArticle.flatMap((row) => row.labels.map((label) => label.text)) ?? [];
  assert.ok(!unionLabels.some((label) => /Corvane/.test(label)), unionLabels.join(', '));
  const boss = report.labels.find((entry) => entry.entity === 'Idris Halloway');
  const tabloid = boss?.byArticle.find((row) => row.article === idOf('Daily Rattle'));
  assert.deepEqual(
    tabloid?.labels.map((label) => label.text),
    ['cost-cutting boss'],
  );
});

test("the regulator's statement is the authority's, and the target's answer names the target", () => {
  const statement = report.quotes.find((group) => group.text.includes('prices dairy farmers are paid'));
  assert.equal(statement?.speaker, 'Northmarch Competition Authority');
  const board = report.facts.shared.find((fact) => fact.text.includes('considering the proposal'));
  assert.match(board?.text ?? '', /^Pellmark said/);
  assert.ok(!report.summary.some((sentence) => /^The company\b/.test(sentence.text)));
});

test("the quotes keep their speakers and the tabloid's trim", () => {
  const speakerOf = (start: string): string | null | undefined =>
    report.quotes.find((group) => group.text.startsWith(start))?.speaker;
  assert.equal(speakerOf('These are not savings'), 'Teodor Brisk');
  assert.equal(speakerOf('The bigger hurdle'), 'Selma Whitcombe');
  assert.equal(speakerOf('We will protect the brands'), 'Idris Halloway');
  const brands = report.quotes.find((group) => group.text.startsWith('We will protect the brands'));
  const tabloid = brands?.variants.find((variant) => variant.article === idOf('Daily Rattle'));
  assert.ok(tabloid?.differences.includes('trimmed'), JSON.stringify(tabloid?.differences));
});

test("the regional paper's reprint credits the wire in its byline and counts with the wire, not as a source of its own", () => {
  const reprint = idOf('Tessford Examiner');
  const wire = idOf('Amberline Wire');
  const credit = report.provenance.credits.find((item) => item.article === reprint);
  assert.ok(credit !== undefined && 'byline' in credit, JSON.stringify(report.provenance.credits));
  assert.equal(credit.outlet, 'Amberline Wire');
  const shown = report.articles.find((article) => article.id === reprint);
  assert.equal(shown?.byline?.slice(credit.byline.start, credit.byline.end), 'Amberline Wire');
  assert.equal(shown?.reprintOf, wire);
  // The wire (with its reprint), the financial paper and the tabloid; the press release is counted apart.
  assert.equal(report.coverage.independentSources, 3);
  assert.equal(report.coverage.pressReleases, 1);
});

test('the press release is marked as one and corroborates no fact on its own', () => {
  const release = idOf('Corvane Foods');
  assert.equal(report.articles.find((article) => article.id === release)?.pressRelease, true);
  // The premium is told by the release, the wire (with its reprint) and the financial paper: two sources.
  const premium = report.facts.shared.find((fact) => fact.text.includes('38 percent premium'));
  assert.ok(premium, JSON.stringify(report.facts.shared.map((fact) => fact.text)));
  assert.ok(premium.articles.includes(release), JSON.stringify(premium));
  assert.equal(premium.sources, 2);
  // What only the release says is reported by no outlet.
  const sales = report.facts.unique.find((fact) => fact.text.includes('annual sales'));
  assert.ok(sales, JSON.stringify(report.facts.unique.map((fact) => fact.text)));
  assert.deepEqual(sales.articles, [release]);
  assert.equal(sales.sources, 0);
});

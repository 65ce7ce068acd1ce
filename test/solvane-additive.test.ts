/**
 * End to end on an invented health study told four ways (fixtures/stories/solvane-additive/): a university's
 * press release, a science desk's page, a wire item that credits the journal, and a tabloid that turns a
 * 20 percent relative rise into "doubles your risk" and drops the "not" from the lead author's quote. The
 * science desk quotes an outside expert with "he said" right after the lead author's quote.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { StoryReport } from '../src/model/index.js';
import { articleIdOf, fixtureStory } from './helpers/fixture-story.js';
import { repoRoot } from './helpers/repo-root.js';

let report: StoryReport;

before(async () => {
  report = await fixtureStory('solvane-additive');
});

const idOf = (outlet: string): string => articleIdOf(report, outlet);

test("the outside expert's caution is his, not the lead author's", () => {
  const caution = report.quotes.find((group) => group.text.includes('not for alarm'));
  assert.equal(caution?.speaker, 'Ruben Ashgrove');
  const link = report.quotes.find((group) => group.text.includes('do not prove cause and effect'));
  assert.equal(link?.speaker, 'Anouk Telford');
});

test("the tabloid's version of the author's quote, with its 'not' dropped, is marked reversed", () => {
  const cupboards = report.quotes.find((group) => group.text.includes('empty their cupboards'));
  const tabloid = cupboards?.variants.find((variant) => variant.article === idOf('Daily Blaze'));
  assert.ok(tabloid?.differences.includes('reversed'), JSON.stringify(tabloid?.differences));
});

test('"doubles your risk" conflicts with the study\'s 20 percent rise, and the summary keeps both sides', () => {
  const risk = report.conflicts.find((conflict) => conflict.about.includes('risk of bowel cancer'));
  assert.ok(risk, JSON.stringify(report.conflicts));
  const blaze = risk.sides.find((side) => side.articles.includes(idOf('Daily Blaze')));
  assert.match(blaze?.value ?? '', /doubles/);
  const others = risk.sides.find((side) => side !== blaze);
  assert.ok(others?.articles.includes(idOf('Meridian Review')));
  assert.ok(others?.articles.includes(idOf('Northgate Press Wire')));
  // The hedge stays a hedge: the lead sentence says "may have", and no summary sentence states "doubles" as fact.
  assert.match(report.summary[0]?.text ?? '', /may have a higher risk/);
  for (const sentence of report.summary)
    assert.ok(!/doubles/.test(sentence.text) || /differ/.test(sentence.text), sentence.text);
});

test('the press release is named by its issuer and as the source of the wording the others reuse', () => {
  const release = idOf('Halden University');
  assert.ok(!release.startsWith('no article'), JSON.stringify(report.articles.map((a) => a.outlet)));
  const origin = report.provenance.originalSources.find((source) => source.pressRelease === release);
  assert.equal(origin?.outlet, 'Halden University');
  assert.ok(origin.articles.includes(idOf('Meridian Review')), JSON.stringify(origin));
  assert.ok(origin.articles.includes(idOf('Northgate Press Wire')), JSON.stringify(origin));
});

test('"according to a study published in" and "reported in" the journal credit the journal', () => {
  const journal = 'Northmarch Journal of Nutrition';
  const creditors = report.provenance.credits
    .filter((credit) => credit.outlet === journal)
    .map((credit) => credit.article);
  for (const outlet of ['Northgate Press Wire', 'Meridian Review', 'Halden University'])
    assert.ok(creditors.includes(idOf(outlet)), outlet);
  assert.ok(report.provenance.originalSources.some((source) => source.outlet === journal));
});

test("the tabloid's loaded words are flagged: its headline's 'CANCER FEAR', 'bombshell study', 'killer chemical'", () => {
  const blaze = report.loaded.find((entry) => entry.article === idOf('Daily Blaze'));
  const flagged = (blaze?.spans ?? []).map((span) => span.text);
  const headline = (blaze?.headline ?? []).map((span) => span.text);
  assert.ok(flagged.includes('bombshell'), flagged.join(', '));
  assert.ok(flagged.includes('killer'), flagged.join(', '));
  assert.ok(headline.includes('FEAR'), headline.join(', '));
});

test("the tabloid's study of 4,820 people conflicts with the 48,200 adults the study followed", () => {
  const sample = report.conflicts.find((conflict) => conflict.about.includes('study followed'));
  assert.ok(sample, JSON.stringify(report.conflicts));
  const blaze = sample.sides.find((side) => side.articles.includes(idOf('Daily Blaze')));
  assert.match(blaze?.value ?? '', /4,820/);
  const others = sample.sides.find((side) => side !== blaze);
  assert.match(others?.value ?? '', /48,200/);
  assert.ok(others?.articles.includes(idOf('Meridian Review')));
});

test("the story's headline states the study's finding, not its caveat", () => {
  assert.match(report.headline.text, /higher risk of bowel cancer/u);
  assert.doesNotMatch(report.headline.text, /cannot show|observational/u);
});

test("the tabloid's '20 percent chance' is the study's relative rise read as an absolute chance", () => {
  const reading = report.conflicts.find((conflict) => /relative/u.test(conflict.about));
  assert.ok(reading, JSON.stringify(report.conflicts.map((conflict) => conflict.about)));
  assert.match(reading.about, /absolute/u);
  const blaze = reading.sides.find((side) => side.articles.includes(idOf('Daily Blaze')));
  assert.match(blaze?.value ?? '', /20 percent chance/u);
  assert.equal(blaze?.citations[0]?.sentence, 1);
  const study = reading.sides.find((side) => side !== blaze);
  assert.match(study?.value ?? '', /20 percent higher/u);
  assert.ok(study?.articles.includes(idOf('Halden University')));
  assert.ok(!study?.articles.includes(idOf('Daily Blaze')));
});

test("the outside expert's role is his label: 'an epidemiologist at the Corran Institute ...'", () => {
  const ashgrove = report.labels.find((entry) => entry.entity === 'Ruben Ashgrove');
  const labels = (ashgrove?.byArticle ?? []).flatMap((entry) => entry.labels.map((label) => label.text));
  assert.ok(
    labels.some((label) => label.startsWith('an epidemiologist')),
    JSON.stringify(labels),
  );
});

test('the report, with its reversed-quote conflict, follows schema/report.schema.json', () => {
  assert.ok(report.conflicts.some((conflict) => conflict.kind === 'quote'));
  const schema = JSON.parse(readFileSync(join(repoRoot(), 'schema', 'report.schema.json'), 'utf8')) as object;
  const validate = new Ajv2020({ strict: false }).compile(schema);
  assert.ok(validate(report), JSON.stringify(validate.errors));
});

/**
 * End to end on three invented plain-text articles (fixtures/stories/nurses-strike/): each gives its outlet only
 * as a masthead line under the headline (Tidewater Herald, Coastal Press, Northwind Daily). The outlets must be
 * read, so that the Coastal Press's "told the Coastal Press" is not a credit of another outlet, the count dispute
 * names the two outlets on one side, and a quotation over two paragraphs stays one quote. The summary leads
 * with the walkout, not with the closing aside of the article listed first that compare aligned with the leads.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { runAnalysis } from '../src/analyze.js';
import { readInputs } from '../src/ingest/index.js';
import type { StoryReport } from '../src/model/index.js';
import { repoRoot } from './helpers/repo-root.js';

const FOLDER = join(repoRoot(), 'fixtures', 'stories', 'nurses-strike');
let report: StoryReport;

before(async () => {
  const { reports } = await runAnalysis(readInputs([FOLDER]));
  assert.equal(reports.length, 1, 'one story');
  report = reports[0] as StoryReport;
});

const outletOf = (id: string): string | undefined =>
  report.articles.find((article) => article.id === id)?.outlet;

test('each article’s outlet is its masthead line, which is not body text', () => {
  assert.deepEqual(report.articles.map((article) => article.outlet).sort(), [
    'Coastal Press',
    'Northwind Daily',
    'Tidewater Herald',
  ]);
  for (const article of report.articles)
    assert.ok(
      article.sentences.every((sentence) => !sentence.trim().startsWith(article.outlet ?? '\u0000')),
      `${article.outlet}: the masthead line is not a sentence of the body`,
    );
});

test('an outlet naming itself is no credit; another outlet crediting it is', () => {
  const credits = report.provenance.credits.map((credit) => [outletOf(credit.article), credit.outlet]);
  assert.deepEqual(credits, [['Tidewater Herald', 'Coastal Press']]);
});

test('the count dispute names both outlets on the side they share', () => {
  const nurses = report.summary.find((sentence) =>
    sentence.text.startsWith('Reports differ on how many nurses'),
  );
  assert.ok(nurses, report.summary.map((sentence) => sentence.text).join('\n'));
  assert.match(
    nurses.text,
    /1,200 nurses \((?:Northwind Daily and Tidewater Herald|Tidewater Herald and Northwind Daily)\)/,
  );
  assert.match(nurses.text, /around 1,500 nurses \(Coastal Press\)/);
});

test('a quotation over two paragraphs is one quote with every paragraph', () => {
  const quiroga = report.quotes.find((group) => group.speaker === 'Marta Quiroga');
  assert.ok(quiroga);
  const coastal = quiroga.variants.find((variant) => outletOf(variant.article) === 'Coastal Press');
  assert.ok(coastal);
  assert.match(coastal.text, /pain relief/);
  assert.match(coastal.text, /left us no choice/);
});

test('the summary and headline lead with the walkout two outlets open with, not a one-line aside that closes the third', () => {
  const first = report.summary[0];
  assert.ok(first);
  assert.match(first.text, /nurses/i, first.text);
  assert.match(report.headline.text, /nurses|strike|walk/i, report.headline.text);
  const cited = first.citations[0];
  const own = report.articles.find((article) => article.id === cited?.article);
  assert.equal(cited?.sentence, 0, `the wording is a lead, not ${own?.sentences[cited?.sentence ?? 0]}`);
});

/**
 * End to end on two invented flood stories. In fixtures/stories/disputed-displacement.jsonl the Sorvik Herald has
 * the Almar flood force "about 1,500 residents from their homes", Northmere Times has "About 1,500 residents left
 * their homes", and Almar Valley Radio has "Some 2,800 people fled": one displacement told with other verbs and
 * nouns, so the outlets disagree, and the summary must state neither figure as settled. In
 * fixtures/stories/flood-toll-update.jsonl a day-later report says the toll "has risen to seven" after "Four
 * people have died": compare sees two figures, but the summary does not report a dispute.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { runAnalysis } from '../src/analyze.js';
import { readInputs } from '../src/ingest/index.js';
import type { StoryReport } from '../src/model/index.js';
import { repoRoot } from './helpers/repo-root.js';

async function analyzeOne(name: string): Promise<StoryReport> {
  const { reports } = await runAnalysis(readInputs([join(repoRoot(), 'fixtures', 'stories', name)]));
  assert.equal(reports.length, 1, `${name}: one story`);
  return reports[0] as StoryReport;
}

function outletsOf(report: StoryReport, articles: readonly string[]): string[] {
  return articles.map((id) => report.articles.find((article) => article.id === id)?.outlet ?? id).sort();
}

describe('one displacement told with other verbs and nouns', () => {
  let report: StoryReport;
  before(async () => {
    report = await analyzeOne('disputed-displacement.jsonl');
  });

  test('"forced ... from their homes" and "left their homes" stand against "fled"', () => {
    const numbers = report.conflicts.filter((conflict) => conflict.kind === 'number');
    assert.equal(numbers.length, 1, JSON.stringify(numbers));
    const sides = (numbers[0]?.sides ?? []).map((side) => [side.value, outletsOf(report, side.articles)]);
    assert.deepEqual(
      sides.sort(),
      [
        ['Some 2,800 people', ['Almar Valley Radio']],
        ['about 1,500 residents', ['Northmere Times', 'Sorvik Herald']],
      ].sort(),
    );
  });

  test('the headline and the summary state neither figure; one sentence gives both', () => {
    const figure = /\b(?:1,500|2,800)\b/;
    assert.ok(!figure.test(report.headline.text), report.headline.text);
    const dispute = report.summary.filter((sentence) =>
      sentence.text.startsWith('Reports differ on how many people:'),
    );
    assert.equal(dispute.length, 1, JSON.stringify(report.summary));
    assert.match(
      dispute[0]?.text ?? '',
      /about 1,500 residents \((?:Sorvik Herald and Northmere Times|Northmere Times and Sorvik Herald)\)/,
    );
    assert.match(dispute[0]?.text ?? '', /some 2,800 people \(Almar Valley Radio\)/);
    for (const sentence of report.summary) {
      if (sentence === dispute[0]) continue;
      assert.ok(!figure.test(sentence.text), sentence.text);
    }
  });
});

describe('a death toll that rose between two days', () => {
  test('is an update, not a dispute', async () => {
    const report = await analyzeOne('flood-toll-update.jsonl');
    const numbers = report.conflicts.filter((conflict) => conflict.kind === 'number');
    assert.equal(numbers.length, 1, 'compare sees the two figures');
    const dispute = report.summary.filter((sentence) => sentence.text.startsWith('Reports differ'));
    assert.deepEqual(dispute, []);
  });

  test('the headline states the latest toll, not the earlier one', async () => {
    const report = await analyzeOne('flood-toll-update.jsonl');
    assert.doesNotMatch(report.headline.text, /\bfour\b/i, report.headline.text);
    assert.match(report.headline.text, /\bseven\b/, report.headline.text);
  });

  test('tells the earlier figure citing only the report that gives it, then the later one citing its report', async () => {
    const report = await analyzeOne('flood-toll-update.jsonl');
    const outletOf = (id: string) => report.articles.find((article) => article.id === id)?.outlet;
    const texts = report.summary.map((sentence) => sentence.text);
    const four = report.summary.findIndex((sentence) => /\bFour people have died\b/i.test(sentence.text));
    const seven = report.summary.findIndex((sentence) => /\bseven\b/.test(sentence.text));
    assert.ok(four >= 0 && seven > four, texts.join('\n'));
    assert.deepEqual(
      [...new Set(report.summary[four]?.citations.map((citation) => outletOf(citation.article)))],
      ['Sorvik Herald'],
    );
    assert.deepEqual(
      [...new Set(report.summary[seven]?.citations.map((citation) => outletOf(citation.article)))],
      ['Northmere Times'],
    );
  });
});

/**
 * End to end on an invented three-outlet story (fixtures/stories/disputed-count.jsonl): the Tarnby Courier and
 * Lenn Valley Radio say 9 corroded cables, the Fenmouth Post says twelve, and Lenn Valley Radio also credits the
 * Post's figure to the Post. The report lists both outlets on the side of 9, and neither the headline nor any
 * sentence of the summary states a figure as settled; the dispute sentence gives every side.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { runAnalysis } from '../src/analyze.js';
import { readInputs } from '../src/ingest/index.js';
import type { StoryReport } from '../src/model/index.js';
import { repoRoot } from './helpers/repo-root.js';

const FIXTURE = join(repoRoot(), 'fixtures', 'stories', 'disputed-count.jsonl');
let report: StoryReport;

before(async () => {
  const { reports } = await runAnalysis(readInputs([FIXTURE]));
  assert.equal(reports.length, 1, 'one story');
  report = reports[0] as StoryReport;
});

function outletsOf(articles: readonly string[]): string[] {
  return articles.map((id) => report.articles.find((article) => article.id === id)?.outlet ?? id).sort();
}

test('the count conflict lists every outlet on each side, the crediting one only on its own side', () => {
  const numbers = report.conflicts.filter((conflict) => conflict.kind === 'number');
  assert.equal(numbers.length, 1);
  const sides = (numbers[0]?.sides ?? []).map((side) => [side.value, outletsOf(side.articles)]);
  assert.deepEqual(
    sides.sort(),
    [
      ['9 corroded cables', ['Lenn Valley Radio', 'Tarnby Courier']],
      ['Twelve corroded cables (12)', ['Fenmouth Post']],
    ].sort(),
  );
});

test('the headline and the summary state no disputed figure; the dispute sentence gives both, with every outlet', () => {
  const figure = /\b(?:9|12|nine|twelve)\s+(?:\p{L}+\s+)?cables\b/iu;
  assert.ok(!figure.test(report.headline.text), report.headline.text);
  assert.match(report.headline.text, /corroded cables/);
  const dispute = report.summary.filter((sentence) => sentence.text.startsWith('Reports differ on'));
  assert.equal(dispute.length, 1);
  assert.match(dispute[0]?.text ?? '', /9 corroded cables \(Tarnby Courier and Lenn Valley Radio\)/);
  assert.match(dispute[0]?.text ?? '', /twelve corroded cables \(Fenmouth Post\)/);
  for (const sentence of report.summary) {
    if (sentence === dispute[0]) continue;
    assert.ok(!figure.test(sentence.text), sentence.text);
  }
});

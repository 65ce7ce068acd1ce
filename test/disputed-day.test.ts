/**
 * End to end on an invented three-outlet story (fixtures/stories/disputed-day.jsonl): the Vell Post and the Harbour
 * Times say the minister closed the quarry on Monday, the Northern Echo Daily says Sunday. The summary keeps the
 * fact all three report without settling the day, and says beside it that reports differ, each side cited.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { runAnalysis } from '../src/analyze.js';
import { readInputs } from '../src/ingest/index.js';
import type { StoryReport } from '../src/model/index.js';
import { repoRoot } from './helpers/repo-root.js';

const FIXTURE = join(repoRoot(), 'fixtures', 'stories', 'disputed-day.jsonl');
let report: StoryReport;

before(async () => {
  const { reports } = await runAnalysis(readInputs([FIXTURE]));
  assert.equal(reports.length, 1, 'one story');
  report = reports[0] as StoryReport;
});

const outletOf = (id: string): string => report.articles.find((article) => article.id === id)?.outlet ?? id;

test('compare finds the day in dispute', () => {
  const dates = report.conflicts.filter((conflict) => conflict.kind === 'date');
  assert.equal(dates.length, 1);
  const sides = (dates[0]?.sides ?? []).map((side) => [side.value, side.articles.map(outletOf).sort()]);
  assert.deepEqual(
    sides.sort(),
    [
      ['on Monday', ['Harbour Times', 'Vell Post']],
      ['on Sunday', ['Northern Echo Daily']],
    ].sort(),
  );
});

test('the summary states the closure without either day, and reports the dispute right after it', () => {
  const index = report.summary.findIndex((sentence) =>
    /ordered the Carrow quarry closed/.test(sentence.text),
  );
  assert.ok(index >= 0, report.summary.map((sentence) => sentence.text).join('\n'));
  const closure = report.summary[index];
  assert.doesNotMatch(closure?.text ?? '', /\b(?:Sunday|Monday)\b/);
  assert.match(
    closure?.text ?? '',
    /^Mining minister Tomas Ferren ordered the Carrow quarry closed after a rockfall/,
  );
  const dispute = report.summary[index + 1];
  assert.match(dispute?.text ?? '', /^Reports differ on the day: /);
  assert.match(
    dispute?.text ?? '',
    /on Monday \((?:Vell Post and Harbour Times|Harbour Times and Vell Post)\)/,
  );
  assert.match(dispute?.text ?? '', /on Sunday \(Northern Echo Daily\)/);
  const cited = new Set((dispute?.citations ?? []).map((citation) => outletOf(citation.article)));
  assert.deepEqual([...cited].sort(), ['Harbour Times', 'Northern Echo Daily', 'Vell Post']);
  for (const sentence of report.summary) {
    if (sentence === dispute) continue;
    assert.doesNotMatch(sentence.text, /\bon (?:Sunday|Monday)\b/, sentence.text);
  }
  assert.doesNotMatch(report.headline.text, /\b(?:Sunday|Monday)\b/);
});

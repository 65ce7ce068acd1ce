import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runAnalysis } from '../../src/analyze.js';
import { readInputs } from '../../src/ingest/index.js';
import type { StoryReport } from '../../src/model/index.js';
import { repoRoot } from './repo-root.js';

/** The one story `analyze` makes of an invented fixture story (`fixtures/stories/NAME/`), in memory. */
export async function fixtureStory(name: string): Promise<StoryReport> {
  const { reports } = await runAnalysis(readInputs([join(repoRoot(), 'fixtures', 'stories', name)]));
  assert.equal(reports.length, 1, `${name}: one story`);
  return reports[0] as StoryReport;
}

/** The id of the report's article from `outlet`, or a marker naming the outlet that matches no id. */
export function articleIdOf(report: StoryReport, outlet: string): string {
  return report.articles.find((article) => article.outlet === outlet)?.id ?? `no article of ${outlet}`;
}

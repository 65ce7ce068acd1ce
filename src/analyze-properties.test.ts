/**
 * Property test of the library entry: a JSONL batch of good, odd and broken records through `readInputs` and
 * `runAnalysis`. Nothing throws; every line ends as exactly one article or one failure naming its line; every
 * article is in exactly one report; every citation points back into that report's articles; and the same
 * batch gives the same reports.
 */
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import fc from 'fast-check';
import { jsonlLine } from '../test/helpers/adversarial-input.js';
import { assertArticleSpans, assertReportCitations } from '../test/helpers/check-invariants.js';
import { runAnalysis } from './analyze.js';
import { readInputs } from './ingest/index.js';
import { ParallaxError, type Story } from './model/index.js';

async function analyzeLines(lines: readonly string[]) {
  const failures: { source: string; error: ParallaxError }[] = [];
  const stdin = Readable.from([Buffer.from(lines.join('\n'), 'utf8')]);
  const result = await runAnalysis(readInputs(['-'], { stdin }), {
    onError: (failure) => {
      failures.push(failure);
    },
  });
  return { ...result, failed: failures };
}

test('property: a batch of good and bad JSONL records loses nothing, names each failure, cites truthfully', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(jsonlLine, { minLength: 1, maxLength: 6 }), async (records) => {
      const lines = records.map((record) => record.line);
      const result = await analyzeLines(lines);
      assert.equal(result.failures, result.failed.length);
      assert.equal(
        result.articles.length + result.failures,
        lines.length,
        'a line was lost or counted twice',
      );
      const sources = [
        ...result.articles.map((article) => article.source),
        ...result.failed.map((f) => f.source),
      ];
      assert.deepEqual(
        [...sources].sort(),
        lines.map((_, index) => `stdin:${index + 1}`).sort(),
        'every line is one article or one failure, named by its line',
      );
      for (const failure of result.failed) {
        assert.ok(failure.error instanceof ParallaxError);
        assert.ok(failure.error.code !== '' && failure.error.message.includes(failure.source));
      }
      for (const article of result.articles) assertArticleSpans(article);
      const storyOf = new Map<string, number>();
      result.reports.forEach((report, index) => {
        for (const entry of report.articles) {
          assert.ok(!storyOf.has(entry.id), `${entry.id} is in two reports`);
          storyOf.set(entry.id, index);
        }
        const story: Story = {
          id: report.story,
          articles: report.articles.map((entry) => entry.id),
          copies: [],
          timeline: [],
          merged: [],
        };
        assertReportCitations(report, story, result.articles);
      });
      for (const article of result.articles)
        assert.ok(storyOf.has(article.id), `${article.id} is in no report`);
      assert.deepEqual((await analyzeLines(lines)).reports, result.reports);
    }),
    // Each run builds two story indexes (about 0.2 s each): few runs, each a whole batch.
    { numRuns: 8 },
  );
});

/**
 * A story told only by a press release and outlets' verbatim copies of it: no outlet reported anything of its
 * own, and every report says so the same way, rather than "3 articles from 0 independent sources and 1 press
 * release". Invented release and outlets.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { StoryReport } from '../src/model/index.js';
import { runParallax } from './helpers/run-cli.js';

const BODY = [
  'Quillmere Rail today announces that it will reopen the Harrow Fen branch line to passengers on 14 September, after a closure of nine years.',
  'Trains will run every hour between Harrow Fen and Quillmere Central, calling at Oldwick and Saltley Marsh, with a journey time of 34 minutes.',
  'The reopening follows a 58 million crown rebuild of the Saltley viaduct, paid for by the company and the regional transport fund.',
  '"The fen towns have waited a long time for their trains, and we are proud to bring them back," said Quillmere Rail managing director Inge Farrow.',
].join('\n\n');

const RELEASE = `Quillmere Rail to reopen Harrow Fen line\n\nQuillmere Rail\n\nPress release\nWednesday 2 June 2032\n\n${BODY}\n`;

const copy = (id: string, outlet: string, published: string): string =>
  JSON.stringify({ id, outlet, published, title: 'Harrow Fen line to reopen in September', text: BODY });

let folder: string;
let output: string;
let text: string;
let html: string;
let report: StoryReport;

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'parallax-release-only-'));
  writeFileSync(join(folder, 'release.txt'), RELEASE);
  writeFileSync(
    join(folder, 'copies.jsonl'),
    [
      copy('fen-echo', 'Fen Valley Echo', '2032-06-02T11:00:00Z'),
      copy('saltley-post', 'Saltley Post', '2032-06-02T13:00:00Z'),
    ].join('\n') + '\n',
  );
  // The page is written outside the input folder: the JSON run reads the folder again.
  output = mkdtempSync(join(tmpdir(), 'parallax-release-only-page-'));
  const page = join(output, 'report.html');
  const run = await runParallax(['analyze', folder, '--no-store']);
  assert.equal(run.code, 0, run.stderr);
  text = run.stdout;
  const json = await runParallax(['analyze', folder, '--no-store', '--json', '--html', page]);
  assert.equal(json.code, 0, json.stderr);
  html = readFileSync(page, 'utf8');
  assert.equal(json.records.length, 1, 'one story');
  report = json.records[0] as unknown as StoryReport;
});

after(() => {
  for (const path of [folder, output]) rmSync(path, { recursive: true, force: true });
});

test('a press release and its copies count no independent source, and the release apart', () => {
  const release = report.articles.find((article) => article.pressRelease === true);
  assert.ok(release);
  // The release is dated by day only and sorts after the outlets' timed pages, yet it is their original.
  assert.equal(release.copyOf, undefined);
  assert.deepEqual(
    report.articles.filter((article) => article.copyOf !== undefined).map((article) => article.copyOf),
    [release.id, release.id],
  );
  assert.deepEqual(report.coverage, { articles: 3, independentSources: 0, pressReleases: 1 });
});

test('the text report and the page say the story is all one press release', () => {
  const line = '3 articles, all from 1 press release (no independent source)';
  assert.ok(text.includes(line), text.slice(0, 400));
  assert.ok(html.includes(line), 'the HTML report says it');
  for (const shown of [text, html]) assert.doesNotMatch(shown, /from 0 independent sources/);
});

test("each fact is the release's and its copies', not one outlet's", () => {
  assert.deepEqual(report.facts.shared, []);
  assert.ok(report.facts.unique.length > 0);
  for (const fact of report.facts.unique) assert.equal(fact.sources, 0, fact.text);
  const lines = text
    .split('\n')
    .filter((line) => line.includes('Harrow Fen branch line') && /^\s+• \[/.test(line));
  assert.ok(
    lines.some((line) => line.endsWith('(press release and its copies only)')),
    lines.join('\n'),
  );
  assert.match(
    html,
    /no independent source: only in the press release of [^<]*Quillmere Rail \(with 2 copies: /,
  );
  assert.doesNotMatch(html, /0 independent sources/);
});

/**
 * End to end on an invented three-outlet story (fixtures/stories/disputed-count-uncited.jsonl): the Audbridge
 * Gazette counts 14 cracks in the Kessel weir and Radio Veland News 17, each in its closing sentence, which is
 * where compare finds the dispute. The Gazette also gives its figure in passing ("hired to seal the 14 cracks")
 * in a sentence on no side of the conflict, and that sentence is the one the summary borrows, while the two
 * closing sentences are not chosen. The summary must drop the figure from the borrowed sentence and still report
 * the disagreement, each side cited to the article sentences that state it.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { runAnalysis } from '../src/analyze.js';
import { readInputs } from '../src/ingest/index.js';
import type { Citation, StoryReport } from '../src/model/index.js';
import { repoRoot } from './helpers/repo-root.js';

const FIXTURE = join(repoRoot(), 'fixtures', 'stories', 'disputed-count-uncited.jsonl');
const FIGURE = /\b(?:14|17|fourteen|seventeen)\s+(?:\p{L}+\s+)?cracks\b/iu;
let report: StoryReport;

before(async () => {
  const { reports } = await runAnalysis(readInputs([FIXTURE]));
  assert.equal(reports.length, 1, 'one story');
  report = reports[0] as StoryReport;
});

function sentenceText(citation: Citation): string {
  const article = report.articles.find((item) => item.id === citation.article);
  const text = article?.sentences[citation.sentence];
  assert.ok(text !== undefined, `${citation.article}:${citation.sentence} exists`);
  return text;
}

const key = (citation: Citation): string => `${citation.article}:${citation.sentence}`;

test('the story shows the gap: a summary sentence gives a disputed figure in a sentence on no side', () => {
  const cracks = report.conflicts.filter((conflict) => conflict.about === 'how many cracks');
  assert.equal(cracks.length, 1);
  const sideKeys = new Set((cracks[0]?.sides ?? []).flatMap((side) => side.citations.map(key)));
  const crew = report.summary.find((sentence) => /resin crew from Tolm/.test(sentence.text));
  assert.ok(crew, 'the summary borrows the Gazette sentence on the resin crew');
  assert.ok(
    crew.citations.some((citation) => FIGURE.test(sentenceText(citation))),
    'one of its sources states a figure',
  );
  const own = report.summary.filter((sentence) => !sentence.text.startsWith('Reports differ on'));
  assert.ok(
    own.every((sentence) => sentence.citations.every((citation) => !sideKeys.has(key(citation)))),
    "no sentence of the summary's own rests on a sentence the conflict cites",
  );
});

test('the figure is dropped, and the disagreement is reported with each side cited to sentences stating it', () => {
  const dispute = report.summary.filter((sentence) => sentence.text.startsWith('Reports differ on'));
  assert.equal(dispute.length, 1, report.summary.map((sentence) => sentence.text).join('\n'));
  const line = dispute[0] as (typeof dispute)[number];
  assert.match(line.text, /^Reports differ on how many cracks: /);
  assert.match(line.text, /14 cracks \(Audbridge Gazette\)/);
  assert.match(line.text, /17 cracks \(Radio Veland News\)/);
  for (const sentence of report.summary) {
    if (sentence !== line) assert.doesNotMatch(sentence.text, FIGURE, sentence.text);
  }
  assert.doesNotMatch(report.headline.text, FIGURE, report.headline.text);
  // Every citation of the dispute line is a sentence stating one side's figure, both sides are cited, and the
  // sentence the summary took the figure out of is among them.
  const cited = line.citations.map(sentenceText);
  for (const text of cited) assert.match(text, /\b(?:14|17) cracks\b/, text);
  assert.ok(cited.some((text) => /\b14 cracks\b/.test(text)));
  assert.ok(cited.some((text) => /\b17 cracks\b/.test(text)));
  const crew = report.summary.find((sentence) => /resin crew from Tolm/.test(sentence.text));
  const crewSource = crew?.citations.find((citation) => FIGURE.test(sentenceText(citation)));
  assert.ok(crewSource);
  assert.ok(line.citations.some((citation) => key(citation) === key(crewSource)));
});

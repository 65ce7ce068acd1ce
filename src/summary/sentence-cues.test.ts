import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotedRegions } from './find-quoted-regions.js';
import { scoreLoadedText } from './score-loaded-text.js';
import { findSentenceCues } from './sentence-cues.js';

function cues(text: string): string[] {
  return findSentenceCues(text, findQuotedRegions(text)).map((cue) => cue.cue);
}

test('questions, exclamations, "we"/"you", absolutes and surprise "even" in the writer\'s voice are cues', () => {
  assert.deepEqual(cues('Why does the Varna council keep ignoring its own auditors?'), ['question']);
  assert.deepEqual(cues('The ferry is late again!'), ['exclamation']);
  assert.deepEqual(cues('Our town deserves better than this ferry.'), ['first-or-second-person']);
  assert.deepEqual(cues('The council never listens to the harbour workers.'), ['absolute']);
  assert.deepEqual(cues('Even the mayor’s allies voted against the plan.'), ['counter-expectation']);
});

test("the same words inside a quotation are the speaker's, and attribution is a reporting cue", () => {
  assert.deepEqual(cues('“Why do we keep waiting?” the mayor of Varna said.'), ['reporting']);
  assert.deepEqual(cues('The ferry will run even if the strike goes on, officials said.'), ['reporting']);
});

test('a cue alone does not make a plain sentence loaded, but tips one with a loaded word', () => {
  assert.equal(scoreLoadedText('Our council met on Monday to discuss the harbour budget.').loaded, false);
  assert.equal(scoreLoadedText('The council met on Monday, officials said.').loaded, false);
  assert.equal(scoreLoadedText('Why did the council approve a massive budget?').loaded, true);
  assert.equal(scoreLoadedText('The council approved a massive budget.').loaded, false);
});

test('doubt-casting saying verbs and evaluative adverbs are flagged, "claim" as a noun is not', () => {
  const claimed = scoreLoadedText('The mayor claimed the harbour had been repaired.');
  assert.equal(claimed.loaded, true);
  assert.deepEqual(
    claimed.spans.map((span) => span.reason),
    ['emotive-verb'],
  );
  assert.equal(scoreLoadedText('Predictably, the council delayed the vote.').loaded, true);
  assert.equal(scoreLoadedText('The fishermen filed a claim for the lost nets.').loaded, false);
});

test('bad input: empty text and unbalanced quotes give no cue and no crash', () => {
  assert.deepEqual(cues(''), []);
  assert.ok(Array.isArray(cues('“Why? he asked')));
});

test('"so"/"too" before a describing word and insistent "actually"/"in fact" are half-weight cues', () => {
  assert.deepEqual(cues('The harbour fees are so unfair to small boats.'), ['degree']);
  assert.deepEqual(cues('The ferry has been late so far this week.'), []);
  assert.deepEqual(cues('The new pier is, in fact, a copy of the old one.'), ['emphasis']);
  assert.equal(scoreLoadedText('The fees are actually so unfair to small boats.').loaded, true);
});

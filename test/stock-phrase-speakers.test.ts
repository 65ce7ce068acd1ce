/**
 * A speaker conflict needs the shared words to stand in a piece that carries the speaker: a quotation's second
 * paragraph read without a speaker, that shares only a stock phrase ("to guard our country's wetlands") with
 * another person's quotation in the article, is not that person's. People, bodies and outlets are invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareStory, processInput } from '../src/index.js';
import type { Conflict } from '../src/model/index.js';

function conflictsBetween(a: string, b: string): Conflict[] {
  const articles = [
    { id: 'fen', outlet: 'Fen Ledger', text: a },
    { id: 'marsh', outlet: 'Marsh Radio', text: b },
  ].map((spec) => processInput({ source: `${spec.id}.txt`, format: 'text', ...spec }));
  const story = {
    id: 'marsh-rule',
    articles: articles.map((article) => article.id),
    copies: [],
    timeline: articles.map((article) => ({ article: article.id })),
    merged: [],
  };
  return compareStory(story, articles).conflicts;
}

const RINN =
  "Fencing off the science that informs the Marsh Act badly weakens the power of scientists to guard our country's wetlands";

describe('speaker conflicts and stock phrases', () => {
  it("an unattributed piece joined to another speaker's quotation by a stock phrase raises no speaker conflict", () => {
    const conflicts = conflictsBetween(
      `Marsh rule dropped\n\nTova Rinn, an ecologist at the Fen Society, said, "As the threats grow, field staff must be able to judge them.\n${RINN}."\nIda Brask, who runs the Wetland Trust, said the rule was one of many.\n"Today the council restored the checks and balances needed to guard our country's wetlands," Brask said.`,
      `Council drops marsh rule\n\n"${RINN}," said Tova Rinn, an ecologist at the Fen Society.`,
    );
    assert.deepEqual(
      conflicts.filter((conflict) => conflict.kind === 'speaker'),
      [],
      JSON.stringify(conflicts),
    );
  });

  it('the quotation given to another named person still is a speaker conflict', () => {
    const conflicts = conflictsBetween(
      `Marsh rule dropped\n\n"${RINN}," said Ida Brask, who runs the Wetland Trust.`,
      `Council drops marsh rule\n\n"${RINN}," said Tova Rinn, an ecologist at the Fen Society.`,
    );
    assert.deepEqual(
      conflicts.filter((conflict) => conflict.kind === 'speaker').map((conflict) => conflict.kind),
      ['speaker'],
      JSON.stringify(conflicts),
    );
  });
});

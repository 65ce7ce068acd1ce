/**
 * A sentence that relays another outlet's report ("According to the Weir Valley Echo, ...", "..., the Echo
 * reported") is that outlet's telling: a fact told by the outlet and by an article relaying it has one source.
 * All outlets are invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareStory } from './index.js';
import { buildArticle, buildStory } from './story-fixture.test-helper.js';

const OPENING = 'Tamsin Arveld resigned as governor of Eskmouth province after auditors found money missing.';
const ECHO = buildArticle({
  id: 'echo',
  outlet: 'Weir Valley Echo',
  text: `${OPENING} Auditors put the shortfall in the flood relief fund at 4.1 million crowns in their final report.`,
});

function sourcesOfShortfall(relay: string, credit: string): number | undefined {
  const radio = buildArticle({
    id: 'radio',
    outlet: 'Radio Eskmouth',
    text: `${OPENING} ${relay}`,
    credits: [{ text: credit, outlet: 'Weir Valley Echo', kind: 'according-to' }],
  });
  const articles = [ECHO, radio];
  const report = compareStory(buildStory(articles), articles);
  return [...report.facts.shared, ...report.facts.unique].find((fact) => /shortfall/.test(fact.text))
    ?.sources;
}

test('a fact told by an outlet and by another relaying it with "according to" has one source', () => {
  assert.equal(
    sourcesOfShortfall(
      'According to the Weir Valley Echo, auditors put the shortfall in the flood relief fund at 4.1 million crowns in their final report.',
      'According to the Weir Valley Echo',
    ),
    1,
  );
});

test('the same fact told in the other outlet’s own voice has two sources', () => {
  const radio = buildArticle({
    id: 'radio',
    outlet: 'Radio Eskmouth',
    text: `${OPENING} Auditors put the shortfall in the flood relief fund at 4.1 million crowns in their final report.`,
  });
  const articles = [ECHO, radio];
  const report = compareStory(buildStory(articles), articles);
  const fact = report.facts.shared.find((candidate) => /shortfall/.test(candidate.text));
  assert.equal(fact?.sources, 2);
});

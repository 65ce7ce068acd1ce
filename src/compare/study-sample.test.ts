/**
 * The size of a study's sample, on a small invented health story: a university's release says the team followed
 * 36,400 adults; a tabloid calls it "the shock study of 3,640 people", a tenfold misreading in a sentence that
 * shares no other word with the release's. One study has one sample: that is a number conflict. Other counts of
 * people in the story ("512 developed gout") are not the sample.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Conflict } from '../model/index.js';
import { compareStory } from './index.js';
import { buildArticle, buildStory, type ArticleSpec } from './story-fixture.test-helper.js';

const RELEASE: ArticleSpec = {
  id: 'release',
  outlet: 'Orrin University',
  text: 'Adults who drank the most tonic syrup may have a higher risk of gout, an Orrin University study finds. The team followed 36,400 adults in the Kessel valley for nine years. Of them, 512 developed gout.',
};

function numberConflicts(...specs: ArticleSpec[]): Conflict[] {
  const articles = specs.map((spec) => buildArticle(spec));
  return compareStory(buildStory(articles), articles).conflicts.filter(
    (conflict) => conflict.kind === 'number',
  );
}

describe("the size of a study's sample", () => {
  it('"the shock study of 3,640 people" conflicts with "followed 36,400 adults"', () => {
    const conflicts = numberConflicts(RELEASE, {
      id: 'blaze',
      outlet: 'Daily Gong',
      text: 'Your favourite fizzy mixer could give you gout, boffins warn. The shock study of 3,640 people has sparked calls for a ban on the syrup.',
    });
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    assert.match(conflicts[0]?.about ?? '', /study/);
    assert.deepEqual(conflicts[0]?.sides.map((side) => side.value).sort(), ['3,640 people', '36,400 adults']);
  });

  it('another count of people in the story is not the sample', () => {
    const conflicts = numberConflicts(RELEASE, {
      id: 'blaze',
      outlet: 'Daily Gong',
      text: 'Your favourite fizzy mixer could give you gout, boffins warn. Some 600 people developed the painful illness, the shock study found.',
    });
    assert.deepEqual(conflicts, []);
  });
});

/**
 * Property tests: clustering adversarial batches (one article, many near-identical versions, unrelated soup,
 * articles with no sentences or no words, odd dates) puts every article in exactly one story, keeps each
 * story's lists consistent, and gives the same stories for the same input.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { nearCopies, oddDate, textSoup } from '../../test/helpers/adversarial-input.js';
import { analyzeLanguage } from '../language/index.js';
import { createTextArticle, type Article, type Story } from '../model/index.js';
import { clusterArticles, createStoryIndex, streamOrder } from './index.js';

const batch = fc
  .tuple(
    nearCopies(1, 6),
    fc.array(textSoup(30), { maxLength: 3 }),
    fc.array(fc.option(oddDate, { nil: undefined }), { maxLength: 9 }),
    fc.array(fc.option(textSoup(5), { nil: undefined }), { maxLength: 9 }),
  )
  .map(([copies, others, dates, titles]) =>
    [...copies, ...others, ''].map((text, index) => {
      const published = dates[index];
      const title = titles[index];
      return analyzeLanguage(
        createTextArticle(text, {
          id: `a${index}`,
          ...(published === undefined ? {} : { published }),
          ...(title === undefined ? {} : { title }),
        }),
      );
    }),
  );

function assertStories(articles: readonly Article[], stories: readonly Story[]): void {
  const storyOf = new Map<string, string>();
  for (const story of stories) {
    assert.ok(story.articles.length > 0, `story ${story.id} is empty`);
    for (const id of story.articles) {
      assert.ok(!storyOf.has(id), `${id} is in ${storyOf.get(id)} and ${story.id}`);
      storyOf.set(id, story.id);
    }
    const members = new Set(story.articles);
    assert.deepEqual(
      new Set(story.timeline.map((entry) => entry.article)),
      members,
      `timeline of ${story.id}`,
    );
    for (const copy of story.copies) {
      assert.ok(members.has(copy.article) && members.has(copy.copyOf), `copy ${copy.article} in ${story.id}`);
      assert.notEqual(copy.article, copy.copyOf);
      assert.ok(copy.similarity >= 0 && copy.similarity <= 1);
    }
  }
  for (const article of articles) assert.ok(storyOf.has(article.id), `${article.id} is in no story`);
  assert.equal(storyOf.size, articles.length);
}

test('property: every article lands in exactly one story, and the same articles give the same stories', () => {
  fc.assert(
    fc.property(batch, (articles) => {
      const { assignments, stories } = clusterArticles(articles);
      assertStories(articles, stories);
      assert.equal(assignments.length, articles.length);
      for (const assignment of assignments) {
        const story = stories.find((candidate) => candidate.id === assignment.story);
        assert.ok(story?.articles.includes(assignment.id), `${assignment.id} is not in ${assignment.story}`);
        if (assignment.score !== undefined) assert.ok(assignment.score >= 0 && assignment.score <= 1 + 1e-9);
      }
      // A second index fed the same stream one article at a time must reach the same stories.
      const index = createStoryIndex();
      for (const article of streamOrder(articles)) {
        const assignment = index.add(article);
        assert.equal(assignment.id, article.id);
        assert.ok(index.stories().some((story) => story.id === index.resolve(assignment.story)));
      }
      assert.deepEqual(index.stories(), stories);
      for (const merge of index.merges()) assert.notEqual(index.resolve(merge.from), merge.from);
    }),
    // A fresh story index costs about 0.2 s (it allocates its term tables), so runs are few.
    { numRuns: 8 },
  );
});

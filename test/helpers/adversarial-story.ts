/**
 * fast-check arbitrary for one story of adversarial articles run through the per-article stages: one article
 * or several near-identical versions, unrelated soup, an article with no sentences, odd dates and outlets,
 * sometimes declared copies. The story is built by hand (no clustering), so compare and summary are tested
 * on every shape, not only on the ones clustering happens to produce.
 */
import fc from 'fast-check';
import type { Article, Story } from '../../src/model/index.js';
import { processInput } from '../../src/pipeline.js';
import { nearCopies, newsHtml, oddDate, textSoup } from './adversarial-input.js';

export interface AdversarialStory {
  story: Story;
  articles: Article[];
}

export const adversarialStory: fc.Arbitrary<AdversarialStory> = fc
  .tuple(
    nearCopies(1, 5),
    fc.array(fc.oneof(textSoup(30), newsHtml(2)), { maxLength: 2 }),
    fc.boolean(),
    fc.array(fc.option(oddDate, { nil: undefined }), { maxLength: 8 }),
    fc.array(fc.constantFrom('The Daily Lantern', 'Brackwater Courier', '', '😀 News', 'ראשון'), {
      maxLength: 8,
    }),
    fc.boolean(),
  )
  .map(([copies, others, withEmpty, dates, outlets, declareCopies]) => {
    const bodies = [...copies, ...others, ...(withEmpty ? ['📷 — ·'] : [])];
    const articles = bodies.map((body, index) => {
      const published = dates[index];
      const outlet = outlets[index];
      return processInput({
        source: `story/${index}`,
        ...(body.startsWith('<html>') ? { format: 'html', html: body } : { format: 'text', text: body }),
        id: `a${index}`,
        ...(published === undefined ? {} : { published }),
        ...(outlet === undefined ? {} : { outlet }),
      });
    });
    const ids = articles.map((article) => article.id);
    const story: Story = {
      id: 's-adversarial',
      articles: ids,
      copies:
        declareCopies && ids.length > 1
          ? ids
              .slice(1, copies.length)
              .map((id) => ({ article: id, copyOf: ids[0] as string, similarity: 0.97 }))
          : [],
      timeline: articles.map((article) =>
        article.published === undefined
          ? { article: article.id }
          : { article: article.id, published: article.published },
      ),
      merged: [],
    };
    return { story, articles };
  });

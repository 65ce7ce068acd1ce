/**
 * Property tests: extract on adversarial text and HTML (quote and whitespace soup, broken nesting, mixed
 * scripts, surrogate pairs, huge runs) never throws, keeps its spans on code-point boundaries, and is
 * deterministic. Bounded runs keep the file to a few seconds.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  htmlSoup,
  newsHtml,
  newsText,
  oddDate,
  oddId,
  textSoup,
} from '../../test/helpers/adversarial-input.js';
import { assertArticleSpans, isWellFormed } from '../../test/helpers/check-invariants.js';
import type { RawInput } from '../model/index.js';
import { extractArticle } from './index.js';

const input = fc
  .tuple(
    fc.oneof(
      textSoup().map((text): RawInput => ({ source: 'soup.txt', format: 'text', text })),
      newsText().map((text): RawInput => ({ source: 'news.txt', format: 'text', text })),
      htmlSoup().map((html): RawInput => ({ source: 'soup.html', format: 'html', html })),
      newsHtml().map((html): RawInput => ({ source: 'news.html', format: 'html', html })),
    ),
    fc.option(oddId, { nil: undefined }),
    fc.option(oddDate, { nil: undefined }),
    fc.option(textSoup(6), { nil: undefined }),
  )
  .map(([raw, id, published, title]) => ({
    ...raw,
    ...(id === undefined ? {} : { id }),
    ...(published === undefined ? {} : { published }),
    ...(title === undefined ? {} : { title }),
  }));

test('property: extract never throws, keeps spans in bounds, raw unchanged, and is deterministic', () => {
  fc.assert(
    fc.property(input, (raw) => {
      const article = extractArticle(raw);
      assertArticleSpans(article);
      assert.equal(article.raw, raw.html ?? raw.text);
      assert.ok(article.id !== '' || raw.id === '', 'an article without a given id gets one');
      assert.deepEqual(extractArticle(raw), article);
    }),
    { numRuns: 150 },
  );
});

test('property: well-formed plain text gives well-formed clean text, whatever the cut', () => {
  fc.assert(
    fc.property(textSoup(), fc.integer({ min: 1, max: 400 }), (text, limit) => {
      fc.pre(isWellFormed(text));
      const article = extractArticle({ source: 'p.txt', format: 'text', text }, { maxTextChars: limit });
      assert.ok(isWellFormed(article.text), JSON.stringify(article.text));
      assertArticleSpans(article);
    }),
    { numRuns: 200 },
  );
});

test('text cut at its length limit inside an emoji keeps the whole emoji out, not half of it', () => {
  const text = `The night ferry will run from March, the council said. ${'😀'.repeat(20)}`;
  const odd = text.indexOf('😀') + 5;
  const plain = extractArticle({ source: 'cut.txt', format: 'text', text }, { maxTextChars: odd });
  assert.ok(isWellFormed(plain.text));
  assert.ok(plain.text.endsWith('😀😀'));
  assert.ok(plain.diagnostics.some((diagnostic) => diagnostic.code === 'truncated-input'));
  const html = `<p>${text}</p>`;
  const page = extractArticle(
    { source: 'cut.html', format: 'html', html },
    { maxHtmlChars: html.indexOf('😀') + 5 },
  );
  assert.ok(isWellFormed(page.text));
  assert.ok(page.text.includes('The night ferry'));
});

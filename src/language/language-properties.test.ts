/**
 * Property tests: the language stage on adversarial articles (quote-mark soup, mixed scripts, RTL marks,
 * surrogate pairs and combining marks at span edges, runs with no space or stop) gives sentences, entities,
 * quotes, credits and dates that lie in the text on code-point boundaries, never throws, and is deterministic.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { newsHtml, newsText, oddDate, textSoup } from '../../test/helpers/adversarial-input.js';
import { assertArticleSpans, assertSpanInText, isWellFormed } from '../../test/helpers/check-invariants.js';
import { extractArticle } from '../extract/index.js';
import { createTextArticle, floorCodePoint, type RawInput } from '../model/index.js';
import { analyzeLanguage, splitSentences } from './index.js';

const input = fc
  .tuple(
    fc.oneof(
      textSoup().map((text): RawInput => ({ source: 'soup.txt', format: 'text', text })),
      newsText().map((text): RawInput => ({ source: 'news.txt', format: 'text', text })),
      newsHtml().map((html): RawInput => ({ source: 'news.html', format: 'html', html })),
    ),
    fc.option(oddDate, { nil: undefined }),
  )
  .map(([raw, published]) => (published === undefined ? raw : { ...raw, published }));

test('property: analyzeLanguage keeps every span in the text, leaves its input alone, and is deterministic', () => {
  fc.assert(
    fc.property(input, (raw) => {
      const extracted = extractArticle(raw);
      const before = structuredClone(extracted);
      const annotated = analyzeLanguage(extracted);
      assertArticleSpans(annotated);
      assert.equal(annotated.text, extracted.text);
      assert.deepEqual(extracted, before);
      assert.deepEqual(analyzeLanguage(extracted), annotated);
    }),
    { numRuns: 40 },
  );
});

test('property: analyzeLanguage on text no extract produced (no paragraphs given) keeps its invariants', () => {
  fc.assert(
    fc.property(textSoup(), (text) => {
      assertArticleSpans(analyzeLanguage(createTextArticle(text)));
    }),
    { numRuns: 80 },
  );
});

test('property: splitSentences given odd paragraphs (out of range, overlapping, empty) stays in the text', () => {
  // Paragraph edges are code-point boundaries (extract never splits a character); anything else may be odd.
  const paragraph = fc
    .tuple(fc.integer({ min: -5, max: 300 }), fc.integer({ min: -5, max: 300 }))
    .map(([start, end]) => ({ start, end, kind: 'paragraph' as const }));
  fc.assert(
    fc.property(textSoup(), fc.array(paragraph, { maxLength: 6 }), (text, odd) => {
      const paragraphs = odd.map((block) => ({
        ...block,
        start: floorCodePoint(text, block.start),
        end: floorCodePoint(text, block.end),
      }));
      // Overlapping paragraphs may give the same sentence twice; each must still be a real piece of the text.
      for (const sentence of splitSentences(text, paragraphs)) {
        assertSpanInText(text, sentence, 'sentence');
        assert.ok(sentence.start < sentence.end);
        if (paragraphs.length > 0)
          assert.ok(sentence.paragraph >= 0 && sentence.paragraph < paragraphs.length);
        assert.ok(text.slice(sentence.start, sentence.end).trim() !== '');
      }
    }),
    { numRuns: 100 },
  );
});

test('a sentence longer than the cap with no space to cut at is not cut inside an emoji', () => {
  const text = `Ana Ruiz posted ${'😀'.repeat(1500)}`;
  const sentences = splitSentences(text);
  assert.ok(sentences.length > 1);
  for (const sentence of sentences) {
    assert.ok(isWellFormed(text.slice(sentence.start, sentence.end)), `${sentence.start}..${sentence.end}`);
  }
  assert.equal(sentences.at(-1)?.end, text.length);
});

test('blank characters other than spaces after the last stop are no sentence of their own', () => {
  for (const tail of [' \u000b\u000b', ' \u200b', ' \u2028 ', ' \ufeff']) {
    const text = `The night ferry will run from March.${tail}`;
    const article = analyzeLanguage(createTextArticle(text));
    assert.deepEqual(
      article.sentences.map((sentence) => text.slice(sentence.start, sentence.end)),
      ['The night ferry will run from March.'],
      JSON.stringify(tail),
    );
  }
});

/**
 * Text written with combining accents (NFD, "Jose\u0301") is analysed like the same text written precomposed
 * (NFC): same sentences, entities, labels, quotes, credits and dates, with offsets into the text as given.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ACCENTED_STORY, decompose, withoutEncoding } from '../../test/helpers/accented-story.js';
import { createTextArticle, type Article, type TextSpan } from '../model/index.js';
import { analyzeLanguage, normalizeEntityKey } from './index.js';

function annotate(text: string, item: (typeof ACCENTED_STORY)[number]): Article {
  return analyzeLanguage(
    createTextArticle(text, { id: item.id, outlet: item.outlet, published: item.published, source: item.id }),
  );
}

function findings(article: Article): unknown {
  const { sentences, entities, quotes, credits, dates, lang, diagnostics } = article;
  return withoutEncoding({
    sentences: sentences.map((sentence) => article.text.slice(sentence.start, sentence.end)),
    entities,
    quotes,
    credits,
    dates,
    lang,
    diagnostics,
  });
}

function spansOf(article: Article): TextSpan[] {
  return [
    ...article.entities.flatMap((entity) =>
      entity.mentions.flatMap((mention) => [mention, ...mention.labels]),
    ),
    ...article.quotes.flatMap((quote) => [quote.cue, quote.content, ...(quote.source ? [quote.source] : [])]),
    ...article.credits,
    ...article.dates,
  ];
}

describe('analyzeLanguage on decomposed accents', () => {
  for (const item of ACCENTED_STORY) {
    const composed = annotate(item.text, item);
    const decomposed = annotate(decompose(item.text), item);

    it(`finds the accented names in the precomposed ${item.id} text (the baseline is not empty)`, () => {
      const keys = composed.entities.map((entity) => entity.key);
      assert.ok(keys.includes('jose pena nunez'), JSON.stringify(keys));
      assert.ok(keys.includes('ines ramirez'), JSON.stringify(keys));
      assert.ok(keys.includes('bogota'), JSON.stringify(keys));
      assert.ok(composed.quotes.length > 0);
      assert.ok(composed.credits.length > 0);
    });

    it(`gives the same findings for the decomposed ${item.id} text`, () => {
      assert.deepEqual(findings(decomposed), findings(composed));
    });

    it(`keeps every span of the decomposed ${item.id} text on its own text`, () => {
      for (const span of spansOf(decomposed)) {
        assert.equal(decomposed.text.slice(span.start, span.end), span.text);
        assert.ok(!/^\p{M}/u.test(decomposed.text.slice(span.end)), `"${span.text}" ends before a mark`);
      }
    });
  }

  it('keys a name the same way in NFC, NFD and without accents', () => {
    const key = normalizeEntityKey('José Peña Núñez');
    assert.equal(normalizeEntityKey(decompose('José Peña Núñez')), key);
    assert.equal(normalizeEntityKey('Jose Pena Nunez'), key);
  });
});

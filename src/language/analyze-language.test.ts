import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createTextArticle } from '../model/index.js';
import { analyzeLanguage } from './analyze-language.js';

const STORY = [
  'Harbour Deal Collapses',
  'PORT ELLIS, Marovia (AP) — Marovia’s port authority cancelled the harbour contract on Tuesday, the Daily Beacon reported.',
  'The decision followed a dispute last week, according to Reuters.',
].join('\n\n');

void test('returns a new article with sentences, credits and dates, leaving the input unchanged', () => {
  const article = createTextArticle(STORY, { published: '2026-03-12' });
  const before = JSON.stringify(article);
  const annotated = analyzeLanguage(article);
  assert.equal(JSON.stringify(article), before);
  assert.notEqual(annotated, article);
  assert.equal(annotated.lang, 'en');
  assert.equal(annotated.sentences.length, 3);
  assert.deepEqual(
    annotated.credits.map((credit) => [credit.outlet, credit.kind]),
    [
      ['Associated Press', 'dateline'],
      ['Daily Beacon', 'reported'],
      ['Reuters', 'according-to'],
    ],
  );
  const tuesday = annotated.dates.find((date) => date.text.includes('Tuesday'));
  assert.equal(tuesday?.resolved, '2026-03-10');
  assert.equal(annotated.dates.find((date) => date.text === 'last week')?.resolved, '2026-03-02');
});

void test('keeps relative dates unresolved without an article date', () => {
  const annotated = analyzeLanguage(
    createTextArticle('The mayor resigned last year, officials said on Monday.'),
  );
  assert.ok(annotated.dates.length >= 2);
  for (const date of annotated.dates) assert.equal(date.resolved, null);
});

void test('flags non-English text by language without changing it', () => {
  const text =
    'El alcalde de la ciudad dijo que el puente estará listo para el mes próximo. Los vecinos no están muy contentos con las obras y piden más información.';
  const article = createTextArticle(text);
  const annotated = analyzeLanguage(article);
  assert.equal(annotated.lang, 'es');
  assert.equal(annotated.text, text);
  assert.ok(annotated.sentences.length === 2);
  assert.ok(annotated.diagnostics.some((diagnostic) => diagnostic.code === 'not-english'));
  assert.equal(annotated.quotes.length, 0);
});

void test('bad input: a 1 MB single paragraph with quotes and cues is analysed in linear time', () => {
  const unit = 'Ana Ruiz said “the port is open,” and Mr. Lowe told the Daily Beacon that "work goes on. ';
  const analyse = (bytes: number): { elapsed: number; article: ReturnType<typeof analyzeLanguage> } => {
    const text = unit.repeat(Math.ceil(bytes / unit.length));
    const started = performance.now();
    const article = analyzeLanguage(createTextArticle(text, { published: '2026-01-05' }));
    return { elapsed: performance.now() - started, article };
  };
  const small = analyse(125_000);
  const { elapsed, article } = analyse(1_000_000);
  assert.ok(article.sentences.length > 1000);
  assert.ok(article.quotes.length > 1000);
  // Eight times the text: linear work takes about eight times as long, quadratic work sixty-four times. The
  // ratio, not a wall-clock limit, so a loaded machine does not fail it.
  assert.ok(elapsed < 24 * small.elapsed, `1 MB took ${elapsed} ms, 125 kB ${small.elapsed} ms`);
});

void test('bad input: text without sentence punctuation still gets sentences and no crash', () => {
  const text = Array.from({ length: 3000 }, (_, index) => `word${index} Ruiz says yes`).join(' ');
  const annotated = analyzeLanguage(createTextArticle(text));
  assert.ok(annotated.sentences.length > 1);
  for (const quote of annotated.quotes)
    assert.equal(text.slice(quote.content.start, quote.content.end), quote.content.text);
});

void test('property: any text gives in-bounds spans that match their text, and never throws', () => {
  const pieces = [
    'Ana Ruiz',
    ' said',
    ' “',
    '”',
    '"',
    "''",
    ' he',
    ', ',
    '. ',
    '\n\n',
    'The U.S.',
    ' according to',
    ' Reuters',
    ' (AP) —',
    ' on Tuesday',
    'é',
    ':',
  ];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      const annotated = analyzeLanguage(createTextArticle(text, { published: '2026-02-01' }));
      const spans = [
        ...annotated.quotes.flatMap((quote) => [
          quote.content,
          quote.cue,
          ...(quote.source ? [quote.source] : []),
        ]),
        ...annotated.credits,
        ...annotated.dates,
        ...annotated.entities.flatMap((entity) =>
          entity.mentions.flatMap((mention) => [mention, ...mention.labels]),
        ),
      ];
      for (const span of spans) {
        assert.ok(span.start >= 0 && span.end <= text.length && span.start < span.end);
        assert.equal(text.slice(span.start, span.end), span.text);
      }
    }),
    { numRuns: 300 },
  );
});

void test('detected language outranks a wrongly declared one, with a warning', () => {
  const text =
    'El alcalde dijo que el puente estará listo para el mes próximo y que las obras no se van a detener.';
  const annotated = analyzeLanguage(createTextArticle(text, { lang: 'en' }));
  assert.equal(annotated.lang, 'es');
  assert.ok(annotated.diagnostics.some((diagnostic) => diagnostic.code === 'language-mismatch'));
  const english = analyzeLanguage(
    createTextArticle('The mayor said the bridge would open next week.', { lang: 'en-GB' }),
  );
  assert.equal(english.lang, 'en-GB');
  assert.ok(!english.diagnostics.some((diagnostic) => diagnostic.code === 'language-mismatch'));
});

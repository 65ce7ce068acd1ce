import assert from 'node:assert/strict';
import { test } from 'node:test';
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

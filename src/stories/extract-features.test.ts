import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTextArticle } from '../model/index.js';
import { extractFeatures, MAX_ARTICLE_TERMS } from './extract-features.js';

const byWeightThenKey = (a: [string, number], b: [string, number]): number =>
  b[1] - a[1] || (a[0] < b[0] ? -1 : 1);

test('terms are ordered by weight, then key, with names, name pairs and numbers in their namespaces', () => {
  const article = createTextArticle(
    'The ferry from Port Vessa ran aground on Tuesday. Captain Orla Brenn said 214 passengers were safe. ' +
      'The ferry was towed back to Port Vessa, where Orla Brenn met the harbour master.',
    { id: 'ferry-1', title: 'Ferry runs aground near Port Vessa' },
  );
  const { terms } = extractFeatures(article);
  assert.deepEqual([...terms].sort(byWeightThenKey), terms);
  const keys = terms.map(([key]) => key);
  for (const key of ['n:vessa', 'n:orla_brenn', '#214', 'w:ferry']) assert.ok(keys.includes(key), key);
  const weight = (key: string): number => terms.find(([term]) => term === key)?.[1] ?? 0;
  assert.ok(weight('w:ferry') > weight('w:harbour'));
});

test('a long article keeps its strongest terms only, still in weight-then-key order', () => {
  const words = Array.from(
    { length: 400 },
    (_, index) => `token${String.fromCharCode(97 + (index % 26))}${index}`,
  );
  const text = words.map((word, index) => (index % 7 === 0 ? `${word} ${word}` : word)).join(' ') + '.';
  const { terms } = extractFeatures(createTextArticle(text, { id: 'long-1' }));
  assert.equal(terms.length, MAX_ARTICLE_TERMS);
  assert.deepEqual([...terms].sort(byWeightThenKey), terms);
  const heaviest = terms[0]?.[1] ?? 0;
  assert.ok(terms.filter(([, weight]) => weight === heaviest).length > 1, 'ties are broken by key');
});

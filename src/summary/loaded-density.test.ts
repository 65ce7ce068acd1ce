import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeLanguage } from '../language/index.js';
import { createTextArticle } from '../model/index.js';
import { loadedDensity } from './loaded-density.js';

test("loaded words in a named source's reported speech do not count toward the outlet's density", () => {
  const reported = analyzeLanguage(
    createTextArticle(
      'Ferry fares rise again\n\nThe Gull Island ferry raised its fares on Monday. ' +
        'Passenger groups said the rise was outrageous and disgraceful.',
    ),
  );
  assert.equal(loadedDensity(reported), 0);
  // The same words in the outlet's own voice count.
  const own = analyzeLanguage(
    createTextArticle(
      'Ferry fares rise again\n\nThe Gull Island ferry raised its fares on Monday. ' +
        'The rise was outrageous and disgraceful, passengers noticed.',
    ),
  );
  assert.ok(loadedDensity(own) > 0);
});

test("the outlet's own naming inside reported speech still counts", () => {
  const article = analyzeLanguage(
    createTextArticle('Harbour clash\n\nPolice said 41 thugs were arrested at the harbour on Monday.'),
  );
  assert.ok(loadedDensity(article) > 0);
});

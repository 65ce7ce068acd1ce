import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeLanguage } from '../language/index.js';
import { createTextArticle } from '../model/index.js';
import { groupQuotes } from './group-quotes.js';
import { linkEntities } from './link-entities.js';

void test('a partial quote in the next sentence ("She called it “painful but unavoidable”") does not extend a full one', () => {
  const articles = [
    'Ferry route shut\n\nGovernor Mira Stolt closed the northern ferry route on Friday. “We cannot run boats into a storm of this size,” Stolt said. She called the closure “painful but unavoidable” and promised a review.',
    'Storm shuts ferries\n\n“We cannot run boats into a storm of this size,” Governor Mira Stolt said on Friday.',
  ].map((text) => analyzeLanguage(createTextArticle(text)));
  const { groups } = groupQuotes(articles, linkEntities(articles));
  const boats = groups.find((group) => group.text.includes('run boats'));
  assert.ok(boats);
  assert.ok(!boats.text.includes('painful'), boats.text);
  // The second outlet's version is the whole quotation, not a trimmed one.
  assert.deepEqual(boats.variants.find((variant) => variant.article === articles[1]?.id)?.differences, []);
});

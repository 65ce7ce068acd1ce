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

void test('a version that drops the quote\'s "not" is marked reversed, not merely trimmed', () => {
  const articles = [
    'Study on sweetener\n\n"Shoppers do not need to throw out their fizzy drinks," said lead author Professor Mette Kalvø of Brisk University.',
    'SWEETENER SCARE\n\nProfessor Mette Kalvø, who led the research, said: "Shoppers need to throw out their fizzy drinks."',
  ].map((text) => analyzeLanguage(createTextArticle(text)));
  const { groups } = groupQuotes(articles, linkEntities(articles));
  const drinks = groups.find((group) => group.text.includes('fizzy drinks'));
  assert.ok(drinks);
  const tabloid = drinks.variants.find((variant) => variant.article === articles[1]?.id);
  assert.ok(tabloid?.differences.includes('reversed'), JSON.stringify(tabloid?.differences));
});

void test('a version that leaves out a whole negated sentence is trimmed, not reversed', () => {
  const articles = [
    'Harbour\n\n"We will not close the harbour. We will open a second berth next year," said port director Elin Rask.',
    'Berth\n\n"We will open a second berth next year," port director Elin Rask said.',
  ].map((text) => analyzeLanguage(createTextArticle(text)));
  const { groups } = groupQuotes(articles, linkEntities(articles));
  const berth = groups.find((group) => group.text.includes('second berth'));
  const short = berth?.variants.find((variant) => variant.article === articles[1]?.id);
  assert.deepEqual(short?.differences, ['trimmed']);
});

void test('a version that lacks only the "do not" of the quote is reversed, not also trimmed; a real cut stays a trim', () => {
  const articles = [
    'Study on sweetener\n\n"Shoppers do not need to throw out their fizzy drinks," said lead author Professor Mette Kalvø of Brisk University.',
    'SWEETENER SCARE\n\nProfessor Mette Kalvø, who led the research, said: "Shoppers need to throw out their fizzy drinks."',
    'Sweetener\n\nKalvø said shoppers "need to throw out" their drinks.',
  ].map((text) => analyzeLanguage(createTextArticle(text)));
  const { groups } = groupQuotes(articles, linkEntities(articles));
  const drinks = groups.find((group) => group.text.includes('fizzy drinks'));
  const tabloid = drinks?.variants.find((variant) => variant.article === articles[1]?.id);
  assert.deepEqual(tabloid?.differences, ['reversed']);
  const partial = drinks?.variants.find((variant) => variant.article === articles[2]?.id);
  assert.deepEqual(partial?.differences, ['trimmed']);
});

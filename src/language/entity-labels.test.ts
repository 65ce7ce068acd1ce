import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTextArticle, type Article, type Entity } from '../model/index.js';
import { analyzeLanguage } from './analyze-language.js';

function analyze(text: string): Article {
  return analyzeLanguage(createTextArticle(text));
}

function labelsOf(entity: Entity | undefined): string[] {
  return entity?.mentions.flatMap((mention) => mention.labels.map((label) => label.text)) ?? [];
}

function named(article: Article, name: string): Entity | undefined {
  return article.entities.find((entity) => entity.name === name);
}

void test('a possessive pronoun is no part of a label; "its" and "her" resolve to the name they stand for', () => {
  const article = analyze(
    'The Brackwater Ferry Company cut two routes on Monday. Its director, Ana Pell, said fuel had doubled. ' +
      'Mira Sand spoke through her lawyer, Jonas Wert. Their spokesman, Kurt Hale, declined to comment. ' +
      'Councillor Ivo Brandt did not attend. His deputy, Tomas Brill, read a statement.',
  );
  const pell = named(article, 'Ana Pell');
  assert.deepEqual(labelsOf(pell), ['director']);
  assert.equal(pell?.mentions[0]?.labels[0]?.of, 'Brackwater Ferry Company');
  const wert = named(article, 'Jonas Wert');
  assert.deepEqual(labelsOf(wert), ['lawyer']);
  assert.equal(wert?.mentions[0]?.labels[0]?.of, 'Mira Sand');
  assert.deepEqual(labelsOf(named(article, 'Kurt Hale')), ['spokesman']);
  assert.deepEqual(labelsOf(named(article, 'Tomas Brill')), ['deputy']);
  for (const entity of article.entities)
    for (const text of labelsOf(entity)) assert.doesNotMatch(text, /^(?:its|his|her|their)\b/i, text);
});

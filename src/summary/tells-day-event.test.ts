import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Conflict } from '../model/index.js';
import { tellsDayEvent } from './tells-day-event.js';
import { createTestArticle } from './test-articles.test-helper.js';

const post = createTestArticle(
  'The repairs could cost 85 million crowns, and the authority’s board will meet on Friday to decide.',
  { id: 'post', outlet: 'Alder Post' },
);
const wire = createTestArticle(
  'The repairs could cost 85 million crowns, and the authority’s board will meet next Thursday to decide.',
  { id: 'wire', outlet: 'Kestrel Wire' },
);

function side(article: typeof post, value: string): Conflict['sides'][number] {
  const start = article.text.indexOf(value);
  return {
    value,
    articles: [article.id],
    citations: [{ article: article.id, sentence: 0, start, end: start + value.length }],
  };
}

const meeting: Conflict = {
  kind: 'date',
  about: 'day or date',
  sides: [side(post, 'on Friday'), side(wire, 'next Thursday')],
};

test('a sentence tells the event of a disputed day when it has the words before the day', () => {
  assert.equal(
    tellsDayEvent('The authority’s board will meet to decide on the repairs.', meeting, [post, wire]),
    true,
  );
});

test('a sentence of another event of the same tellings does not ("The repairs could cost ...")', () => {
  assert.equal(tellsDayEvent('The repairs could cost 85 million crowns.', meeting, [post, wire]), false);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateFromText, publishedDateOf } from './date-from-text.js';
import { extractArticle } from './extract-article.js';

test('reads the common dateline shapes', () => {
  assert.equal(dateFromText('Published November 19, 2019 6:21 AM EST'), '2019-11-19');
  assert.equal(dateFromText('By Ada Lune | Nov. 3 2026'), '2026-11-03');
  assert.equal(dateFromText('Updated 4 March 2026, 10:12'), '2026-03-04');
  assert.equal(dateFromText('2026-05-14 08:30'), '2026-05-14');
  assert.equal(dateFromText('Posted 2026-05-14T08:30:00Z'), '2026-05-14');
  assert.equal(dateFromText('Sept 9, 2025'), '2025-09-09');
});

test('ignores long lines and lines without a full date', () => {
  assert.equal(dateFromText('Monday'), undefined);
  assert.equal(dateFromText('In March 2026 the council met'), undefined);
  const sentence =
    'The council said on November 19, 2019 that the ferry would run at night from March, after years of complaints from workers.';
  assert.equal(dateFromText(sentence), undefined);
});

test('a dateline above a scraped article becomes its published date, source text', () => {
  const text = [
    'Night Ferry Wins Council Vote',
    'By Tomas Brell',
    'Published March 3, 2026',
    'The Harbour Council voted on Tuesday to run a night ferry to the outer islands from March, ending years of complaints.',
    'The vote was 7 to 2, and the chair said the service would start on 1 March 2027 if the budget allows it this year.',
  ].join('\n\n');
  const article = extractArticle({ source: 'ferry.txt', format: 'text', text });
  assert.equal(article.published, '2026-03-03');
  assert.equal(article.publishedSource, 'text');
  assert.equal(article.byline, 'Tomas Brell');
  assert.ok((article.publishedConfidence ?? 1) < 0.75);
  assert.ok(!article.text.includes('Published March'));
});

test('of several datelines, the published one dates the article, an updated one last', () => {
  assert.equal(publishedDateOf(['Updated Nov. 16, 2026', 'Published Nov. 14, 2026']), '2026-11-14');
  assert.equal(publishedDateOf(['Last updated 16 November 2026', '15 November 2026']), '2026-11-15');
  assert.equal(publishedDateOf(['First Published: Saturday, November 14, 2026 08:38 AM']), '2026-11-14');
  assert.equal(publishedDateOf(['Updated Nov. 16, 2026']), '2026-11-16');
  assert.equal(publishedDateOf(['Updated 3:40 p.m. Nov. 16']), undefined);
});

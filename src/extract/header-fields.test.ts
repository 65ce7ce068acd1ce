/**
 * Plain-text articles with a labelled header, as news databases, archives and scrapers write them, on invented
 * articles: the header fills title, outlet, date and byline, and none of it reaches the body.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractArticle } from './extract-article.js';
import { readHeaderFields } from './header-fields.js';

const BODY = [
  'The Lisk water board said on Monday that it would close the Oster reservoir for repairs from next spring.',
  '',
  'Engineers found cracks in the outlet tunnel during an inspection in October, board chair Ines Varga said.',
].join('\n');

function extract(text: string) {
  return extractArticle({ source: 'reservoir.txt', format: 'text', text });
}

describe('a labelled header', () => {
  it('gives the title, outlet, date and byline, and stays out of the body', () => {
    const article = extract(
      [
        'Title: Oster reservoir to close for repairs',
        'Outlet: Lisk Valley Gazette',
        'Date: 2026-11-30',
        'Author: Mira Castell',
        'Section: Local',
        '',
        BODY,
      ].join('\n'),
    );
    assert.equal(article.title, 'Oster reservoir to close for repairs');
    assert.equal(article.outlet, 'Lisk Valley Gazette');
    assert.equal(article.outletSource, 'header');
    assert.equal(article.published?.slice(0, 10), '2026-11-30');
    assert.equal(article.byline, 'Mira Castell');
    assert.ok(article.text.startsWith('The Lisk water board said'), article.text);
    assert.ok(!/Title:|Outlet:|Section:/.test(article.text));
    assert.equal(article.removed.filter((piece) => piece.reason === 'boilerplate').length >= 5, true);
  });

  it('reads front matter between "---" fences, with dates written out', () => {
    const article = extract(
      [
        '---',
        'headline: Oster reservoir to close',
        'publication: Lisk Valley Gazette',
        'published: 30 November 2026',
        '---',
        BODY,
      ].join('\n'),
    );
    assert.equal(article.title, 'Oster reservoir to close');
    assert.equal(article.outlet, 'Lisk Valley Gazette');
    assert.equal(article.published?.slice(0, 10), '2026-11-30');
    assert.ok(article.text.startsWith('The Lisk water board said'));
  });

  it('keeps the time of an ISO date-time, which orders two reports of one day', () => {
    const stamped = (date: string) =>
      extract(['Title: Oster reservoir to close', `Date: ${date}`, '', BODY].join('\n'));
    assert.equal(stamped('2031-08-15T17:40:00Z').published, '2031-08-15T17:40:00Z');
    assert.equal(stamped('2031-08-15 06:30+0100').published, '2031-08-15T06:30:00+01:00');
    assert.equal(stamped('2031-08-15').published, '2031-08-15');
  });

  it('keeps a first line that repeats the header title out of the body', () => {
    const article = extract(
      ['Title: Oster reservoir to close', '', 'Oster reservoir to close', '', BODY].join('\n'),
    );
    assert.equal(article.title, 'Oster reservoir to close');
    assert.ok(article.text.startsWith('The Lisk water board said'));
  });
});

describe('text that only looks like a header', () => {
  it('an unknown label opens the body', () => {
    assert.deepEqual(readHeaderFields(['Update: the board has now set a date.', 'More text.']), {
      fields: {},
      lines: 0,
    });
  });

  it('a lone "By:" line is not a header', () => {
    assert.equal(readHeaderFields(['By: Mira Castell', '', 'The board said ...']).lines, 0);
  });

  it('an unclosed fence is not front matter, and loses no text', () => {
    const article = extract(['---', 'title: Oster reservoir', BODY].join('\n'));
    assert.ok(article.text.includes('Engineers found cracks'));
    assert.equal(readHeaderFields(['---', 'title: Oster reservoir', BODY]).lines, 0);
  });
});

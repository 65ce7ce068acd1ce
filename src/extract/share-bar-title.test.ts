import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../model/index.js';
import { classifyLine } from './classify-line.js';
import { extractArticle } from './extract-article.js';

// Invented pages about an invented harbour: the share bar sits where a CMS puts the headline.
const BODY = `<p>The Brennock harbour board voted on Wednesday to dredge the northern channel before the autumn storms, board secretary Wilma Ashgrove said.</p>
<p>The work will cost about 2 million crowns and should take six weeks, she said, and fishing boats will use the southern berths meanwhile.</p>`;

function page(head: string, body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

function extract(html: string): Article {
  return extractArticle({ source: 'brennock.html', format: 'html', html });
}

const SHARE_BARS = [
  'Share on Facebook | Share on X | Email',
  'Share | Tweet | Email',
  'Share on Facebook · Share on LinkedIn · Copy link',
  'Facebook / Twitter / WhatsApp / Email',
];

void test('a share bar line is share residue, in scraped text and in a page', () => {
  for (const line of SHARE_BARS) assert.equal(classifyLine(line), 'share', line);
  // Headlines that merely mention a network, or use a bar as a separator, are not.
  for (const line of [
    'Brennock dredges channel | Brennock Post',
    'Facebook fined over harbour ads',
    'Share prices fall as Brennock port closes',
  ]) {
    assert.equal(classifyLine(line), undefined, line);
  }
});

void test('a share bar never becomes the title: the next best title is used, or none', () => {
  const cases: [string, string, string | undefined][] = [
    // The first <h1> is the share bar; the <title> has the headline.
    [
      '<title>Brennock to dredge northern channel | Brennock Post</title>',
      `<h1>Share on Facebook | Share on X | Email</h1><article><h1>Brennock to dredge northern channel</h1>${BODY}</article>`,
      'Brennock to dredge northern channel',
    ],
    // og:title filled with the share bar by a misconfigured CMS; the <h1> is right.
    [
      '<meta property="og:title" content="Share | Tweet | Email">',
      `<article><h1>Harbour board backs dredging plan</h1>${BODY}</article>`,
      'Harbour board backs dredging plan',
    ],
    // Nothing but share bars: no title rather than residue.
    [
      '<title>Share on Facebook | Share on X | Email</title>',
      `<article><h2>Share | Tweet | Email</h2>${BODY}</article>`,
      undefined,
    ],
    ['', `<p>Share | Tweet | Email</p>${BODY}`, undefined],
  ];
  for (const [head, body, title] of cases) {
    const article = extract(page(head, body));
    assert.equal(article.title, title, head || body.slice(0, 40));
    for (const bar of SHARE_BARS) assert.ok(!article.text.includes(bar), `${bar} left in the text`);
  }
});

void test('in plain text, a share bar first line is removed and the headline after it is the title', () => {
  for (const bar of SHARE_BARS) {
    const article = extractArticle({
      source: 'brennock.txt',
      format: 'text',
      text: `${bar}\n\nBrennock to dredge northern channel\n\nThe Brennock harbour board voted on Wednesday to dredge the northern channel before the autumn storms.\n\nThe work will take six weeks, board secretary Wilma Ashgrove said.`,
    });
    assert.equal(article.title, 'Brennock to dredge northern channel', bar);
    assert.deepEqual(
      article.removed.map((removed) => [removed.text, removed.reason]),
      [[bar, 'share']],
    );
  }
});

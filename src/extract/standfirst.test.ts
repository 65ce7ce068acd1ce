import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle } from './extract-article.js';

/** A fictional broadsheet page: headline, a standfirst in the given markup, a byline, then the body. */
function page(standfirst: string): string {
  return `<!doctype html><html lang="en"><head><title>Pilots fault Ostervik channel markers | The Ostervik Herald</title>
<meta property="og:title" content="Pilots fault Ostervik channel markers"></head><body>
<header class="site-header"><a href="/">The Ostervik Herald</a><nav><a href="/news">News</a></nav></header>
<article class="story">
<h1>Pilots fault Ostervik channel markers</h1>
${standfirst}
<div class="byline">By <a href="/authors/mira-tenholt">Mira Tenholt</a>, Maritime Correspondent</div>
<div class="article-body">
<p>Harbour pilots in Ostervik said on Tuesday that buoys marking the new deep-water channel had been moved twice in a month, leaving two freighters aground on the Skelde bank.</p>
<p>The pilots' association, which guides about forty ships a week into the port, wrote to the harbour board asking for the old markers to be restored until a survey is done.</p>
<p>"We found out from the ships' radar, not from the board," said Ansel Vrij, who chairs the association. "That is not how a channel is run."</p>
<p>The harbour board said the buoys had been moved to follow the dredged channel and that notices had been sent to every shipping agent in the port.</p>
</div>
</article></body></html>`;
}

const STANDFIRST = 'Freighters grounded twice after buoys moved without notice, association says';

for (const [label, markup] of [
  ['p.standfirst', `<p class="standfirst">${STANDFIRST}</p>`],
  ['div.dek', `<div class="article-dek">${STANDFIRST}</div>`],
  ['p.subtitle', `<p class="subtitle">${STANDFIRST}</p>`],
  ['h2 under the h1', `<h2>${STANDFIRST}</h2>`],
] as const) {
  void test(`a standfirst (${label}) without a full stop is the article's opening paragraph, not lost`, () => {
    const article = extractArticle({ source: 'herald.html', format: 'html', html: page(markup) });
    assert.ok(article.text.startsWith(`${STANDFIRST}\n\n`), `${label}: ${article.text.slice(0, 120)}`);
    assert.equal(article.paragraphs[0]?.kind, 'paragraph');
    assert.ok(article.text.includes('Harbour pilots in Ostervik said on Tuesday'), 'lead kept');
    assert.ok(
      !article.removed.some((piece) => piece.text.includes(STANDFIRST)),
      'not also listed as removed',
    );
  });
}

void test('a standfirst that is a link to another story is not taken as the opening paragraph', () => {
  const markup = `<p class="standfirst"><a href="/news/older">Channel dredging finished a year late, board admits</a></p>`;
  const article = extractArticle({ source: 'herald.html', format: 'html', html: page(markup) });
  assert.ok(article.text.startsWith('Harbour pilots in Ostervik'), article.text.slice(0, 80));
});

void test("the page's byline line is removed as the byline, and read as the byline", () => {
  const article = extractArticle({ source: 'herald.html', format: 'html', html: page('') });
  assert.equal(article.byline, 'Mira Tenholt');
  const line = article.removed.find((piece) => piece.text.startsWith('By Mira Tenholt'));
  assert.equal(line?.reason, 'byline');
});

void test("a plain text's byline line is removed as the byline", () => {
  const text = [
    'Pilots fault Ostervik channel markers',
    'By Mira Tenholt, Maritime Correspondent',
    'Harbour pilots in Ostervik said on Tuesday that buoys marking the new deep-water channel had been moved twice in a month.',
    'The harbour board said the buoys had been moved to follow the dredged channel and that notices had been sent.',
  ].join('\n\n');
  const article = extractArticle({ source: 'herald.txt', format: 'text', text });
  assert.equal(article.byline, 'Mira Tenholt');
  assert.equal(article.removed.find((piece) => piece.text.startsWith('By Mira'))?.reason, 'byline');
});

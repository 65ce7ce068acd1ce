import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../model/index.js';
import { extractArticle } from './extract-article.js';

/** A fictional news page with the usual furniture around the story. */
const PAGE = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Tide mill reopens after restoration | The Estuary Herald</title>
<meta property="og:site_name" content="The Estuary Herald">
<meta property="og:title" content="Tide mill reopens after 60 years">
<meta property="article:published_time" content="2026-05-14T08:30:00+01:00">
<meta name="author" content="Wren Halloway">
<link rel="canonical" href="https://www.estuary-herald.example/news/2026/05/14/tide-mill">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tide mill reopens after 60 years","datePublished":"2026-05-14T07:30:00Z","dateModified":"2026-05-15T10:00:00Z","author":{"@type":"Person","name":"Wren Halloway"},"publisher":{"@type":"Organization","name":"Estuary Herald Ltd"}}</script>
<style>.x{color:red}</style>
</head>
<body>
<header class="site-header"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></header>
<nav class="main-nav"><ul><li><a href="/a">Politics</a></li><li><a href="/b">Business</a></li><li><a href="/c">Weather</a></li></ul></nav>
<main>
<article class="story">
<h1>Tide mill reopens after 60 years</h1>
<div class="byline">By Wren Halloway</div>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
<figure><img src="mill.jpg" alt=""><figcaption>The restored wheel turns for the first time. Photo: Jon Arkle</figcaption></figure>
<div class="story-body">
<p>The tide mill at Carrow Creek ground its first sack of flour in six decades on Saturday, after a restoration that took volunteers nine years and cost &pound;2.4&nbsp;million.</p>
<p>About 300 people watched as the sluice gates opened at high water and the wheel, rebuilt from oak felled on the estate, began to turn.</p>
<h2>A wheel rebuilt by hand</h2>
<p>&ldquo;We didn&rsquo;t know if it would hold,&rdquo; said Petra Osei, who led the carpentry team. &ldquo;Then it just went round, as if it had never stopped.&rdquo;</p>
<div class="ad-slot"><p>Advertisement</p></div>
<p>The trust that owns the mill said it would open to visitors four days a week from June, and sell flour in the village shop.</p>
<ul><li>Opening hours: Thursday to Sunday, 10am to 4pm</li><li>Tickets: free for children under 12</li></ul>
<blockquote><p>The mill is a machine for turning the moon into bread.</p></blockquote>
<p>The restoration was paid for by a heritage grant, local donations and a bake sale that ran every weekend for three years.</p>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/x">Old granary to become flats</a></li><li><a href="/y">River path closed for repairs</a></li></ul></aside>
<div class="newsletter-signup"><p>Sign up for our daily newsletter and get the news in your inbox.</p></div>
</div>
</article>
<section id="comments" class="comments"><h3>Comments (12)</h3><p>Lovely to see this back, my grandfather worked there and told stories about it for years.</p></section>
</main>
<footer><p>&copy; 2026 The Estuary Herald. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
<script>window.tracker = { page: "tide mill", paragraphs: "lots of text, with, commas, inside, a, script" };</script>
</body>
</html>`;

function extract(html: string, url?: string): Article {
  return extractArticle({ source: 'page.html', format: 'html', html, ...(url === undefined ? {} : { url }) });
}

test('keeps the body paragraphs, heading, list items and block quote, in order', () => {
  const article = extract(PAGE);
  const kinds = article.paragraphs.map((paragraph) => paragraph.kind);
  assert.deepEqual(kinds, [
    'paragraph',
    'paragraph',
    'heading',
    'paragraph',
    'paragraph',
    'list-item',
    'list-item',
    'blockquote',
    'paragraph',
  ]);
  assert.ok(article.text.startsWith('The tide mill at Carrow Creek'));
  assert.ok(article.text.endsWith('every weekend for three years.'));
});

test('drops navigation, share bar, caption, ads, related links, newsletter, comments and footer', () => {
  const article = extract(PAGE);
  for (const residue of [
    'Politics',
    'Tweet',
    'restored wheel',
    'Advertisement',
    'Old granary',
    'newsletter',
    'grandfather',
    'All rights reserved',
    'tracker',
    'color:red',
  ]) {
    assert.ok(!article.text.includes(residue), `leaked: ${residue}`);
  }
});

test('records why pieces inside the article were removed', () => {
  const article = extract(PAGE);
  const reasonOf = (needle: string): string | undefined =>
    article.removed.find((piece) => piece.text.includes(needle))?.reason;
  assert.equal(reasonOf('restored wheel'), 'caption');
  assert.equal(reasonOf('Share on Facebook'), 'share');
  assert.equal(reasonOf('Old granary'), 'related-links');
  assert.equal(reasonOf('daily newsletter'), 'newsletter');
});

test('decodes entities and normalises whitespace without joining words', () => {
  const article = extract(PAGE);
  assert.ok(article.text.includes('cost £2.4 million.'));
  assert.ok(article.text.includes('“We didn’t know if it would hold,”'));
  assert.ok(!/\s{2,}/.test(article.text.replace(/\n\n/g, ' ')));
  const tight = extract(
    '<html><body><article><p>Word<b>one</b> <i>two</i><br>three&nbsp;four<span>five</span></p><p>The second paragraph is here so that the page has a body worth taking.</p></article></body></html>',
  );
  assert.ok(tight.text.includes('Wordone two'));
  assert.ok(tight.text.includes('three fourfive'));
});

test('reads title, byline, dates with source and confidence, outlet, domain, language and canonical URL', () => {
  const article = extract(PAGE, 'https://estuary-herald.example/s/123');
  assert.equal(article.title, 'Tide mill reopens after 60 years');
  assert.equal(article.byline, 'Wren Halloway');
  assert.equal(article.published, '2026-05-14T07:30:00Z');
  assert.equal(article.publishedSource, 'json-ld');
  assert.ok((article.publishedConfidence ?? 0) > 0.9);
  assert.equal(article.modified, '2026-05-15T10:00:00Z');
  assert.equal(article.outlet, 'The Estuary Herald');
  assert.equal(article.outletSource, 'og:site_name');
  assert.equal(article.domain, 'estuary-herald.example');
  assert.equal(article.lang, 'en');
  assert.equal(article.canonicalUrl, 'https://www.estuary-herald.example/news/2026/05/14/tide-mill');
  assert.equal(article.url, 'https://estuary-herald.example/s/123');
});

test('falls back to meta, <time> and URL dates, each with its source', () => {
  const body =
    '<p>The harbour master said the new buoys would be in place before the regatta, weather permitting, on all three channels.</p>';
  const meta = extract(
    `<html><head><meta property="article:published_time" content="2026-04-01T09:00:00Z"></head><body><article>${body}</article></body></html>`,
  );
  assert.equal(meta.publishedSource, 'meta');
  const time = extract(
    `<html><body><article><time datetime="2026-04-02">2 April</time>${body}</article></body></html>`,
  );
  assert.equal(time.published, '2026-04-02');
  assert.equal(time.publishedSource, 'time');
  const url = extract(
    `<html><body><article>${body}</article></body></html>`,
    'https://news.example/2026/04/03/buoys',
  );
  assert.equal(url.published, '2026-04-03');
  assert.equal(url.publishedSource, 'url');
  assert.ok((url.publishedConfidence ?? 1) < (time.publishedConfidence ?? 0));
  const dateline = extract(
    `<html><body><article><div class="byline">By Ada Lune | Monday, April 6, 2026</div>${body}</article></body></html>`,
  );
  assert.equal(dateline.published, '2026-04-06');
  assert.equal(dateline.publishedSource, 'text');
  assert.equal(dateline.byline, 'Ada Lune');
  const none = extract(`<html><body><article>${body}</article></body></html>`);
  assert.equal(none.publishedSource, 'none');
  assert.ok(none.diagnostics.some((diagnostic) => diagnostic.code === 'no-date'));
});

test('outlet falls back to JSON-LD publisher, then the domain', () => {
  const body =
    '<article><p>The harbour master said the new buoys would be in place before the regatta on all three channels.</p></article>';
  const publisher = extract(
    `<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","publisher":{"name":"Harbour Times"}}]}</script>${body}`,
  );
  assert.equal(publisher.outlet, 'Harbour Times');
  assert.equal(publisher.outletSource, 'json-ld');
  const domain = extract(body, 'https://www.harbour-times.example/x');
  assert.equal(domain.domain, 'harbour-times.example');
  assert.equal(domain.outlet, 'Harbour Times');
  assert.equal(domain.outletSource, 'url');
});

test('input metadata wins over the page', () => {
  const article = extractArticle({
    source: 'p.jsonl:1',
    format: 'html',
    html: PAGE,
    title: 'Given',
    outlet: 'Given Outlet',
    published: '2026-01-01',
  });
  assert.equal(article.title, 'Given');
  assert.equal(article.outlet, 'Given Outlet');
  assert.equal(article.published, '2026-01-01');
  assert.equal(article.publishedSource, 'input');
});

test('paragraph spans are in bounds, ordered and separated by blank lines', () => {
  const article = extract(PAGE);
  let previous = -2;
  for (const paragraph of article.paragraphs) {
    assert.equal(paragraph.start, previous + 2);
    assert.ok(paragraph.end > paragraph.start && paragraph.end <= article.text.length);
    previous = paragraph.end;
  }
  assert.equal(previous, article.text.length);
});

test('an article split by ad blocks is taken whole (siblings of the best container)', () => {
  const paragraph = (n: number): string =>
    `<p>Paragraph ${n} of the story says something long enough, with a comma, to count as prose for scoring.</p>`;
  const html = `<body><div id="wrap"><div class="text">${paragraph(1)}${paragraph(2)}${paragraph(3)}</div><div class="ad">Ad</div><div class="text">${paragraph(4)}${paragraph(5)}${paragraph(6)}</div></div><div class="sidebar"><a href="/1">One link</a></div></body>`;
  const article = extract(html);
  for (let n = 1; n <= 6; n++) assert.ok(article.text.includes(`Paragraph ${n} `), `missing paragraph ${n}`);
  assert.ok(!article.text.includes('One link'));
});

test('loose text beside block elements is found (no <p> around the body)', () => {
  const html = `<body><div class="menu-col"><ul><li><a href="/1">Archive June</a></li><li><a href="/2">Archive May</a></li></ul></div>
<div class="col-main"><p class="title">Clinic vans broken into</p><small class="text-muted"><b>05/10/2026</b> - Posted by: Ana Flor - Category: <a href="/c">Health</a></small><br><br>
The home-care team of the Amity district found two of its five vans broken into this morning, with their batteries gone and the doors damaged. Patients booked for the morning are being moved to the afternoon, and the service expects to be back to normal by tomorrow.<br><br></div>
<div class="footer-col">Town Hall - Main Street 1 - Phone 555-0100</div></body>`;
  const article = extract(html);
  assert.ok(article.text.includes('The home-care team of the Amity district'), article.text);
  assert.ok(!article.text.includes('Town Hall'));
  assert.ok(!article.text.includes('Archive'));
});

test('a page or text that declares no language gets the one its text reads as', () => {
  const english =
    'The council said that the ferry would run at night from March, and the mayor said it was not too late to change the plan.';
  const spanish =
    'El consejo dijo que el ferri funcionaría de noche desde marzo, y la alcaldesa dijo que también era posible cambiar el plan para los trabajadores.';
  assert.equal(extractArticle({ source: 'a.txt', format: 'text', text: english }).lang, 'en');
  assert.equal(extractArticle({ source: 'b.txt', format: 'text', text: spanish }).lang, 'es');
  const page = (lang: string): string =>
    `<html${lang}><head><title>Ferri nocturno</title></head><body><article><p>${spanish}</p></article></body></html>`;
  assert.equal(extractArticle({ source: 'c.html', format: 'html', html: page('') }).lang, 'es');
  // A declared language is kept: the language stage, not extraction, settles a mismatch.
  assert.equal(extractArticle({ source: 'd.html', format: 'html', html: page(' lang="pt"') }).lang, 'pt');
  assert.equal(
    extractArticle({ source: 'e.txt', format: 'text', text: english, lang: 'en-GB' }).lang,
    'en-GB',
  );
  assert.equal(extractArticle({ source: 'f.txt', format: 'text', text: '' }).lang, 'und');
});

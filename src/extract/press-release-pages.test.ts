/**
 * HTML press releases are recognised as the plain-text ones are (`outletSource: "press-release"`, the issuer as
 * outlet), from general signals: a "For immediate release" line, a press-release URL path, page metadata that
 * files the page as a press release, or the closing "About <issuer>" note with a media contact. Invented pages.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle } from './extract-article.js';

const BODY = `<p>Brindle Water today confirmed a 46 million crown programme to rebuild the dam at Oxney reservoir, which supplies drinking water to about 90,000 homes in the Tarn valley.</p>
<p>Work will start in June and last three years. The reservoir will be kept at a lower level during the work, and no interruption to supply is expected.</p>
<p>"The dam has served the valley for ninety years, and this work will keep it safe for the next ninety," said Maren Oyelaran, chief engineer at Brindle Water.</p>
<p>The programme is part of a wider plan to spend 310 million crowns on the company's reservoirs by 2032.</p>`;

const ABOUT = `<h2>About Brindle Water</h2>
<p>Brindle Water supplies drinking water to 1.2 million people across the Tarn and Oxney valleys.</p>`;

const CONTACT = `<h2>Media contact</h2>
<p>Press office: press@brindlewater.example, +47 555 0199</p>`;

function companyPage(options: { label?: string; closing?: string; ogType?: string }): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Brindle Water to rebuild Oxney reservoir dam | Brindle Water</title>
<meta property="og:site_name" content="Brindle Water">
<meta property="og:type" content="${options.ogType ?? 'article'}">
<meta property="article:published_time" content="2027-04-12T07:00:00+00:00">
</head>
<body>
<header><a href="/">Brindle Water</a> <a href="/bills">Your bills</a> <a href="/newsroom">Newsroom</a></header>
<main>
<article>
<h1>Brindle Water to rebuild Oxney reservoir dam</h1>
${options.label ?? ''}
${BODY}
${options.closing ?? ''}
</article>
</main>
<footer>© 2027 Brindle Water Ltd</footer>
</body>
</html>`;
}

const NEWSWIRE_PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Orris Mobility opens electric bus depot in Kelderwick | Lanternpoint Newswire</title>
<meta property="og:site_name" content="Lanternpoint Newswire">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Orris Mobility opens electric bus depot in Kelderwick","datePublished":"2027-05-03T09:00:00Z","articleSection":"Press Releases","publisher":{"@type":"Organization","name":"Lanternpoint Newswire"}}</script>
</head>
<body>
<main>
<article>
<h1>Orris Mobility opens electric bus depot in Kelderwick</h1>
<p>KELDERWICK, May 3, 2027 -- Orris Mobility today opened a depot for 120 electric buses in Kelderwick, the largest of its kind in the region.</p>
<p>The depot, built on the site of a former gasworks, has charging points for every bay and a solar roof that supplies a fifth of its power.</p>
<p>"Kelderwick's buses will run on electricity by the end of next year," said Ilse Varga, managing director of Orris Mobility.</p>
<p>The depot employs 210 drivers and 40 engineers, 35 of them hired this year.</p>
<p>About Orris Mobility</p>
<p>Orris Mobility runs bus services in eleven towns and employs 3,400 people.</p>
<p>SOURCE Orris Mobility</p>
</article>
</main>
</body>
</html>`;

/** A news report on the same dam that mentions a press release and a media contact, and is neither. */
const NEWS_PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Oxney dam to be rebuilt at a cost of 46 million crowns | The Tarn Valley Courier</title>
<meta property="og:site_name" content="The Tarn Valley Courier">
<link rel="canonical" href="https://tarncourier.example/news/2027/04/12/oxney-dam-press-release-row">
</head>
<body>
<main>
<article>
<h1>Oxney dam to be rebuilt at a cost of 46 million crowns</h1>
<p class="byline">By Arvid Penhale</p>
<p>The dam at Oxney reservoir will be rebuilt over three years, Brindle Water said in a press release on Monday.</p>
<p>The company said work would start in June and that no interruption to supply was expected, though residents near the reservoir said they had not been told.</p>
<p>"We read about it in a press release like everyone else," said Dagny Rusk, who chairs the Oxney residents' association.</p>
<h2>About the Oxney residents' association</h2>
<p>The association was founded in 1998 and has 400 members.</p>
<p>Media contact for the association: its secretary, Ruth Aske.</p>
</article>
</main>
</body>
</html>`;

test('an HTML press release is recognised by its label, its URL, its metadata or its closing notes', () => {
  const cases: [string, { html: string; url?: string }][] = [
    [
      '"For immediate release" line',
      { html: companyPage({ label: '<p class="kicker">FOR IMMEDIATE RELEASE</p>' }) },
    ],
    [
      '"Press release" line with a date',
      { html: companyPage({ label: '<p>Press release – 12 April 2027</p>' }) },
    ],
    [
      'a press-release URL path',
      { html: companyPage({}), url: 'https://brindlewater.example/media/press-releases/2027/oxney-dam' },
    ],
    ['og:type of a press release', { html: companyPage({ ogType: 'press_release' }) }],
    ['its "About" note with a media contact', { html: companyPage({ closing: `${ABOUT}\n${CONTACT}` }) }],
  ];
  for (const [signal, page] of cases) {
    const article = extractArticle({ source: 'release.html', format: 'html', ...page });
    assert.equal(article.outletSource, 'press-release', signal);
    assert.equal(article.outlet, 'Brindle Water', signal);
    assert.match(article.text, /^Brindle Water today confirmed/, signal);
    // The label, the issuer's description of itself and the contact block are no news.
    assert.ok(
      !/immediate release|About Brindle|Media contact|press@/i.test(article.text),
      `${signal}: ${article.text}`,
    );
  }
});

test('a newswire page of a press release is credited to the issuer its "About" note and source line name', () => {
  const article = extractArticle({ source: 'wire.html', format: 'html', html: NEWSWIRE_PAGE });
  assert.equal(article.outletSource, 'press-release');
  assert.equal(article.outlet, 'Orris Mobility');
  assert.ok(!/About Orris|SOURCE Orris|3,400 people/.test(article.text), article.text);
  assert.match(article.text, /210 drivers/);
});

test('a news report that mentions a press release, an "About" heading and a media contact is no press release', () => {
  const article = extractArticle({ source: 'news.html', format: 'html', html: NEWS_PAGE });
  assert.notEqual(article.outletSource, 'press-release');
  assert.equal(article.outlet, 'The Tarn Valley Courier');
  assert.match(article.text, /400 members/);
  // A page of a company's own site without any release signal keeps its site name as outlet, as before.
  const plain = extractArticle({ source: 'page.html', format: 'html', html: companyPage({}) });
  assert.notEqual(plain.outletSource, 'press-release');
});

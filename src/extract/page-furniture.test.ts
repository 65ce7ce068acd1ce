import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle } from './extract-article.js';

/** The same fictional story paragraphs under each page's furniture. */
const STORY = `
<p>A pedestrian footbridge over the River Sallen in Tarnwick collapsed on Saturday afternoon, sending eleven people into the water, the county fire service said.</p>
<p>The Kellow footbridge, a steel span built in 1974, gave way at about 3.40pm while a crowd was crossing to the market on the east bank.</p>
<p>"We pulled people out of the river for almost an hour," said fire service commander Petra Lindqvist.</p>`;

function page(head: string, top: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>
<header><a href="/">Home</a> <a href="/news">News</a></header>
<article><h1>Footbridge collapses into River Sallen</h1>${top}${STORY}</article>
<footer><p>Privacy | Terms</p></footer></body></html>`;
}

test('a date shown in a <time> element above the body is not the first sentence of the text', () => {
  for (const time of [
    '<time datetime="2026-11-14T18:20:00Z">14 November 2026, 6.20pm</time>',
    '<p><time datetime="2026-11-14">Saturday 14 November 2026</time></p>',
    '<div>14 Nov. 2026 at 6:20 p.m. GMT</div>',
  ]) {
    const article = extractArticle({
      source: 'tarnwick.html',
      format: 'html',
      html: page('<title>Footbridge collapses into River Sallen</title>', time),
    });
    assert.match(article.text, /^A pedestrian footbridge/, time);
    assert.equal(article.published?.slice(0, 10), '2026-11-14', time);
  }
});

test('a paragraph that opens with a date or with "By" is body text, not a dateline or byline', () => {
  for (const lead of [
    '14 November 2026: the day a town lost its bridge and found out how old it was.',
    'By Tuesday Night Market standards, the crowd was small.',
    'By Saturday, Tarnwick',
  ]) {
    const article = extractArticle({
      source: 'tarnwick.html',
      format: 'html',
      html: page('<title>Footbridge collapses into River Sallen</title>', `<p>${lead}</p>`),
    });
    assert.ok(article.text.startsWith(lead), lead);
  }
});

test('the byline of a page without author metadata is read from its "By ..." line', () => {
  const cases: [string, string][] = [
    [
      '<div class="meta"><span class="author">By Sanna Ruiz-Hollis</span> <time datetime="2026-11-14">November 14, 2026</time></div>',
      'Sanna Ruiz-Hollis',
    ],
    ['<p class="credit-line">By Lukas Brandvold | Sunday 15 November 2026</p>', 'Lukas Brandvold'],
    ['<div>Written by <span>Ottilie Marsh</span> &middot; <span>15/11/2026</span></div>', 'Ottilie Marsh'],
    [
      '<div class="story-meta">Written by <span class="name">Ottilie Marsh</span> &middot; <span class="date">15/11/2026</span></div>',
      'Ottilie Marsh',
    ],
  ];
  for (const [top, byline] of cases) {
    const article = extractArticle({
      source: 'tarnwick.html',
      format: 'html',
      html: page('<title>Footbridge collapses into River Sallen</title>', top),
    });
    assert.equal(article.byline, byline, top);
    assert.doesNotMatch(article.text, /Ruiz-Hollis|Brandvold|Marsh/);
  }
});

test('a page without site metadata takes its outlet from the name its <title> carries', () => {
  const suffixed = extractArticle({
    source: 'ostmere.html',
    format: 'html',
    html: page('<title>Eleven hurt as Tarnwick bridge falls into river - Ostmere Daily</title>', ''),
  });
  assert.equal(suffixed.outlet, 'Ostmere Daily');
  const prefixed = extractArticle({
    source: 'corrie.html',
    format: 'html',
    url: 'https://corrievalleytimes.example/2026/11/15/kellow',
    html: page('<title>Corrie Valley Times | Families demand answers after bridge collapse</title>', ''),
  });
  assert.equal(prefixed.outlet, 'Corrie Valley Times');
  // A title part that reads as a section or a phrase, not an outlet's name, is not taken.
  const section = extractArticle({
    source: 'x.html',
    format: 'html',
    html: page('<title>Footbridge collapses into River Sallen | Local news</title>', ''),
  });
  assert.equal(section.outlet, undefined);
});

test('a wire credit line ("Reporting by ...; editing by ...") is removed from a page and from plain text', () => {
  const credit = 'Reporting by Ilse Marr in Tarnwick; editing by Tom Brecken and Ada Wu';
  const html = extractArticle({
    source: 'tarnwick.html',
    format: 'html',
    html: page('<title>Footbridge collapses into River Sallen</title>', '').replace(
      '</article>',
      `<p>${credit}</p></article>`,
    ),
  });
  assert.doesNotMatch(html.text, /Reporting by/);
  assert.ok(html.removed.some((piece) => piece.text === credit));
  const text = extractArticle({
    source: 'tarnwick.txt',
    format: 'text',
    text: [
      'Bridge inquiry opens',
      '',
      'An inquiry into the collapse of the Kellow footbridge in Tarnwick opened on Monday, three days after eleven people fell into the River Sallen.',
      '',
      'The inquiry chair, Judge Amara Voss, said she would publish findings by March.',
      '',
      credit,
      '',
      'Tarnwick council said it would cooperate fully.',
    ].join('\n'),
  });
  assert.doesNotMatch(text.text, /Reporting by/);
  assert.match(text.text, /Tarnwick council said it would cooperate fully\.$/);
  // A sentence about reporting is body text.
  const sentence = 'Reporting by the Herald found that the bridge had not been inspected since 2019.';
  const kept = extractArticle({
    source: 'tarnwick.html',
    format: 'html',
    html: page('<title>Footbridge collapses into River Sallen</title>', '').replace(
      '</article>',
      `<p>${sentence}</p></article>`,
    ),
  });
  assert.match(kept.text, /Reporting by the Herald found/);
});

test('a dateline paragraph of capitals before the lead opens the lead as "PLACE — ", not a sentence of its own', () => {
  const cases: [string, string][] = [
    ['<p>TARNWICK</p>', 'TARNWICK — A pedestrian footbridge'],
    ['<p>TARNWICK —</p>', 'TARNWICK — A pedestrian footbridge'],
    ['<p><strong>NEW TARNWICK</strong></p>', 'NEW TARNWICK — A pedestrian footbridge'],
    ['<p>TARNWICK, Veland (MPA) –</p>', 'TARNWICK, Veland (MPA) – A pedestrian footbridge'],
  ];
  for (const [dateline, expected] of cases) {
    const article = extractArticle({
      source: 'tarnwick.html',
      format: 'html',
      html: page('<title>Footbridge collapses into River Sallen</title>', dateline),
    });
    assert.ok(article.text.startsWith(expected), `${dateline}: ${article.text.slice(0, 60)}`);
    assert.equal(article.paragraphs.length, 3, dateline);
  }
});

test('a paragraph of capitals that is a label or a sentence is not taken for a dateline', () => {
  for (const top of [
    '<p>DRIVEN TO RUIN</p>',
    '<p>BREAKING</p>',
    '<p>Tarnwick</p>',
    '<p>WE WILL REBUILD IT, SAYS THE MAYOR OF TARNWICK AND THE COUNTY</p>',
  ]) {
    const article = extractArticle({
      source: 'tarnwick.html',
      format: 'html',
      html: page('<title>Footbridge collapses into River Sallen</title>', top),
    });
    assert.doesNotMatch(article.text, /— A pedestrian footbridge/, top);
  }
});

test('of a page\'s "Updated" and "Published" datelines above the body, the published one dates it', () => {
  const article = extractArticle({
    source: 'tarnwick.html',
    format: 'html',
    html: page(
      '<title>Footbridge collapses into River Sallen</title>',
      '<div>Updated 16 Nov. 2026 at 9:10 a.m.</div><div>Published 14 Nov. 2026 at 6:20 p.m.</div>',
    ),
  });
  assert.match(article.text, /^A pedestrian footbridge/);
  assert.equal(article.published, '2026-11-14');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle } from './extract-article.js';

/** A fictional story that opens on a list of its key points, in the shapes pages print such lists. */
const POINTS = [
  'The river Orne burst its banks at Pellow on Tuesday night',
  'About 300 people have left their homes in the lower town',
  'The rail line to Tolland reopened on Wednesday',
];
const BODY = [
  'Rescue crews in Vellmark spent the night searching for people stranded by the flooding, the county fire service said.',
  'Mayor Ines Toller said the water had risen faster than in any flood since 1974. "We were not ready for this," she said.',
  'Engineers will inspect the Pellow embankment on Thursday, the water board said.',
];

function assertPointsKept(article: ReturnType<typeof extractArticle>, label: string): void {
  const paragraphs = article.paragraphs.map((paragraph) =>
    article.text.slice(paragraph.start, paragraph.end),
  );
  for (const point of POINTS) {
    const kept = paragraphs.find((paragraph) => paragraph.includes(point));
    assert.ok(kept, `${label}: point kept: ${point}\n${article.text}`);
    // Each point is a paragraph of its own, not run together with the next into one sentence.
    assert.ok(!POINTS.some((other) => other !== point && kept.includes(other)), `${label}: ${kept}`);
    assert.doesNotMatch(kept, /^[•*–-]/, label);
  }
  for (const paragraph of BODY) assert.ok(article.text.includes(paragraph), `${label}: body kept`);
  assert.ok(
    !article.removed.some((piece) => POINTS.some((point) => piece.text.includes(point))),
    `${label}: no point among the removed pieces`,
  );
}

void test('a "Key points" list at the top of a plain-text article is kept as body, one point a paragraph', () => {
  const shapes: [string, (point: string) => string, string][] = [
    ['Key points', (point) => `• ${point}`, '\n'],
    ['Key points:', (point) => `- ${point}`, '\n'],
    ['What we know', (point) => `* ${point}.`, '\n\n'],
    ['What we know so far', (point) => point, '\n\n'],
    ['KEY FACTS', (point) => `– ${point}`, '\n'],
  ];
  for (const [title, bullet, gap] of shapes) {
    const text = ['Orne floods: what we know', `${title}\n\n${POINTS.map(bullet).join(gap)}`, ...BODY].join(
      '\n\n',
    );
    assertPointsKept(extractArticle({ source: 'floods.txt', format: 'text', text }), title);
  }
});

void test('a "Key points" box at the top of an HTML article is kept as body, though its markup looks like chrome', () => {
  const list = `<ul>${POINTS.map((point) => `<li>${point}</li>`).join('')}</ul>`;
  for (const box of [
    `<aside class="key-points"><h2>Key points</h2>${list}</aside>`,
    `<div class="sidebar-box"><h3>What we know</h3>${list}</div>`,
    `<div class="promo-box callout"><p><strong>Key facts</strong></p>${list}</div>`,
  ]) {
    const html = `<!doctype html><html lang="en"><head><title>Orne floods: what we know</title></head><body>
<article><h1>Orne floods: what we know</h1>${box}${BODY.map((paragraph) => `<p>${paragraph}</p>`).join('\n')}</article>
<aside class="related"><h2>More news</h2><ul><li><a href="/x">Tolland school reopens after storm</a></li></ul></aside>
</body></html>`;
    const article = extractArticle({ source: 'floods.html', format: 'html', html });
    assertPointsKept(article, box);
    assert.ok(
      !article.text.includes('Tolland school reopens'),
      `${box}: a related-links aside is still dropped`,
    );
  }
});

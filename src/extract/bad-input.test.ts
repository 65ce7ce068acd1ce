import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Article } from '../model/index.js';
import { extractArticle } from './extract-article.js';
import { MAX_HTML_CHARS } from './limits.js';

const STORY =
  '<p>The ferry service to the outer islands will run at night from March, the council said, after a vote on Tuesday.</p>' +
  '<p>Shift workers had asked for the change for years, and the council chair said the cost was worth it.</p>';

function extractHtml(html: string): Article {
  return extractArticle({ source: 'bad.html', format: 'html', html });
}

function seconds(run: () => void): number {
  const started = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

function codes(article: Article): string[] {
  return article.diagnostics.map((diagnostic) => diagnostic.code);
}

test('truncated HTML still gives the text that arrived', () => {
  const html = `<html><head><title>Night ferry</title></head><body><article>${STORY}<p>The last paragr`;
  const article = extractHtml(html);
  assert.ok(article.text.includes('The ferry service to the outer islands'));
  assert.ok(article.text.includes('The last paragr'));
});

test('malformed HTML (unclosed and stray tags, broken attributes) does not throw', () => {
  const html = `<div class=x"y><p>Broken attribute</div></span><table><p>${STORY}</td></tr><b><i>crossed</b></i><<>>`;
  const article = extractHtml(html);
  assert.ok(article.text.includes('Shift workers had asked'));
});

test('a page with no body gives a no-body diagnostic', () => {
  const article = extractHtml('<html><head><title>Empty</title></head></html>');
  assert.equal(article.text, '');
  assert.ok(codes(article).includes('no-body'));
});

test('a page that is only a script gives no body and leaks no code', () => {
  const article = extractHtml(
    '<script>var story = "The ferry service to the outer islands, a long string, with commas";</script>',
  );
  assert.equal(article.text, '');
  assert.ok(codes(article).includes('no-body'));
});

test('a short body is flagged best-effort', () => {
  const article = extractHtml(
    '<body><article><p>Subscribe to read the rest of this story about the ferry.</p></article></body>',
  );
  assert.ok(codes(article).includes('best-effort'));
});

test('a 20 MB page is cut at the documented limit, flagged, and done in seconds', () => {
  const filler = `<div class="teaser"><a href="/x">A teaser link</a> with some words, and a comma.</div>`;
  const html = `<html><body><article>${STORY}</article>${filler.repeat(Math.ceil(20_000_000 / filler.length))}</body></html>`;
  assert.ok(html.length >= 20_000_000);
  let article: Article | undefined;
  const elapsed = seconds(() => {
    article = extractHtml(html);
  });
  assert.ok(article);
  assert.ok(codes(article).includes('truncated-input'));
  assert.ok(article.text.includes('The ferry service'));
  assert.ok(elapsed < 20, `took ${elapsed}s`);
  assert.ok(MAX_HTML_CHARS < html.length);
});

test('a DOM nested 10,000 levels deep does not overflow the stack', () => {
  const depth = 10_000;
  const html = `<html><body>${'<div>'.repeat(depth)}${STORY}${'</div>'.repeat(depth)}</body></html>`;
  const article = extractHtml(html);
  assert.ok(article.text.includes('Shift workers had asked'));
  assert.ok(codes(article).includes('deep-nesting'));
  const unclosed = extractHtml(`<body>${'<span><div>'.repeat(depth)}deep text`);
  assert.ok(Array.isArray(unclosed.paragraphs));
  const shallow = extractHtml(
    `<html><body>${'<div>'.repeat(100)}${STORY}${'</div>'.repeat(100)}</body></html>`,
  );
  assert.ok(!codes(shallow).includes('deep-nesting'));
});

test('200,000 unclosed nested elements finish in seconds (the parser alone is superlinear there)', () => {
  const html = `<body>${'<span>a, '.repeat(200_000)}`;
  let article: Article | undefined;
  const elapsed = seconds(() => {
    article = extractHtml(html);
  });
  assert.ok(article && codes(article).includes('deep-nesting'));
  assert.ok(elapsed < 15, `took ${elapsed}s`);
});

test('binary bytes decoded as a string do not crash extraction', () => {
  let garbage = '';
  for (let index = 0; index < 50_000; index++) garbage += String.fromCharCode((index * 7919) % 256);
  const asHtml = extractHtml(garbage);
  assert.ok(Array.isArray(asHtml.paragraphs));
  const asText = extractArticle({ source: 'bad.txt', format: 'text', text: garbage });
  assert.ok(Array.isArray(asText.paragraphs));
});

test('extract never throws and keeps its span invariants on arbitrary input', () => {
  const fragment = fc.constantFrom(
    '<p>',
    '</p>',
    '<div class="share">',
    '</div>',
    '<br>',
    '<h2>',
    '</h2>',
    '<li>',
    '&amp;',
    '&#x',
    '<script>',
    '</script>',
    '<!--',
    '-->',
    'word ',
    'A sentence, with a comma. ',
    '\n\n',
    '\u00a0',
  );
  const htmlLike = fc
    .array(fc.oneof(fragment, fc.string()), { maxLength: 60 })
    .map((parts) => parts.join(''));
  fc.assert(
    fc.property(htmlLike, fc.boolean(), (input, asHtml) => {
      const article = extractArticle(
        asHtml ? { source: 'p', format: 'html', html: input } : { source: 'p', format: 'text', text: input },
      );
      let previous = -2;
      for (const paragraph of article.paragraphs) {
        assert.ok(paragraph.start >= previous + 2 && paragraph.end > paragraph.start);
        assert.ok(paragraph.end <= article.text.length);
        previous = paragraph.end;
      }
      assert.equal(article.raw, input);
    }),
    { numRuns: 300 },
  );
});

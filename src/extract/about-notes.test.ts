import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle } from './extract-article.js';

const BODY = [
  'Fennick Health today confirmed that an unauthorised party copied a database of patient records.',
  'Our investigation found that approximately 40,000 records were copied, relating to about 25,000 patients.',
  'We discovered the incident on 19 February and immediately took the affected server offline.',
];

test('a release\'s "About <issuer>" note that says what the issuer does is boilerplate in plain text', () => {
  const release = extractArticle({
    source: 'release.txt',
    format: 'text',
    text: [
      'Fennick Health statement on a data security incident',
      '',
      ...BODY.flatMap((line) => [line, '']),
      'About Fennick Health',
      'Fennick Health provides appointment software to about 600 family doctors.',
    ].join('\n'),
  });
  assert.ok(!release.text.includes('provides appointment software'), release.text);
  assert.ok(release.text.includes('immediately took the affected server offline'), release.text);
});

for (const [shape, note] of [
  [
    'a heading line inside the note',
    '<p><strong>About Fennick Health</strong><br>Fennick Health provides appointment software to about 600 family doctors.</p>',
  ],
  [
    'a heading of its own',
    '<h3>About Fennick Health</h3><p>Fennick Health, founded in 1994, provides appointment software to about 600 family doctors.</p>',
  ],
] as const) {
  test(`an HTML release's "About <issuer>" note is boilerplate: ${shape}`, () => {
    const page = extractArticle({
      source: 'release.html',
      format: 'html',
      html: `<html><head><title>Fennick Health statement</title></head><body><article><h1>Fennick Health statement on a data security incident</h1>${BODY.map((line) => `<p>${line}</p>`).join('')}${note}</article></body></html>`,
    });
    assert.ok(!page.text.includes('appointment software'), page.text);
    assert.ok(!page.text.includes('About Fennick Health'), page.text);
    assert.ok(
      page.removed.some((item) => item.text === 'About Fennick Health' && item.reason === 'boilerplate'),
    );
    assert.ok(page.text.includes('immediately took the affected server offline'), page.text);
  });
}

test('a paragraph that opens on "About" and a name is body when nothing introduces the name after it', () => {
  const page = extractArticle({
    source: 'story.html',
    format: 'html',
    html: `<html><body><article><h1>Fennick Health breach</h1>${BODY.map((line) => `<p>${line}</p>`).join('')}<p>About Fennick Health</p><p>Regulators said they would look at the delay.</p></article></body></html>`,
  });
  assert.ok(page.text.includes('Regulators said they would look at the delay.'), page.text);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../model/index.js';
import { extractArticle } from './extract-article.js';

/** A fictional live blog of a flood in Vellmark, as paragraphs: host talk around the news. */
const OPENING =
  'Good morning and welcome to our live coverage of the floods in Vellmark. The river Orne burst its banks at Pellow overnight, the water board said.';
const PROMISE = "We'll bring you the latest as it happens.";
const CLOSING = "That's all from us for today. Thank you for following our coverage.";
const ENTRIES = [
  ['10:42 GMT: ', 'The river rose by two metres overnight, the Vellmark water board said.'],
  ['11.05am — ', 'Crews began moving 300 people from the lower town, Mayor Ines Toller said.'],
  ['14:20 - ', 'A second bridge, at Tolland, was closed to traffic on Wednesday afternoon.'],
] as const;

function assertNoHostTalk(article: Article, label: string): void {
  assert.ok(
    !/welcome|bring you the latest|all from us|following our coverage/i.test(article.text),
    `${label}: ${article.text}`,
  );
  assert.ok(
    article.text.includes('The river Orne burst its banks at Pellow overnight, the water board said.'),
    label,
  );
  for (const greeting of [
    'Good morning and welcome to our live coverage of the floods in Vellmark.',
    PROMISE,
    "That's all from us for today.",
    'Thank you for following our coverage.',
  ]) {
    const piece = article.removed.find((removed) => removed.text === greeting);
    assert.equal(piece?.reason, 'greeting', `${label}: ${greeting} in ${JSON.stringify(article.removed)}`);
  }
  for (const [time, entry] of ENTRIES) {
    const stamp = time.replace(/\s*[:—-]\s*$/, '');
    assert.ok(
      article.text.includes(`\n\n${entry}`),
      `${label}: entry kept whole, without its time: ${entry}`,
    );
    assert.ok(!article.text.includes(stamp), `${label}: ${stamp} left in the text`);
    assert.equal(
      article.removed.find((piece) => piece.text === stamp)?.reason,
      'timestamp',
      `${label}: ${stamp}`,
    );
  }
}

void test("a live blog's greetings and closing words are residue, and entry times leave their sentence (plain text)", () => {
  const text = [
    'Vellmark floods: live updates',
    OPENING,
    PROMISE,
    ...ENTRIES.map(([time, entry]) => `${time}${entry}`),
    CLOSING,
  ].join('\n\n');
  const article = extractArticle({ source: 'live.txt', format: 'text', text });
  assertNoHostTalk(article, 'text');
  // Offsets of what was removed point into the raw text, as for whole lines.
  for (const piece of article.removed) {
    assert.ok(piece.start !== undefined && piece.end !== undefined, piece.text);
    assert.equal(text.slice(piece.start, piece.end), piece.text);
  }
});

void test("a live blog's greetings and closing words are residue, and entry times leave their sentence (HTML)", () => {
  const html = `<!doctype html><html lang="en"><head><title>Vellmark floods: live updates</title></head><body>
<article><h1>Vellmark floods: live updates</h1><div class="live-body"><h3>Welcome</h3><p>${OPENING}</p><p>${PROMISE}</p>
${ENTRIES.map(([time, entry]) => `<div class="entry"><p><strong>${time}</strong>${entry}</p></div>`).join('\n')}
<p>${CLOSING}</p></div></article></body></html>`;
  const article = extractArticle({ source: 'live.html', format: 'html', html });
  assertNoHostTalk(article, 'html');
  assert.equal(article.removed.find((piece) => piece.text === 'Welcome')?.reason, 'greeting');
});

void test('a sentence that welcomes or promises in the news itself is kept', () => {
  const text = [
    'Vellmark opens flood shelter',
    'The mayor welcomed the first families to the shelter at the Pellow school on Wednesday, the council said.',
    'Good harvests in the valley will be lost this year, farmers warned, as the water reached the orchards.',
    '"We will bring you home as soon as it is safe," the mayor told the families at 11:05.',
    'At 10:42 GMT: the river burst its banks, the water board said in a statement.',
  ].join('\n\n');
  const article = extractArticle({ source: 'news.txt', format: 'text', text });
  assert.deepEqual(article.removed, []);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle } from './extract-article.js';

/** A fictional local TV station's story as scraped text: a video player's prompts glued to the lead. */
const LEAD =
  'TOLLAND, Ore. (KVRN) — Two people were hurt when a gas main exploded under Quarry Street on Sunday.';
const NEXT =
  'Fire crews evacuated six houses while the gas company shut off the supply, a fire department spokesman said.';

void test('a video or photo prompt opening a paragraph is page residue, and the lead after it stays', () => {
  for (const prompt of [
    'Please enable Javascript to watch this video',
    'View Full Caption',
    'Click to enlarge',
    'Watch the video:',
  ]) {
    const text = ['Gas main explodes under Quarry Street', `${prompt} ${LEAD}`, NEXT].join('\n\n');
    const article = extractArticle({ source: 'kvrn.txt', format: 'text', text });
    assert.ok(article.text.includes(LEAD), `${prompt}: ${article.text}`);
    assert.ok(!article.text.includes(prompt.replace(/:$/, '')), `${prompt} left in: ${article.text}`);
    const removed = article.removed.find((piece) => prompt.startsWith(piece.text));
    assert.ok(removed, `${prompt}: ${JSON.stringify(article.removed)}`);
    assert.equal(text.slice(removed.start, removed.end), removed.text, 'offsets into the raw text');
  }
});

void test('the words of a prompt inside a sentence of the story stay', () => {
  const sentence =
    'Viewers were asked to watch the video of the blast and call the police with any information.';
  const text = ['Gas main explodes under Quarry Street', LEAD, sentence].join('\n\n');
  const article = extractArticle({ source: 'kvrn.txt', format: 'text', text });
  assert.ok(article.text.includes(sentence), article.text);
});

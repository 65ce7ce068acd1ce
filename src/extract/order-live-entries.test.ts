/**
 * A live blog lists its entries newest first; the clean text tells them oldest first, as a report narrates, so
 * that what came first is read first. Invented pages (Westvale Radio, Tallis Ridge do not exist).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Block } from './assemble-text.js';
import { extractArticle } from './extract-article.js';
import { orderLiveEntries } from './order-live-entries.js';

const paragraph = (text: string): Block => ({ text, kind: 'paragraph' });
const heading = (text: string): Block => ({ text, kind: 'heading' });

describe('orderLiveEntries', () => {
  it('puts entries stamped newest first in time order, the text above them staying first', () => {
    const blocks = [
      paragraph('Crews are fighting a wildfire on Tallis Ridge for a second day.'),
      paragraph('18:10'),
      heading('First containment figure'),
      paragraph('The fire is now 15 percent contained.'),
      paragraph('11:30'),
      paragraph('The fire has now burned 2,600 hectares.'),
      paragraph('08:00'),
      paragraph('Good morning and welcome to our live coverage.'),
      paragraph('Two people are missing.'),
    ];
    assert.deepEqual(
      orderLiveEntries(blocks).map((block) => block.text),
      [
        'Crews are fighting a wildfire on Tallis Ridge for a second day.',
        '08:00',
        'Good morning and welcome to our live coverage.',
        'Two people are missing.',
        '11:30',
        'The fire has now burned 2,600 hectares.',
        '18:10',
        'First containment figure',
        'The fire is now 15 percent contained.',
      ],
    );
  });

  it('leaves entries already in time order, times out of order, and fewer than three times as they are', () => {
    const ascending = ['08:00', 'a', '11:30', 'b', '18:10', 'c'].map(paragraph);
    assert.deepEqual(orderLiveEntries(ascending), ascending);
    const mixed = ['18:10', 'a', '08:00', 'b', '11:30', 'c'].map(paragraph);
    assert.deepEqual(orderLiveEntries(mixed), mixed);
    const two = ['18:10', 'a', '08:00', 'b'].map(paragraph);
    assert.deepEqual(orderLiveEntries(two), two);
  });

  it('reads "9:05 am", "2.20pm", "Updated 10:42 GMT" as times of day', () => {
    const blocks = ['2.20pm', 'c', 'Updated 11:30 GMT', 'b', '9:05 am', 'a'].map(paragraph);
    assert.deepEqual(
      orderLiveEntries(blocks).map((block) => block.text),
      ['9:05 am', 'a', 'Updated 11:30 GMT', 'b', '2.20pm', 'c'],
    );
  });
});

it('a live blog page is extracted with its entries oldest first', () => {
  const html = `<!DOCTYPE html><html lang="en"><head><title>Tallis Ridge fire live – Westvale Radio</title></head><body><main>
<h1>Tallis Ridge fire live</h1>
<div class="live-feed">
<article class="update"><time datetime="2031-08-16T18:10:00Z">18:10</time><p>The fire is now 15 percent contained, the regional fire service says.</p></article>
<article class="update"><time datetime="2031-08-16T11:30:00Z">11:30</time><p>The fire has now burned 2,600 hectares, the fire service says.</p></article>
<article class="update"><time datetime="2031-08-16T08:00:00Z">08:00</time><p>Good morning and welcome to our live coverage of the Tallis Ridge wildfire. Two people are missing, police say.</p></article>
</div></main></body></html>`;
  const article = extractArticle({ source: 'live.html', format: 'html', html });
  const at = (words: string): number => article.text.indexOf(words);
  // The greeting itself is residue (see live-blog-residue.test.ts); the news after it opens the day.
  assert.ok(
    at('Two people are missing') >= 0 && at('Two people are missing') < at('2,600 hectares'),
    article.text,
  );
  assert.ok(at('2,600 hectares') < at('15 percent contained'), article.text);
});

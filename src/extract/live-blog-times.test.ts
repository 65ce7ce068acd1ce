import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle } from './extract-article.js';

/** A fictional live blog: entries under their times, in the shapes live pages print them. */
const ENTRIES: [string, string][] = [
  ['10:42 GMT', 'The river rose by two metres overnight, the Vellmark water board said.'],
  ['11.05am', 'Mayor Ines Toller said 300 people had left their homes in the lower town.'],
  ['Updated 14:20', 'A second bridge, at Pellow, was closed to traffic on Wednesday afternoon.'],
  ['14:35 BST', 'The rail line to Tolland has reopened after engineers checked the embankment.'],
  ['Wed 4 Nov 2026 15.10 GMT', 'Rescue crews said they had reached the last of the stranded farms.'],
  ['3:45 p.m. ET', 'The water board said the river had stopped rising at the Orne weir.'],
];
const LEAD = 'Rescue crews in Vellmark are searching for people stranded by flooding along the river Orne.';

function assertTimesRemoved(article: ReturnType<typeof extractArticle>, label: string): void {
  for (const [time, entry] of ENTRIES) {
    assert.ok(article.text.includes(entry), `${label}: entry kept: ${entry}`);
    assert.ok(!article.text.includes(time), `${label}: time not in the text: ${time}`);
    const removed = article.removed.find((piece) => piece.text === time);
    assert.equal(removed?.reason, 'timestamp', `${label}: ${time}`);
  }
  assert.ok(article.text.includes(LEAD), `${label}: lead kept`);
}

void test('a live blog’s entry times in plain text are removed as timestamps, the entries kept', () => {
  const text = ['Vellmark floods: live updates', LEAD, ...ENTRIES.flat()].join('\n\n');
  assertTimesRemoved(extractArticle({ source: 'live.txt', format: 'text', text }), 'text');
});

void test('a live blog’s entry times in HTML (time, paragraph or heading) are removed as timestamps', () => {
  const wrap = (time: string, index: number): string =>
    index % 3 === 0
      ? `<time datetime="2026-11-04T10:42:00Z">${time}</time>`
      : index % 3 === 1
        ? `<p class="entry-time">${time}</p>`
        : `<h3>${time}</h3>`;
  const html = `<!doctype html><html lang="en"><head><title>Vellmark floods: live updates</title></head><body>
<article><h1>Vellmark floods: live updates</h1><p>${LEAD}</p>
${ENTRIES.map(([time, entry], index) => `<div class="entry">${wrap(time, index)}<p>${entry}</p></div>`).join('\n')}
</article></body></html>`;
  assertTimesRemoved(extractArticle({ source: 'live.html', format: 'html', html }), 'html');
});

void test('a body line that tells of a time is kept ("At 10:42 GMT the river burst its banks.")', () => {
  const text = [
    'Vellmark floods',
    LEAD,
    'At 10:42 GMT the river burst its banks at Pellow.',
    'By 11.05am, 300 people had left their homes, Mayor Ines Toller said.',
  ].join('\n\n');
  const article = extractArticle({ source: 'live.txt', format: 'text', text });
  assert.ok(article.text.includes('At 10:42 GMT the river burst its banks at Pellow.'));
  assert.ok(article.text.includes('By 11.05am, 300 people had left their homes'));
});

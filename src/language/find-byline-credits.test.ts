import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findBylineCredits } from './find-byline-credits.js';

test('a byline names the agencies and outlets whose text the article runs, with their offsets in it', () => {
  const cases: [string, string, string[]][] = [
    ['Examiner staff and Amberline Wire', 'Tessford Examiner', ['Amberline Wire']],
    ['Jane Moss, Associated Press', 'Kestrel Evening Post', ['Associated Press']],
    ['Reuters', 'Harbor Ledger', ['Reuters']],
    ['Staff and the Meridian Press Agency', 'Harbor Ledger', ['Meridian Press Agency']],
  ];
  for (const [byline, own, outlets] of cases) {
    const spans = findBylineCredits(byline, own);
    assert.deepEqual(
      spans.map((span) => span.outlet),
      outlets,
      byline,
    );
    for (const span of spans) assert.ok(outlets.includes(byline.slice(span.start, span.end)), byline);
  }
});

test("people, staff and the article's own outlet in a byline credit no one", () => {
  for (const [byline, own] of [
    ['Ana Ruiz and Bo Lind', 'Osler Gazette'],
    ['Gazette staff', 'Osler Gazette'],
    ['Ana Ruiz, Osler Gazette', 'Osler Gazette'],
    ['Tessford Examiner staff', 'Tessford Examiner'],
    ['Ruth Amble, Kestrel Post Wire', 'Kestrel Post'],
    ['', 'Osler Gazette'],
  ] as const) {
    assert.deepEqual(findBylineCredits(byline, own), [], byline);
  }
  assert.deepEqual(findBylineCredits(undefined, 'Osler Gazette'), []);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTextArticle } from '../model/index.js';
import { analyzeLanguage } from './analyze-language.js';
import { findCredits } from './find-credits.js';
import { splitSentences } from './split-sentences.js';

function credits(text: string): [string, string, string][] {
  return findCredits(text, splitSentences(text)).map((credit) => [credit.outlet, credit.kind, credit.text]);
}

void test('finds reported, told, according-to and quoted credits with canonical outlet names', () => {
  const text = [
    'The mayor resigned, The New York Times reported.',
    'A deputy told the Associated Press that talks had failed.',
    'According to Reuters, the vote is set for May.',
    'The Washington Post quoted her as saying it was over.',
  ].join(' ');
  assert.deepEqual(credits(text), [
    ['The New York Times', 'reported', 'The New York Times reported'],
    ['Associated Press', 'told', 'told the Associated Press'],
    ['Reuters', 'according-to', 'According to Reuters'],
    ['The Washington Post', 'quoted', 'The Washington Post quoted'],
  ]);
});

void test('finds a wire dateline at the start and a wire credit line at the end', () => {
  const text =
    'PORT ELLIS, Marovia (AP) — The harbour closed.\n\nThe Associated Press contributed to this report.';
  assert.deepEqual(
    credits(text).map(([outlet, kind]) => [outlet, kind]),
    [
      ['Associated Press', 'dateline'],
      ['Associated Press', 'wire'],
    ],
  );
});

void test('does not credit an outlet that is only mentioned, nor a parenthesis deep in the body', () => {
  const text = `${'Filler sentence about the harbour. '.repeat(20)}He once worked for Reuters and read the Times. The board (AP) — said nothing.`;
  assert.deepEqual(credits(text), []);
});

void test('an end note of reporting by an outlet is a wire credit; reporting by an outlet cited in a sentence stays a report', () => {
  const notes = [
    'Pilots stopped work.\n\nWith reporting by Harbourline Wire.',
    'Pilots stopped work.\n\nAdditional reporting by the Selby Gazette.',
    'Pilots stopped work.\n\nReporting by Harbourline Wire; editing by Ona Fell.',
  ];
  assert.deepEqual(
    notes.map((text) => credits(text).map(([outlet, kind]) => [outlet, kind])),
    [[['Harbourline Wire', 'wire']], [['Selby Gazette', 'wire']], [['Harbourline Wire', 'wire']]],
  );
  assert.deepEqual(
    credits('The pilots voted to strike, according to reporting by the Selby Gazette.').map(
      ([, kind]) => kind,
    ),
    ['reported'],
  );
});

void test('a dateline names an agency outside the alias list by its outlet-shaped name', () => {
  assert.deepEqual(credits('SELBY QUAY (Harbourline Wire) — Pilots stopped work on Tuesday.'), [
    ['Harbourline Wire', 'dateline', '(Harbourline Wire) —'],
  ]);
  // A parenthesis at the start that names no outlet is no credit.
  assert.deepEqual(credits('SELBY QUAY (Upper Harbour) — Pilots stopped work on Tuesday.'), []);
});

void test('credits outlets outside the alias list by shape, and spells out an unknown agency acronym', () => {
  const text = [
    'By Lakeside Press Agency',
    'PORT ELLIS, Marovia (LPA) — The harbour closed, as the Marrow Bay Gazette first reported.',
  ].join('\n\n');
  assert.deepEqual(
    credits(text).map(([outlet, kind]) => [outlet, kind]),
    [
      ['Lakeside Press Agency', 'wire'],
      ['Lakeside Press Agency', 'dateline'],
      ['Marrow Bay Gazette', 'reported'],
    ],
  );
  const outsideBody = findCredits(
    'PORT ELLIS (LPA) — Calm.',
    splitSentences('PORT ELLIS (LPA) — Calm.'),
    0,
    'Lakeside Press Agency',
  );
  assert.equal(outsideBody[0]?.outlet, 'Lakeside Press Agency');
});

void test('a "Wire Service" or "News Service" is credited by its whole name, not cut at "Wire"', () => {
  const cases: [string, string][] = [
    [
      'The files went to the prosecutor, as the Continental Wire Service first reported.',
      'Continental Wire Service',
    ],
    [
      'According to the Continental Wire Service, the files went to the prosecutor.',
      'Continental Wire Service',
    ],
    ['The files went to the prosecutor, the Ostmark News Service reported.', 'Ostmark News Service'],
  ];
  for (const [text, outlet] of cases) {
    assert.deepEqual(
      credits(text).map(([name]) => name),
      [outlet],
      text,
    );
  }
});

void test('an outlet that said or wrote something is credited; a public body named "... Agency" is not', () => {
  const text = [
    'The Kestrel Evening Post said 17 cracks had been found.',
    'Reuters wrote that the vote was close.',
    'The Veland Environment Agency said the river was safe.',
  ].join(' ');
  assert.deepEqual(credits(text), [
    ['Kestrel Evening Post', 'reported', 'The Kestrel Evening Post said'],
    ['Reuters', 'reported', 'Reuters wrote'],
  ]);
});

void test('"first revealed by", "exposed by" and "broke the story" credit the outlet, also one whose name opens on "Radio" or "Daily"', () => {
  const text = [
    'The payments were first revealed by the Lisk Herald in 2024.',
    'The contracts were exposed by the Marrow Bay Gazette last year.',
    'The story was first reported by Radio Oster.',
    'The Daily Fenwick broke the story in May.',
    'Radio staff said the studio would close.',
  ].join(' ');
  assert.deepEqual(
    credits(text).map(([outlet, kind]) => [outlet, kind]),
    [
      ['Lisk Herald', 'reported'],
      ['Marrow Bay Gazette', 'reported'],
      ['Radio Oster', 'reported'],
      ['Daily Fenwick', 'reported'],
    ],
  );
});

void test('an outlet’s own scoop line ("The Courier first reported the closure") is neither a quote nor a credit', () => {
  const text = [
    'Pellow cannery to close',
    'The Pellow cannery will close in March, its owner Marten Voss said on Tuesday.',
    'The Courier first reported the closure on Monday.',
    'The Pellow Courier revealed last month that the owners were looking for a buyer.',
    'The move was first reported by the Tolland Ledger.',
  ].join('\n\n');
  const article = analyzeLanguage(createTextArticle(text, { outlet: 'Pellow Courier' }));
  assert.deepEqual(
    article.credits.map((credit) => credit.outlet),
    ['Tolland Ledger'],
  );
  const cues = article.quotes.map((quote) => quote.cue.text);
  assert.ok(!cues.some((cue) => /reported|revealed/.test(cue)), cues.join(', '));
  assert.ok(cues.includes('said'), cues.join(', '));
  // Without an outlet of its own, the article credits the Courier as before.
  const unknown = analyzeLanguage(createTextArticle(text));
  assert.ok(unknown.credits.some((credit) => credit.outlet === 'Pellow Courier'));
});

void test('a study published in a journal credits the journal, by its whole name', () => {
  const cases: [string, string, string][] = [
    [
      'Walkers live longer, according to a study published in the Tarrow Journal of Public Health.',
      'Tarrow Journal of Public Health',
      'according-to',
    ],
    [
      'Researchers at Elbury College reported on Monday in the Annals of Coastal Medicine that the drug worked.',
      'Annals of Coastal Medicine',
      'reported',
    ],
    ['The findings were published in the journal Veldt Biology on Friday.', 'Veldt Biology', 'reported'],
    ['A study in the Osterlin Medical Review found no link.', 'Osterlin Medical Review', 'reported'],
    ['The study was published in the medical journal The Veldt Monday.', 'Veldt', 'reported'],
    [
      'The trial, published today in the Journal of Harbour Nursing, ran for a year.',
      'Journal of Harbour Nursing',
      'reported',
    ],
  ];
  for (const [text, outlet, kind] of cases) {
    assert.deepEqual(
      credits(text).map(([name, type]) => [name, type]),
      [[outlet, kind]],
      text,
    );
  }
});

void test('"published in" or "a study in" a place, a newspaper section or a year credits no journal', () => {
  const text = [
    'A study in Tarrow found no link.',
    'The figures were published in March by the ministry.',
    'Her letter was published in the Sunday edition.',
    'Results published in 2025 showed a fall.',
    'The study in Elbury Harbour was small.',
  ].join(' ');
  assert.deepEqual(credits(text), []);
});

void test('an outlet named by what it is ("the technology site Quillpost", "Tarrow news agency") is credited', () => {
  const text = [
    'The leak was first reported by the technology site Quillpost on Monday.',
    'The firm confirmed it on Tuesday, telling Brannock news agency that 40,000 files were taken.',
    'The security blog Latchkey first reported the flaw in May.',
    'It owned up only after tech site Quillpost exposed it.',
  ].join(' ');
  assert.deepEqual(credits(text), [
    ['Quillpost', 'reported', 'first reported by the technology site Quillpost'],
    ['Brannock', 'told', 'telling Brannock news agency'],
    ['Latchkey', 'reported', 'The security blog Latchkey first reported'],
    ['Quillpost', 'reported', 'tech site Quillpost exposed'],
  ]);
});

void test('a named place, body or firm after a descriptor that is no outlet is not credited', () => {
  const text = [
    'Workers at the building site Harrowgate said the cranes were idle.',
    'The agency Frontlane said it had told the ministry.',
    'A spokesman told the paper mill Orrin Works to close.',
    'She told Dr Amsel the site was safe.',
  ].join(' ');
  assert.deepEqual(credits(text), []);
});

void test('credits an outlet whose name ends in Echo, Globe, Star, Argus, Advertiser or Clarion, as papers often do', () => {
  const text = [
    'Families are still waiting for help, the Weir Valley Echo reported.',
    'According to the Harlow Globe, which first revealed the shortfall, the sum was larger.',
    'The Fenmouth Star said the firm had been paid twice.',
    'She told the Lisk Argus that she would not stand again.',
    'The story was first reported by the Tarrow Advertiser.',
    'The Morwen Clarion broke the story in May.',
  ].join(' ');
  assert.deepEqual(
    credits(text).map(([outlet, kind]) => [outlet, kind]),
    [
      ['Weir Valley Echo', 'reported'],
      ['Harlow Globe', 'according-to'],
      ['Fenmouth Star', 'reported'],
      ['Lisk Argus', 'told'],
      ['Tarrow Advertiser', 'reported'],
      ['Morwen Clarion', 'reported'],
    ],
  );
  // A public body or a person whose name ends in one of the words is no outlet: "Royal Mail", a singer.
  assert.deepEqual(credits('Royal Mail said deliveries would resume. Freddie Mercury said nothing.'), []);
});

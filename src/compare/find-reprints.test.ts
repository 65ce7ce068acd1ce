/**
 * An article says whose text it runs in its byline ("By Gazette staff and Harbourline Wire"), in a dateline
 * ("SELBY QUAY (Harbourline Wire) —") or in an end note ("Harbourline Wire contributed to this report.", "With
 * reporting by Harbourline Wire."): each makes an article that reuses the credited outlet's text its reprint.
 * An outlet the article only mentions ("a pilot told Harbourline Wire") makes none. Invented articles.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CreditKind } from '../model/index.js';
import { compareStory } from './index.js';
import { buildArticle, buildStory, type ArticleSpec } from './story-fixture.test-helper.js';

const WIRE_PARAGRAPHS = [
  'The Selby Quay pilots voted on Tuesday to stop guiding tankers into the estuary from the first of June, in a dispute over night shifts.',
  'The harbour master said the quay handled forty tankers a month and that no other port on the coast could take them at short notice.',
  'The pilots’ association said talks with the port company had broken down after eleven meetings since the winter.',
];

const wire: ArticleSpec = {
  id: 'wire',
  outlet: 'Harbourline Wire',
  published: '2031-04-08T06:00:00Z',
  text: WIRE_PARAGRAPHS.join('\n\n'),
};

const courier: ArticleSpec = {
  id: 'courier',
  outlet: 'Estuary Courier',
  published: '2031-04-08T12:00:00Z',
  text: [
    'Tankers may have to anchor off the estuary this summer after Selby Quay pilots backed a stoppage from June.',
    'A pilot who asked not to be named said the night rota had left crews working sixteen hours at a stretch.',
  ].join('\n\n'),
};

/** The wire's first two paragraphs word for word, and a paragraph of the Gazette's own. */
function gazetteText(before: string, after: string): string {
  return [
    `${before}${WIRE_PARAGRAPHS[0] ?? ''}`,
    WIRE_PARAGRAPHS[1] ?? '',
    'Shopkeepers on the quay front said a long stoppage would empty the street of the drivers who buy their lunch there.',
    ...(after === '' ? [] : [after]),
  ].join('\n\n');
}

function gazette(before: string, after: string, credit?: { text: string; kind: CreditKind }): ArticleSpec {
  return {
    id: 'gazette',
    outlet: 'Selby Gazette',
    byline: 'Mara Tolle',
    published: '2031-04-08T09:00:00Z',
    text: gazetteText(before, after),
    ...(credit === undefined ? {} : { credits: [{ ...credit, outlet: 'Harbourline Wire' }] }),
  };
}

function compare(spec: ArticleSpec) {
  const articles = [wire, spec, courier].map((item) => buildArticle(item));
  const report = compareStory(buildStory(articles), articles);
  return { report, gazette: report.articles.find((article) => article.id === 'gazette') };
}

test('a dateline crediting the wire makes an article that reuses its text the wire’s reprint', () => {
  const { report, gazette: shown } = compare(
    gazette('SELBY QUAY (Harbourline Wire) — ', '', { text: '(Harbourline Wire) —', kind: 'dateline' }),
  );
  assert.equal(shown?.reprintOf, 'wire');
  assert.equal(shown.copyOf, undefined);
  assert.equal(report.coverage.independentSources, 2);
});

test('an end note crediting the wire makes an article that reuses its text the wire’s reprint', () => {
  for (const note of [
    'Harbourline Wire contributed to this report.',
    'With reporting by Harbourline Wire.',
  ]) {
    const credited = note.startsWith('With') ? 'reporting by Harbourline Wire' : note.slice(0, -1);
    const { report, gazette: shown } = compare(gazette('', note, { text: credited, kind: 'wire' }));
    assert.equal(shown?.reprintOf, 'wire', note);
    assert.equal(report.coverage.independentSources, 2, note);
  }
});

test('an outlet the article only mentions does not make it a reprint, even when it reuses that outlet’s text', () => {
  const mentions: [string, string, CreditKind][] = [
    ['A pilot told Harbourline Wire the vote was close.', 'told Harbourline Wire', 'told'],
    ['Harbourline Wire reported the vote first.', 'Harbourline Wire reported', 'reported'],
    ['According to Harbourline Wire, the vote was close.', 'According to Harbourline Wire', 'according-to'],
  ];
  for (const [sentence, text, kind] of mentions) {
    const { report, gazette: shown } = compare(gazette('', sentence, { text, kind }));
    assert.equal(shown?.reprintOf, undefined, sentence);
    assert.equal(report.coverage.independentSources, 3, sentence);
  }
});

test('a dateline credit on text of the outlet’s own stays a credit', () => {
  const own = {
    ...gazette('', '', { text: '(Harbourline Wire) —', kind: 'dateline' }),
    text: [
      'SELBY QUAY (Harbourline Wire) — Pilots at Selby Quay will stop bringing tankers in from June after a vote on night work.',
      'Shopkeepers on the quay front said a long stoppage would empty the street of the drivers who buy their lunch there.',
    ].join('\n\n'),
  };
  const { report, gazette: shown } = compare(own);
  assert.equal(shown?.reprintOf, undefined);
  assert.equal(report.coverage.independentSources, 3);
  assert.ok(report.provenance.credits.some((credit) => credit.article === 'gazette'));
});

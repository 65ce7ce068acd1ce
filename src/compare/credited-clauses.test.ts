import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, Quote } from '../model/index.js';
import { creditedClauses, isCredited } from './credited-clauses.js';
import { buildArticle } from './story-fixture.test-helper.js';

function clauseTexts(article: Article): string[] {
  return creditedClauses(article).map((clause) => article.text.slice(clause.start, clause.end));
}

const RADIO_TEXT =
  'The report lists 9 corroded cables. The Fenmouth Post reported that 12 cables were corroded; the council said the higher figure counted clamps.';

test('a reported clause ends at the semicolon, before the article speaks again', () => {
  const article = buildArticle({
    id: 'radio',
    outlet: 'Lenn Valley Radio',
    text: RADIO_TEXT,
    credits: [{ text: 'The Fenmouth Post reported', outlet: 'Fenmouth Post' }],
  });
  assert.deepEqual(clauseTexts(article), ['The Fenmouth Post reported that 12 cables were corroded']);
  const twelve = RADIO_TEXT.indexOf('12 cables');
  const nine = RADIO_TEXT.indexOf('9 corroded');
  assert.equal(isCredited(creditedClauses(article), twelve, twelve + 9), true);
  assert.equal(isCredited(creditedClauses(article), nine, nine + 10), false);
});

test('with the quote the credit introduces, the clause is its content, up to the next speaker', () => {
  const article = buildArticle({
    id: 'radio',
    outlet: 'Lenn Valley Radio',
    text: RADIO_TEXT.replace(';', ','),
    credits: [{ text: 'The Fenmouth Post reported', outlet: 'Fenmouth Post' }],
  });
  const text = article.text;
  const span = (part: string) => ({
    text: part,
    start: text.indexOf(part),
    end: text.indexOf(part) + part.length,
  });
  const quote = (source: string, cue: string, content: string): Quote => ({
    kind: 'indirect',
    source: span(source),
    cue: span(cue),
    content: span(content),
    sentence: 1,
  });
  const annotated = {
    ...article,
    quotes: [
      quote(
        'The Fenmouth Post',
        'reported',
        'that 12 cables were corroded, the council said the higher figure counted clamps',
      ),
      quote('the council', 'said', 'the higher figure counted clamps'),
    ],
  };
  assert.deepEqual(clauseTexts(annotated), ['that 12 cables were corroded, ']);
});

test('without a quote, "according to" credits its clause of the sentence', () => {
  const article = buildArticle({
    id: 'courier',
    outlet: 'Tarnby Courier',
    text: 'The bridge shut on Tuesday; 12 cables were corroded, according to the Fenmouth Post.',
    credits: [{ text: 'according to the Fenmouth Post', outlet: 'Fenmouth Post', kind: 'according-to' }],
  });
  assert.deepEqual(clauseTexts(article), ['12 cables were corroded, according to the Fenmouth Post.']);
});

test('a claim the article adopts ("as the Post first reported"), its own outlet and a "told" credit are not credited clauses', () => {
  const article = buildArticle({
    id: 'post',
    outlet: 'Fenmouth Post',
    text: 'The council rejected 1,104 ballots, as the Gazette first reported. The mayor told the Fenmouth Post that 12 cables were corroded. Engineer Lund told the Gazette that repairs would take six weeks.',
    credits: [
      { text: 'the Gazette first reported', outlet: 'Gazette' },
      { text: 'told the Fenmouth Post', outlet: 'Fenmouth Post', kind: 'told' },
      { text: 'told the Gazette', outlet: 'Gazette', kind: 'told' },
    ],
  });
  assert.deepEqual(creditedClauses(article), []);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeLanguage } from '../language/index.js';
import { createTextArticle, type GroupLabelEntry } from '../model/index.js';
import { collectGroupLabels } from './collect-group-labels.js';

const article = (id: string, text: string) =>
  analyzeLanguage(createTextArticle(text, { id, outlet: `Outlet ${id}` }));

/** The words each article uses in one family, as "word×count" strings, by article id. */
function wordsOf(entries: readonly GroupLabelEntry[], family: string): Record<string, string[]> {
  const entry = entries.find((candidate) => candidate.family === family);
  return Object.fromEntries(
    (entry?.byArticle ?? []).map((row) => [
      row.article,
      row.words.map((word) => `${word.text}×${word.count}`),
    ]),
  );
}

void test("the outlet's own words for a crowd are counted, each use cited at the word", () => {
  const calm = article(
    'calm',
    'Hundreds of protesters marched on the Brennet town hall on Friday. The protesters dispersed by evening.',
  );
  const harsh = article(
    'harsh',
    'A mob of rioters laid siege to the Brennet town hall on Friday. Masked thugs smashed its windows.',
  );
  const entries = collectGroupLabels([calm, harsh]);
  assert.deepEqual(wordsOf(entries, 'crowd'), {
    calm: ['protesters×2'],
    harsh: ['mob×1', 'rioters×1', 'thugs×1'],
  });
  const row = entries[0]?.byArticle.find((candidate) => candidate.article === 'harsh');
  const thugs = row?.words.find((word) => word.text === 'thugs');
  assert.ok(thugs);
  const [citation] = thugs.citations;
  assert.ok(citation);
  assert.equal(harsh.text.slice(citation.start, citation.end), 'thugs');
  assert.equal(citation.sentence, 1);
});

void test("words inside quotation marks and reported characterisations are not the outlet's", () => {
  const careful = article(
    'careful',
    'Demonstrators gathered in Bell Square in Brennet on Friday. ' +
      'Police spokesman Harlan Vey said "a band of thugs" had attacked officers. ' +
      'Mayor Oda Prell called them hooligans.',
  );
  const plain = article('plain', 'Protesters gathered in Bell Square in Brennet on Friday.');
  const entries = collectGroupLabels([careful, plain]);
  assert.deepEqual(wordsOf(entries, 'crowd'), {
    careful: ['demonstrators×1'],
    plain: ['protesters×1'],
  });
});

void test("a paraphrase's name for the crowd is the outlet's, as loaded words read it", () => {
  const paraphrase = article(
    'paraphrase',
    'Police said rioters had smashed shop windows in Bell Square in Brennet on Friday.',
  );
  const plain = article('plain', 'Protesters gathered in Bell Square in Brennet on Friday.');
  assert.deepEqual(wordsOf(collectGroupLabels([paraphrase, plain]), 'crowd'), {
    paraphrase: ['rioters×1'],
    plain: ['protesters×1'],
  });
});

void test('an article that only quotes "thugs" is not charged with it', () => {
  const quoting = article(
    'quoting',
    'Protesters gathered in Bell Square in Brennet on Friday. ' +
      'Interior Minister Fen Adler said: "These people are thugs and rioters."',
  );
  const other = article('other', 'Protesters marched through Brennet on Friday.');
  // Both outlets say "protesters" in their own voice: no difference, no entry.
  assert.deepEqual(collectGroupLabels([quoting, other]), []);
  const onlyQuoting = article('only', 'Interior Minister Fen Adler said: "They are thugs."');
  assert.deepEqual(collectGroupLabels([onlyQuoting, other]), []);
});

void test("a copy is not a second outlet's choice", () => {
  const original = article('wire', 'Rioters set fire to cars in Brennet on Friday night.');
  const copy = article('copy', 'Rioters set fire to cars in Brennet on Friday night.');
  const other = article('other', 'Protesters set fire to cars in Brennet on Friday night.');
  const entries = collectGroupLabels([original, copy, other], new Set(['copy']));
  assert.deepEqual(wordsOf(entries, 'crowd'), { wire: ['rioters×1'], other: ['protesters×1'] });
});

void test('a phrase counts as itself, and words that name something else are not the group', () => {
  const harsh = article(
    'harsh',
    'Illegal immigrants landed near Corvel on Monday. A mob boss was seen in the port. Rebel-held towns lay south.',
  );
  const calm = article(
    'calm',
    'Migrants and asylum seekers landed near Corvel on Monday. Fire fighters stood by.',
  );
  const entries = collectGroupLabels([harsh, calm]);
  assert.deepEqual(wordsOf(entries, 'migrants'), {
    harsh: ['illegal immigrants×1'],
    calm: ['migrants×1', 'asylum seekers×1'],
  });
  assert.equal(
    entries.some((entry) => entry.family === 'crowd' || entry.family === 'armed group'),
    false,
  );
});

void test('armed men: "fighters" in one outlet and "terrorists" in another', () => {
  const entries = collectGroupLabels([
    article('one', 'Fighters seized the Darrow checkpoint at dawn on Sunday.'),
    article('two', 'Terrorists seized the Darrow checkpoint at dawn on Sunday.'),
    article('three', 'A report on harvest prices in Darrow.'),
  ]);
  assert.deepEqual(wordsOf(entries, 'armed group'), { one: ['fighters×1'], two: ['terrorists×1'] });
});

void test('"union militants" on a picket line are strikers, not an armed group', () => {
  const entries = collectGroupLabels([
    article('one', 'Union militants blocked the gates of the Osk dockyard on Monday.'),
    article('two', 'Strikers blocked the gates of the Osk dockyard on Monday.'),
  ]);
  assert.deepEqual(wordsOf(entries, 'strikers'), { one: ['union militants×1'], two: ['strikers×1'] });
  assert.equal(
    entries.some((entry) => entry.family === 'armed group'),
    false,
  );
});

const titled = (id: string, title: string, text: string) =>
  analyzeLanguage(createTextArticle(text, { id, outlet: `Outlet ${id}`, title }));

void test("a headline's group nouns are listed apart, with offsets into the title, and count as the outlet's words", () => {
  const tabloid = titled(
    'tabloid',
    'THUGS run riot in Brennet as mob storms town hall',
    'Hundreds of protesters marched on the Brennet town hall on Friday.',
  );
  const wire = titled(
    'wire',
    'Pension march ends at Brennet town hall',
    'Hundreds of protesters marched on the Brennet town hall on Friday.',
  );
  // The texts alone agree ("protesters"): only the tabloid's headline makes the words differ.
  const entries = collectGroupLabels([tabloid, wire]);
  assert.deepEqual(wordsOf(entries, 'crowd'), { tabloid: ['protesters×1'], wire: ['protesters×1'] });
  const row = entries[0]?.byArticle.find((candidate) => candidate.article === 'tabloid');
  assert.deepEqual(
    row?.headline?.map((word) => [word.text, tabloid.title?.slice(word.start, word.end)]),
    [
      ['thugs', 'THUGS'],
      ['mob', 'mob'],
    ],
  );
  assert.equal(entries[0]?.byArticle.find((candidate) => candidate.article === 'wire')?.headline, undefined);
});

void test("an article named for its headline alone; quoted and reported headline words are not the outlet's", () => {
  const headlineOnly = titled(
    'headline-only',
    'Rioters besiege Brennet town hall',
    'The Brennet town hall was besieged on Friday.',
  );
  const plain = titled('plain', 'Brennet march', 'Protesters marched on the Brennet town hall on Friday.');
  assert.deepEqual(
    collectGroupLabels([headlineOnly, plain])[0]?.byArticle.map((row) => [
      row.article,
      row.words.length,
      row.headline?.map((word) => word.text),
    ]),
    [
      ['headline-only', 0, ['rioters']],
      ['plain', 1, undefined],
    ],
  );
  const quoting = titled(
    'quoting',
    "Minister blames 'thugs' for Brennet damage",
    'Protesters marched on the Brennet town hall on Friday.',
  );
  const reported = titled(
    'reported',
    'Mayor calls marchers hooligans',
    'Protesters marched on the Brennet town hall on Friday.',
  );
  const entries = collectGroupLabels([quoting, reported, plain]);
  const rows = entries.find((entry) => entry.family === 'crowd')?.byArticle ?? [];
  assert.equal(rows.find((row) => row.article === 'quoting')?.headline, undefined);
  // The reported characterisation's object is the outlet's naming, the characterising word the mayor's.
  assert.deepEqual(
    rows.find((row) => row.article === 'reported')?.headline?.map((word) => word.text),
    ['marchers'],
  );
});

void test("a reported characterisation's object is the outlet's word; the characterising words are the speaker's", () => {
  const mayor = article('mayor', 'The mayor called the marchers hooligans on Friday.');
  const pronoun = article('pronoun', 'Protesters gathered in Brennet. The mayor called them violent thugs.');
  const pair = article('pair', 'Protesters gathered in Brennet. The mayor called them thugs and hooligans.');
  const plain = article('plain', 'Protesters marched on the Brennet town hall on Friday.');
  assert.deepEqual(wordsOf(collectGroupLabels([mayor, pronoun, pair, plain]), 'crowd'), {
    mayor: ['marchers×1'],
    pronoun: ['protesters×1'],
    pair: ['protesters×1'],
    plain: ['protesters×1'],
  });
});

void test("a named person's label is hers, not a word for the crowd", () => {
  const tabloid = article(
    'tabloid',
    'A mob stormed the Brennet quay on Friday. Serial agitator Ilse Marr, 41, was hauled away in handcuffs.',
  );
  const wire = article('wire', 'Protesters gathered on the Brennet quay on Friday.');
  const entries = collectGroupLabels([tabloid, wire]);
  assert.deepEqual(wordsOf(entries, 'crowd'), { tabloid: ['mob×1'], wire: ['protesters×1'] });
  // An unnamed member of the crowd is still one of the group: "an agitator was hauled away".
  const unnamed = article(
    'unnamed',
    'A mob stormed the Brennet quay on Friday. One agitator was hauled away.',
  );
  assert.deepEqual(wordsOf(collectGroupLabels([unnamed, wire]), 'crowd'), {
    unnamed: ['mob×1', 'agitators×1'],
    wire: ['protesters×1'],
  });
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTextArticle, type Article, type Entity } from '../model/index.js';
import { analyzeLanguage } from './analyze-language.js';

function analyze(text: string): Article {
  return analyzeLanguage(createTextArticle(text));
}

/** The entity one mention (as written) belongs to. */
function entityOf(article: Article, written: string): Entity | undefined {
  return article.entities.find((entity) => entity.mentions.some((mention) => mention.text === written));
}

function typeOf(article: Article, written: string): string | undefined {
  return entityOf(article, written)?.type;
}

void test('a quoted speaker with an organisation head or "of" is not made a person', () => {
  const article = analyze(
    'Ferry Fares Rise\n\nThe Gullmere Chamber of Trade said fares would rise in spring. ' +
      '"Families will pay more," the Gullmere Chamber of Trade said. Ola Brandvik said she would walk.',
  );
  assert.equal(typeOf(article, 'Gullmere Chamber of Trade'), 'organization');
  assert.equal(typeOf(article, 'Ola Brandvik'), 'person');
});

void test('a name ending in a plural noun is a group, not a person; a surname that is a common word stays', () => {
  const article = analyze(
    'Mill Talks Stall\n\nThe Fenwick Loom Workers walked out on Monday. Fenwick Loom Workers said pay was too low. ' +
      'Tom Weaver, a shift manager, said the mill would reopen. Ada Marsh said the talks would go on.',
  );
  assert.notEqual(typeOf(article, 'Fenwick Loom Workers'), 'person');
  assert.equal(typeOf(article, 'Tom Weaver'), 'person');
  assert.equal(typeOf(article, 'Ada Marsh'), 'person');
});

void test('a plural possessive joins an organisation\'s name: "Tarn Valley Drivers\' Union" is one', () => {
  const article = analyze(
    "Rail Dispute\n\nSolveig Ahl, a spokeswoman for the Tarn Valley Drivers' Union, said drivers would strike. " +
      "The Tarn Valley Drivers' Union wants a new rota.",
  );
  const union = entityOf(article, "Tarn Valley Drivers' Union");
  assert.equal(union?.type, 'organization');
  assert.equal(entityOf(article, 'Tarn Valley Drivers'), undefined);
  assert.equal(typeOf(article, 'Solveig Ahl'), 'person');
});

void test('organisation heads type company, rail line, programme and firm names', () => {
  const article = analyze(
    'Port Closed\n\nThe Brisk Terminals container yard closed on Monday. Brisk Terminals said the cranes were ' +
      'unsafe. Trains on the Fjord Line were cancelled. Speaking to the Evening Report, Nils Arvik said the ' +
      'port would reopen. The engineers Holm & Rask inspected the cranes.',
  );
  assert.equal(typeOf(article, 'Brisk Terminals'), 'organization');
  assert.equal(typeOf(article, 'Fjord Line'), 'organization');
  assert.equal(typeOf(article, 'Evening Report'), 'organization');
  assert.equal(typeOf(article, 'Holm & Rask'), 'organization');
  assert.equal(typeOf(article, 'Nils Arvik'), 'person');
});

void test('context types an organisation that looks like a name: "the textile firm X", "X, a family firm"', () => {
  const article = analyze(
    'Mill Fire\n\nSMELTBY — Halden Spinning, a family firm founded in 1950, lost its warehouse on Tuesday. ' +
      'The fire at the textile firm Halden Spinning, on the edge of town, was put out by noon. ' +
      'Ivar Kolstad, the site manager, said nobody was hurt. Rolf Spinner said the firm would rebuild.',
  );
  assert.equal(typeOf(article, 'Halden Spinning'), 'organization');
  assert.equal(typeOf(article, 'Ivar Kolstad'), 'person');
  assert.equal(typeOf(article, 'Rolf Spinner'), 'person');
});

void test('plural group words a speaker is named by ("Critics say") are not people', () => {
  const article = analyze(
    'Budget Vote\n\nThe council passed the budget. Critics say the cuts go too far. Brita Lunde said she agreed.',
  );
  assert.notEqual(typeOf(article, 'Critics'), 'person');
  assert.equal(typeOf(article, 'Brita Lunde'), 'person');
});

void test('a person after an organisation noun in a relative clause stays a person: "the firm Tom Weaver runs"', () => {
  const article = analyze(
    'Yard Sold\n\nThe boatyard was sold on Friday. The firm Tom Weaver runs bought it. ' +
      'The company Ada Marsh founded made an offer too.',
  );
  assert.equal(typeOf(article, 'Tom Weaver'), 'person');
  assert.equal(typeOf(article, 'Ada Marsh'), 'person');
});

void test('a quoted speaker whose name has "of" and no personal-name shape is not made a person', () => {
  const article = analyze(
    'Wood To Be Felled\n\n"We will fight this in court," said the Guild of Tarnwick. ' +
      '"It is a sad day," said Liv Sandberg.',
  );
  assert.notEqual(typeOf(article, 'Guild of Tarnwick'), 'person');
  assert.equal(typeOf(article, 'Liv Sandberg'), 'person');
});

void test('an appositive about a person at a firm is no organisation evidence; a surname that is an org head', () => {
  const article = analyze(
    'Yard Sold\n\nTom Weaver, a partner at the firm, signed the sale. Gry Branch said the yard would stay open. ' +
      'The inquiry was led by the Marine Accident Investigation Branch. Staff told the Tidewater Ledger they ' +
      'were relieved.',
  );
  assert.equal(typeOf(article, 'Tom Weaver'), 'person');
  assert.equal(typeOf(article, 'Gry Branch'), 'person');
  assert.equal(typeOf(article, 'Marine Accident Investigation Branch'), 'organization');
});

void test('a speaker named with where they work, or with a common-word surname, stays a person', () => {
  const article = analyze(
    'Rates Hold\n\n"Rates will not move this year," said Holger Brandt of Nordbank. ' +
      '"We agree," said the Guild of Tarnwick. "Not yet," said Gro Hall.',
  );
  assert.equal(typeOf(article, 'Holger Brandt of Nordbank'), 'person');
  assert.equal(typeOf(article, 'Gro Hall'), 'person');
  assert.notEqual(typeOf(article, 'Guild of Tarnwick'), 'person');
});

void test('a forum, society or collective heads a name a plural possessive joins: "Oster Patients\' Forum" is one', () => {
  const article = analyze(
    "Clinic Closure\n\nIda Renn, who chairs the Oster Patients' Forum, said the clinic should stay open. " +
      'The Lisk Tenants’ Society and the Brae Growers’ Collective backed her.',
  );
  assert.equal(typeOf(article, "Oster Patients' Forum"), 'organization');
  assert.equal(typeOf(article, 'Lisk Tenants’ Society'), 'organization');
  assert.equal(typeOf(article, 'Brae Growers’ Collective'), 'organization');
  assert.equal(entityOf(article, 'Forum'), undefined);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTextArticle, type Article, type Entity } from '../model/index.js';
import { analyzeLanguage } from './analyze-language.js';

// Every organisation, person and place here is invented.

function analyze(text: string): Article {
  return analyzeLanguage(createTextArticle(text));
}

function named(article: Article, name: string): Entity | undefined {
  return article.entities.find((entity) => entity.name === name);
}

function labelsOf(entity: Entity | undefined): string[] {
  return entity?.mentions.flatMap((mention) => mention.labels.map((label) => label.text)) ?? [];
}

function shown(article: Article): string {
  return article.entities
    .map((entity) => `${entity.name}/${entity.type} [${labelsOf(entity).join('; ')}]`)
    .join(' | ');
}

void test('a noun phrase ending in a group noun before a name labels the organisation', () => {
  const article = analyze(
    'Fighters of the militant group Korvash crossed the river on Monday. ' +
      'The far-right party Volkswacht won 12 seats in Velm. ' +
      'The think tank Orvell Institute called the result a warning. ' +
      'The state-run broadcaster Radio Kestrel did not report it. ' +
      "Tolvania's ruling party, the Civic Union, lost its majority.",
  );
  const korvash = named(article, 'Korvash');
  assert.equal(korvash?.type, 'organization', shown(article));
  assert.deepEqual(labelsOf(korvash), ['the militant group']);
  assert.equal(korvash?.mentions[0]?.labels[0]?.kind, 'descriptor');
  const volkswacht = named(article, 'Volkswacht');
  assert.equal(volkswacht?.type, 'organization', shown(article));
  assert.deepEqual(labelsOf(volkswacht), ['The far-right party']);
  assert.deepEqual(labelsOf(named(article, 'Orvell Institute')), ['The think tank']);
  assert.deepEqual(labelsOf(named(article, 'Radio Kestrel')), ['The state-run broadcaster']);
  assert.deepEqual(labelsOf(named(article, 'Civic Union')), ["Tolvania's ruling party"]);
});

void test('an appositive headed by a group noun after a name labels it, and a judging word makes it an epithet', () => {
  const article = analyze(
    'Las Garzas, a drug cartel, controls the coast road. ' +
      'Police said the Serro Brothers, a criminal organisation, ran the port. ' +
      'Volkswacht, the nationalist party that won in May, said it would appeal. ' +
      'Velmar Holdings, a shipping conglomerate based in Tarnby, denied the claim.',
  );
  const garzas = named(article, 'Las Garzas');
  assert.equal(garzas?.type, 'organization', shown(article));
  assert.deepEqual(labelsOf(garzas), ['a drug cartel']);
  assert.equal(garzas?.mentions[0]?.labels[0]?.kind, 'appositive');
  const serro = named(article, 'Serro Brothers');
  assert.equal(serro?.type, 'organization', shown(article));
  assert.deepEqual(labelsOf(serro), ['a criminal organisation']);
  assert.equal(serro?.mentions[0]?.labels[0]?.kind, 'epithet');
  // A single word opening the sentence is named by its appositive.
  assert.deepEqual(labelsOf(named(article, 'Volkswacht')), ['the nationalist party']);
  assert.deepEqual(labelsOf(named(article, 'Velmar Holdings')), ['a shipping conglomerate']);
});

void test('an appositive set off by dashes or brackets labels the organisation as one set off by commas does', () => {
  const article = analyze(
    'Korvash — a banned militia — has held the hills since 2019. ' +
      'Velmar Holdings (a shipping conglomerate) denied the claim.',
  );
  assert.deepEqual(labelsOf(named(article, 'Korvash')), ['a banned militia'], shown(article));
  assert.equal(named(article, 'Korvash')?.type, 'organization', shown(article));
  assert.deepEqual(labelsOf(named(article, 'Velmar Holdings')), ['a shipping conglomerate'], shown(article));
});

void test('"a separatist militia called the Northern Front": a group noun joined to the name by "called" or "known as"', () => {
  const article = analyze(
    'A separatist militia called the Northern Front seized the dam at Orsk. ' +
      'Residents fear the armed group known as the Grey Wolves of Tarn, who fled in 2019.',
  );
  const front = named(article, 'Northern Front');
  assert.equal(front?.type, 'organization', shown(article));
  assert.deepEqual(labelsOf(front), ['A separatist militia']);
  assert.deepEqual(labelsOf(named(article, 'Grey Wolves of Tarn')), ['the armed group']);
});

void test('"the party called Brandt a liar": after "the", "called" is a verb and labels nobody', () => {
  const article = analyze('Ivo Brandt spoke in Velm on Monday. The party called Brandt a liar on Tuesday.');
  assert.deepEqual(labelsOf(named(article, 'Ivo Brandt')), [], shown(article));
  assert.equal(named(article, 'Ivo Brandt')?.type, 'person');
});

void test('a sentence-opening descriptor is the label, and a verb before a bare phrase is left out', () => {
  const article = analyze(
    'Far-right party Volkswacht won 12 seats on Sunday. Police raided militant group Korvash at dawn. ' +
      'The army then raided rebel group Orsk Brigades.',
  );
  assert.deepEqual(labelsOf(named(article, 'Orsk Brigades')), ['rebel group'], shown(article));
  assert.deepEqual(labelsOf(named(article, 'Volkswacht')), ['Far-right party'], shown(article));
  assert.equal(named(article, 'Far-right'), undefined, shown(article));
  assert.deepEqual(labelsOf(named(article, 'Korvash')), ['militant group'], shown(article));
});

void test('group nouns inside a name, owning something or modifying another noun label nothing', () => {
  const article = analyze(
    'The Harrow Group bought the mill. The Civic Renewal Party objected, and the group’s leader, Ana Pell, ' +
      'resigned. The party, which won seats in May, said nothing. ' +
      'Volkswacht, a party official said, will appeal. The firm Tom Weaver runs closed on Friday. ' +
      'The group Korvash said it had not been told.',
  );
  for (const name of ['Harrow Group', 'Civic Renewal Party', 'Tom Weaver', 'Korvash'])
    assert.deepEqual(labelsOf(named(article, name)), [], `${name}: ${shown(article)}`);
  assert.equal(named(article, 'Tom Weaver')?.type, 'person', shown(article));
  // The group's leader is Ana Pell's label, as before.
  assert.deepEqual(labelsOf(named(article, 'Ana Pell')), ['the group’s leader'], shown(article));
});

void test('"to lobby Velmar Holdings", "the giant Bolder field": a group noun that is a verb or an adjective labels nothing', () => {
  const article = analyze(
    'Harl & Sons was paid to lobby Velmar Holdings on the bill. ' +
      'Its drillers found the giant Bolder field in 1990. The bank hired auditing giant Fenwick Marr. ' +
      "Shares of the printer giant Lexvane's rival rose.",
  );
  assert.deepEqual(labelsOf(named(article, 'Velmar Holdings')), [], shown(article));
  assert.deepEqual(labelsOf(named(article, 'Bolder')), [], shown(article));
  // A word in "-ing" right before the noun is a trade, not a verb.
  assert.deepEqual(labelsOf(named(article, 'Fenwick Marr')), ['auditing giant'], shown(article));
  // After a possessive name, the noun is the name's own ("Lexvane's rival"), not one the name modifies.
  assert.deepEqual(labelsOf(named(article, 'Lexvane')), ['the printer giant'], shown(article));
});

void test('"Former TPA spokesman said": a title or role of a person is no label of the organisation', () => {
  const article = analyze(
    'Former TPA spokesman said the tolls would rise. The TPA, a state-run agency, denied it.',
  );
  assert.deepEqual(labelsOf(named(article, 'TPA')), ['a state-run agency'], shown(article));
});

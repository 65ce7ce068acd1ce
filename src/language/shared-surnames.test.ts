import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTextArticle, type Article, type Entity } from '../model/index.js';
import { analyzeLanguage } from './analyze-language.js';

function analyze(text: string): Article {
  return analyzeLanguage(createTextArticle(text));
}

/** The entities that hold a name mention written exactly so, in text order. */
function entitiesOf(article: Article, written: string): (Entity | undefined)[] {
  const found: { start: number; entity: Entity }[] = [];
  for (const entity of article.entities)
    for (const mention of entity.mentions)
      if (mention.reference !== true && mention.text === written)
        found.push({ start: mention.start, entity });
  return found.sort((a, b) => a.start - b.start).map((item) => item.entity);
}

function named(article: Article, name: string): Entity | undefined {
  return article.entities.find((entity) => entity.name === name);
}

void test('a relative named with the same surname is a person of her own; the bare surname stays with the subject', () => {
  const article = analyze(
    'Oskar Lindqvist, who ran the harbour board for twenty years, died on Monday. He was 88. ' +
      'Lindqvist led the board through two floods. His daughter Greta Lindqvist said he had been tired. ' +
      'Lindqvist refused to retire until he was 80. In 2004 Lindqvist wrote a book about the harbour.',
  );
  const oskar = named(article, 'Oskar Lindqvist');
  const greta = named(article, 'Greta Lindqvist');
  assert.ok(oskar && greta && oskar !== greta);
  assert.deepEqual(
    entitiesOf(article, 'Lindqvist').map((entity) => entity?.name),
    ['Oskar Lindqvist', 'Oskar Lindqvist', 'Oskar Lindqvist'],
  );
});

void test('a father and a nephew introduced by their kinship do not take the subject’s bare surname', () => {
  const article = analyze(
    'Farm Pioneer Dies\n\nBertil Ramsvik, 81, the grain trader who built the Orlen silos, died at home. ' +
      'His father, Anton Ramsvik, lost the family farm in a flood. Mr. Ramsvik bought it back in 1970. ' +
      'After the sale, his nephew Lars Ramsvik said, Mr. Ramsvik never farmed again. Ramsvik is survived by two sons.',
  );
  const bertil = named(article, 'Bertil Ramsvik');
  assert.ok(bertil);
  const bare = entitiesOf(article, 'Ramsvik');
  assert.equal(bare.length, 3);
  for (const entity of bare) assert.equal(entity, bertil);
  assert.notEqual(named(article, 'Anton Ramsvik'), bertil);
  assert.notEqual(named(article, 'Lars Ramsvik'), bertil);
});

void test('a bare surname with a title goes to the person who holds that title', () => {
  const article = analyze(
    'Mayor Oskar Brandt opened the new library on Friday. The novelist Greta Brandt, who lives nearby, ' +
      'read from her latest book. Mayor Brandt thanked the builders.',
  );
  const oskar = named(article, 'Oskar Brandt');
  assert.ok(oskar);
  assert.deepEqual(entitiesOf(article, 'Brandt'), [oskar]);
});

void test('a first name alone links to the one person with that first name, and not when two share it', () => {
  const article = analyze(
    'Tomas Vell won the regional chess final on Sunday. "I slept badly," Tomas said. ' +
      'Ida Karsk and Ida Morn drew their game. Ida said she was tired.',
  );
  const tomas = named(article, 'Tomas Vell');
  assert.ok(tomas);
  assert.deepEqual(entitiesOf(article, 'Tomas'), [tomas]);
  const idas = entitiesOf(article, 'Ida');
  assert.ok(
    idas.every((entity) => entity !== named(article, 'Ida Karsk') && entity !== named(article, 'Ida Morn')),
  );
});

void test('a hyphenated surname alone links to the full name', () => {
  const article = analyze(
    'Council member Alba Ruiz-Ortega proposed a new bus lane. Ruiz-Ortega said the plan would cut delays.',
  );
  const alba = named(article, 'Alba Ruiz-Ortega');
  assert.ok(alba);
  assert.deepEqual(entitiesOf(article, 'Ruiz-Ortega'), [alba]);
});

void test('a sentence adverb in "-ingly" before a surname is no part of the name', () => {
  const article = analyze(
    'Pavel Dorn founded the Vetra party in 1990. Interestingly Dorn never stood for office himself. ' +
      'Dorn said he preferred to organise.',
  );
  const dorn = named(article, 'Pavel Dorn');
  assert.ok(dorn);
  assert.deepEqual(entitiesOf(article, 'Dorn'), [dorn, dorn]);
  assert.equal(
    article.entities.some((entity) => /interestingly/i.test(entity.name)),
    false,
  );
});

void test('a headline verb before a full name the text also writes alone is no part of the name', () => {
  const article = analyze(
    'Academy Picks Host\n\nPicked Ellen Vasko to host the spring gala, the academy said on Monday.\n\n' +
      'Ellen Vasko hosted the gala twice before. Vasko said she was delighted.',
  );
  const vasko = named(article, 'Ellen Vasko');
  assert.ok(vasko);
  assert.equal(
    article.entities.some((entity) => /picked/i.test(entity.name)),
    false,
  );
  assert.equal(vasko.mentions.filter((mention) => mention.reference !== true).length, 3);
});

void test('a bare surname before any of two people who share it is named stays apart from both', () => {
  const article = analyze(
    'It is Brandt against Brandt on the ballot. Oskar Brandt, the mayor, faces his cousin Greta Brandt, ' +
      'a teacher, in the race. Oskar Brandt said the race was friendly.',
  );
  const oskar = named(article, 'Oskar Brandt');
  const greta = named(article, 'Greta Brandt');
  assert.ok(oskar && greta && oskar !== greta);
  const [first] = entitiesOf(article, 'Brandt');
  assert.ok(first !== oskar && first !== greta);
});

void test('a first name with an age after it ("Mira, 33,") links to the one full name with that first name', () => {
  const article = analyze(
    'Mira Kessel opened a bakery in Velm on Saturday. Mira, 33, had worked in a hotel kitchen for ten years.',
  );
  const mira = named(article, 'Mira Kessel');
  assert.ok(mira);
  assert.deepEqual(entitiesOf(article, 'Mira'), [mira]);
});

void test('a "Jr." after a full name already used is the son, a person of his own', () => {
  const article = analyze(
    'Harald Lunde, the shipping magnate, died on Monday. Lunde was 90. Harald Lunde built the firm in 1950. ' +
      'He is survived by two children, Kari Lunde and Harald Lunde Jr., who runs the firm.',
  );
  const father = named(article, 'Harald Lunde');
  assert.ok(father);
  const son = article.entities.find((entity) => entity.mentions.some((mention) => /Jr/.test(mention.text)));
  assert.ok(son && son !== father, son?.name);
  assert.deepEqual(entitiesOf(article, 'Lunde'), [father]);
});

void test('a "Jr." name used first keeps its later plain mentions', () => {
  const article = analyze(
    'Senator Harald Lunde Jr. opened the debate. Harald Lunde said the bill was fair. Lunde voted for it.',
  );
  const people = article.entities.filter((entity) => entity.type === 'person');
  assert.equal(people.length, 1, people.map((entity) => entity.name).join(' | '));
});

void test('a "Jr." son stays apart from a father written with a first initial', () => {
  const article = analyze(
    'Harald Lunde built the firm. W. Harald Lunde, as he signed his letters, died on Monday. ' +
      'Lunde is survived by his son, Harald Lunde Jr.',
  );
  const father = named(article, 'W. Harald Lunde');
  assert.ok(father);
  const son = article.entities.find((entity) => entity.mentions.some((mention) => /Jr/.test(mention.text)));
  assert.ok(son && son !== father, son?.name);
});

void test('a first name before the surname alone is used still links to the full name', () => {
  const article = analyze(
    'Lina Sorel posed for the cover. "Lina is fearless," her agent said. Sorel later apologised.',
  );
  const lina = named(article, 'Lina Sorel');
  assert.ok(lina);
  assert.deepEqual(entitiesOf(article, 'Lina'), [lina]);
});

void test('a bare surname whose only full name in the text is a relative’s stays apart from her', () => {
  const article = analyze(
    'Ramsvik built the Orlen silos in 1970. His daughter Greta Ramsvik said he had been tired. ' +
      'Ramsvik never farmed again. A mother of three, Ina Holt, bought the farm. Holt said she loved it.',
  );
  const greta = named(article, 'Greta Ramsvik');
  assert.ok(greta);
  for (const entity of entitiesOf(article, 'Ramsvik')) {
    assert.notEqual(entity, greta);
    assert.equal(entity?.type, 'person');
  }
  const holt = named(article, 'Ina Holt');
  assert.deepEqual(entitiesOf(article, 'Holt'), [holt]);
});

void test('a bare surname after a relative with another surname is named is that relative', () => {
  const article = analyze(
    'Tova Brink, the film star, died on Monday. Her brother, Bo Neal, confirmed the death. ' +
      'Neal said she had been ill for a year.',
  );
  const neal = named(article, 'Bo Neal');
  assert.ok(neal);
  assert.deepEqual(entitiesOf(article, 'Neal'), [neal]);
});

void test('a father introduced by kinship after his "Jr." son is a person of his own, and the keys keep them apart', () => {
  const article = analyze(
    'Tolvern Shipping on Monday named Aldous Penhallow Jr. as its chief executive, succeeding his father, ' +
      'Aldous Penhallow, who founded the company in 1978. "My father built this company from one tugboat," ' +
      'Penhallow Jr. said.',
  );
  const son = article.entities.find((entity) => entity.mentions.some((mention) => /Jr/.test(mention.text)));
  assert.ok(son);
  const father = entitiesOf(article, 'Aldous Penhallow')[0];
  assert.ok(father && father !== son, father?.name);
  assert.deepEqual(entitiesOf(article, 'Penhallow Jr'), [son]);
  assert.notEqual(son.key, father.key);
  assert.match(son.key, /\bjr$/);
});

void test('a plain full name after a father and his "Jr." son are both named goes to the father', () => {
  const article = analyze(
    'The founder, Aldous Penhallow, handed control to his son on Monday. Aldous Penhallow Jr., 52, becomes ' +
      'chief executive. "It is time for a new captain," Aldous Penhallow said.',
  );
  const father = named(article, 'Aldous Penhallow');
  assert.ok(father);
  const plain = entitiesOf(article, 'Aldous Penhallow');
  assert.deepEqual(plain, [father, father]);
  const son = article.entities.find((entity) => entity.mentions.some((mention) => /Jr/.test(mention.text)));
  assert.ok(son && son !== father);
});

void test('a nickname in quotation marks stays inside the name; a role before it is a label', () => {
  for (const text of [
    'Skipper Robert "Bobby" Quillan, 58, was pulled from the hull on Tuesday. Quillan said he sang to stay awake.',
    'Skipper Robert “Bobby” Quillan, 58, was pulled from the hull on Tuesday. Quillan said he sang to stay awake.',
  ]) {
    const article = analyze(text);
    const people = article.entities.filter((entity) => entity.type === 'person');
    assert.equal(people.length, 1, people.map((entity) => entity.name).join(' | '));
    const [quillan] = people;
    assert.match(quillan?.name ?? '', /^Robert .Bobby. Quillan$/);
    assert.equal(quillan?.key, 'robert bobby quillan');
    assert.deepEqual(
      quillan?.mentions.flatMap((mention) => mention.labels.map((label) => label.text)),
      ['Skipper'],
    );
  }
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTextArticle, type Article } from '../model/index.js';
import { analyzeLanguage } from './analyze-language.js';
import { normalizeEntityKey } from './normalize-entity-key.js';

function analyze(text: string): Article {
  return analyzeLanguage(createTextArticle(text));
}

void test('links surnames and accent variants to the full name and keeps the fullest name', () => {
  const article = analyze(
    'Marovian President Tomás Elvira met Sen. Ida Voss. Elvira praised the deal. Tomas Elvira later left, and Voss stayed.',
  );
  const elvira = article.entities.find((entity) => entity.key === 'tomas elvira');
  assert.ok(elvira);
  assert.equal(elvira.type, 'person');
  assert.equal(elvira.mentions.length, 3);
  assert.equal(elvira.mentions[0]?.labels[0]?.text, 'Marovian President');
  assert.equal(elvira.mentions[0]?.labels[0]?.kind, 'title');
  const voss = article.entities.find((entity) => entity.key === 'ida voss');
  assert.equal(voss?.mentions.length, 2);
  assert.equal(voss?.mentions[0]?.labels[0]?.text, 'Sen.');
});

void test('keeps epithets, role premodifiers and appositives as labels per mention', () => {
  const article = analyze(
    'Critics called Marovian strongman Tomás Elvira a threat. Lena Ost, the Harbour Board’s special envoy for the islands, disagreed. The Elvira regime did not reply.',
  );
  const elvira = article.entities.find((entity) => entity.key === 'tomas elvira');
  const labels = elvira?.mentions.flatMap((mention) =>
    mention.labels.map((label) => [label.kind, label.text]),
  );
  assert.deepEqual(labels, [
    ['epithet', 'Marovian strongman'],
    ['epithet', 'The Elvira regime'],
  ]);
  const ost = article.entities.find((entity) => entity.name === 'Lena Ost');
  assert.deepEqual(
    ost?.mentions[0]?.labels.map((label) => [label.kind, label.text]),
    [['appositive', 'the Harbour Board’s special envoy for the islands']],
  );
});

void test('a sentence-opening description refers back to the protagonist, without a possessive in its label', () => {
  const article = analyze(
    'Mayor Lise Amundo won a third term on Sunday. Amundo thanked her volunteers. ' +
      'The mayor’s first two terms were dominated by a fight over bus fares. The two-term incumbent said she would stay.',
  );
  const amundo = article.entities.find((entity) => entity.name === 'Lise Amundo');
  const descriptions = amundo?.mentions
    .filter((mention) => mention.reference)
    .flatMap((mention) => mention.labels.map((label) => label.text));
  assert.deepEqual(descriptions, ['The mayor', 'The two-term incumbent']);
});

void test('a description naming an office does not fall back on a protagonist known by another office', () => {
  const article = analyze(
    'Councillor Ilse Varga asked for a recount on Monday. Varga said the count was rushed. ' +
      'The mayor said the count was fair. The two-term incumbent said she would not step aside.',
  );
  const varga = article.entities.find((entity) => entity.name === 'Ilse Varga');
  const descriptions = varga?.mentions
    .filter((mention) => mention.reference)
    .flatMap((mention) => mention.labels.map((label) => label.text));
  // "The mayor" is someone else; "the two-term incumbent" names no office and may be Varga.
  assert.deepEqual(descriptions, ['The two-term incumbent']);
});

void test('"and" and "&" join the parts of an organisation name, not two places', () => {
  const article = analyze(
    'Crews from Brenna & Holt Fire and Rescue Service were called at midnight. Talks between Ostvik and Marle ended.',
  );
  const names = article.entities.map((entity) => entity.name);
  assert.ok(names.includes('Brenna & Holt Fire and Rescue Service'), names.join(' | '));
  assert.ok(names.includes('Ostvik') && names.includes('Marle'), names.join(' | '));
});

void test('types organisations and places and merges "the Treasury Department" with "Treasury Department"', () => {
  const article = analyze(
    'The Treasury Department fined the Lakeside Bank in Portugal. Treasury Department lawyers flew to Lisbon.',
  );
  const treasury = article.entities.find((entity) => entity.key === 'treasury department');
  assert.equal(treasury?.type, 'organization');
  assert.equal(treasury?.mentions.length, 2);
  assert.equal(article.entities.find((entity) => entity.name === 'Portugal')?.type, 'place');
  assert.equal(article.entities.find((entity) => entity.name === 'Lakeside Bank')?.type, 'organization');
});

void test('does not turn title-case headline words or sentence openers into entities', () => {
  const article = analyze(
    'Mayor Offers Deal To Striking Dock Workers\n\nHowever, talks stalled. Workers met Mayor Ana Ruiz.',
  );
  const names = article.entities.map((entity) => entity.name);
  assert.ok(!names.includes('However'));
  assert.ok(!names.some((name) => name.includes('Offers')));
  assert.ok(names.includes('Ana Ruiz'));
});

void test('a short sentence-case first paragraph is a lead, not a headline: its names are kept', () => {
  const article = analyze(
    'Mayor Ana Ruiz opened the bridge on Monday.\n\nThe bridge cost more than planned.',
  );
  assert.deepEqual(
    article.entities.map((entity) => entity.name),
    ['Ana Ruiz'],
  );
  // A title-case first line with a period is still a headline ("Harbour Chief Slams Bold New Dock Plan.").
  const headline = analyze('Harbour Chief Opens Bridge With Ana Ruiz.\n\nThe bridge cost more than planned.');
  assert.ok(!headline.entities.some((entity) => /Opens|Bridge/.test(entity.name)));
});

void test('a noun for a member of the public before a full name is a label, not part of the name', () => {
  const article = analyze(
    'Fruit shelves were patchy in Eastgate.\n\nShopper Annika Berg, 46, said prices had risen. Passenger Ivo Dal said he was cold. Shopkeeper Tomasz Nowak agreed.',
  );
  const berg = article.entities.find((entity) => entity.key === 'annika berg');
  assert.deepEqual(
    berg?.mentions[0]?.labels.map((label) => label.text),
    ['Shopper'],
  );
  assert.ok(article.entities.some((entity) => entity.name === 'Ivo Dal'));
  assert.ok(article.entities.some((entity) => entity.name === 'Tomasz Nowak'));
  assert.ok(!article.entities.some((entity) => /Shopper|Passenger|Shopkeeper/.test(entity.name)));
});

void test('of two coordinated descriptions too long for one label, the first is the label', () => {
  const article = analyze(
    'A fire gutted the Orrin Timber Company warehouse.\n\nSigrid Orrin, the company’s managing director and the fourth generation of her family to run it, said the loss would hit suppliers.',
  );
  const orrin = article.entities.find((entity) => entity.key === 'sigrid orrin');
  assert.deepEqual(
    orrin?.mentions[0]?.labels.map((label) => label.text),
    ['the company’s managing director'],
  );
});

void test('a label before a name may open with a possessive common noun ("the authority’s chief executive")', () => {
  const article = analyze(
    'The reservoir will be lowered.\n\nSpeaking on the radio, the authority’s chief executive, Paul Dahlberg, said it was a precaution. Later the board’s chairman Ivo Dal agreed.',
  );
  const labelsOf = (key: string): string[] =>
    article.entities
      .find((entity) => entity.key === key)
      ?.mentions.flatMap((mention) => mention.labels.map((label) => label.text)) ?? [];
  assert.deepEqual(labelsOf('paul dahlberg'), ['the authority’s chief executive']);
  assert.deepEqual(labelsOf('ivo dal'), ['the board’s chairman']);
});

void test('an "-ist" role before a full name, company heads, and a short dateline in capitals', () => {
  const article = analyze(
    'Spill shuts river\n\nLORRAN — A spill at the Vesk Polymers plant closed the river. Industrialist Osric Vesk said the leak was a mechanical failure.',
  );
  const typeOf = (name: string) => article.entities.find((entity) => entity.name === name)?.type;
  assert.equal(typeOf('Osric Vesk'), 'person');
  assert.ok(!article.entities.some((entity) => entity.name.startsWith('Industrialist')));
  assert.equal(typeOf('Vesk Polymers'), 'organization');
  assert.equal(typeOf('LORRAN'), 'place');
  // Named as the running text writes it when it does: "in Lorran" after the dateline "LORRAN —".
  const named = analyze(
    'Spill shuts river\n\nLORRAN — A spill at a plant in Lorran closed the river on Tuesday.',
  );
  assert.deepEqual(
    named.entities.map((entity) => [entity.name, entity.type]),
    [['Lorran', 'place']],
  );
  // An acronym elsewhere is still an organisation.
  const nato = analyze('Talks stall\n\nNATO officials met on Monday. NATO said talks would go on.');
  assert.equal(nato.entities.find((entity) => entity.name === 'NATO')?.type, 'organization');
});

void test('normalizeEntityKey folds accents, case, titles and possessives', () => {
  assert.equal(normalizeEntityKey('Nicolás Maduro'), normalizeEntityKey('Nicolas Maduro'));
  assert.equal(normalizeEntityKey('President Tomás Elvira’s'), 'tomas elvira');
  assert.equal(normalizeEntityKey('the State Department'), normalizeEntityKey('State Department'));
  assert.equal(normalizeEntityKey('Mr. Ruiz'), 'ruiz');
  // Every abbreviated title the entity finder skips before a name is dropped from the key too.
  assert.equal(normalizeEntityKey('Amb. Lena Ostrom'), 'lena ostrom');
  assert.equal(normalizeEntityKey('Cmdr. Ivo Hale'), 'ivo hale');
});

void test('skips title-case first lines with a period, all-caps heads, party tags and list appositives', () => {
  const article = analyze(
    [
      'Harbour Chief Slams Bold New Dock Plan.',
      'FULL TEXT: Sen. Ida Voss (R-Tenn.) spoke. The panel heard host Ana Ruiz, chief reporter Tomas Lee, and others.',
    ].join('\n\n'),
  );
  const names = article.entities.map((entity) => entity.name);
  assert.ok(!names.some((name) => /Slams|Tenn/.test(name)), names.join(', '));
  assert.notEqual(article.entities.find((entity) => entity.name === 'FULL TEXT')?.type, 'person');
  const ruiz = article.entities.find((entity) => entity.name === 'Ana Ruiz');
  assert.deepEqual(
    ruiz?.mentions[0]?.labels.map((label) => label.text),
    ['host'],
  );
});

void test('a newspaper named by its masthead word ("the Brackwater Courier") is an organisation, not a "he"', () => {
  for (const paper of ['Brackwater Courier', 'Fellmoor Chronicle', 'Tarrow Observer', 'Osterra Dispatch']) {
    const article = analyze(
      `Bridge shut\n\nThe council has closed the Tarrow Bridge, the ${paper} first reported on Sunday.\n\nThe bridge, he said, would stay shut for a month.`,
    );
    const outlet = article.entities.find((entity) => entity.name === paper);
    assert.equal(outlet?.type, 'organization', paper);
    const stay = article.quotes.find((quote) => quote.source?.text === 'he');
    assert.equal(stay?.speaker, undefined, paper);
  }
});

void test('"researcher Odile Kranz of Northgrid Labs": a person of an organisation, not one organisation', () => {
  for (const opening of [
    'Security researcher Odile Kranz of Northgrid Labs found the data for sale.',
    'The data was found by security researcher Odile Kranz of Northgrid Labs last week.',
    'Analyst Odile Kranz of Harbour Bank said the shares would fall.',
  ]) {
    const article = analyze(
      `The records of many patients were stolen on Monday.\n\n${opening}\n\nKranz said the firm had been warned.`,
    );
    const kranz = article.entities.find((entity) => entity.key === 'odile kranz');
    assert.ok(
      kranz,
      `${opening}: ${article.entities.map((entity) => `${entity.name} (${entity.type})`).join(', ')}`,
    );
    assert.equal(kranz.type, 'person');
    assert.equal(kranz.mentions.length, 2, opening);
    assert.match(
      kranz.mentions[0]?.labels.map((label) => label.text).join(', ') ?? '',
      /researcher|Analyst/i,
    );
  }
});

void test('"Bank of Veland", "Duke of Harlow" and "Central Bank of Veland" stay whole', () => {
  const article = analyze(
    'The Bank of Veland raised rates on Monday.\n\nThe Duke of Harlow opened the pier.\n\nEconomists at the Central Bank of Veland agreed.',
  );
  const names = article.entities.map((entity) => entity.name);
  for (const name of ['Bank of Veland', 'Duke of Harlow', 'Central Bank of Veland'])
    assert.ok(names.includes(name), names.join(', '));
});

void test('"Ida Brennock, Chief Executive Officer of Fennick Systems": a title-case role of a firm is her label', () => {
  const article = analyze(
    'The records of many patients were stolen on Monday.\n\n"We are sorry," said Ida Brennock, Chief Executive Officer of Fennick Systems. "We will write to everyone."',
  );
  const brennock = article.entities.find((entity) => entity.key === 'ida brennock');
  assert.deepEqual(
    brennock?.mentions.flatMap((mention) => mention.labels.map((label) => label.text)),
    ['Chief Executive Officer of Fennick Systems'],
  );
});

void test('a venue named after a person or firm ("Marlow Theatre", "Brenn Stadium") is a place, not a person', () => {
  const article = analyze(
    'The gala will be held at the Marlow Theatre in Osk on June 4. Fans queued outside Brenn Stadium on Friday, and the Pell Arena sold out.',
  );
  for (const name of ['Marlow Theatre', 'Brenn Stadium', 'Pell Arena']) {
    const venue = article.entities.find((entity) => entity.name === name);
    assert.equal(venue?.type, 'place', `${name}: ${JSON.stringify(article.entities)}`);
  }
});

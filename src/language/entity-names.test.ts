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

void test('a middle initial links to the full name and the surname, and does not end the sentence', () => {
  const article = analyze(
    'Pier Closed After Storm\n\nAna M. Ruiz, the harbour master, closed the pier on Monday. ' +
      'Ruiz said repairs would take a month. Ana Ruiz later met the council.',
  );
  const sentences = article.sentences.map((sentence) => article.text.slice(sentence.start, sentence.end));
  assert.ok(
    sentences.includes('Ana M. Ruiz, the harbour master, closed the pier on Monday.'),
    sentences.join(' | '),
  );
  const ruiz = entityOf(article, 'Ana M. Ruiz');
  assert.equal(ruiz?.type, 'person');
  assert.deepEqual(
    ruiz?.mentions.filter((mention) => !mention.reference).map((mention) => mention.text),
    ['Ana M. Ruiz', 'Ruiz', 'Ana Ruiz'],
  );
});

void test('two surnames: "Peña Núñez" and the first surname "Peña" link to "Lucía Peña Núñez"', () => {
  const article = analyze(
    'Council Split On Budget\n\nLucía Peña Núñez, a council member, voted against the budget. ' +
      'Peña said the cuts went too far. Peña Núñez later asked for a second vote.',
  );
  const pena = entityOf(article, 'Lucía Peña Núñez');
  assert.equal(pena?.type, 'person');
  assert.equal(entityOf(article, 'Peña'), pena);
  assert.equal(entityOf(article, 'Peña Núñez'), pena);
  assert.equal(article.entities.filter((entity) => entity.type === 'person').length, 1);
});

void test('a first surname two people share keeps the nearest earlier one, as for any shared surname', () => {
  const article = analyze(
    'Council Split On Budget\n\nLucía Peña Núñez, a council member, voted against the budget. ' +
      'Marco Peña Ortiz, the treasurer, defended it. Peña said the cuts were needed. Núñez disagreed.',
  );
  const lucia = entityOf(article, 'Lucía Peña Núñez');
  const marco = entityOf(article, 'Marco Peña Ortiz');
  assert.ok(lucia && marco && lucia !== marco);
  assert.equal(entityOf(article, 'Peña'), marco);
  assert.equal(entityOf(article, 'Núñez'), lucia);
});

void test('places named like people are typed by their own words and by context', () => {
  const article = analyze(
    'KESTREL FALLS — Water rose overnight in Kestrel Falls, and residents of Ciudad Bolívar, Venezuela, ' +
      'watched the river. Mayor Henrik Stolt said the town was ready. Tova Lindqvist said she had left. ' +
      'Brask Heights residents were told to wait. Cars were parked on Brenna Lane.',
  );
  assert.equal(entityOf(article, 'Kestrel Falls')?.type, 'place');
  assert.equal(entityOf(article, 'KESTREL FALLS')?.type, 'place');
  assert.equal(entityOf(article, 'Ciudad Bolívar')?.type, 'place');
  assert.equal(entityOf(article, 'Brask Heights')?.type, 'place');
  // "Lane" is also a surname: it needs a place context as well ("on Brenna Lane").
  assert.equal(entityOf(article, 'Brenna Lane')?.type, 'place');
  assert.equal(entityOf(article, 'Henrik Stolt')?.type, 'person');
  assert.equal(entityOf(article, 'Tova Lindqvist')?.type, 'person');
  // "Residents of X": the connector belongs to neither name.
  assert.ok(!article.entities.some((entity) => entity.name.endsWith(' of')));
});

void test('person evidence outweighs a place-like surname: a title or a reporting verb', () => {
  const article = analyze(
    'Harbour Plan Approved\n\nThe plan was approved in Orvik on Monday. Mayor Jonas Bay opened the meeting. ' +
      'Edda Marsh said the vote was fair. Critics met in Jonas Bay’s office with residents of Orvik.',
  );
  assert.equal(entityOf(article, 'Jonas Bay')?.type, 'person');
  assert.equal(entityOf(article, 'Edda Marsh')?.type, 'person');
  // Two place contexts ("in Orvik", "residents of Orvik") make a single word a place.
  assert.equal(entityOf(article, 'Orvik')?.type, 'place');
});

void test('prepositions alone do not make a place: "confidence in Tova Brandt", "on Healthplan"', () => {
  const article = analyze(
    'Voters Weigh In\n\nMany voters said they had confidence in Tova Brandt. Others built a campaign around ' +
      'Tova Brandt. Brandt said the vote would be close. Older voters relied on Healthplan, and others moved ' +
      'into Healthplan last year.',
  );
  assert.equal(entityOf(article, 'Tova Brandt')?.type, 'person');
  assert.notEqual(entityOf(article, 'Healthplan')?.type, 'place');
});

void test('a capitalised section head deep in an article is no dateline', () => {
  const paragraphs = [
    'Harbour Report',
    'The harbour board met on Monday.',
    'It adjourned at noon.',
    'Nobody spoke.',
  ];
  const article = analyze([...paragraphs, 'LATE CHANGES — The board also cut fees.'].join('\n\n'));
  assert.notEqual(entityOf(article, 'LATE CHANGES')?.type, 'place');
  const opening = analyze(['Harbour Report', 'ORVIK SOUND — The harbour board met on Monday.'].join('\n\n'));
  assert.equal(entityOf(opening, 'ORVIK SOUND')?.type, 'place');
});

void test('a name after a locative preposition or with a place-like head is a place without person evidence', () => {
  const article = analyze(
    'Fire At Works\n\nA fire broke out near Kettering Mill on Monday. Crews left Ashby Station and ' +
      'closed Corran Crossing. Traffic was sent along Weld Way and past Hallam Gardens. Smoke was seen ' +
      'outside Dunmore Abbott, and neighbours gathered near Tallow Ferris.',
  );
  assert.equal(entityOf(article, 'Kettering Mill')?.type, 'place');
  assert.equal(entityOf(article, 'Ashby Station')?.type, 'place');
  assert.equal(entityOf(article, 'Corran Crossing')?.type, 'place');
  assert.equal(entityOf(article, 'Weld Way')?.type, 'place');
  assert.equal(entityOf(article, 'Hallam Gardens')?.type, 'place');
  // "near"/"outside" put what follows somewhere even without a place-like head.
  assert.equal(entityOf(article, 'Dunmore Abbott')?.type, 'place');
  assert.equal(entityOf(article, 'Tallow Ferris')?.type, 'place');
});

void test('person evidence keeps a name with a place-like head or after "near" a person', () => {
  const article = analyze(
    'Fire At Works\n\nA fire broke out near Kettering Mill on Monday. Edda Mill said the alarm was late. ' +
      'Mr Orla Station told reporters he had left. Rescuers worked near Tova Brandt, who said she was unhurt. ' +
      'A letter came from Ivo Marsh. Marsh said the crews were slow.',
  );
  assert.equal(entityOf(article, 'Kettering Mill')?.type, 'place');
  assert.equal(entityOf(article, 'Edda Mill')?.type, 'person');
  assert.equal(entityOf(article, 'Orla Station')?.type, 'person');
  assert.equal(entityOf(article, 'Tova Brandt')?.type, 'person');
  assert.equal(entityOf(article, 'Ivo Marsh')?.type, 'person');
});

void test('a sentence-opening word that is no part of a name stays out of it ("Plus", "Meet", "Typically", "Producers")', () => {
  const article = analyze(
    'Harbour Board Names Chair\n\nPlus Dorian Vell will chair the harbour board. Typically Vell answers questions himself. ' +
      'Meet Anna Kessling, the new mayor of Varn. Producers Laurence Holt and Mira Dane said the show would go on. ' +
      'Finally Holt thanked the crew.',
  );
  const names = article.entities.filter((entity) => entity.type === 'person').map((entity) => entity.name);
  assert.deepEqual(names.sort(), ['Anna Kessling', 'Dorian Vell', 'Laurence Holt', 'Mira Dane']);
  // A name that ends like an adverb is still a name.
  const kelly = analyze('Kelly Brandt chaired the meeting. Holly Marsh took notes.');
  assert.deepEqual(
    kelly.entities.filter((entity) => entity.type === 'person').map((entity) => entity.name),
    ['Kelly Brandt', 'Holly Marsh'],
  );
});

void test('a name between "the" and a role noun modifies the role ("The Harbour Lights actress"): no person, and "he said" is not given to it', () => {
  const article = analyze(
    'Clinic Stay\n\nAda Lind has spent the last decade out and about.\n\n' +
      'The Harbour Lights actress has checked into a clinic in Varn, according to her publicist, Tomas Berg.\n\n' +
      '"We appreciate your respect for her privacy at this time," he said.',
  );
  const work = entityOf(article, 'Harbour Lights');
  assert.notEqual(work?.type, 'person', JSON.stringify(work));
  const quote = article.quotes.find((item) => /We appreciate/.test(item.content.text));
  const speaker = article.entities.find((entity) => entity.id === quote?.speaker);
  assert.notEqual(speaker?.name, 'Harbour Lights', JSON.stringify(quote));
});

void test('"according to her publicist, Tomas Berg": the name after the role is the speaker', () => {
  const article = analyze(
    'Clinic Stay\n\nThe actress has checked into a clinic in Varn, according to her publicist, Tomas Berg.',
  );
  const quote = article.quotes.find((item) => item.cue.text === 'according to');
  assert.equal(article.entities.find((entity) => entity.id === quote?.speaker)?.name, 'Tomas Berg');
});

void test('a participle opening a sentence or a quotation ("Bringing Brenholt ...", "Including Ostvik’s debt") is no first name', () => {
  const article = analyze(
    [
      'Brenholt Mills has offered 900 million crowns for Ostvik Flour.',
      '“Bringing Brenholt and Ostvik together makes a stronger miller,” said Sander Quill, its chief executive.',
      'Including Ostvik’s debt, the deal is worth a billion crowns.',
    ].join('\n\n'),
  );
  const names = article.entities.map((entity) => entity.name);
  assert.ok(!names.some((name) => /^(?:Bringing|Including)\b/.test(name)), names.join(', '));
  assert.equal(entityOf(article, 'Brenholt')?.type === 'person', false);
});

void test('a firm named for its trade in the plural ("Ostvik Dairies", "Harl Breweries") is an organisation, not a person', () => {
  const article = analyze(
    'Brenholt Mills has bid for Ostvik Dairies and Harl Breweries. Ostvik Dairies said its board would meet. Tom Davies, a trader, was surprised.',
  );
  assert.equal(entityOf(article, 'Ostvik Dairies')?.type, 'organization');
  assert.equal(entityOf(article, 'Harl Breweries')?.type, 'organization');
  assert.equal(entityOf(article, 'Tom Davies')?.type, 'person');
});

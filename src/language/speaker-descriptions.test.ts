import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTextArticle, type Article } from '../model/index.js';
import { analyzeLanguage } from './analyze-language.js';

function analyze(text: string): Article {
  return analyzeLanguage(createTextArticle(text));
}

function speakerOf(article: Article, contentStart: string): string | undefined {
  const quote = article.quotes.find((item) =>
    item.content.text.replace(/^[“"]/, '').startsWith(contentStart),
  );
  assert.ok(quote, `a quote starting "${contentStart}"`);
  return article.entities.find((entity) => entity.id === quote.speaker)?.name;
}

void test('an anonymous source in the body ("A club source said") or official past the lede is not the person quoted next', () => {
  const article = analyze(
    [
      'The Lindqvist Rovers dismissed their coach, Pell Amundsen, on Monday after a run of nine defeats.',
      'Club chairman Oskar Brenn said the decision had been unanimous.',
      'A club source said the players had stopped listening to Amundsen weeks ago.',
      'Brenn said the search for a successor had begun. A witness said Amundsen left the ground without a word.',
      'A senior league official said the club had broken no rules.',
      '“We needed a new voice in the dressing room,” Brenn said.',
    ].join('\n\n'),
  );
  assert.equal(speakerOf(article, 'the players had stopped'), undefined);
  assert.equal(speakerOf(article, 'Amundsen left the ground'), undefined);
  // Past the lede, "a senior official" is someone the outlet leaves unnamed, not the next person it quotes.
  assert.equal(speakerOf(article, 'the club had broken'), undefined);
  assert.equal(speakerOf(article, 'We needed a new voice'), 'Oskar Brenn');
});

void test('an indefinite description ("A friend of the singer") is not linked to someone named earlier', () => {
  const article = analyze(
    [
      'Pop singer Tova Reinholt has cancelled her autumn tour, the 28-year-old singer’s manager Dag Lunde told the Harbour Post.',
      'Lunde would not say why the dates were dropped.',
      'A friend of the singer said she had been exhausted for months.',
    ].join('\n'),
  );
  assert.equal(speakerOf(article, 'she had been exhausted'), undefined);
  const lunde = article.entities.find((entity) => entity.name === 'Dag Lunde');
  const labels = lunde?.mentions.flatMap((mention) => mention.labels.map((label) => label.text)) ?? [];
  assert.ok(!labels.some((label) => /friend/i.test(label)), `Lunde's labels: ${labels.join(', ')}`);
});

void test('"the singer" is not the singer’s manager, and "the president" is not the vice president', () => {
  const article = analyze(
    [
      'The 28-year-old singer’s manager Dag Lunde confirmed the cancellation on Friday.',
      'Later the singer said she would be back on stage next spring.',
      'Vice President Hal Morrow opened the trade summit in Tarsk on Monday.',
      'The president said the talks would go on for another week.',
    ].join('\n\n'),
  );
  assert.notEqual(speakerOf(article, 'she would be back'), 'Dag Lunde');
  assert.notEqual(speakerOf(article, 'the talks would go on'), 'Hal Morrow');
});

void test('"A spokeswoman for Senator Okafor" is not Okafor; a named spokesman after the comma is the speaker', () => {
  const article = analyze(
    [
      'A spokeswoman for Senator Ruth Okafor said the senator would vote against the bill.',
      'Senator Anders Pike will vote for it. A lawyer for Mr. Pike said he had read every page.',
      'A spokesman for Governor Ivo Brandt, Lem Kassar, said the governor had not decided.',
    ].join('\n\n'),
  );
  assert.notEqual(speakerOf(article, 'the senator would vote'), 'Ruth Okafor');
  assert.notEqual(speakerOf(article, 'he had read every page'), 'Anders Pike');
  assert.equal(speakerOf(article, 'the governor had not decided'), 'Lem Kassar');
});

void test('"he said" skips a woman the text calls a wife or spokeswoman, and "she said" skips a husband', () => {
  const wife = analyze(
    [
      'Film director Lars Holm will host the Northern Screen Awards in February.',
      'His wife, Greta Vik, is a painter.',
      '“Greta and the kids are the best things in my life,” he said.',
    ].join('\n\n'),
  );
  assert.equal(speakerOf(wife, 'Greta and the kids'), 'Lars Holm');
  const spokeswoman = analyze(
    [
      'Harbour master Edvin Sato closed the north channel on Tuesday.',
      'The channel will reopen on Friday, the port’s spokeswoman, Ada Rusk, told reporters.',
      '“The dredgers need three more days,” he said.',
    ].join('\n\n'),
  );
  assert.equal(speakerOf(spokeswoman, 'The dredgers need'), 'Edvin Sato');
  const husband = analyze(
    [
      'Mayor Ilse Varga opened the bridge on Sunday.',
      'Her husband, Tomas Brandt, cut the ribbon.',
      '“This bridge took nine years,” she said.',
    ].join('\n\n'),
  );
  assert.equal(speakerOf(husband, 'This bridge took'), 'Ilse Varga');
});

void test('"he demanded that Mr. Varga resign" is not Varga: a pronoun is never someone its own clause names', () => {
  const article = analyze(
    [
      'In her speech, Mayor Ilse Varga said the flood defences had held.',
      'Within hours the row reached the council. Councillor Bram Oduya seized on the flooding as proof of neglect. He demanded that Mayor Varga resign because she had cut the dyke budget.',
    ].join('\n\n'),
  );
  assert.equal(speakerOf(article, 'that Mayor Varga resign'), 'Bram Oduya');
});

void test('past the lede of a text with one sentence a line, "a police officer said" is not the person quoted next', () => {
  const article = analyze(
    [
      'Riot police cleared the square in Tarsk late on Sunday.',
      'The protest began after a teenager was shot by officers on Friday.',
      'Shops along the avenue were shuttered and two cars were burned.',
      'A police officer said the crowd had thrown bottles at the line.',
      'Councillor Bram Oduya said the city needed answers, not batons.',
    ].join('\n'),
  );
  assert.equal(speakerOf(article, 'the crowd had thrown'), undefined);
  assert.equal(speakerOf(article, 'the city needed answers'), 'Bram Oduya');
});

void test('"he told" after "Vantor Pictures’ Anton Greve" is Greve, not the company that possesses him', () => {
  for (const mark of ['’', "'"]) {
    const article = analyze(
      [
        'Singer Tova Reinholt has checked into a clinic.',
        `The move comes as a surprise to Vantor Pictures${mark} Anton Greve, who produced her last film.`,
        '“Tova was always prepared,” he told the Courier.',
      ].join('\n'),
    );
    assert.equal(speakerOf(article, 'Tova was always prepared'), 'Anton Greve');
  }
});

void test('"The Brenholt chief" is not a person the article names only later with a label of the same head', () => {
  const article = analyze(
    [
      'Hundreds of jobs are at risk after Brenholt Mills boss Sander Quill launched a bid for a rival flour maker.',
      'The Brenholt chief wants to close the Ostvik plant within a year, people at the firm said.',
      'Union chief Maren Tolk said workers would strike. “We will not go quietly,” Tolk said.',
    ].join('\n\n'),
  );
  assert.notEqual(speakerOf(article, 'to close the Ostvik plant'), 'Maren Tolk');
  const tolk = article.entities.find((entity) => entity.name === 'Maren Tolk');
  const labels = tolk?.mentions.flatMap((mention) => mention.labels.map((label) => label.text)) ?? [];
  assert.ok(!labels.some((label) => /Brenholt/.test(label)), `Tolk's labels: ${labels.join(', ')}`);
});

void test('"the authority said" is the authority the article named before, by the last word of its name', () => {
  const article = analyze(
    [
      'Brenholt Mills has offered 900 million crowns for Ostvik Flour.',
      'The Varnland Competition Authority has until 12 May to decide whether to open an in-depth inquiry. “We will look at what the deal means for bakers,” the authority said in a statement.',
      '“The union will fight this,” the union said.',
    ].join('\n\n'),
  );
  assert.equal(speakerOf(article, 'We will look at what'), 'Varnland Competition Authority');
  // No union was named before: "the union" stays unresolved.
  assert.equal(speakerOf(article, 'The union will fight'), undefined);
});

void test('a description the text shows to be a person ("The shamed rule-breaker", "The tearful skipper, 47,") is the protagonist, labelled with it', () => {
  const article = analyze(
    [
      'Harbour master Edvin Sollund was sacked on Friday after two ferries collided in the Brask channel.',
      'The shamed rule-breaker, 61, who ran the port for a decade, wailed: "I did everything by the book."',
      'Sollund had been warned twice by inspectors.',
      'The tearful skipper, 47, told reporters: "Nobody listened to the crews."',
    ].join('\n\n'),
  );
  assert.equal(speakerOf(article, 'I did everything'), 'Edvin Sollund');
  assert.equal(speakerOf(article, 'Nobody listened'), 'Edvin Sollund');
  const sollund = article.entities.find((entity) => entity.name === 'Edvin Sollund');
  const labels = sollund?.mentions.flatMap((mention) => mention.labels.map((label) => label.text)) ?? [];
  // The label is the description alone, without the age and the relative clause after it.
  assert.ok(labels.includes('The shamed rule-breaker'), labels.join(' | '));
  assert.ok(labels.includes('The tearful skipper'), labels.join(' | '));
});

void test('a description with an unlisted head and no sign of a person ("The memo") is nobody named', () => {
  const article = analyze(
    [
      'Harbour master Edvin Sollund was sacked on Friday after two ferries collided in the Brask channel.',
      'The leaked memo said: "Crews must not sail in fog."',
    ].join('\n\n'),
  );
  assert.equal(speakerOf(article, 'Crews must not'), undefined);
});

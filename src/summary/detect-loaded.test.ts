import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { buildLoadedEntries } from './build-loaded-entries.js';
import { detectLoaded } from './detect-loaded.js';
import { analyzeLanguage } from '../language/index.js';
import { createTextArticle } from '../model/index.js';
import { createTestArticle, createTestQuote } from './test-articles.test-helper.js';

const TEXT =
  'The harbour regime raised ferry fares on Monday. Port director Ilse Varga said the rise was modest.\n\n' +
  '"The council is a gang of crooks and this is a disgrace," Varga said.\n\n' +
  'Ferry users called the decision a "reform" in a petition.';

test('flags loaded words sentence by sentence with reason, note and sentence index', () => {
  const article = createTestArticle(TEXT);
  const spans = detectLoaded(article);
  const regime = spans.find((span) => span.text === 'regime');
  assert.ok(regime);
  assert.equal(regime.reason, 'one-sided-label');
  assert.equal(regime.sentence, 0);
  assert.equal(regime.speaker, undefined);
  assert.equal(article.text.slice(regime.start, regime.end), 'regime');
  assert.match(regime.note, /government/);
});

test('a word inside a quotation is attributed to the speaker entity', () => {
  const base = createTestArticle(TEXT);
  const article = {
    ...base,
    entities: [{ id: 'e0', name: 'Ilse Varga', key: 'ilse varga', type: 'person' as const, mentions: [] }],
  };
  article.quotes = [
    createTestQuote(article, 'The council is a gang of crooks and this is a disgrace,', 'Varga', 'e0'),
  ];
  const spans = detectLoaded(article);
  const quoted = spans.filter((span) => span.sentence === 2);
  assert.ok(quoted.length >= 2, 'crooks and disgrace are flagged');
  for (const span of quoted) {
    assert.equal(span.speaker, 'Ilse Varga');
    assert.match(span.note, /Ilse Varga/);
  }
});

test('the speaker falls back to the quote source as written, then to "quoted"', () => {
  const article = createTestArticle(TEXT);
  article.quotes = [
    createTestQuote(article, 'The council is a gang of crooks and this is a disgrace,', 'Varga'),
  ];
  assert.ok(detectLoaded(article).some((span) => span.speaker === 'Varga'));
  const bare = createTestArticle(TEXT);
  const quoted = detectLoaded(bare).filter((span) => span.sentence === 2);
  assert.ok(quoted.length > 0);
  assert.ok(quoted.every((span) => span.speaker === 'quoted'));
});

test('a quotation opened in one sentence and closed in the next is quoted in both', () => {
  const article = createTestArticle('"This is shameful. It is a total fiasco," the mayor said.');
  const spans = detectLoaded(article);
  assert.ok(spans.length >= 2);
  assert.ok(spans.every((span) => span.speaker === 'quoted'));
});

test("words between the `` and '' marks of older wire and corpus text are quoted, not the outlet's voice", () => {
  const article = createTestArticle(
    "``This is shameful and a total fiasco,'' the mayor said of the ferry fares.\n\n" +
      "The port said the fares had risen. ``It was a disgrace,'' one rider said.",
  );
  const spans = detectLoaded(article);
  for (const word of ['shameful', 'fiasco', 'disgrace']) {
    const span = spans.find((item) => item.text.toLowerCase() === word);
    assert.ok(span, `${word} is flagged`);
    assert.equal(span.speaker, 'quoted', `${word} is inside the quotation`);
  }
});

test('scare quotes are flagged unless an attributed quotation covers them', () => {
  const article = createTestArticle('The ministry praised the "reform" of the ports.');
  assert.deepEqual(
    detectLoaded(article).map((span) => span.reason),
    ['scare-quotes'],
  );
  article.quotes = [createTestQuote(article, 'reform', 'The ministry')];
  assert.deepEqual(detectLoaded(article), []);
});

test('buildLoadedEntries gives the own-voice rate per 100 words and cites the spans', () => {
  const article = createTestArticle(
    'The regime raised fares. Riders paid more on the first day of the new year.',
    {
      id: 'a1',
    },
  );
  const [entry] = buildLoadedEntries([article]);
  assert.ok(entry);
  assert.equal(entry.article, 'a1');
  // One loaded word ("regime") in 15 words of the outlet's own voice.
  assert.equal(entry.rate, Math.round((1 / 15) * 10000) / 100);
  assert.equal(entry.spans[0]?.citation.article, 'a1');
  assert.equal(entry.spans[0]?.citation.sentence, 0);
});

test('bad input: empty articles and articles without sentences do not crash', () => {
  assert.deepEqual(detectLoaded(createTestArticle('')), []);
  const [entry] = buildLoadedEntries([createTestArticle('')]);
  assert.equal(entry?.rate, 0);
});

test('property: spans stay inside their sentence and match the article text', () => {
  const pieces = [
    'The',
    'regime',
    '"',
    '“',
    '”',
    'slammed',
    'utterly',
    'fiasco',
    'Brave',
    'Harbour',
    '.',
    ',',
    'said',
  ];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
      const article = createTestArticle(parts.join(' '));
      for (const span of detectLoaded(article)) {
        const sentence = article.sentences[span.sentence];
        assert.ok(sentence);
        assert.ok(span.start >= sentence.start && span.end <= sentence.end);
        assert.equal(article.text.slice(span.start, span.end), span.text);
      }
    }),
    { numRuns: 200 },
  );
});

test('the rate leaves quotations out of both the loaded words and the word count', () => {
  const article = createTestArticle('The regime raised fares. "This is a total disgrace," the mayor said.', {
    id: 'q1',
  });
  const [entry] = buildLoadedEntries([article]);
  // Own voice: "The regime raised fares" + "the mayor said" = 7 words, one of them loaded.
  assert.equal(entry?.rate, Math.round((1 / 7) * 10000) / 100);
  assert.ok(entry?.spans.some((span) => span.speaker === 'quoted'));
});

test("a loaded word in a named source's reported speech is the source's, not the outlet's", () => {
  const article = analyzeLanguage(
    createTextArticle(
      'Ferry fares rise again\n\nThe Gull Island ferry raised its fares on Monday. ' +
        'Passenger groups said the rise was outrageous. ' +
        'Harbour director Ilse Varga told reporters the old fares were a disgrace.\n\n' +
        'The disastrous rise will hit pensioners hardest.',
    ),
  );
  const spans = detectLoaded(article);
  const outrageous = spans.find((span) => span.text === 'outrageous');
  assert.ok(outrageous, 'the word is still listed');
  assert.equal(outrageous.speaker, 'Passenger groups');
  assert.match(outrageous.note, /Passenger groups said/);
  assert.equal(spans.find((span) => span.text === 'disgrace')?.speaker, 'Ilse Varga');
  // The outlet's own sentence keeps its loaded word.
  const disastrous = spans.find((span) => span.text === 'disastrous');
  assert.ok(disastrous);
  assert.equal(disastrous.speaker, undefined);
});

test("reported speech without a named source, or after a verb that is no saying, stays the outlet's", () => {
  const article = analyzeLanguage(
    createTextArticle(
      'Ferry fares rise again\n\nThe outrageous rise seems set to stay. ' +
        'Ilse Varga signed the disastrous fare order on Monday.',
    ),
  );
  const spans = detectLoaded(article);
  for (const word of ['outrageous', 'disastrous']) {
    const span = spans.find((candidate) => candidate.text === word);
    assert.ok(span, word);
    assert.equal(span.speaker, undefined, word);
  }
});

test("an aside after a comma inside reported speech is the outlet's framing, not the source's words", () => {
  const article = analyzeLanguage(
    createTextArticle(
      'Ferry fares rise again\n\nA senior port official said the authority would not fine the Gull Island ferry ' +
        'if it repaid the subsidy, despite bringing the island to the verge of economic collapse, the Courier reported.',
    ),
  );
  const collapse = detectLoaded(article).find((span) => span.text.includes('collapse'));
  assert.ok(collapse);
  assert.equal(collapse.speaker, undefined);
});

test('a study that "reveals" something reports no speech: the loaded words stay the outlet\'s', () => {
  const article = analyzeLanguage(
    createTextArticle('Fridge fear\n\nNew research reveals a killer bug lurking in kitchen sponges.'),
  );
  const lurking = detectLoaded(article).find((span) => span.text === 'lurking');
  assert.ok(lurking);
  assert.equal(lurking.speaker, undefined);
});

test("in reported speech the outlet's names for people stay its own; the source's judgement stays the source's", () => {
  const article = analyzeLanguage(
    createTextArticle(
      'Depot march ends in arrests\n\nSix brave officers were hurt and 30 thugs were arrested in Tarnby, police said. ' +
        'Marchers said the closure was outrageous.',
    ),
  );
  const spans = detectLoaded(article);
  for (const word of ['brave', 'thugs']) {
    const span = spans.find((candidate) => candidate.text === word);
    assert.ok(span, word);
    assert.equal(span.speaker, undefined, word);
  }
  assert.equal(spans.find((span) => span.text === 'outrageous')?.speaker, 'Marchers');
});

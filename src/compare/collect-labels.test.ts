import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeLanguage } from '../language/index.js';
import { createTextArticle } from '../model/index.js';
import { collectLabels } from './collect-labels.js';
import { groupQuotes } from './group-quotes.js';
import { linkEntities } from './link-entities.js';

void test('a label found behind "its" is shown as the role of the organisation it stands for', () => {
  const articles = [
    analyzeLanguage(
      createTextArticle(
        'The Brackwater Ferry Company cut two routes. Its director, Ana Pell, said fuel had doubled.',
      ),
    ),
  ];
  const entries = collectLabels(articles, linkEntities(articles));
  const pell = entries.find((entry) => entry.entity === 'Ana Pell');
  assert.deepEqual(
    pell?.byArticle.flatMap((row) => row.labels.map((label) => label.text)),
    ['director of Brackwater Ferry Company'],
  );
});

void test('a speaker another outlet names only by role ("the 58-year-old governor said") gets that role as a label', () => {
  const articles = [
    'Ferry route shut\n\nGovernor Mira Stolt closed the northern ferry route on Friday. “We cannot run boats into a storm of this size, and we will not gamble with lives,” Stolt said.',
    'Storm shuts ferries\n\nThe northern ferry route was closed on Friday. “We cannot run boats into a storm of this size,” the 58-year-old governor said.',
    // The same words given to someone the others never call that: a different speaker, not a label.
    'Ferries halted\n\nBoats stayed in port on Friday. “We cannot run boats into a storm of this size,” a harbour spokesman said.',
  ].map((text) => analyzeLanguage(createTextArticle(text)));
  const links = linkEntities(articles);
  const entries = collectLabels(articles, links, groupQuotes(articles, links).described);
  const stolt = entries.find((entry) => entry.entity === 'Mira Stolt');
  const labels = (article: number): string[] =>
    stolt?.byArticle
      .filter((row) => row.article === articles[article]?.id)
      .flatMap((row) => row.labels.map((label) => label.text)) ?? [];
  assert.deepEqual(labels(1), ['the 58-year-old governor']);
  assert.deepEqual(labels(2), []);
  const cited = stolt?.byArticle.find((row) => row.article === articles[1]?.id)?.labels[0]?.citation;
  assert.equal(cited && articles[1]?.text.slice(cited.start, cited.end), 'the 58-year-old governor');
});

void test('a pronoun speaker right after a described source ("The leader of the opposition said ... she told") takes its description', () => {
  const articles = [
    'Ferry route shut\n\nGovernor Mira Stolt closed the northern ferry route on Friday. “We cannot run boats into a storm of this size, and we will not gamble with lives,” Stolt said.',
    'Storm shuts ferries\n\nThe governor of the province said the route would stay shut until Monday. “We cannot run boats into a storm of this size,” she told reporters.',
  ].map((text) => analyzeLanguage(createTextArticle(text)));
  const links = linkEntities(articles);
  const entries = collectLabels(articles, links, groupQuotes(articles, links).described);
  const stolt = entries.find((entry) => entry.entity === 'Mira Stolt');
  assert.deepEqual(
    stolt?.byArticle
      .filter((row) => row.article === articles[1]?.id)
      .flatMap((row) => row.labels.map((label) => label.text)),
    ['The governor of the province'],
  );
});

void test('a label that ends on "of" or "and" before a name belongs to someone else, not to that name', () => {
  const articles = [
    analyzeLanguage(
      createTextArticle(
        'Senator Ivo Brandt of Tolvania said on Monday that the canal tax would rise. The Queen of Marrowfen opened the lock. President and chief executive Mara Quist of Lindholm Freight said shipping would slow.',
      ),
    ),
  ];
  const entries = collectLabels(articles, linkEntities(articles));
  const cutShort = entries.flatMap((entry) =>
    entry.byArticle.flatMap((row) =>
      row.labels
        .filter((label) => /\s(?:of|and|for)\s*$/u.test(label.text))
        .map((label) => `${entry.entity}: ${label.text}`),
    ),
  );
  assert.deepEqual(cutShort, []);
  // A title that runs on through "and" to its end still labels the name after it.
  const quist = entries.find((entry) => entry.entity === 'Mara Quist');
  assert.deepEqual(
    quist?.byArticle.flatMap((row) => row.labels.map((label) => label.text)),
    ['President and chief executive'],
  );
});

void test('what each article calls one organisation is listed per article, linked across the two', () => {
  // Invented: Korvash, Orsk and the outlets' wording.
  const articles = [
    'Fighters from the militant group Korvash seized the Orsk dam on Tuesday.',
    'Korvash, a Tarnish resistance movement, took the Orsk dam on Tuesday.',
  ].map((text) => analyzeLanguage(createTextArticle(text)));
  const entries = collectLabels(articles, linkEntities(articles));
  const korvash = entries.find((entry) => entry.entity === 'Korvash');
  assert.equal(korvash?.type, 'organization');
  assert.deepEqual(
    korvash?.byArticle.map((row) => row.labels.map((label) => label.text)),
    [['the militant group'], ['a Tarnish resistance movement']],
  );
});

void test("an organisation's label at a sentence's start keeps to the words the language stage found", () => {
  // Invented: a verb no list holds ("chase") stands between the sentence's subject and the label.
  const articles = [
    analyzeLanguage(createTextArticle('Police chase militant group Korvash into the hills.')),
  ];
  const entries = collectLabels(articles, linkEntities(articles));
  assert.deepEqual(
    entries
      .find((entry) => entry.entity === 'Korvash')
      ?.byArticle.flatMap((row) => row.labels.map((label) => label.text)),
    ['militant group'],
  );
});

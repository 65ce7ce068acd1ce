/**
 * End to end on an invented court verdict told through every input format a crawl or feed brings
 * (fixtures/stories/moorcraft-verdict/): a wire agency's JSONL record and a local paper's lightly edited copy of
 * it, a radio station's RSS feed (one item with full content, one with a description only), a broadsheet's page
 * in a gzipped WARC (cookie banner, navigation, share links, related stories; `source/` holds the page and the
 * script that wrote the archive) and a tabloid's plain text with page residue. The outlets disagree on the prison
 * term (six or seven years) and the bribe total (1.2 or 1.4 million crowns), the broadsheet gives the
 * prosecutor's words to the judge, and the tabloid changes the judge's "twice" to "three times".
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { StoryReport } from '../src/model/index.js';
import { fixtureStory } from './helpers/fixture-story.js';

let report: StoryReport;

before(async () => {
  report = await fixtureStory('moorcraft-verdict');
});

const articleOf = (outlet: string, sourceEnd = ''): StoryReport['articles'][number] => {
  const found = report.articles.find(
    (article) => article.outlet === outlet && (article.source ?? '').endsWith(sourceEnd),
  );
  assert.ok(found, `no article of ${outlet}`);
  return found;
};

const sentencesOf = (outlet: string): string[] => articleOf(outlet).sentences.map(String);

test('every feed item, archived page, record and text is an article, named, titled, dated; the copy marked', () => {
  assert.deepEqual(report.articles.map((article) => article.outlet).sort(), [
    'Coastline Radio News',
    'Coastline Radio News',
    'Daily Klaxon',
    'Harrowgate Wire Service',
    'Saltreach Evening Post',
    'The Brinemouth Chronicle',
  ]);
  for (const article of report.articles) {
    assert.ok(article.title !== null && article.title !== '', article.source ?? '');
    assert.match(article.published ?? '', /^2026-12-0[34]/, article.source ?? '');
  }
  assert.equal(articleOf('Saltreach Evening Post').copyOf, articleOf('Harrowgate Wire Service').id);
  assert.ok(articleOf('Coastline Radio News', '#2').sentences.length > 0, 'the description-only item');
  assert.equal(report.coverage.independentSources, 4);
});

test("the page's chrome and the tabloid's residue are not article text", () => {
  const chronicle = sentencesOf('The Brinemouth Chronicle').join(' ');
  assert.doesNotMatch(chronicle, /cookies|Share on|Related stories|Subscribe|Photograph:/);
  const klaxon = sentencesOf('Daily Klaxon').join(' ');
  assert.doesNotMatch(klaxon, /newsletter|Read more|Photo:|Comment below|©/);
});

test('the prison term and the bribe total are disputes, and neither is stated as settled', () => {
  const values = (about: string): string[] =>
    report.conflicts
      .find((conflict) => conflict.kind === 'number' && conflict.about === about)
      ?.sides.map((side) => side.value)
      .sort() ?? [];
  assert.deepEqual(values('how long (prison sentence)'), ['seven years', 'six years']);
  assert.deepEqual(values('how many crowns'), ['1.2 million crowns', '1.4 million crowns']);
  const stated = [report.headline.text, ...report.summary.map((sentence) => sentence.text)].filter(
    (text) => !text.startsWith('Reports differ'),
  );
  for (const text of stated) {
    assert.doesNotMatch(text, /\b(?:six|seven) years\b|to years|million crowns/, text);
  }
});

test('the headline and the lead summary sentence leave out the wire dateline', () => {
  assert.doesNotMatch(report.headline.text, /SALTREACH|Dec 3/);
  assert.doesNotMatch(report.summary[0]?.text ?? '', /SALTREACH|Dec 3/);
});

test("quotes: one text per quotation, words changed at the end are altered, the broadsheet's speaker differs", () => {
  const group = (words: string): StoryReport['quotes'][number] => {
    const found = report.quotes.find((quote) => quote.text.includes(words));
    assert.ok(found, words);
    return found;
  };
  const verdict = group('no office is too high');
  assert.equal(verdict.speaker, 'Anneli Vorst');
  assert.equal(verdict.text.split('no office is too high').length, 2, verdict.text);
  const chronicle = verdict.variants.find(
    (variant) => variant.article === articleOf('The Brinemouth Chronicle').id,
  );
  assert.ok(chronicle?.differences.includes('speaker'));
  const greed = group('You sold the harbour');
  const klaxon = greed.variants.find((variant) => variant.article === articleOf('Daily Klaxon').id);
  assert.match(klaxon?.text ?? '', /three times/);
  assert.ok(klaxon?.differences.includes('altered'), JSON.stringify(klaxon?.differences));
  const immunity = group('bought their own immunity');
  const radio = immunity.variants.find(
    (variant) => variant.article === articleOf('Coastline Radio News', '#1').id,
  );
  assert.ok(radio?.differences.includes('altered'), JSON.stringify(radio?.differences));
  assert.ok(!(radio?.differences.includes('extended') ?? true), JSON.stringify(radio?.differences));
});

test('labels: the tabloid\'s "CROOKED ex-mayor" beside the others\' "former mayor"', () => {
  const moorcraft = report.labels.find((entry) => entry.entity === 'Edvin Moorcraft');
  const of = (outlet: string): string[] =>
    moorcraft?.byArticle
      .filter((row) => row.article === articleOf(outlet).id)
      .flatMap((row) => row.labels.map((label) => label.text)) ?? [];
  // The tabloid's sentence-opening descriptions of him are its labels too.
  assert.deepEqual(of('Daily Klaxon'), [
    'CROOKED ex-mayor',
    'The greedy 58-year-old',
    'The disgraced former mayor',
  ]);
  assert.deepEqual(of('Harrowgate Wire Service'), ['former mayor']);
});

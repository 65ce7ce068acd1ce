/**
 * End to end on an invented protest told five ways (fixtures/stories/orvain-protest/): a wire agency's JSONL item
 * and a regional paper's reprint of it (new headline, last two paragraphs cut), a broadsheet's HTML page that
 * credits the agency, a pro-government tabloid that says "thugs" and "rioters" in its own voice, gives only the
 * police's crowd figure and leaves out the baton charge, and a campaigning paper that calls the minister
 * "hardline" and gives the marchers' lawyers' arrest count. Organisers put the crowd at 40,000, police at about
 * 8,000; the minister's quotation is trimmed one way by the broadsheet and another by the campaigning paper.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { renderText } from '../src/cli/render-text.js';
import type { StoryReport } from '../src/model/index.js';
import { renderReportPage } from '../src/server/index.js';
import { articleIdOf, fixtureStory } from './helpers/fixture-story.js';

let report: StoryReport;

before(async () => {
  report = await fixtureStory('orvain-protest');
});

const idOf = (outlet: string): string => articleIdOf(report, outlet);
const outletsOf = (ids: readonly string[]): string[] =>
  [...new Set(ids.map((id) => report.articles.find((article) => article.id === id)?.outlet ?? id))].sort();

test('five tellings are one story, the tabloid named from its masthead and the reprint a copy of the wire', () => {
  assert.deepEqual(report.articles.map((article) => article.outlet).sort(), [
    'Lowland Gazette',
    'Meridian Wire',
    'National Sentinel',
    'The Commons Herald',
    'The Orvain Chronicle',
  ]);
  assert.deepEqual(
    report.provenance.copies.map((copy) => [copy.article, copy.copyOf]),
    [[idOf('Lowland Gazette'), idOf('Meridian Wire')]],
  );
  assert.equal(report.coverage.independentSources, 4);
  const credits = report.provenance.credits.filter((credit) => credit.outlet === 'Meridian Wire');
  assert.ok(outletsOf(credits.map((credit) => credit.article)).includes('The Orvain Chronicle'));
});

test('the headline tells the event in neutral words, not the crowd count stripped of its figure', () => {
  const headline = report.headline.text;
  assert.doesNotMatch(headline, /\b(?:thugs?|rioters?|mob|chaos|brutal|people joined)\b/i, headline);
  assert.match(headline, /\bpolice\b/i, headline);
  assert.match(headline, /tear gas|batons|clashes/i, headline);
});

test("the summary leads with the event and keeps the outlets' epithets out of its own voice", () => {
  assert.match(report.summary[0]?.text ?? '', /tear gas|batons|clashes/i, report.summary[0]?.text);
  for (const sentence of report.summary) {
    assert.doesNotMatch(sentence.text, /\b(?:thugs?|rioters?|mob|chaos|brutal|brave)\b/i, sentence.text);
  }
});

test("the crowd figures are the organisers' and the police's, each side listing every outlet that gives it", () => {
  const dispute = report.summary.find((sentence) => /how many people/.test(sentence.text));
  assert.ok(dispute, JSON.stringify(report.summary.map((sentence) => sentence.text)));
  assert.match(dispute.text, /^Sources differ on how many people/);
  assert.match(dispute.text, /40,000 people according to organisers \(([^)]*)\)/);
  const organisers = /according to organisers \(([^)]*)\)/.exec(dispute.text)?.[1] ?? '';
  const police = /according to police \(([^)]*)\)/.exec(dispute.text)?.[1] ?? '';
  // The wire gives both figures, the tabloid only the police's.
  assert.match(organisers, /Meridian Wire/);
  assert.match(police, /Meridian Wire/);
  assert.match(police, /National Sentinel/);
  assert.doesNotMatch(organisers, /National Sentinel/);
  const cited = outletsOf(dispute.citations.map((citation) => citation.article));
  assert.ok(cited.includes('The Orvain Chronicle'), JSON.stringify(cited));
});

test('the summary states no clock time for the charge, since the outlets give 3, 3.30, 4 and 5 p.m.', () => {
  const charge = report.summary.find((sentence) => /charged the crowd with batons/.test(sentence.text));
  assert.ok(charge, JSON.stringify(report.summary.map((sentence) => sentence.text)));
  assert.doesNotMatch(charge.text, /\d\s*(?:a\.m\.|p\.m\.)/, charge.text);
});

test('the baton charge is shared by every outlet but the tabloid, which leaves it out', () => {
  const charge = report.facts.shared.find((fact) => /charged the crowd with batons/.test(fact.text));
  assert.ok(charge, JSON.stringify(report.facts.shared.map((fact) => fact.text)));
  assert.ok(!outletsOf(charge.articles).includes('National Sentinel'), JSON.stringify(charge.articles));
  assert.ok(outletsOf(charge.articles).includes('The Commons Herald'));
});

test("the minister's quotation is one, trimmed one way by the broadsheet and another by the campaigning paper", () => {
  const group = report.quotes.find((quote) => quote.text.includes('Peaceful protest is a right'));
  assert.ok(group);
  assert.equal(group.speaker, 'Aurel Veska');
  assert.match(group.text, /full force of the law/);
  const trims = (outlet: string) =>
    group.variants.find((variant) => variant.article === idOf(outlet))?.differences ?? [];
  assert.ok(trims('The Commons Herald').includes('trimmed'));
  assert.ok(trims('The Orvain Chronicle').includes('trimmed'));
  const herald = group.variants.find((variant) => variant.article === idOf('The Commons Herald'));
  assert.doesNotMatch(herald?.text ?? '', /force of the law/);
});

test('labels and loaded words: "hardline" is one paper\'s, "thugs" the tabloid\'s own and the wire\'s only in a quote', () => {
  const veska = report.labels.find((entry) => entry.entity === 'Aurel Veska');
  const labelsOf = (outlet: string): string[] =>
    veska?.byArticle
      .filter((row) => row.article === idOf(outlet))
      .flatMap((row) => row.labels.map((label) => label.text.toLowerCase())) ?? [];
  assert.deepEqual(labelsOf('The Commons Herald'), ['hardline minister']);
  assert.deepEqual(labelsOf('Meridian Wire'), ['interior minister']);
  const loaded = (outlet: string) =>
    report.loaded.find((entry) => entry.article === idOf(outlet))?.spans ?? [];
  const own = (outlet: string): string[] =>
    loaded(outlet)
      .filter((span) => span.speaker === undefined)
      .map((span) => span.text.toLowerCase());
  assert.ok(own('National Sentinel').includes('thugs'), JSON.stringify(loaded('National Sentinel')));
  assert.ok(own('National Sentinel').includes('mob'));
  assert.ok(!own('Meridian Wire').includes('thugs'));
  assert.ok(loaded('Meridian Wire').some((span) => span.text === 'thugs' && span.speaker === 'Tobiah Renn'));
});

test("what the marchers are called: the tabloid's rioters, thugs and mob, the others' protesters and demonstrators", () => {
  const crowd = report.groupLabels?.find((entry) => entry.family === 'crowd');
  assert.ok(crowd, JSON.stringify(report.groupLabels));
  const wordsOf = (outlet: string): string[] =>
    crowd.byArticle.find((row) => row.article === idOf(outlet))?.words.map((word) => word.text) ?? [];
  assert.deepEqual(wordsOf('National Sentinel').sort(), ['mob', 'rioters', 'thugs']);
  assert.deepEqual(wordsOf('Meridian Wire'), ['protesters']);
  assert.deepEqual(wordsOf('The Orvain Chronicle'), ['demonstrators']);
  assert.deepEqual(wordsOf('The Commons Herald'), ['demonstrators']);
  // The reprint is the wire's words, not a fifth outlet's choice; the wire's quoted "thugs" is the police's.
  assert.deepEqual(wordsOf('Lowland Gazette'), []);
  const cited = crowd.byArticle.flatMap((row) => row.words.flatMap((word) => word.citations));
  for (const citation of cited) {
    const text = report.articles.find((entry) => entry.id === citation.article)?.sentences[citation.sentence];
    assert.ok(text !== undefined, JSON.stringify(citation));
  }
  assert.match(renderText([report]), /What the group is called \(1\)\n {2}• crowd: .*thugs/);
  assert.match(renderReportPage(report), /What the group is called[\s\S]*“rioters”/);
});

test('headlines\' words for the crowd are listed apart: the tabloid\'s "Thugs", the campaigning paper\'s "marchers"', () => {
  const crowd = report.groupLabels?.find((entry) => entry.family === 'crowd');
  assert.ok(crowd, JSON.stringify(report.groupLabels));
  const headlineOf = (outlet: string): string[] => {
    const article = report.articles.find((entry) => entry.outlet === outlet);
    const row = crowd.byArticle.find((entry) => entry.article === idOf(outlet));
    // Offsets into the title give the word as the headline writes it.
    return (row?.headline ?? []).map((word) => `${word.text}=${article?.title?.slice(word.start, word.end)}`);
  };
  assert.deepEqual(headlineOf('National Sentinel'), ['thugs=Thugs']);
  assert.deepEqual(headlineOf('The Commons Herald'), ['marchers=marchers']);
  assert.deepEqual(headlineOf('Meridian Wire'), []);
  assert.deepEqual(headlineOf('The Orvain Chronicle'), []);
  // Shown marked as the headline's, in the text report and on the story page.
  assert.match(renderText([report]), /What the group is called \(1\)\n {2}• crowd: .*thugs \(headline\)/);
  assert.match(renderReportPage(report), /“thugs” <span class="tag">headline<\/span>/);
});

test("compare's crowd conflict is the organisers' figure against the police's, the wire on both sides", () => {
  const crowd = report.conflicts.find(
    (conflict) => conflict.kind === 'number' && conflict.sides.some((side) => /40,000/.test(side.value)),
  );
  assert.ok(crowd, JSON.stringify(report.conflicts));
  const side = (claimant: string) => crowd.sides.find((entry) => entry.claimant === claimant);
  assert.match(side('organisers')?.value ?? '', /40,000/, JSON.stringify(crowd.sides));
  assert.match(side('police')?.value ?? '', /8,000/, JSON.stringify(crowd.sides));
  assert.ok(outletsOf(side('organisers')?.articles ?? []).includes('Meridian Wire'));
  assert.ok(outletsOf(side('police')?.articles ?? []).includes('Meridian Wire'));
  assert.ok(outletsOf(side('police')?.articles ?? []).includes('National Sentinel'));
  assert.ok(!outletsOf(side('organisers')?.articles ?? []).includes('National Sentinel'));
  assert.match(
    renderText([report]),
    /40,000 people” according to organisers .* vs “About 8,000 people” according to police/,
  );
  assert.match(renderReportPage(report), /“About 8,000 people” according to police:/);
});

test("the police's arrest and injury counts and the lawyers' and medics' are two conflicts, the wire on the police's side", () => {
  const about = (noun: string) =>
    report.conflicts.find((conflict) => conflict.about === `how many people ${noun}`);
  const arrests = about('arrested');
  const injuries = about('injured');
  assert.ok(arrests && injuries, JSON.stringify(report.conflicts.map((conflict) => conflict.about)));
  const sideOf = (conflict: typeof arrests, figure: RegExp) =>
    conflict.sides.find((side) => figure.test(side.value));
  assert.equal(sideOf(arrests, /\b41\b/)?.claimant, 'police');
  assert.ok(outletsOf(sideOf(arrests, /\b41\b/)?.articles ?? []).includes('Meridian Wire'));
  assert.ok(outletsOf(sideOf(arrests, /\b50\b/)?.articles ?? []).includes('The Commons Herald'));
  assert.ok(outletsOf(sideOf(injuries, /\b23\b/)?.articles ?? []).includes('Meridian Wire'));
  assert.ok(outletsOf(sideOf(injuries, /\b60\b/)?.articles ?? []).includes('The Commons Herald'));
});

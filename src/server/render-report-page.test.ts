import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { StoryReport } from '../model/index.js';
import {
  createFixtureReport,
  FIXTURE_BYLINE,
  FIXTURE_BYLINE_CREDIT,
  fixtureCitation,
} from './fixture-report.test-helper.js';
import { renderReportPage, renderReportsPage, renderStoryListPage, sentenceAnchor } from './index.js';

/** The only elements our pages use; anything else in the output came from unescaped input. */
const ALLOWED_TAGS = new Set(
  'html head meta title style body header main footer article section nav ul ol li h1 h2 h3 h4 hr p a span strong br table thead tbody tr th td time blockquote code'.split(
    ' ',
  ),
);

function tagsOf(html: string): string[] {
  return [...html.matchAll(/<\/?([A-Za-z][A-Za-z0-9-]*)/g)].map((match) => (match[1] ?? '').toLowerCase());
}

function assertOnlyOurMarkup(html: string): void {
  for (const tag of tagsOf(html)) assert.ok(ALLOWED_TAGS.has(tag), `unexpected <${tag}> in the page`);
  const stray = html.replace(/<!doctype html>/i, '').match(/<(?![A-Za-z/])/);
  assert.equal(stray, null, 'a bare "<" reached the page');
}

void test('renderReportPage: every section is on the page, with the coverage line', () => {
  const html = renderReportPage(createFixtureReport());
  for (const id of [
    'summary',
    'articles',
    'facts',
    'conflicts',
    'quotes',
    'labels',
    'loaded',
    'provenance',
    'sentences',
  ]) {
    assert.match(html, new RegExp(`<section id="${id}"`), `section ${id}`);
  }
  assert.match(html, /<h1>Lantern Bay council approves desalination plant/);
  assert.match(html, /4 articles from 3 independent sources/);
  assert.match(html, /48 million crowns/);
  assert.match(html, /52 million crowns/);
  assert.match(html, /the embattled mayor/);
  assert.match(html, /trimmed/);
  assert.match(html, /copy of D|copy of C · Northwind Wire/);
  assertOnlyOurMarkup(html);
});

void test('renderReportPage: every citation links to a sentence anchor on the same page', () => {
  const report = createFixtureReport();
  const html = renderReportPage(report);
  const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));
  const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1] ?? '');
  assert.ok(targets.length > 20);
  for (const target of targets) assert.ok(ids.has(target), `link to #${target} has no target`);
  const anchor = sentenceAnchor('courier02', 2);
  assert.match(html, new RegExp(`<li id="${anchor}"[^>]*>.*The plant will cost 52 million crowns\\.</li>`));
  assert.ok(targets.includes(anchor));
  assert.match(html, /li:target/);
});

void test('renderReportPage: a citation to an article not in the report is shown, not linked', () => {
  const report = createFixtureReport({
    summary: [
      {
        text: 'Dangling.',
        citations: [{ article: 'gone', sentence: 3, start: 0, end: 1 }, fixtureCitation('wire', 9)],
      },
    ],
  });
  const html = renderReportPage(report);
  assert.match(html, /sentence 4 of gone, not in this report/);
  assert.match(html, /sentence 10 of wire03, not in this report/);
});

void test('renderReportPage: hostile text in every field is escaped', () => {
  const evil = '<script>alert("x")</script><img src=x onerror=alert(1)>';
  const base = createFixtureReport();
  const report: StoryReport = {
    ...base,
    headline: { text: evil, citations: base.headline.citations },
    summary: [{ text: evil, citations: [] }],
    articles: base.articles.map((article) => ({
      ...article,
      id: article.id === 'ledger01' ? article.id : `${article.id}"><b>`,
      title: evil,
      outlet: evil,
      url: 'javascript:alert(1)',
      sentences: article.sentences.map(() => evil),
    })),
    quotes: base.quotes.map((group) => ({ ...group, speaker: evil, text: evil })),
    conflicts: base.conflicts.map((conflict) => ({ ...conflict, about: evil })),
  };
  const html = renderReportPage(report);
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /<img/i);
  assert.doesNotMatch(html, /javascript:/i);
  assert.match(html, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;/);
  assertOnlyOurMarkup(html);
});

void test('renderReportPage: arbitrary strings never produce markup (property)', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (text, id) => {
      const base = createFixtureReport();
      const html = renderReportPage({
        ...base,
        headline: { text, citations: [] },
        articles: [
          { id, source: text, title: text, outlet: text, published: text, url: text, sentences: [text] },
        ],
        summary: [{ text, citations: [{ article: id, sentence: 0, start: 0, end: 1 }] }],
      });
      assertOnlyOurMarkup(html);
      assert.ok(html.includes(`id="${sentenceAnchor(id, 0)}"`));
      assert.ok(html.includes(`href="#${sentenceAnchor(id, 0)}"`));
    }),
    { numRuns: 200 },
  );
});

void test('renderReportPage: standalone pages carry no link back to the story list', () => {
  assert.match(renderReportPage(createFixtureReport()), /href="\/"/);
  assert.doesNotMatch(renderReportPage(createFixtureReport(), { standalone: true }), /href="\/"/);
});

void test('renderReportPage: an empty report still renders every section with a reason', () => {
  const html = renderReportPage({
    ...createFixtureReport(),
    summary: [],
    articles: [],
    facts: { shared: [], unique: [] },
    conflicts: [],
    quotes: [],
    labels: [],
    loaded: [],
    provenance: { credits: [], copies: [], reuse: [], graph: [], originalSources: [] },
    coverage: { articles: 0, independentSources: 0 },
  });
  assert.match(html, /0 articles from 0 independent sources/);
  assert.match(html, /No quotations found/);
  assert.match(html, /No syndicated copies/);
});

void test('the story page shows every time of publication as the text report does, in UTC', () => {
  const fixture = createFixtureReport();
  const [first, second, ...rest] = fixture.articles;
  assert.ok(first !== undefined && second !== undefined);
  const html = renderReportPage(
    createFixtureReport({
      articles: [
        { ...first, published: '2026-12-03T17:30:00+00:00' },
        { ...second, published: '2026-12-03T20:00:00+01:00' },
        ...rest.map((article) => ({ ...article, published: '2026-12-04T00:15:00' })),
      ],
    }),
  );
  assert.match(html, />2026-12-03 17:30 UTC</);
  assert.match(html, />2026-12-03 19:00 UTC</);
  assert.match(html, />2026-12-04 00:15</);
  assert.doesNotMatch(html, />[^<]*[+-]\d\d:\d\d</, 'no offset shown');
});

void test('renderStoryListPage: links each story and escapes its headline', () => {
  const html = renderStoryListPage([
    {
      id: 'a/b c',
      headline: '<i>Bridge</i> closed',
      articles: 3,
      independentSources: 2,
      outlets: ['Bayside Courier'],
      published: { first: '2026-03-01', last: '2026-03-02T10:00:00Z' },
    },
  ]);
  assert.match(html, /href="\/stories\/a%2Fb%20c"/);
  assert.match(html, /&lt;i&gt;Bridge&lt;\/i&gt; closed/);
  assert.match(html, /2026-03-01 to 2026-03-02/);
  assertOnlyOurMarkup(html);
  assert.match(renderStoryListPage([]), /No stories yet/);
});

void test("renderStoryListPage: each story's coverage reads as on its page, press releases counted apart", () => {
  const story = {
    id: 'quay',
    headline: 'Quay pilots vote to stop',
    outlets: ['Estuary Courier'],
    published: { first: '2031-04-08' },
  };
  const html = renderStoryListPage([
    { ...story, articles: 6, independentSources: 5, pressReleases: 1 },
    { ...story, id: 'fen', articles: 3, independentSources: 0, pressReleases: 1 },
    { ...story, id: 'dock', articles: 2, independentSources: 2 },
  ]);
  assert.match(html, />6 articles from 5 independent sources and 1 press release</);
  assert.match(html, />3 articles, all from 1 press release \(no independent source\)</);
  assert.match(html, />2 articles from 2 independent sources</);
  assertOnlyOurMarkup(html);
});

void test('renderReportsPage: several stories on one page, ids unique, headings one level down', () => {
  const first = createFixtureReport();
  const second = createFixtureReport({
    story: 'story-two',
    headline: { text: 'Second <story>', citations: [] },
    articles: first.articles.map((article) => ({ ...article, id: `${article.id}-b` })),
  });
  const html = renderReportsPage([first, second]);
  assert.match(html, /<h1>2 stories compared<\/h1>/);
  assert.match(html, /<h2>Lantern Bay council approves desalination plant/);
  assert.match(html, /<h2>Second &lt;story&gt;/);
  assert.match(html, /<h3 id="story-2-conflicts-title">Conflicts<\/h3>/);
  const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
  assert.equal(new Set(ids).size, ids.length, 'ids are unique');
  const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
  for (const target of targets) assert.ok(ids.includes(target), `link to #${target} has no target`);
  assert.doesNotMatch(html, /href="\/"/);
  assertOnlyOurMarkup(html);
  assert.match(renderReportsPage([]), /No stories/);
});

void test('renderReportPage: a fact carried by a wire text and its copy reads as one source, not two outlets', () => {
  const fixture = createFixtureReport();
  const report = createFixtureReport({
    facts: {
      shared: fixture.facts.shared,
      unique: [
        {
          id: 'f9',
          text: 'Two members said the project was rushed.',
          // The copy listed first: the page still names the original first.
          articles: ['dispatch04', 'wire03'],
          sources: 1,
          citations: [fixtureCitation('dispatch', 1), fixtureCitation('wire', 1)],
        },
      ],
    },
  });
  const html = renderReportPage(report);
  const facts = html.slice(html.indexOf('<section id="facts"'), html.indexOf('<section id="conflicts"'));
  assert.match(facts, /<h3>Reported by one source only \(1\)<\/h3>/);
  assert.doesNotMatch(facts, /one outlet only/);
  assert.match(facts, /1 independent source: C · Northwind Wire \(with 1 copy: D · Harbor Dispatch\)/);
  assert.match(
    facts,
    /3 independent sources: A · [^;<]+; B · [^;<]+; C · Northwind Wire \(with 1 copy: D · Harbor Dispatch\)/,
  );
});

void test('renderReportPage: a figure updated by a later report says so and marks the later side', () => {
  const fixture = createFixtureReport();
  const conflicts = fixture.conflicts.map((conflict) =>
    conflict.kind === 'number' ? { ...conflict, latest: 1 } : conflict,
  );
  const html = renderReportPage(createFixtureReport({ conflicts }));
  assertOnlyOurMarkup(html);
  assert.match(
    html,
    /cost of the plant<\/strong> <span class="update">updated by a later report, not disputed/,
  );
  assert.match(html, /<li>later: “52 million crowns”/);
  assert.doesNotMatch(html, /later: “48 million crowns”/);
  assert.doesNotMatch(renderReportPage(fixture), /updated by a later report/);
});

void test('renderReportPage: a shared fact whose tellings disagree points to the conflict', () => {
  const html = renderReportPage(createFixtureReport());
  assertOnlyOurMarkup(html);
  assert.match(
    html,
    /<span class="update">They differ on day of the vote: see Conflicting details\.<\/span>/,
  );
  assert.doesNotMatch(renderReportPage(createFixtureReport({ conflicts: [] })), /They differ on/);
});

void test('renderReportPage: an article with no outlet or title is named by its opening words, not by its request item', () => {
  const fixture = createFixtureReport();
  const [first, ...rest] = fixture.articles;
  assert.ok(first);
  const { outlet: _outlet, title: _title, ...bare } = first;
  const report = createFixtureReport({
    articles: [{ ...bare, source: 'api:40dfd194/line 1' }, ...rest],
  });
  const html = renderReportPage(report);
  const facts = html.slice(html.indexOf('<section id="facts"'), html.indexOf('<section id="conflicts"'));
  assert.doesNotMatch(facts, /A · line 1/);
  const opening = (first.sentences[0] ?? '').split(' ').slice(0, 3).join(' ');
  assert.ok(opening.length > 0);
  assert.ok(facts.includes(`A · ${opening}`), facts);
  // A file name still names an article read from a file.
  const fromFile = createFixtureReport({
    articles: [{ ...bare, source: 'feeds/ledger-desalination.html' }, ...rest],
  });
  assert.match(renderReportPage(fromFile), /A · ledger-desalination\.html/);
});

void test('renderReportPage: a labelled entity’s other names are listed without repeating its own', () => {
  const fixture = createFixtureReport();
  const [entry] = fixture.labels;
  assert.ok(entry);
  const report = createFixtureReport({
    labels: [{ ...entry, entity: 'Ines Corvo', names: ['Ines Corvo', 'Mayor Ines Corvo', 'Corvo'] }],
  });
  const page = renderReportPage(report);
  const cell = /<th scope="rowgroup"[^>]*>([\s\S]*?)<\/th>/.exec(page)?.[1] ?? '';
  assert.match(cell, /Mayor Ines Corvo · Corvo/);
  assert.equal(
    cell.split('Ines Corvo').length - 1,
    2,
    `the name once as the heading, once inside "Mayor Ines Corvo": ${cell}`,
  );
});

void test("renderReportPage: a headline's loaded words and a reused press release are shown", () => {
  const fixture = createFixtureReport();
  const [entry, ...rest] = fixture.loaded;
  assert.ok(entry !== undefined);
  const headline = [
    { text: 'FEAR', reason: 'emotive' as const, note: "'FEAR' gives a mood", start: 7, end: 11 },
  ];
  const originalSources = [{ outlet: 'Elbury College', articles: ['courier02'], pressRelease: 'ledger01' }];
  const html = renderReportPage(
    createFixtureReport({
      loaded: [{ ...entry, headline }, ...rest],
      provenance: { ...fixture.provenance, originalSources },
    }),
  );
  assertOnlyOurMarkup(html);
  assert.match(html, /<p>Headline: “FEAR” <span class="tag">emotive<\/span>/);
  assert.match(html, /<strong>Elbury College<\/strong>, its press release [^<]*: wording reused by /);
});

void test('renderReportPage: a press release is counted apart and named apart from the sources of a fact; a byline credit is shown', () => {
  const fixture = createFixtureReport();
  const articles = fixture.articles.map((article) =>
    article.id === 'ledger01'
      ? { ...article, pressRelease: true as const }
      : article.id === 'courier02'
        ? { ...article, byline: FIXTURE_BYLINE }
        : article,
  );
  const [fact, ...rest] = fixture.facts.shared;
  assert.ok(fact !== undefined && fact.articles.includes('ledger01'));
  const credit = FIXTURE_BYLINE_CREDIT;
  const html = renderReportPage(
    createFixtureReport({
      articles,
      coverage: { articles: 4, independentSources: 2, pressReleases: 1 },
      facts: {
        shared: [{ ...fact, sources: fact.articles.length - 1 }, ...rest],
        unique: fixture.facts.unique,
      },
      provenance: { ...fixture.provenance, credits: [credit] },
    }),
  );
  assertOnlyOurMarkup(html);
  assert.match(html, /<p class="coverage">4 articles from 2 independent sources and 1 press release/);
  assert.match(html, /<span class="tag">press release<\/span>/);
  assert.match(html, /independent sources: [^<]*; also in the press release of A · /);
  assert.match(
    html,
    /credits <strong>Lantern Wire<\/strong> in its byline: “By Courier staff and <strong>Lantern Wire<\/strong>”/,
  );
});

void test("renderReportPage: an outlet's copy of a press release goes with the release, not with the independent sources", () => {
  const fixture = createFixtureReport();
  // The wire item is a press release here, and the Dispatch's page (a copy of it) the release's copy.
  const articles = fixture.articles.map((article) =>
    article.id === 'wire03' ? { ...article, pressRelease: true as const } : article,
  );
  const [fact, ...rest] = fixture.facts.shared;
  assert.ok(fact !== undefined && fact.articles.includes('dispatch04'));
  const html = renderReportPage(
    createFixtureReport({
      articles,
      coverage: { articles: 4, independentSources: 2, pressReleases: 1 },
      facts: { shared: [{ ...fact, sources: 2 }, ...rest], unique: fixture.facts.unique },
    }),
  );
  assertOnlyOurMarkup(html);
  assert.match(
    html,
    /2 independent sources: A · [^;<]*; B · [^;<]*; also in the press release of C · [^<]*\(with 1 copy: D · /,
  );
  const only = renderReportPage(
    createFixtureReport({
      articles,
      coverage: { articles: 4, independentSources: 2, pressReleases: 1 },
      facts: { shared: rest, unique: [{ ...fact, articles: ['wire03', 'dispatch04'], sources: 0 }] },
    }),
  );
  assert.match(only, /no independent source: only in the press release of C · [^<]*\(with 1 copy: D · /);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  createFixtureReport,
  FIXTURE_BYLINE,
  FIXTURE_BYLINE_CREDIT,
  fixtureCitation,
} from '../server/fixture-report.test-helper.js';
import { outlineReport } from './report-outline.js';

void test('the quotes line gives the words of each trim, and one line for the articles that trim alike', () => {
  const fixture = createFixtureReport();
  const [quote] = fixture.quotes;
  assert.ok(quote !== undefined);
  const report = createFixtureReport({
    quotes: [
      {
        ...quote,
        text: 'We will not wait, and we will not let the bay run dry while we argue.',
        articles: ['ledger01', 'courier02', 'wire03', 'dispatch04'],
        variants: [
          {
            article: 'ledger01',
            text: 'We will not wait, and we will not let the bay run dry while we argue.',
            speaker: 'Ines Corvo',
            differences: [],
            citation: fixtureCitation('ledger', 1),
          },
          {
            article: 'courier02',
            text: 'we will not let the bay run dry',
            speaker: 'Corvo',
            differences: ['trimmed'],
            citation: fixtureCitation('courier', 1),
          },
          {
            article: 'wire03',
            text: 'We will not wait',
            speaker: 'Corvo',
            differences: ['trimmed'],
            citation: fixtureCitation('wire', 1),
          },
          {
            article: 'dispatch04',
            text: 'We will not wait',
            speaker: 'Corvo',
            differences: ['trimmed'],
            citation: fixtureCitation('dispatch', 1),
          },
        ],
      },
    ],
  });
  const section = outlineReport(report).sections.find((entry) => entry.title.startsWith('Quotes'));
  const line = section?.lines[0] ?? '';
  // Articles are numbered in report order: ledger [1], courier [2], wire [3], dispatch [4].
  assert.match(line, /\[2\] trimmed: “we will not let the bay run dry” \[2:2\]/);
  assert.match(line, /\[3\]\[4\] trimmed: “We will not wait” \[3:2\]\[4:2\]/);
  assert.doesNotMatch(line, /\[1\] trimmed/);
});

void test('a quote one outlet gives to another speaker names that speaker ("said by Ilsa Brand")', () => {
  const fixture = createFixtureReport();
  const [quote] = fixture.quotes;
  assert.ok(quote !== undefined);
  const text = 'No office in Tarnby is above the law.';
  const report = createFixtureReport({
    quotes: [
      {
        ...quote,
        speaker: 'Ines Valk',
        text,
        articles: ['ledger01', 'courier02'],
        variants: [
          {
            article: 'ledger01',
            text,
            speaker: 'Ines Valk',
            differences: [],
            citation: fixtureCitation('ledger', 1),
          },
          {
            article: 'courier02',
            text,
            speaker: 'Ilsa Brand',
            differences: ['speaker'],
            citation: fixtureCitation('courier', 1),
          },
        ],
      },
    ],
  });
  const section = outlineReport(report).sections.find((entry) => entry.title.startsWith('Quotes'));
  assert.match(section?.lines[0] ?? '', /\[2\] said by Ilsa Brand/);
});

void test('a shared passage takes "an" before a count read with a vowel sound ("an 8-word", "an 11-word")', () => {
  const fixture = createFixtureReport();
  const lineFor = (words: number): string => {
    const reuse = fixture.provenance.reuse.map((entry) => ({ ...entry, words }));
    const report = createFixtureReport({ provenance: { ...fixture.provenance, reuse } });
    const section = outlineReport(report).sections.find((entry) => entry.title.startsWith('Provenance'));
    return section?.lines.find((line) => line.includes('passage')) ?? '';
  };
  assert.match(lineFor(8), /share an 8-word passage/);
  assert.match(lineFor(11), /share an 11-word passage/);
  assert.match(lineFor(18), /share an 18-word passage/);
  assert.match(lineFor(80), /share an 80-word passage/);
  assert.match(lineFor(7), /share a 7-word passage/);
  assert.match(lineFor(12), /share a 12-word passage/);
  assert.match(lineFor(110), /share a 110-word passage/);
});

void test('a figure updated by a later report is told as an update, the later side last', () => {
  const fixture = createFixtureReport();
  const conflicts = fixture.conflicts.map((conflict) =>
    conflict.kind === 'number' ? { ...conflict, latest: 0 } : conflict,
  );
  const section = outlineReport(createFixtureReport({ conflicts })).sections.find((entry) =>
    entry.title.startsWith('Conflicting'),
  );
  const line = section?.lines.find((entry) => entry.includes('cost of the plant')) ?? '';
  assert.match(
    line,
    /cost of the plant, updated by a later report: “52 million crowns” \S+, later “48 million crowns”/,
  );
  const dispute = outlineReport(fixture).sections.find((entry) => entry.title.startsWith('Conflicting'));
  assert.match(dispute?.lines.find((entry) => entry.includes('cost of the plant')) ?? '', / vs /);
});

void test('a story with no headline is titled "(no headline)", as the story pages title it', () => {
  const fixture = createFixtureReport();
  const report = createFixtureReport({ headline: { ...fixture.headline, text: '' } });
  assert.equal(outlineReport(report).headline, '(no headline)');
  assert.equal(outlineReport(fixture).headline, fixture.headline.text);
});

void test('each shared passage cites where it stands in both articles, so two passages of one pair differ', () => {
  const report = createFixtureReport({
    provenance: {
      ...createFixtureReport().provenance,
      reuse: [
        {
          articles: ['ledger01', 'wire03'],
          words: 7,
          citations: [fixtureCitation('ledger', 1), fixtureCitation('wire', 1)],
        },
        {
          articles: ['ledger01', 'wire03'],
          words: 7,
          citations: [fixtureCitation('ledger', 3), fixtureCitation('wire', 2)],
        },
      ],
    },
  });
  const lines = outlineReport(report).sections.find((entry) => entry.title === 'Provenance')?.lines ?? [];
  const passages = lines.filter((line) => line.includes('passage'));
  // Articles are numbered in report order: ledger [1], wire [3].
  assert.deepEqual(passages, [
    '[1] and [3] share a 7-word passage [1:2][3:2]',
    '[1] and [3] share a 7-word passage [1:4][3:3]',
  ]);
});

void test('a shared fact whose tellings disagree on a detail says so beside its source count', () => {
  const fixture = createFixtureReport();
  const line = (report: ReturnType<typeof createFixtureReport>): string =>
    outlineReport(report).sections.find((entry) => entry.title.startsWith('Reported by several'))?.lines[0] ??
    '';
  assert.match(line(fixture), /— 3 sources .* \(they differ on day of the vote\)$/);
  assert.doesNotMatch(line(createFixtureReport({ conflicts: [] })), /differ/);
});

void test('the loaded-wording line keeps an outlet’s own words apart from the words it quotes', () => {
  const fixture = createFixtureReport();
  const own = fixture.loaded[0]?.spans[0];
  assert.ok(own, 'the fixture has a loaded word in its own voice');
  const quoted = (article: 'ledger' | 'courier', sentence: number) => ({
    text: 'reckless',
    reason: 'emotive' as const,
    note: "'reckless' is emotive",
    speaker: 'Ines Corvo',
    citation: fixtureCitation(article, sentence),
  });
  const report = createFixtureReport({
    loaded: [
      { article: 'courier02', rate: 3.4, spans: [own, quoted('courier', 1)] },
      { article: 'ledger01', rate: 0, spans: [quoted('ledger', 1)] },
    ],
  });
  const section = outlineReport(report).sections.find((item) => item.title === 'Loaded wording');
  assert.ok(section);
  const number = (id: string): number => report.articles.findIndex((article) => article.id === id) + 1;
  assert.deepEqual(section.lines, [
    `[${number('courier02')}] 3.4 per 100 words in its own voice: ${own.text} (${own.reason}); attributed: reckless (emotive, Ines Corvo)`,
    `[${number('ledger01')}] none in its own voice; attributed: reckless (emotive, Ines Corvo)`,
  ]);
});

void test('an outlet one article says reported first is named the original source of the sentence that says so', () => {
  const fixture = createFixtureReport();
  const citation = fixtureCitation('ledger', 3);
  const originalSources = [{ outlet: 'Pellow Courier', articles: ['ledger01'], firstReported: [citation] }];
  const report = createFixtureReport({ provenance: { ...fixture.provenance, originalSources } });
  const lines = outlineReport(report).sections.find((entry) => entry.title === 'Provenance')?.lines ?? [];
  // The ledger is article [1] of the fixture.
  assert.ok(
    lines.includes('Original source of [1:4]: Pellow Courier, which first reported it (credited by [1])'),
    lines.join('\n'),
  );
});

void test('an article stamped with a time shows it, so two reports of one day read in order', () => {
  const fixture = createFixtureReport();
  const [first, second, ...rest] = fixture.articles;
  assert.ok(first !== undefined && second !== undefined);
  const report = createFixtureReport({
    articles: [
      { ...first, published: '2031-08-16T06:30:00Z' },
      { ...second, published: '2031-08-16T20:00:00+01:00' },
      ...rest.map((article) => ({ ...article, published: '2031-08-17' })),
    ],
  });
  const lines = outlineReport(report).sections.find((entry) => entry.title === 'Articles')?.lines ?? [];
  assert.match(lines[0] ?? '', / — 2031-08-16 06:30 UTC \(/);
  // One format for every article: a time written with an offset is told in UTC too.
  assert.match(lines[1] ?? '', / — 2031-08-16 19:00 UTC \(/);
  for (const line of lines.slice(2)) assert.match(line, / — 2031-08-17 \(/);
});

void test('a press release whose wording others reuse is named by its issuer as the source of that wording', () => {
  const fixture = createFixtureReport();
  const originalSources = [{ outlet: 'Elbury College', articles: ['courier02'], pressRelease: 'ledger01' }];
  const report = createFixtureReport({ provenance: { ...fixture.provenance, originalSources } });
  const lines = outlineReport(report).sections.find((entry) => entry.title === 'Provenance')?.lines ?? [];
  assert.ok(
    lines.includes("Original source of the wording: Elbury College's press release [1], reused by [2]"),
    lines.join('\n'),
  );
});

void test('a press release is counted apart in the coverage and marked, and a byline credit and a reprint are told', () => {
  const fixture = createFixtureReport();
  const articles = fixture.articles.map((article) =>
    article.id === 'ledger01'
      ? { ...article, pressRelease: true as const }
      : article.id === 'courier02'
        ? { ...article, byline: FIXTURE_BYLINE, reprintOf: 'wire03' }
        : article,
  );
  const credit = FIXTURE_BYLINE_CREDIT;
  const outline = outlineReport(
    createFixtureReport({
      articles,
      coverage: { articles: 4, independentSources: 2, pressReleases: 1 },
      provenance: { ...fixture.provenance, credits: [credit] },
    }),
  );
  assert.equal(outline.coverage, '4 articles from 2 independent sources and 1 press release');
  const listed = outline.sections.find((entry) => entry.title === 'Articles')?.lines ?? [];
  assert.match(listed[0] ?? '', /, press release\)$/);
  assert.match(listed[1] ?? '', /, reprint of \[3\]\)$/);
  const provenance = outline.sections.find((entry) => entry.title === 'Provenance')?.lines ?? [];
  assert.ok(
    provenance.includes('[2] credits Lantern Wire in its byline: “By Courier staff and Lantern Wire”'),
    provenance.join('\n'),
  );
});

void test("a fact told only by a press release and outlets' copies of it is marked as the release's, not as one outlet's", () => {
  const fixture = createFixtureReport();
  const articles = fixture.articles.map((article) =>
    article.id === 'wire03' ? { ...article, pressRelease: true as const } : article,
  );
  const [fact] = fixture.facts.shared;
  assert.ok(fact !== undefined);
  const outline = outlineReport(
    createFixtureReport({
      articles,
      coverage: { articles: 4, independentSources: 2, pressReleases: 1 },
      facts: {
        shared: [],
        unique: [
          { ...fact, articles: ['wire03'], sources: 0 },
          { ...fact, id: 'f9', articles: ['wire03', 'dispatch04'], sources: 0 },
        ],
      },
    }),
  );
  const unique = outline.sections.find((entry) =>
    entry.title.startsWith('Reported by one source only'),
  )?.lines;
  assert.match(unique?.[0] ?? '', /^\[3\] .* \(press release only\)$/);
  assert.match(unique?.[1] ?? '', /^\[3\]\[4\] .* \(press release and its copies only\)$/);
});

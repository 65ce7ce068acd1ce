import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError, createTextArticle } from '../model/index.js';
import type { Article, Conflict, ConflictKind } from '../model/index.js';
import { compareStory, type ComparedStory } from './index.js';
import { courierArticle, floodStory, ledgerArticle, northlineArticle } from './flood-story.test-helper.js';
import { buildArticle, buildStory, naiveSentences } from './story-fixture.test-helper.js';

function conflictsOf(report: ComparedStory, kind: ConflictKind): Conflict[] {
  return report.conflicts.filter((conflict) => conflict.kind === kind);
}

function sideValues(conflict: Conflict | undefined): string[] {
  return (conflict?.sides ?? []).map((side) => side.value).sort();
}

/** The sentence a citation points at, checked against the article text. */
function citedText(
  articles: readonly Article[],
  citation: { article: string; start: number; end: number },
): string {
  const article = articles.find((candidate) => candidate.id === citation.article);
  assert.ok(article, `citation names unknown article ${citation.article}`);
  return article.text.slice(citation.start, citation.end);
}

describe('compareStory on a story told by three outlets and one copy', () => {
  const { story, articles } = floodStory();
  const report = compareStory(story, articles);

  it('counts the copy as an article but not as an independent source', () => {
    assert.deepEqual(report.coverage, { articles: 4, independentSources: 3 });
    assert.equal(report.articles.find((article) => article.id === 'wire')?.copyOf, 'courier');
    assert.equal(report.articles[0]?.sentences.length, articles[0]?.sentences.length);
  });

  it('aligns paraphrases of one fact across outlets into a shared fact with its source count', () => {
    const dam = report.facts.shared.find(
      (fact) => fact.text.includes('Keld dam') || fact.text.includes('Floodwater'),
    );
    assert.ok(dam, 'the dam breach is reported by all three outlets');
    assert.deepEqual([...dam.articles].sort(), ['courier', 'ledger', 'northline', 'wire']);
    assert.equal(dam.sources, 3);
    for (const citation of dam.citations) assert.match(citedText(articles, citation), /dam/);
  });

  it('keeps facts of one outlet (and its copy) unique', () => {
    const insurers = report.facts.unique.find((fact) => fact.text.startsWith('Insurers'));
    assert.ok(insurers);
    assert.equal(insurers.sources, 1);
    assert.deepEqual([...insurers.articles].sort(), ['courier', 'wire']);
    const farmers = report.facts.unique.find((fact) => fact.text.includes('farmers'));
    assert.deepEqual(farmers?.articles, ['ledger']);
    assert.ok(!report.facts.shared.some((fact) => fact.text.includes('farmers')));
  });

  it('flags a number conflict with each side cited', () => {
    const [homes, ...rest] = conflictsOf(report, 'number');
    assert.equal(rest.length, 0);
    assert.deepEqual(sideValues(homes), ['40 homes', '45 homes']);
    const ledgerSide = homes?.sides.find((side) => side.articles.includes('ledger'));
    assert.equal(
      citedText(articles, ledgerSide?.citations[0] ?? { article: 'ledger', start: 0, end: 0 }),
      '45 homes',
    );
  });

  it('flags a date conflict', () => {
    const dates = conflictsOf(report, 'date');
    assert.equal(dates.length, 1);
    assert.deepEqual(sideValues(dates[0]), ['on Monday', 'on Tuesday']);
  });

  it('flags a place conflict', () => {
    assert.deepEqual(sideValues(conflictsOf(report, 'place')[0]), ['Dunmore', 'Pellworth']);
  });

  it('flags a name conflict for the same role under another spelling', () => {
    const names = conflictsOf(report, 'name');
    assert.equal(names.length, 1);
    assert.deepEqual(sideValues(names[0]), ['Tomas Bremmer', 'Tomas Brenner']);
  });

  it('flags a title conflict but not a label that judges', () => {
    const titles = conflictsOf(report, 'title');
    assert.equal(titles.length, 1);
    assert.deepEqual(sideValues(titles[0]), ['Deputy Governor', 'Interior Minister']);
  });

  it('flags who said a quote', () => {
    const speakers = conflictsOf(report, 'speaker');
    assert.equal(speakers.length, 1);
    assert.deepEqual(sideValues(speakers[0]), ['Ilse Varga', 'Rhea Lund']);
  });

  it('groups one quote across outlets and marks the trimmed version', () => {
    const water = report.quotes.find((group) => group.text.includes('faster than any model'));
    assert.ok(water);
    assert.equal(water.speaker, 'Tomás Brenner');
    const northline = water.variants.find((variant) => variant.article === 'northline');
    assert.deepEqual(northline?.differences, ['trimmed']);
    const courier = water.variants.find((variant) => variant.article === 'courier');
    assert.deepEqual(courier?.differences, []);
    assert.equal(courier?.context, 'in a radio interview');
    const rebuild = report.quotes.find((group) => group.text.includes('rebuild'));
    assert.deepEqual(rebuild?.variants.find((variant) => variant.article === 'ledger')?.differences, [
      'speaker',
    ]);
  });

  it('collects the labels each outlet gives a person, linking accent variants and surnames', () => {
    const brenner = report.labels.find((entry) => entry.names.includes('Tomas Brenner'));
    assert.ok(brenner);
    assert.ok(brenner.names.includes('Tomás Brenner'));
    assert.ok(brenner.names.includes('Brenner'));
    assert.ok(brenner.byArticle.some((row) => row.article === 'northline'));
    const varga = report.labels.find((entry) => entry.entity === 'Ilse Varga');
    const northline = varga?.byArticle.find((row) => row.article === 'northline');
    assert.deepEqual(
      northline?.labels.map((label) => label.text),
      ['Mayor', 'embattled mayor'],
    );
    for (const label of northline?.labels ?? [])
      assert.equal(citedText(articles, label.citation), label.text);
  });

  it('traces credits, the copy, reuse and the original source', () => {
    const { provenance } = report;
    assert.deepEqual(
      provenance.credits.map((credit) => [credit.article, credit.outlet]),
      [
        ['ledger', 'The Harbour Courier'],
        ['northline', 'The Harbour Courier'],
      ],
    );
    assert.deepEqual(provenance.copies, [{ article: 'wire', copyOf: 'courier', similarity: 0.99 }]);
    assert.ok(
      provenance.graph.some((edge) => edge.kind === 'copy' && edge.from === 'wire' && edge.to === 'courier'),
    );
    const crest = provenance.reuse.find(
      (passage) =>
        passage.articles.includes('ledger') && passage.articles.includes('northline') && passage.words >= 14,
    );
    assert.ok(crest, 'the river-crest passage is shared word for word');
    assert.match(citedText(articles, crest.citations[0]), /river crested at dawn/);
    assert.ok(!provenance.reuse.some((passage) => passage.articles.includes('wire')));
    assert.deepEqual(provenance.originalSources, [
      { outlet: 'The Harbour Courier', articles: ['ledger', 'northline'] },
    ]);
  });

  it('gives every citation offsets inside its sentence', () => {
    const citations = [
      ...report.facts.shared.flatMap((fact) => fact.citations),
      ...report.facts.unique.flatMap((fact) => fact.citations),
      ...report.conflicts.flatMap((conflict) => conflict.sides.flatMap((side) => side.citations)),
      ...report.quotes.flatMap((group) => group.variants.map((variant) => variant.citation)),
    ];
    for (const citation of citations) {
      const article = articles.find((candidate) => candidate.id === citation.article);
      const sentence = article?.sentences[citation.sentence];
      assert.ok(sentence, `sentence ${citation.sentence} of ${citation.article}`);
      assert.ok(
        citation.start >= sentence.start && citation.end <= sentence.end && citation.start < citation.end,
      );
    }
  });
});

describe('compareStory when the tellings agree', () => {
  const courier = courierArticle();
  const northline = northlineArticle();
  const report = compareStory(buildStory([courier, northline]), [courier, northline]);

  it('finds no conflict where details match', () => {
    assert.deepEqual(report.conflicts, []);
  });

  it('finds no reuse between a text and itself under another id when it is a declared copy', () => {
    const copy = { ...courier, id: 'copy' };
    const copied = compareStory(
      buildStory([courier, copy], [{ article: 'copy', copyOf: 'courier', similarity: 1 }]),
      [courier, copy],
    );
    assert.deepEqual(copied.conflicts, []);
    assert.deepEqual(copied.provenance.reuse, []);
    assert.equal(copied.coverage.independentSources, 1);
    assert.deepEqual(copied.facts.shared, []);
    assert.ok(
      copied.quotes.every((group) => group.variants.every((variant) => variant.differences.length === 0)),
    );
  });

  it('does not call identical quote versions different', () => {
    const text = '"The roads will reopen by Friday," said Ana Ruiz, the transport chief.';
    const make = (id: string, outlet: string): Article =>
      buildArticle({
        id,
        outlet,
        text,
        entities: [{ name: 'Ana Ruiz', key: 'ana ruiz', type: 'person', mentions: ['Ana Ruiz'] }],
        quotes: [{ content: 'The roads will reopen by Friday,', cue: 'said', speaker: 'ana ruiz' }],
      });
    const first = make('a', 'Outlet A');
    const second = make('b', 'Outlet B');
    const result = compareStory(buildStory([first, second]), [first, second]);
    assert.equal(result.quotes.length, 1);
    assert.deepEqual(
      result.quotes[0]?.variants.map((variant) => variant.differences),
      [[], []],
    );
    assert.deepEqual(result.conflicts, []);
    assert.equal(result.facts.shared[0]?.sources, 2);
  });

  it('treats two articles of one outlet as one source', () => {
    const other = { ...ledgerArticle(), outlet: 'The Harbour Courier' };
    const result = compareStory(buildStory([courier, other]), [courier, other]);
    assert.equal(result.coverage.independentSources, 1);
    assert.deepEqual(result.facts.shared, []);
    assert.deepEqual(result.conflicts, [], 'one outlet contradicting itself across updates is not flagged');
  });
});

describe('compareStory on thin or bad input', () => {
  it('still aligns sentences when the language stage found no entities, quotes or credits', () => {
    const bare = (article: Article): Article => ({
      ...article,
      entities: [],
      quotes: [],
      credits: [],
      dates: [],
    });
    const articles = [bare(courierArticle()), bare(ledgerArticle())];
    const report = compareStory(buildStory(articles), articles);
    assert.ok(report.facts.shared.length >= 5);
    assert.deepEqual(report.labels, []);
    assert.deepEqual(report.quotes, []);
    assert.ok(report.conflicts.some((conflict) => conflict.kind === 'number'));
  });

  it('handles articles without sentences or text', () => {
    const empty = createTextArticle('', { id: 'empty' });
    const unsplit = createTextArticle('Words without any sentence annotation at all.', { id: 'unsplit' });
    const report = compareStory(buildStory([empty, unsplit]), [empty, unsplit]);
    assert.deepEqual(report.facts, { shared: [], unique: [] });
    assert.equal(report.coverage.articles, 2);
  });

  it('throws a UsageError naming the story and the missing article', () => {
    const courier = courierArticle();
    assert.throws(
      () => compareStory(buildStory([courier, ledgerArticle()]), [courier]),
      (error: unknown) =>
        error instanceof UsageError && /ledger/.test(error.message) && /story-1/.test(error.message),
    );
  });

  it('ignores articles passed but not in the story, and duplicate ids in the story', () => {
    const courier = courierArticle();
    const story = { ...buildStory([courier]), articles: ['courier', 'courier'] };
    const report = compareStory(story, [courier, ledgerArticle()]);
    assert.deepEqual(
      report.articles.map((article) => article.id),
      ['courier'],
    );
  });

  it('survives copy cycles and copies of articles outside the story', () => {
    const withoutOutlet = (id: string): Article => {
      const { outlet: _outlet, ...rest } = courierArticle();
      return { ...rest, id };
    };
    const a = withoutOutlet('a');
    const b = withoutOutlet('b');
    const story = buildStory(
      [a, b],
      [
        { article: 'a', copyOf: 'b', similarity: 1 },
        { article: 'b', copyOf: 'a', similarity: 1 },
        { article: 'x', copyOf: 'y', similarity: 1 },
      ],
    );
    const report = compareStory(story, [a, b]);
    assert.equal(report.coverage.articles, 2);
  });

  it('splits naively in the test helper as the fixtures expect', () => {
    const sentences = naiveSentences('One. "Two," he said. Three!');
    assert.equal(sentences.length, 3);
  });
});

describe('compareStory conflict details', () => {
  const pair = (first: string, second: string, extra: Partial<Parameters<typeof buildArticle>[0]> = {}) => {
    const a = buildArticle({ id: 'a', outlet: 'First Post', text: first, ...extra });
    const b = buildArticle({ id: 'b', outlet: 'Second Post', text: second, ...extra });
    return compareStory(buildStory([a, b]), [a, b]).conflicts;
  };

  it('compares amounts of money and percentages', () => {
    const money = pair(
      'The council approved a harbour repair budget of $4 million on the east pier.',
      'The council approved a harbour repair budget of $5 million on the east pier.',
    );
    assert.deepEqual(sideValues(money.find((conflict) => conflict.kind === 'number')), [
      '$4 million',
      '$5 million',
    ]);
    const share = pair(
      'Turnout in the harbour referendum reached 61% of registered voters.',
      'Turnout in the harbour referendum reached 64 percent of registered voters.',
    );
    assert.deepEqual(sideValues(share.find((conflict) => conflict.kind === 'number')), ['61%', '64 percent']);
    assert.deepEqual(
      pair(
        'The council approved a harbour repair budget of $4 million on the east pier.',
        'The council approved a harbour repair budget of $4 million on the east pier.',
      ),
      [],
    );
  });

  it('a sum of money is the difference between aligned sentences that tell it with other verbs', () => {
    // Invented: Judge Ilsa Brand, Oda Fenn and Tarnby do not exist.
    const bribes = pair(
      'Judge Ilsa Brand said Oda Fenn had accepted 1.2 million crowns in cash and gifts from dredging firms in Tarnby.',
      'Judge Ilsa Brand said the 61-year-old had taken 1.4 million crowns in cash, gifts and paid holidays over four years.',
    );
    assert.deepEqual(sideValues(bribes.find((conflict) => conflict.kind === 'number')), [
      '1.2 million crowns',
      '1.4 million crowns',
    ]);
    // Sums of two things (income, taxes) are not one sum, however alike the sentences around them.
    assert.deepEqual(
      pair(
        'Oda Fenn on Friday released eight years of tax returns, showing that she earned 1.2 million crowns in salary and fees from 2019 to 2023.',
        'In the tax returns, released late Friday, Fenn has paid 400,000 crowns in local taxes since 2019.',
      ).filter((conflict) => conflict.kind === 'number'),
      [],
    );
    // Two sums of one currency in a sentence: which of them the other sentence's sum tells is not clear.
    assert.deepEqual(
      pair(
        'Judge Ilsa Brand said Oda Fenn had accepted 1.2 million crowns in cash and 300,000 crowns in gifts in Tarnby.',
        'Judge Ilsa Brand said the 61-year-old had taken 1.4 million crowns in cash, gifts and paid holidays over four years.',
      ).filter((conflict) => conflict.kind === 'number'),
      [],
    );
  });

  it('compares ages', () => {
    const ages = pair(
      'The 52-year-old skipper steered the trawler back to the harbour.',
      'The 55-year-old skipper steered the trawler back to the harbour.',
    );
    assert.deepEqual(sideValues(ages[0]), ['52-year-old', '55-year-old']);
  });

  it('compares resolved dates, and a weekday agrees with its own date', () => {
    const make = (
      id: string,
      outlet: string,
      dateText: string,
      resolved: string,
      granularity: 'day' | 'weekday',
    ) =>
      buildArticle({
        id,
        outlet,
        text: `The harbour ferry service resumed ${dateText} after the repairs.`,
        dates: [{ text: dateText, resolved, granularity }],
      });
    const monday = make('a', 'First Post', 'on Monday', '2026-11-16', 'weekday');
    const sameDay = make('b', 'Second Post', 'on November 16', '2026-11-16', 'day');
    const otherDay = make('c', 'Third Post', 'on November 18', '2026-11-18', 'day');
    assert.deepEqual(compareStory(buildStory([monday, sameDay]), [monday, sameDay]).conflicts, []);
    const clash = compareStory(buildStory([monday, otherDay]), [monday, otherDay]).conflicts;
    assert.deepEqual(sideValues(clash[0]), ['on Monday', 'on November 18']);
    assert.equal(clash[0]?.kind, 'date');
  });

  it('finds a place after "in" when the language stage typed no place', () => {
    const places = pair(
      'The trawler crew was brought ashore in Kettleness after the storm.',
      'The trawler crew was brought ashore in Sandsend after the storm.',
    );
    assert.deepEqual(sideValues(places.find((conflict) => conflict.kind === 'place')), [
      'Kettleness',
      'Sandsend',
    ]);
  });

  it('flags different days for one statement of a person even in unaligned sentences', () => {
    // One statement: both tell what she said ("the ferry will run all winter"); two different statements on
    // two days are no conflict (statement-days.test.ts).
    const a = buildArticle({
      id: 'a',
      outlet: 'First Post',
      text: 'The islands keep their boat. The ferry will run all winter, Ekdahl said on Tuesday in an interview.',
      entities: [{ name: 'Marta Ekdahl', key: 'marta ekdahl', type: 'person', mentions: ['Ekdahl'] }],
    });
    const b = buildArticle({
      id: 'b',
      outlet: 'Second Post',
      text: 'Transport director Marta Ekdahl told reporters on Thursday that timetables were final and the ferry would run through the winter.',
      entities: [{ name: 'Marta Ekdahl', key: 'marta ekdahl', type: 'person', mentions: ['Marta Ekdahl'] }],
    });
    const conflicts = compareStory(buildStory([a, b]), [a, b]).conflicts;
    const day = conflicts.find((conflict) => conflict.kind === 'date');
    assert.ok(day);
    assert.match(day.about, /Marta Ekdahl/);
    assert.deepEqual(sideValues(day), ['Thursday', 'Tuesday']);
  });
});

describe('compareStory regressions: differences that are not conflicts', () => {
  const conflictsFor = (
    first: Parameters<typeof buildArticle>[0],
    second: Parameters<typeof buildArticle>[0],
  ) => {
    const a = buildArticle(first);
    const b = buildArticle(second);
    return compareStory(buildStory([a, b]), [a, b]).conflicts;
  };

  it('two counts of different things in aligned sentences (spent 19 seasons / spent four seasons as director)', () => {
    assert.deepEqual(
      conflictsFor(
        {
          id: 'a',
          outlet: 'A',
          text: 'Moreau has spent 19 seasons with the Harriers and was promoted to club president.',
        },
        {
          id: 'b',
          outlet: 'B',
          text: 'He spent four seasons as scouting director (2001-2005) before his move upstairs.',
        },
      ),
      [],
    );
  });

  it('a count and the total it is part of (landed 178 punches / 178 of 369 punches)', () => {
    assert.deepEqual(
      conflictsFor(
        { id: 'a', outlet: 'A', text: 'Vance landed 178 punches in the title fight at the harbour arena.' },
        {
          id: 'b',
          outlet: 'B',
          text: 'Vance landed 178 of 369 punches in the title fight at the harbour arena.',
        },
      ),
      [],
    );
  });

  it('a city and its country (a bank in Athens / a bank in Greece)', () => {
    assert.deepEqual(
      conflictsFor(
        {
          id: 'a',
          outlet: 'A',
          text: 'A firebomb attack on a bank in Athens killed three staff during the strike in Greece.',
        },
        {
          id: 'b',
          outlet: 'B',
          text: 'A firebomb attack on a bank in Greece killed three staff during the general strike.',
        },
      ),
      [],
    );
  });

  it('an abbreviated title (Gov. / Republican governor)', () => {
    const palin = (text: string, label: string) => ({
      id: label,
      outlet: label,
      text,
      entities: [
        {
          name: 'Sara Lindqvist',
          key: 'sara lindqvist',
          type: 'person' as const,
          mentions: [{ text: 'Sara Lindqvist', labels: [[label, 'title']] as [string, 'title'][] }],
        },
      ],
    });
    assert.deepEqual(
      conflictsFor(
        palin('The chapel attended by Gov Sara Lindqvist burned down on the north shore.', 'Gov'),
        palin(
          'The chapel attended by Republican governor Sara Lindqvist burned down on the north shore.',
          'Republican governor',
        ),
      ),
      [],
    );
  });

  it('two people with one surname (Louis Marsh / Ada Marsh)', () => {
    const person = (id: string, name: string) => ({
      id,
      outlet: id,
      text: `The club re-signed ${name} and two young forwards before the season.`,
      entities: [{ name, key: name.toLowerCase(), type: 'person' as const, mentions: [name] }],
    });
    assert.deepEqual(conflictsFor(person('a', 'Louis Marsh'), person('b', 'Ada Marsh')), []);
  });

  it('a date inside what was said, not the day it was said (says the fire broke out Friday)', () => {
    const a = buildArticle({
      id: 'a',
      outlet: 'A',
      text: '"We have no idea what caused it," Pastor Ivo Kern said Saturday outside the chapel.',
      entities: [{ name: 'Ivo Kern', key: 'ivo kern', type: 'person', mentions: ['Ivo Kern'] }],
    });
    const b = buildArticle({
      id: 'b',
      outlet: 'B',
      text: 'Kern says the fire broke out Friday night while volunteers were inside.',
      entities: [{ name: 'Ivo Kern', key: 'ivo kern', type: 'person', mentions: ['Kern'] }],
    });
    assert.deepEqual(compareStory(buildStory([a, b]), [a, b]).conflicts, []);
  });
});

describe('compareStory: the wording a shared fact is shown with', () => {
  it('is a sentence that reads on its own, not the inside or the tail of another outlet’s quotation', () => {
    const quoted = buildArticle({
      id: 'a',
      outlet: 'Outlet A',
      text:
        'The night ferry left Saltmere without its last passengers on Monday. "We watched the ferry sail away from the quay. Dozens of night passengers were left standing on the ' +
        'Saltmere quay in the rain. Nobody from the ferry company came," a stranded traveller told Outlet A. The ferry company said a crew shortage ' +
        'forced the early departure.',
      quotes: [
        {
          content:
            'We watched the ferry sail away from the quay. Dozens of night passengers were left standing on the ' +
            'Saltmere quay in the rain. Nobody from the ferry company came,',
          cue: 'told',
        },
      ],
    });
    const plain = buildArticle({
      id: 'b',
      outlet: 'Outlet B',
      text:
        'Dozens of night passengers were left standing on the Saltmere quay in the rain on Monday. The ferry ' +
        'company blamed a crew shortage for the early departure of the night ferry.',
    });
    const result = compareStory(buildStory([quoted, plain]), [quoted, plain]);
    const fact = result.facts.shared.find((candidate) =>
      candidate.citations.some((citation) => citation.article === 'a' && citation.sentence === 2),
    );
    assert.ok(fact, JSON.stringify(result.facts.shared.map((shared) => shared.text)));
    assert.equal(fact.citations[0]?.article, 'a', 'the quoting article is the first member');
    assert.match(fact.text, /^Dozens of night passengers .* on Monday\.$/);
  });
});

describe('compareStory: who a quote is by when the source names no one', () => {
  it('shows the source as the text gives it ("one driver"), not "unattributed", and not a bare pronoun', () => {
    const text =
      'Lorries queued at the Saltmere gates for a second day. "We have been here since Sunday with empty trailers," ' +
      'said one driver, who declined to give his name. "Nobody tells us anything at all," he said.';
    const make = (id: string, outlet: string): Article =>
      buildArticle({
        id,
        outlet,
        text,
        quotes: [
          {
            content: '"We have been here since Sunday with empty trailers,"',
            cue: 'said',
            source: 'one driver, who declined to give his name',
          },
          { content: '"Nobody tells us anything at all,"', cue: 'said', source: 'he' },
        ],
      });
    const first = make('a', 'Outlet A');
    const second = make('b', 'Outlet B');
    const result = compareStory(buildStory([first, second]), [first, second]);
    const trailers = result.quotes.find((group) => group.text.includes('empty trailers'));
    assert.equal(trailers?.speaker, 'one driver');
    const nobody = result.quotes.find((group) => group.text.includes('Nobody tells us'));
    assert.equal(nobody?.speaker, null, 'an unresolved "he" says nothing about who');
    assert.deepEqual(
      result.conflicts.filter((conflict) => conflict.kind === 'speaker'),
      [],
      'a described source is never the basis of a speaker conflict',
    );
  });
});

describe('compareStory on uncredited copies of three tellings', () => {
  // Each telling of the flood story republished under four more outlets, interleaved, with no copy declared:
  // every republication is an independent source, and the checks that skip repeated sentence pairs must
  // still cite every republication on its side of each disagreement.
  const tellings = [courierArticle(), ledgerArticle(), northlineArticle()];
  const republished = (article: Article, copy: number): Article =>
    copy === 0 ? article : { ...article, id: `${article.id}-${copy}`, outlet: `${article.outlet} ${copy}` };
  const copies = [0, 1, 2, 3, 4].flatMap((copy) => tellings.map((article) => republished(article, copy)));
  const small = compareStory(buildStory(tellings), tellings);
  const large = compareStory(buildStory(copies), copies);
  const telling = (id: string): string => id.replace(/-\d+$/, '');
  const sideKey = (conflict: Conflict): string[] =>
    conflict.sides.map(
      (side) => `${side.value} ${[...new Set(side.articles.map(telling))].sort().join(',')}`,
    );

  it('finds the disagreements of the three tellings, no more', () => {
    const described = (report: ComparedStory): string[] =>
      report.conflicts
        .map((conflict) => `${conflict.kind} ${conflict.about} ${sideKey(conflict).join(' | ')}`)
        .sort();
    assert.ok(small.conflicts.length >= 4);
    assert.deepEqual(described(large), described(small));
  });

  it('cites every republication on its side', () => {
    for (const conflict of large.conflicts) {
      for (const side of conflict.sides) {
        const expected = copies
          .filter((article) => side.articles.some((id) => telling(id) === telling(article.id)))
          .map((article) => article.id)
          .sort();
        assert.deepEqual(
          [...side.articles].sort(),
          expected,
          `${conflict.kind} ${conflict.about} ${side.value}`,
        );
        assert.equal(new Set(side.citations.map((citation) => citation.article)).size, expected.length);
      }
    }
  });
});

describe('a fact told in a lead with a dateline', () => {
  it('is worded without the dateline, and still cites the whole sentence', () => {
    const articles = [
      buildArticle({
        id: 'herald',
        outlet: 'Varn City Herald',
        text: 'VARN CITY (Harbour Wire) — The city council opened a night ferry service between Varn City and Gull Island on Monday. Fares will match the day service.',
      }),
      buildArticle({
        id: 'post',
        outlet: 'Orrin Evening Post',
        text: 'BRACKWATER, Tuesday — The city council opened a night ferry service between Varn City and Gull Island on Monday. Islanders had campaigned for it.',
      }),
    ];
    const report = compareStory(buildStory(articles), articles);
    const ferry = report.facts.shared.find((fact) => fact.text.includes('night ferry'));
    assert.ok(ferry);
    assert.equal(
      ferry.text,
      'The city council opened a night ferry service between Varn City and Gull Island on Monday.',
    );
    assert.ok(citedText(articles, ferry.citations[0]!).startsWith('VARN CITY'));
  });
});

describe('compareStory fact wording', () => {
  it('words a shared fact as a telling that claims no more than the other sources tell', () => {
    const make = (id: string, outlet: string, text: string): Article => buildArticle({ id, outlet, text });
    const wire = make(
      'wire',
      'Tessaly Wire',
      'A court in Ondervik jailed the former port director Lise Arnholt for five years. ' +
        'The court also ordered Arnholt to hand back 800,000 marks and banned her from company boards for eight years.',
    );
    const radio = make(
      'radio',
      'Ondervik Radio',
      'Former port director Lise Arnholt was jailed for five years by a court in Ondervik. ' +
        'Arnholt was also banned from company boards for eight years.',
    );
    const daily = make(
      'daily',
      'The Ondervik Daily',
      'An Ondervik court sent the former port director to prison for five years. ' +
        'She is also banned from company boards for eight years.',
    );
    const articles = [wire, radio, daily];
    const report = compareStory(buildStory(articles), articles);
    const boards = report.facts.shared.find((fact) => fact.text.includes('company boards'));
    assert.ok(boards, 'the ban is a shared fact');
    assert.equal(boards.sources, 3);
    assert.equal(boards.text.includes('800,000'), false, `worded as "${boards.text}"`);
  });
});

describe('compareStory fact wording, a telling with a day of its own', () => {
  it('is not shown in place of the first telling', () => {
    const make = (id: string, outlet: string, text: string): Article => buildArticle({ id, outlet, text });
    const articles = [
      make(
        'wire',
        'Tessaly Wire',
        'Transport Minister Hedda Lunn said she had invited both unions to talks at the ministry on Monday and urged them to settle quickly.',
      ),
      make(
        'paper',
        'Ondervik Paper',
        'Transport Minister Hedda Lunn has invited both unions to talks at the ministry on Tuesday.',
      ),
    ];
    const report = compareStory(buildStory(articles), articles);
    const talks = report.facts.shared.find((fact) => fact.text.includes('talks'));
    assert.ok(talks, 'the talks are a shared fact');
    assert.equal(talks.text.includes('Tuesday'), false, `worded as "${talks.text}"`);
  });
});

describe('compareStory fact wording, a telling that opens on "The company"', () => {
  it('is not shown in place of a telling that names the company', () => {
    const make = (id: string, outlet: string, text: string): Article => buildArticle({ id, outlet, text });
    const articles = [
      make(
        'wire',
        'Tessaly Wire',
        'Harnby Mills said its board was weighing the offer and urged shareholders to take no action for now.',
      ),
      make('paper', 'Ondervik Paper', 'The company said its board was weighing the offer.'),
    ];
    const report = compareStory(buildStory(articles), articles);
    const board = report.facts.shared.find((fact) => fact.text.includes('board'));
    assert.ok(board, 'the board weighing the offer is a shared fact');
    assert.match(board.text, /^Harnby Mills/, `worded as "${board.text}"`);
  });
});

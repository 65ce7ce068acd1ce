/**
 * A hand-built story report with invented outlets and events, for the server's tests and the browser test.
 * Every section holds findings, and every citation points at a real sentence of its article.
 */
import type { Citation, StoryReport } from '../model/index.js';

const ARTICLES = {
  ledger: {
    id: 'ledger01',
    title: 'Council approves desalination plant for Lantern Bay',
    outlet: 'The Gullport Ledger',
    published: '2026-03-04',
    url: 'https://ledger.example/2026/03/desalination',
    source: 'examples/ledger-desalination.html',
    sentences: [
      'The Lantern Bay council approved a desalination plant on Tuesday by a vote of nine to two.',
      'Mayor Ines Corvo called the plant "the most important thing this town will build in fifty years."',
      'The plant will cost 48 million crowns, according to the council budget.',
      'Critics said the project was rushed, the Northwind Wire reported.',
    ],
  },
  courier: {
    id: 'courier02',
    title: 'Bay council rams through costly water plant',
    outlet: 'Bayside Courier',
    published: '2026-03-05',
    url: 'https://courier.example/water-plant',
    source: 'examples/courier-water-plant.txt',
    sentences: [
      'The council approved a desalination plant on Wednesday after a heated debate.',
      'Corvo, the embattled mayor, said the plant was "the most important thing this town will build."',
      'The plant will cost 52 million crowns.',
      'The Northwind Wire reported that two members voted against it.',
    ],
  },
  wire: {
    id: 'wire03',
    title: 'Lantern Bay backs desalination plant',
    outlet: 'Northwind Wire',
    published: '2026-03-04',
    source: 'examples/wire.jsonl:3',
    sentences: [
      'Lantern Bay council members voted nine to two on Tuesday to build a desalination plant.',
      'Two members said the project was rushed.',
    ],
  },
  dispatch: {
    id: 'dispatch04',
    title: 'Lantern Bay backs desalination plant',
    outlet: 'Harbor Dispatch',
    published: '2026-03-04',
    source: 'examples/dispatch.html',
    copyOf: 'wire03',
    sentences: [
      'Lantern Bay council members voted nine to two on Tuesday to build a new desalination plant.',
      'Two members said the project was rushed.',
    ],
  },
};

type ArticleName = keyof typeof ARTICLES;

/** A citation of sentence `sentence` of one of the fixture's articles, with offsets into its joined text. */
export function fixtureCitation(name: ArticleName, sentence: number): Citation {
  const article = ARTICLES[name];
  const before = article.sentences.slice(0, sentence).join(' ');
  const start = before === '' ? 0 : before.length + 1;
  return { article: article.id, sentence, start, end: start + (article.sentences[sentence] ?? '').length };
}

/** The fixture report; `overrides` replaces top-level fields (for the escaping test). */
export function createFixtureReport(overrides: Partial<StoryReport> = {}): StoryReport {
  const cite = fixtureCitation;
  return {
    story: 'story-desal',
    headline: {
      text: 'Lantern Bay council approves desalination plant',
      citations: [cite('ledger', 0), cite('wire', 0)],
    },
    summary: [
      {
        text: 'The Lantern Bay council approved a desalination plant, by nine votes to two.',
        citations: [cite('ledger', 0), cite('wire', 0), cite('courier', 0)],
      },
      {
        text: 'Outlets disagree on its cost and on the day of the vote.',
        citations: [cite('ledger', 2), cite('courier', 2)],
      },
      {
        text: 'Two council members said the project was rushed.',
        citations: [cite('wire', 1), cite('ledger', 3)],
      },
    ],
    articles: Object.values(ARTICLES).map((article) => ({ ...article })),
    coverage: { articles: 4, independentSources: 3 },
    facts: {
      shared: [
        {
          id: 'f1',
          text: 'The council approved a desalination plant by nine votes to two.',
          articles: ['ledger01', 'courier02', 'wire03', 'dispatch04'],
          sources: 3,
          citations: [cite('ledger', 0), cite('courier', 0), cite('wire', 0), cite('dispatch', 0)],
        },
      ],
      unique: [
        {
          id: 'f2',
          text: 'The plant will cost 48 million crowns, according to the council budget.',
          articles: ['ledger01'],
          sources: 1,
          citations: [cite('ledger', 2)],
        },
      ],
    },
    conflicts: [
      {
        kind: 'date',
        fact: 'f1',
        about: 'day of the vote',
        sides: [
          {
            value: 'Tuesday',
            articles: ['ledger01', 'wire03'],
            citations: [cite('ledger', 0), cite('wire', 0)],
          },
          { value: 'Wednesday', articles: ['courier02'], citations: [cite('courier', 0)] },
        ],
      },
      {
        kind: 'number',
        about: 'cost of the plant',
        sides: [
          { value: '48 million crowns', articles: ['ledger01'], citations: [cite('ledger', 2)] },
          { value: '52 million crowns', articles: ['courier02'], citations: [cite('courier', 2)] },
        ],
      },
    ],
    quotes: [
      {
        id: 'q1',
        speaker: 'Ines Corvo',
        kind: 'direct',
        text: 'the most important thing this town will build in fifty years.',
        articles: ['ledger01', 'courier02'],
        variants: [
          {
            article: 'ledger01',
            text: 'the most important thing this town will build in fifty years.',
            speaker: 'Mayor Ines Corvo',
            differences: [],
            citation: cite('ledger', 1),
          },
          {
            article: 'courier02',
            text: 'the most important thing this town will build.',
            speaker: 'Corvo',
            differences: ['trimmed'],
            citation: cite('courier', 1),
          },
        ],
      },
    ],
    labels: [
      {
        entity: 'Ines Corvo',
        type: 'person',
        names: ['Mayor Ines Corvo', 'Corvo'],
        byArticle: [
          { article: 'ledger01', labels: [{ text: 'Mayor', citation: cite('ledger', 1) }] },
          { article: 'courier02', labels: [{ text: 'the embattled mayor', citation: cite('courier', 1) }] },
        ],
      },
    ],
    loaded: [
      {
        article: 'courier02',
        rate: 3.4,
        spans: [
          {
            text: 'rams through',
            reason: 'emotive-verb',
            note: "'rams through' implies force; neutral: 'approves'",
            citation: cite('courier', 0),
          },
          {
            text: 'embattled',
            reason: 'epithet',
            note: "'embattled' is an epithet; neutral: leave it out",
            citation: cite('courier', 1),
          },
        ],
      },
      { article: 'ledger01', rate: 0, spans: [] },
    ],
    provenance: {
      credits: [
        {
          article: 'ledger01',
          outlet: 'Northwind Wire',
          text: 'the Northwind Wire reported',
          citation: cite('ledger', 3),
        },
        {
          article: 'courier02',
          outlet: 'Northwind Wire',
          text: 'The Northwind Wire reported',
          citation: cite('courier', 3),
        },
      ],
      copies: [{ article: 'dispatch04', copyOf: 'wire03', similarity: 0.96 }],
      reuse: [
        { articles: ['ledger01', 'wire03'], words: 7, citations: [cite('ledger', 3), cite('wire', 1)] },
      ],
      graph: [
        { from: 'dispatch04', to: 'wire03', kind: 'copy' },
        { from: 'ledger01', to: 'Northwind Wire', kind: 'credit' },
      ],
      originalSources: [{ outlet: 'Northwind Wire', articles: ['ledger01', 'courier02'] }],
    },
    ...overrides,
  };
}

/** The fixture's courier article credits the wire in its byline ("Courier staff and Lantern Wire"). */
export const FIXTURE_BYLINE = 'Courier staff and Lantern Wire';
export const FIXTURE_BYLINE_CREDIT = {
  article: 'courier02',
  outlet: 'Lantern Wire',
  text: FIXTURE_BYLINE,
  byline: { start: 18, end: 30 },
};

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, Conflict, Entity, Fact } from '../model/index.js';
import fc from 'fast-check';
import { summarizeStory } from './summarize-story.js';
import { createTestArticle, createTestQuote } from './test-articles.test-helper.js';

/** A citation of `value` where it first stands in `article`'s text, as a span of its first sentence (where every use looks). */
function at(
  article: Article,
  value: string,
): { article: string; sentence: number; start: number; end: number } {
  const start = article.text.indexOf(value);
  return { article: article.id, sentence: 0, start, end: start + value.length };
}

// An invented story told by two invented outlets.
const LANTERN = createTestArticle(
  'The Eldoria parliament voted on Tuesday to close the Varna coal mine by 2030. ' +
    'Energy minister Tomas Reyl said 1,200 miners would be offered retraining. ' +
    'The vote passed by 61 votes to 40. ' +
    'Union leaders said they would study the retraining offer before responding.',
  { id: 'lantern', outlet: 'The Daily Lantern' },
);
const COURIER = createTestArticle(
  'Eldoria strongman Tomas Reyl pushed the parliament to close the Varna coal mine by 2030 in a vote on Tuesday. ' +
    'The disastrous plan leaves 1,200 miners facing an uncertain future. ' +
    'The vote passed by 61 votes to 40 after a long debate. ' +
    'The mine has operated since 1911.',
  { id: 'courier', outlet: 'The Harbour Courier' },
);
const ARTICLES: readonly Article[] = [LANTERN, COURIER];

function citation(article: Article, sentence: number) {
  const span = article.sentences[sentence];
  assert.ok(span);
  return { article: article.id, sentence, start: span.start, end: span.end };
}

const FACTS: Fact[] = [
  {
    id: 'f1',
    text: 'Parliament voted to close the mine by 2030.',
    articles: ['lantern', 'courier'],
    sources: 2,
    citations: [citation(LANTERN, 0), citation(COURIER, 0)],
  },
  {
    id: 'f2',
    text: 'The vote passed by 61 to 40.',
    articles: ['lantern', 'courier'],
    sources: 2,
    citations: [citation(LANTERN, 2), citation(COURIER, 2)],
  },
  {
    id: 'f4',
    text: '1,200 miners are affected.',
    articles: ['lantern', 'courier'],
    sources: 2,
    citations: [citation(LANTERN, 1), citation(COURIER, 1)],
  },
  {
    id: 'f3',
    text: 'The mine has operated since 1911.',
    articles: ['courier'],
    sources: 1,
    citations: [citation(COURIER, 3)],
  },
];

test('every summary sentence cites article sentences whose offsets are in that article', () => {
  const { summary, headline } = summarizeStory(ARTICLES, FACTS);
  assert.ok(summary.length >= 2);
  for (const sentence of [...summary, headline]) {
    assert.ok(sentence.citations.length > 0);
    for (const cited of sentence.citations) {
      const article = ARTICLES.find((item) => item.id === cited.article);
      assert.ok(article, `cites a known article: ${cited.article}`);
      assert.deepEqual(
        { start: cited.start, end: cited.end },
        { start: article.sentences[cited.sentence]?.start, end: article.sentences[cited.sentence]?.end },
      );
    }
  }
});

test('facts several sources report come first and cite both outlets', () => {
  const { summary } = summarizeStory(ARTICLES, FACTS);
  const first = summary[0];
  assert.ok(first);
  assert.match(first.text, /coal mine by 2030/);
  assert.deepEqual(new Set(first.citations.map((item) => item.article)), new Set(['lantern', 'courier']));
});

test('the summary does not adopt an epithet; it reports it as the outlet label', () => {
  const { summary } = summarizeStory(ARTICLES, FACTS, { sentences: 5 });
  const own = summary.map((item) => item.text.replace(/"[^"]*"/g, '')).join(' ');
  assert.doesNotMatch(own, /strongman|disastrous/i);
  const label = summary.find((item) => item.text.includes('"strongman"'));
  assert.ok(label, 'the epithet is reported as a label');
  assert.match(label.text, /The Harbour Courier called Tomas Reyl a "strongman"/);
  assert.equal(label.citations[0]?.article, 'courier');
});

test('the label sentence spells a name as the summary does, whatever the labelling outlet wrote', () => {
  const accented = createTestArticle(LANTERN.text.replace('Tomas Reyl', 'Tomás Reyl'), {
    id: 'lantern',
    outlet: 'The Daily Lantern',
  });
  const { summary } = summarizeStory([accented, COURIER], FACTS, { sentences: 5 });
  const own = summary.map((item) => item.text).join(' ');
  assert.match(own, /Tomás Reyl said/);
  const label = summary.find((item) => item.text.includes('"strongman"'));
  assert.match(label?.text ?? '', /The Harbour Courier called Tomás Reyl a "strongman"/);
});

test('the length setting bounds the number of fact sentences', () => {
  const short = summarizeStory(ARTICLES, FACTS, { sentences: 1, reportLabels: false });
  assert.equal(short.summary.length, 1);
  const long = summarizeStory(ARTICLES, FACTS, { sentences: 3, reportLabels: false });
  assert.equal(long.summary.length, 3);
  const all = summarizeStory(ARTICLES, FACTS, { sentences: 10, reportLabels: false });
  assert.equal(all.summary.length, 4);
});

test('the length setting bounds the whole summary: labels and disputes come within it, not on top', () => {
  const gazette = createTestArticle(
    'Divers found 12 leaks in the Orrin aqueduct on Monday, the water board said. ' +
      'Eldoria strongman Tomas Reyl blamed the water board for the delay in repairs to the aqueduct.',
    { id: 'gazette', outlet: 'Orrin Gazette', published: '2026-03-02' },
  );
  const herald = createTestArticle(
    'Divers found 19 leaks in the Orrin aqueduct on Monday, the water board said. ' +
      'Tomas Reyl blamed the water board for the delay in repairs to the aqueduct.',
    { id: 'herald', outlet: 'Vell Herald', published: '2026-03-02' },
  );
  const conflicts: Conflict[] = [
    {
      kind: 'number',
      about: 'how many leaks',
      sides: [
        { value: '12 leaks', articles: ['gazette'], citations: [at(gazette, '12 leaks')] },
        { value: '19 leaks', articles: ['herald'], citations: [at(herald, '19 leaks')] },
      ],
    },
  ];
  for (const sentences of [1, 2, 3]) {
    const labelled = summarizeStory(ARTICLES, FACTS, { sentences });
    assert.ok(labelled.summary.length <= sentences, `${sentences}: ${labelled.summary.length}`);
    // With room for one sentence, the fact stays and the label sentence yields.
    assert.match(labelled.summary[0]?.text ?? '', /coal mine by 2030/);
    const disputed = summarizeStory([gazette, herald], [], { sentences, conflicts });
    assert.ok(disputed.summary.length <= sentences, `${sentences}: ${disputed.summary.length}`);
    assert.ok(disputed.summary.length > 0 && disputed.headline.text !== '');
  }
  // With room to spare the label sentence is still there.
  const roomy = summarizeStory(ARTICLES, FACTS, { sentences: 10 });
  assert.ok(roomy.summary.some((sentence) => sentence.text.includes('"strongman"')));
});

test('without facts it selects by concept coverage and still cites both articles', () => {
  const { summary, headline } = summarizeStory(ARTICLES, [], { sentences: 3 });
  assert.ok(summary.length >= 2);
  assert.ok(headline.text.length > 0);
  const cited = new Set(summary.flatMap((item) => item.citations.map((one) => one.article)));
  assert.deepEqual(cited, new Set(['lantern', 'courier']));
  const texts = summary.map((item) => item.text);
  assert.equal(new Set(texts).size, texts.length, 'no sentence twice');
});

test('redundant wordings of one fact appear once', () => {
  const twin = createTestArticle(
    'The Eldoria parliament voted on Tuesday to close the Varna coal mine by 2030. The mine employs 1,200 people.',
    { id: 'twin', outlet: 'The Valley Post' },
  );
  const { summary } = summarizeStory([LANTERN, twin], [], { sentences: 4, reportLabels: false });
  const mentions = summary.filter((item) => /close the Varna coal mine/.test(item.text));
  assert.equal(mentions.length, 1);
});

test('headline is short, from the first fact, without a final stop', () => {
  const { headline, summary } = summarizeStory(ARTICLES, FACTS);
  assert.ok(headline.text.split(/\s+/).length <= 20);
  assert.doesNotMatch(headline.text, /\.$/);
  assert.deepEqual(headline.citations, summary[0]?.citations);
});

test('bad input: no articles, empty articles, facts citing unknown sentences', () => {
  assert.deepEqual(summarizeStory([], []), {
    headline: { text: '', citations: [] },
    summary: [],
    note: 'No summary: the story has no articles.',
  });
  assert.deepEqual(summarizeStory([createTestArticle('')], []).summary, []);
  const stray: Fact = {
    id: 'x',
    text: 'x',
    articles: ['nowhere'],
    sources: 3,
    citations: [{ article: 'nowhere', sentence: 9, start: 0, end: 1 }],
  };
  assert.ok(summarizeStory(ARTICLES, [stray]).summary.length > 0);
});

test('sentences with resolved dates follow the dates, the lead stays first', () => {
  const text =
    'The Eldoria parliament closed the Varna coal mine after a vote. ' +
    'The final shift left the pit on 3 May 2031. ' +
    'The closure was first proposed on 10 March 2029.';
  const base = createTestArticle(text, { id: 'dated', outlet: 'The Daily Lantern' });
  const mention = (needle: string, resolved: string) => {
    const start = text.indexOf(needle);
    return { start, end: start + needle.length, text: needle, resolved, granularity: 'day' as const };
  };
  const article = {
    ...base,
    dates: [mention('3 May 2031', '2031-05-03'), mention('10 March 2029', '2029-03-10')],
  };
  const facts: Fact[] = article.sentences.map((_, index) => ({
    id: `d${index}`,
    text: 'x',
    articles: ['dated'],
    sources: index === 0 ? 2 : 1,
    citations: [citation(article, index)],
  }));
  const { summary } = summarizeStory([article], facts, { sentences: 3, reportLabels: false });
  assert.deepEqual(
    summary.map((item) => item.citations[0]?.sentence),
    [0, 2, 1],
  );
});

test('property: citations always point at real sentences of the given articles', () => {
  const words = [
    'The',
    'mine',
    'regime',
    'closed',
    'Varna',
    'vote',
    'miners',
    'dictator',
    'Reyl',
    'on',
    'Tuesday',
  ];
  fc.assert(
    fc.property(
      fc.array(
        fc.array(fc.array(fc.constantFrom(...words), { minLength: 0, maxLength: 14 }), { maxLength: 6 }),
        {
          maxLength: 4,
        },
      ),
      (texts) => {
        const articles = texts.map((sentences, index) =>
          createTestArticle(sentences.map((sentence) => `${sentence.join(' ')}.`).join(' '), {
            id: `p${index}`,
            outlet: `Outlet ${index % 2}`,
          }),
        );
        const { summary, headline } = summarizeStory(articles, []);
        for (const sentence of [...summary, headline]) {
          for (const cited of sentence.citations) {
            const article = articles.find((item) => item.id === cited.article);
            assert.ok(article);
            const span = article.sentences[cited.sentence];
            assert.ok(span);
            assert.equal(span.start, cited.start);
            assert.equal(span.end, cited.end);
          }
        }
      },
    ),
    { numRuns: 60 },
  );
});

test('a short attributed quote both outlets carry is reported; a long speech quote is not', () => {
  const quote = '“The notion that we are closing the port is simply wrong,” harbour master Piet Olen said.';
  const speech =
    '“We have worked for ten years on this harbour and we will keep working on it for ten more, through every ' +
    'storm and every strike, because the town depends on it and the town deserves it,” Olen said.';
  const first = createTestArticle(
    `The Varna harbour will stay open through the winter, officials said on Monday. ${quote} ${speech}`,
    { id: 'first', outlet: 'The Daily Lantern' },
  );
  const second = createTestArticle(
    `Officials said on Monday that the Varna harbour would stay open through the winter. ${quote} ${speech}`,
    { id: 'second', outlet: 'The Harbour Courier' },
  );
  const text = summarizeStory([first, second], [], { sentences: 4 })
    .summary.map((sentence) => sentence.text)
    .join(' ');
  assert.match(text, /simply wrong,” harbour master Piet Olen said/);
  assert.doesNotMatch(text, /every storm/);
});

test('a sentence in the middle of a multi-sentence quotation is never stated in the summary’s own voice', () => {
  const quoteText =
    'They threw out our ballots. Farmers, people who have voted by post for thirty years in this valley. We will fight it.';
  const make = (outlet: string, id: string) => {
    const article = createTestArticle(
      `The Upvale council rejected 400 postal ballots after the count on Sunday, officials said.\n\n“${quoteText}” said the farmer Ansel Rook.\n\nA recount will start on Thursday, the council said.`,
      { id, outlet, title: 'Upvale rejects postal ballots' },
    );
    return { ...article, quotes: [createTestQuote(article, quoteText, 'Ansel Rook')] };
  };
  const articles = [make('Upvale Echo', 'a'), make('Valley Post', 'b')];
  const { summary } = summarizeStory(articles, [], { sentences: 5 });
  assert.ok(summary.length > 0);
  assert.ok(
    summary.every((sentence) => !/people who have voted by post/.test(sentence.text)),
    JSON.stringify(summary),
  );
});

test('a sentence continuing a quotation opened earlier in its paragraph is the speaker’s, even with no quote found', () => {
  const make = (outlet: string, id: string) =>
    createTestArticle(
      `The Upvale council rejected 400 postal ballots after the count on Sunday, officials said.\n\nOne farmer told the Echo: “They threw out our ballots. Farmers, people who have voted by post for thirty years in this valley. We will fight it.”\n\nA recount will start on Thursday, the council said.`,
      { id, outlet, title: 'Upvale rejects postal ballots' },
    );
  const { summary } = summarizeStory([make('Upvale Echo', 'a'), make('Valley Post', 'b')], [], {
    sentences: 5,
  });
  assert.ok(summary.length > 0);
  assert.ok(
    summary.every((sentence) => !/people who have voted by post/.test(sentence.text)),
    JSON.stringify(summary),
  );
});

test("without facts the point several outlets share comes before one outlet's aside", () => {
  const post = createTestArticle(
    'The Eldoria parliament approved the closure of the Varna coal mine on Tuesday. ' +
      'A local bakery won a regional bread prize in the same week.',
    { id: 'post', outlet: 'The Valley Post' },
  );
  const { summary } = summarizeStory([LANTERN, COURIER, post], [], { sentences: 1, reportLabels: false });
  assert.match(summary[0]?.text ?? '', /Varna coal mine/);
  const all = summarizeStory([LANTERN, COURIER, post], [], { sentences: 3, reportLabels: false }).summary;
  assert.ok(all.every((item) => !/bakery/.test(item.text)));
});

// Two invented outlets tell the same two facts in the same places; one of them is dated decades back.
function bridgeArticle(id: string, outlet: string): Article {
  const text = [
    'The Tarrow bridge was closed to traffic on Monday after engineers found cracks in two of its piers.',
    'The bridge was opened in 1974 and carries 30,000 vehicles a day across the Vell estuary.',
    'Drivers face a forty-minute detour through Orla while the piers are inspected by divers.',
    "The regional roads office said it would publish the engineers' report next week.",
  ].join(' ');
  const article = createTestArticle(text, { id, outlet, published: '2026-03-02' });
  const start = text.indexOf('in 1974');
  article.dates = [{ start, end: start + 7, text: 'in 1974', resolved: '1974-01-01', granularity: 'year' }];
  return article;
}

test('a fact dated long before the articles counts as background and yields to the news', () => {
  const articles = [bridgeArticle('a', 'The Orbit'), bridgeArticle('b', 'Vell Times')];
  const [a, b] = articles as [Article, Article];
  const facts: Fact[] = [
    {
      id: 'background',
      text: 'The bridge was opened in 1974.',
      articles: ['a', 'b'],
      sources: 2,
      citations: [citation(a, 1), citation(b, 1)],
    },
    {
      id: 'detour',
      text: 'Drivers face a detour through Orla.',
      articles: ['a', 'b'],
      sources: 2,
      citations: [citation(a, 2), citation(b, 2)],
    },
  ];
  const dated = summarizeStory(articles, facts, { sentences: 1, reportLabels: false });
  assert.match(dated.summary[0]?.text ?? '', /detour/);
  // The same sentences without the resolved date: the earlier one ranks first, as news order says.
  const undated = articles.map((article) => ({ ...article, dates: [] }));
  const plain = summarizeStory(undated, facts, { sentences: 1, reportLabels: false });
  assert.match(plain.summary[0]?.text ?? '', /opened in 1974/);
});

test('summary sentences are compressed, still citing the whole source sentences; compress: false keeps them', () => {
  const gazette = createTestArticle(
    'Harbour master Edda Lind, who took the post in March, closed the north channel of Port Alder on Friday. ' +
      'The closure follows a collision between two tugs last week.',
    { id: 'gazette', outlet: 'Alder Gazette' },
  );
  const post = createTestArticle(
    'The north channel of Port Alder was closed to shipping on Friday by harbour master Edda Lind. ' +
      'Ferries will use the south channel until further notice.',
    { id: 'post', outlet: 'Kestrel Post' },
  );
  const facts: Fact[] = [
    {
      id: 'closure',
      text: 'Harbour master Edda Lind, who took the post in March, closed the channel.',
      articles: ['gazette', 'post'],
      sources: 2,
      citations: [citation(gazette, 0), citation(post, 0)],
    },
  ];
  const compressed = summarizeStory([gazette, post], facts, { sentences: 1, reportLabels: false });
  const plain = summarizeStory([gazette, post], facts, {
    sentences: 1,
    reportLabels: false,
    compress: false,
  });
  const first = compressed.summary[0];
  assert.ok(first);
  assert.equal(first.text, 'Harbour master Edda Lind closed the north channel of Port Alder on Friday.');
  assert.deepEqual(first.citations, [citation(gazette, 0), citation(post, 0)]);
  assert.equal(
    plain.summary[0]?.text,
    'Harbour master Edda Lind, who took the post in March, closed the north channel of Port Alder on Friday.',
  );
});

test('a borrowed "today" is anchored to its own article date, not left for the reader to misread', () => {
  const article = createTestArticle(
    'The Kessel ferry company cancelled all crossings today after a storm damaged the pier at Vantor. ' +
      'Repairs are expected to take two weeks, the company said.',
    { id: 'kessel', outlet: 'Vantor Post', published: '2026-11-12' },
  );
  const { summary, headline } = summarizeStory([article], [], { sentences: 1, reportLabels: false });
  assert.match(summary[0]?.text ?? '', /cancelled all crossings on Thursday after/);
  assert.doesNotMatch(headline.text, /\btoday\b/i);
});

test('a story told over several days opens on the first day’s event, not on a next-day follow-up', () => {
  const event = createTestArticle(
    'A fire destroyed a boat shed on the Orla quay on Wednesday evening. ' +
      'Firefighters from three stations fought the blaze for four hours. ' +
      'No one was hurt, the fire service said.',
    { id: 'event', outlet: 'The Orla Post', published: '2026-04-01' },
  );
  const followUp = createTestArticle(
    'The Orla Rowing Club said on Thursday that it had lost all eleven of its racing boats in the boat shed fire. ' +
      'Club members said they would race borrowed boats this season. ' +
      'Firefighters fought the blaze at the quay for four hours on Wednesday.',
    { id: 'follow', outlet: 'Vell Times', published: '2026-04-02' },
  );
  const articles = [event, followUp];
  const facts: Fact[] = [
    {
      id: 'boats',
      text: followUp.text.slice(followUp.sentences[0]!.start, followUp.sentences[0]!.end),
      articles: ['follow'],
      sources: 1,
      citations: [citation(followUp, 0)],
    },
    {
      id: 'fire',
      text: event.text.slice(event.sentences[0]!.start, event.sentences[0]!.end),
      articles: ['event'],
      sources: 1,
      citations: [citation(event, 0)],
    },
    {
      id: 'crews',
      text: 'Firefighters fought the blaze for four hours.',
      articles: ['event', 'follow'],
      sources: 2,
      citations: [citation(event, 1), citation(followUp, 2)],
    },
  ];
  const { summary, headline } = summarizeStory(articles, facts, { sentences: 3, reportLabels: false });
  assert.match(summary[0]?.text ?? '', /^A fire destroyed a boat shed/, JSON.stringify(summary));
  assert.match(headline.text, /fire destroyed a boat shed/i);
  assert.ok(
    summary.some((sentence) => /racing boats/.test(sentence.text)),
    'the follow-up stays in the summary; only the opening changes',
  );
  // Told on one day, the same facts keep their rank order.
  const sameDay = articles.map((article) => ({ ...article, published: '2026-04-01' }));
  const ranked = summarizeStory(sameDay, facts, { sentences: 3, reportLabels: false });
  assert.doesNotMatch(ranked.summary[0]?.text ?? '', /^A fire destroyed a boat shed/);
});

test('with a disputed count, no summary sentence or headline states a figure; the dispute sentence gives both', () => {
  const gazette = createTestArticle(
    'Divers found 12 leaks in the Orrin aqueduct on Monday, the water board said. ' +
      'The aqueduct will close for repairs costing 4 million crowns.',
    { id: 'gazette', outlet: 'Orrin Gazette', published: '2026-03-02' },
  );
  const herald = createTestArticle(
    'Divers found 19 leaks in the Orrin aqueduct on Monday, the water board said. ' +
      'The aqueduct will close for repairs costing 6 million crowns.',
    { id: 'herald', outlet: 'Vell Herald', published: '2026-03-02' },
  );
  const at = (article: Article, sentence: number, value: string) => {
    const start = article.text.indexOf(value);
    return { article: article.id, sentence, start, end: start + value.length };
  };
  const conflicts: Conflict[] = [
    {
      kind: 'number',
      about: 'how many leaks',
      sides: [
        { value: '12 leaks', articles: ['gazette'], citations: [at(gazette, 0, '12 leaks')] },
        { value: '19 leaks', articles: ['herald'], citations: [at(herald, 0, '19 leaks')] },
      ],
    },
    {
      kind: 'number',
      about: 'how many crowns',
      sides: [
        { value: '4 million crowns', articles: ['gazette'], citations: [at(gazette, 1, '4 million')] },
        { value: '6 million crowns', articles: ['herald'], citations: [at(herald, 1, '6 million')] },
      ],
    },
  ];
  const { headline, summary } = summarizeStory([gazette, herald], [], { conflicts, reportLabels: false });
  const stated = summary.filter((sentence) => !sentence.text.startsWith('Reports differ on'));
  assert.ok(stated.length > 0);
  for (const sentence of [headline, ...stated]) {
    assert.doesNotMatch(sentence.text, /\b(?:12|19) leaks|million crowns/, sentence.text);
  }
  assert.match(headline.text, /Divers found leaks in the Orrin aqueduct/);
  assert.ok(
    summary.some((sentence) =>
      /Reports differ on how many leaks: 12 leaks .* or 19 leaks/.test(sentence.text),
    ),
  );
});

test('a lead whose disputed count is in millions still opens the summary and the headline, the figure taken out', () => {
  const post = createTestArticle(
    'Fraudsters sold 1.8 million forged rail tickets through the Varro ticket app, the rail operator said on Friday. ' +
      'A passenger group first spotted the forged tickets on a resale site.',
    { id: 'post', outlet: 'Varro Evening Post', published: '2028-05-05' },
  );
  const bulletin = createTestArticle(
    'Fraudsters sold about two million forged rail tickets through the Varro ticket app, according to the operator. ' +
      'A passenger group first found the forged tickets for sale on a resale site.',
    { id: 'bulletin', outlet: 'Lusk Bulletin', published: '2028-05-05' },
  );
  const facts: Fact[] = [
    {
      id: 'f1',
      text: post.text.slice(0, post.text.indexOf(' A passenger')),
      articles: ['post', 'bulletin'],
      sources: 2,
      citations: [citation(post, 0), citation(bulletin, 0)],
    },
    {
      id: 'f2',
      text: 'A passenger group first spotted the forged tickets on a resale site.',
      articles: ['post', 'bulletin'],
      sources: 2,
      citations: [citation(post, 1), citation(bulletin, 1)],
    },
  ];
  const conflicts: Conflict[] = [
    {
      kind: 'number',
      about: 'how many tickets',
      sides: [
        {
          value: '1.8 million forged rail tickets',
          articles: ['post'],
          citations: [at(post, '1.8 million')],
        },
        {
          value: 'about two million forged rail tickets (2000000)',
          articles: ['bulletin'],
          citations: [at(bulletin, 'two million')],
        },
      ],
    },
  ];
  const { headline, summary } = summarizeStory([post, bulletin], facts, { conflicts, reportLabels: false });
  assert.match(summary[0]?.text ?? '', /^Fraudsters sold forged rail tickets through the Varro ticket app/);
  assert.match(headline.text, /forged rail tickets/);
  for (const sentence of [headline, summary[0]]) assert.doesNotMatch(sentence?.text ?? '', /million/);
  assert.ok(summary.some((sentence) => /^Reports differ on how many tickets/.test(sentence.text)));
});

test('a disputed figure taken from a sentence on no side of the conflict is still reported, that sentence cited', () => {
  // Compare found the dispute in the closing sentences; the summary borrows the leads, one of which gives a figure.
  const gazette = createTestArticle(
    'Divers sealed 12 leaks in the Orrin aqueduct on Monday, the water board said. ' +
      'The aqueduct carries water to the town of Orrin. ' +
      'In all, the divers counted 12 leaks along the northern arch.',
    { id: 'gazette', outlet: 'Orrin Gazette', published: '2026-03-02' },
  );
  const herald = createTestArticle(
    'Divers sealed leaks in the Orrin aqueduct on Monday, the water board said. ' +
      'The aqueduct carries water to the town of Orrin. ' +
      'The divers counted 19 leaks along the northern arch.',
    { id: 'herald', outlet: 'Vell Herald', published: '2026-03-02' },
  );
  const at = (article: Article, sentence: number, value: string) => {
    const start = article.text.lastIndexOf(value);
    return { article: article.id, sentence, start, end: start + value.length };
  };
  const conflicts: Conflict[] = [
    {
      kind: 'number',
      about: 'how many leaks',
      sides: [
        { value: '12 leaks', articles: ['gazette'], citations: [at(gazette, 2, '12 leaks')] },
        { value: '19 leaks', articles: ['herald'], citations: [at(herald, 2, '19 leaks')] },
      ],
    },
  ];
  const facts: Fact[] = [
    {
      id: 'lead',
      text: 'Divers sealed 12 leaks in the Orrin aqueduct on Monday, the water board said.',
      articles: ['gazette', 'herald'],
      sources: 2,
      citations: [citation(gazette, 0), citation(herald, 0)],
    },
  ];
  const { headline, summary } = summarizeStory([gazette, herald], facts, { conflicts, reportLabels: false });
  assert.equal(
    summary[0]?.text,
    'Divers sealed leaks in the Orrin aqueduct on Monday, the water board said.',
  );
  assert.doesNotMatch(headline.text, /\b(?:12|19) leaks/);
  const dispute = summary.filter((sentence) => sentence.text.startsWith('Reports differ on'));
  assert.deepEqual(
    dispute.map((sentence) => sentence.text),
    ['Reports differ on how many leaks: 12 leaks (Orrin Gazette) or 19 leaks (Vell Herald).'],
  );
  // Both sides cited, and the lead the figure was taken out of is cited on its side.
  const keys = (dispute[0]?.citations ?? []).map((item) => `${item.article}:${item.sentence}`).sort();
  assert.deepEqual(keys, ['gazette:0', 'gazette:2', 'herald:2']);
});

test('a story whose every sentence gives a disputed sum has a headline that names the dispute, not a figure', () => {
  const gazette = createTestArticle(
    'The new Orrin ferry terminal will cost 16 million crowns, the harbour board said on Monday.',
    { id: 'gazette', outlet: 'Orrin Gazette', published: '2026-03-02' },
  );
  const herald = createTestArticle(
    'The new Orrin ferry terminal will cost 14 million crowns, the harbour board said on Monday.',
    { id: 'herald', outlet: 'Vell Herald', published: '2026-03-02' },
  );
  const conflicts: Conflict[] = [
    {
      kind: 'number',
      about: 'how many crowns',
      sides: [
        { value: '16 million crowns', articles: ['gazette'], citations: [at(gazette, '16 million crowns')] },
        { value: '14 million crowns', articles: ['herald'], citations: [at(herald, '14 million crowns')] },
      ],
    },
  ];
  const { headline, summary } = summarizeStory([gazette, herald], [], { conflicts, reportLabels: false });
  assert.ok(summary.every((sentence) => sentence.text.startsWith('Reports differ on')));
  assert.doesNotMatch(headline.text, /\d|million/, headline.text);
  assert.equal(headline.text, 'Reports differ on the amount in crowns');
  assert.deepEqual(
    headline.citations.map((item) => item.article),
    ['gazette', 'herald'],
  );
});

test("an outlet's reference to itself is attributed to it, never stated in the summary's own voice", () => {
  const herald = createTestArticle(
    'The Herald has learned that ports minister Anna Kessel will resign on Friday over the harbour contract. ' +
      'Our reporters saw removal vans outside the ports ministry in Tarn on Thursday evening. ' +
      'Kessel told this newspaper that she had no regrets about the harbour contract with Veland Rail. ' +
      'The Herald reported exclusively last month that the contract had cost the province 40 million crowns.',
    { id: 'herald', outlet: 'The Oster Herald' },
  );
  const courier = createTestArticle(
    'Ports minister Anna Kessel is expected to resign on Friday over the harbour contract, officials in Tarn said. ' +
      'The harbour contract with Veland Rail cost the province 40 million crowns, an audit found last month. ' +
      'Kessel has defended the harbour contract in parliament several times this year.',
    { id: 'courier', outlet: 'The Tarn Courier' },
  );
  const { headline, summary } = summarizeStory([herald, courier], [], { sentences: 6 });
  assert.ok(summary.length > 0);
  for (const { text } of [headline, ...summary]) {
    const unquoted = text.replace(/“[^”]*”|"[^"]*"/g, ' ');
    assert.doesNotMatch(unquoted, /\b(?:has learned|this newspaper|exclusively|our|we|us)\b/i, text);
    // The outlet may be named only as the source of what it reported.
    if (/\bHerald\b/.test(unquoted))
      assert.match(unquoted, /\bHerald\b[^.]*\breported\b|\bHerald's\s+\p{Ll}/u, text);
  }
  // Its own facts are not lost: the resignation is in the summary, attributed or corroborated.
  assert.ok(summary.some(({ text }) => /resign/.test(text)));
});

test('a quotation the most outlets carry leads neither the summary nor the headline; the headline comes from a sentence in the summary', () => {
  const wire = createTestArticle(
    '"The gates stay shut until the looting stops," Halden said in a radio address. ' +
      'At least nine people have been hurt in the riots since May, the Kessmark Red Cross said. ' +
      'Governor Arvo Halden closed four border crossings at Tolle, citing the riots.',
    { id: 'wire', outlet: 'Coastal Wire', title: 'Halden closes Tolle border crossings' },
  );
  const post = createTestArticle(
    '"The gates stay shut until the looting stops," Halden said in a radio address. ' +
      'At least nine people have been hurt in the riots since May, the Kessmark Red Cross said.',
    { id: 'post', outlet: 'Valley Post', title: 'Halden shuts Tolle border' },
  );
  const times = createTestArticle(
    'Shops in Tolle stayed shut after Halden closed five border crossings. ' +
      'At least nine people have been hurt in the riots since May, the Kessmark Red Cross said. ' +
      '"The gates stay shut until the looting stops," Halden said in a radio address.',
    { id: 'times', outlet: 'Hill Times', title: 'Red Cross counts riot injuries' },
  );
  const facts: Fact[] = [
    {
      id: 'q',
      text: 'quote',
      articles: ['wire', 'post', 'times'],
      sources: 3,
      citations: [citation(wire, 0), citation(post, 0), citation(times, 2)],
    },
    {
      id: 't',
      text: 'tally',
      articles: ['wire', 'post', 'times'],
      sources: 3,
      citations: [citation(wire, 1), citation(post, 1), citation(times, 1)],
    },
    { id: 'e', text: 'event', articles: ['wire'], sources: 1, citations: [citation(wire, 2)] },
  ];
  const at = (article: Article, sentence: number, value: string) => {
    const start = article.text.indexOf(value);
    return { article: article.id, sentence, start, end: start + value.length };
  };
  const conflicts: Conflict[] = [
    {
      kind: 'number',
      about: 'how many crossings',
      sides: [
        { value: 'four', articles: ['wire'], citations: [at(wire, 2, 'four border crossings')] },
        { value: 'five', articles: ['times'], citations: [at(times, 0, 'five border crossings')] },
      ],
    },
  ];
  const stories = [wire, post, times];
  const all = summarizeStory(stories, facts, { reportLabels: false, conflicts });
  // The quotation the most outlets carry follows the first event sentence (`leadWithEvent`).
  assert.match(all.summary[0]?.text ?? '', /have been hurt in the riots/);
  assert.ok(all.summary.some((sentence) => /^"The gates/.test(sentence.text)));
  assert.equal(
    all.headline.text,
    'At least nine people have been hurt in the riots, Kessmark Red Cross says',
  );
  // Three sentences: the lead, the dispute and one more fact; the event sentence is left out, so the headline
  // comes from the fact that is shown.
  const short = summarizeStory(stories, facts, { sentences: 3, reportLabels: false, conflicts });
  assert.equal(short.summary.length, 3);
  assert.ok(
    !short.summary.some((sentence) => /closed border/.test(sentence.text)),
    JSON.stringify(short.summary.map((x) => x.text)),
  );
  assert.match(short.headline.text, /have been hurt in the riots/);
});

test('the summary opens on an event, not on the quotation the most outlets carry', () => {
  const texts = [
    '“The gates stay shut until the river drops,” Marit Oyen said. Engineer Marit Oyen closed the Halden flood gates on Monday.',
    '“The gates stay shut until the river drops,” Oyen said on Monday. The Halden flood gates were closed by Marit Oyen.',
    '“The gates stay shut until the river drops,” the engineer said.',
  ];
  const articles = texts.map((text, index) =>
    createTestArticle(text, { id: `o${index}`, outlet: `Outlet ${index}` }),
  );
  const facts: Fact[] = [
    {
      id: 'quote',
      text: 'x',
      articles: ['o0', 'o1', 'o2'],
      sources: 3,
      citations: articles.map((article) => citation(article, 0)),
    },
    {
      id: 'gates',
      text: 'x',
      articles: ['o0', 'o1'],
      sources: 2,
      citations: [citation(articles[0] as Article, 1), citation(articles[1] as Article, 1)],
    },
  ];
  const { summary } = summarizeStory(articles, facts, { reportLabels: false });
  assert.match(summary[0]?.text ?? '', /closed the Halden flood gates|flood gates were closed/);
  assert.ok(summary.some((sentence) => sentence.text.startsWith('“The gates stay shut')));
});

/** An early report of a count and a day-later report that it has risen, with the conflict compare finds. */
function tollUpdateStory(earlyLead: string, earlyValue: string, earlyCount: number) {
  const early = createTestArticle(
    `${earlyLead} Divers searched the wreck of the Kessa ferry through the night.`,
    {
      id: 'early',
      outlet: 'Varn Gazette',
      published: '2026-05-10',
    },
  );
  const later = createTestArticle(
    'The number of people killed in the Kessa ferry sinking has risen to eight, the coastguard said. ' +
      'The ferry operator suspended its Varn Point service.',
    { id: 'later', outlet: 'Orla Herald', published: '2026-05-11' },
  );
  const conflicts: Conflict[] = [
    {
      kind: 'number',
      about: 'how many people',
      sides: [
        { value: `${earlyValue} (${earlyCount})`, articles: ['early'], citations: [at(early, earlyValue)] },
        { value: 'eight (8)', articles: ['later'], citations: [at(later, 'eight')] },
      ],
    },
  ];
  const facts: Fact[] = [
    {
      id: 'toll',
      text: earlyLead,
      articles: ['early'],
      sources: 1,
      citations: [citation(early, 0)],
    },
    { id: 'search', text: 'x', articles: ['early'], sources: 1, citations: [citation(early, 1)] },
  ];
  return { articles: [early, later], facts, conflicts };
}

test('a headline never states a figure that a later report in the story has updated', () => {
  const story = tollUpdateStory(
    'Five people have died in the Kessa ferry sinking off Varn Point, the coastguard said.',
    'Five people',
    5,
  );
  for (const sentences of [undefined, 1, 2]) {
    const { headline, summary } = summarizeStory(story.articles, story.facts, {
      conflicts: story.conflicts,
      reportLabels: false,
      ...(sentences === undefined ? {} : { sentences }),
    });
    assert.doesNotMatch(headline.text, /\bfive\b/i, `${sentences}: ${headline.text}`);
    assert.match(headline.text, /\beight\b/, headline.text);
    // The summary still tells the earlier figure, with the update after it when there is room.
    assert.match(summary[0]?.text ?? '', /^Five people have died/);
    if (sentences === undefined) assert.ok(summary.some((sentence) => /risen to eight/.test(sentence.text)));
  }
});

test('a headline whose cut already leaves out the updated figure stays on the story’s lead event', () => {
  const story = tollUpdateStory(
    'A ferry sank off Varn Point after striking a reef on Friday morning, killing five people, the coastguard said.',
    'five people',
    5,
  );
  const { headline } = summarizeStory(story.articles, story.facts, {
    conflicts: story.conflicts,
    reportLabels: false,
  });
  assert.match(headline.text, /^A ferry sank off Varn Point after striking a reef\b/, headline.text);
  assert.doesNotMatch(headline.text, /\bfive\b/i, headline.text);
});

test('a headline drops the clause that gives an updated figure when the event reads without it', () => {
  const story = tollUpdateStory(
    'A ferry sank off Varn Point, killing five people, two of them children, the coastguard said.',
    'five people',
    5,
  );
  const { headline } = summarizeStory(story.articles, story.facts, {
    conflicts: story.conflicts,
    reportLabels: false,
  });
  assert.equal(headline.text, 'A ferry sank off Varn Point, coastguard says');
});

/** Three invented outlets that all carry one quotation, two of which also report the event. */
function quotedStory(titles: readonly string[] = []) {
  const texts = [
    '“The gates stay shut until the river drops,” Marit Oyen said. Engineer Marit Oyen closed the Halden flood gates on Monday.',
    '“The gates stay shut until the river drops,” Oyen said on Monday. The Halden flood gates were closed by Marit Oyen.',
    '“The gates stay shut until the river drops,” the engineer said.',
  ];
  const articles = texts.map((text, index) =>
    createTestArticle(text, {
      id: `o${index}`,
      outlet: `Outlet ${index}`,
      ...(titles[index] === undefined ? {} : { title: titles[index] }),
    }),
  );
  const quote: Fact = {
    id: 'quote',
    text: 'x',
    articles: ['o0', 'o1', 'o2'],
    sources: 3,
    citations: articles.map((article) => citation(article, 0)),
  };
  const gates: Fact = {
    id: 'gates',
    text: 'x',
    articles: ['o0', 'o1'],
    sources: 2,
    citations: [citation(articles[0] as Article, 1), citation(articles[1] as Article, 1)],
  };
  return { articles, quote, gates };
}

test('a one-sentence summary that is a quotation still gets a headline that is no quotation', () => {
  const { articles, quote, gates } = quotedStory();
  for (const facts of [[quote, gates], []]) {
    const { headline, summary } = summarizeStory(articles, facts, { sentences: 1, reportLabels: false });
    assert.equal(summary.length, 1);
    assert.doesNotMatch(headline.text, /["“”]|stay shut/, `${facts.length} facts: ${headline.text}`);
    assert.match(headline.text, /flood gates/, headline.text);
  }
});

test('a story whose facts are all quotations takes its headline from the outlets’ titles, in neutral form', () => {
  const { articles, quote } = quotedStory([
    'Disastrous Halden flood gates stay closed',
    'Halden flood gates stay closed',
  ]);
  const { headline } = summarizeStory(articles, [quote], { sentences: 1, reportLabels: false });
  assert.doesNotMatch(headline.text, /["“”]|stay shut until|disastrous/i, headline.text);
  assert.match(headline.text, /flood gates/, headline.text);
});

test("a fact two outlets share is told in the plainer outlet's wording, not in a loaded outlet's paraphrase", () => {
  // The tabloid's paraphrase carries slant the lexicons do not weigh ("branded", "demanded"), but the rest of its
  // article is plainly loaded; the agency's plain wording of the same fact should be the one the summary borrows.
  const agency = createTestArticle(
    'Fisheries Minister Lorn Abbet resigned on Monday after auditors found irregular payments to a trawler firm. ' +
      'Abbet denied any wrongdoing in a short statement. ' +
      'Prime Minister Ivo Starr accepted the resignation on Monday evening. ' +
      'Opposition leader Mira Kell called for an inquiry into the payments.',
    { id: 'agency', outlet: 'Westmark Wire' },
  );
  const tabloid = createTestArticle(
    'Crooked minister Lorn Abbet finally quit in disgrace on Monday after his shameless cash grab was exposed. ' +
      'Opposition leader Mira Kell branded the affair a "national disgrace" and demanded a full inquiry into the payments. ' +
      'The pathetic Abbet whined about a witch hunt. ' +
      'Spineless Prime Minister Ivo Starr meekly accepted the resignation.',
    { id: 'tabloid', outlet: 'The Daily Thunder' },
  );
  const facts: Fact[] = [
    {
      id: 'f1',
      text: 'Opposition leader Mira Kell called for an inquiry into the payments.',
      articles: ['agency', 'tabloid'],
      sources: 2,
      citations: [citation(agency, 3), citation(tabloid, 1)],
    },
  ];
  const { summary } = summarizeStory([agency, tabloid], facts, { reportLabels: false });
  const inquiry = summary.find((sentence) => /inquiry/.test(sentence.text));
  assert.ok(inquiry, summary.map((sentence) => sentence.text).join(' | '));
  assert.doesNotMatch(inquiry.text, /branded|demanded/);
  assert.match(inquiry.text, /called for an inquiry/);
  assert.deepEqual(inquiry.citations.map((item) => item.article).sort(), ['agency', 'tabloid']);
});

test('a count two sources dispute is told in the wording that gives both counts, not one source’s alone', () => {
  const post = createTestArticle(
    'Police fired tear gas at a march in Tarrow on Saturday, where dock workers are on strike over pay. ' +
      'Organisers said about 8,000 people joined the march. ' +
      'Police put the number at 2,500. ' +
      'Nine people were arrested, police said. ' +
      'The union said talks could resume next week.',
    { id: 'post', outlet: 'Tarrow Post' },
  );
  const times = createTestArticle(
    'Police fired tear gas on Saturday as a march by striking dock workers reached the Tarrow port gates. ' +
      'The march began at noon and crossed the old bridge. ' +
      'Organisers counted 8,000 marchers; police said 2,500 people took part. ' +
      'Nine people were arrested, police said.',
    { id: 'times', outlet: 'Vell Times' },
  );
  const facts: Fact[] = [
    {
      id: 'f1',
      text: 'Police fired tear gas at a march in Tarrow on Saturday.',
      articles: ['post', 'times'],
      sources: 2,
      citations: [citation(post, 0), citation(times, 0)],
    },
    {
      id: 'f2',
      text: 'Organisers said about 8,000 people joined the march.',
      articles: ['post', 'times'],
      sources: 2,
      citations: [citation(post, 1), citation(times, 2)],
    },
  ];
  const valueIn = (article: Article, sentence: number, value: string) => {
    const start = article.text.indexOf(value);
    return { article: article.id, sentence, start, end: start + value.length };
  };
  const conflicts: Conflict[] = [
    {
      kind: 'number',
      about: 'how many people',
      sides: [
        {
          value: 'about 8,000 people',
          articles: ['post'],
          citations: [valueIn(post, 1, 'about 8,000 people')],
        },
        { value: '2,500 people', articles: ['times'], citations: [valueIn(times, 2, '2,500 people')] },
      ],
    },
  ];
  const { summary } = summarizeStory([post, times], facts, { conflicts });
  const texts = summary.map((sentence) => sentence.text);
  const count = texts.find((text) => /8,000/.test(text));
  assert.ok(count, texts.join(' | '));
  assert.match(count, /2,500/);
  assert.ok(!texts.some((text) => /Reports differ/.test(text)), texts.join(' | '));
});

test('a summary sentence does not cite a sentence that gives another figure of the same thing', () => {
  const herald = createTestArticle(
    'The Kestrel bridge was closed on Monday after cracks were found in its deck. ' +
      'Repairs could cost as much as 11 million crowns, according to an estimate by the council engineer.',
    { id: 'herald', outlet: 'Veland Herald' },
  );
  const times = createTestArticle(
    'The Kestrel bridge was closed on Monday after engineers found cracks in its deck. ' +
      'A council report puts the cost of the repairs at 9 million crowns.',
    { id: 'times', outlet: 'Northmoor Times' },
  );
  const facts: Fact[] = [
    {
      id: 'f1',
      text: 'The Kestrel bridge was closed on Monday after cracks were found in its deck.',
      articles: ['herald', 'times'],
      sources: 2,
      citations: [citation(herald, 0), citation(times, 0)],
    },
    {
      id: 'f2',
      text: 'Repairs could cost as much as 11 million crowns, according to an estimate by the council engineer.',
      articles: ['herald', 'times'],
      sources: 2,
      citations: [citation(herald, 1), citation(times, 1)],
    },
  ];
  const { summary } = summarizeStory([herald, times], facts, { sentences: 4 });
  const cost = summary.find((sentence) => /million crowns/.test(sentence.text));
  assert.ok(cost, summary.map((sentence) => sentence.text).join('\n'));
  const figure = /\b(\d+) million crowns/.exec(cost.text)?.[1];
  for (const cited of cost.citations) {
    const article = cited.article === 'herald' ? herald : times;
    const text = article.text.slice(cited.start, cited.end);
    assert.match(text, new RegExp(`\\b${figure} million crowns`), `${cost.text} cites "${text}"`);
  }
});

test('a disputed percentage before the noun it is a share of goes with its figure, and the fact stays', () => {
  const herald = createTestArticle(
    'Bus drivers in Varn City ended their four-day strike on Friday after the transport office agreed a pay deal that gives drivers a 5.5 percent raise. ' +
      'Buses will run on all routes from Saturday.',
    { id: 'herald', outlet: 'Varn City Herald', published: '2026-03-06' },
  );
  const post = createTestArticle(
    'Bus drivers in Varn City ended their four-day strike on Friday after the transport office agreed a pay deal that gives them an 8 percent raise. ' +
      'Full service resumes on Saturday.',
    { id: 'post', outlet: 'Orrin Evening Post', published: '2026-03-06' },
  );
  const conflicts: Conflict[] = [
    {
      kind: 'number',
      about: 'raise',
      sides: [
        { value: '5.5 percent', articles: ['herald'], citations: [at(herald, '5.5 percent')] },
        { value: '8 percent', articles: ['post'], citations: [at(post, '8 percent')] },
      ],
    },
  ];
  const facts: Fact[] = [
    {
      id: 'deal',
      text: 'Bus drivers in Varn City ended their four-day strike on Friday.',
      articles: ['herald', 'post'],
      sources: 2,
      citations: [citation(herald, 0), citation(post, 0)],
    },
  ];
  const { summary } = summarizeStory([herald, post], facts, { conflicts, reportLabels: false });
  const stated = summary.filter((sentence) => !sentence.text.startsWith('Reports differ on'));
  assert.ok(
    stated.some((sentence) => /ended their four-day strike/.test(sentence.text)),
    JSON.stringify(summary.map((sentence) => sentence.text)),
  );
  for (const sentence of stated) assert.doesNotMatch(sentence.text, /percent/, sentence.text);
  assert.ok(
    summary.some((sentence) =>
      /Reports differ on the raise: 5\.5 percent .* or 8 percent/.test(sentence.text),
    ),
  );
});

test('a sentence whose disputed figure is dropped cites every outlet that tells what is left', () => {
  for (const [low, high] of [
    ['5.5 percent', '8 percent'],
    ['5.5%', '8%'],
  ] as const) {
    const gazette = createTestArticle(
      `Ferry crews in Porthallow ended their week-long stoppage on Tuesday after the harbour board agreed a contract that gives crews a ${low} raise. ` +
        'Sailings to the Tarrow islands resume on Wednesday.',
      { id: 'gazette', outlet: 'Porthallow Gazette', published: '2026-05-12' },
    );
    const bulletin = createTestArticle(
      `Ferry crews in Porthallow ended their week-long stoppage on Tuesday after the harbour board agreed a contract that gives them a ${high} raise. ` +
        'The first sailing leaves at dawn on Wednesday.',
      { id: 'bulletin', outlet: 'Tarrow Isles Bulletin', published: '2026-05-12' },
    );
    const conflicts: Conflict[] = [
      {
        kind: 'number',
        about: 'raise',
        sides: [
          { value: low, articles: ['gazette'], citations: [at(gazette, low)] },
          { value: high, articles: ['bulletin'], citations: [at(bulletin, high)] },
        ],
      },
    ];
    const facts: Fact[] = [
      {
        id: 'deal',
        text: 'Ferry crews in Porthallow ended their week-long stoppage on Tuesday.',
        articles: ['gazette', 'bulletin'],
        sources: 2,
        citations: [citation(gazette, 0), citation(bulletin, 0)],
      },
    ];
    const { summary } = summarizeStory([gazette, bulletin], facts, { conflicts, reportLabels: false });
    const lead = summary.find((sentence) => /ended their week-long stoppage/.test(sentence.text));
    assert.ok(lead, JSON.stringify(summary.map((sentence) => sentence.text)));
    assert.doesNotMatch(lead.text, /\d/, lead.text);
    assert.deepEqual(
      lead.citations.map((cited) => cited.article).sort(),
      ['bulletin', 'gazette'],
      `${lead.text} cites ${JSON.stringify(lead.citations)}`,
    );
  }
});

test('a quotation the outlets give to different speakers is not stated as one speaker’s settled words', () => {
  const ledger = createTestArticle(
    'The Varrow county council voted on Monday to close the Elmside library for good. ' +
      '"This closure takes books away from the children who need them most," councillor Maren Tove said.',
    { id: 'ledger', outlet: 'Varrow Ledger' },
  );
  const echo = createTestArticle(
    'Councillors in Varrow voted on Monday to close the Elmside library permanently. ' +
      '"This closure takes books away from the children who need them most," Tove said after the vote.',
    { id: 'echo', outlet: 'Elmside Echo' },
  );
  const star = createTestArticle(
    'Varrow county council voted on Monday to shut the Elmside library for good. ' +
      '"This closure takes books away from the children who need them most," library chief Jonas Ekberg said.',
    { id: 'star', outlet: 'Varrow Evening Star' },
  );
  const articles = [ledger, echo, star];
  const words = 'This closure takes books away from the children who need them most';
  const quoted = (article: Article) => {
    const start = article.text.indexOf(words);
    return { article: article.id, sentence: 1, start, end: start + words.length };
  };
  const conflicts: Conflict[] = [
    {
      kind: 'speaker',
      about: 'who said "This closure takes books away from the …"',
      sides: [
        { value: 'Maren Tove', articles: ['ledger', 'echo'], citations: [quoted(ledger), quoted(echo)] },
        { value: 'Jonas Ekberg', articles: ['star'], citations: [quoted(star)] },
      ],
    },
  ];
  const facts: Fact[] = [
    {
      id: 'vote',
      text: 'The Varrow county council voted on Monday to close the Elmside library for good.',
      articles: ['ledger', 'echo', 'star'],
      sources: 3,
      citations: [citation(ledger, 0), citation(echo, 0), citation(star, 0)],
    },
    {
      id: 'quote',
      text: '"This closure takes books away from the children who need them most," councillor Maren Tove said.',
      articles: ['ledger', 'echo', 'star'],
      sources: 3,
      citations: [citation(ledger, 1), citation(echo, 1), citation(star, 1)],
    },
  ];
  const { summary } = summarizeStory(articles, facts, { conflicts, reportLabels: false });
  const texts = JSON.stringify(summary.map((sentence) => sentence.text));
  // Wherever the quotation is stated with a speaker, it cites only the outlets that give it to that speaker,
  // and another sentence reports who gives it to whom.
  const stating = summary.filter((sentence) => sentence.text.includes('takes books away'));
  assert.ok(stating.length > 0, texts);
  for (const sentence of stating) {
    const tove = /\bTove\b/.test(sentence.text);
    const ekberg = /\bEkberg\b/.test(sentence.text);
    if (tove && ekberg) continue;
    const cited = new Set(sentence.citations.map((cite) => cite.article));
    if (tove) assert.ok(!cited.has('star'), `${sentence.text} cites the outlet that gives it to Ekberg`);
    if (ekberg) assert.ok(!cited.has('ledger') && !cited.has('echo'), sentence.text);
  }
  assert.ok(
    summary.some(
      (sentence) =>
        /Maren Tove \(Varrow Ledger and Elmside Echo\)/.test(sentence.text) &&
        /Jonas Ekberg \(Varrow Evening Star\)/.test(sentence.text),
    ),
    texts,
  );
  // A length keeps the quotation and the report of who said it together, or leaves both out.
  for (const sentences of [1, 2, 3]) {
    const short = summarizeStory(articles, facts, { conflicts, reportLabels: false, sentences }).summary;
    const shown = short.map((sentence) => sentence.text);
    const reportsSpeaker = shown.some((text) => text.startsWith('Reports differ on who said'));
    const quotes = shown.some(
      (text) => !text.startsWith('Reports differ') && text.includes('takes books away'),
    );
    assert.equal(reportsSpeaker, quotes, `sentences: ${sentences}: ${JSON.stringify(shown)}`);
    assert.ok(short.length <= sentences, JSON.stringify(shown));
  }
});

test('a lead with a dateline that gives a date or a day is summarised without it', () => {
  const leads = [
    'VARN CITY, Dec. 6 (Harbour Wire) — The city council opened a night ferry service to Gull Island on Monday.',
    'BRACKWATER, Tuesday, Dec. 7 — The city council opened a night ferry service to Gull Island on Monday.',
  ];
  const articles = leads.map((lead, index) =>
    createTestArticle(`${lead} Fares will match the day service.`, {
      id: `a${index}`,
      outlet: index === 0 ? 'Varn City Herald' : 'Orrin Evening Post',
    }),
  );
  const facts: Fact[] = [
    {
      id: 'ferry',
      text: 'The city council opened a night ferry service to Gull Island on Monday.',
      articles: ['a0', 'a1'],
      sources: 2,
      citations: articles.map((article) => citation(article, 0)),
    },
  ];
  const { headline, summary } = summarizeStory(articles, facts, { sentences: 1, reportLabels: false });
  assert.equal(summary[0]?.text, 'The city council opened a night ferry service to Gull Island on Monday.');
  assert.doesNotMatch(headline.text, /VARN|BRACKWATER|Dec\./);
});

test('a summary sentence does not cite a sentence that counts the same people with other number words', () => {
  const gazette = createTestArticle(
    'A wildfire on Tallis Ridge forced residents of Brenmoor from their homes on Friday. ' +
      'Five people were injured, three of them firefighters, the regional fire service said.',
    { id: 'gazette', outlet: 'Brenmoor Gazette' },
  );
  const post = createTestArticle(
    'A wildfire on Tallis Ridge forced residents of Brenmoor from their homes on Friday night. ' +
      'Seven people were injured, four of them firefighters, the regional fire service said.',
    { id: 'post', outlet: 'Norrin Evening Post' },
  );
  const facts: Fact[] = [
    {
      id: 'f1',
      text: 'A wildfire on Tallis Ridge forced residents of Brenmoor from their homes on Friday.',
      articles: ['gazette', 'post'],
      sources: 2,
      citations: [citation(gazette, 0), citation(post, 0)],
    },
    {
      id: 'f2',
      text: 'Five people were injured, three of them firefighters, the regional fire service said.',
      articles: ['gazette', 'post'],
      sources: 2,
      citations: [citation(gazette, 1), citation(post, 1)],
    },
  ];
  const { summary } = summarizeStory([gazette, post], facts, { sentences: 4 });
  const injured = summary.find((sentence) => /injured/.test(sentence.text));
  assert.ok(injured, summary.map((sentence) => sentence.text).join('\n'));
  assert.match(injured.text, /three of them firefighters/);
  assert.deepEqual(
    injured.citations.map((cited) => cited.article),
    ['gazette'],
  );
});

test('a later report that updates a figure is told in time order, after what was reported before it', () => {
  const early = createTestArticle(
    'Five people have died in the Kessa ferry sinking off Varn Point, the coastguard said. Divers searched the wreck of the Kessa ferry through the night.',
    { id: 'early', outlet: 'Varn Gazette', published: '2026-05-10T08:00:00Z' },
  );
  const middle = createTestArticle(
    'The ferry operator suspended its Varn Point service and opened an inquiry into the sinking of the Kessa.',
    { id: 'middle', outlet: 'Varn Radio', published: '2026-05-11T09:00:00Z' },
  );
  const later = createTestArticle(
    'The number of people killed in the Kessa ferry sinking has risen to eight, the coastguard said. Salvage crews reached the wreck of the Kessa.',
    { id: 'later', outlet: 'Orla Herald', published: '2026-05-12T18:00:00Z' },
  );
  const conflicts: Conflict[] = [
    {
      kind: 'number',
      about: 'how many people',
      sides: [
        { value: 'Five people (5)', articles: ['early'], citations: [at(early, 'Five people')] },
        { value: 'eight (8)', articles: ['later'], citations: [at(later, 'eight')] },
      ],
    },
  ];
  const facts: Fact[] = [
    { id: 'toll', text: 'x', articles: ['early'], sources: 1, citations: [citation(early, 0)] },
    { id: 'inquiry', text: 'x', articles: ['middle'], sources: 1, citations: [citation(middle, 0)] },
  ];
  const { summary } = summarizeStory([early, middle, later], facts, { conflicts, reportLabels: false });
  const texts = summary.map((sentence) => sentence.text);
  const five = texts.findIndex((text) => text.startsWith('Five people have died'));
  const inquiry = texts.findIndex((text) => text.includes('opened an inquiry'));
  const eight = texts.findIndex((text) => text.includes('risen to eight'));
  assert.ok(five === 0 && inquiry > five && eight > inquiry, texts.join('\n'));
});

test('no summary sentence opens on a word pointing back to a sentence it was not taken with', () => {
  const brenn = (text: string): Entity[] => [
    {
      id: 'e0',
      name: 'Ida Brenn',
      key: 'ida brenn',
      type: 'person',
      mentions: [...text.matchAll(/Brenn/g)].map((match) => ({
        start: match.index,
        end: match.index + 5,
        text: 'Brenn',
        labels: [],
      })),
    },
  ];
  const gazette =
    'The Orvel council approved a new ferry pier on Monday after two years of debate. ' +
    'Mayor Ida Brenn backed the pier from the start of the long debate. ' +
    'She said the ferry would cut the crossing to Gull Island to forty minutes. ' +
    'They also voted to raise harbour fees by a tenth from next spring. ' +
    'But the pier will cost nine million crowns, more than first planned.';
  const herald =
    'Orvel councillors approved a ferry pier on Monday, ending two years of debate. ' +
    'Mayor Ida Brenn has backed the pier since the debate began. ' +
    'She said the ferry would cut the crossing to Gull Island to forty minutes. ' +
    'They also voted to raise harbour fees by a tenth from next spring. ' +
    'And the pier will cost nine million crowns, more than first planned.';
  const articles = [
    createTestArticle(gazette, { id: 'gazette', outlet: 'Orvel Gazette', entities: brenn(gazette) }),
    createTestArticle(herald, { id: 'herald', outlet: 'Orvel Herald', entities: brenn(herald) }),
  ];
  const { summary } = summarizeStory(articles, [], { sentences: 6 });
  assert.ok(summary.length >= 3);
  for (const sentence of summary)
    assert.doesNotMatch(sentence.text, /^(?:he|she|they|it|but|and|also)\b/i, sentence.text);
});

test('a wording whose opening clause goes (neutralised or compressed) and leaves a pronoun first is not used', () => {
  const text =
    'A storm struck the Orvel coast on Sunday night, flooding the harbour road and closing the ferry for a day. ' +
    'While the Orvel harbour board claims that only the old pier was damaged, it appears that the storm also broke the new sea wall at Gull Point.';
  const { summary } = summarizeStory(
    [createTestArticle(text, { id: 'gazette', outlet: 'Orvel Gazette' })],
    [],
    {
      sentences: 2,
    },
  );
  assert.ok(summary.length >= 1);
  for (const sentence of summary) assert.doesNotMatch(sentence.text, /^it\b/i, sentence.text);
});

test("quotation marks written the old typewriter way (`` and '') come out as quotation marks", () => {
  const gazette = createTestArticle(
    "The Varn harbour board approved a new ferry berth on Monday.\n\n``We will open it next summer,'' board chair Ida Brenn said.",
    { id: 'gazette', outlet: 'Varn Gazette' },
  );
  const herald = createTestArticle(
    "Varn's harbour board approved a new ferry berth on Monday.\n\n``We will open it next summer,'' chair Ida Brenn said after the vote.",
    { id: 'herald', outlet: 'Orla Herald' },
  );
  const { summary, headline } = summarizeStory([gazette, herald], []);
  const texts = [headline.text, ...summary.map((sentence) => sentence.text)];
  const quoted = texts.find((text) => /open it next summer/.test(text));
  assert.ok(quoted, texts.join('\n'));
  assert.match(quoted, /“We will open it next summer,” /);
  for (const text of texts) assert.doesNotMatch(text, /``|''/, text);
});

test('a caveat that more outlets carry than the finding does not open the summary: the finding does', () => {
  const texts = [
    'The Ostrel College study of tram riders cannot show that riding trams protects the heart. Daily tram riders in Pellam had 15 percent fewer heart attacks than drivers over eight years.',
    'The Ostrel College study of tram riders cannot show that riding trams protects the heart. Regular riders on Pellam trams suffered fewer heart attacks, the college said.',
    'The Ostrel College study of tram riders cannot show that riding trams protects the heart, its authors said.',
  ];
  const articles = texts.map((text, index) =>
    createTestArticle(text, { id: `tram-${index}`, outlet: `Pellam Outlet ${index}` }),
  );
  const [a, b, c] = articles as [Article, Article, Article];
  const facts: Fact[] = [
    {
      id: 'caveat',
      text: 'The study cannot show that riding trams protects the heart.',
      articles: articles.map((article) => article.id),
      sources: 3,
      citations: [citation(a, 0), citation(b, 0), citation(c, 0)],
    },
    {
      id: 'finding',
      text: 'Tram riders had fewer heart attacks.',
      articles: [a.id, b.id],
      sources: 2,
      citations: [citation(a, 1), citation(b, 1)],
    },
  ];
  const { summary, headline } = summarizeStory(articles, facts);
  assert.match(summary[0]?.text ?? '', /fewer heart attacks/u, JSON.stringify(summary));
  assert.ok(
    summary.some((sentence) => /cannot show/u.test(sentence.text)),
    'the caveat is still told',
  );
  assert.match(headline.text, /fewer heart attacks/u);
});

test('a lead left as "people marched" once its disputed count goes gives way to the event, in the summary and the headline', () => {
  const echo = createTestArticle(
    'Organisers said 12,000 people marched through Tarnby on Sunday against the closure of the bus depot. ' +
      'Police used tear gas to clear the depot gates in Tarnby on Sunday evening.',
    { id: 'echo', outlet: 'Tarnby Echo', published: '2029-06-03' },
  );
  const courier = createTestArticle(
    'About 3,000 people marched through Tarnby on Sunday against the closure of the bus depot, police said. ' +
      'Police used tear gas to clear the depot gates in Tarnby on Sunday evening.',
    { id: 'courier', outlet: 'Lusk Courier', published: '2029-06-03' },
  );
  const facts: Fact[] = [
    {
      id: 'crowd',
      text: 'Organisers said 12,000 people marched through Tarnby on Sunday against the closure of the bus depot.',
      articles: ['echo', 'courier'],
      sources: 2,
      citations: [citation(echo, 0), citation(courier, 0)],
    },
    {
      id: 'gas',
      text: 'Police used tear gas to clear the depot gates in Tarnby on Sunday evening.',
      articles: ['echo', 'courier'],
      sources: 2,
      citations: [citation(echo, 1), citation(courier, 1)],
    },
  ];
  const conflicts: Conflict[] = [
    {
      kind: 'number',
      about: 'how many people',
      sides: [
        { value: '12,000 people', articles: ['echo'], citations: [at(echo, '12,000 people')] },
        {
          value: 'About 3,000 people',
          articles: ['courier'],
          citations: [at(courier, 'About 3,000 people')],
        },
      ],
    },
  ];
  const { headline, summary } = summarizeStory([echo, courier], facts, { conflicts, reportLabels: false });
  assert.match(summary[0]?.text ?? '', /^Police used tear gas/);
  assert.match(headline.text, /tear gas/);
  assert.doesNotMatch(headline.text, /people marched/i);
  // Organisers' count against the police's: the sources' dispute, told with both.
  assert.ok(summary.some((sentence) => /^Sources differ on how many people: 12,000/.test(sentence.text)));
});

test('a day the tellings of a fact dispute is reported after it even when the wording chosen gives no day', () => {
  const ledger = createTestArticle(
    'Harbour master Edda Lind resigned on Monday, hours before a vote on her future.',
    {
      id: 'ledger',
      outlet: 'Alder Ledger',
      published: '2026-03-04',
    },
  );
  const wire = createTestArticle(
    'Harbour master Edda Lind resigned on Tuesday after two tugs collided in the channel.',
    {
      id: 'wire',
      outlet: 'Kestrel Wire',
      published: '2026-03-04',
    },
  );
  const radio = createTestArticle(
    'Harbour master Edda Lind has resigned after two tugs collided in the channel.',
    {
      id: 'radio',
      outlet: 'Radio Alder',
      published: '2026-03-04',
    },
  );
  const facts: Fact[] = [
    {
      id: 'resigned',
      text: 'Harbour master Edda Lind has resigned after two tugs collided in the channel.',
      articles: ['radio', 'ledger', 'wire'],
      sources: 3,
      citations: [citation(radio, 0), citation(ledger, 0), citation(wire, 0)],
    },
  ];
  const side = (article: Article, value: string) => {
    const start = article.text.indexOf(value);
    return {
      value,
      articles: [article.id],
      citations: [{ article: article.id, sentence: 0, start, end: start + value.length }],
    };
  };
  const conflicts: Conflict[] = [
    { kind: 'date', about: 'day or date', sides: [side(ledger, 'on Monday'), side(wire, 'on Tuesday')] },
  ];
  const { summary } = summarizeStory([radio, ledger, wire], facts, { conflicts, reportLabels: false });
  assert.match(summary[0]?.text ?? '', /has resigned after two tugs collided/);
  assert.ok(
    summary.some((sentence) => /^Reports differ on the day: on Monday .* or on Tuesday/.test(sentence.text)),
    JSON.stringify(summary.map((sentence) => sentence.text)),
  );
});

test('a day the tellings of a fact dispute is not reported after a wording of another of their events', () => {
  const make = (id: string, outlet: string, text: string): Article =>
    createTestArticle(text, { id, outlet, published: '2026-03-04' });
  const ledger = make(
    'ledger',
    'Alder Ledger',
    'The repairs could cost 85 million crowns, and the board will meet on Friday to decide.',
  );
  const wire = make(
    'wire',
    'Kestrel Wire',
    'The repairs could cost 85 million crowns, and the board will meet next Thursday to decide.',
  );
  const radio = make('radio', 'Radio Alder', 'The repairs to the Halvard dam could cost 85 million crowns.');
  const facts: Fact[] = [
    {
      id: 'repairs',
      text: 'The repairs to the Halvard dam could cost 85 million crowns.',
      articles: ['radio', 'ledger', 'wire'],
      sources: 3,
      citations: [citation(radio, 0), citation(ledger, 0), citation(wire, 0)],
    },
  ];
  const side = (article: Article, value: string) => {
    const start = article.text.indexOf(value);
    return {
      value,
      articles: [article.id],
      citations: [{ article: article.id, sentence: 0, start, end: start + value.length }],
    };
  };
  const conflicts: Conflict[] = [
    { kind: 'date', about: 'day or date', sides: [side(ledger, 'on Friday'), side(wire, 'next Thursday')] },
  ];
  const { summary } = summarizeStory([radio, ledger, wire], facts, { conflicts, reportLabels: false });
  assert.match(summary[0]?.text ?? '', /repairs to the Halvard dam/);
  assert.ok(
    !summary.some((sentence) => /^Reports differ on the day/.test(sentence.text)),
    JSON.stringify(summary.map((sentence) => sentence.text)),
  );
});

test('a summary sentence cites only the fact’s sentences that say what it says, not one chained on through another', () => {
  // Alignment may join a sentence to a fact through one telling it loosely resembles: the Herald's recount date
  // shares "recount" with the mayor's reply and nothing else. The summary sentence that tells the reply cites the
  // two replies, and the one that tells the date cites the Herald alone.
  const herald = createTestArticle(
    'A recount of the Kessby mayoral vote will begin on Friday morning, the electoral office said. ' +
      'Turnout in the town was the lowest in twenty years.',
    { id: 'herald', outlet: 'Kessby Herald' },
  );
  const post = createTestArticle(
    'Mayor Edvin Sorle said he respected the right to a recount and expected to win it. ' +
      'Sorle has led the town council since 2016.',
    { id: 'post', outlet: 'Valley Post' },
  );
  const radio = createTestArticle(
    'Sorle said he respected the right of his challenger to a recount and expected to win it again. ' +
      'Ballot boxes were sealed overnight at the town library.',
    { id: 'radio', outlet: 'Kessby Radio' },
  );
  const facts: Fact[] = [
    {
      id: 'f1',
      text: 'Mayor Edvin Sorle said he respected the right to a recount and expected to win it.',
      articles: ['herald', 'post', 'radio'],
      sources: 3,
      citations: [citation(herald, 0), citation(post, 0), citation(radio, 0)],
    },
  ];
  const articles = [herald, post, radio];
  const textOf = (cited: { article: string; start: number; end: number }): string => {
    const article = articles.find((candidate) => candidate.id === cited.article);
    return article?.text.slice(cited.start, cited.end) ?? '';
  };
  const { summary } = summarizeStory(articles, facts, { sentences: 1, reportLabels: false });
  const [reply] = summary;
  assert.ok(reply && /respected/.test(reply.text), summary.map((sentence) => sentence.text).join('\n'));
  assert.deepEqual(reply.citations.map(textOf).sort(), [
    'Mayor Edvin Sorle said he respected the right to a recount and expected to win it.',
    'Sorle said he respected the right of his challenger to a recount and expected to win it again.',
  ]);
  const dated = summarizeStory(
    articles,
    [{ ...facts[0]!, text: 'A recount will begin on Friday morning.' }],
    {
      sentences: 1,
      reportLabels: false,
    },
  ).summary[0];
  assert.ok(dated && /Friday/.test(dated.text), dated?.text);
  assert.deepEqual(dated.citations.map(textOf), [
    'A recount of the Kessby mayoral vote will begin on Friday morning, the electoral office said.',
  ]);
});

test('a lead that lost its disputed count is not followed by the day dispute as the opening: "the day" of nothing yet told', () => {
  const wire = createTestArticle(
    'Police cleared the protest camp on Marl Fell on Wednesday, arresting 14 protesters, among them Ilse Marr. ' +
      'Police chief Harald Venn said the operation had been calm.',
    { id: 'wire', outlet: 'Calder Press Agency', published: '2026-12-03' },
  );
  const radio = createTestArticle(
    'Police said 14 people had been arrested, among them Ilse Marr. ' +
      'Police chief Harald Venn said the operation had been calm.',
    { id: 'radio', outlet: 'Fell Radio', published: '2026-12-03' },
  );
  const herald = createTestArticle(
    'Police arrested 22 people on Tuesday when they broke up the camp on Marl Fell. ' +
      'Police chief Harald Venn said the operation had been calm.',
    { id: 'herald', outlet: 'Tolvern Herald', published: '2026-12-03' },
  );
  const facts: Fact[] = [
    {
      id: 'f1',
      text: 'Police said 14 people had been arrested, among them Ilse Marr.',
      articles: ['radio', 'wire'],
      sources: 2,
      citations: [citation(radio, 0), citation(wire, 0)],
    },
    {
      id: 'f2',
      text: 'Police chief Harald Venn said the operation had been calm.',
      articles: ['wire', 'radio', 'herald'],
      sources: 3,
      citations: [citation(wire, 1), citation(radio, 1), citation(herald, 1)],
    },
  ];
  const valueIn = (article: Article, value: string) => {
    const start = article.text.indexOf(value);
    return { article: article.id, sentence: 0, start, end: start + value.length };
  };
  const conflicts: Conflict[] = [
    {
      kind: 'number',
      about: 'how many people arrested',
      sides: [
        { value: '22 people', articles: ['herald'], citations: [valueIn(herald, '22 people')] },
        {
          value: '14 people',
          articles: ['wire', 'radio'],
          citations: [valueIn(wire, '14 protesters'), valueIn(radio, '14 people')],
        },
      ],
    },
    {
      kind: 'date',
      about: 'day or date',
      sides: [
        { value: 'on Tuesday', articles: ['herald'], citations: [valueIn(herald, 'on Tuesday')] },
        { value: 'on Wednesday', articles: ['wire'], citations: [valueIn(wire, 'on Wednesday')] },
      ],
    },
  ];
  const { summary } = summarizeStory([wire, radio, herald], facts, { conflicts, reportLabels: false });
  const texts = summary.map((sentence) => sentence.text);
  const day = texts.findIndex((text) => text.startsWith('Reports differ on the day'));
  assert.ok(day > 0, texts.join(' | '));
  assert.doesNotMatch(texts[0] ?? '', /^Reports differ/, texts.join(' | '));
});

test('a lead left thin by its disputed count, with no event among the chosen, gives way to an event beyond the length', () => {
  const wire = createTestArticle(
    'Police said 14 people had been arrested on Marl Fell. ' +
      'Police chief Harald Venn said the operation had been calm.',
    { id: 'wire', outlet: 'Calder Press Agency', published: '2026-12-03' },
  );
  const radio = createTestArticle(
    'Police said 14 people had been arrested on Marl Fell. ' +
      'Police chief Harald Venn said the operation had been calm. ' +
      'Police have cleared the protest camp on Marl Fell that had blocked the quarry road since October.',
    { id: 'radio', outlet: 'Fell Radio', published: '2026-12-03' },
  );
  const herald = createTestArticle(
    'Police chief Harald Venn said the operation had been calm. ' +
      'Residents of the valley are divided over the quarry. ' +
      'Police arrested 22 people when they broke up the protest camp on Marl Fell that had blocked the quarry road.',
    { id: 'herald', outlet: 'Tolvern Herald', published: '2026-12-03' },
  );
  const facts: Fact[] = [
    {
      id: 'f1',
      text: 'Police said 14 people had been arrested on Marl Fell.',
      articles: ['wire', 'radio'],
      sources: 2,
      citations: [citation(wire, 0), citation(radio, 0)],
    },
    {
      id: 'f2',
      text: 'Police chief Harald Venn said the operation had been calm.',
      articles: ['wire', 'radio'],
      sources: 2,
      citations: [citation(wire, 1), citation(radio, 1)],
    },
    {
      id: 'f3',
      text: 'Police arrested 22 people when they broke up the protest camp on Marl Fell that had blocked the quarry road.',
      articles: ['herald', 'radio'],
      sources: 2,
      citations: [citation(herald, 2), citation(radio, 2)],
    },
  ];
  const valueIn = (article: Article, sentence: number, value: string) => {
    const start = article.text.indexOf(value);
    return { article: article.id, sentence, start, end: start + value.length };
  };
  const conflicts: Conflict[] = [
    {
      kind: 'number',
      about: 'how many people arrested',
      sides: [
        { value: '22 people', articles: ['herald'], citations: [valueIn(herald, 2, '22 people')] },
        {
          value: '14 people',
          articles: ['wire', 'radio'],
          citations: [valueIn(wire, 0, '14 people'), valueIn(radio, 0, '14 people')],
        },
      ],
    },
  ];
  const { headline, summary } = summarizeStory([wire, radio, herald], facts, {
    conflicts,
    sentences: 2,
    reportLabels: false,
  });
  const texts = summary.map((sentence) => sentence.text);
  // The radio's telling, which gives no side of the disputed count, is the wording: nothing had to be cut from it.
  assert.match(texts[0] ?? '', /^Police have cleared the protest camp on Marl Fell/, texts.join(' | '));
  assert.match(headline.text, /^Police have cleared the protest camp/);
  assert.ok(texts.some((text) => text.startsWith('Reports differ on how many people were arrested')));
});

test('an empty summary says why: articles whose sentences are all too short give a note naming that', () => {
  const brief = [
    createTestArticle('Rain fell. Boats stayed in.', { id: 'a', outlet: 'Tarn Gazette' }),
    createTestArticle('Storm hits Tarn.', { id: 'b', outlet: 'Tarn Herald' }),
  ];
  const empty = summarizeStory(brief, []);
  assert.deepEqual(empty.summary, []);
  assert.match(String(empty.note), /every sentence of its 2 articles is shorter than 6 words/);
  assert.equal(
    summarizeStory([LANTERN, COURIER], []).note,
    undefined,
    'a summary with sentences has no note',
  );
});

/**
 * The conformance suite every `Store` backend passes (Hono runs all its routers through one shared case file
 * the same way). Backends call `runStoreConformance(name, target)` from their own test file.
 *
 * Run as a script (`--crash-writer LOCATION OPTIONS_JSON BATCH`) this file is also the child process that the
 * crash test kills mid-batch: it writes batches forever, printing `stored <ids>` after each commit.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { test } from 'node:test';
import type { TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { Article, StoryReport } from '../src/model/index.js';
import { StoreError, contentId, createTextArticle } from '../src/model/index.js';
import type { Store, StoreOptions } from '../src/store/index.js';
import { LATEST_SCHEMA_VERSION, openStore } from '../src/store/index.js';
import { createApp } from '../src/server/index.js';
import { requireService } from './helpers/require-service.js';

/** A fresh, empty database for one test, and how to remove it afterwards. */
export interface ConformanceDatabase {
  location: string;
  options: StoreOptions;
  cleanup(): Promise<void>;
}

/** How the suite reaches one backend. */
export interface ConformanceTarget {
  /** Null when the backend can be tested, else why not (the tests then skip, or fail under CI=true). */
  unavailable(): Promise<string | null>;
  fresh(): Promise<ConformanceDatabase>;
}

/** An article with invented content; `key` picks its URL so that versions can share one. */
export function makeArticle(text: string, metadata: Partial<Article> = {}): Article {
  return createTextArticle(text, {
    source: metadata.source ?? `/tmp/in/${contentId(text)}.txt`,
    title: 'Harbour council votes on new ferry line',
    outlet: 'The Gullport Ledger',
    published: '2026-03-04',
    lang: 'en',
    ...metadata,
  });
}

/** A small but complete report with invented content. */
export function makeReport(
  story: string,
  articleIds: string[],
  headline = 'Ferry line approved',
): StoryReport {
  const citation = { article: articleIds[0] ?? 'a', sentence: 0, start: 0, end: 10 };
  return {
    story,
    headline: { text: headline, citations: [citation] },
    summary: [{ text: 'The council approved a ferry line.', citations: [citation] }],
    articles: articleIds.map((id, index) => ({
      id,
      title: `Ferry story ${index}`,
      outlet: index % 2 === 0 ? 'The Gullport Ledger' : 'Bayside Courier',
      published: `2026-03-0${(index % 8) + 1}`,
      source: `/tmp/${id}.txt`,
      sentences: ['The council approved a ferry line.'],
    })),
    coverage: { articles: articleIds.length, independentSources: Math.min(2, articleIds.length) },
    facts: { shared: [], unique: [] },
    conflicts: [],
    quotes: [],
    labels: [],
    loaded: [],
    provenance: { credits: [], copies: [], reuse: [], graph: [], originalSources: [] },
  };
}

/** Registers the whole suite for one backend. */
export function runStoreConformance(name: string, target: ConformanceTarget): void {
  const reason = target.unavailable();

  async function withStore(t: TestContext, body: (store: Store, db: ConformanceDatabase) => Promise<void>) {
    const why = await reason;
    if (!requireService(t, why === null, `${name}: ${why}`)) return;
    const db = await target.fresh();
    const store = await openStore(db.location, db.options);
    try {
      await body(store, db);
    } finally {
      await store.close();
      await db.cleanup();
    }
  }

  void test(`${name}: a new database is migrated to the latest schema`, (t) =>
    withStore(t, async (store) => {
      assert.equal(await store.schemaVersion(), LATEST_SCHEMA_VERSION);
      assert.equal(await store.countArticles(), 0);
      assert.deepEqual(await store.listStories(), []);
    }));

  void test(`${name}: the same content twice is one article`, (t) =>
    withStore(t, async (store) => {
      const article = makeArticle('The council met on Tuesday.\n\nIt voted nine to two.');
      const [first] = await store.putArticles([article]);
      assert.equal(first?.status, 'added');
      assert.equal(first?.version, 1);
      const [again] = await store.putArticles([article]);
      assert.equal(again?.status, 'unchanged');
      assert.equal(again?.id, article.id);
      assert.equal(await store.countArticles(), 1);
      assert.deepEqual(await store.getArticle(article.id), article);
    }));

  void test(`${name}: the same content analysed again refreshes the stored annotations`, (t) =>
    withStore(t, async (store) => {
      const article = makeArticle('The mayor spoke. The council listened.');
      await store.putArticles([article]);
      const reanalysed: Article = {
        ...article,
        sentences: [{ start: 0, end: 16, paragraph: 0 }],
        title: 'Mayor speaks',
      };
      const [result] = await store.putArticles([reanalysed]);
      assert.equal(result?.status, 'unchanged');
      assert.deepEqual(await store.getArticle(article.id), reanalysed);
      assert.equal((await store.listArticles())[0]?.title, 'Mayor speaks');
    }));

  void test(`${name}: the same content from another path is still one article`, (t) =>
    withStore(t, async (store) => {
      const article = makeArticle('A copied file about the ferry.', { source: '/a/ferry.txt' });
      const copy = makeArticle('A copied   file about the ferry.', {
        source: '/b/ferry.txt',
        id: 'other-id',
      });
      const results = await store.putArticles([article, copy]);
      assert.deepEqual(
        results.map((result) => [result.status, result.id]),
        [
          ['added', article.id],
          ['unchanged', article.id],
        ],
      );
      assert.equal(await store.countArticles(), 1);
    }));

  void test(`${name}: the same text from another outlet or URL is a separate article under ID-v1`, (t) =>
    withStore(t, async (store) => {
      const text = 'The Quillmere lock keepers voted on Sunday to end their strike after nine days.';
      const tribune = makeArticle(text, { source: 'wire.jsonl:1', outlet: 'Quillmere Tribune' });
      const echo = makeArticle(text, { source: 'wire.jsonl:2', outlet: 'Dunmoor Echo' });
      const linked = makeArticle(text, {
        source: 'wire.jsonl:3',
        outlet: 'Quillmere Tribune',
        url: 'https://tribune.example/locks-reprint',
      });
      assert.equal(echo.id, tribune.id, 'the id derived from one text is shared');
      const results = await store.putArticles([tribune, echo]);
      const [later] = await store.putArticles([linked]);
      assert.deepEqual(
        [...results, later].map((result) => [result?.status, result?.id, result?.version]),
        [
          ['added', tribune.id, 1],
          ['added', `${tribune.id}-v1`, 1],
          ['added', `${tribune.id}-v2`, 1],
        ],
      );
      assert.equal(await store.countArticles(), 3);
      assert.equal((await store.getArticle(`${tribune.id}-v1`))?.outlet, 'Dunmoor Echo');
      assert.equal((await store.getArticle(`${tribune.id}-v1`))?.id, `${tribune.id}-v1`);
      assert.equal((await store.getArticle(tribune.id))?.outlet, 'Quillmere Tribune');
      // The same inputs again (same id or key, same text) change nothing, whatever order they come in.
      const replay = await store.putArticles([linked, echo, tribune]);
      assert.deepEqual(
        replay.map((result) => [result.status, result.id]),
        [
          ['unchanged', `${tribune.id}-v2`],
          ['unchanged', `${tribune.id}-v1`],
          ['unchanged', tribune.id],
        ],
      );
      assert.equal(await store.countArticles(), 3);
    }));

  void test(`${name}: changed content under the same key is a new version, the old one kept`, (t) =>
    withStore(t, async (store) => {
      const url = 'https://ledger.example/ferry';
      const v1 = makeArticle('The ferry will carry 200 people.', { url });
      const v2 = makeArticle('The ferry will carry 250 people.', { url });
      const [added] = await store.putArticles([v1]);
      const [changed] = await store.putArticles([v2]);
      assert.equal(added?.status, 'added');
      assert.deepEqual(changed, { id: v2.id, key: url, version: 2, status: 'new-version', previous: v1.id });
      assert.equal(await store.countArticles(), 1);
      assert.deepEqual(
        (await store.listArticles()).map((article) => article.id),
        [v2.id],
      );
      assert.equal((await store.getArticle(v1.id))?.text, v1.text);
      const [replayed] = await store.putArticles([v1]);
      assert.equal(replayed?.status, 'unchanged');
      assert.equal(replayed?.version, 1);
      const [third] = await store.putArticles([makeArticle('The ferry will carry 300 people.', { url })]);
      assert.equal(third?.version, 3);
      assert.equal(third?.previous, v2.id);
      assert.deepEqual(
        [...(await store.supersededIds([v1.id, v2.id, third?.id ?? '', 'not-stored']))].sort(),
        [v1.id, v2.id].sort(),
      );
      assert.equal((await store.supersededIds([])).size, 0);
    }));

  void test(`${name}: a reused id with new content keeps both versions`, (t) =>
    withStore(t, async (store) => {
      const first = makeArticle('Version one of the given-id story.', { id: 'given', source: 'in.jsonl:1' });
      const second = makeArticle('Version two of the given-id story.', { id: 'given', source: 'in.jsonl:1' });
      await store.putArticles([first]);
      const [result] = await store.putArticles([second]);
      assert.equal(result?.status, 'new-version');
      assert.notEqual(result?.id, 'given');
      assert.equal((await store.getArticle('given'))?.text, first.text);
      assert.equal((await store.getArticle(result?.id ?? ''))?.text, second.text);
      assert.equal((await store.getArticle(result?.id ?? ''))?.id, result?.id);
    }));

  void test(`${name}: a batch is stored whole or not at all`, (t) =>
    withStore(t, async (store) => {
      const good = makeArticle('A good article in a bad batch.');
      const cyclic = makeArticle('An article that cannot be serialised.') as Article & { self?: unknown };
      cyclic.self = cyclic;
      await assert.rejects(store.putArticles([good, cyclic]), StoreError);
      assert.equal(await store.getArticle(good.id), null);
      await assert.rejects(
        store.putArticles([good, { id: '', source: 'x' } as Article]),
        (error: unknown) => error instanceof StoreError && /article 1/.test(error.message),
      );
      assert.equal(await store.countArticles(), 0);
      const results = await store.putArticles([good]);
      assert.equal(results[0]?.status, 'added');
    }));

  void test(`${name}: text with NUL, lone surrogates and emoji round-trips exactly`, (t) =>
    withStore(t, async (store) => {
      const text = 'Caf\u00e9 \u0000 owner \ud83d\udea2 said \ud800 "yes".';
      const article = makeArticle(text, { title: 'Odd \u0000 title \udfff', outlet: '\u00c9cho du Port' });
      await store.putArticles([article]);
      assert.deepEqual(await store.getArticle(article.id), article);
    }));

  void test(`${name}: a NUL in an id or key is refused by name, and looking one up finds nothing`, (t) =>
    withStore(t, async (store) => {
      const good = makeArticle('The ferry board met on Friday.');
      for (const [field, metadata] of [
        ['id', { id: 'ferry\u0000board' }],
        ['url', { url: 'https://gullport.example/ferry\u0000board' }],
        ['source', { source: '/tmp/in/ferry\u0000board.txt' }],
      ] as const) {
        const bad = makeArticle('The ferry board met on Saturday.', metadata);
        await assert.rejects(
          store.putArticles([good, bad]),
          (error: unknown) =>
            error instanceof StoreError &&
            error.code === 'store-bad-article' &&
            new RegExp(`article 1 .*\`${field}\` without NUL`).test(error.message),
          field,
        );
      }
      assert.equal(await store.countArticles(), 0);
      await store.putArticles([good]);
      await store.putReports([makeReport('story-ferry', [good.id])]);
      assert.equal(await store.getArticle(`${good.id}\u0000`), null);
      assert.deepEqual(await store.getArticles([`${good.id}\u0000`, good.id]), [good]);
      assert.equal(await store.getReport('story-ferry\u0000'), null);
      assert.equal((await store.getReport('story-ferry'))?.story, 'story-ferry');
    }));

  void test(`${name}: a lookup or write with arguments of the wrong type is a store-bad-argument naming it`, (t) =>
    withStore(t, async (store) => {
      const calls: [string, () => Promise<unknown>][] = [
        ['getArticle', () => store.getArticle(5 as unknown as string)],
        ['getReport', () => store.getReport(undefined as unknown as string)],
        ['getArticles', () => store.getArticles(null as unknown as string[])],
        ['getArticles', () => store.getArticles(['ok', 7] as unknown as string[])],
        ['putArticles', () => store.putArticles(null as unknown as Article[])],
      ];
      for (const [method, call] of calls) {
        await assert.rejects(
          call(),
          (error: unknown) =>
            error instanceof StoreError &&
            error.code === 'store-bad-argument' &&
            new RegExp(`^${method}: `).test(error.message),
          method,
        );
      }
    }));

  void test(`${name}: getArticles keeps the order asked and leaves out unknown ids; listArticles pages`, (t) =>
    withStore(t, async (store) => {
      const articles = Array.from({ length: 7 }, (_, index) =>
        makeArticle(`Article number ${index} of seven.`),
      );
      await store.putArticles(articles);
      const ids = articles.map((article) => article.id);
      const asked = [ids[4], 'missing', ids[1], ids[4]] as string[];
      assert.deepEqual(
        (await store.getArticles(asked)).map((article) => article.id),
        [ids[4], ids[1], ids[4]],
      );
      assert.deepEqual(await store.getArticles([]), []);
      const page = await store.listArticles({ limit: 3, offset: 2 });
      assert.deepEqual(
        page.map((article) => article.id),
        ids.slice(2, 5),
      );
      assert.equal(await store.getArticle('missing'), null);
      await assert.rejects(store.listArticles({ limit: -1 }), StoreError);
    }));

  void test(`${name}: concurrent writers of the same content store it once`, (t) =>
    withStore(t, async (store, db) => {
      const other = await openStore(db.location, db.options);
      try {
        const article = makeArticle('Two writers, one article.');
        const results = await Promise.all([
          store.putArticles([article]),
          other.putArticles([article]),
          store.putArticles([article]),
        ]);
        const statuses = results.map((batch) => batch[0]?.status).sort();
        assert.deepEqual(statuses, ['added', 'unchanged', 'unchanged']);
        assert.equal(await other.countArticles(), 1);
      } finally {
        await other.close();
      }
    }));

  void test(`${name}: clustering state and merges survive a reopen`, (t) =>
    withStore(t, async (store, db) => {
      await store.putAssignments(
        [
          {
            assignment: { id: 'a1', story: 's1', score: 0.25 },
            features: { terms: { ferry: 2 } },
            digest: 'd-a1',
          },
          { assignment: { id: 'a2', story: 's2' }, features: null },
        ],
        [],
      );
      await store.putAssignments(
        [
          { assignment: { id: 'a3', story: 's1', copyOf: 'a1', score: 0.97 }, features: ['x', 1] },
          { assignment: { id: 'a2', story: 's1' }, features: { moved: true }, digest: 'd-a2' },
        ],
        [{ from: 's2', into: 's1', article: 'a3' }],
      );
      // Updating a row without a digest keeps the one it had.
      await store.putAssignments(
        [{ assignment: { id: 'a1', story: 's1', score: 0.25 }, features: { terms: { ferry: 2 } } }],
        [],
      );
      await store.putAssignments([], [{ from: 's2', into: 's1', article: 'a3' }]);
      const reopened = await openStore(db.location, db.options);
      try {
        assert.deepEqual(await reopened.loadAssignments(), [
          {
            assignment: { id: 'a1', story: 's1', score: 0.25 },
            features: { terms: { ferry: 2 } },
            digest: 'd-a1',
          },
          { assignment: { id: 'a2', story: 's1' }, features: { moved: true }, digest: 'd-a2' },
          { assignment: { id: 'a3', story: 's1', copyOf: 'a1', score: 0.97 }, features: ['x', 1] },
        ]);
        assert.deepEqual(await reopened.loadMerges(), [{ from: 's2', into: 's1', article: 'a3' }]);
      } finally {
        await reopened.close();
      }
      await assert.rejects(
        store.putAssignments([{ features: 1 } as unknown as { assignment: never; features: unknown }], []),
        StoreError,
      );
    }));

  void test(`${name}: a write made from a stale view of the story stream is refused and changes nothing`, (t) =>
    withStore(t, async (store, db) => {
      const other = await openStore(db.location, db.options);
      try {
        const start = await store.streamPosition();
        const after = await other.putAssignments(
          [{ assignment: { id: 'b1', story: 's-b' }, features: null }],
          [],
          {
            ifAt: start,
          },
        );
        assert.ok(after !== null && after !== start);
        assert.equal(await store.streamPosition(), after);
        // Written from the position read before `other` wrote: refused, nothing stored.
        assert.equal(
          await store.putAssignments([{ assignment: { id: 'c1', story: 's-c' }, features: null }], [], {
            ifAt: start,
          }),
          null,
        );
        assert.equal(await store.putReports([makeReport('s-c', ['c1'])], { ifAt: start }), false);
        assert.deepEqual(
          (await store.loadAssignments()).map((entry) => entry.assignment.id),
          ['b1'],
        );
        assert.equal(await store.getReport('s-c'), null);
        // A merge moves the stream too; a write from the current position goes through.
        const merged = await store.putAssignments([], [{ from: 's-x', into: 's-b', article: 'b1' }], {
          ifAt: after,
        });
        assert.ok(merged !== null && merged !== after);
        assert.equal(await store.putReports([makeReport('s-b', ['b1'])], { ifAt: merged }), true);
        assert.equal((await other.getReport('s-b'))?.story, 's-b');
        // Without `ifAt`, writes are made as before.
        assert.equal(await store.putReports([makeReport('s-c', ['c1'])]), true);
      } finally {
        await other.close();
      }
    }));

  void test(`${name}: reports are listed, upserted, and found through merges`, (t) =>
    withStore(t, async (store) => {
      await store.putReports([
        makeReport('old', ['a1']),
        makeReport('s9', ['b1', 'b2', 'b3'], 'Bridge closed'),
      ]);
      await store.putReports([makeReport('s1', ['a1', 'a2'], 'Ferry line approved after vote')]);
      await store.putAssignments([], [{ from: 'old', into: 's1', article: 'a2' }]);
      const stories = await store.listStories();
      assert.deepEqual(
        stories.map((story) => story.id),
        ['s9', 's1'],
      );
      assert.deepEqual(stories[1], {
        id: 's1',
        headline: 'Ferry line approved after vote',
        articles: 2,
        independentSources: 2,
        outlets: ['The Gullport Ledger', 'Bayside Courier'],
        published: { first: '2026-03-01', last: '2026-03-02' },
      });
      assert.equal((await store.getReport('old'))?.story, 's1');
      assert.equal((await store.getReport('s9'))?.headline.text, 'Bridge closed');
      assert.equal(await store.getReport('nothing'), null);
      await store.putReports([makeReport('s9', ['b1'], 'Bridge reopened')]);
      assert.equal((await store.getReport('s9'))?.coverage.articles, 1);
      assert.equal((await store.listStories()).length, 2);
    }));

  void test(`${name}: the story list counts a story's press releases apart, as its report does`, (t) =>
    withStore(t, async (store) => {
      const released = makeReport('s2', ['r1', 'c1', 'c2']);
      released.coverage = { articles: 3, independentSources: 0, pressReleases: 1 };
      await store.putReports([released, makeReport('s1', ['a1', 'a2'])]);
      const stories = new Map((await store.listStories()).map((story) => [story.id, story]));
      assert.equal(stories.get('s2')?.pressReleases, 1);
      assert.equal(stories.get('s2')?.independentSources, 0);
      const plain = stories.get('s1');
      assert.ok(plain);
      assert.equal('pressReleases' in plain, false);
    }));

  void test(`${name}: stories are listed in time order across time zones`, (t) =>
    withStore(t, async (store) => {
      const dated = (story: string, published: string[]): StoryReport => {
        const report = makeReport(
          story,
          published.map((_, index) => `${story}-${index}`),
        );
        report.articles = report.articles.map((article, index) => ({
          ...article,
          published: published[index] ?? '',
        }));
        return report;
      };
      await store.putReports([
        // 00:30 at +02:00 is 22:30 UTC the day before: earlier than `late`, though it sorts later as text.
        dated('early', ['2026-03-05T00:30:00+02:00', '2026-03-01']),
        dated('late', ['2026-03-04T23:00:00Z']),
        dated('undated', ['soon', '']),
      ]);
      const stories = await store.listStories();
      assert.deepEqual(
        stories.map((story) => story.id),
        ['late', 'early', 'undated'],
      );
      assert.deepEqual(stories[1]?.published, { first: '2026-03-01', last: '2026-03-05T00:30:00+02:00' });
    }));

  void test(`${name}: listStories pages the list in its order, merged-away stories left out`, (t) =>
    withStore(t, async (store) => {
      const reports = Array.from({ length: 9 }, (_, index) =>
        makeReport(`story-${index}`, [`art-${index}-a`, `art-${index}-b`].slice(0, (index % 2) + 1)),
      );
      await store.putReports(reports);
      // story-3 is merged into story-5 (which has a report): it is not listed, and no page counts it.
      await store.putAssignments([], [{ from: 'story-3', into: 'story-5', article: 'art-3-a' }]);
      const all = (await store.listStories()).map((story) => story.id);
      assert.equal(all.length, 8);
      assert.ok(!all.includes('story-3'));
      const walked: string[] = [];
      for (let offset = 0; offset < 12; offset += 3) {
        const page = await store.listStories({ limit: 3, offset });
        assert.ok(page.length <= 3);
        walked.push(...page.map((story) => story.id));
      }
      assert.deepEqual(walked, all);
      assert.deepEqual(
        (await store.listStories({ limit: 2, offset: 7 })).map((story) => story.id),
        all.slice(7),
      );
      assert.deepEqual(await store.listStories({ limit: 0 }), []);
      for (const bad of [{ limit: -1 }, { offset: 1.5 }, { limit: Number.NaN }]) {
        await assert.rejects(
          store.listStories(bad),
          (error: unknown) => error instanceof StoreError && error.code === 'store-bad-argument',
          JSON.stringify(bad),
        );
      }
    }));

  void test(`${name}: GET /api/stories walks every story through \`next\``, (t) =>
    withStore(t, async (store) => {
      await store.putReports(Array.from({ length: 7 }, (_, index) => makeReport(`walk-${index}`, ['a'])));
      const app = createApp(store);
      const all = (await store.listStories()).map((story) => story.id);
      const walked: string[] = [];
      let next: string | null = '/api/stories?limit=3';
      let pages = 0;
      while (next !== null && pages++ < 10) {
        const response = await app.request(next);
        assert.equal(response.status, 200, next);
        const body = (await response.json()) as { stories: { id: string }[]; next: string | null };
        walked.push(...body.stories.map((story) => story.id));
        next = body.next;
      }
      assert.equal(pages, 3);
      assert.deepEqual(walked, all);
      const first = (await (await app.request('/api/stories')).json()) as {
        stories: unknown[];
        next: unknown;
      };
      assert.equal(first.stories.length, 7);
      assert.equal(first.next, null);
    }));

  void test(`${name}: POST /api/analyze adds the articles to the store; the same request again changes nothing`, (t) =>
    withStore(t, async (store) => {
      const app = createApp(store);
      const text = (detail: string): string =>
        `The Tarrow Point lighthouse was switched back on on Saturday after a two-year restoration. ${detail}`;
      const body = JSON.stringify({
        articles: [
          { id: 'tarrow-1', outlet: 'Tarrow Post', text: text('Keeper Ilse Varn lit the lamp at dusk.') },
          { id: 'tarrow-2', outlet: 'Coastline Daily', text: text('Keeper Ilse Varn lit it at 9 p.m.') },
        ],
      });
      const request = { method: 'POST', body, headers: { 'Content-Type': 'application/json' } };
      const first = await app.request('/api/analyze', request);
      assert.equal(first.status, 200);
      const added = (await first.json()) as {
        stored: boolean;
        articles: { status: string }[];
        stories: unknown[];
      };
      assert.equal(added.stored, true);
      assert.deepEqual(
        added.articles.map((article) => article.status),
        ['added', 'added'],
      );
      assert.equal(await store.countArticles(), 2);
      assert.ok(added.stories.length >= 1);
      assert.equal((await store.listStories()).length, added.stories.length);
      const again = (await (await app.request('/api/analyze', request)).json()) as {
        articles: { status: string }[];
      };
      assert.deepEqual(
        again.articles.map((article) => article.status),
        ['unchanged', 'unchanged'],
      );
      assert.equal(await store.countArticles(), 2);
    }));

  void test(`${name}: a merge cycle does not hang`, (t) =>
    withStore(t, async (store) => {
      await store.putReports([makeReport('x', ['a'])]);
      await store.putAssignments(
        [],
        [
          { from: 'x', into: 'y', article: 'a' },
          { from: 'y', into: 'x', article: 'b' },
        ],
      );
      assert.equal((await store.getReport('y'))?.story, 'x');
      assert.equal((await store.listStories()).length, 1);
    }));

  void test(`${name}: a closed store throws a StoreError naming the database`, (t) =>
    withStore(t, async (store) => {
      await store.close();
      await store.close();
      await assert.rejects(
        store.countArticles(),
        (error: unknown) =>
          error instanceof StoreError && error.code === 'store-closed' && /closed/.test(error.message),
      );
    }));

  void test(`${name}: an older schema is migrated on open, keeping its data`, async (t) => {
    const why = await reason;
    if (!requireService(t, why === null, `${name}: ${why}`)) return;
    const db = await target.fresh();
    try {
      const old = await openStore(db.location, { ...db.options, migrateTo: 1 });
      assert.equal(await old.schemaVersion(), 1);
      const article = makeArticle('Stored under schema version one.');
      await old.putArticles([article]);
      await old.close();
      const store = await openStore(db.location, db.options);
      try {
        assert.equal(await store.schemaVersion(), LATEST_SCHEMA_VERSION);
        assert.deepEqual(await store.getArticle(article.id), article);
        await store.putReports([makeReport('s1', [article.id])]);
        assert.equal((await store.listStories()).length, 1);
      } finally {
        await store.close();
      }
    } finally {
      await db.cleanup();
    }
  });

  void test(`${name}: replaying any sequence of puts is idempotent and counts one article per key`, (t) =>
    withStore(t, async (store) => {
      let round = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.record({ key: fc.integer({ min: 0, max: 3 }), body: fc.integer({ min: 0, max: 3 }) }), {
            minLength: 1,
            maxLength: 8,
          }),
          async (puts) => {
            round++;
            const articles = puts.map(({ key, body }) =>
              makeArticle(`Round ${round}: body ${body} for key ${key}.`, {
                url: `https://x.example/${round}/${key}`,
              }),
            );
            const before = await store.countArticles();
            const first = await store.putArticles(articles);
            const replay = await store.putArticles(articles);
            assert.ok(replay.every((result) => result.status === 'unchanged'));
            assert.deepEqual(
              replay.map((result) => result.id),
              first.map((result) => result.id),
            );
            const keys = new Set(puts.map((put) => put.key));
            assert.equal((await store.countArticles()) - before, keys.size);
            for (const result of first) assert.notEqual(await store.getArticle(result.id), null);
          },
        ),
        { numRuns: 15 },
      );
    }));

  void test(`${name}: a writer killed mid-batch loses no committed batch and leaves no half article`, async (t) => {
    const why = await reason;
    if (!requireService(t, why === null, `${name}: ${why}`)) return;
    const db = await target.fresh();
    try {
      const reported = await runAndKillWriter(db, CRASH_BATCH_SIZE, CRASH_AFTER_BATCHES);
      assert.ok(reported.length >= CRASH_AFTER_BATCHES * CRASH_BATCH_SIZE);
      const store = await openStore(db.location, db.options);
      try {
        const count = await store.countArticles();
        // Killed while writing the big batch that follows the reported ones: all of it or none of it is there.
        assert.ok(
          count === reported.length || count === reported.length + CRASH_BIG_BATCH_SIZE,
          `${count} articles stored after ${reported.length} were reported: a partial batch`,
        );
        const stored = await store.getArticles(reported);
        assert.equal(stored.length, reported.length);
        for (const article of await store.listArticles({ limit: count })) {
          assert.equal(article.text, crashText(article.source));
        }
      } finally {
        await store.close();
      }
    } finally {
      await db.cleanup();
    }
  });
}

/** Articles per batch in the crash test. */
const CRASH_BATCH_SIZE = 20;
/** The writer is killed after reporting this many batches (while it is writing the next one). */
const CRASH_AFTER_BATCHES = 3;

/** The batch the writer is in when killed: large (~24 MB), so that the kill lands while it is being written. */
const CRASH_BIG_BATCH_SIZE = 400;

/** Big enough (~60 KB) that a kill often lands while a batch is being written. */
function crashText(source: string): string {
  return `Report ${source}. ${'The ferry crossed the bay at dawn. '.repeat(1_700)}`;
}

async function runAndKillWriter(
  db: ConformanceDatabase,
  batchSize: number,
  batches: number,
): Promise<string[]> {
  const self = fileURLToPath(import.meta.url);
  const args = self.endsWith('.ts') ? ['--import', 'tsx', self] : [self];
  const child = spawn(
    process.execPath,
    [...args, '--crash-writer', db.location, JSON.stringify(db.options), String(batchSize)],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const reported: string[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let pending = '';
  let batchesSeen = 0;
  const exited = new Promise<void>((resolveExit) => child.on('exit', () => resolveExit()));
  child.stdout.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.startsWith('stored ')) continue;
      reported.push(...line.slice('stored '.length).split(','));
      if (++batchesSeen === batches) child.kill('SIGKILL');
    }
  });
  const timeout = setTimeout(() => child.kill('SIGKILL'), 60_000);
  await exited;
  clearTimeout(timeout);
  if (batchesSeen < batches) throw new Error(`crash writer stopped after ${batchesSeen} batches: ${stderr}`);
  return reported;
}

async function crashWriter(location: string, optionsJson: string, batchSize: number): Promise<void> {
  const store = await openStore(location, JSON.parse(optionsJson) as StoreOptions);
  const makeBatch = (batch: number, size: number) =>
    Array.from({ length: size }, (_, index) => {
      const source = `/crash/${batch}/${index}.txt`;
      return makeArticle(crashText(source), { source });
    });
  // Built before the first write so that, once the last small batch is reported, the writer is straight
  // into the big batch's transaction when the kill arrives (not still building articles).
  const big = makeBatch(CRASH_AFTER_BATCHES, CRASH_BIG_BATCH_SIZE);
  for (let batch = 0; ; batch++) {
    const articles = batch < CRASH_AFTER_BATCHES ? makeBatch(batch, batchSize) : big;
    const results = await store.putArticles(articles);
    process.stdout.write(`stored ${results.map((result) => result.id).join(',')}\n`);
    if (batch >= CRASH_AFTER_BATCHES) return;
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [flag, location, options, batch] = process.argv.slice(2);
  if (flag === '--crash-writer' && location !== undefined && options !== undefined) {
    await crashWriter(location, options, Number(batch ?? '10'));
  }
}

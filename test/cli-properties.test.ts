/**
 * Property tests of the CLI on nasty JSONL streams (good records, wrongly typed fields, values that are not
 * objects, broken JSON, unicode soup): every input line gives exactly one output line, in order; a bad one is a
 * `{id, source, error, code}` record naming its line; good ones still come out; the exit code is 1 exactly when
 * a line failed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { jsonlLine, newsText, textSoup } from './helpers/adversarial-input.js';
import { runParallax } from './helpers/run-cli.js';
import type { Article, Credit, Entity, LoadedSpan, Quote } from '../src/model/index.js';
import { processInput } from '../src/pipeline.js';

function isFailure(record: Record<string, unknown>): boolean {
  return 'error' in record;
}

function assertFailureRecord(record: Record<string, unknown>, line: number): void {
  assert.deepEqual(Object.keys(record).sort(), ['code', 'error', 'id', 'source'], JSON.stringify(record));
  assert.equal(record.source, `stdin:${line}`);
  assert.equal(typeof record.code, 'string');
  assert.match(String(record.error), new RegExp(`stdin:${line}\\b`));
}

for (const verb of ['extract', 'sentences', 'quotes', 'loaded']) {
  test(`property: \`parallax ${verb}\` gives one line per record, failures named by line, exit 1 on any`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(jsonlLine, { minLength: 1, maxLength: 6 }), async (records) => {
        const run = await runParallax([verb], {
          stdin: records.map((record) => `${record.line}\n`).join(''),
        });
        assert.equal(run.records.length, records.length, run.stdout + run.stderr);
        run.records.forEach((record, index) => {
          if (isFailure(record)) assertFailureRecord(record, index + 1);
        });
        assert.equal(run.code, run.records.some(isFailure) ? 1 : 0, run.stderr);
      }),
      { numRuns: 15 },
    );
  });
}

test('property: `parallax sentences` spans cover the text they print', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.oneof(newsText(3), textSoup()), { minLength: 1, maxLength: 4 }),
      async (texts) => {
        const stdin = texts.map((text, index) => `${JSON.stringify({ id: `s${index}`, text })}\n`).join('');
        const run = await runParallax(['sentences'], { stdin });
        assert.equal(run.records.length, texts.length);
        for (const record of run.records) {
          if (isFailure(record)) continue;
          const sentences = record.sentences as { start: number; end: number; text: string }[];
          let previousEnd = 0;
          for (const sentence of sentences) {
            assert.ok(sentence.start >= previousEnd && sentence.start < sentence.end);
            assert.ok(sentence.text.trim() !== '');
            previousEnd = sentence.end;
          }
        }
      },
    ),
    { numRuns: 15 },
  );
});

test('property: `parallax summarize` on odd story records cites only the record’s own articles', async () => {
  const article = fc.record(
    {
      id: fc.constantFrom('a', 'b', 'a', 'ü', ''),
      text: fc.oneof(newsText(2), textSoup(30)),
      title: textSoup(5),
    },
    { requiredKeys: ['text'] },
  );
  const story = fc.oneof(
    fc.record({ id: fc.constantFrom('s1', 's2'), articles: fc.array(article, { maxLength: 4 }) }),
    fc.constantFrom<unknown>({ id: 's3', articles: 'none' }, { id: 's4' }, { articles: [null, 3] }, []),
  );
  await fc.assert(
    fc.asyncProperty(fc.array(story, { minLength: 1, maxLength: 3 }), async (stories) => {
      const run = await runParallax(['summarize'], {
        stdin: stories.map((entry) => `${JSON.stringify(entry)}\n`).join(''),
      });
      assert.equal(run.records.length, stories.length, run.stdout + run.stderr);
      run.records.forEach((record, index) => {
        if (isFailure(record)) {
          assertFailureRecord(record, index + 1);
          return;
        }
        const given = (stories[index] as { articles: { id?: string | number }[] }).articles;
        const cited = [
          ...(record.summary as { citations: { article: string }[] }[]),
          record.headline as { citations: { article: string }[] },
        ].flatMap((sentence) => sentence.citations.map((citation) => citation.article));
        const givenIds = new Set(
          given.flatMap((entry) => (entry.id === undefined ? [] : [String(entry.id)])),
        );
        const generated = given.filter((entry) => entry.id === undefined).length;
        for (const id of cited)
          assert.ok(givenIds.has(id) || (generated > 0 && /^\d+(?:-\d+)?$/.test(id)), id);
      });
      // A record whose given ids are distinct and non-empty is a good record: it must not fail.
      stories.forEach((entry, index) => {
        const list = (entry as { articles?: unknown }).articles;
        if (!Array.isArray(list) || list.length === 0) return;
        const hasBody = (item: unknown): boolean =>
          typeof item === 'object' &&
          item !== null &&
          String((item as { text?: unknown }).text).trim() !== '';
        if (!list.every(hasBody)) return;
        const ids = list.flatMap((item: { id?: string | number }) =>
          item.id === undefined ? [] : [String(item.id)],
        );
        if (new Set(ids).size !== ids.length || ids.includes('')) return;
        assert.ok(!isFailure(run.records[index] ?? {}), JSON.stringify(run.records[index]));
      });
      // A story written without some bad article says so (`skipped`) and fails the run as a failed line does.
      const partial = run.records.some((record) => record.skipped !== undefined);
      assert.equal(run.code, run.records.some(isFailure) || partial ? 1 : 0, run.stderr);
    }),
    { numRuns: 12 },
  );
});

test('a story article without an id does not clash with another article that gave its position as id', async () => {
  const run = await runParallax(['summarize'], {
    stdin: `${JSON.stringify({
      id: 'pier',
      articles: [
        { id: '2', text: 'Mayor Tomas Vell said the ferry will run at night from March.' },
        { text: 'The harbour board approved money for a new pier, Ana Ruiz said on Tuesday.' },
      ],
    })}\n`,
  });
  assert.equal(run.code, 0, run.stdout);
  const cited = (run.records[0]?.summary as { citations: { article: string }[] }[]).flatMap((sentence) =>
    sentence.citations.map((citation) => citation.article),
  );
  assert.equal(new Set(cited).size, 2, `both articles are cited under their own ids: ${cited.join(', ')}`);
});

test('property: a hand-edited processed article whose spans or sentence numbers point past it is left out, named by field', async () => {
  const text =
    '“The regime is brutal,” Mayor Tomas Vell said on Tuesday, according to the Brackwater Courier. ' +
    'The ferry will run at night from March.';
  const article = processInput({ source: 'edited', format: 'text', id: 'edited', text });
  const other = processInput({
    source: 'other',
    format: 'text',
    id: 'other',
    text: 'The ferry will run at night from March, Mayor Tomas Vell said on Tuesday.',
  });
  assert.ok(article.quotes.length > 0 && article.credits.length > 0 && article.loaded.length > 0);
  // Each edit pushes one cited annotation past the text or past the last sentence, and names its field.
  const edits: [string, (copy: Article, offset: number) => void][] = [
    [
      'quotes[0].sentence',
      (copy, offset) => void ((copy.quotes[0] as Quote).sentence = copy.sentences.length + offset),
    ],
    [
      'quotes[0].content',
      (copy, offset) => void ((copy.quotes[0] as Quote).content.end = text.length + 1 + offset),
    ],
    ['credits[0]', (copy, offset) => void ((copy.credits[0] as Credit).end = text.length + 1 + offset)],
    [
      'credits[0].sentence',
      (copy, offset) => void ((copy.credits[0] as Credit).sentence = copy.sentences.length + offset),
    ],
    ['loaded[0]', (copy, offset) => void ((copy.loaded[0] as LoadedSpan).end = text.length + 1 + offset)],
    [
      'loaded[0].sentence',
      (copy, offset) => void ((copy.loaded[0] as LoadedSpan).sentence = copy.sentences.length + offset),
    ],
    [
      'entities[0].mentions[0]',
      (copy, offset) => void ((copy.entities[0] as Entity).mentions[0]!.end = text.length + 1 + offset),
    ],
  ];
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...edits),
      fc.nat(1000),
      fc.constantFrom('compare', 'summarize'),
      async ([field, edit], offset, verb) => {
        const copy = structuredClone(article);
        edit(copy, offset);
        const record =
          verb === 'compare' ? { story: 's', articles: [copy, other] } : { id: 's', articles: [copy, other] };
        const run = await runParallax([verb], { stdin: `${JSON.stringify(record)}\n` });
        assert.equal(run.code, 1);
        // The story is written from the other article, with the edited one left out and named by its field.
        const [skipped] = (run.records[0]?.skipped ?? []) as { index: number; code: string; error: string }[];
        assert.ok(skipped, run.stdout);
        assert.equal(skipped.index, 0);
        assert.equal(skipped.code, 'invalid-article');
        assert.ok(skipped.error.includes(`\`${field}\``), skipped.error);
        assert.match(run.stderr, new RegExp(`articles\\[0\\]: .*\`${field.replace(/[[\].]/g, '\\$&')}\``));
      },
    ),
    { numRuns: 20 },
  );
});

test('property: `parallax analyze - --json --no-store` reports each bad line once and every good article in a story', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(jsonlLine, { minLength: 1, maxLength: 5 }), async (records) => {
      const run = await runParallax(['analyze', '-', '--json', '--no-store'], {
        stdin: records.map((record) => `${record.line}\n`).join(''),
      });
      const failures = run.records.filter(isFailure);
      const reports = run.records.filter((record) => 'story' in record);
      assert.equal(failures.length + reports.length, run.records.length, run.stdout);
      const failedLines = failures.map((record) => {
        const line = Number(/^stdin:(\d+)$/.exec(String(record.source))?.[1]);
        assertFailureRecord(record, line);
        return line;
      });
      assert.equal(new Set(failedLines).size, failedLines.length, 'a line failed twice');
      const reported = reports.flatMap((report) =>
        (report.articles as { source: string }[]).map((a) => a.source),
      );
      for (const source of reported) assert.ok(!failedLines.includes(Number(source.split(':')[1])), source);
      // Every line that did not fail is an article of some report, unless an earlier line gave the same
      // id or the same body (then it is that article, counted once).
      type Fields = { id?: string | number; text?: unknown; html?: unknown };
      const parsed = records.map((record): Fields => {
        try {
          const value: unknown = JSON.parse(record.line);
          return typeof value === 'object' && value !== null ? value : {};
        } catch {
          return {};
        }
      });
      parsed.forEach((value, index) => {
        const line = index + 1;
        if (failedLines.includes(line) || reported.includes(`stdin:${line}`)) return;
        const twin = parsed.some(
          (other, at) =>
            at !== index &&
            ((value.id !== undefined && String(other.id) === String(value.id)) ||
              (other.text ?? other.html) === (value.text ?? value.html)),
        );
        assert.ok(twin, `stdin:${line} is neither failed nor reported`);
      });
      assert.equal(run.code, failures.length > 0 ? 1 : 0, run.stderr);
    }),
    { numRuns: 8 },
  );
});

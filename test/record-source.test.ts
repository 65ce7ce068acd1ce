import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runParallax } from './helpers/run-cli.js';

const FERRY =
  'Tallis ferry halted\n\nThe Lorr ferry board stopped the Tallis crossing on Friday after a crack was found in the hull, board chair Odile Krane said.\n';

function scratch(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-source-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** stdout of one run as the JSONL text the next verb of a pipeline reads. */
function piped(records: readonly Record<string, unknown>[]): string {
  return records.map((record) => JSON.stringify(record)).join('\n') + '\n';
}

test('extract writes the source of each record: the article file, or the JSONL line it came from', async () => {
  const { dir, cleanup } = scratch();
  try {
    const file = join(dir, 'lorr-ferry.txt');
    writeFileSync(file, FERRY);
    const fromFile = await runParallax(['extract', file]);
    assert.equal(fromFile.code, 0, fromFile.stderr);
    assert.equal(fromFile.records[0]?.source, file);
    const fromStdin = await runParallax(['extract'], {
      stdin: `${JSON.stringify({ id: 'a', text: FERRY })}\n`,
    });
    assert.equal(fromStdin.records[0]?.source, 'stdin:1');
    // A record that already names its source (extract run twice) keeps it.
    const again = await runParallax(['extract'], { stdin: piped(fromFile.records) });
    assert.equal(again.records[0]?.source, file);
  } finally {
    cleanup();
  }
});

test('a later verb of a pipeline names the file a bad record came from, and its line', async () => {
  const { dir, cleanup } = scratch();
  try {
    const good = join(dir, 'lorr-ferry.txt');
    const blank = join(dir, 'tallis-notice.html');
    writeFileSync(good, FERRY);
    writeFileSync(blank, '<html><body><nav>Home</nav></body></html>');
    const extracted = await runParallax(['extract', good, blank]);
    assert.deepEqual(
      extracted.records.map((record) => record.source),
      [good, blank],
    );
    const stdin = piped(extracted.records);
    for (const verb of ['sentences', 'entities', 'quotes', 'loaded', 'cluster']) {
      const run = await runParallax([verb], { stdin });
      assert.equal(run.code, 1, `${verb}: ${run.stderr}`);
      assert.equal(run.records[0]?.error, undefined, `${verb}: the good record goes on`);
      const failure = run.records[1];
      assert.equal(failure?.code, 'missing-content', `${verb}: ${run.stderr}`);
      assert.equal(failure?.source, blank, `${verb}: the failure record keeps the origin`);
      assert.match(run.stderr, /tallis-notice\.html \(stdin:2\): no article text/, verb);
    }
  } finally {
    cleanup();
  }
});

test('a failure passed on down a pipeline names the file it started from', async () => {
  const { dir, cleanup } = scratch();
  try {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const good = join(dir, 'lorr-ferry.txt');
    writeFileSync(good, FERRY);
    const extracted = await runParallax(['extract', good, empty]);
    const run = await runParallax(['quotes'], { stdin: piped(extracted.records) });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /empty\.txt \(stdin:2\): passing on an earlier failure \(empty-input\)/);
  } finally {
    cleanup();
  }
});

test('compare and summarize cite an extracted article by the file it came from', async () => {
  const { dir, cleanup } = scratch();
  try {
    const ledger = join(dir, 'ledger-ferry.txt');
    const courier = join(dir, 'courier-ferry.txt');
    writeFileSync(ledger, FERRY);
    writeFileSync(
      courier,
      'Crack found in Tallis ferry\n\nThe Tallis crossing was stopped on Friday when inspectors found a crack in the ferry hull, said Odile Krane, who chairs the Lorr ferry board.\n',
    );
    const extracted = await runParallax(['extract', ledger, courier]);
    const story = JSON.stringify({ story: 's1', articles: extracted.records });
    const compared = await runParallax(['compare'], { stdin: `${story}\n` });
    assert.equal(compared.code, 0, compared.stderr);
    const articles = compared.records[0]?.articles as { source: string }[];
    assert.deepEqual(articles.map((article) => article.source).sort(), [courier, ledger].sort());
  } finally {
    cleanup();
  }
});

test('ingest of extracted records stores and reports the file each came from', async () => {
  const { dir, cleanup } = scratch();
  try {
    const file = join(dir, 'lorr-ferry.txt');
    writeFileSync(file, FERRY);
    const extracted = await runParallax(['extract', file]);
    const run = await runParallax(['ingest', '-', '--db', join(dir, 'store.db')], {
      stdin: piped(extracted.records),
    });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.records[0]?.source, file);
  } finally {
    cleanup();
  }
});

test('a dataset whose `source` names the outlet ("Harbor Ledger") is read by its own line, not as a file', async () => {
  const run = await runParallax(['loaded'], {
    stdin: piped([{ id: 'a', source: 'Harbor Ledger', text: '' }]),
  });
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stderr, /stdin:1/);
  assert.doesNotMatch(run.stderr, /Harbor Ledger \(stdin/);
});

test('analyze and ingest name a bad record that names its own source by that file and the line it came in on', async () => {
  const { dir, cleanup } = scratch();
  try {
    const records = piped([
      { id: 'lorr', text: FERRY },
      // Another article under the same id: an error found after the record was read, while processing the batch.
      {
        id: 'lorr',
        source: 'feeds/harbor.jsonl:3',
        text: 'Gull Island pier closed\n\nThe Gull Island pier was closed on Monday for repairs, the harbour office said.\n',
      },
      { id: 'tide', source: 'feeds/harbor.jsonl:4', title: 5, text: FERRY },
    ]);
    const file = join(dir, 'batch.jsonl');
    writeFileSync(file, records);
    for (const [args, place] of [
      [['analyze', '-', '--no-store', '--json'], 'stdin'],
      [['analyze', file, '--no-store', '--json'], file],
    ] as const) {
      const run = await runParallax(args, { stdin: records });
      assert.equal(run.code, 1, run.stderr);
      const failures = run.records.filter((record) => 'error' in record);
      assert.deepEqual(
        failures.map((record) => [record.code, record.source]).sort(),
        [
          ['duplicate-id', 'feeds/harbor.jsonl:3'],
          ['invalid-record', 'feeds/harbor.jsonl:4'],
        ],
        run.stderr,
      );
      const escaped = place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      assert.match(run.stderr, new RegExp(`feeds/harbor\\.jsonl:3 \\(${escaped}:2\\): id \`lorr\``));
      assert.match(run.stderr, new RegExp(`feeds/harbor\\.jsonl:4 \\(${escaped}:3\\): field \`title\``));
    }
    const ingested = await runParallax(['ingest', '-', '--db', join(dir, 'store.db')], {
      stdin: piped([{ id: 'tide', source: 'feeds/harbor.jsonl:4', title: 5, text: FERRY }]),
    });
    assert.equal(ingested.code, 1);
    assert.equal(ingested.records[0]?.source, 'feeds/harbor.jsonl:4');
    assert.match(ingested.stderr, /feeds\/harbor\.jsonl:4 \(stdin:1\): field `title`/);
  } finally {
    cleanup();
  }
});

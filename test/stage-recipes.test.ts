import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runParallax } from './helpers/run-cli.js';

// Two invented outlets on one invented event.
const PAGES: Record<string, string> = {
  'gull-courier.txt': `Gull Island ferry pier reopens

The Gull Island ferry pier reopened on Saturday after four months of repairs, the harbour board said.

Harbour master Tove Lindqvist said the first crossing carried 212 passengers.
`,
  'brackwater-ledger.txt': `Ferries return to Gull Island

Ferries returned to Gull Island on Saturday as the repaired pier reopened after four months, according to the harbour board.

Harbour master Tove Lindqvist said 212 passengers took the first crossing.
`,
};

for (const verb of ['compare', 'summarize']) {
  test(`${verb} --help shows how to build its input from extract, and that recipe works`, async () => {
    const help = await runParallax([verb, '--help']);
    const recipe = /parallax extract [^|\n]+\| jq -cs '\{(\w+): "s1", articles: \.\}' \| parallax (\w+)/.exec(
      help.stdout,
    );
    assert.ok(recipe, `${verb} --help has an extract | jq | ${verb} example`);
    assert.equal(recipe[2], verb);
    const dir = mkdtempSync(join(tmpdir(), 'parallax-recipe-'));
    try {
      for (const [name, text] of Object.entries(PAGES)) writeFileSync(join(dir, name), text);
      const extracted = await runParallax(['extract', dir]);
      assert.equal(extracted.code, 0, extracted.stderr);
      // What `jq -cs '{KEY: "s1", articles: .}'` does with extract's lines.
      const story = JSON.stringify({ [recipe[1] ?? '']: 's1', articles: extracted.records });
      const run = await runParallax([verb], { stdin: `${story}\n` });
      assert.equal(run.code, 0, run.stderr);
      const [output] = run.records;
      assert.ok(output !== undefined && !('error' in output), JSON.stringify(output));
      assert.ok((output.summary as unknown[]).length > 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

// A page whose body keeps lines that cleaning plain text would drop (a place line above the lead, a credit line).
// A dateline in capitals ("TARNWICK") is no such line: extraction joins it to the lead as "TARNWICK — ".
const INQUIRY_PAGE = `<html><head><title>Bridge inquiry opens | Westfold Gazette</title></head><body><article>
<h1>Bridge inquiry opens</h1>
<p>Tarnwick, Veland</p>
<p>An inquiry into the collapse of the Kellow footbridge in Tarnwick opened on Monday, three days after eleven people fell into the River Sallen.</p>
<p>The inquiry chair, Judge Amara Voss, said she would publish findings by March.</p>
<p>Ms Voss said: "Every family deserves an answer, and they will get one."</p>
<p>Reporting by Ilse Marr; editing by Tom Brecken</p>
</article></body></html>`;

for (const verb of ['compare', 'summarize']) {
  test(`${verb} cites offsets into the text extract wrote, not into a text cleaned again`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-offsets-'));
    try {
      writeFileSync(join(dir, 'inquiry.html'), INQUIRY_PAGE);
      const extracted = await runParallax(['extract', dir]);
      assert.equal(extracted.code, 0, extracted.stderr);
      const [record] = extracted.records as { id: string; text: string }[];
      assert.ok(record !== undefined);
      const run = await runParallax([verb], {
        stdin: `${JSON.stringify({ story: 's1', id: 's1', articles: extracted.records })}\n`,
      });
      assert.equal(run.code, 0, run.stderr);
      const [output] = run.records as {
        summary: { text: string; citations: { start: number; end: number }[] }[];
      }[];
      assert.ok(output !== undefined && output.summary.length > 0);
      for (const sentence of output.summary) {
        for (const citation of sentence.citations) {
          // Each summary sentence here is a source sentence borrowed whole: the span cited is that sentence.
          assert.equal(record.text.slice(citation.start, citation.end), sentence.text);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

for (const key of ['story', 'id']) {
  test(`compare and summarize both keep a story's id given as \`${key}\``, async () => {
    const articles = Object.entries(PAGES).map(([name, text]) => ({ id: name, text }));
    const stdin = `${JSON.stringify({ [key]: 'gull-pier', articles })}\n`;
    const compared = await runParallax(['compare'], { stdin });
    const summarized = await runParallax(['summarize'], { stdin });
    assert.equal(compared.code, 0, compared.stderr);
    assert.equal(summarized.code, 0, summarized.stderr);
    assert.equal(compared.records[0]?.story, 'gull-pier');
    assert.equal(summarized.records[0]?.id, 'gull-pier');
  });
}

test('cluster --db runs at once on one store put one event in one story', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-cluster-race-'));
  try {
    const db = join(dir, 'stream.db');
    const lead =
      'Mayor Rolf Amsel of Pikeby said on Sunday that the Pikeby tram line would open in spring, after the council approved the final 40 million crown budget.';
    const runs = await Promise.all(
      ['Pikeby Post', 'Harbour Bell', 'Tram Weekly', 'Gull Herald'].map((outlet, at) =>
        runParallax(['cluster', '--db', db], {
          stdin: `${JSON.stringify({ id: `tram-${at}`, outlet, text: `${lead}\n\nThe line will link the harbour to the university, ${outlet} reported.` })}\n`,
        }),
      ),
    );
    for (const run of runs) assert.equal(run.code, 0, run.stderr);
    const stories = new Set(runs.map((run) => run.records[0]?.story));
    assert.equal(stories.size, 1, [...stories].join(', '));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

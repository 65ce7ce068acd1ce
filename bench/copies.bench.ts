/**
 * Speed of compare + summary (`reportStory`) on a copy-heavy story: N republications of one invented press
 * release (wire copy run by N outlets), each with its own title and outlet, a few with one sentence edited and a
 * few with one sentence dropped. Prints time and peak RSS for N = 100 and 1,000 (smoke: N = 20), each N in its
 * own child process so that one's memory does not count in the other's peak. The articles go through the
 * per-article stages and story clustering first; only `reportStory` is timed. Each N runs twice: as clustered
 * (the republications found as copies of the first, one source) and with the copies left undeclared (every
 * outlet its own source, as when copy detection misses them), which makes every pair of outlets a pair to
 * check for conflicts.
 *
 * Run: node dist/bench/copies.bench.js [--smoke] [--copies N [--undeclared]]
 * Write the corpus for `parallax analyze`: node dist/bench/copies.bench.js --write copies.jsonl --copies 1000
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RawInput } from '../src/model/index.js';
import { processInput, reportStory } from '../src/pipeline.js';
import { clusterArticles } from '../src/stories/index.js';
import { isSmoke, peakRssMiB, report } from './lib.js';

const RELEASE = [
  'The Ostrava Valley Water Board on Tuesday opened the Kettlemere desalination plant, the largest in the northern provinces.',
  'The plant will supply 42,000 cubic metres of drinking water a day to the towns of Kettlemere, Harrowgate and Lindfield.',
  'Construction began in March 2024 and finished four months ahead of schedule, the board said.',
  'The project cost 310 million crowns, of which the regional government paid about a third.',
  '"Kettlemere will never again ration water in a dry summer," said Marta Ivanek, the chair of the water board.',
  'The plant draws seawater through a two-kilometre tunnel under the Selby headland.',
  'Its reverse-osmosis membranes were built by Halden Process Systems, a firm based in Port Varrow.',
  'Solar panels on the roof and a wind contract with the Skerra cooperative cover most of its power needs.',
  'Environmental groups had warned that brine released into the bay could harm the local oyster beds.',
  'The board said the brine is diluted through a diffuser 600 metres offshore and monitored every hour.',
  'Independent marine biologists from Varrow University will publish a first report on the bay in June.',
  'Around 140 people worked on the site at the peak of construction, most of them from the valley.',
  'The plant will employ 35 permanent staff once it is running at full capacity.',
  'Household water bills in the three towns will not rise this year, the board confirmed.',
  'An open day for residents is planned for Saturday, 12 September, from 10 a.m. to 4 p.m.',
];

/** One sentence edited in some copies: the index of the sentence and its new wording. */
const EDITS: readonly [number, string][] = [
  [
    1,
    'The plant will supply 42,000 cubic metres of drinking water each day to Kettlemere, Harrowgate and Lindfield.',
  ],
  [
    4,
    '"Kettlemere will never again have to ration water in a dry summer," said Marta Ivanek, who chairs the board.',
  ],
  [12, 'The plant will employ 37 permanent staff once it is running at full capacity.'],
  [14, 'An open day for local residents is planned for Saturday, 12 September.'],
];

const TITLES = [
  'Kettlemere desalination plant opens',
  'Water board opens Kettlemere desalination plant',
  'New desalination plant to end water rationing in Kettlemere',
  'Kettlemere plant will supply 42,000 cubic metres a day',
  'Valley towns get drinking water from the sea',
];

const PLACES = [
  'Harrow',
  'Lind',
  'Selby',
  'Varrow',
  'Skerra',
  'Ostrava',
  'Kettle',
  'Marsh',
  'Alder',
  'Brenn',
];
const KINDS = [
  'Gazette',
  'Herald',
  'Courier',
  'Post',
  'Chronicle',
  'Times',
  'Ledger',
  'Echo',
  'Mercury',
  'News',
];

/** Every 37th copy has one sentence edited, every 53rd one sentence dropped (about 27 and 19 of 1,000). */
const EDIT_EVERY = 37;
const DROP_EVERY = 53;

/** The N copies as JSONL-like inputs: deterministic, so that runs and saved outputs compare. */
export function createCopies(count: number): RawInput[] {
  return Array.from({ length: count }, (_, index) => {
    const sentences = [...RELEASE];
    if (index % EDIT_EVERY === EDIT_EVERY - 1) {
      const [at, text] = EDITS[Math.floor(index / EDIT_EVERY) % EDITS.length] as [number, string];
      sentences[at] = text;
    }
    if (index % DROP_EVERY === DROP_EVERY - 1) sentences.splice(2 + (index % 11), 1);
    const outlet = `${PLACES[index % PLACES.length]} ${KINDS[Math.floor(index / PLACES.length) % KINDS.length]}${
      index >= 100 ? ` ${Math.floor(index / 100) + 1}` : ''
    }`;
    const day = 15 + (index % 3);
    const hour = String(6 + (index % 12)).padStart(2, '0');
    return {
      source: `copies.jsonl:${index + 1}`,
      format: 'text',
      id: `copy-${String(index + 1).padStart(4, '0')}`,
      title: `${TITLES[index % TITLES.length]}${index % 7 === 3 ? ' | ' + outlet : ''}`,
      outlet,
      published: `2026-09-${day}T${hour}:00:00Z`,
      text: sentences.join('\n\n'),
    };
  });
}

function runOne(count: number, undeclared: boolean): void {
  const articles = createCopies(count).map(processInput);
  const { stories } = clusterArticles(articles);
  const largest = stories.reduce((best, story) =>
    story.articles.length > best.articles.length ? story : best,
  );
  const story = undeclared ? { ...largest, copies: [] } : largest;
  const rssBefore = process.memoryUsage().rss / 1024 / 1024;
  const started = process.hrtime.bigint();
  const result = reportStory(story, articles);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(
    `${count} copies${undeclared ? ' (undeclared)' : ''}: ${stories.length} stor${stories.length === 1 ? 'y' : 'ies'}, ` +
      `largest ${largest.articles.length} articles, ${result.coverage.independentSources} sources; ` +
      `reportStory ${seconds.toFixed(2)} s, ${result.facts.shared.length} shared facts, ` +
      `${result.conflicts.length} conflicts, ${result.quotes.length} quote groups`,
  );
  report('copies-speed', {
    copies: count,
    copiesDeclared: undeclared ? 'no' : 'yes',
    storyArticles: largest.articles.length,
    seconds,
    rssBeforeMiB: rssBefore,
    peakRssMiB: peakRssMiB(),
  });
}

function main(): void {
  const argv = process.argv.slice(2);
  const valueOf = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at < 0 ? undefined : argv[at + 1];
  };
  const copies = valueOf('--copies');
  const write = valueOf('--write');
  if (write !== undefined) {
    const inputs = createCopies(Number(copies ?? 1000));
    const lines = inputs.map(({ id, title, outlet, published, text }) =>
      JSON.stringify({ id, title, outlet, published, text }),
    );
    writeFileSync(write, lines.join('\n') + '\n');
    console.log(`wrote ${inputs.length} copies to ${write}`);
    return;
  }
  if (copies !== undefined) {
    runOne(Number(copies), argv.includes('--undeclared'));
    return;
  }
  for (const count of isSmoke() ? [20] : [100, 1000]) {
    for (const mode of [[], ['--undeclared']]) {
      const run = spawnSync(
        process.execPath,
        [fileURLToPath(import.meta.url), '--copies', String(count), ...mode],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
      );
      process.stdout.write(run.stdout);
      if (run.status !== 0) throw new Error(`copies bench with ${count} copies exited with ${run.status}`);
    }
  }
}

main();

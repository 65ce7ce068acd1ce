/**
 * Conflicts on real news (development check, no gold): runs the gold stories of ECB+ (topics 1-35), BASIL (dev)
 * and GVC (val) through the per-article stages and `compareStory`, and lists every conflict with the sentence
 * each side cites, so that a reader can count the wrong ones before and after a change. The story grouping is
 * the data set's own (no clustering, no copies), so only compare's judgement is on show.
 *
 * Output: one block per conflict (`set story kind about`, then `  value [article] sentence`), then a count per
 * set and kind. The lines are stable from run to run: diff two runs' outputs to see what a change moved.
 *
 * Run: npx tsc -p tsconfig.json && PARALLAX_BENCH_DATA=/work/shared/bench node dist/bench/quality/conflicts.js
 *      [--set ecbplus|basil|gvc] [--smoke]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareStory } from '../../src/compare/index.js';
import type { Article, RawInput, Story } from '../../src/model/index.js';
import { processInput } from '../../src/pipeline.js';
import { benchData, isSmoke, report } from '../lib.js';

interface StoryInputs {
  set: string;
  id: string;
  inputs: RawInput[];
}

/** The longest a cited sentence is printed; the rest is cut with an ellipsis. */
const SENTENCE_PRINT_CHARS = 220;

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    let list = groups.get(key(row));
    if (list === undefined) groups.set(key(row), (list = []));
    list.push(row);
  }
  return groups;
}

function ecbplusStories(folder: string): StoryInputs[] {
  interface Doc {
    id: string;
    story_id: string;
    outlet: string | null;
    text: string;
  }
  const docs = readJsonl<Doc>(join(folder, 'docs.jsonl'));
  return [...groupBy(docs, (doc) => doc.story_id).entries()].map(([id, list]) => ({
    set: 'ecbplus',
    id,
    inputs: list.map((doc) => ({
      source: `ecbplus/${doc.id}`,
      format: 'text' as const,
      text: doc.text,
      id: doc.id,
      ...(doc.outlet === null ? {} : { outlet: doc.outlet }),
    })),
  }));
}

function basilStories(folder: string): StoryInputs[] {
  interface Doc {
    id: string;
    story_id: string;
    split: string;
    outlet: string;
    title: string;
    date: string;
    text: string;
  }
  const docs = readJsonl<Doc>(join(folder, 'articles.jsonl')).filter((doc) => doc.split === 'dev');
  return [...groupBy(docs, (doc) => doc.story_id).entries()].map(([id, list]) => ({
    set: 'basil',
    id,
    inputs: list.map((doc) => ({
      source: `basil/${doc.id}`,
      format: 'text' as const,
      text: doc.text,
      id: doc.id,
      title: doc.title,
      outlet: doc.outlet,
      published: doc.date,
    })),
  }));
}

function gvcStories(folder: string): StoryInputs[] {
  interface Doc {
    id: string;
    story_id: string;
    split: string;
    date: string;
    text: string;
  }
  const docs = readJsonl<Doc>(join(folder, 'docs.jsonl')).filter((doc) => doc.split === 'val');
  return [...groupBy(docs, (doc) => doc.story_id).entries()]
    .filter(([, list]) => list.length > 1)
    .map(([id, list]) => ({
      set: 'gvc',
      id,
      inputs: list.map((doc) => ({
        source: `gvc/${doc.id}`,
        format: 'text' as const,
        text: doc.text,
        id: doc.id,
        published: doc.date,
      })),
    }));
}

function printable(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > SENTENCE_PRINT_CHARS ? `${flat.slice(0, SENTENCE_PRINT_CHARS)}…` : flat;
}

const wanted = process.argv.includes('--set') ? process.argv[process.argv.indexOf('--set') + 1] : undefined;
const loaders: [string, (folder: string) => StoryInputs[]][] = [
  ['ecbplus', ecbplusStories],
  ['basil', basilStories],
  ['gvc', gvcStories],
];
const counts = new Map<string, number>();
const started = process.hrtime.bigint();
let stories = 0;
for (const [name, load] of loaders) {
  if (wanted !== undefined && wanted !== name) continue;
  const folder = benchData(name);
  if (folder === null) continue;
  let list = load(folder).sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  if (isSmoke()) list = list.slice(0, 3);
  for (const entry of list) {
    stories++;
    const articles: Article[] = entry.inputs.map((input) => processInput(input));
    const story: Story = {
      id: entry.id,
      articles: articles.map((article) => article.id),
      copies: [],
      timeline: articles.map((article) => ({
        article: article.id,
        ...(article.published === undefined ? {} : { published: article.published }),
      })),
      merged: [],
    };
    const byId = new Map(articles.map((article) => [article.id, article]));
    const { conflicts } = compareStory(story, articles);
    for (const conflict of conflicts) {
      const key = `${name} ${conflict.kind}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      console.log(
        `\n${name} ${entry.id} ${conflict.kind}${conflict.fact === undefined ? '' : ' (in a fact)'}: ${conflict.about}`,
      );
      for (const side of conflict.sides) {
        for (const citation of side.citations) {
          const article = byId.get(citation.article);
          const span = article?.sentences[citation.sentence];
          const text = span === undefined ? '' : (article?.text.slice(span.start, span.end) ?? '');
          console.log(`  ${side.value} [${citation.article}] ${printable(text)}`);
        }
      }
    }
  }
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log('');
let total = 0;
for (const [key, count] of [...counts.entries()].sort()) {
  console.log(`${key}: ${count}`);
  total += count;
}
report('conflicts-real-news', { stories, conflicts: total, seconds });

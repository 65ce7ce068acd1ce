import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { before, test } from 'node:test';
import type { StoryReport } from '../src/model/index.js';
import { repoRoot } from './helpers/repo-root.js';
import { runParallax } from './helpers/run-cli.js';

/** The gold that examples/expected.json gives (see examples/README.md). */
interface ExamplesGold {
  stories: { name: string; articles: string[] }[];
  lone: string;
  copies: { article: string; copyOf: string }[];
  residue: { article: string; text: string; reason: string }[];
  conflicts: { story: string; kind: string; values: string[] }[];
  labels: { entity: string; article: string; label: string }[];
  credits: { article: string; outlet: string }[];
  outlets?: { article: string; outlet: string }[];
}

const EXAMPLES = join(repoRoot(), 'examples');
const gold = JSON.parse(readFileSync(join(EXAMPLES, 'expected.json'), 'utf8')) as ExamplesGold;
let reports: StoryReport[] = [];

/** The gold's name for a report article: its path under examples/, or `file.jsonl#id` for a JSONL line. */
function refOf(article: StoryReport['articles'][number]): string {
  const path = relative(EXAMPLES, article.source.replace(/:\d+$/, ''));
  return path.endsWith('.jsonl') ? `${path}#${article.id}` : path;
}

function storyOf(ref: string): StoryReport | undefined {
  return reports.find((report) => report.articles.some((article) => refOf(article) === ref));
}

function articleOf(ref: string) {
  return storyOf(ref)?.articles.find((article) => refOf(article) === ref);
}

before(async () => {
  const run = await runParallax(['analyze', EXAMPLES, '--no-store', '--json']);
  assert.equal(run.code, 0, run.stderr);
  reports = run.records as unknown as StoryReport[];
});

test('examples: every invented story comes out as one story, and no two stories are merged', () => {
  const storyIds = gold.stories.map((story) => {
    const ids = new Set(story.articles.map((ref) => storyOf(ref)?.story));
    assert.equal(ids.size, 1, `${story.name}: its articles are split over ${ids.size} stories`);
    const [id] = ids;
    assert.ok(id, `${story.name}: found`);
    assert.equal(
      storyOf(story.articles[0] ?? '')?.articles.length,
      story.articles.length,
      `${story.name}: nothing else joined it`,
    );
    return id;
  });
  assert.equal(new Set(storyIds).size, gold.stories.length, 'distinct stories stay distinct');
});

test('examples: the unrelated article is alone in its story', () => {
  const story = storyOf(gold.lone);
  assert.ok(story, 'the lone article is reported');
  assert.equal(story.articles.length, 1);
});

test('examples: syndicated copies are marked copyOf their original, and only they are', () => {
  for (const copy of gold.copies) {
    const article = articleOf(copy.article);
    const original = articleOf(copy.copyOf);
    assert.ok(article && original);
    assert.equal(article.copyOf, original.id, `${copy.article} is a copy of ${copy.copyOf}`);
  }
  const copies = reports.flatMap((report) => report.articles.filter((article) => article.copyOf)).map(refOf);
  assert.deepEqual(copies.sort(), gold.copies.map((copy) => copy.article).sort());
});

test('examples: every article is credited to the outlet that published it', () => {
  const outlets = gold.outlets ?? [];
  assert.ok(outlets.length > 0, 'the gold lists outlets');
  const wrong = outlets
    .map((entry) => ({ ...entry, found: articleOf(entry.article)?.outlet }))
    .filter((entry) => entry.found !== entry.outlet)
    .map((entry) => `${entry.article}: ${entry.found ?? 'none'} instead of ${entry.outlet}`);
  assert.deepEqual(wrong, []);
});

test('examples: planted page residue is removed from the text', () => {
  for (const residue of gold.residue) {
    const text = articleOf(residue.article)?.sentences.join(' ') ?? '';
    assert.ok(text.length > 0, `${residue.article} has text`);
    assert.ok(!text.includes(residue.text.slice(0, 40)), `${residue.article}: "${residue.text}" removed`);
  }
});

test('examples: planted conflicts are found with their kind', () => {
  for (const conflict of gold.conflicts) {
    const story = reports.find((report) =>
      gold.stories
        .find((item) => item.name === conflict.story)
        ?.articles.some((ref) => report.articles.some((article) => refOf(article) === ref)),
    );
    assert.ok(story, conflict.story);
    const found = story.conflicts.some(
      (item) =>
        item.kind === conflict.kind &&
        conflict.values.every((value) =>
          item.sides.some((side) => side.value.includes(value) || value.includes(side.value)),
        ),
    );
    assert.ok(
      found,
      `${conflict.story}: ${conflict.kind} conflict ${conflict.values.join(' vs ')}; got ${JSON.stringify(story.conflicts.map((item) => [item.kind, item.sides.map((side) => side.value)]))}`,
    );
  }
});

test('examples: labels and credits are reported per article', () => {
  for (const label of gold.labels) {
    const story = storyOf(label.article);
    const article = articleOf(label.article);
    const entry = story?.labels.find(
      (item) => item.entity.includes(label.entity) || item.names.some((name) => name.includes(label.entity)),
    );
    const texts =
      entry?.byArticle.find((item) => item.article === article?.id)?.labels.map((item) => item.text) ?? [];
    assert.ok(
      texts.some((text) => text.toLowerCase().includes(label.label.toLowerCase())),
      `${label.article}: ${label.entity} labelled "${label.label}"; got ${JSON.stringify(texts)}`,
    );
  }
  for (const credit of gold.credits) {
    const story = storyOf(credit.article);
    const article = articleOf(credit.article);
    assert.ok(
      story?.provenance.credits.some(
        (item) => item.article === article?.id && item.outlet.includes(credit.outlet),
      ),
      `${credit.article} credits ${credit.outlet}`,
    );
  }
});

test('examples: no summary states both sides of a disputed number or title; the dispute is reported instead', () => {
  let reported = 0;
  for (const report of reports) {
    const stated = report.summary.filter((sentence) => !sentence.text.startsWith('Reports differ on'));
    for (const conflict of report.conflicts) {
      if (conflict.kind !== 'number' && conflict.kind !== 'title') continue;
      const sidesStated = conflict.sides.filter((side) =>
        side.citations.some((cite) =>
          stated.some((sentence) =>
            sentence.citations.some((own) => own.article === cite.article && own.sentence === cite.sentence),
          ),
        ),
      );
      const disputed = report.summary.some((sentence) =>
        sentence.text.startsWith(
          `Reports differ on ${/^how\b/.test(conflict.about) ? '' : 'the '}${conflict.about}`,
        ),
      );
      if (disputed) reported++;
      // Sides written on different days may be an update ("has risen to 27"), which is told in time order.
      const days = new Set(
        conflict.sides.map((side) =>
          side.articles
            .map((id) => report.articles.find((article) => article.id === id)?.published?.slice(0, 10) ?? '')
            .sort()
            .at(0),
        ),
      );
      if (sidesStated.length > 1 && days.size === 1)
        assert.ok(disputed, `${report.headline.text}: both sides of "${conflict.about}" stated as fact`);
    }
  }
  assert.ok(reported > 0, 'the corpus plants disputes the summaries must report');
});

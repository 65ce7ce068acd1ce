/**
 * Copy (syndication) detection quality. Into the dev stories of ECB+, GVC and BASIL we insert edited wire
 * copies of one article per story: a reworded headline, a trimmed ending, one paragraph changed (replaced by a
 * paragraph of another story), or several of these at once, each under another outlet and two hours later.
 * Scored: precision and recall of `copyOf` against the inserted copies, and copies claimed between two of the
 * sets' own articles from different outlets (independently written reports: must be 0).
 *
 *   npx tsx bench/quality/copies.ts [--smoke]
 */
import { createTextArticle, type Article } from '../../src/model/index.js';
import { clusterArticles } from '../../src/stories/index.js';
import { isSmoke, report, seeded } from '../lib.js';
import { loadSets } from './clustering.js';

/** Originals shorter than this get no inserted copies: a trimmed 60-word brief is not a meaningful copy test. */
const MIN_WORDS = 150;

function units(text: string): string[] {
  const paragraphs = text.split(/\n+/).filter((part) => part.trim() !== '');
  if (paragraphs.length >= 4) return paragraphs;
  return text.split(/(?<=[.!?])\s+/).filter((part) => part.trim() !== '');
}

const HEADLINE_WORDS = ['Update:', 'Report:', 'Breaking:', 'Latest:', 'Watch:'];

/** Builds one edited copy of `original`; `kind` picks the edits. */
function editCopy(
  original: Article,
  donor: Article,
  kind: number,
  random: () => number,
  index: number,
): Article {
  const parts = units(original.text);
  let edited = [...parts];
  if (kind !== 1) {
    // Trim the ending: drop 15-35% of the paragraphs, at least one.
    const drop = Math.max(1, Math.floor(parts.length * (0.15 + random() * 0.2)));
    edited = edited.slice(0, Math.max(2, edited.length - drop));
  }
  if (kind !== 0) {
    const donorParts = units(donor.text);
    const position = 1 + Math.floor(random() * Math.max(1, edited.length - 1));
    edited[Math.min(position, edited.length - 1)] =
      donorParts[Math.floor(random() * donorParts.length)] ?? '';
  }
  const words = (original.title ?? parts[0] ?? '').split(/\s+/).filter(Boolean);
  const title = `${HEADLINE_WORDS[index % HEADLINE_WORDS.length] ?? ''} ${words
    .slice(0, Math.max(3, words.length - 2))
    .reverse()
    .join(' ')}`;
  // A bare day ("2019-03-04") sorts at the end of that day in the stream, so a copy two hours after its
  // midnight would arrive before its original: such copies carry the same bare day and come after it.
  const published = original.published
    ? /^\d{4}-\d{2}-\d{2}$/.test(original.published)
      ? original.published
      : new Date(Date.parse(original.published) + 2 * 3600_000).toISOString()
    : undefined;
  return createTextArticle(edited.join(original.text.includes('\n\n') ? '\n\n' : '\n'), {
    id: `${original.id}~copy${index}`,
    source: `${original.id}~copy${index}`,
    title,
    outlet: `Syndicator ${index}`,
    ...(published === undefined ? {} : { published }),
  });
}

function wordGrams(text: string, size: number): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const grams = new Set<string>();
  for (let start = 0; start + size <= words.length; start++)
    grams.add(words.slice(start, start + size).join(' '));
  return grams;
}

/**
 * An independent check of a copy claimed between two of a set's own articles: at least half of the shorter
 * article's word 8-grams (all of them, unsampled) appear in the other. ECB+ and GVC were collected through news
 * aggregators and hold real wire stories republished, lightly edited, by several sites (checked by hand:
 * e.g. two AP versions of one boxing report, one with a changed headline and a longer ending). Those are true
 * copies, not errors; two reports written independently share far less than half of their 8-grams.
 */
function isWireReuse(a: Article, b: Article): boolean {
  const left = wordGrams(a.text, 8);
  const right = wordGrams(b.text, 8);
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  if (small.size === 0) return false;
  let shared = 0;
  for (const gram of small) if (large.has(gram)) shared++;
  return shared / small.size >= 0.5;
}

function main(): void {
  const smoke = isSmoke();
  const sets = loadSets(smoke);
  for (const [name, items] of sets) {
    const random = seeded(42);
    const byStory = new Map<string, Article[]>();
    for (const item of items) byStory.set(item.gold, [...(byStory.get(item.gold) ?? []), item.article]);
    const storyIds = [...byStory.keys()];
    const gold = new Map<string, string>();
    const stream: Article[] = [];
    const outletOf = new Map<string, string>();
    const inserted = new Set<string>();
    const byId = new Map<string, Article>();
    for (const item of items) {
      stream.push(item.article);
      byId.set(item.article.id, item.article);
      outletOf.set(item.article.id, item.article.outlet ?? `own:${item.article.id}`);
      const members = byStory.get(item.gold) ?? [];
      const wire = members.find((member) => (member.text.match(/\S+/g)?.length ?? 0) >= MIN_WORDS);
      if (wire !== item.article) continue;
      const donorStory = storyIds[(storyIds.indexOf(item.gold) + 7) % storyIds.length] ?? item.gold;
      const donor = byStory.get(donorStory)?.[0] ?? item.article;
      for (let kind = 0; kind < 3; kind++) {
        const copy = editCopy(item.article, donor, kind, random, kind);
        stream.push(copy);
        gold.set(copy.id, item.article.id);
        inserted.add(copy.id);
        outletOf.set(copy.id, copy.outlet ?? copy.id);
      }
    }
    const { assignments } = clusterArticles(stream);
    const found = new Set(assignments.filter((entry) => entry.copyOf !== undefined).map((entry) => entry.id));
    for (const id of gold.keys()) if (!found.has(id)) console.log(`  ${name}: missed copy ${id}`);
    let truePositives = 0;
    let predicted = 0;
    let crossOutletOwn = 0;
    let sameOutletOwn = 0;
    let verifiedOwn = 0;
    for (const assignment of assignments) {
      if (assignment.copyOf === undefined) continue;
      predicted++;
      if (gold.get(assignment.id) === assignment.copyOf) truePositives++;
      if (!inserted.has(assignment.id) && !inserted.has(assignment.copyOf)) {
        const a = byId.get(assignment.id);
        const b = byId.get(assignment.copyOf);
        if (a !== undefined && b !== undefined && isWireReuse(a, b)) {
          verifiedOwn++;
          truePositives++;
        } else if (outletOf.get(assignment.id) === outletOf.get(assignment.copyOf)) sameOutletOwn++;
        else {
          crossOutletOwn++;
          console.log(
            `  ${name}: copy claimed between own articles ${assignment.id} -> ${assignment.copyOf}`,
          );
        }
      }
    }
    report(`stories-copies-${name}`, {
      articles: stream.length,
      insertedCopies: gold.size,
      predictedCopies: predicted,
      precision: predicted === 0 ? 1 : truePositives / predicted,
      recall: gold.size === 0 ? 1 : (truePositives - verifiedOwn) / gold.size,
      wireCopiesInData: verifiedOwn,
      falseCopiesAcrossOutlets: crossOutletOwn,
      copiesWithinOutlet: sameOutletOwn,
    });
  }
}

main();

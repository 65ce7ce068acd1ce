import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTextArticle, type Article } from '../model/index.js';
import { createStoryIndex } from './create-story-index.js';
import { extractFeatures } from './extract-features.js';

// A from-scratch reference for the score `add` reports, to catch a cache (idf per epoch, centroid norms, the
// namespaces a centroid remembers) that goes stale. Below 100 documents the index renews idf with every
// document, so the reference can compute it directly. Mirrors the defaults of create-story-index.ts.
const BUCKETS = 1 << 21;
const WEIGHTS = [0, 0.5, 0.2, 0.3];

function bucketOf(term: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < term.length; index++)
    hash = Math.imul(hash ^ term.charCodeAt(index), 0x01000193);
  return (hash >>> 0) & (BUCKETS - 1);
}

const spaceOf = (term: string): number => (term.startsWith('w:') ? 0 : term.startsWith('#') ? 2 : 1);

/** Bucket -> log-scaled count, as the index builds an article vector (a later term replaces an earlier). */
function vectorOf(article: Article): Map<number, number> {
  const vector = new Map<number, number>();
  for (const [term, count] of extractFeatures(article).terms)
    vector.set(bucketOf(term), 1 + Math.log(Math.max(count, 1)));
  return vector;
}

/** Score of `probe` against the centroid of `members`, after `stream` (probe included) was counted. */
function referenceScore(stream: readonly Article[], members: readonly Article[], probe: Article): number {
  const label = new Map<number, number>();
  const frequency = new Map<number, number>();
  for (const item of stream) {
    const terms = extractFeatures(item).terms;
    for (const [term] of terms) label.set(bucketOf(term), spaceOf(term));
    for (const bucket of new Set(terms.map(([term]) => bucketOf(term))))
      frequency.set(bucket, (frequency.get(bucket) ?? 0) + 1);
  }
  const idf = (bucket: number): number =>
    Math.log((stream.length + 1) / ((frequency.get(bucket) ?? 0) + 1)) + 1;
  const centroid = new Map<number, number>();
  for (const member of members)
    for (const [bucket, value] of vectorOf(member)) centroid.set(bucket, (centroid.get(bucket) ?? 0) + value);
  const article = vectorOf(probe);
  const norms = (vector: Map<number, number>): number[] => {
    const sums = [0, 0, 0, 0];
    for (const [bucket, value] of vector) {
      const weight = value * idf(bucket);
      const space = label.get(bucket) as number;
      sums[space] = (sums[space] as number) + weight * weight;
      sums[3] = (sums[3] as number) + weight * weight;
    }
    return sums;
  };
  const dots = [0, 0, 0, 0];
  for (const [bucket, value] of article) {
    const other = centroid.get(bucket);
    if (other === undefined) continue;
    const product = value * other * idf(bucket) * idf(bucket);
    const space = label.get(bucket) as number;
    dots[space] = (dots[space] as number) + product;
    dots[3] = (dots[3] as number) + product;
  }
  const [a, b] = [norms(article), norms(centroid)];
  let score = 0;
  let total = 0;
  for (let space = 0; space < 4; space++) {
    const norm = Math.sqrt((a[space] as number) * (b[space] as number));
    if (norm === 0) continue;
    score += ((WEIGHTS[space] as number) * (dots[space] as number)) / norm;
    total += WEIGHTS[space] as number;
  }
  return score / total;
}

/** A plain word and a capitalised name whose terms (`w:`, `n:`) fall in one bucket of the index's table. */
function collidingWordAndName(): { word: string; name: string } {
  const letters = 'bdfgklmnprtvz';
  const spell = (value: number): string => {
    let text = '';
    for (let rest = value; rest > 0; rest = Math.floor(rest / letters.length))
      text += letters[rest % letters.length];
    return text;
  };
  const words = new Map<number, string>();
  for (let value = 200; value < 6000; value++)
    words.set(bucketOf(`w:zo${spell(value)}o`), `zo${spell(value)}o`);
  for (let value = 200; value < 200_000; value++) {
    const word = words.get(bucketOf(`n:ka${spell(value)}a`));
    if (word !== undefined) return { word, name: `Ka${spell(value)}a` };
  }
  throw new Error('no colliding pair found');
}

test('the reported score is the cosine computed from scratch, also after a bucket changes namespace', () => {
  const { word, name } = collidingWordAndName();
  const text = (id: string, body: string): Article => createTextArticle(body, { id, source: id });
  const first = text(
    'm1',
    `Ferry operator Brannock Lines cancelled the ${word} crossing to Ilsmere after gales damaged the pier at ` +
      `Corvel harbour. Harbour master Edda Quillon said repairs to the Corvel pier would take weeks.`,
  );
  const second = text(
    'm2',
    `Gales damaged the Corvel harbour pier and Brannock Lines stopped the ${word} crossing to Ilsmere. ` +
      `Edda Quillon, the harbour master, expects weeks of repairs at Corvel.`,
  );
  // Another event, naming the person whose term shares the word's bucket: the bucket now reads as a name.
  const other = text(
    'o1',
    `Sculptor ${name} Vantree unveiled a bronze heron in the Pellow botanical garden. ` +
      `The garden trust said ${name} Vantree worked on the heron for three winters.`,
  );
  const probe = text(
    'p1',
    'Brannock Lines will not sail to Ilsmere until the Corvel harbour pier is repaired, ' +
      'harbour master Edda Quillon told passengers stranded by the gales.',
  );
  const index = createStoryIndex();
  const story = index.add(first).story;
  assert.equal(index.add(second).story, story);
  assert.notEqual(index.add(other).story, story);
  const assignment = index.add(probe);
  assert.equal(assignment.story, story);
  const expected = referenceScore([first, second, other, probe], [first, second], probe);
  assert.ok(Math.abs((assignment.score ?? 0) - expected) <= 1e-4, `${assignment.score} vs ${expected}`);
});

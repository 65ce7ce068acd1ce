/**
 * Development check, read by hand: entities and labels on a fixed sample of real news articles (20 ECB+, 15
 * BASIL, 10 GVC, 15 PolNeAR, chosen by a seeded shuffle so that every run reads the same 60). For each article it
 * prints the people (every mention, with the labels found at it and whose role a possessive label names), then
 * the organisations, places and other names on one line each, then suspects for the reader to check:
 *
 * - `SURNAME`: a one-word name that is the last word of two or more people's full names, and where each of its
 *   mentions went (wrong merges of relatives: "Felt" for two people called Felt);
 * - `VARIANT`: two entities of one type whose names differ only by accents, hyphens, spaces or a few letters;
 * - `LABEL`: a label that starts inside a word group ("year-old actress's rep") or holds a capitalised name
 *   that is a person of its own (a label that may belong to that other person).
 *
 * The counts of wrong merges and wrong labels are made by reading the output; they are recorded in BENCHMARKS.md
 * (entities on real news). Needs the sets: it reads them only when PARALLAX_BENCH_DATA is set, and prints SKIP
 * otherwise. Not run by `npm run bench`: it scores nothing.
 *
 *   npx tsc -p tsconfig.json && PARALLAX_BENCH_DATA=/work/shared/bench node dist/bench/entities-sample.js
 *   [--only <article id>] [--suspects] (only the suspects lines)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeLanguage, normalizeEntityKey } from '../src/language/index.js';
import { createTextArticle, type Entity } from '../src/model/index.js';
import { seeded } from './lib.js';

interface Row {
  id: string;
  text: string;
}

/* How many articles each set gives the sample: 60 in all. */
const SAMPLE: readonly { set: string; file: string; count: number }[] = [
  { set: 'ecbplus', file: 'docs.jsonl', count: 20 },
  { set: 'basil', file: 'articles.jsonl', count: 15 },
  { set: 'gvc', file: 'docs.jsonl', count: 10 },
  { set: 'polnear', file: 'articles.jsonl', count: 15 },
];
const SEED = 20261207;

function sample(rows: Row[], count: number, random: () => number): Row[] {
  const copy = [...rows];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as Row, copy[index] as Row];
  }
  return copy.slice(0, count);
}

/** Accents, hyphens, apostrophes and spaces left out: "Núñez" and "Nunez", "al-Assad" and "al Assad". */
function folded(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

function describeMention(text: string, labels: Entity['mentions'][number]['labels']): string {
  if (labels.length === 0) return text;
  const shown = labels.map((found) => `${found.text}${found.of === undefined ? '' : ` of ${found.of}`}`);
  return `${text} [${shown.join(' | ')}]`;
}

function suspects(entities: readonly Entity[]): string[] {
  const lines: string[] = [];
  const people = entities.filter((entity) => entity.type === 'person');
  const bySurname = new Map<string, Entity[]>();
  for (const person of people) {
    const words = person.key.split(' ');
    if (words.length < 2) continue;
    const surname = words[words.length - 1] ?? '';
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), person]);
  }
  for (const [surname, owners] of bySurname) {
    if (owners.length < 2) continue;
    const where = owners.map((owner) => {
      const bare = owner.mentions.filter(
        (mention) => mention.reference !== true && normalizeEntityKey(mention.text) === surname,
      ).length;
      return `${owner.name} (${bare} bare)`;
    });
    lines.push(`SURNAME ${surname}: ${where.join(', ')}`);
  }
  for (let first = 0; first < entities.length; first++) {
    for (let second = first + 1; second < entities.length; second++) {
      const a = entities[first];
      const b = entities[second];
      if (!a || !b || a.type !== b.type) continue;
      const foldedA = folded(a.name);
      const foldedB = folded(b.name);
      const close =
        foldedA === foldedB ||
        (Math.min(foldedA.length, foldedB.length) >= 6 && editDistance(foldedA, foldedB) <= 2);
      if (close) lines.push(`VARIANT ${a.name} / ${b.name}`);
    }
  }
  const personNames = people.map((person) => person.name);
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      for (const found of mention.labels) {
        const cut =
          /^[\p{Ll}]+-[\p{Ll}]+[\s-]/u.test(found.text) && /^(?:year|month|week)-old/.test(found.text);
        const other = personNames.find(
          (name) => name !== entity.name && name.includes(' ') && found.text.includes(name),
        );
        if (cut || other !== undefined)
          lines.push(
            `LABEL ${entity.name}: "${found.text}"${other === undefined ? '' : ` (names ${other})`}`,
          );
      }
    }
  }
  return lines;
}

function main(): void {
  const base = process.env.PARALLAX_BENCH_DATA;
  if (base === undefined) {
    console.log('SKIP entities-sample: set PARALLAX_BENCH_DATA to the folder of the evaluation sets.');
    return;
  }
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  const suspectsOnly = process.argv.includes('--suspects');
  const random = seeded(SEED);
  let counts = { articles: 0, people: 0, labels: 0, suspects: 0 };
  for (const { set, file, count } of SAMPLE) {
    const rows = readFileSync(join(base, set, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Row)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const row of sample(rows, count, random)) {
      if (only !== undefined && row.id !== only) continue;
      const article = analyzeLanguage(createTextArticle(row.text, { id: row.id }));
      const entities = article.entities;
      const found = suspects(entities);
      counts = {
        articles: counts.articles + 1,
        people: counts.people + entities.filter((entity) => entity.type === 'person').length,
        labels:
          counts.labels +
          entities.reduce(
            (sum, entity) =>
              sum + entity.mentions.reduce((inner, mention) => inner + mention.labels.length, 0),
            0,
          ),
        suspects: counts.suspects + found.length,
      };
      console.log(`\n## ${set} ${row.id}`);
      if (!suspectsOnly) {
        for (const entity of entities.filter((candidate) => candidate.type === 'person')) {
          const mentions = entity.mentions.map((mention) =>
            mention.reference === true ? `(${mention.text})` : describeMention(mention.text, mention.labels),
          );
          console.log(`  ${entity.name}: ${mentions.join('; ')}`);
        }
        for (const type of ['organization', 'place', 'other'] as const) {
          const named = entities.filter((entity) => entity.type === type);
          if (named.length === 0) continue;
          const shown = named.map((entity) => {
            const labelled = entity.mentions.flatMap((mention) => mention.labels.map((found) => found.text));
            return `${entity.name} x${entity.mentions.length}${labelled.length > 0 ? ` [${labelled.join(' | ')}]` : ''}`;
          });
          console.log(`  ${type}: ${shown.join('; ')}`);
        }
      }
      for (const line of found) console.log(`  ! ${line}`);
    }
  }
  console.log(
    `\n${counts.articles} articles, ${counts.people} people, ${counts.labels} labels, ${counts.suspects} suspects`,
  );
}

main();

/**
 * Alignment quality on ECB+: are sentences that mention the same event (a shared cross-document event
 * coreference chain) put into one fact, and sentences that share no chain kept apart?
 *
 * Each ECB+ story (topic x sub-topic) is compared as one story; every sentence of its documents goes through
 * `alignSentences`. Scored are cross-document sentence pairs where both sentences carry at least one event
 * mention with a cross-document chain (the annotated sentences; the `selected_for_coref` flags are all false
 * in the kept split). Gold: the pair shares an event chain. Predicted: the pair is in one fact.
 * Pairwise precision, recall and F1, per split (train topics were used to pick the threshold; dev is reported
 * as held-out), plus a threshold sweep.
 *
 * Run: npx tsx bench/quality/alignment.ts [--smoke]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignSentences, ALIGN_THRESHOLD, type AlignUnit } from '../../src/compare/index.js';
import { benchData, isSmoke, report } from '../lib.js';

interface Doc {
  id: string;
  story_id: string;
  split: string;
  text: string;
  sentences: { index: number; start: number; end: number }[];
}
interface MentionRow {
  doc_id: string;
  is_event: boolean;
  char_start: number | null;
  cross_doc_chain: string | null;
}

interface Counts {
  pairs: number;
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
}

const folder = benchData('ecbplus');
if (folder !== null) {
  const docs = readFileSync(join(folder, 'docs.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Doc);
  const docById = new Map(docs.map((doc) => [doc.id, doc]));
  const chains = new Map<string, Set<string>>();
  for (const line of readFileSync(join(folder, 'mentions.jsonl'), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as MentionRow;
    if (!row.is_event || row.cross_doc_chain === null || row.char_start === null) continue;
    const doc = docById.get(row.doc_id);
    const sentence = doc?.sentences.find(
      (span) => row.char_start! >= span.start && row.char_start! < span.end,
    );
    if (sentence === undefined) continue;
    const key = `${row.doc_id}#${sentence.index}`;
    let set = chains.get(key);
    if (set === undefined) chains.set(key, (set = new Set()));
    set.add(row.cross_doc_chain);
  }

  const stories = new Map<string, Doc[]>();
  for (const doc of docs) {
    let list = stories.get(doc.story_id);
    if (list === undefined) stories.set(doc.story_id, (list = []));
    list.push(doc);
  }
  let storyList = [...stories.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  if (isSmoke()) storyList = storyList.slice(0, 8);

  const thresholds = isSmoke() ? [ALIGN_THRESHOLD] : [0.1, 0.15, 0.2, 0.25, 0.3, 0.4, ALIGN_THRESHOLD];
  const results = new Map<string, Counts>();
  const started = process.hrtime.bigint();
  // "facts": the product setting (at most two adjacent sentences of one article per fact). "events": no limit
  // per article, closer to what the gold chains mark (every sentence that mentions the event).
  const settings = [
    { name: 'facts', sentencesPerArticle: 2 },
    { name: 'events', sentencesPerArticle: Infinity },
  ];
  for (const setting of settings)
    for (const threshold of [...new Set(thresholds)]) {
      for (const [, storyDocs] of storyList) {
        const units: (AlignUnit & { doc: string; index: number })[] = [];
        storyDocs.forEach((doc, article) => {
          for (const span of doc.sentences) {
            units.push({
              article,
              sentence: span.index,
              text: doc.text.slice(span.start, span.end),
              doc: doc.id,
              index: span.index,
            });
          }
        });
        const { groups } = alignSentences(units, {
          threshold,
          sentencesPerArticle: setting.sentencesPerArticle,
        });
        const groupOf = new Map<number, number>();
        groups.forEach((group, number) => group.forEach((unit) => groupOf.set(unit, number)));
        const split = storyDocs[0]?.split ?? 'train';
        const key = `${setting.name} ${split} ${threshold}`;
        let counts = results.get(key);
        if (counts === undefined)
          results.set(key, (counts = { pairs: 0, truePositive: 0, falsePositive: 0, falseNegative: 0 }));
        const annotated = units
          .map((unit, position) => ({ unit, position, chains: chains.get(`${unit.doc}#${unit.index}`) }))
          .filter((entry) => entry.chains !== undefined);
        for (let i = 0; i < annotated.length; i++) {
          for (let j = i + 1; j < annotated.length; j++) {
            const a = annotated[i]!;
            const b = annotated[j]!;
            if (a.unit.doc === b.unit.doc) continue;
            const gold = [...a.chains!].some((chain) => b.chains!.has(chain));
            const predicted = groupOf.get(a.position) === groupOf.get(b.position);
            counts.pairs++;
            if (gold && predicted) counts.truePositive++;
            else if (predicted) counts.falsePositive++;
            else if (gold) counts.falseNegative++;
          }
        }
      }
    }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  const score = (counts: Counts): { precision: number; recall: number; f1: number } => {
    const precision = counts.truePositive / Math.max(1, counts.truePositive + counts.falsePositive);
    const recall = counts.truePositive / Math.max(1, counts.truePositive + counts.falseNegative);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { precision, recall, f1 };
  };
  for (const [key, counts] of [...results.entries()].sort()) {
    const [name, split, threshold] = key.split(' ');
    const { precision, recall, f1 } = score(counts);
    const positives = counts.truePositive + counts.falseNegative;
    console.log(
      `${name} ${split} threshold=${threshold} P=${precision.toFixed(3)} R=${recall.toFixed(3)} F1=${f1.toFixed(3)} ` +
        `(tp=${counts.truePositive} fp=${counts.falsePositive} fn=${counts.falseNegative}; gold pairs ${positives} of ${counts.pairs}: one-fact-for-all P=${(positives / Math.max(1, counts.pairs)).toFixed(3)})`,
    );
  }
  for (const split of ['train', 'dev']) {
    const counts = results.get(`facts ${split} ${ALIGN_THRESHOLD}`);
    if (counts === undefined) continue;
    const { precision, recall, f1 } = score(counts);
    report(`alignment-ecbplus-${split}`, {
      threshold: ALIGN_THRESHOLD,
      precision,
      recall,
      f1,
      pairs: counts.truePositive + counts.falsePositive + counts.falseNegative,
      stories: storyList.filter(([, list]) => list[0]?.split === split).length,
      seconds,
    });
  }
}

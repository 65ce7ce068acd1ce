/**
 * Headline quality (issue 7: short, factual, neutral): the whole pipeline (`processInput`, then `reportStory` on
 * the story's articles) on NeuS val, BASIL dev and ECB+ dev stories, and for each set: the share of headlines that
 * read as a clause (a subject and a finite verb, not opening on an adjunct or participle phrase left without its
 * main clause), the share that end cut inside a phrase (on an article, a preposition, a conjunction, an auxiliary,
 * an attributive adjective or a colon), mean and largest word counts, and, where the set has reference titles
 * (NeuS: the AllSides roundup title; BASIL: the story's main event), ROUGE-1/2/L F1 against them. Beside it, a
 * baseline: the first 14 words of the summary's first sentence.
 *
 * The clause and cut checks use wink-nlp's part-of-speech tags and are independent of the headline builder's own
 * patterns; they are approximate (calibrated by reading 50 headlines by hand, see BENCHMARKS.md).
 *
 *   node dist/bench/quality/headlines.js [--smoke] [--list]
 *
 * `--list` prints every headline with its verdicts, for reading by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Article, Story } from '../../src/model/index.js';
import { processInput, reportStory } from '../../src/pipeline.js';
import { benchData, isSmoke, report } from '../lib.js';
import { rougeL, rougeN } from './neus.js';

/** One story: its articles as raw text, and a reference title when the set has one. */
interface HeadlineItem {
  id: string;
  articles: { text: string; title?: string; outlet?: string; published?: string }[];
  reference?: string;
}

const nlp = winkNLP(model);
const { its } = nlp;

/** What the checks say about one headline. */
export interface HeadlineVerdict {
  words: number;
  clause: boolean;
  cut: boolean;
  why: string;
}

/** Parts of speech a headline cut inside a phrase ends on. */
const OPEN_END = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART']);
/** Words that open an adjunct before the main clause. */
const ADJUNCT_START = new Set(['SCONJ', 'ADP']);

/**
 * Checks one headline. A clause: after any leading adjunct (closed by a comma), a noun, name, pronoun or figure
 * before a finite verb (an auxiliary, a verb not in -ing, or an -s word after a name, which the tagger often reads
 * as a plural noun: "Halden signs order"). A cut: the last word is a function word, an auxiliary, an adjective
 * right after an article or a possessive ("a pregnant"), or a colon.
 */
export function judgeHeadline(text: string): HeadlineVerdict {
  const doc = nlp.readDoc(text);
  const words = doc.tokens().out();
  // wink-nlp's API takes its property readers unbound (`out(its.pos)`); they use no `this`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const tags = doc.tokens().out(its.pos);
  // Words as a reader counts them: "didn't" and "Iran’s" are one word each, though the tagger splits them.
  const count = text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  let start = 0;
  let why = '';
  const first = words[0] ?? '';
  const participle = tags[0] === 'VERB' && /(?:ing|ed)$/i.test(first);
  if (ADJUNCT_START.has(tags[0] ?? '') || participle) {
    const comma = words.indexOf(',');
    if (comma < 0) why = participle ? 'participle opening' : 'adjunct opening';
    start = comma + 1;
  }
  let clause = false;
  if (why === '') {
    let subject = false;
    for (let index = start; index < words.length; index++) {
      const word = words[index] ?? '';
      const tag = tags[index] ?? '';
      if (/^(?:NOUN|PROPN|PRON|NUM)$/.test(tag) && !/^(?:SCONJ)$/.test(tags[index - 1] ?? '')) {
        // "Halden signs order", "Port reopens": an -s word after a noun is read as a present verb.
        if (subject && /^\p{Ll}+s$/u.test(word) && !/ss$/.test(word) && tag === 'NOUN') {
          clause = true;
          break;
        }
        subject = true;
        continue;
      }
      if (subject && (tag === 'AUX' || (tag === 'VERB' && !/ing$/i.test(word)))) {
        clause = true;
        break;
      }
      if (tag === 'SCONJ' || (tag === 'PRON' && /^(?:who|which|that)$/i.test(word))) break;
    }
    if (!clause) why = 'no subject and finite verb';
  }
  const lastIndex = tags.length - 1 - (tags.at(-1) === 'PUNCT' && words.at(-1) !== ':' ? 1 : 0);
  const last = tags[lastIndex] ?? '';
  const beforeLast = tags[lastIndex - 1] ?? '';
  const lastWord = words[lastIndex] ?? '';
  const cut =
    words.at(-1) === ':' ||
    OPEN_END.has(last) ||
    (last === 'PRON' && /^(?:his|her|their|its|our|my|your)$/i.test(lastWord)) ||
    (last === 'ADJ' &&
      /^(?:DET|PRON|ADJ)$/.test(beforeLast) &&
      !/^(?:AUX|VERB)$/.test(tags[lastIndex - 2] ?? ''));
  if (cut) why = why === '' ? `ends on ${last} "${lastWord}"` : `${why}; ends on ${last}`;
  return { words: count, clause, cut, why };
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

/** NeuS val: three excerpts per story, the roundup's title as reference (its trailing "." is the authors'). */
function loadNeus(folder: string): HeadlineItem[] {
  return readJsonl<{
    cluster_id: string;
    articles: { title: string; text: string }[];
    summary: { title?: string };
  }>(join(folder, 'neus_val.jsonl')).map((row) => ({
    id: `neus-${row.cluster_id}`,
    articles: row.articles.map((article) => ({ text: article.text, title: article.title })),
    ...(row.summary.title ? { reference: row.summary.title.replace(/\s*\.$/u, '') } : {}),
  }));
}

interface SourceRow {
  id: string;
  text: string;
  title?: string | null;
  outlet?: string | null;
  date?: string | null;
  story_id: string;
  split?: string;
}

function toSource(row: SourceRow): HeadlineItem['articles'][number] {
  return {
    text: row.text,
    ...(row.title ? { title: row.title } : {}),
    ...(row.outlet ? { outlet: row.outlet } : {}),
    ...(row.date ? { published: row.date } : {}),
  };
}

/** BASIL dev: three outlets per story, the story's main event as reference. */
function loadBasil(folder: string): HeadlineItem[] {
  const articles = readJsonl<SourceRow>(join(folder, 'articles.jsonl'));
  return readJsonl<{ story_id: string; split: string; main_event?: string }>(join(folder, 'stories.jsonl'))
    .filter((story) => story.split === 'dev')
    .map((story) => ({
      id: `basil-${story.story_id}`,
      articles: articles.filter((row) => row.story_id === story.story_id).map(toSource),
      ...(story.main_event ? { reference: story.main_event } : {}),
    }));
}

/** ECB+ dev: the documents of each gold story (no reference titles). */
function loadEcb(folder: string): HeadlineItem[] {
  const groups = new Map<string, SourceRow[]>();
  for (const row of readJsonl<SourceRow>(join(folder, 'docs.jsonl'))) {
    if (row.split !== 'dev') continue;
    groups.set(row.story_id, [...(groups.get(row.story_id) ?? []), row]);
  }
  return [...groups].map(([id, rows]) => ({ id: `ecb-${id}`, articles: rows.map(toSource) }));
}

/** The story's report headline and first summary sentence, from the whole pipeline. */
function headlineOf(item: HeadlineItem): { headline: string; first: string; source: string } {
  const articles: Article[] = item.articles.map((source, index) =>
    processInput({
      source: `${item.id}-${index}`,
      format: 'text',
      text: source.text,
      id: `${item.id}-${index}`,
      ...(source.title === undefined ? {} : { title: source.title }),
      ...(source.outlet === undefined ? { outlet: `outlet-${index}` } : { outlet: source.outlet }),
      ...(source.published === undefined ? {} : { published: source.published }),
    }),
  );
  const story: Story = {
    id: item.id,
    articles: articles.map((article) => article.id),
    copies: [],
    timeline: articles.map((article) => ({ article: article.id })),
    merged: [],
  };
  const result = reportStory(story, articles);
  const [citation] = result.headline.citations;
  const cited = articles.find((article) => article.id === citation?.article);
  const source = citation && cited ? cited.text.slice(citation.start, citation.end) : '';
  return { headline: result.headline.text, first: result.summary[0]?.text ?? '', source };
}

function firstWords(text: string, count: number): string {
  return text.split(/\s+/).slice(0, count).join(' ');
}

function evaluate(name: string, items: readonly HeadlineItem[], list: boolean): void {
  let clauses = 0;
  let cuts = 0;
  let words = 0;
  let maxWords = 0;
  let empty = 0;
  let referenced = 0;
  const rouge = { r1: 0, r2: 0, rl: 0, baseR1: 0, baseRl: 0 };
  for (const item of items) {
    const { headline, first, source } = headlineOf(item);
    if (headline === '') {
      empty += 1;
      continue;
    }
    const verdict = judgeHeadline(headline);
    if (verdict.clause && !verdict.cut) clauses += 1;
    if (verdict.cut) cuts += 1;
    words += verdict.words;
    maxWords = Math.max(maxWords, verdict.words);
    if (item.reference !== undefined) {
      referenced += 1;
      rouge.r1 += rougeN(headline, item.reference, 1);
      rouge.r2 += rougeN(headline, item.reference, 2);
      rouge.rl += rougeL(headline, item.reference);
      const baseline = firstWords(first, 14);
      rouge.baseR1 += rougeN(baseline, item.reference, 1);
      rouge.baseRl += rougeL(baseline, item.reference);
    }
    if (list) {
      const mark = verdict.clause && !verdict.cut ? 'ok  ' : 'FRAG';
      console.log(
        `${mark} ${item.id} [${verdict.words}] ${headline}${verdict.why ? `   <- ${verdict.why}` : ''}`,
      );
      console.log(`       from: ${source.replace(/\s+/gu, ' ')}`);
    }
  }
  const made = Math.max(1, items.length - empty);
  const metrics: Record<string, number> = {
    items: items.length,
    empty,
    clauseShare: clauses / made,
    cutShare: cuts / made,
    meanWords: words / made,
    maxWords,
  };
  if (referenced > 0) {
    metrics.rouge1 = (100 * rouge.r1) / referenced;
    metrics.rouge2 = (100 * rouge.r2) / referenced;
    metrics.rougeL = (100 * rouge.rl) / referenced;
    metrics.first14Rouge1 = (100 * rouge.baseR1) / referenced;
    metrics.first14RougeL = (100 * rouge.baseRl) / referenced;
  }
  report(`headlines-${name}`, metrics);
}

function main(): void {
  const smoke = isSmoke();
  const list = process.argv.includes('--list');
  const limit = smoke ? 30 : Number.POSITIVE_INFINITY;
  const neus = benchData('neus-allsides');
  if (neus) evaluate('neus-val', loadNeus(neus).slice(0, limit), list);
  const basil = benchData('basil');
  if (basil) evaluate('basil-dev', loadBasil(basil).slice(0, limit), list);
  const ecb = benchData('ecbplus');
  if (ecb) evaluate('ecbplus-dev', loadEcb(ecb).slice(0, limit), list);
}

main();

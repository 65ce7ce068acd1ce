/**
 * Language-stage speed on PolNeAR articles (train + dev), side by side in one process run with the peers:
 * wink-nlp with wink-eng-lite-web-model (tokens, sentences, entities: the library candidate for the stage)
 * and chrono-node (the candidate for dates), over the same texts. Ratios are printed because the machine
 * is shared and absolute figures are noisy.
 *
 *   npx tsx bench/language.bench.ts [--smoke]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyzeLanguage, splitSentences } from '../src/language/index.js';
import { createTextArticle, type Article } from '../src/model/index.js';
import { benchData, isSmoke, peakRssMiB, report, throughput } from './lib.js';

interface Row {
  id: string;
  date: string;
  split: string;
  text: string;
}

function main(): void {
  const folder = benchData('polnear');
  if (!folder) return;
  const smoke = isSmoke();
  let rows = readFileSync(join(folder, 'articles.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row);
  if (smoke) rows = rows.filter((_, index) => index % 10 === 0);
  const articles: Article[] = rows.map((row) =>
    createTextArticle(row.text, { published: row.date, source: row.id }),
  );
  const megabytes = rows.reduce((sum, row) => sum + Buffer.byteLength(row.text, 'utf8'), 0) / 1e6;
  const rounds = smoke ? 1 : 3;
  const warmup = smoke ? 10 : 50;

  const ours = throughput(articles, (article) => analyzeLanguage(article), { rounds, warmup });
  const oursRss = peakRssMiB();
  const sentencesOnly = throughput(articles, (article) => splitSentences(article.text, article.paragraphs), {
    rounds,
    warmup,
  });

  const nlp = winkNLP(model);
  const its = nlp.its;
  const wink = throughput(
    articles,
    (article) => {
      const doc = nlp.readDoc(article.text);
      // wink's `its` helpers are plain functions that ignore `this`; passing them is its documented use.
      // eslint-disable-next-line @typescript-eslint/unbound-method
      return [doc.sentences().out(its.span).length, doc.entities().out(its.span).length];
    },
    { rounds, warmup },
  );
  const chronoRate = throughput(
    articles,
    (article) => chrono.parse(article.text, article.published ? new Date(article.published) : undefined),
    { rounds, warmup },
  );
  const peerRss = peakRssMiB();

  report('language-speed', {
    articles: articles.length,
    megabytes: megabytes,
    articlesPerSecond: ours.perSecond,
    articlesPerCpuSecond: ours.perCpuSecond,
    min: ours.min,
    max: ours.max,
    megabytesPerSecond: (ours.perSecond * megabytes) / articles.length,
    peakRssMiB: oursRss,
  });
  report('language-speed-peers', {
    splitSentencesPerSecond: sentencesOnly.perSecond,
    winkNlpPerSecond: wink.perSecond,
    winkNlpPerCpuSecond: wink.perCpuSecond,
    chronoPerSecond: chronoRate.perSecond,
    oursOverWink: ours.perSecond / wink.perSecond,
    oursOverWinkByCpu: ours.perCpuSecond / wink.perCpuSecond,
    oursOverChrono: ours.perSecond / chronoRate.perSecond,
    peakRssMiBAfterPeers: peerRss,
  });
}

main();

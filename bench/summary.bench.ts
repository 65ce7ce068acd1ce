/**
 * Speed of the summary stage. (1) Loaded-language detection, sentences per second on one core, with a peer in the
 * same run: a plain tokenise-and-look-up of the Recasens et al. (2013) bias lexicon (bench-only). (2) Summary of
 * a 50-article story (BASIL dev articles, about 1,500 sentences), with the LexRank baseline of the NeuS scorer as
 * its peer. Sentences come from BABE when present, else invented ones. Run: `npx tsx bench/summary.bench.ts [--smoke]`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../src/language/index.js';
import { createTextArticle, type Article } from '../src/model/index.js';
import { detectLoaded, scoreLoadedText, summarizeStory } from '../src/summary/index.js';
import { benchData, isSmoke, peakRssMiB, report, throughput } from './lib.js';
import { lexRank } from './quality/neus.js';

const INVENTED = [
  'The Eldoria council approved a budget of 4 million crowns on Monday after a long debate.',
  'The harbour regime slammed the utterly disastrous ferry plan, critics said.',
  '"This is a disgrace," the mayor of Varna told reporters outside the town hall.',
  'Clearly the so-called reform will fail, according to the union.',
];

function readLines(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean);
}

function loadSentences(): string[] {
  const babe = benchData('babe');
  if (!babe) return Array.from({ length: 2000 }, (_, index) => INVENTED[index % INVENTED.length] ?? '');
  return readLines(join(babe, 'sentences.jsonl')).map((line) => (JSON.parse(line) as { text: string }).text);
}

function loadStory(count: number): Article[] {
  const basil = benchData('basil');
  const texts = basil
    ? readLines(join(basil, 'articles.jsonl'))
        .slice(0, count)
        .map((line) => (JSON.parse(line) as { text: string }).text)
    : Array.from({ length: count }, (_, index) => INVENTED.join(' ').repeat(8) + ` Article ${index}.`);
  return texts.map((text, index) => {
    const article = createTextArticle(text, { id: `a${index}`, outlet: `outlet-${index % 10}` });
    return { ...article, sentences: splitSentences(article.text, article.paragraphs) };
  });
}

function main(): void {
  let sentences = loadSentences();
  if (isSmoke()) sentences = sentences.slice(0, 500);
  const recasensFolder = benchData('lexicons-recasens2013');
  const recasens = new Set<string>();
  if (recasensFolder) {
    for (const line of readLines(join(recasensFolder, 'lexicons.jsonl'))) {
      const entry = JSON.parse(line) as { lexicon: string; entry: string };
      if (entry.lexicon === 'bias_lemmas') recasens.add(entry.entry);
    }
  }
  const ours = throughput(sentences, (text) => scoreLoadedText(text), { rounds: 5 });
  const peer = throughput(
    sentences,
    (text) =>
      text
        .toLowerCase()
        .split(/[^\p{L}\p{N}'-]+/u)
        .filter((word) => recasens.has(word)),
    { rounds: 5 },
  );
  report('summary-loaded-speed', {
    sentencesPerSecond: Math.round(ours.perSecond),
    min: Math.round(ours.min),
    max: Math.round(ours.max),
    peerRecasensLookup: Math.round(peer.perSecond),
    ratioToPeer: ours.perSecond / peer.perSecond,
  });

  const story = loadStory(isSmoke() ? 20 : 50);
  const storySentences = story.reduce((sum, article) => sum + article.sentences.length, 0);
  const articleSpeed = throughput(story, (article) => detectLoaded(article), { rounds: 3 });
  const summary = throughput([story], (articles) => summarizeStory(articles, []), { rounds: 3, warmup: 1 });
  const texts = story.flatMap((article) =>
    article.sentences.map((sentence) => article.text.slice(sentence.start, sentence.end)),
  );
  const lexrank = throughput([texts], (all) => lexRank(all), { rounds: 3, warmup: 1 });
  report('summary-story-speed', {
    articles: story.length,
    sentences: storySentences,
    summaryMs: 1000 / summary.perSecond,
    summaryMsMax: 1000 / summary.min,
    peerLexRankMs: 1000 / lexrank.perSecond,
    ratioToPeer: lexrank.perSecond / summary.perSecond,
    detectLoadedSentencesPerSecond: Math.round((articleSpeed.perSecond * storySentences) / story.length),
    peakRssMiB: peakRssMiB(),
  });
}

main();

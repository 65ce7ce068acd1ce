import { namesOwnOutlet, type BylineCreditSpan } from '../language/index.js';
import type { Article, Citation, Provenance, Story } from '../model/index.js';
import { normalizeText, type WordToken } from './normalize-text.js';
import { citeSpan } from './sentence-at.js';
import { isPressRelease, outletKey } from './source-keys.js';

/**
 * Word shingle length for reuse. 8 words: two independent reports of one event share 4-6 word phrases by
 * chance ("the State Department's special envoy"); shared runs of 8 words or more outside quotation marks are
 * rare unless one text was taken from the other (the usual n-gram window of text-reuse detection is 5-8 words).
 */
export const REUSE_MIN_WORDS = 8;
/** A shingle found in more articles than this is boilerplate (a standard sign-off), not reuse between two. */
const MAX_SHINGLE_ARTICLES = 20;
/**
 * A shingle repeated more than this many times per article is a refrain (a repeated sign-off, a list), not a
 * passage; skipping it also keeps the pairing of occurrences from growing with the square of the repeats.
 */
const MAX_SHINGLE_REPEATS = 3;

/*
 * A credit that says the outlet came first ("first reported by", "as the Gazette first reported", "originally
 * revealed by", "the Post broke the story"): one article saying so names the original source of what it credits.
 */
const FIRST_REPORT = /\b(?:first|originally|broke the (?:news|story))\b/i;

/**
 * Passages two articles of the story share nearly word for word outside quotation marks (runs of shared word
 * shingles of at least `minWords`, with their length in words), longest first; whole copies are left out.
 */
export function findReusedPassages(
  story: Story,
  articles: readonly Article[],
  minWords: number = REUSE_MIN_WORDS,
): Provenance['reuse'] {
  const copies = storyCopies(story, articles);
  const copyPairs = new Set(
    copies.flatMap((copy) => [`${copy.article} ${copy.copyOf}`, `${copy.copyOf} ${copy.article}`]),
  );
  const copied = new Set(copies.map((copy) => copy.article));
  return findReuse(articles, Math.max(2, minWords), copyPairs, copied);
}

/** The story's copies whose copying article is among `articles`. */
function storyCopies(story: Story, articles: readonly Article[]): Provenance['copies'] {
  const present = new Set(articles.map((article) => article.id));
  return story.copies.filter((copy) => present.has(copy.article));
}

/** What `traceProvenance` reads besides the story and its articles. */
export interface ProvenanceContext {
  /** Article id -> source key (`sourceKeys`). */
  sources: ReadonlyMap<string, string>;
  /** The story's reused passages (`findReusedPassages`). */
  reuse: Provenance['reuse'];
  /** Article id -> the outlets its byline credits (`findBylineCredits`). */
  bylineCredits: ReadonlyMap<string, readonly BylineCreditSpan[]>;
}

/**
 * Who credits whom (from the language stage's credits, and the outlets a byline names: "By Examiner staff and
 * Amberline Wire", cited by the byline), the syndicated copies (from the story), passages two articles share
 * nearly word for word, a graph of derivation, and the likely original sources: outlets credited by two or more
 * independent articles, or said by one to have reported first, and press releases whose wording others reuse.
 */
export function traceProvenance(
  story: Story,
  articles: readonly Article[],
  context: ProvenanceContext,
): Provenance {
  const { sources, reuse } = context;
  const credits: Provenance['credits'] = [];
  const graph: Provenance['graph'] = [];
  const creditors = new Map<
    string,
    { outlet: string; articles: Set<string>; sources: Set<string>; first: Citation[] }
  >();
  for (const article of articles) {
    const credited = new Set<string>();
    const credit = (outlet: string, citation?: Citation, text = ''): void => {
      const key = outletKey(outlet);
      let entry = creditors.get(key);
      if (entry === undefined)
        creditors.set(key, (entry = { outlet, articles: new Set(), sources: new Set(), first: [] }));
      if (citation !== undefined && FIRST_REPORT.test(text)) entry.first.push(citation);
      if (credited.has(key)) return;
      credited.add(key);
      graph.push({ from: article.id, to: outlet, kind: 'credit' });
      entry.articles.add(article.id);
      entry.sources.add(sources.get(article.id) ?? article.id);
    };
    // The byline first: it stands above the text.
    for (const span of context.bylineCredits.get(article.id) ?? []) {
      if (article.byline === undefined || outletKey(span.outlet) === '') continue;
      credits.push({
        article: article.id,
        outlet: span.outlet,
        text: article.byline,
        byline: { start: span.start, end: span.end },
      });
      credit(span.outlet);
    }
    for (const found of article.credits) {
      if (outletKey(found.outlet) === '' || namesOwnOutlet(found.outlet, article.outlet)) continue;
      const citation = citeSpan(article, found.start, found.end);
      credits.push({ article: article.id, outlet: found.outlet, text: found.text, citation });
      credit(found.outlet, citation, found.text);
    }
  }

  const copies = storyCopies(story, articles);
  for (const copy of copies) graph.push({ from: copy.article, to: copy.copyOf, kind: 'copy' });
  const reusePairs = new Set<string>();
  for (const passage of reuse) {
    const [earlier, later] = passage.articles;
    if (reusePairs.has(`${later} ${earlier}`)) continue;
    reusePairs.add(`${later} ${earlier}`);
    graph.push({ from: later, to: earlier, kind: 'reuse' });
  }

  // Stable sort: outlets credited by more sources first, then those one article says reported first.
  const originalSources = [...creditors.values()]
    .filter((entry) => entry.sources.size >= 2 || entry.first.length > 0)
    .sort((a, b) => b.sources.size - a.sources.size)
    .map((entry) => ({
      outlet: entry.outlet,
      articles: [...entry.articles],
      ...(entry.first.length > 0 ? { firstReported: entry.first } : {}),
    }));

  originalSources.push(...pressReleaseSources(articles, copies, reuse, sources));
  return { credits, copies, reuse, graph, originalSources };
}

/**
 * Press releases (an article whose outlet is the issuer a "Press release" line names) that other sources reuse
 * word for word or copy whole: the release is where that wording started, whether or not anyone credits it.
 */
function pressReleaseSources(
  articles: readonly Article[],
  copies: Provenance['copies'],
  reuse: Provenance['reuse'],
  sources: ReadonlyMap<string, string>,
): Provenance['originalSources'] {
  const found: Provenance['originalSources'] = [];
  for (const release of articles) {
    if (!isPressRelease(release) || release.outlet === undefined) continue;
    const source = sources.get(release.id) ?? release.id;
    const users = new Set<string>();
    for (const passage of reuse) {
      const other = passage.articles.find((id) => id !== release.id);
      if (other !== undefined && passage.articles.includes(release.id)) users.add(other);
    }
    for (const copy of copies) if (copy.copyOf === release.id) users.add(copy.article);
    const reusers = articles
      .filter((article) => users.has(article.id) && (sources.get(article.id) ?? article.id) !== source)
      .map((article) => article.id);
    if (reusers.length > 0)
      found.push({ outlet: release.outlet, articles: reusers, pressRelease: release.id });
  }
  return found;
}

/** The words of an article outside quotations (quote spans from the language stage and quotation marks). */
function unquotedWords(article: Article): WordToken[] {
  const quoted: { start: number; end: number }[] = article.quotes
    .filter((quote) => quote.kind !== 'indirect')
    .map((quote) => ({ start: quote.content.start, end: quote.content.end }));
  for (const match of article.text.matchAll(/[“"«][^“”"«»\n]{1,2000}[”"»]/g)) {
    quoted.push({ start: match.index, end: match.index + match[0].length });
  }
  return normalizeText(article.text).filter(
    (token) => !quoted.some((span) => token.start >= span.start && token.end <= span.end),
  );
}

function findReuse(
  articles: readonly Article[],
  minWords: number,
  copyPairs: ReadonlySet<string>,
  copied: ReadonlySet<string>,
): Provenance['reuse'] {
  // A copy shares everything its original shares; its passages would repeat the original's under another id.
  const words = articles.map((article) => (copied.has(article.id) ? [] : unquotedWords(article)));
  const shingles = new Map<string, { article: number; at: number }[]>();
  words.forEach((list, article) => {
    for (let at = 0; at + minWords <= list.length; at++) {
      const key = list
        .slice(at, at + minWords)
        .map((token) => token.word)
        .join(' ');
      let places = shingles.get(key);
      if (places === undefined) shingles.set(key, (places = []));
      places.push({ article, at });
    }
  });

  const hits = new Map<string, Set<number>>();
  const hitList = new Map<string, [number, number][]>();
  for (const places of shingles.values()) {
    const distinct = new Set(places.map((place) => place.article));
    if (distinct.size < 2 || distinct.size > MAX_SHINGLE_ARTICLES) continue;
    if (places.length > distinct.size * MAX_SHINGLE_REPEATS) continue;
    for (const a of places) {
      for (const b of places) {
        if (a.article >= b.article) continue;
        const pair = `${a.article} ${b.article}`;
        let set = hits.get(pair);
        if (set === undefined) {
          hits.set(pair, (set = new Set()));
          hitList.set(pair, []);
        }
        const code = a.at * 1_000_003 + b.at;
        if (set.has(code)) continue;
        set.add(code);
        hitList.get(pair)?.push([a.at, b.at]);
      }
    }
  }

  const reuse: Provenance['reuse'] = [];
  for (const [pair, list] of hitList) {
    const [indexA, indexB] = pair.split(' ').map(Number) as [number, number];
    const articleA = articles[indexA] as Article;
    const articleB = articles[indexB] as Article;
    if (copyPairs.has(`${articleA.id} ${articleB.id}`)) continue;
    const set = hits.get(pair) as Set<number>;
    const wordsA = words[indexA] as WordToken[];
    const wordsB = words[indexB] as WordToken[];
    list.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    for (const [atA, atB] of list) {
      if (set.has((atA - 1) * 1_000_003 + (atB - 1))) continue;
      let length = 1;
      while (set.has((atA + length) * 1_000_003 + (atB + length))) length++;
      const count = length + minWords - 1;
      const firstA = wordsA[atA] as WordToken;
      const lastA = wordsA[atA + count - 1] as WordToken;
      const firstB = wordsB[atB] as WordToken;
      const lastB = wordsB[atB + count - 1] as WordToken;
      reuse.push({
        articles: [articleA.id, articleB.id],
        words: count,
        citations: [citeSpan(articleA, firstA.start, lastA.end), citeSpan(articleB, firstB.start, lastB.end)],
      });
    }
  }
  reuse.sort((a, b) => b.words - a.words);
  return reuse;
}

import type { BylineCreditSpan } from '../language/index.js';
import type { Article, CreditKind, Provenance } from '../model/index.js';
import { isPressRelease, outletKey } from './source-keys.js';
import { REUSE_MIN_WORDS } from './trace-provenance.js';

/**
 * Words an article must share with an article of the outlet its byline credits (in `provenance.reuse` passages)
 * to be taken for a reprint of it: more than one shortest passage. A single 8-word run can be a phrase both took
 * from a statement or a release; two or more runs, or one long one, under a byline that names the other's
 * outlet, are its text.
 */
export const REPRINT_MIN_WORDS = 2 * REUSE_MIN_WORDS;

/*
 * Credits in the text that say whose text an article runs, as a byline does: a dateline ("SELBY QUAY (Harbourline
 * Wire) —") and an end note or credit line ("Harbourline Wire contributed to this report.", "With reporting by
 * ...", "Copyright ..."). A mention ("told X", "X reported", "according to X") says where one detail came from, not
 * the text: an article that quotes a scoop and reuses its words is still its own reporting.
 */
const TEXT_CREDIT_KINDS: ReadonlySet<CreditKind> = new Set(['dateline', 'wire']);

/**
 * The outlets an article says it runs the text of (outlet keys): its byline credits, its dateline and its end
 * notes.
 */
export function sourceCredits(article: Article, bylineCredits: readonly BylineCreditSpan[]): Set<string> {
  return new Set([
    ...bylineCredits.map((credit) => outletKey(credit.outlet)),
    ...article.credits.flatMap((credit) =>
      TEXT_CREDIT_KINDS.has(credit.kind) ? [outletKey(credit.outlet)] : [],
    ),
  ]);
}

/**
 * Edited reprints: article id -> the id of the article it reprints. An article whose byline, dateline or end note
 * credits an outlet ("By Examiner staff and Amberline Wire", "SELBY QUAY (Harbourline Wire) —", "Harbourline Wire
 * contributed to this report.") and whose text reuses, outside quotations, at least `REPRINT_MIN_WORDS` of an
 * article of that outlet in the story is that article's reprint (the one it shares the most words with). Such a
 * credit alone, on text of the article's own, makes none: it stays a credit; so does an outlet the article only
 * mentions ("told Harbourline Wire"). Copies (resolved by the story) and press releases are left out.
 */
export function findReprints(
  articles: readonly Article[],
  bylineCredits: ReadonlyMap<string, readonly BylineCreditSpan[]>,
  reuse: Provenance['reuse'],
  copied: ReadonlySet<string>,
): Map<string, string> {
  const shared = new Map<string, number>();
  for (const passage of reuse) {
    const [a, b] = passage.articles;
    for (const pair of [`${a} ${b}`, `${b} ${a}`]) shared.set(pair, (shared.get(pair) ?? 0) + passage.words);
  }
  const reprints = new Map<string, string>();
  for (const article of articles) {
    const credited = sourceCredits(article, bylineCredits.get(article.id) ?? []);
    if (credited.size === 0 || copied.has(article.id) || isPressRelease(article)) continue;
    let best: { id: string; words: number } | undefined;
    for (const other of articles) {
      if (other.id === article.id || other.outlet === undefined || !credited.has(outletKey(other.outlet)))
        continue;
      const words = shared.get(`${article.id} ${other.id}`) ?? 0;
      if (words >= REPRINT_MIN_WORDS && (best === undefined || words > best.words))
        best = { id: other.id, words };
    }
    if (best !== undefined) reprints.set(article.id, best.id);
  }
  return reprints;
}

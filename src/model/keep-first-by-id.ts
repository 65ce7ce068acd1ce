import { createHash } from 'node:crypto';
import type { Article, RawInput } from './article.js';

/** An input that was left out of a batch, and why: the rest of the batch went on without it. */
export interface InputProblem {
  /** The article id the problem is about. */
  id: string;
  /** The input that was left out (file, `file:line`, `crawl.warc#N`, ...). */
  source: string;
  /** Stable code, as on `ParallaxError`: `duplicate-id`. */
  code: string;
  message: string;
}

/** What `IdLedger.claim` found: the id's first article, the same article again, or another under a used id. */
export type IdClaim = { status: 'first' } | { status: 'repeat' } | { status: 'taken'; problem: InputProblem };

/** The first article seen under each id, to tell a repeated article from a different one reusing an id. */
export interface IdLedger {
  /**
   * Records `id` for `source` the first time it comes; later, `content` equal to the first's is a `repeat`
   * and anything else is `taken`, with a problem naming both inputs.
   *
   * @param content the article's text, or a digest of it (compared as a string, never parsed)
   */
  claim(id: string, source: string, content: string): IdClaim;
}

/**
 * A fresh ledger of article ids. Code that keeps articles by id (maps, the story index) would otherwise keep
 * one of two different articles under one id and drop the other without a word.
 *
 * @example
 * const ledger = createIdLedger();
 * const claim = ledger.claim(article.id, article.source, article.text);
 */
export function createIdLedger(): IdLedger {
  const firsts = new Map<string, { source: string; content: string }>();
  return {
    claim(id, source, content) {
      const first = firsts.get(id);
      if (first === undefined) {
        firsts.set(id, { source, content });
        return { status: 'first' };
      }
      if (first.content === content) return { status: 'repeat' };
      const message = `${source}: id \`${id}\` is already used by ${first.source}, for a different article.`;
      return { status: 'taken', problem: { id, source, code: 'duplicate-id', message } };
    },
  };
}

/**
 * The articles with the first one under each id kept, in input order: an exact repeat (same id, same text) is
 * dropped without a word, and a different article under an id already seen is dropped and reported as a
 * problem naming the id and its `source`.
 *
 * @example
 * const { articles: unique, problems } = keepFirstById(articles);
 */
export function keepFirstById(articles: readonly Article[]): {
  articles: Article[];
  problems: InputProblem[];
} {
  const ledger = createIdLedger();
  const kept: Article[] = [];
  const problems: InputProblem[] = [];
  for (const article of articles) {
    const claim = ledger.claim(article.id, article.source, article.text);
    if (claim.status === 'first') kept.push(article);
    if (claim.status === 'taken') problems.push(claim.problem);
  }
  return { articles: kept, problems };
}

/**
 * Gives each input of a run an id no other input holds. An id derived from the clean text is shared by every
 * outlet that ran the same wire copy word for word; kept as it is, all but the first would be taken for
 * repeats and dropped. A different input (other `content`: see `inputContent`) gets the next free `ID-vN`, as
 * the store names a reused id; the same input again keeps its id. Ids given by the input are claimed as they
 * are, so that no `ID-vN` takes one.
 *
 * @example
 * const claimId = createIdAllocator();
 * const id = claimId(article.id, inputContent(input), input.id === undefined);
 */
export function createIdAllocator(): (id: string, content: string, derived: boolean) => string {
  const contentById = new Map<string, string>();
  return (id, content, derived) => {
    let free = id;
    for (let version = 1; derived; version++) {
      const taken = contentById.get(free);
      if (taken === undefined || taken === content) break;
      free = `${id}-v${version}`;
    }
    if (!contentById.has(free)) contentById.set(free, content);
    return free;
  };
}

/**
 * What tells one input from another for `createIdAllocator`: its raw content with the metadata that came beside
 * it. A JSONL record's text is its whole raw content, so two outlets' records of one wire text differ only in
 * their `outlet`, `title` or `url`. Given as a SHA-256 digest, so that a long run keeps 64 characters per input
 * rather than every page it read.
 */
export function inputContent(input: RawInput): string {
  const content = JSON.stringify([
    input.html ?? input.text ?? '',
    input.title,
    input.outlet,
    input.url,
    input.published,
    input.byline,
  ]);
  return createHash('sha256').update(content, 'utf8').digest('hex');
}

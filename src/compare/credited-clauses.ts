import type { Article, CreditKind } from '../model/index.js';
import { foldText } from './normalize-text.js';

/** A stretch of an article's text that tells what another outlet reported, not what the article itself says. */
export interface CreditedClause {
  start: number;
  end: number;
  /** The credited outlet, as the language stage names it. */
  outlet: string;
}

/**
 * Credits that hand a claim to another outlet: "The Post reported that ...", "according to the Gazette, ...",
 * "the Times said ...", "the Herald quoted him as saying ...". "told the Post" is left out: the claim is the
 * speaker's, and the outlet only carried it; datelines and wire lines credit the whole article, not a clause.
 */
const CLAIM_KINDS = new Set<CreditKind>(['reported', 'according-to', 'quoted']);

/**
 * "..., as the Gazette first reported", "as reported by the Post": the article states the claim in its own voice
 * and names who had it first. That claim is the article's own, unlike "the Gazette reported that ...".
 */
const ADOPTED = /\bas\s+(?:(?:was|first|previously|earlier)\s+)*$/i;

/** Where a clause ends inside its sentence: a semicolon or a dash starts the article's own voice again. */
const CLAUSE_END = /;|\s[—–]\s/g;

/**
 * The clauses in which an article credits a claim to another outlet ("The Kestrel Evening Post reported that 17
 * cracks had been found; ..."), from the language stage's credits and quotes: the content of the quote the credit
 * introduces when there is one, else the credit's clause of its sentence (between semicolons). Each clause ends
 * where another speaker's statement begins inside it ("...; the authority said ...") or at a semicolon. Credits of
 * the article's own outlet ("told the Evening Post" in the Evening Post) are not another outlet's.
 */
export function creditedClauses(article: Article): CreditedClause[] {
  const own = article.outlet === undefined ? '' : foldText(article.outlet).replace(/^the\s+/, '');
  const clauses: CreditedClause[] = [];
  for (const credit of article.credits) {
    if (!CLAIM_KINDS.has(credit.kind)) continue;
    const outlet = foldText(credit.outlet).replace(/^the\s+/, '');
    if (own !== '' && (own.endsWith(outlet) || outlet.endsWith(own))) continue;
    const sentence = article.sentences[credit.sentence];
    if (sentence === undefined) continue;
    if (ADOPTED.test(article.text.slice(Math.max(sentence.start, credit.start - 20), credit.start))) continue;
    if (/^as\s/i.test(credit.text)) continue;
    const quote = article.quotes.find(
      (candidate) =>
        candidate.source !== undefined &&
        candidate.source.start < credit.end &&
        credit.start < candidate.source.end,
    );
    let start: number;
    let end: number;
    if (quote !== undefined) {
      start = quote.content.start;
      end = quote.content.end;
    } else {
      const before = article.text.slice(sentence.start, credit.start);
      const breaks = [...before.matchAll(CLAUSE_END)].map((match) => match.index + match[0].length);
      start = sentence.start + Math.max(0, ...breaks);
      end = sentence.end;
    }
    // A clause stops at a semicolon or dash after the credit, and where another speaker starts inside it.
    const after = Math.max(start, credit.end);
    const stop = article.text.slice(after, end).search(CLAUSE_END);
    if (stop !== -1) end = after + stop;
    for (const other of article.quotes) {
      if (other === quote || other.source === undefined) continue;
      if (other.source.start > after && other.source.start < end) end = other.source.start;
    }
    while (start < end && /\s/.test(article.text.charAt(start))) start++;
    if (end > start) clauses.push({ start, end, outlet: credit.outlet });
  }
  return clauses;
}

/** True when the span `start..end` lies inside one of `clauses`. */
export function isCredited(clauses: readonly CreditedClause[], start: number, end: number): boolean {
  return clauses.some((clause) => start >= clause.start && end <= clause.end);
}

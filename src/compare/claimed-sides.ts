import type { Article, Citation, Conflict } from '../model/index.js';

/** One key per cited sentence (article and sentence index). */
export function keyOf(citation: Citation): string {
  return `${citation.article}\u0000${citation.sentence}`;
}

/** Digits of a figure as written ("5,000", "12.5"), not inside a longer number or a word. */
export const FIGURE =
  /(?<![\p{L}\p{N}.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\p{N}])|(?<![\p{L}\p{N}.,])\d+(?:\.\d+)?(?![\p{N}])/gu;
/** Figures under this are too common ("3 officers", "2 p.m.") to tell that an article gives the same count. */
export const FIGURE_MIN = 10;

/** The figure a side gives ("about 5,000 people" -> 5000; "Nineteen leaks (19)" -> 19), or none. */
export function figureOf(value: string): number | undefined {
  const normalised = /\(([\d.,]+)\)\s*$/.exec(value)?.[1] ?? value.match(FIGURE)?.[0];
  if (normalised === undefined) return undefined;
  const figure = Number(normalised.replace(/,/g, ''));
  return Number.isFinite(figure) ? figure : undefined;
}

/** A citation's whole sentence. */
function sentenceText(articles: ReadonlyMap<string, Article>, citation: Citation): string {
  const article = articles.get(citation.article);
  const span = article?.sentences[citation.sentence];
  return article === undefined || span === undefined ? '' : article.text.slice(span.start, span.end);
}

/** Verbs by which a source gives a figure: "organisers said", "police put the crowd at". */
const CLAIM_VERB = '(?:said|says|say|estimated|estimates|put|puts|gave|gives|counted|claimed|claims)';
/** A source that opens its sentence ("Organisers said 40,000 people ..."): one to three words, no comma. */
const LEADING_CLAIMANT = new RegExp(
  `^(?:the\\s+)?((?:[\\p{L}'’-]+\\s+){0,2}[\\p{L}'’-]+)\\s+${CLAIM_VERB}\\b`,
  'iu',
);
/** A source after its clause ("..., police said." or "..., police said, far fewer than ..."). */
const TRAILING_CLAIMANT = new RegExp(
  `,\\s+(?:the\\s+)?((?:[\\p{L}'’-]+\\s+){0,2}[\\p{L}'’-]+)\\s+${CLAIM_VERB}\\s*(?:,|[.!]?["”]?$)`,
  'iu',
);
/** A source named by "according to" ("according to the coalition's lawyers"). */
const ACCORDING_CLAIMANT = /\baccording to (?:the\s+)?((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)\s*[.!,]?["”]?$/iu;
/** Words that open a sentence's subject but name no source. */
const NOT_A_CLAIMANT = /^(?:he|she|they|it|we|i|this|that|there|which|who)$/i;

/**
 * The source a sentence gives its figure on ("organisers", "police"), lower-cased, or undefined. `names`: words
 * (lower case) the story writes with a capital inside a sentence, where a capital marks a name; with them, a source
 * that opens the sentence on another word keeps no capital the sentence start gave it ("Volunteer medics said" ->
 * "volunteer medics", but "Tarnby council said" stays).
 */
export function claimantOf(sentence: string, names?: ReadonlySet<string>): string | undefined {
  const text = sentence.trim();
  const trailing = TRAILING_CLAIMANT.exec(text) ?? ACCORDING_CLAIMANT.exec(text);
  const found = (trailing ?? LEADING_CLAIMANT.exec(text))?.[1];
  if (found === undefined || NOT_A_CLAIMANT.test(found) || /\d/.test(found)) return undefined;
  // A common noun for a source that opened the sentence is lower-cased ("Organisers said" -> "organisers"); a
  // name keeps its capitals ("Reuters", "Tarnby council").
  if (SOURCE_NOUNS.test(found)) return found.toLowerCase();
  const [first = '', ...rest] = found.split(/\s+/);
  const opening = trailing === null && text.startsWith(found);
  if (
    opening &&
    names !== undefined &&
    !names.has(first.toLowerCase()) &&
    rest.every((word) => /^\p{Ll}/u.test(word))
  )
    return `${first.charAt(0).toLowerCase()}${found.slice(1)}`;
  return found;
}

/** The words (lower case) written with a capital inside a sentence, past its first word: names. */
function capitalisedInside(articles: readonly Article[]): Set<string> {
  const names = new Set<string>();
  for (const article of articles) {
    for (const span of article.sentences) {
      const words = [
        ...article.text.slice(span.start, span.end).matchAll(/(^|[\s(“"‘'—–-]+)([\p{L}'’-]+)/gu),
      ];
      words.forEach((match, index) => {
        const word = match[2] ?? '';
        // The first word, and one after an opening quotation mark or colon, is capitalised for its position.
        if (index === 0 || /[“"‘']/.test(match[1] ?? '')) return;
        if (/^\p{Lu}/u.test(word)) names.add(word.toLowerCase());
      });
    }
  }
  return names;
}

/** Common nouns for the sources of a figure, written alone. */
const SOURCE_NOUNS =
  /^(?:police|organi[sz]ers|officials|authorities|witnesses|residents|medics|paramedics|doctors|rescuers|activists|unions?|campaigners|protesters|demonstrators|marchers|lawyers|firefighters|prosecutors|investigators|researchers|scientists|analysts|experts|observers|monitors)$/i;

/**
 * The sides of a number conflict as the claims of different sources, when each side's sentences give its figure on
 * one source and the sources differ ("Organisers said 40,000 people marched" / "About 8,000 people marched,
 * police said"): outlets that tell both counts then report a disagreement between their sources, not one with
 * each other. Each side lists every article that gives its figure on its source, in any sentence ("Police put the
 * crowd at about 8,000"), so that an outlet giving both counts stands on both sides. Undefined when a side has no
 * such source, two of them, or the sources are one.
 */
export function claimedSides(
  conflict: Conflict,
  articleList: readonly Article[],
): (Conflict['sides'][number] & { claimant: string })[] | undefined {
  if (conflict.kind !== 'number' || conflict.sides.length < 2) return undefined;
  // Sides compare has already given their sources.
  if (conflict.sides.every((side) => side.claimant !== undefined))
    return conflict.sides as (Conflict['sides'][number] & { claimant: string })[];
  const byId = new Map(articleList.map((article) => [article.id, article]));
  const textOf = (citation: Citation): string => sentenceText(byId, citation);
  const names = capitalisedInside(articleList);
  const claimants = conflict.sides.map((side) => {
    const found = new Set(side.citations.map((citation) => claimantOf(textOf(citation), names)));
    return found.size === 1 ? [...found][0] : undefined;
  });
  if (claimants.some((claimant) => claimant === undefined)) return undefined;
  if (new Set(claimants.map((claimant) => claimant?.toLowerCase())).size < claimants.length) return undefined;
  return conflict.sides.map((side, index) => {
    const claimant = claimants[index] as string;
    const figure = figureOf(side.value);
    const citations = [...side.citations];
    const seen = new Set(citations.map(keyOf));
    const head = new RegExp(
      `\\b${(claimant.split(/\s+/).at(-1) ?? claimant).replace(/[^\p{L}'’-]/gu, '')}\\b`,
      'iu',
    );
    for (const article of figure !== undefined && figure >= FIGURE_MIN ? articleList : []) {
      article.sentences.forEach((span, sentence) => {
        const text = article.text.slice(span.start, span.end);
        if (seen.has(keyOf({ article: article.id, sentence, start: 0, end: 0 })) || !head.test(text)) return;
        const match = [...text.matchAll(FIGURE)].find((item) => Number(item[0].replace(/,/g, '')) === figure);
        if (match?.index === undefined) return;
        const start = span.start + match.index;
        citations.push({ article: article.id, sentence, start, end: start + match[0].length });
        seen.add(keyOf({ article: article.id, sentence, start, end: start }));
      });
    }
    const ids = [...new Set(citations.map((citation) => citation.article))];
    return { ...side, claimant, articles: ids, citations };
  });
}

/**
 * The number conflicts of a story with their sides told as the claims of different sources where the sentences
 * say so (see `claimedSides`): each side carries its `claimant` ("police") and every article that gives its
 * figure on that source, so that an outlet reporting both sources' counts stands on both sides. Updates over time
 * (a `latest` side) are left as they are.
 */
export function withClaimants(conflicts: readonly Conflict[], articles: readonly Article[]): Conflict[] {
  return conflicts.map((conflict) => {
    if (conflict.latest !== undefined) return conflict;
    const sides = claimedSides(conflict, articles);
    return sides === undefined ? conflict : { ...conflict, sides };
  });
}

import type { Article, Citation, GroupLabelEntry, Span } from '../model/index.js';
import { articleQuotedRegions } from './detect-loaded.js';
import { findReportedCharacterisations } from './find-reported-characterisations.js';
import { GROUP_NOUN_FAMILIES, GROUP_NOUN_NOT_AFTER, GROUP_NOUN_NOT_BEFORE } from './lexicons/group-nouns.js';
import { sentencesOf } from './sentences-of.js';

/** One form of a group noun, with the word it counts as and that word's family. */
interface GroupForm {
  family: number;
  reported: string;
}

const FORMS = new Map<string, GroupForm>();
GROUP_NOUN_FAMILIES.forEach((family, index) => {
  for (const [reported, ...forms] of family.words)
    for (const form of [reported, ...forms]) FORMS.set(form, { family: index, reported });
});

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every form as a whole word, longest first so that a phrase wins over a word inside it ("illegal immigrants"
 * over "immigrants"); a space in a phrase matches any run of spaces. Not glued to a hyphen and a letter
 * ("rebel-held", "mob-style") nor to a letter or an apostrophe ("rioters'" stays a form: the possessive of
 * the group).
 */
const GROUP_NOUN = new RegExp(
  `(?<![\\p{L}\\p{M}-])(?:${[...FORMS.keys()]
    .sort((a, b) => b.length - a.length)
    .map((form) => escape(form).replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}\\p{M}]|-\\p{L})`,
  'giu',
);

/**
 * Group nouns in the article's own voice: each with its family, the word it counts as and where it stands. Left
 * out: words inside quotation marks or a direct quote, words of a reported characterisation ("The minister called
 * them thugs"), and words inside a name ("the Freedom Fighters Front"). A paraphrase's names for people are the
 * outlet's ("Police said 41 rioters were arrested": a source's own word would be quoted), as `detectLoaded` reads
 * them.
 */
function findGroupNouns(article: Article): (GroupForm & Span & { sentence: number })[] {
  const found: (GroupForm & Span & { sentence: number })[] = [];
  const sentences = sentencesOf(article);
  if (sentences.length === 0) return found;
  let quoted: Span[] | undefined;
  const characterised = new Map<number, Span[]>();
  let sentence = 0;
  for (const match of article.text.matchAll(GROUP_NOUN)) {
    const start = match.index;
    const end = start + match[0].length;
    const form = FORMS.get(match[0].toLowerCase().replace(/\s+/g, ' '));
    if (form === undefined) continue;
    const notBefore = GROUP_NOUN_NOT_BEFORE[form.reported];
    if (notBefore?.test(article.text.slice(end, end + 40)) === true) continue;
    const notAfter = GROUP_NOUN_NOT_AFTER[form.reported];
    if (notAfter?.test(article.text.slice(Math.max(0, start - 20), start)) === true) continue;
    while (sentence + 1 < sentences.length && (sentences[sentence + 1]?.start ?? Infinity) <= start)
      sentence++;
    const span = sentences[sentence];
    if (span === undefined || start < span.start || end > span.end) continue;
    quoted ??= [
      ...articleQuotedRegions(article),
      ...article.quotes.filter((quote) => quote.kind !== 'indirect').map((quote) => quote.content),
    ];
    if (quoted.some((region) => start < region.end && end > region.start)) continue;
    let reported = characterised.get(sentence);
    if (reported === undefined) {
      reported = findReportedCharacterisations(article.text.slice(span.start, span.end)).map((found) => ({
        start: span.start + found.start,
        end: span.start + found.end,
      }));
      characterised.set(sentence, reported);
    }
    if (reported.some((region) => start < region.end && end > region.start)) continue;
    const inName = article.entities.some(
      (entity) =>
        entity.type !== 'other' &&
        entity.mentions.some((mention) => start >= mention.start && end <= mention.end),
    );
    if (inName) continue;
    found.push({ ...form, start, end, sentence });
  }
  return found;
}

/**
 * The report's `groupLabels`: for each family of group nouns (crowd, armed group, migrants, strikers), the words
 * each article uses for the unnamed group in its own voice, counted and with every use cited. A family is
 * reported only when two or more articles use a word of it and their sets of words differ ("protesters" in
 * three, "rioters" and "thugs" in one): where every outlet says "protesters" there is no choice to show. Copies
 * (`copies`: ids of articles that are near-duplicates of another) are left out, since the words are the
 * original's. A headline has no sentence to cite and is not read.
 *
 * @example
 * collectGroupLabels(articles, new Set(report.provenance.copies.map((copy) => copy.article)))
 * // [{ family: 'crowd', byArticle: [{ article: 'a', words: [{ text: 'protesters', count: 2, citations }] }, ...] }]
 */
export function collectGroupLabels(
  articles: readonly Article[],
  copies: ReadonlySet<string> = new Set(),
): GroupLabelEntry[] {
  const byFamily = GROUP_NOUN_FAMILIES.map(() => [] as GroupLabelEntry['byArticle']);
  for (const article of articles) {
    if (copies.has(article.id)) continue;
    const words = GROUP_NOUN_FAMILIES.map(
      () => new Map<string, { text: string; count: number; citations: Citation[] }>(),
    );
    for (const noun of findGroupNouns(article)) {
      const family = words[noun.family] as Map<
        string,
        { text: string; count: number; citations: Citation[] }
      >;
      let word = family.get(noun.reported);
      if (word === undefined)
        family.set(noun.reported, (word = { text: noun.reported, count: 0, citations: [] }));
      word.count++;
      word.citations.push({ article: article.id, sentence: noun.sentence, start: noun.start, end: noun.end });
    }
    words.forEach((family, index) => {
      if (family.size === 0) return;
      // Most used first; a tie keeps the order of first use (a Map keeps insertion order and sort is stable).
      byFamily[index]?.push({
        article: article.id,
        words: [...family.values()].sort((a, b) => b.count - a.count),
      });
    });
  }
  const entries: GroupLabelEntry[] = [];
  byFamily.forEach((byArticle, index) => {
    if (byArticle.length < 2) return;
    const sets = byArticle.map((row) =>
      row.words
        .map((word) => word.text)
        .sort()
        .join('|'),
    );
    if (sets.every((set) => set === sets[0])) return;
    entries.push({ family: GROUP_NOUN_FAMILIES[index]?.family ?? '', byArticle });
  });
  return entries;
}

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

/** Every group noun of the lexicon in a text, with the word it counts as; the lexicon's context rules applied. */
function matchGroupNouns(text: string): (GroupForm & Span)[] {
  const found: (GroupForm & Span)[] = [];
  for (const match of text.matchAll(GROUP_NOUN)) {
    const start = match.index;
    const end = start + match[0].length;
    const form = FORMS.get(match[0].toLowerCase().replace(/\s+/g, ' '));
    if (form === undefined) continue;
    const notBefore = GROUP_NOUN_NOT_BEFORE[form.reported];
    if (notBefore?.test(text.slice(end, end + 40)) === true) continue;
    const notAfter = GROUP_NOUN_NOT_AFTER[form.reported];
    if (notAfter?.test(text.slice(Math.max(0, start - 20), start)) === true) continue;
    found.push({ ...form, start, end });
  }
  return found;
}

/** Object pronouns: "called them thugs" has no noun object before the characterisation. */
const OBJECT_PRONOUN = /(?<![\p{L}\p{M}])(?:them|him|her|it|us|me|you|these|those)(?![\p{L}\p{M}])/iu;

/**
 * True when the words at `start`-`end` of `text` are a reported characterisation's, the speaker's and not the
 * writer's. A span that also holds the verb's object ("The mayor called [the marchers hooligans]") leaves out its
 * first group noun when a word follows it in the span: that noun is the object, the writer's naming, and only the
 * words after it characterise ("called them thugs", "called the march organisers thugs" are all the speaker's).
 */
function inCharacterisation(
  text: string,
  regions: readonly (Span & { withObject: boolean })[],
  start: number,
  end: number,
): boolean {
  return regions.some((region) => {
    if (start >= region.end || end <= region.start) return false;
    if (!region.withObject) return true;
    const before = text.slice(region.start, start);
    const after = text.slice(end, region.end);
    const isObject =
      !OBJECT_PRONOUN.test(before) &&
      matchGroupNouns(before).length === 0 &&
      /^['’]?\s+(?!(?:and|or)\b)[\p{L}\p{M}]/iu.test(after);
    return !isObject;
  });
}

/** The reported characterisations of `text`, with offsets moved by `offset`. */
function characterisationsOf(text: string, offset: number): (Span & { withObject: boolean })[] {
  return findReportedCharacterisations(text).map((found) => ({
    start: offset + found.start,
    end: offset + found.end,
    withObject: found.withObject,
  }));
}

/**
 * Group nouns in the article's own voice: each with its family, the word it counts as and where it stands. Left
 * out: words inside quotation marks or a direct quote, words of a reported characterisation ("The minister called
 * them thugs", though not its object: "called the marchers hooligans" keeps "marchers"), words inside a name
 * ("the Freedom Fighters Front") and words of a named person's label ("Serial agitator Yara Solenne"). A paraphrase's names for people are the outlet's ("Police said 41 rioters were
 * arrested": a source's own word would be quoted), as `detectLoaded` reads them.
 */
function findGroupNouns(article: Article): (GroupForm & Span & { sentence: number })[] {
  const found: (GroupForm & Span & { sentence: number })[] = [];
  const sentences = sentencesOf(article);
  if (sentences.length === 0) return found;
  let quoted: Span[] | undefined;
  const characterised = new Map<number, (Span & { withObject: boolean })[]>();
  let sentence = 0;
  for (const noun of matchGroupNouns(article.text)) {
    const { start, end } = noun;
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
      reported = characterisationsOf(article.text.slice(span.start, span.end), span.start);
      characterised.set(sentence, reported);
    }
    if (inCharacterisation(article.text, reported, start, end)) continue;
    const inName = article.entities.some(
      (entity) =>
        entity.type !== 'other' &&
        entity.mentions.some((mention) => start >= mention.start && end <= mention.end),
    );
    if (inName) continue;
    // "Serial agitator Yara Solenne", "protester Ana Ruiz": a person's label names that person, not the group;
    // the report lists it among her labels.
    const inPersonLabel = article.entities.some(
      (entity) =>
        entity.type === 'person' &&
        entity.mentions.some((mention) =>
          mention.labels.some((label) => start >= label.start && end <= label.end),
        ),
    );
    if (inPersonLabel) continue;
    found.push({ ...noun, sentence });
  }
  return found;
}

/*
 * Words in quotation marks in a headline: double marks, and single marks opening before a word and closing after
 * one ("'thugs' blamed"), not an apostrophe inside a word ("Orvain's").
 */
const HEADLINE_QUOTED = /["“][^"“”\n]{1,120}["”]|(?<![\p{L}\p{N}])['‘][^'‘’\n]{1,80}?['’](?![\p{L}\p{N}])/gu;

const escapeName = (name: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{M}])${escape(name).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{M}])`, 'giu');

/**
 * Group nouns in the article's headline, the outlet's own voice ("Thugs run riot in Orvain"), with offsets into
 * the title. Left out as in the text: words in quotation marks (the speaker is not known from the headline alone),
 * words of a reported characterisation ("Mayor calls marchers hooligans" keeps "marchers"), and words inside a name
 * the article's text gives ("Freedom Fighters Front"). A headline has no sentence to cite.
 */
export function findHeadlineGroupNouns(article: Article): (GroupForm & Span)[] {
  const title = article.title;
  if (title === undefined || title.trim() === '') return [];
  const quoted = [...title.matchAll(HEADLINE_QUOTED)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  const names: Span[] = [];
  const written = new Set<string>();
  for (const entity of article.entities) {
    if (entity.type === 'other') continue;
    for (const mention of entity.mentions) {
      const name = article.text.slice(mention.start, mention.end);
      // Only names that hold a group noun matter, and only multi-word ones ("Fighters" alone is no name).
      if (written.has(name) || !/\s/.test(name.trim()) || matchGroupNouns(name).length === 0) continue;
      written.add(name);
      for (const match of title.matchAll(escapeName(name)))
        names.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  const reported = characterisationsOf(title, 0);
  return matchGroupNouns(title).filter(
    ({ start, end }) =>
      !quoted.some((region) => start < region.end && end > region.start) &&
      !names.some((region) => start >= region.start && end <= region.end) &&
      !inCharacterisation(title, reported, start, end),
  );
}

/**
 * The report's `groupLabels`: for each family of group nouns (crowd, armed group, migrants, strikers), the words
 * each article uses for the unnamed group in its own voice, counted and with every use cited. A family is
 * reported only when two or more articles use a word of it and their sets of words differ ("protesters" in
 * three, "rioters" and "thugs" in one): where every outlet says "protesters" there is no choice to show. Copies
 * (`copies`: ids of articles that are near-duplicates of another) are left out, since the words are the
 * original's. A headline's group nouns ("Thugs run riot in Orvain") are listed apart (`headline`, offsets into the
 * title: it has no sentence to cite) and count toward the words an article uses when telling whether they differ.
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
    const headline = GROUP_NOUN_FAMILIES.map(() => [] as { text: string; start: number; end: number }[]);
    for (const noun of findHeadlineGroupNouns(article))
      headline[noun.family]?.push({ text: noun.reported, start: noun.start, end: noun.end });
    words.forEach((family, index) => {
      const titled = headline[index] ?? [];
      if (family.size === 0 && titled.length === 0) return;
      // Most used first; a tie keeps the order of first use (a Map keeps insertion order and sort is stable).
      byFamily[index]?.push({
        article: article.id,
        words: [...family.values()].sort((a, b) => b.count - a.count),
        ...(titled.length > 0 ? { headline: titled } : {}),
      });
    });
  }
  const entries: GroupLabelEntry[] = [];
  byFamily.forEach((byArticle, index) => {
    if (byArticle.length < 2) return;
    const sets = byArticle.map((row) =>
      [...new Set([...row.words, ...(row.headline ?? [])].map((word) => word.text))].sort().join('|'),
    );
    if (sets.every((set) => set === sets[0])) return;
    entries.push({ family: GROUP_NOUN_FAMILIES[index]?.family ?? '', byArticle });
  });
  return entries;
}

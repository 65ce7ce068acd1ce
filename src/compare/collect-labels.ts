import { isIrregularPast, isVerbWord } from '../language/index.js';
import { composeKey, type Article, type LabelEntry, type TextSpan } from '../model/index.js';
import type { DescribedSpeaker } from './group-quotes.js';
import { gluedTitle, type EntityLinks } from './link-entities.js';
import { foldText, isStopword, normalizeText } from './normalize-text.js';
import { citeSpan, sentenceAt } from './sentence-at.js';

/**
 * For each person and organisation of the story, the names it goes by and the labels each article attaches
 * to it ("Venezuelan President", "dictator", "the State Department's special envoy"), each label cited once
 * per article at its first use. Only articles that label the entity get a row, and only labelled entities an
 * entry: a bare list of every name in the story ("Marrow Bay: [1] ; [2] ;") tells a reader nothing about who
 * calls whom what. Places get an entry only where an article labels them. Entities carried by more articles
 * come first.
 */
export function collectLabels(
  articles: readonly Article[],
  links: EntityLinks,
  described: readonly DescribedSpeaker[] = [],
): LabelEntry[] {
  const entries: { entry: LabelEntry; mentions: number }[] = [];
  for (const linked of links.entities) {
    if (linked.type === 'other') continue;
    const names: string[] = [];
    // In NFC: one name written with precomposed accents in one article and combining marks in another is one.
    const addName = (name: string): void => {
      const trimmed = composeKey(name.trim());
      if (trimmed !== '' && !names.includes(trimmed)) names.push(trimmed);
    };
    addName(linked.name);
    const byArticle = new Map<number, LabelEntry['byArticle'][number]>();
    const seenLabels = new Map<number, Set<string>>();
    let mentions = 0;
    for (const member of linked.members) {
      const article = articles[member.article] as Article;
      addName(member.entity.name);
      let row = byArticle.get(member.article);
      if (row === undefined) byArticle.set(member.article, (row = { article: article.id, labels: [] }));
      let seen = seenLabels.get(member.article);
      if (seen === undefined) seenLabels.set(member.article, (seen = new Set()));
      for (const mention of member.entity.mentions) {
        mentions++;
        if (mention.reference !== true) addName(mention.text);
        // A title the language stage kept inside the name ("Councillor Ilse Varga") is still a label.
        const glued = mention.reference === true ? undefined : gluedTitle(mention.text, linked.key);
        if (
          glued !== undefined &&
          /^\p{Lu}/u.test(glued) &&
          !endsOnConnective(glued) &&
          !seen.has(foldText(glued))
        ) {
          seen.add(foldText(glued));
          row.labels.push({
            text: glued,
            citation: citeSpan(article, mention.start, mention.start + glued.length),
          });
        }
        const appositive =
          linked.type === 'person' && mention.reference !== true
            ? appositiveAfter(article, mention)
            : undefined;
        const labels =
          appositive === undefined ||
          mention.labels.some((label) => label.start < appositive.end && appositive.start < label.end)
            ? mention.labels
            : [...mention.labels, appositive];
        for (const found of labels) {
          // "Senator Ivo Brandt of" before "Tolvania", "The Queen of" before "Marrowfen": the name is what the
          // phrase is of, not who holds it.
          if (endsOnConnective(found.text)) continue;
          // An organisation's label is whole as the language stage found it: "Police chase militant group X" has
          // no title that the sentence's first words would open.
          const opened =
            linked.type === 'person' ? withSentenceOpening(article, found, mention.start) : found;
          // "Its director" was kept as "director", of the organisation "its" stands for.
          const label =
            'of' in found && found.of !== undefined
              ? { ...opened, text: `${opened.text} of ${found.of}` }
              : opened;
          const key = foldText(label.text).replace(/\s+/g, ' ').trim();
          if (key === '' || seen.has(key)) continue;
          // A label of function words only ("A" from "A Transport Minister ...") names nothing.
          if (normalizeText(label.text).every((token) => isStopword(token.word))) continue;
          seen.add(key);
          row.labels.push({ text: label.text, citation: citeSpan(article, label.start, label.end) });
        }
      }
    }
    addDescriptions(linked, articles, described, byArticle, seenLabels);
    entries.push({
      entry: {
        entity: linked.name,
        type: linked.type,
        names,
        byArticle: [...byArticle.entries()]
          .sort((a, b) => a[0] - b[0])
          .map(([, row]) => row)
          .filter((row) => row.labels.length > 0),
      },
      mentions,
    });
  }
  const labelled = entries.filter(({ entry }) => entry.byArticle.length > 0);
  labelled.sort((a, b) => b.entry.byArticle.length - a.entry.byArticle.length || b.mentions - a.mentions);
  return labelled.map(({ entry }) => entry);
}

/**
 * What an outlet calls a speaker it never names at the quotation ("the 61-year-old president said"), where the
 * other outlets give the same words to this person: a label of its own, once another outlet's label of the
 * person has the description's head noun ("President", "Opposition leader"), so that a quotation two people
 * share, or the spokesman who read out the president's words, lends the person no label.
 */
function addDescriptions(
  linked: EntityLinks['entities'][number],
  articles: readonly Article[],
  described: readonly DescribedSpeaker[],
  byArticle: Map<number, LabelEntry['byArticle'][number]>,
  seenLabels: Map<number, Set<string>>,
): void {
  if (linked.type !== 'person') return;
  for (const found of described) {
    if (found.speaker !== linked.key) continue;
    const words = normalizeText(found.description.text.replace(/\s+of\s.*$/u, '')).map((token) => token.word);
    const head = words[words.length - 1];
    if (head === undefined || isStopword(head)) continue;
    const corroborated = [...byArticle.entries()].some(
      ([article, row]) =>
        article !== found.article &&
        row.labels.some((label) => normalizeText(label.text).some((token) => token.word === head)),
    );
    if (!corroborated) continue;
    const article = articles[found.article] as Article;
    let row = byArticle.get(found.article);
    if (row === undefined) byArticle.set(found.article, (row = { article: article.id, labels: [] }));
    let seen = seenLabels.get(found.article);
    if (seen === undefined) seenLabels.set(found.article, (seen = new Set()));
    const key = foldText(found.description.text).replace(/\s+/g, ' ').trim();
    if (seen.has(key)) continue;
    seen.add(key);
    row.labels.push({
      text: found.description.text,
      citation: citeSpan(article, found.description.start, found.description.end),
    });
  }
}

/** A phrase that ends on a preposition or conjunction ("Minister of", "President and") is cut short. */
function endsOnConnective(text: string): boolean {
  return /(?:^|\s)(?:of|and|&|or|for|at|in|on|to|from|by|with)$/iu.test(text.trim());
}

/** At most this many words in front of a title at the start of a sentence are taken into it. */
const OPENING_MAX_WORDS = 3;

/**
 * A title right before the name, at the start of a sentence, with the words in front of it that the language
 * stage left out ("Beleaguered port" of "Beleaguered port chief Clara Wendt"): a sentence does not open on a
 * verb, so one to three words with no function word between the sentence start and the title belong to the
 * same noun phrase, and they are often the judging part of the label.
 */
function withSentenceOpening(article: Article, label: TextSpan, mentionStart: number): TextSpan {
  if (article.text.slice(label.end, mentionStart).trim() !== '') return label;
  const sentence = article.sentences[sentenceAt(article, label.start)];
  if (sentence === undefined) return label;
  const prefix = article.text.slice(sentence.start, label.start);
  const lead = prefix.length - prefix.replace(/^[\s"“‘'(]+/u, '').length;
  const words = prefix
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '');
  if (words.length === 0 || words.length > OPENING_MAX_WORDS) return label;
  if (!words.every((word) => /^[\p{L}\p{M}'’-]+$/u.test(word.replace(/^["“‘'(]+/u, '')))) return label;
  if (normalizeText(prefix).some((token) => isStopword(token.word))) return label;
  // "Critics called Governor Elsa Marek ...": a subject and its verb, not an opening of the title's noun phrase.
  // A word after the first that is a verb of saying or stance, or reads as a past tense ("Voters backed"), ends
  // the noun phrase; the first word may still be a participle used as an adjective ("Beleaguered").
  if (words.slice(1).some((word) => isVerbWord(word) || /\p{Ll}ed$/u.test(word))) return label;
  if (words.length === 1 && words[0] !== undefined && isVerbWord(words[0])) return label;
  const start = sentence.start + lead;
  return { start, end: label.end, text: article.text.slice(start, label.end) };
}

// ", the reformist councillor who ...", ", a former schoolteacher, ...": a determiner and one to four lower-case
// words between commas (or before "who") right after a name describe the person.
const APPOSITIVE =
  /^,\s+((?:the|a|an)\s+\p{Ll}[\p{L}\p{M}'’-]*(?:\s+\p{Ll}[\p{L}\p{M}'’-]*){0,3}?)(?=\s+who\b|\s*[,.;])/u;

/** A verb of saying or stance in a finite form ("said", "says", "warned"), not a bare form that is also a noun. */
function isFiniteVerb(word: string): boolean {
  return isVerbWord(word) && (isIrregularPast(word) || /(?:ed|s)$/.test(word));
}

/**
 * An appositive right after a person's name that the language stage did not attach ("Challenger Ilse Varga,
 * the reformist councillor who came within a whisker ..."), as a label span.
 */
function appositiveAfter(
  article: Article,
  mention: TextSpan,
): (TextSpan & { kind: 'appositive' }) | undefined {
  const match = APPOSITIVE.exec(article.text.slice(mention.end, mention.end + 80));
  const phrase = match?.[1];
  if (match === null || phrase === undefined) return undefined;
  // "a retired teacher" describes; "an alarming report revealed today" and "the service said" are clauses
  // with their own verb (a source after the sentence it reports).
  const words = phrase.split(/\s+/);
  if (words.slice(2).some((word) => word.endsWith('ed')) || words.slice(1).some(isFiniteVerb))
    return undefined;
  const start = mention.end + match[0].indexOf(phrase);
  return { start, end: start + phrase.length, text: phrase, kind: 'appositive' };
}

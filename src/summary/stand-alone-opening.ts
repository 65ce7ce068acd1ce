import { isRoleWord, isTitleWord, leaningPronoun, stripUpdateNote } from '../language/index.js';
import type { Article } from '../model/index.js';

/**
 * A connective that ties a sentence to the one before it and carries no fact of its own: "But", "And", "Also",
 * "However,". A summary sentence stands apart from its neighbours in the article, so the word goes ("But the
 * council voted on" -> "The council voted on"). Counted on real news (ECB+, BASIL, GVC): about one summary
 * sentence in thirty opened on one. Words that also open a phrase of their own ("So far", "Still photos", "In
 * addition to the fine", "Instead of", "Yet another") go only when a comma closes them.
 */
const LEADING_CONNECTIVE =
  /^(?:(?:but|and|also|meanwhile|moreover|furthermore|nonetheless|nevertheless)\b,?|yet\b(?!\s+(?:another|more|again)\b),?|(?:so|still|however|instead|besides|in addition|additionally),)\s+(?=["“]?\p{L})/iu;

/** A personal pronoun opening a sentence, as a subject ("He") or a possessive ("His daughter"). */
const LEADING_PERSON_PRONOUN = /^(?:(he|she)|(his|her))\b(?!['’])/iu;

/** A summary sentence's text as it can be read alone, or why it cannot be. */
export type StandAloneOpening = { text: string } | { dependent: string };

/**
 * The sentence `text` (article sentence number `sentence`, already with its quote speakers named) as it reads
 * alone: a leading connective dropped, and a leading "he", "she", "his" or "her" replaced by the person it stands
 * for when the sentence before it names exactly one person ("He resigned on Friday." after "Mayor Ida Brenn faced
 * a vote." -> "Ida Brenn resigned on Friday."). `dependent` says why a sentence that still opens on a word
 * pointing back ("They", "It", "Its") cannot stand in a summary.
 *
 * @example
 * standAloneOpening(article, 1, 'But he said the pier would reopen.')
 * // -> { text: 'Ida Brenn said the pier would reopen.' } when sentence 0 names Ida Brenn alone
 */
export function standAloneOpening(article: Article, sentence: number, text: string): StandAloneOpening {
  let result = stripUpdateNote(text);
  const connective = LEADING_CONNECTIVE.exec(result);
  if (connective) result = capitalise(result.slice(connective[0].length));
  const pronoun = LEADING_PERSON_PRONOUN.exec(result);
  if (pronoun) {
    const person = personBefore(article, sentence);
    if (person === undefined)
      return { dependent: `opens on "${pronoun[0]}" with no one named just before it` };
    // "His daughter Joan Felt said": a pronoun does not stand for a person the same sentence names (two people of
    // one family are often merged under their surname), so such a sentence is left out, not misnamed.
    const surname = person.split(/\s+/).at(-1) ?? person;
    if (result.split(/[^\p{L}\p{M}'’-]+/u).includes(surname))
      return { dependent: `opens on "${pronoun[0]}", and ${person} is named in the sentence itself` };
    result = (pronoun[2] ? `${person}’s` : person) + result.slice(pronoun[0].length);
  }
  const leaning = leaningPronoun(result);
  if (leaning !== undefined)
    return { dependent: `opens on "${leaning}", which points back to an earlier sentence` };
  return { text: result };
}

/**
 * How many sentences back a pronoun is looked up: the nearest sentence naming anyone, within this many, decides.
 * "She resigned. Her deputy takes over." leans on the sentence before the one before; further back, a reader of
 * the article has moved on too.
 */
const LOOK_BACK_SENTENCES = 2;

/**
 * The name of the one person the nearest earlier sentence that names anyone names (up to LOOK_BACK_SENTENCES
 * back), when that sentence opens on them (only titles before the name: "Mayor Ida Brenn faced a vote"): a
 * pronoun opening a sentence most often continues the subject of the one before. Undefined when that sentence
 * names several people, or its one person is not its subject ("His daughter Joan Felt said her father ... . He
 * died at 12:45": on ECB+ "He" was the father, not the daughter), or no sentence names anyone.
 */
function personBefore(article: Article, sentence: number): string | undefined {
  for (let back = 1; back <= LOOK_BACK_SENTENCES; back++) {
    const previous = article.sentences[sentence - back];
    if (!previous) return undefined;
    const people = new Set<string>();
    const subjects = new Set<string>();
    for (const entity of article.entities) {
      if (entity.type !== 'person') continue;
      for (const mention of entity.mentions) {
        if (mention.start < previous.start || mention.end > previous.end) continue;
        people.add(entity.id);
        // As the sentence wrote the name ("Felt"), not the entity's fullest name: a surname shared by two people
        // of one family may have merged them into one entity ("Joan Felt" for her father's "Felt").
        if (mention.reference !== true && opensOn(article.text.slice(previous.start, mention.start)))
          subjects.add(mention.text);
      }
    }
    if (people.size > 0) return people.size === 1 && subjects.size >= 1 ? longest(subjects) : undefined;
  }
  return undefined;
}

/**
 * True when the words before a name are only titles ("Mayor", "Former Senator", "energy minister"); a possessive
 * makes the name another's relative or aide ("His daughter Joan Felt"), not the subject.
 */
function opensOn(before: string): boolean {
  const words = before.split(/\s+/).filter((word) => word !== '');
  if (words.some((word) => /^(?:his|her|their|its|our|my|your)$/i.test(word) || /['’]s?$/u.test(word)))
    return false;
  return words.every((word) => /^\p{Lu}[\p{L}.'’-]*$/u.test(word) || isTitleWord(word) || isRoleWord(word));
}

/** The longest of several spellings of one name in a sentence ("Ida Brenn" over "Brenn"). */
function longest(names: ReadonlySet<string>): string {
  return [...names].reduce((best, name) => (name.length > best.length ? name : best));
}

function capitalise(text: string): string {
  const letter = /\p{L}/u.exec(text);
  if (!letter) return text;
  return text.slice(0, letter.index) + letter[0].toUpperCase() + text.slice(letter.index + 1);
}

import { isNounHomograph } from './lexicons/noun-homographs.js';
import type { LoadedReason } from '../model/index.js';
import { DOUBT_VERBS } from './lexicons/doubt-verbs.js';
import { EMOTIVE_VERBS } from './lexicons/emotive-verbs.js';
import { EMOTIVE_WORDS } from './lexicons/emotive-words.js';
import { EPITHETS } from './lexicons/epithets.js';
import { EVALUATIVE_ADVERBS } from './lexicons/evaluative-adverbs.js';
import {
  ATTITUDE_ADVERBS,
  EVALUATIVE_WORDS,
  PEJORATIVE_NOUNS,
  WEAK_EVALUATIVE_WORDS,
} from './lexicons/evaluative-words.js';
import { INTENSIFIERS, TONE_ADVERBS } from './lexicons/intensifiers.js';
import { LOADED_IDIOMS } from './lexicons/loaded-idioms.js';
import type { Lexicon } from './lexicons/lexicon-entry.js';
import { CONTESTED_TERMS, ONE_SIDED_LABELS } from './lexicons/one-sided-labels.js';
import { SPECULATION_CUES } from './lexicons/speculation-cues.js';
import { VULGAR_WORDS } from './lexicons/vulgar-words.js';

/** One term of the index: the words to match (lower case, one form), and what a hit means. */
export interface LexiconTerm {
  words: readonly string[];
  /** The base form as listed, for the note. */
  lemma: string;
  reason: LoadedReason;
  weight: number;
  neutral: string | undefined;
}

/** First word -> the terms starting with it, longest first (so "death tax" wins over a one-word entry). */
export type LexiconIndex = ReadonlyMap<string, readonly LexiconTerm[]>;

/**
 * The lexicons in priority order: when one form appears in two lists, the first list's reason wins (an
 * epithet is reported as an epithet even if it is also emotive).
 */
const LEXICONS: readonly Lexicon[] = [
  EPITHETS,
  PEJORATIVE_NOUNS,
  ONE_SIDED_LABELS,
  SPECULATION_CUES,
  EMOTIVE_VERBS,
  DOUBT_VERBS,
  EMOTIVE_WORDS,
  EVALUATIVE_WORDS,
  VULGAR_WORDS,
  LOADED_IDIOMS,
  EVALUATIVE_ADVERBS,
  ATTITUDE_ADVERBS,
  INTENSIFIERS,
  TONE_ADVERBS,
  CONTESTED_TERMS,
  WEAK_EVALUATIVE_WORDS,
];

const VOWELS = /[aeiou]/;
/** Adjectives up to this length take -er/-est ("bolder", "crazier"); longer ones take "more". */
const COMPARATIVE_MAX_LETTERS = 6;
/** Endings of words that take "more" or are nouns: no -er/-est form is generated for them. */
const NO_COMPARATIVE = /(?:ed|ing|ic|ous|al|ist|ful|ism|s)$/;

/** Verb forms: -s, -ed, -ing, with the usual spelling changes (rave/raving, slam/slammed, bully/bullied). */
function verbForms(base: string): string[] {
  const forms = [base];
  if (base.endsWith('e')) {
    forms.push(`${base}s`, `${base}d`, `${base.slice(0, -1)}ing`);
  } else if (base.endsWith('y') && !VOWELS.test(base.at(-2) ?? '')) {
    forms.push(`${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`);
  } else {
    const sibilant = /(s|sh|ch|x|z)$/.test(base);
    forms.push(sibilant ? `${base}es` : `${base}s`, `${base}ed`, `${base}ing`);
    const last = base.at(-1) ?? '';
    // Short consonant-vowel-consonant verbs double the final consonant (slam -> slammed, rip -> ripping).
    if (/[bdgklmnprt]/.test(last) && VOWELS.test(base.at(-2) ?? '') && !VOWELS.test(base.at(-3) ?? 'a')) {
      forms.push(`${base}${last}ed`, `${base}${last}ing`);
    }
  }
  return forms;
}

/** Noun plurals: -s, -es, -ies. */
function nounForms(base: string): string[] {
  if (base.endsWith('y') && !VOWELS.test(base.at(-2) ?? '')) return [base, `${base.slice(0, -1)}ies`];
  if (/(s|sh|ch|x|z)$/.test(base)) return [base, `${base}es`];
  return [base, `${base}s`];
}

/**
 * Comparative and superlative of a short adjective (bold -> bolder, boldest; crazy -> crazier; grim -> grimmer).
 * Longer words take "more"/"most" instead, which the base form already matches.
 */
function comparativeForms(base: string): string[] {
  if (base.length > COMPARATIVE_MAX_LETTERS || /[^a-z]/.test(base) || NO_COMPARATIVE.test(base)) return [];
  if (base.endsWith('e')) return [`${base}r`, `${base}st`];
  if (base.endsWith('y') && !VOWELS.test(base.at(-2) ?? '')) {
    return [`${base.slice(0, -1)}ier`, `${base.slice(0, -1)}iest`];
  }
  const last = base.at(-1) ?? '';
  if (/[bdgmnpt]/.test(last) && VOWELS.test(base.at(-2) ?? '') && !VOWELS.test(base.at(-3) ?? 'a')) {
    return [`${base}${last}er`, `${base}${last}est`];
  }
  return [`${base}er`, `${base}est`];
}

/**
 * Adjective-derived adverbs, comparatives of short adjectives, and plurals (for the nouns in the emotive list):
 * horrific -> horrifically, brash -> brasher. Forms a noun cannot take ("heroer") are generated too but never
 * occur in text, so they cost nothing.
 */
function adjectiveForms(base: string): string[] {
  const forms = nounForms(base);
  if (base.endsWith('ic')) forms.push(`${base}ally`);
  else if (base.endsWith('le')) forms.push(`${base.slice(0, -1)}y`);
  else if (base.endsWith('y')) forms.push(`${base.slice(0, -1)}ily`);
  else forms.push(`${base}ly`);
  forms.push(...comparativeForms(base));
  return forms;
}

function formsOf(lexicon: Lexicon, term: string): string[][] {
  const words = term.split(' ');
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  const rest = words.slice(1);
  const init = words.slice(0, -1);
  switch (lexicon.inflect) {
    case 'verb':
      return verbForms(first)
        .filter((form) => !isNounHomograph(first, form))
        .map((form) => [form, ...rest]);
    case 'noun':
      return nounForms(last).map((form) => [...init, form]);
    case 'adjective':
      return words.length === 1 ? adjectiveForms(first).map((form) => [form]) : [words];
    case 'all':
      return [...new Set([...verbForms(first), ...adjectiveForms(first)])].map((form) => [form, ...rest]);
    case 'none':
      return [words];
  }
}

/** Builds the lookup index from the lexicon files (once, at module load: about 6,300 forms). */
export function createLexiconIndex(lexicons: readonly Lexicon[] = LEXICONS): LexiconIndex {
  const seen = new Set<string>();
  const index = new Map<string, LexiconTerm[]>();
  for (const lexicon of lexicons) {
    for (const [lemma, neutral] of lexicon.lines) {
      const forms = formsOf(lexicon, lemma);
      // A two- or three-word term is also written as one hyphenated word ("fat cat" -> "a fat-cat boss").
      for (const words of [...forms])
        if (words.length > 1 && words.length <= 3) forms.push([words.join('-')]);
      for (const words of forms) {
        const key = words.join(' ');
        if (seen.has(key)) continue;
        seen.add(key);
        const first = words[0] ?? '';
        const term: LexiconTerm = { words, lemma, reason: lexicon.reason, weight: lexicon.weight, neutral };
        const list = index.get(first);
        if (list) list.push(term);
        else index.set(first, [term]);
      }
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/** The project's lexicons, indexed. */
export const LEXICON_INDEX: LexiconIndex = createLexiconIndex();

import {
  composeKey,
  type Entity,
  type EntityType,
  type Label,
  type LabelKind,
  type Mention,
} from '../model/index.js';
import { bareWord, isCapitalised, isPossessive, type Document } from './document.js';
import {
  COMMON_CAPITALISED,
  CUE_VERBS,
  DEMONYMS,
  EPITHETS,
  GROUP_NAME_HEADS,
  HONORIFICS,
  LABEL_MODIFIERS,
  NAME_BREAKERS,
  MEMBER_NOUNS,
  compoundHead,
  NEAR_PREPOSITIONS,
  ORG_HEADS,
  ORG_NOUNS,
  WEAK_ORG_HEADS,
  PLACE_FOLLOWERS,
  PLACE_HEADS,
  PLACE_OF_NOUNS,
  PLACE_ABBREVIATIONS,
  PLACE_PHRASES,
  PLACE_PREFIXES,
  PLACE_PREPOSITIONS,
  PLACES,
  ROLE_NOUNS,
  TITLE_ABBREVIATIONS,
  TITLE_WORDS,
  WEAK_PLACE_HEADS,
  WEAK_PLACE_PREFIXES,
  isPluralMemberNoun,
  isIrregularPast,
  KIN_NOUNS,
  isVerbWord,
} from './lexicon.js';
import { normalizeEntityKey } from './normalize-entity-key.js';
import { isOrganisationLabel, organisationLabels } from './organisation-labels.js';
import { OUTLET_ALIASES } from './outlets.js';
import type { Token } from './tokenize.js';

/** Lower-case words allowed inside a capitalised name: "Bank of America", "Cartel de los Soles". */
const CONNECTORS = new Set([
  'of',
  'for',
  'de',
  'del',
  'la',
  'los',
  'las',
  'le',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'al',
  'da',
  'du',
  'and',
  '&',
]);
/** Name particles that stay inside a person's name. */
const PARTICLES = new Set(['de', 'del', 'la', 'los', 'van', 'von', 'der', 'den', 'bin', 'al', 'da', 'du']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
/* A person's own name is at most 4 tokens ("Martin Luther King Jr", "Juan Carlos de la Cruz" folds particles). */
const MAX_PERSON_NAME_TOKENS = 4;
/* Labels longer than this are clauses, not labels. */
const MAX_LABEL_TOKENS = 14;

/** A mention before linking: where, what type it looks like, and the labels found around it. */
/* Keep in sync with the copy at the end of findEntities, which lists these fields one by one. */
export interface RawMention {
  start: number;
  end: number;
  text: string;
  /** First and one-past-last token of the name (title excluded). */
  first: number;
  last: number;
  sentence: number;
  type: EntityType;
  tokens: number;
  labels: Label[];
  hasTitle: boolean;
  /** Evidence from the words around this mention that it names a place ("residents of X", a dateline). */
  placeEvidence: number;
  /** A preposition of place before it ("in X"): support for other place evidence, not enough alone. */
  placeHints: number;
  /** Evidence that it names a person (a title, a label, a reporting verb after it). */
  personEvidence: number;
  /** Evidence that it names an organisation: "the textile firm X", "the operator, X,", "X, a family firm". */
  orgEvidence: number;
  /** "the X" without a title: support for other organisation evidence, not enough alone. */
  orgHints: number;
  /** Followed by a lower-case role noun and a name: "Election chief Ruth Okonjo"; it may be only a label's word. */
  beforeRole: boolean;
}

/** The result of the entity pass: entities plus lookups for the quote pass. */
export interface EntityIndex {
  entities: Entity[];
  /** Every name mention in text order, with its entity id. */
  mentions: (RawMention & { entity: string })[];
  /** Entity id by mention start offset. */
  byStart: Map<number, string>;
}

/** Possessive pronouns that may open a label ("Its director", "her lawyer"): they stand for a name, not a role. */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/* Sentences back, from the label's own, in which the name a possessive pronoun stands for is looked for. */
const PRONOUN_REACH_SENTENCES = 1;
/** The possessive pronoun each label was found behind, for resolving it once the entities are known. */
const labelPronouns = new WeakMap<Label, string>();

function label(doc: Document, first: number, last: number, kind: LabelKind): Label | null {
  // "Its director": the label is the role; whose role it is is resolved from the pronoun later.
  const pronoun = bareWord(doc.tokens[first]);
  const skipped = POSSESSIVE_PRONOUNS.has(pronoun) && first + 1 < last;
  if (skipped) first++;
  const start = doc.tokens[first]?.start;
  let end = doc.tokens[last - 1]?.end;
  if (start === undefined || end === undefined || end <= start) return null;
  const lastToken = doc.tokens[last - 1];
  if (lastToken && lastToken.text === ',') end = lastToken.start;
  const found: Label = { start, end, text: doc.text.slice(start, end), kind };
  if (skipped) labelPronouns.set(found, pronoun);
  return found;
}

/**
 * Sets `of` on each label found behind a possessive pronoun: "its"/"their" stand for the nearest organisation
 * named before, "his"/"her" for the nearest other person, in the label's sentence or the one before. Left unset
 * when none is there: "director" alone is still right, a guess is not.
 */
function resolveLabelPronouns(doc: Document, entities: readonly Entity[]): void {
  const named: { start: number; entity: Entity }[] = [];
  for (const entity of entities)
    for (const mention of entity.mentions)
      if (mention.reference !== true) named.push({ start: mention.start, entity });
  named.sort((a, b) => a.start - b.start);
  const sentences = doc.sentences;
  /** Index of the first item of `named` starting at or after `offset`. */
  const firstNamedFrom = (offset: number): number => {
    let low = 0;
    let high = named.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((named[middle]?.start ?? 0) < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  // The first sentence ending after `offset`, or -1: sentence ends only grow, so a binary search.
  const sentenceOf = (offset: number): number => {
    let low = 0;
    let high = sentences.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((sentences[middle]?.end ?? 0) > offset) high = middle;
      else low = middle + 1;
    }
    return low < sentences.length ? low : -1;
  };
  for (const owner of entities) {
    for (const mention of owner.mentions) {
      for (const found of mention.labels) {
        const pronoun = labelPronouns.get(found);
        if (pronoun === undefined) continue;
        const wanted: EntityType | undefined =
          pronoun === 'its' || pronoun === 'their'
            ? 'organization'
            : pronoun === 'his' || pronoun === 'her'
              ? 'person'
              : undefined;
        if (wanted === undefined) continue;
        const own = sentenceOf(found.start);
        // The label's own sentence first ("Mira Sand spoke through her lawyer"), then the ones before it.
        for (let back = 0; back <= PRONOUN_REACH_SENTENCES && found.of === undefined; back++) {
          const inReach = new Set<Entity>();
          // The names whose sentence (by sentenceOf) is `target` start from the end of the sentence before it
          // up to its own end; only those are read, not every name of the article.
          const target = own - back;
          if (target >= -1) {
            const from = target === -1 ? (sentences.at(-1)?.end ?? 0) : (sentences[target - 1]?.end ?? 0);
            const to = target === -1 ? Infinity : (sentences[target]?.end ?? 0);
            for (let position = firstNamedFrom(from); position < named.length; position++) {
              const candidate = named[position];
              if (!candidate || candidate.start >= found.start || candidate.start >= to) break;
              if (candidate.entity.type === wanted && candidate.entity !== owner)
                inReach.add(candidate.entity);
            }
          }
          // "his"/"her" with two people in reach would need their genders: leave it unresolved.
          if (inReach.size > 1 && wanted === 'person') break;
          const [nearest] = [...inReach].reverse();
          if (nearest !== undefined) found.of = nearest.name;
        }
      }
    }
  }
}

/** 'epithet' when the label's head noun (the last role noun before any "of"/"for") is judgemental. */
function labelKind(doc: Document, first: number, last: number, fallback: LabelKind): LabelKind {
  let head = '';
  for (let index = first; index < last; index++) {
    const word = bareWord(doc.tokens[index]);
    if ((word === 'of' || word === 'for' || word === 'on') && head !== '') break;
    if (ROLE_NOUNS.has(word) || EPITHETS.has(word)) head = word;
  }
  return EPITHETS.has(head) ? 'epithet' : fallback;
}

function isLabelWord(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  const word = bareWord(token);
  return (
    ROLE_NOUNS.has(word) ||
    EPITHETS.has(word) ||
    LABEL_MODIFIERS.has(word) ||
    DEMONYMS.has(word) ||
    TITLE_WORDS.has(word) ||
    isCapitalised(token) ||
    /^[\p{Ll}\p{M}]+-[\p{Ll}\p{M}-]+$/u.test(token.text)
  );
}

/* Closed-class words that never modify a role noun as the first half of a compound ("that boss", "to chief"). */
const NOT_COMPOUND_MODIFIERS = new Set([
  'that',
  'this',
  'these',
  'those',
  'to',
  'of',
  'for',
  'with',
  'by',
  'as',
  'at',
  'in',
  'on',
  'from',
  'and',
  'or',
  'but',
  'then',
  'than',
  'when',
  'who',
  'whom',
  'whose',
  'which',
  'where',
  'also',
  'not',
  'new',
  'old',
  'said',
  'says',
  'told',
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'has',
  'had',
  'have',
  'him',
  'them',
  'us',
  'me',
]);

/* Prepositions after which a compound role may start: "of free agent X", "with union chief X". */
const COMPOUND_PREPOSITIONS = new Set(['of', 'with', 'by', 'for', 'from', 'about', 'against', 'at', 'on']);

/**
 * True when the word at `index` is the noun half of a compound role ("fire boss", "dam chief", "the harbour
 * boss"): a plain lower-case noun, not a verb form, where a label may start (after a determiner, a possessive, a
 * comma, a label word, a verb of saying, or at the sentence start). "questioned boss Ida Varn" keeps "boss".
 */
function isCompoundModifier(doc: Document, index: number, floor: number): boolean {
  const token = doc.tokens[index];
  if (!token || token.kind !== 'word' || !/^\p{Ll}{3,}$/u.test(token.text)) return false;
  const word = bareWord(token);
  if (
    NOT_COMPOUND_MODIFIERS.has(word) ||
    DETERMINERS.has(word) ||
    isVerbWord(word) ||
    isIrregularPast(word) ||
    /(?:ed|ing|ly)$/.test(word)
  )
    return false;
  if (index === floor) return true;
  const previous = doc.tokens[index - 1];
  const previousWord = bareWord(previous);
  return (
    previous?.text === ',' ||
    DETERMINERS.has(previousWord) ||
    // "the arrival of free agent Dario Pell", "talks with union chief Ana Roe"; not "to": "to fire chief X".
    (previous?.kind === 'word' && COMPOUND_PREPOSITIONS.has(previousWord)) ||
    isPossessive(previous) ||
    isVerbWord(previousWord) ||
    (isLabelWord(previous) && !COMMON_CAPITALISED.has(previousWord)) ||
    // "furious union chief", "Angry dock boss": a tabloid's adjective opens the phrase as a determiner would.
    EVALUATIVE_ADJECTIVE.test(previous?.text ?? '')
  );
}

/** An adjective by its ending ("furious", "angry", "boastful"): what opens a tabloid's noun phrase before a role. */
const EVALUATIVE_ADJECTIVE = /^(?=\p{L}{5,}$)\p{L}\p{Ll}*(?:ous|ful|less|ive|ish|able|ible|gry)$/u;

/**
 * Scans backwards from token `before` (exclusive) for a role label ending right there: "the State
 * Department’s special envoy on Venezuela", "Venezuelan dictator". Returns the first token of the label or -1.
 */
function labelBackwards(doc: Document, before: number, floor: number): number {
  const tokens = doc.tokens;
  const head = tokens[before - 1];
  const headWord = bareWord(head);
  if (!head || head.kind !== 'word') return -1;
  // "said mother-of-two Elin Storm": a compound on a person noun is a label as its head would be.
  const compound = compoundHead(headWord);
  let hasRole =
    ROLE_NOUNS.has(headWord) ||
    EPITHETS.has(headWord) ||
    (compound !== headWord && (ROLE_NOUNS.has(compound) || MEMBER_NOUNS.has(compound)));
  let index = before - 1;
  let first = before;
  // "envoy on Venezuela": a capitalised place or org right before the name may close the label.
  if (!hasRole && isCapitalised(head)) {
    let scan = index;
    while (scan > floor && isCapitalised(tokens[scan])) scan--;
    const preposition = bareWord(tokens[scan]);
    if (
      (preposition === 'on' || preposition === 'for' || preposition === 'of' || preposition === 'to') &&
      ROLE_NOUNS.has(bareWord(tokens[scan - 1])) &&
      // "the grandson of U.S. Rep. Ivo Tamm": a relative of someone is not that someone's role.
      !KIN_NOUNS.has(bareWord(tokens[scan - 1]))
    ) {
      index = scan - 1;
      first = index;
      hasRole = true;
    } else if (!DEMONYMS.has(headWord)) return -1;
  }
  let count = before - index;
  while (index >= floor && count <= MAX_LABEL_TOKENS) {
    const token = tokens[index];
    if (!token) break;
    const word = bareWord(token);
    if (token.kind === 'word' && DETERMINERS.has(word)) {
      first = index;
      break;
    }
    // "the authority’s chief executive": a possessive common noun after a determiner opens the label.
    if (
      token.kind === 'word' &&
      isPossessive(token) &&
      !isCapitalised(token) &&
      DETERMINERS.has(bareWord(tokens[index - 1])) &&
      first < before
    ) {
      first = index - 1;
      break;
    }
    if (isLabelWord(token) && !COMMON_CAPITALISED.has(word)) {
      if (ROLE_NOUNS.has(word) || EPITHETS.has(word)) hasRole = true;
      first = index;
      index--;
      count++;
      continue;
    }
    if (word === 'and' && ROLE_NOUNS.has(bareWord(tokens[index - 1]))) {
      index--;
      count++;
      continue;
    }
    // "the 41-year-old singer’s manager": the tokenizer splits an age at its first hyphen ("41", "-").
    const number = tokens[index - 1];
    if (
      token.text === '-' &&
      first === index + 1 &&
      number?.kind === 'number' &&
      number.end === token.start &&
      tokens[index + 1]?.start === token.end
    ) {
      first = index - 1;
      index -= 2;
      count += 2;
      continue;
    }
    // "said fire boss Mara Tollund": the noun before the head belongs to the role.
    if (hasRole && index === before - 2 && first === before - 1 && isCompoundModifier(doc, index, floor)) {
      first = index;
      index--;
      count++;
      continue;
    }
    break;
  }
  return hasRole ? first : -1;
}

/**
 * True for "Oranje’s brief, Lotte Kaay," or "Her friend, Ana Pell,": a noun given by possession, opening the
 * sentence, set off by commas around a name, is that person's role even when it is no role noun (a tabloid's
 * "brief" for a lawyer). `comma` is the comma before the name and `end` the token after it, which must close
 * the appositive; "In Oranje’s view, Mayor Ada Feld ..." opens on a preposition and is no role.
 */
function possessedRole(doc: Document, comma: number, end: number, sentenceFirst: number): boolean {
  const tokens = doc.tokens;
  const noun = tokens[comma - 1];
  const owner = tokens[comma - 2];
  if (comma - 2 !== sentenceFirst || tokens[end]?.text !== ',') return false;
  if (!noun || noun.kind !== 'word' || !/^\p{Ll}{3,}$/u.test(noun.text)) return false;
  if (isVerbWord(noun.text) || /(?:ed|ing|ly)$/.test(noun.text)) return false;
  return (isPossessive(owner) && isCapitalised(owner)) || POSSESSIVE_PRONOUNS.has(bareWord(owner));
}

/** Prepositions that tie a role to the body it is held in or for: "chief executive of", "analyst at". */
const OWNER_PREPOSITIONS = new Set(['of', 'for', 'at', 'with']);

/** A labelled noun phrase after "Name, ": "the State Department’s special envoy for Venezuela". */
function appositiveAfter(doc: Document, comma: number, end: number): number {
  const tokens = doc.tokens;
  const first = tokens[comma + 1];
  if (!first || first.kind !== 'word') return -1;
  const firstWord = bareWord(first);
  // "Sander Quill, Brenholt’s chief executive,": a named owner's role, as "the company’s chief executive" is.
  const namedOwner = isPossessive(first) && isCapitalised(first);
  if (
    !DETERMINERS.has(firstWord) &&
    !LABEL_MODIFIERS.has(firstWord) &&
    !ROLE_NOUNS.has(firstWord) &&
    !DEMONYMS.has(firstWord) &&
    !namedOwner
  )
    return -1;
  let hasRole = false;
  // "the company’s managing director and the fourth generation of her family to run it": where the first of
  // two coordinated descriptions ends, a label of its own when the whole runs too long.
  let firstConjunctEnd = -1;
  let index = comma + 1;
  for (; index < end && index - comma <= MAX_LABEL_TOKENS; index++) {
    const token = tokens[index];
    if (!token) break;
    if (
      hasRole &&
      firstConjunctEnd < 0 &&
      bareWord(token) === 'and' &&
      DETERMINERS.has(bareWord(tokens[index + 1]))
    )
      firstConjunctEnd = index;
    // "a spokesman for Mrs. Clinton": the period of a title abbreviation does not end the appositive.
    const abbreviation =
      token.text === '.' &&
      (TITLE_ABBREVIATIONS.has(bareWord(tokens[index - 1])) ||
        PLACE_ABBREVIATIONS.has(bareWord(tokens[index - 1])) ||
        /^\p{Lu}\p{M}*$/u.test(tokens[index - 1]?.text ?? '')) &&
      isCapitalised(tokens[index + 1]);
    if (
      token.kind === 'punct' &&
      token.text !== '’' &&
      token.text !== "'" &&
      token.text !== '-' &&
      !abbreviation
    )
      break;
    if (token.kind === 'quote') return -1;
    const word = bareWord(token);
    if (word === 'who' || word === 'which' || word === 'that' || word === 'said' || word === 'says') break;
    // "Shot by Lena Ruud, the singer stares at the camera": a verb right after the role noun makes the words
    // after the comma the main clause, not a description of the name before it.
    const previousWord = bareWord(tokens[index - 1]);
    const nextWord = bareWord(tokens[index + 1]);
    if (
      hasRole &&
      (ROLE_NOUNS.has(previousWord) || EPITHETS.has(previousWord)) &&
      token.kind === 'word' &&
      /^\p{Ll}+[^s'’]s$/u.test(token.text) &&
      !ROLE_NOUNS.has(word) &&
      !ROLE_NOUNS.has(word.slice(0, -1)) &&
      !MEMBER_NOUNS.has(word.slice(0, -1)) &&
      (DETERMINERS.has(nextWord) || APPOSITIVE_STOPS.has(nextWord))
    )
      return -1;
    if (ROLE_NOUNS.has(word) || EPITHETS.has(word)) hasRole = true;
  }
  const stop = tokens[index];
  if (hasRole && index - comma > MAX_LABEL_TOKENS && firstConjunctEnd > 0) return firstConjunctEnd;
  if (!hasRole || index - comma > MAX_LABEL_TOKENS) return -1;
  // "Susan Glasser, chief reporter Ken Vogel, ...": a list of people, not an appositive; a name after a
  // preposition or a determiner is whom the role is of or for ("chief executive of Brenholt Mills", "the
  // attorney for St. Clement County"). Not when that name is a person's: after "and" ("rely on Ana Roe and Ivo
  // Tamm"), with a title or role in it ("CIA Director Ivo Tamm", "Rep. Ana Roe"), or after a title's "of"
  // ("Secretary of State Ana Roe").
  if (isCapitalised(tokens[index - 1]) && isCapitalised(tokens[index - 2])) {
    let before = index - 1;
    let titled = false;
    while (before > comma && (isCapitalised(tokens[before]) || tokens[before]?.text === '.')) {
      const word = bareWord(tokens[before]);
      if (TITLE_WORDS.has(word) || ROLE_NOUNS.has(word) || TITLE_ABBREVIATIONS.has(word)) titled = true;
      before--;
    }
    const opener = bareWord(tokens[before]);
    const office = tokens[before - 1];
    // "Chief Executive Officer of Fennick Systems": a name that ends in an organisation's head word is the body
    // the office is of, not a person after it.
    const officeOf =
      opener === 'of' &&
      TITLE_WORDS.has(bareWord(office)) &&
      /^\p{Lu}\p{Ll}/u.test(office?.text ?? '') &&
      !ORG_HEADS.has(bareWord(tokens[index - 1]));
    const owner = OWNER_PREPOSITIONS.has(opener) || APPOSITIVE_STOPS.has(opener) || DETERMINERS.has(opener);
    if (!owner || opener === 'and' || titled || officeOf) return -1;
  }
  if (
    stop &&
    !(
      stop.text === ',' ||
      stop.text === '.' ||
      stop.text === ';' ||
      stop.text === ')' ||
      stop.text === '—' ||
      stop.text === '–'
    )
  ) {
    if (bareWord(stop) !== 'who') return -1;
    // "the chief inspector who led the work": a short relative clause belongs to the label.
    let clause = index + 1;
    while (clause < end && clause - index <= MAX_LABEL_TOKENS) {
      const token = tokens[clause];
      // "who worked on Mr. Tamm’s campaign": a title's period does not end the clause.
      const titlePeriod = token?.text === '.' && TITLE_ABBREVIATIONS.has(bareWord(tokens[clause - 1]));
      if (
        !token ||
        token.kind === 'quote' ||
        (token.kind === 'punct' && token.text !== '’' && token.text !== '-' && !titlePeriod)
      )
        break;
      clause++;
    }
    const closer = tokens[clause]?.text;
    return clause - index <= MAX_LABEL_TOKENS &&
      (closer === ',' || closer === '.' || closer === ';' || clause >= end)
      ? clause
      : index;
  }
  return index;
}

/**
 * True when a plural noun for people can head a group's name before "of" ("Friends of", "Veterans of"); not one
 * that points to a place's people ("Residents of", "Citizens of").
 */
function isGroupHead(word: string): boolean {
  return GROUP_NAME_HEADS.has(word) || (isPluralMemberNoun(word) && !PLACE_OF_NOUNS.has(word));
}

/** Plurals of a trade's premises or output that name firms: "Dairies", "Breweries", "Creameries", "Fisheries". */
const TRADE_PLURAL = /^(?:dairies|[a-z]{2,}eries)$/;

/* The first words of the outlet aliases, as `typeOf` reads names (words joined by single spaces). */
const ALIAS_FIRST_WORDS = new Set(Object.keys(OUTLET_ALIASES).map((alias) => alias.split(' ')[0] ?? ''));

function typeOf(words: string[], tokens: Token[], hasTitle: boolean, ampersand: boolean): EntityType {
  const joined = words.join(' ');
  if (words.length === 1 && PLACES.has(joined)) return 'place';
  if (
    PLACE_PHRASES.has(words.join('_')) ||
    joined === 'us' ||
    joined === 'uk' ||
    joined === 'usa' ||
    joined === 'eu'
  ) {
    return joined === 'eu' ? 'organization' : 'place';
  }
  // Only a name whose first word opens an alias can be one: most are looked up without joining their words.
  if (ALIAS_FIRST_WORDS.has(composeKey(tokens[0]?.text ?? ''))) {
    const original = tokens.map((token) => token.text).join(' ');
    if (OUTLET_ALIASES[composeKey(original)] !== undefined) return 'organization';
  }
  const lastWord = words[words.length - 1] ?? '';
  const firstWord = words[0] ?? '';
  if (ORG_HEADS.has(lastWord) || (words.length > 2 && ORG_HEADS.has(firstWord) && words.includes('of')))
    return 'organization';
  if (words.length === 1 && /^[A-Z]{2,6}$/.test(tokens[0]?.text ?? '')) return 'organization';
  if (hasTitle) return 'person';
  if (words.some((word) => ORG_HEADS.has(word))) return 'organization';
  if (words.length === 1 && (joined === 'u.s.' || joined === 'u.k.' || joined === 'u.n.'))
    return joined === 'u.n.' ? 'organization' : 'place';
  if (words.length >= 3 && words[1] === 'of' && isGroupHead(words[0] ?? '')) return 'organization';
  if (words.some((word) => CONNECTORS.has(word) && !PARTICLES.has(word))) return 'other';
  if (words.some((word) => NAME_BREAKERS.has(word))) return 'other';
  // "FULL TEXT", "BREAKING NEWS": runs of all-capital words are labels and section heads, not people.
  if (tokens.every((token) => token.text.length > 1 && token.text === token.text.toUpperCase()))
    return 'other';
  // "Lindgren & Moss": an ampersand joins the names of a firm; "Harbour Workers": a person's own name does not
  // end in a plural noun for people.
  if (ampersand || (words.length >= 2 && isPluralMemberNoun(lastWord))) return 'organization';
  // "Pellmark Dairies", "Harl Breweries": a firm named for its trade in the plural; no surname ends so.
  if (words.length >= 2 && TRADE_PLURAL.test(lastWord)) return 'organization';
  if (words.length >= 2 && words.length <= MAX_PERSON_NAME_TOKENS) return 'person';
  return 'other';
}

/*
 * A headline: a paragraph of one sentence without a final period, with 60% or more of its 4+ long words
 * capitalised (news prose: under 25%).
 */
const TITLE_CASE_SHARE = 0.6;
/*
 * Lower-case words of four letters or more that title-case headlines still leave in lower case. Any other one
 * ("opened", "bridge") makes a short first paragraph a sentence-case lead, whose names are names.
 */
const HEADLINE_SMALL_WORDS = new Set([
  'with',
  'from',
  'into',
  'onto',
  'over',
  'upon',
  'than',
  'that',
  'this',
  'about',
  'after',
  'amid',
  'before',
  'under',
  'near',
  'says',
  'said',
  'their',
  'while',
  'will',
]);

function titleCaseSentences(doc: Document): Set<number> {
  const found = new Set<number>();
  doc.sentenceTokens.forEach(({ first, end }, sentence) => {
    let words = 0;
    let capitalised = 0;
    let sentenceCase = 0;
    for (let index = first; index < end; index++) {
      const token = doc.tokens[index];
      if (token?.kind !== 'word' || token.text.length < 4) continue;
      words++;
      if (isCapitalised(token)) capitalised++;
      else if (!HEADLINE_SMALL_WORDS.has(token.text)) sentenceCase++;
    }
    const current = doc.sentences[sentence];
    const alone =
      current !== undefined &&
      doc.sentences[sentence - 1]?.paragraph !== current.paragraph &&
      doc.sentences[sentence + 1]?.paragraph !== current.paragraph;
    const lastChar = current ? doc.text[current.end - 1] : '';
    // The first paragraph is the title in plain-text inputs, with or without a final period.
    const titleLike = lastChar !== '.' || current?.paragraph === 0;
    if (alone && titleLike && words >= 4 && capitalised / words >= TITLE_CASE_SHARE && sentenceCase < 2)
      found.add(sentence);
  });
  return found;
}

/** Collects capitalised words that occur mid-sentence: evidence that a sentence-initial word is a name. */
function midSentenceNames(doc: Document): Set<string> {
  const names = new Set<string>();
  for (const { first, end } of doc.sentenceTokens) {
    for (let index = first + 1; index < end; index++) {
      const token = doc.tokens[index];
      const previous = doc.tokens[index - 1];
      if (isCapitalised(token) && previous && previous.kind !== 'quote') names.add(bareWord(token));
    }
  }
  return names;
}

function findRawMentions(doc: Document, words: Omit<RunContext, 'named'>): RawMention[] {
  const tokens = doc.tokens;
  const mentions: RawMention[] = [];
  const named = midSentenceNames(doc);
  const context: RunContext = { named, ...words };
  doc.sentenceTokens.forEach(({ first, end }, sentence) => {
    let index = first;
    while (index < end) {
      const token = tokens[index];
      if (!isCapitalised(token) || !token) {
        index++;
        continue;
      }
      // "ex-Vice President Dag Holm": a title written with "ex-" in front starts in lower case.
      const exTitle = tokens[index - 1];
      const runStart =
        index > first &&
        exTitle?.kind === 'word' &&
        /^\p{Ll}+-\p{Lu}/u.test(exTitle.text) &&
        TITLE_WORDS.has(bareWord(exTitle))
          ? index - 1
          : index;
      let runEnd = index + 1;
      let possessive = isPossessive(token);
      while (!possessive && runEnd < end) {
        const next = tokens[runEnd];
        if (!next) break;
        const previousWord = bareWord(tokens[runEnd - 1]);
        if (isCapitalised(next)) {
          runEnd++;
          possessive = isPossessive(next);
          continue;
        }
        // "Sen. Ida Voss", "Donald J. Trump": a title abbreviation or initial followed by its period.
        if (
          next.text === '.' &&
          (TITLE_ABBREVIATIONS.has(previousWord) || /^\p{Lu}\p{M}*$/u.test(tokens[runEnd - 1]?.text ?? '')) &&
          isCapitalised(tokens[runEnd + 1]) &&
          next.start === tokens[runEnd - 1]?.end
        ) {
          runEnd += 2;
          possessive = isPossessive(tokens[runEnd - 1]);
          continue;
        }
        // "Dock and Harbour Workers’ Federation": a plural possessive inside an organisation's name.
        if (isPluralApostrophe(tokens, runEnd) && joinsOrganisation(tokens, runEnd + 1)) {
          runEnd += 2;
          possessive = isPossessive(tokens[runEnd - 1]);
          continue;
        }
        // "Friends of the Marsh": a group's name may go on past "of the".
        if (
          next.text === 'of' &&
          bareWord(tokens[runEnd + 1]) === 'the' &&
          tokens[runEnd + 1]?.kind === 'word' &&
          !isCapitalised(tokens[runEnd + 1]) &&
          isCapitalised(tokens[runEnd + 2]) &&
          isGroupHead(bareWord(tokens[runEnd - 1])) &&
          (runEnd - 1 === runStart || COMMON_CAPITALISED.has(bareWord(tokens[runStart]))) &&
          // At a sentence's start, as in processRun: "Workers of the Harlow plant" is no name.
          (runEnd - 1 !== first ||
            GROUP_NAME_HEADS.has(bareWord(tokens[runStart])) ||
            named.has(bareWord(tokens[runStart])))
        ) {
          runEnd += 3;
          possessive = isPossessive(tokens[runEnd - 1]);
          continue;
        }
        // 'Robert "Bobby" Quillan': a one-word nickname in quotation marks between the given name and the surname.
        const nickname = tokens[runEnd + 1];
        const closing = tokens[runEnd + 2];
        if (
          next.kind === 'quote' &&
          isCapitalised(nickname) &&
          nickname?.start === next.end &&
          closing?.kind === 'quote' &&
          closing.start === nickname.end &&
          isCapitalised(tokens[runEnd + 3])
        ) {
          runEnd += 4;
          possessive = isPossessive(tokens[runEnd - 1]);
          continue;
        }
        if ((next.kind === 'word' || next.text === '&') && CONNECTORS.has(next.text)) {
          // "Cartel de los Soles": up to two connectors; "and" only inside a name that already has "of"/"for"
          // ("Department of Health and Human Services"), so that "Washington and Caracas" stay two places.
          const skip = CONNECTORS.has(tokens[runEnd + 1]?.text ?? '') ? 2 : 1;
          let inOffice = false;
          for (let inner = runStart; inner < runEnd && !inOffice; inner++) {
            const innerText = tokens[inner]?.text;
            inOffice = innerText === 'of' || innerText === 'for';
          }
          if (
            (next.text !== 'and' && next.text !== '&') ||
            inOffice ||
            joinsOrganisation(tokens, runEnd + skip)
          ) {
            if (isCapitalised(tokens[runEnd + skip])) {
              runEnd += skip + 1;
              possessive = isPossessive(tokens[runEnd - 1]);
              continue;
            }
          }
        }
        break;
      }
      processRun(doc, runStart, runEnd, sentence, first, end, context, mentions);
      index = runEnd;
    }
  });
  return mentions;
}

/**
 * True when the capitalised words from `from` end in an organisation head ("Fire and Rescue Service", "Lindgren &
 * Moss Engineering"), or follow an ampersand: then "and"/"&" joins two parts of one name, where "Washington and
 * Caracas" stays two.
 */
function joinsOrganisation(tokens: readonly Token[], from: number): boolean {
  if (tokens[from - 1]?.text === '&') return true;
  let last = from;
  for (;;) {
    if (isCapitalised(tokens[last + 1]) || CONNECTORS.has(tokens[last + 1]?.text ?? '')) last++;
    else if (isPluralApostrophe(tokens, last + 1)) last += 2;
    else break;
  }
  while (last > from && !isCapitalised(tokens[last])) last--;
  return ORG_HEADS.has(bareWord(tokens[last]));
}

/** Words that open a sentence in front of a name ("Plus", "Meet") but are never a first name themselves. */
const OPENERS_BEFORE_NAMES = new Set(
  'plus meet watch read see listen welcome thanks dear hey hi hello oh well now still'.split(' '),
);

/**
 * A sentence-opening word before a name that belongs to the sentence, not the name: one of
 * `OPENERS_BEFORE_NAMES`, a sentence adverb by its suffix ("Typically", "Finally", "Unfortunately"; not
 * "Kelly" or "Holly"), or a plural role noun ("Producers", "Prosecutors").
 */
function isOpenerBeforeName(word: string): boolean {
  if (OPENERS_BEFORE_NAMES.has(word)) return true;
  if (/(?:ical|al|ous|ive|ful|less|ent|ant|ate|ible|able|ary|ed|ing)ly$/.test(word) && word.length > 6)
    return true;
  return /[^s]s$/.test(word) && !GROUP_NAME_HEADS.has(word) && ROLE_NOUNS.has(word.slice(0, -1));
}

/**
 * A participle or preposition in "-ing" that opens a sentence before a name ("Bringing Corvane and Pellmark
 * together", "Including Pellmark's debt"): no first name, unless the text writes it capitalised mid-sentence too
 * (a surname such as "Fleming", a place such as "Reading").
 */
function isParticipleOpener(word: string, named: ReadonlySet<string>): boolean {
  return /^[a-z]{3,}ing$/.test(word) && !named.has(word);
}

/**
 * True when token `index` is the apostrophe of a plural possessive inside a name, "Workers’ Federation": glued to
 * a plural noun for people and followed by a capitalised word.
 */
function isPluralApostrophe(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  return (
    token !== undefined &&
    (token.text === '’' || token.text === "'") &&
    before?.kind === 'word' &&
    before.end === token.start &&
    // "Sanders’ Senate campaign": a surname's possessive is no part of the organisation's name.
    isPluralMemberNoun(bareWord(before)) &&
    isCapitalised(after) &&
    after?.start === token.end + 1
  );
}

function processRun(
  doc: Document,
  runStart: number,
  runEnd: number,
  sentence: number,
  sentenceFirst: number,
  sentenceEnd: number,
  context: RunContext,
  out: RawMention[],
): void {
  const tokens = doc.tokens;
  let start = runStart;
  // The sentence's first word, after any opening quotation marks ("“Bringing Corvane and ...”").
  let firstWord = sentenceFirst;
  while (firstWord < sentenceEnd && tokens[firstWord]?.kind === 'quote') firstWord++;
  // Sentence openers and common words lead many runs ("The", "But", "Last"): drop them. So do words that open a
  // sentence before a name without being part of it ("Plus Dorian Vell", "Typically Vell", "Producers Laurence
  // Holt", "Bringing Corvane and Pellmark together"), when a capitalised word follows.
  while (
    start < runEnd &&
    (COMMON_CAPITALISED.has(bareWord(tokens[start])) ||
      tokens[start]?.kind !== 'word' ||
      (start === sentenceFirst && start + 1 < runEnd && isOpenerBeforeName(bareWord(tokens[start]))) ||
      (start === firstWord &&
        start + 1 < runEnd &&
        isParticipleOpener(bareWord(tokens[start]), context.named)))
  )
    start++;
  // "Picked Ellen Vasko to host": a sentence-opening word before a full name the text also writes alone, and
  // never capitalised mid-sentence itself, is the sentence's (a headline's verb), not a first name.
  if (
    start === sentenceFirst &&
    runEnd - start === 3 &&
    tokens[start + 1]?.kind === 'word' &&
    tokens[start + 2]?.kind === 'word' &&
    context.pairs.has(`${bareWord(tokens[start + 1])} ${bareWord(tokens[start + 2])}`) &&
    !context.named.has(bareWord(tokens[start])) &&
    isOpeningVerb(bareWord(tokens[start]), context)
  )
    start++;
  let end = runEnd;
  while (end > start && (tokens[end - 1]?.kind !== 'word' || CONNECTORS.has(tokens[end - 1]?.text ?? '')))
    end--;
  // Split at inner common words ("Tuesday", "Monday") that cannot be part of a name.
  for (let index = start; index < end; index++) {
    if (COMMON_CAPITALISED.has(bareWord(tokens[index])) && isCapitalised(tokens[index])) {
      processRun(doc, start, index, sentence, sentenceFirst, sentenceEnd, context, out);
      processRun(doc, index + 1, end, sentence, sentenceFirst, sentenceEnd, context, out);
      return;
    }
  }
  if (end <= start) return;
  const ofAt = personOfOrganisation(tokens, start, end);
  if (ofAt !== undefined) {
    processRun(doc, start, ofAt, sentence, sentenceFirst, sentenceEnd, context, out);
    processRun(doc, ofAt + 1, end, sentence, sentenceFirst, sentenceEnd, context, out);
    return;
  }
  const words: string[] = [];
  for (let index = start; index < end; index++)
    if (tokens[index]?.kind === 'word') words.push(bareWord(tokens[index]));
  // "New Iran sanctions ...": a sentence-initial adjective before a known place is not part of its name.
  if (
    start === sentenceFirst &&
    words.length >= 2 &&
    words[0] === 'new' &&
    PLACES.has(words[1] ?? '') &&
    !PLACE_PHRASES.has(`new_${words[1] ?? ''}`)
  ) {
    processRun(doc, start + 1, end, sentence, sentenceFirst, sentenceEnd, context, out);
    return;
  }
  // Party-and-state tags ("R-Tenn", "D-Md") and plural titles ("Sens") are not entities.
  const first = tokens[start]?.text ?? '';
  if (
    /^[RDI]-\p{Lu}/u.test(first) ||
    (words.length === 1 && /^(?:sens|reps|govs|gens|md)$/.test(words[0] ?? ''))
  )
    return;
  const isDemonym = (word: string): boolean =>
    DEMONYMS.has(word) || (word.endsWith('s') && DEMONYMS.has(word.slice(0, -1)));
  if (words.every((word) => isDemonym(word) || TITLE_WORDS.has(word) || HONORIFICS.has(word))) return;
  // "Senior Vice President and Assistant General Manager", "Assistant Coach": an office written in capitals
  // names no one; a single word may ("the Star" is a paper).
  if (
    words.length >= 2 &&
    (ROLE_NOUNS.has(words[words.length - 1] ?? '') || TITLE_WORDS.has(words[words.length - 1] ?? '')) &&
    words.every(
      (word) =>
        TITLE_WORDS.has(word) ||
        ROLE_NOUNS.has(word) ||
        LABEL_MODIFIERS.has(word) ||
        HONORIFICS.has(word) ||
        word === 'and',
    )
  )
    return;
  const previous = tokens[start - 1];
  const atSentenceStart =
    start === sentenceFirst ||
    (previous !== undefined && previous.kind === 'quote' && start - 1 <= sentenceFirst + 1);
  if (atSentenceStart && words.length === 1) {
    const word = words[0] ?? '';
    // "Whitman told ...": a capitalised word directly before a reporting verb is a name.
    const speaks = CUE_VERBS.has(tokens[end]?.text ?? '') && tokens[end]?.text !== 'state';
    // "Tomas played well": the first name of a full name the text gives, never written in lower case.
    const given = context.givenNames.has(word) && !context.lower.has(word);
    // "Volkswacht, the nationalist party, said": an appositive headed by a group noun says an organisation is named.
    const known =
      speaks ||
      given ||
      PLACES.has(word) ||
      /^[A-Z]{2,6}$/.test(tokens[start]?.text ?? '') ||
      organisationLabels(doc, start, end, sentenceFirst, sentenceEnd).evidence;
    // "Drivers have ...": a plural noun for people is capitalised by its place, even when a name uses it.
    if (!known && (!context.named.has(word) || isPluralMemberNoun(word))) return;
  }

  // "Friends of the Marsh", "Veterans of Harlow Street": one group. At a sentence's start a plural is
  // capitalised by its place ("Workers of the plant"), so there only the heads of such names count.
  if (
    words.length >= 3 &&
    words[1] === 'of' &&
    isGroupHead(words[0] ?? '') &&
    (start !== sentenceFirst || GROUP_NAME_HEADS.has(words[0] ?? '') || context.named.has(words[0] ?? ''))
  ) {
    addMention(doc, start, end, start, end, sentence, sentenceFirst, sentenceEnd, false, out);
    return;
  }
  // Person name = trailing tokens that are not title, office or place words.
  let nameFirst = end;
  let nameWords = 0;
  while (nameFirst > start && nameWords < MAX_PERSON_NAME_TOKENS) {
    const token = tokens[nameFirst - 1];
    const word = bareWord(token);
    if (!token) break;
    // An initial's period, and the quotation marks around a nickname ('Robert "Bobby" Quillan'), are no words.
    if (token.text === '.' || token.kind === 'quote') {
      nameFirst--;
      continue;
    }
    if (
      TITLE_WORDS.has(word) ||
      HONORIFICS.has(word) ||
      DEMONYMS.has(word) ||
      ORG_HEADS.has(word) ||
      NAME_BREAKERS.has(word) ||
      PLACES.has(word) ||
      // "Rail Accident Investigation Branch": a surname-like org head ends a long name, not a person's.
      (WEAK_ORG_HEADS.has(word) && nameFirst === end && words.length >= 3)
    )
      break;
    if (CONNECTORS.has(token.text) && !PARTICLES.has(token.text)) break;
    if (isPossessive(token) && nameFirst !== end) break;
    nameFirst--;
    nameWords++;
  }
  while (
    nameFirst < end &&
    (tokens[nameFirst]?.kind !== 'word' || PARTICLES.has(tokens[nameFirst]?.text ?? ''))
  )
    nameFirst++;
  const leadingRole = isLeadingRole(tokens, nameFirst, end, context);
  if (leadingRole) nameFirst++;
  const prefixWords = words.slice(0, words.length - nameWordsOf(tokens, nameFirst, end));
  const hasTitle =
    leadingRole ||
    prefixWords.some(
      (word) => TITLE_WORDS.has(word) || HONORIFICS.has(word) || TITLE_ABBREVIATIONS.has(word),
    );
  const prefixIsOwnName = !hasTitle && prefixWords.length > 0 && nameFirst < end && end - nameFirst >= 2;
  if (prefixWords.length > 0 && !hasTitle && !prefixIsOwnName) {
    addMention(doc, start, end, start, end, sentence, sentenceFirst, sentenceEnd, false, out);
    return;
  }
  if (prefixIsOwnName) {
    // "Venezuela Elliott Abrams": a place or organisation directly before a full name; two mentions.
    let prefixEnd = nameFirst;
    // "Residents of Kestrel Falls": the connector between the two names belongs to neither.
    while (
      prefixEnd > start &&
      (tokens[prefixEnd - 1]?.kind !== 'word' || CONNECTORS.has(tokens[prefixEnd - 1]?.text ?? ''))
    )
      prefixEnd--;
    addMention(doc, start, prefixEnd, start, prefixEnd, sentence, sentenceFirst, sentenceEnd, false, out);
    addMention(doc, nameFirst, end, nameFirst, end, sentence, sentenceFirst, sentenceEnd, false, out);
    return;
  }
  // "Challenger Ilse Varga": a role, not an office, so no title to compare across outlets.
  const titleKind = leadingRole ? labelKind(doc, start, nameFirst, 'role') : 'title';
  addMention(doc, start, end, nameFirst, end, sentence, sentenceFirst, sentenceEnd, hasTitle, out, titleKind);
}

/**
 * True when a capitalised word opening a sentence is a verb by its form ("Picked", "Excluding") or by the text,
 * which writes it in lower case elsewhere ("Nominate"); not a role ("Protester") nor a given name ("Lucía").
 */
function isOpeningVerb(word: string, context: RunContext): boolean {
  if (isNameRole(word) || ROLE_ENDING.test(word)) return false;
  return (/(?:ed|ing)$/.test(word) && word.length >= 5) || isVerbWord(word) || context.lower.has(word);
}

/** What the whole document says about words, for decisions on one run of capitalised words. */
/**
 * Where to split a run that is a person and where they work ("researcher Odile Kranz of Northgrid Labs",
 * "Analyst Odile Kranz of Harbour Bank"): the index of its "of", or undefined. A role noun stands right before the
 * name (inside the run or just before it), the name is two or three capitalised words none of which heads an
 * organisation or names a title or place, and a capitalised word follows "of". "Bank of Veland", "Duke of
 * Harlow" and "Secretary of State" have one word before "of" and stay whole; so does a name with no role before it.
 */
function personOfOrganisation(tokens: readonly Token[], start: number, end: number): number | undefined {
  let ofAt = start;
  while (ofAt < end && tokens[ofAt]?.text !== 'of') ofAt++;
  if (ofAt >= end || !isCapitalised(tokens[ofAt + 1])) return undefined;
  let nameStart = start;
  while (nameStart < ofAt && isNameRole(compoundHead(bareWord(tokens[nameStart])))) nameStart++;
  const roleBefore =
    nameStart > start || (tokens[start - 1]?.kind === 'word' && ROLE_NOUNS.has(bareWord(tokens[start - 1])));
  const count = ofAt - nameStart;
  if (!roleBefore || count < 2 || count > 3) return undefined;
  for (let index = nameStart; index < ofAt; index++) {
    const token = tokens[index];
    const word = bareWord(token);
    if (token?.kind !== 'word' || !isCapitalised(token)) return undefined;
    if (ORG_HEADS.has(word) || TITLE_WORDS.has(word) || HONORIFICS.has(word) || PLACES.has(word))
      return undefined;
    if (isGroupHead(word) || CONNECTORS.has(token.text)) return undefined;
  }
  return ofAt;
}

interface RunContext {
  /** Capitalised words seen mid-sentence. */
  named: Set<string>;
  /** Two capitalised words standing alone, lower case ("ilse varga"): full names written without a title. */
  pairs: Set<string>;
  /** The first words of those pairs: "ilse" of "Ilse Varga". */
  givenNames: Set<string>;
  /** Words seen in lower case. */
  lower: Set<string>;
  /** Last words of full names, role words in front left out: "varga" of "Councillor Ilse Varga". */
  surnames: Set<string>;
}

function documentWords(doc: Document): Omit<RunContext, 'named'> {
  const pairs = new Set<string>();
  const lower = new Set<string>();
  const surnames = new Set<string>();
  const tokens = doc.tokens;
  // One array reused for every run: most tokens end a run, and a new array each time was a tenth of the stage's
  // allocation.
  const run: string[] = [];
  const endRun = (): void => {
    let from = 0;
    while (from < run.length && isNameRole(run[from] ?? '')) from++;
    if (run.length - from >= 2) surnames.add(run[run.length - 1] ?? '');
    run.length = 0;
  };
  tokens.forEach((token, index) => {
    if (isCapitalised(token) && !isPossessive(token)) run.push(bareWord(token));
    else {
      if (isCapitalised(token)) run.push(bareWord(token));
      endRun();
    }
    if (token.kind !== 'word') return;
    if (!isCapitalised(token)) lower.add(token.text);
    else if (
      isCapitalised(tokens[index + 1]) &&
      !isCapitalised(tokens[index - 1]) &&
      !isCapitalised(tokens[index + 2]) &&
      !COMMON_CAPITALISED.has(bareWord(token))
    )
      pairs.add(`${bareWord(token)} ${bareWord(tokens[index + 1])}`);
  });
  endRun();
  // Only pairs whose second word is a name: "Wed May" (a dateline) and "Found Dead" (a headline) are not.
  const givenNames = new Set<string>();
  for (const pair of pairs) {
    const [given = '', family = ''] = pair.split(' ');
    if (!COMMON_CAPITALISED.has(family) && !lower.has(family)) givenNames.add(given);
  }
  return { pairs, givenNames, lower, surnames };
}

/** True when a word in front of a name is a role or title ("councillor", "challenger"), not a given name. */
function isNameRole(word: string): boolean {
  return ROLE_NOUNS.has(word) || EPITHETS.has(word) || TITLE_WORDS.has(word) || HONORIFICS.has(word);
}

/*
 * Endings of nouns for what a person does ("Protester", "Organiser", "Columnist", "Resident"); given names end
 * so too ("Walter", "Vincent"), so a word known only by its ending needs more: see isLeadingRole.
 */
const ROLE_ENDING = /(?:er|or|ist|ent)$/;

/**
 * True when the first of three name words is a role glued in front of a full name ("Challenger Ilse Varga"): a
 * role noun of the lexicon before a first and last name, or a word with a role noun's ending whose rest is also
 * written alone as a full name, or which the text also uses in lower case ("the protester"). "Walter Peter
 * Grand" stays whole: nothing else says "Walter" is a role.
 */
function isLeadingRole(
  tokens: readonly Token[],
  nameFirst: number,
  end: number,
  context: RunContext,
): boolean {
  const words: string[] = [];
  for (let index = nameFirst; index < end; index++) {
    const token = tokens[index];
    if (token?.kind === 'word') words.push(bareWord(token));
    else if (token?.text !== '.' && token?.kind !== 'quote') return false;
  }
  if (words.length < 2 || tokens[nameFirst]?.kind !== 'word') return false;
  const [written = '', ...rest] = words;
  // "Mum-of-three Kerry Dunn": the compound describes her as its head noun does.
  const role = compoundHead(written);
  // "Councillor Varga": a role in front of the surname of a full name the text gives.
  if (words.length === 2)
    return (ROLE_NOUNS.has(role) || EPITHETS.has(role)) && context.surnames.has(rest[0] ?? '');
  // "Shopper Annika Berg", "Passenger Ivo Dal": a noun for a member of the public.
  if (ROLE_NOUNS.has(role) || EPITHETS.has(role) || MEMBER_NOUNS.has(role)) return true;
  if (words.length !== 3 || !ROLE_ENDING.test(role) || role.length < 5) return false;
  // "Industrialist Osric Vesk", "Columnist Ada Marr": given names do not end in "-ist".
  if (/ist$/.test(role) && role.length >= 6) return true;
  // "Vincent Del Marco" beside "Del Marco said": a surname with a particle is written alone as a pair of
  // capitalised words, which says nothing of the word before it.
  if (SURNAME_PARTICLES.has(rest[0] ?? '')) return context.lower.has(role);
  return context.pairs.has(rest.join(' ')) || context.lower.has(role);
}

/** Particles that open a surname ("Del Marco", "Di Stefano", "Van Dyke"): `PARTICLES` and a few more. */
const SURNAME_PARTICLES = new Set([...PARTICLES, 'di', 'le', 'dos', 'das', 'della', 'ter']);

/** True when the run `start`..`end` stands between "the"/"a"/"an" and a lower-case role noun. */
function isRoleModifier(tokens: readonly Token[], start: number, end: number): boolean {
  const before = tokens[start - 1];
  const after = tokens[end];
  return (
    before !== undefined &&
    /^(?:the|a|an)$/i.test(before.text) &&
    after !== undefined &&
    after.kind === 'word' &&
    /^\p{Ll}/u.test(after.text) &&
    ROLE_NOUNS.has(bareWord(after))
  );
}

function nameWordsOf(tokens: Token[], first: number, end: number): number {
  let count = 0;
  for (let index = first; index < end; index++) if (tokens[index]?.kind === 'word') count++;
  return count;
}

function addMention(
  doc: Document,
  runStart: number,
  end: number,
  nameFirst: number,
  nameEnd: number,
  sentence: number,
  sentenceFirst: number,
  sentenceEnd: number,
  hasTitle: boolean,
  out: RawMention[],
  titleKind: LabelKind = 'title',
): void {
  const tokens = doc.tokens;
  if (nameFirst >= nameEnd) return;
  const firstToken = tokens[nameFirst];
  const lastToken = tokens[nameEnd - 1];
  if (!firstToken || !lastToken) return;
  const start = firstToken.start;
  const endOffset = isPossessive(lastToken) ? lastToken.end - 2 : lastToken.end;
  const nameTokens = tokens.slice(nameFirst, nameEnd).filter((token) => token.kind === 'word');
  const words = nameTokens.map((token) => bareWord(token));
  if (words.length === 0 || words.every((word) => COMMON_CAPITALISED.has(word))) return;
  const ampersand = tokens.slice(nameFirst, nameEnd).some((token) => token.text === '&');
  let type = typeOf(words, nameTokens, hasTitle, ampersand);
  // "The Harbour Lights actress", "a Daily Lantern reporter": a name between an article and a role noun
  // modifies the role (a film, a paper, a team); a person's own name does not stand there.
  if (type === 'person' && !hasTitle && isRoleModifier(tokens, runStart, nameEnd)) type = 'other';
  const labels: Label[] = [];
  const beforeRole =
    !isPossessive(lastToken) &&
    tokens[end]?.kind === 'word' &&
    !isCapitalised(tokens[end]) &&
    (ROLE_NOUNS.has(bareWord(tokens[end])) || TITLE_WORDS.has(bareWord(tokens[end]))) &&
    isCapitalised(tokens[end + 1]);
  // "Former Varga adviser Jonas Ekdal": the title opens the adviser's label; Varga holds no office "Former".
  if (hasTitle && runStart < nameFirst && !beforeRole) {
    const words = tokens.slice(runStart, nameFirst).map((token) => bareWord(token));
    if (!words.every((word) => HONORIFICS.has(word) || word === '')) {
      const title = label(doc, runStart, nameFirst, titleKind);
      if (title) labels.push(title);
    }
  }
  if (type === 'person' || type === 'other') {
    const before = labelBackwards(doc, runStart, sentenceFirst);
    if (before >= 0 && before < runStart) {
      const premodifier = label(doc, before, runStart, labelKind(doc, before, runStart, 'role'));
      if (premodifier) labels.unshift(premodifier);
    } else if (tokens[runStart - 1]?.text === ',' && !isPossessive(lastToken)) {
      // "the defendant’s attorney, Varga’s aides said": a possessive name opens a new phrase, no apposition.
      const apposed = labelBackwards(doc, runStart - 1, sentenceFirst);
      const opener = bareWord(tokens[apposed]);
      if (apposed >= 0 && (DETERMINERS.has(opener) || apposed === sentenceFirst)) {
        const appositive = label(
          doc,
          apposed,
          runStart - 1,
          labelKind(doc, apposed, runStart - 1, 'appositive'),
        );
        if (appositive) labels.unshift(appositive);
      } else if (apposed < 0 && possessedRole(doc, runStart - 1, end, sentenceFirst)) {
        const possessed = label(doc, runStart - 3, runStart - 1, 'appositive');
        if (possessed) labels.unshift(possessed);
      }
    }
    if (tokens[end]?.text === ',') {
      const stop = appositiveAfter(doc, end, sentenceEnd);
      if (stop > end + 1) {
        const appositive = label(doc, end + 1, stop, labelKind(doc, end + 1, stop, 'appositive'));
        if (appositive) labels.push(appositive);
      }
    }
    const following = bareWord(tokens[end]);
    if (EPITHETS.has(following) && !isPossessive(lastToken)) {
      const determiner = DETERMINERS.has(bareWord(tokens[runStart - 1])) ? runStart - 1 : runStart;
      const epithet = label(doc, determiner, end + 1, 'epithet');
      if (epithet) labels.push(epithet);
    }
  }
  // "the militant group Hamas", "Los Zetas, a drug cartel,": what the text calls an organisation. Kept apart
  // from the evidence of a person (a label is one), and dropped again when the name proves a person's.
  const organisational =
    type === 'place' || hasTitle
      ? { labels: [], evidence: false }
      : organisationLabels(doc, runStart, end, sentenceFirst, sentenceEnd);
  // "Los Zetas, a criminal organisation,": the person pass took "criminal" for an epithet of a person; a phrase
  // headed by a group noun is the organisation's label instead.
  for (const found of organisational.labels) {
    for (let index = labels.length - 1; index >= 0; index--) {
      const other = labels[index] as Label;
      if (other.start >= found.start && other.end <= found.end) labels.splice(index, 1);
    }
  }
  const personLabels = labels.length;
  for (const found of organisational.labels)
    if (!labels.some((other) => other.start < found.end && found.start < other.end)) labels.push(found);
  const evidence = contextEvidence(doc, runStart, end, sentence, sentenceFirst, nameTokens, lastToken);
  // "LORRAN —" opening the article is where it was filed, not an acronym ("NATO").
  if (evidence.dateline && type === 'organization' && words.length === 1) type = 'place';
  out.push({
    start,
    end: endOffset,
    text: doc.text.slice(start, endOffset),
    first: nameFirst,
    last: nameEnd,
    sentence,
    type,
    tokens: words.length,
    labels,
    hasTitle,
    placeEvidence: evidence.place,
    placeHints: evidence.hints,
    personEvidence: evidence.person + (hasTitle ? 3 : 0) + (personLabels > 0 ? 2 : 0),
    orgEvidence: hasTitle ? 0 : Math.max(evidence.org, organisational.evidence ? ORG_EVIDENCE : 0),
    orgHints: !hasTitle && bareWord(tokens[runStart - 1]) === 'the' ? 1 : 0,
    beforeRole,
  });
}

const DASHES = new Set(['—', '–', '-']);
/* A dateline is in one of the first paragraphs: after the title, a standfirst or a photo caption. */
const DATELINE_PARAGRAPHS = 3;

/**
 * What the words around one mention say about it: "in X", "residents of X", "X residents", a dateline ("KESTREL
 * FALLS —") or a following ", Country" point to a place; a reporting verb right after it ("X said") to a person.
 */
function contextEvidence(
  doc: Document,
  runStart: number,
  end: number,
  sentence: number,
  sentenceFirst: number,
  nameTokens: readonly Token[],
  lastToken: Token,
): { place: number; hints: number; person: number; org: number; dateline: boolean } {
  const tokens = doc.tokens;
  let place = 0;
  let hints = 0;
  let person = 0;
  const before = tokens[runStart - 1];
  const possessive = isPossessive(lastToken);
  if (before?.kind === 'word' && PLACE_PREPOSITIONS.has(bareWord(before)) && !possessive) hints++;
  if (before?.kind === 'word' && NEAR_PREPOSITIONS.has(bareWord(before)) && !possessive) place++;
  if (bareWord(before) === 'of' && PLACE_OF_NOUNS.has(bareWord(tokens[runStart - 2]))) place++;
  const after = tokens[end];
  if (after?.kind === 'word' && !isCapitalised(after)) {
    if (PLACE_FOLLOWERS.has(bareWord(after))) place++;
    if (CUE_VERBS.has(after.text) && after.text !== 'state' && !possessive) person += 2;
  }
  const capitals = nameTokens.every(
    (token) => token.text.length > 1 && token.text === token.text.toUpperCase(),
  );
  // A dateline opens the article; a capitalised section head further down ("LATE CHANGES —") is none.
  const opening = (doc.sentences[sentence]?.paragraph ?? Infinity) <= DATELINE_PARAGRAPHS;
  const dateline =
    capitals &&
    opening &&
    runStart === sentenceFirst &&
    (DASHES.has(after?.text ?? '') || after?.text === '(');
  if (dateline) place += 2;
  // "Tova Brandt, who said": a relative "who" is said of people only.
  if (after?.text === ',' && bareWord(tokens[end + 1]) === 'who') person += 2;
  // "Tara, 33, was": an age set off by commas is given of people.
  const age = tokens[end + 1];
  if (
    after?.text === ',' &&
    age?.kind === 'number' &&
    /^\d{1,3}$/.test(age.text) &&
    tokens[end + 2]?.text === ','
  )
    person += 2;
  if (after?.text === ',' && !possessive) {
    const country = tokens[end + 1];
    const next = tokens[end + 2];
    if (
      isCapitalised(country) &&
      !isPossessive(country) &&
      PLACES.has(bareWord(country)) &&
      !(next?.kind === 'word' && isCapitalised(next))
    )
      place += 2;
  }
  return { place, hints, person, org: organisationContext(tokens, runStart, end), dateline };
}

/* Words scanned for the head of an appositive after a name: "X, one of the last working textile mills". */
const MAX_APPOSITIVE_SCAN = 8;

/**
 * Organisation evidence from around a name: a noun for an organisation right before it ("the textile firm X",
 * "the terminal operator, X,"), or heading the appositive after it ("X, a family firm").
 */
function organisationContext(tokens: readonly Token[], runStart: number, end: number): number {
  const before = tokens[runStart - 1];
  const after = tokens[end];
  // "the firm Tom Weaver runs": a relative clause, not an apposition; the name must end its phrase.
  if (
    before?.kind === 'word' &&
    ORG_NOUNS.has(before.text) &&
    after?.kind !== 'word' &&
    !isPossessive(tokens[end - 1])
  )
    return 2;
  if (
    before?.text === ',' &&
    ORG_NOUNS.has(tokens[runStart - 2]?.text ?? '') &&
    (after?.text === ',' || after?.text === '.')
  )
    return 2;
  // An appositive opens with a determiner or "one of": "X, a family firm", not "X, left the firm".
  if (after?.text !== ',' || !APPOSITIVE_OPENERS.has(tokens[end + 1]?.text ?? '')) return 0;
  for (let index = end + 2; index <= end + MAX_APPOSITIVE_SCAN; index++) {
    const token = tokens[index];
    if (!token || token.kind !== 'word' || isCapitalised(token)) return 0;
    if (ORG_NOUNS.has(token.text)) {
      // The head ends the noun phrase: "a family firm that", not "a refugee program director".
      const next = tokens[index + 1];
      if (next?.kind === 'word' && !APPOSITIVE_STOPS.has(next.text) && !/ed$/.test(next.text)) return 0;
      // "Initially, the company said": after one word, a comma may end an opener, not a name.
      return end - runStart >= 2 ? 2 : 1;
    }
    if (ROLE_NOUNS.has(token.text) || EPITHETS.has(token.text)) return 0;
    // "Tom Weaver, a partner at the firm": the head comes before a preposition ("one of the mills" aside).
    if (APPOSITIVE_STOPS.has(token.text) && !(token.text === 'of' && bareWord(tokens[index - 1]) === 'one'))
      return 0;
  }
  return 0;
}

const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'one']);

/** Words that end the head of an appositive: prepositions, relatives, "and". */
const APPOSITIVE_STOPS = new Set([
  'of',
  'at',
  'for',
  'with',
  'in',
  'on',
  'by',
  'from',
  'to',
  'who',
  'whose',
  'that',
  'which',
  'and',
]);

/** How much a name's own words say it is a place: a head ("Falls", "Bay"), an opener ("Ciudad", "Port"). */
function placeNameScore(words: readonly string[]): number {
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (words.length >= 2 && (PLACE_HEADS.has(last) || PLACE_PREFIXES.has(first))) return 2;
  if (last.length > 6 && /(?:polis|grad)$/.test(last)) return 2;
  if (words.length >= 2 && (WEAK_PLACE_HEADS.has(last) || WEAK_PLACE_PREFIXES.has(first))) return 1;
  if (last.length > 6 && /(?:ville|burg|burgh|borough|stadt|abad)$/.test(last)) return 1;
  return 0;
}

/*
 * Place evidence a name needs, summed over its mentions and its own words, and it must outweigh the person
 * evidence: a head alone ("Kestrel Falls"), a weak head with one place context ("in Marrow Bay"), a dateline.
 * Prepositions ("in X", "on X") only support other evidence: "confidence in Jane Doe", "on Medicare".
 */
const PLACE_EVIDENCE = 2;

/** Evidence summed over a name's mentions: for the kind tested (place, organisation), its hints, and for a person. */
interface KindSum {
  kind: number;
  hints: number;
  person: number;
}

function isPlace(sum: KindSum): boolean {
  const place = sum.kind + (sum.kind > 0 ? sum.hints : 0);
  return place >= PLACE_EVIDENCE && place > sum.person;
}

/**
 * The keys of names typed person or other that their summed evidence shows to be of another kind (`holds`). A
 * full name also counts the person evidence of its surname alone ("Trump said"); a single word stays as it is
 * when it is the surname of a full name that remains a person.
 *
 * @param start a name's evidence from its own words, or undefined when it cannot be of the kind at all
 * @param evidenceOf one mention's evidence for the kind and its hints
 */
function keysOfKind(
  mentions: readonly RawMention[],
  start: (key: string, words: readonly string[]) => number | undefined,
  evidenceOf: (mention: RawMention) => { kind: number; hints: number },
  holds: (sum: KindSum) => boolean,
): Set<string> {
  const evidence = new Map<string, KindSum>();
  const single = new Map<string, number>();
  for (const mention of mentions) {
    if (mention.type !== 'person' && mention.type !== 'other') continue;
    const key = normalizeEntityKey(mention.text);
    if (key === '') continue;
    let sum = evidence.get(key);
    if (sum === undefined) {
      const kind = start(key, key.split(' '));
      if (kind === undefined) continue;
      evidence.set(key, (sum = { kind, hints: 0, person: 0 }));
    }
    if (!key.includes(' ')) single.set(key, (single.get(key) ?? 0) + mention.personEvidence);
    const found = evidenceOf(mention);
    sum.kind += found.kind;
    sum.hints += found.hints;
    sum.person += mention.personEvidence;
  }
  const keys = new Set<string>();
  for (const [key, sum] of evidence) {
    if (!key.includes(' ')) continue;
    const surname = key.slice(key.lastIndexOf(' ') + 1);
    if (holds({ ...sum, person: sum.person + (single.get(surname) ?? 0) })) keys.add(key);
  }
  const surnames = new Set<string>();
  for (const mention of mentions) {
    if (mention.type !== 'person' || mention.tokens < 2) continue;
    const key = normalizeEntityKey(mention.text);
    if (!keys.has(key)) surnames.add(key.split(' ').pop() ?? '');
  }
  for (const [key, sum] of evidence)
    if (!key.includes(' ') && !surnames.has(key) && holds(sum)) keys.add(key);
  return keys;
}

/** The keys of names typed person or other that the evidence shows to be places. */
function placeKeys(mentions: readonly RawMention[]): Set<string> {
  return keysOfKind(
    mentions,
    // "Treaty of Kestrel Falls", "Residents of": a name with "of" is not a place name by its head.
    (_key, words) =>
      words.some((word) => CONNECTORS.has(word) && !PARTICLES.has(word)) ? undefined : placeNameScore(words),
    (mention) => ({ kind: mention.placeEvidence, hints: mention.placeHints }),
    isPlace,
  );
}

/*
 * Organisation evidence a name needs from its context, summed over its mentions; "the X" only supports other
 * evidence, and the sum must outweigh the person evidence (a label, a title, "X said").
 */
const ORG_EVIDENCE = 2;

/**
 * How much a name's own words say it is an organisation when its head is also a surname ("Harbor Ledger", "Heath
 * Ledger"): some support for two words, enough for three or more ("Rail Accident Investigation Branch").
 */
function organisationNameScore(words: readonly string[]): number {
  if (words.length < 2 || !WEAK_ORG_HEADS.has(words[words.length - 1] ?? '')) return 0;
  return words.length >= 3 ? ORG_EVIDENCE : 1;
}

/**
 * The keys of names typed person or other that their context shows to be organisations: "the weaving company
 * Calder Weaving", "Orrin Timber, a family firm". As for places, a full name counts the person evidence of its
 * surname, and a single word stays as it is when it is the surname of a full name that remains a person.
 */
function organisationKeys(mentions: readonly RawMention[], places: ReadonlySet<string>): Set<string> {
  return keysOfKind(
    mentions,
    (key, words) => (places.has(key) ? undefined : organisationNameScore(words)),
    (mention) => ({ kind: mention.orgEvidence, hints: mention.orgHints }),
    (sum) => sum.kind > 0 && sum.kind + sum.hints >= ORG_EVIDENCE && sum.kind + sum.hints > sum.person,
  );
}

/* Words that join the parts of an organisation's name, never a person's: "Chamber of Commerce", "Holm & Rask". */
const NAME_JOINERS = new Set(['of', 'for', 'and', '&']);

/**
 * True when a name has the shape of a person's own name: one to five words (a title and four), none of them an
 * organisation head, a joining word ("Chamber of Commerce") or a plural noun for people ("Critics"); not an
 * acronym. Titles are allowed ("Councillor Ilse Varga"); a surname that is a common word too ("Kristen Day"); a
 * full name with where the person works ("Holger Brandt of Nordbank").
 */
export function looksLikePersonalName(name: string): boolean {
  const written = name.split(/\s+/).filter((word) => word !== '');
  // "Holger Brandt of Nordbank": a full name before "of" is the person, the rest where they work.
  const joiner = written.findIndex((text) => NAME_JOINERS.has(text.toLowerCase()));
  if (joiner >= 2) return looksLikePersonalName(written.slice(0, joiner).join(' '));
  if (written.length === 0 || written.length > MAX_PERSON_NAME_TOKENS + 1) return false;
  if (written.length === 1 && /^[A-Z]{2,}$/.test(written[0] ?? '')) return false;
  return written.every((text) => {
    const word = text
      .toLowerCase()
      .replace(/['’]s?$/, '')
      .replace(/\./g, '');
    return !NAME_JOINERS.has(word) && !ORG_HEADS.has(word) && !isPluralMemberNoun(word);
  });
}

/** True when every letter of `text` is a capital ("LORRAN", "NATO"). */
function allCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toUpperCase();
}

/**
 * The last two words of the key of `mention` when it is a person's name of three or more words, or undefined:
 * such a name is longer than the two-word name `key` when this is `key` (the key's words are joined by single
 * spaces).
 */
function longerNameEnding(mention: RawMention): string | undefined {
  if (mention.type !== 'person' || mention.tokens < 3) return undefined;
  const key = normalizeEntityKey(mention.text);
  const last = key.lastIndexOf(' ');
  if (last <= 0) return undefined;
  const before = key.lastIndexOf(' ', last - 1);
  return before < 0 ? undefined : key.slice(before + 1);
}

/** The generation a full name ends in, lower case without its period ("jr", "sr", "iii"), or ''. */
function generationOf(name: string): string {
  return /\s(jr|sr|ii|iii|iv)\.?$/i.exec(name)?.[1]?.toLowerCase() ?? '';
}

/** A key with its generation at the end ("aldous penhallow jr"); "henry iv" keeps its own. */
function withGeneration(key: string, generation: string): string {
  return generation === '' || key === generation || key.endsWith(` ${generation}`)
    ? key
    : `${key} ${generation}`;
}

/* A first name alone shorter than this ("Al", "Jo") is linked to nobody: too often an initial or a word. */
const MIN_FIRST_NAME_LETTERS = 3;

/**
 * True when a one-word `mention` can be the given name of the full name `group`: the word is no demonym nor
 * written in lower case ("Swiss" of "Swiss People"), the family name is written as a name (not "RBs", not a word
 * the text also writes in lower case: "Black Lives"), the full name is written outside a title-case headline,
 * and something says a person is meant: the surname alone, a label or a title at the full name, or "X said"
 * or an age at the given name.
 */
function isGivenNameOf(
  tokens: readonly Token[],
  mention: RawMention,
  group: Group,
  lowerWords: ReadonlySet<string>,
  headline: ReadonlySet<number>,
  placeOrOrgWords: ReadonlySet<string>,
  singleWords: ReadonlySet<string>,
): boolean {
  const given = group.firstName;
  if (DEMONYMS.has(given) || lowerWords.has(given)) return false;
  const full = group.mentions.find((other) => other.tokens >= 2);
  const familyWord = full?.text.split(/\s+/).pop() ?? '';
  if (!/^\p{Lu}\p{Ll}/u.test(familyWord) || lowerWords.has(familyWord.toLowerCase())) return false;
  // "St. Louis": a word after an abbreviation's period is the rest of a name, not a given name alone.
  const period = tokens[mention.first - 1];
  if (period?.text === '.' && PLACE_ABBREVIATIONS.has(bareWord(tokens[mention.first - 2]))) return false;
  // A full name only in a title-case headline ("Ruiz Beats Vell") is no evidence of a person.
  const inBody = group.mentions.filter((other) => other.tokens >= 2 && !headline.has(other.sentence));
  if (inBody.length === 0) return false;
  // A name no organisation or place could have: not "Harbour Reporter", "Velm Sun", nor words the text puts
  // after "the" or "in" ("the Harlow Hawks", "in Harlow").
  const family = normalizeEntityKey(familyWord);
  const nameLike =
    !PLACES.has(given) &&
    !placeOrOrgWords.has(given) &&
    !placeOrOrgWords.has(family) &&
    !ROLE_NOUNS.has(family) &&
    !ORG_HEADS.has(family) &&
    !WEAK_ORG_HEADS.has(family) &&
    !PLACE_HEADS.has(family);
  if (!nameLike) return false;
  // A label or a title on the full name, or its surname alone, shows a person; else the given name itself must
  // be said of a person ("Tomas said", "Mira, 33,"). A verb after it is not enough ("Morrow is unlicensed": a
  // clinic), nor "X said" at the full name (outlets say too).
  return (
    mention.personEvidence > 0 ||
    inBody.some((other) => other.labels.length > 0 || other.hasTitle) ||
    singleWords.has(group.surname)
  );
}

/** The head of a label, lower case: "president" of "Former Vice President", "attorney" of "attorney for X". */
function labelHead(found: Label): string {
  const words = found.text
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}\p{M}-]/gu, ''));
  const stop = words.findIndex((word) => word === 'of' || word === 'for' || word === 'on');
  const kept = stop > 0 ? words.slice(0, stop) : words;
  return kept[kept.length - 1] ?? '';
}

/** True when a person is introduced by kinship ("His daughter Greta Roth", "his nephew"): someone's relative. */
function isRelative(group: Group): boolean {
  return group.mentions.some(isKinMention);
}

/** True when this mention carries a kinship label of someone's ("his father, X", "Roth's nephew X"). */
function isKinMention(mention: RawMention): boolean {
  return mention.labels.some((found) => {
    // Someone's: "His daughter", "Roth’s nephew"; "a mother of three" is no one's relative in the story.
    if (!labelPronouns.has(found) && !/['’]s\b/.test(found.text)) return false;
    const words = found.text.toLowerCase().split(/\s+/);
    const stop = words.findIndex((word) => word === 'of' || word === 'for');
    return (stop > 0 ? words.slice(0, stop) : words).some((word) => KIN_NOUNS.has(word));
  });
}

/**
 * The person a bare surname (or first name) stands for, of the people named in full who fit it; undefined when
 * none does. Of several, a title the mention carries picks the one who holds it ("Mayor Brandt"); before any of
 * the rest is named, none is chosen and the surname stays an entity of its own; a person introduced by kinship
 * ("His daughter Greta Roth") gives way to the one whose relative she is, since news writing calls the subject
 * by the bare surname and the relatives by their full or first names; then the nearest one named before the
 * mention wins ("Peña" with "Lucía Peña Núñez" and "Marco Peña Ortiz").
 */
function chooseBearer(
  mention: RawMention,
  candidates: readonly Group[],
  bySurname: boolean,
  keptApart: boolean,
): Group | undefined {
  let pool = candidates;
  const heads = new Set(mention.labels.map(labelHead).filter((head) => head !== ''));
  if (pool.length > 1 && heads.size > 0) {
    const holders = pool.filter((group) =>
      group.mentions.some((other) => other.labels.some((found) => heads.has(labelHead(found)))),
    );
    if (holders.length > 0) pool = holders;
  }
  // "Brandt against Brandt" before either is named: which one is meant is not said; the name stays apart. Two
  // full names with one first name ("Ivo Brandt" and a headline's "Ivo Brandt Wins") are one person.
  if (
    new Set(pool.map((group) => group.firstName)).size > 1 &&
    pool.every((group) => group.mentions.every((other) => other.start > mention.start))
  )
    return undefined;
  if (pool.length > 1 || bySurname) {
    const unrelated = pool.filter((group) => !isRelative(group));
    // Only relatives, and the bare surname used before any of them is named, or already kept apart so ("Roth
    // built the silos. His daughter Greta Roth said ... Roth never farmed again"): it is the one whose relative
    // she is, named in full nowhere in the text; it stays apart. "Her brother Billy Neal ... Neal said" is his.
    const before = pool.every((group) => group.mentions.every((other) => other.start > mention.start));
    if (unrelated.length === 0 && bySurname && (before || keptApart)) return undefined;
    if (unrelated.length > 0) pool = unrelated;
  }
  let best = pool[0];
  let bestDistance = Infinity;
  for (const candidate of pool) {
    for (const other of candidate.mentions) {
      const distance = Math.abs(other.start - mention.start) + (other.start > mention.start ? 1e6 : 0);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
  }
  return best;
}

interface Group {
  key: string;
  type: EntityType;
  mentions: RawMention[];
  surname: string;
  firstName: string;
  tokens: number;
  /** A surname kept apart from the people named in full with it ("Felt" before "His daughter Joan Felt"). */
  surnameOfPeople?: boolean;
}

/**
 * Finds people, organisations and places, links their mentions ("Elliott Abrams" = "Abrams",
 * "the State Department" = "State Department") and keeps the labels each mention carries.
 */
export function findEntities(doc: Document): EntityIndex {
  const vocabulary = documentWords(doc);
  const all = findRawMentions(doc, vocabulary);
  // Headlines capitalise every word: there, keep only names the body also uses.
  const headline = titleCaseSentences(doc);
  const bodyKeys = new Set<string>();
  for (const mention of all) {
    if (headline.has(mention.sentence)) continue;
    const key = normalizeEntityKey(mention.text);
    bodyKeys.add(key);
    bodyKeys.add(key.slice(key.lastIndexOf(' ') + 1));
  }
  const raw = all.filter(
    (mention) => !headline.has(mention.sentence) || bodyKeys.has(normalizeEntityKey(mention.text)),
  );
  // "Election chief Ruth Okonjo": a word written only in front of a role and a name is part of the label (kept
  // there); nothing shows it names anything itself. Known places, organisations and acronyms are typed already.
  const elsewhere = new Set(
    all.filter((mention) => !mention.beforeRole).map((mention) => normalizeEntityKey(mention.text)),
  );
  for (let index = raw.length - 1; index >= 0; index--) {
    const mention = raw[index];
    if (mention?.beforeRole && mention.type === 'other' && !elsewhere.has(normalizeEntityKey(mention.text)))
      raw.splice(index, 1);
  }
  const places = placeKeys(raw);
  for (const mention of raw) if (places.has(normalizeEntityKey(mention.text))) mention.type = 'place';
  const organisations = organisationKeys(raw, places);
  for (const mention of raw)
    if (organisations.has(normalizeEntityKey(mention.text))) mention.type = 'organization';
  const groups = new Map<string, Group>();
  const order: Group[] = [];
  const multiBySurname = new Map<string, Group[]>();
  const deferred: RawMention[] = [];
  for (const mention of raw) {
    const key = normalizeEntityKey(mention.text);
    if (key === '') continue;
    const words = key.split(' ');
    if (mention.tokens >= 2 && mention.type === 'person') {
      const surname = words[words.length - 1] ?? '';
      const firstName = words[0] ?? '';
      const candidates = multiBySurname.get(surname) ?? [];
      // "Donald Trump" and "Donald J. Trump": same first and last name. "Harald Lunde Jr." after "Harald Lunde"
      // has been used is his son; written first ("Joseph Biden Jr.", later "Joseph Biden"), the same man.
      const suffix = generationOf(mention.text);
      // "his father, Aldous Penhallow" after "Aldous Penhallow Jr.": a relative of the son, not the son; and once
      // both are named, a plain full name is the father's (the son's is written with its "Jr.").
      // "Penhallow Jr." for "Aldous Penhallow Jr.": the surname with the generation is the son's short form.
      const generationHolder =
        words.length === 1 && suffix !== ''
          ? candidates.find((candidate) =>
              candidate.mentions.some((other) => generationOf(other.text) === suffix),
            )
          : undefined;
      if (generationHolder !== undefined) {
        generationHolder.mentions.push(mention);
        continue;
      }
      const kin = isKinMention(mention);
      const fitting = candidates.filter(
        (candidate) =>
          candidate.firstName === firstName &&
          (suffix === ''
            ? !(kin && candidate.mentions.every((other) => generationOf(other.text) !== ''))
            : candidate.mentions.some((other) => generationOf(other.text) === suffix)),
      );
      let group =
        suffix === ''
          ? (fitting.find((candidate) =>
              candidate.mentions.some((other) => generationOf(other.text) === ''),
            ) ?? fitting[0])
          : fitting[0];
      if (!group) {
        group = { key, type: 'person', mentions: [], surname, firstName, tokens: mention.tokens };
        candidates.push(group);
        multiBySurname.set(surname, candidates);
        order.push(group);
      }
      group.mentions.push(mention);
      continue;
    }
    deferred.push(mention);
  }
  // "Peña Núñez" after "Lucía Peña Núñez": a two-word name that ends the one longer name is its surnames.
  // The groups holding a longer name (longerNameEnding) are looked up by its last two words, counted per group and
  // kept up to date as mentions move: not every group's mentions read again for each two-word name.
  const longerNames = new Map<string, Map<Group, number>>();
  const countLonger = (holder: Group, mentions: readonly RawMention[], step: number): void => {
    for (const mention of mentions) {
      const ending = longerNameEnding(mention);
      if (ending === undefined) continue;
      let holders = longerNames.get(ending);
      if (!holders) longerNames.set(ending, (holders = new Map<Group, number>()));
      const count = (holders.get(holder) ?? 0) + step;
      if (count === 0) holders.delete(holder);
      else holders.set(holder, count);
    }
  };
  for (const group of order) countLonger(group, group.mentions, 1);
  for (const group of order) {
    if (group.key.split(' ').length !== 2) continue;
    // "Mark Lunde Jr." is a son apart from "W. Mark Lunde" (above), not a short form of his name.
    if (group.mentions.some((mention) => generationOf(mention.text) !== '')) continue;
    let owner: Group | undefined;
    let longer = 0;
    for (const holder of longerNames.get(group.key)?.keys() ?? []) {
      if (holder === group) continue;
      owner = holder;
      longer++;
    }
    if (owner === undefined || longer > 1) continue;
    countLonger(group, group.mentions, -1);
    countLonger(owner, group.mentions, 1);
    owner.mentions.push(...group.mentions);
    group.mentions = [];
    const same = multiBySurname.get(group.surname) ?? [];
    multiBySurname.set(
      group.surname,
      same.filter((other) => other !== group),
    );
  }
  // "Peña" for "Lucía Peña Núñez": the first of two surnames is how Spanish and Portuguese shorten a name.
  const byFirstSurname = new Map<string, Group[]>();
  for (const group of order) {
    const firsts = new Set<string>();
    for (const mention of group.mentions) {
      const words = normalizeEntityKey(mention.text).split(' ');
      const first = words[words.length - 2] ?? '';
      if (words.length >= 3 && first.length > 1 && !PARTICLES.has(first)) firsts.add(first);
    }
    for (const first of firsts) byFirstSurname.set(first, [...(byFirstSurname.get(first) ?? []), group]);
  }
  // "Tomas" for "Tomas Vell": a first name alone stands for the one person of the article who has it.
  const byFirstName = new Map<string, Group[]>();
  // The same set as documentWords' `lower`: every word token not capitalised.
  const lowerWords = vocabulary.lower;
  for (const group of order) {
    const words = group.key.split(' ');
    // "Chiefs WR Terrance Copper", "Venezuelan envoy Ana Roe": a first word that is no given name.
    if (words.length > 3 || isNameRole(group.firstName) || DEMONYMS.has(group.firstName)) continue;
    if (group.mentions.length > 0 && group.firstName.length >= MIN_FIRST_NAME_LETTERS)
      byFirstName.set(group.firstName, [...(byFirstName.get(group.firstName) ?? []), group]);
  }
  // A word the text puts after a title ("President Ruiz"), after "the" or a preposition of place ("in Velm",
  // "the Harbour plant") names a surname, a place or a firm: never a given name standing alone.
  // Bare surnames kept apart from the people named in full with them (see chooseBearer).
  const apart = new Set<string>();
  const notGivenNames = new Set<string>();
  const placeOrOrgWords = new Set<string>();
  const singleWords = new Set<string>();
  for (const mention of raw) {
    if (mention.tokens !== 1) continue;
    const key = normalizeEntityKey(mention.text);
    singleWords.add(key);
    if (
      mention.placeEvidence > 0 ||
      mention.placeHints > 0 ||
      mention.orgEvidence > 0 ||
      mention.orgHints > 0
    )
      placeOrOrgWords.add(key);
    if (mention.hasTitle || placeOrOrgWords.has(key)) notGivenNames.add(key);
  }
  for (const mention of deferred) {
    const key = normalizeEntityKey(mention.text);
    const words = key.split(' ');
    const personLike = mention.type !== 'place' && mention.type !== 'organization';
    let surnameOf: Group[] = [];
    if (personLike && words.length === 1)
      surnameOf = [...(multiBySurname.get(key) ?? []), ...(byFirstSurname.get(key) ?? [])];
    // "Ruiz-Ortega" for "Alba Ruiz-Ortega": one hyphenated word is the surname of the full name ending in it.
    else if (personLike && mention.tokens === 1 && words.length > 1)
      surnameOf = (multiBySurname.get(words[words.length - 1] ?? '') ?? []).filter((group) =>
        group.key.endsWith(` ${key}`),
      );
    if (
      surnameOf.length === 0 &&
      personLike &&
      words.length === 1 &&
      !allCaps(mention.text) &&
      !notGivenNames.has(key)
    ) {
      const byFirst = byFirstName.get(key) ?? [];
      const [only] = byFirst;
      if (
        byFirst.length === 1 &&
        only !== undefined &&
        isGivenNameOf(doc.tokens, mention, only, lowerWords, headline, placeOrOrgWords, singleWords)
      )
        surnameOf = byFirst;
    }
    const bySurname = surnameOf.length > 0 && !surnameOf.some((group) => group.firstName === key);
    const candidates = [...new Set(surnameOf)];
    const bearer = chooseBearer(mention, candidates, bySurname, apart.has(key));
    if (bearer !== undefined) {
      bearer.mentions.push(mention);
      continue;
    }
    if (bySurname) apart.add(key);
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        type: mention.type,
        mentions: [],
        surname: words[words.length - 1] ?? '',
        firstName: '',
        tokens: mention.tokens,
      };
      groups.set(key, group);
      order.push(group);
    }
    group.mentions.push(mention);
    // An acronym ("SVP" beside a mistyped "Junge SVP") is an organisation's name, not a family's.
    if (bySurname && !allCaps(mention.text)) group.surnameOfPeople = true;
  }

  const sorted = order.filter((group) => group.mentions.length > 0);
  for (const group of sorted) group.mentions.sort((a, b) => a.start - b.start);
  sorted.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  const entities: Entity[] = [];
  const mentions: (RawMention & { entity: string })[] = [];
  const byStart = new Map<number, string>();
  sorted.forEach((group, index) => {
    const id = `e${index}`;
    let name = group.mentions[0]?.text ?? '';
    let nameTokens = 0;
    const typeVotes = new Map<EntityType, number>();
    for (const mention of group.mentions) {
      // The fullest name; of two as full, one written as in running text ("Lorran", not the dateline's "LORRAN").
      if (
        mention.tokens > nameTokens ||
        (mention.tokens === nameTokens && allCaps(name) && !allCaps(mention.text))
      ) {
        name = mention.text;
        nameTokens = mention.tokens;
      }
      const weight = mention.hasTitle ? 3 : mention.type === 'other' ? 0.5 : 1;
      typeVotes.set(mention.type, (typeVotes.get(mention.type) ?? 0) + weight);
      // Field by field, in RawMention's order: a spread of all its fields cost more than the rest of this loop.
      mentions.push({
        start: mention.start,
        end: mention.end,
        text: mention.text,
        first: mention.first,
        last: mention.last,
        sentence: mention.sentence,
        type: mention.type,
        tokens: mention.tokens,
        labels: mention.labels,
        hasTitle: mention.hasTitle,
        placeEvidence: mention.placeEvidence,
        placeHints: mention.placeHints,
        personEvidence: mention.personEvidence,
        orgEvidence: mention.orgEvidence,
        orgHints: mention.orgHints,
        beforeRole: mention.beforeRole,
        entity: id,
      });
      byStart.set(mention.start, id);
    }
    let type: EntityType = group.type;
    let best = 0;
    for (const [candidate, votes] of typeVotes) {
      if (votes > best) {
        best = votes;
        type = candidate;
      }
    }
    if (
      group.surnameOfPeople === true ||
      group.mentions.some((mention) => mention.tokens >= 2 && mention.type === 'person')
    )
      type = 'person';
    entities.push({
      id,
      name,
      // "Aldous Penhallow Jr." keys apart from his father; compare links the two keys when no article of the
      // story names both men.
      key: withGeneration(normalizeEntityKey(name), generationOf(name)),
      type,
      mentions: group.mentions.map((mention): Mention => ({
        start: mention.start,
        end: mention.end,
        text: mention.text,
        // "the firm Tom Weaver runs": a group noun before a person's name is not what the text calls the person.
        // "Former TPA spokesman said": a person's title or role is no label of an organisation.
        labels:
          type === 'person' || type === 'place'
            ? mention.labels.filter((found) => !isOrganisationLabel(found))
            : type === 'organization'
              ? mention.labels.filter((found) => found.kind !== 'title' && found.kind !== 'role')
              : mention.labels,
      })),
    });
  });
  mentions.sort((a, b) => a.start - b.start);
  resolveLabelPronouns(doc, entities);
  return { entities, mentions, byStart };
}

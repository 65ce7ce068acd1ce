import type { Credit, Mention, Quote, QuoteKind, TextSpan } from '../model/index.js';
import { bareWord, isCapitalised, isPossessive, type Document } from './document.js';
import type { EntityIndex } from './find-entities.js';
import type { Quotation } from './find-quotations.js';
import { MONTHS, WEEKDAYS } from './find-dates.js';
import { isActOnItem } from './is-act-on-item.js';
import { isSpace, type Token } from './tokenize.js';
import {
  ADDRESSEE_VERBS,
  CONTEXT_NOUNS,
  CUE_AUXILIARIES,
  CUE_VERBS,
  EPITHETS,
  MEMBER_NOUNS,
  compoundHead,
  ORG_HEADS,
  ORG_NOUNS,
  CUE_PARTICLES,
  PARTICLE_VERBS,
  PERSON_PRONOUNS,
  ROLE_NOUNS,
  SOURCE_PRONOUNS,
  STANCE_VERBS,
  TITLE_WORDS,
  isIrregularPast,
} from './lexicon.js';

/*
 * Cue forms that are far more often nouns or other verbs ("a report", "the state", "questions"): accepted
 * only right after a pronoun or a capitalised name.
 */
const AMBIGUOUS_CUES = new Set([
  'pledged',
  'maintains',
  'report',
  'reports',
  'state',
  'states',
  'post',
  'posts',
  'question',
  'questions',
  'demand',
  'demands',
  'estimate',
  'estimates',
  'counter',
  'counters',
  'note',
  'notes',
  'claim',
  'claims',
  'promise',
  'promises',
  'tweet',
  'tweets',
  'remark',
  'remarks',
  'warning',
  'reporting',
  'posting',
  'thought',
  'stress',
  'stresses',
  'charged',
  'continue',
  'continues',
  'continued',
  'estimated',
  'written',
  'lament',
  'laments',
  'muse',
  'hint',
  'hints',
  'reveal',
  'maintain',
  'question',
  'demand',
  'add',
  'say',
  'tell',
  'ask',
  'write',
  'think',
  'believe',
  'agree',
  'state',
  'argue',
  'explain',
  'admit',
  'confirm',
  'deny',
  'promise',
  'suggest',
  'urge',
  'warn',
]);
/* Verbs that also name things ("a group called X"): stances only after a name, pronoun or role noun. */
const NAMING_VERBS = new Set(['called', 'named', 'dubbed', 'labeled', 'labelled', 'branded']);
/* Stance verb forms that are more often plural nouns ("tax plans", "the shows", "his views"). */
const NOUN_LIKE_STANCES = new Set([
  'plans',
  'planned',
  'points',
  'views',
  'fears',
  'hopes',
  'doubts',
  'favors',
  'lists',
  'attacks',
]);
/* Subjects of a plural present-tense cue that do not end in -s: "26 percent say", "police say". */
const COLLECTIVE_SUBJECTS = new Set([
  'percent',
  'police',
  'people',
  'majority',
  'majorities',
  'half',
  'third',
  'quarter',
  'most',
  'many',
  'some',
  'others',
  'both',
  'few',
  'men',
  'women',
  'children',
]);

/* Words that end a subject noun phrase when scanning back from the cue. */
const SUBJECT_STOPS = new Set([
  'that',
  'which',
  'because',
  'when',
  'if',
  'while',
  'as',
  'after',
  'before',
  'since',
  'but',
  'or',
  'so',
  'than',
  'where',
  'although',
  'though',
  'whether',
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'being',
  'to',
  'not',
  'also',
  'what',
  'how',
  'why',
  'and',
  'said',
  'says',
  'told',
  'with',
  'by',
  'at',
  'in',
  'on',
  'about',
  'from',
  'for',
  'into',
  'over',
  'under',
  'until',
  'unless',
  'once',
  'whom',
  'whose',
  'even',
  'just',
  'then',
  'had',
]);
const RELATIVES = new Set(['who', 'which', 'that']);
const DISCOURSE_OPENERS = new Set([
  'but',
  'and',
  'still',
  'however',
  'so',
  'yet',
  'meanwhile',
  'instead',
  'now',
  'also',
  'indeed',
  'then',
]);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'this',
  'that',
  'one',
  'another',
]);
const CONTEXT_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'via', 'through', 'over', 'after']);
/* Words after a cue that start a trailing phrase, not the reported clause ("said of Maduro", "said later"). */
const TRAILING_WORDS = new Set([
  'of',
  'about',
  'to',
  'for',
  'from',
  'with',
  'before',
  'while',
  'when',
  'as',
  'yesterday',
  'today',
  'tonight',
  'later',
  'earlier',
  'recently',
  ...WEEKDAYS,
]);
/* Punctuation cut from the end of a content span; closing quotation marks (’ included) stay. */
const TRIMMED_PUNCTUATION = new Set([',', '.', ';', ':', '—', '–', '-']);
const MODAL_VERBS = ['will', 'would', 'could', 'should', 'can', 'may', 'might', 'must'];
const MODALS = new Set([
  ...MODAL_VERBS,
  'do',
  'does',
  'did',
  'don’t',
  "don't",
  'didn’t',
  "didn't",
  'also',
  'still',
  'strongly',
  'now',
  'never',
  'always',
]);
/* Words that open a plural source after an inverted cue: "said several observers". */
const QUANTIFIERS = new Set([
  'several',
  'many',
  'some',
  'most',
  'other',
  'both',
  'two',
  'three',
  'four',
  'five',
  'few',
  'all',
  'local',
  'senior',
  'top',
  'former',
  'u.s.',
]);
/* Base-form stance verbs accepted after a plural noun ("polls show", "voters want"). */
const PLURAL_SUBJECT_VERBS = new Set([
  'show',
  'suggest',
  'find',
  'want',
  'expect',
  'support',
  'oppose',
  'fear',
  'hope',
  'call',
  'describe',
  'blame',
  'see',
  'view',
  'know',
  'feel',
  'doubt',
]);
const NEGATIONS = new Set([
  'not',
  'never',
  'didn’t',
  "didn't",
  'don’t',
  "don't",
  'doesn’t',
  "doesn't",
  'won’t',
  "won't",
  'wouldn’t',
  "wouldn't",
  'did',
  'does',
  'do',
  'long',
]);
const LEADING_PREPOSITIONS = new Set([
  'after',
  'before',
  'when',
  'while',
  'since',
  'as',
  'if',
  'because',
  'although',
]);
/* -s/-ed words that are not verbs before "that" ("news that", "times that", "less that"). */
const NOT_VERBS = new Set([
  'news',
  'times',
  'less',
  'unless',
  'process',
  'this',
  'thus',
  'was',
  'has',
  'is',
  'does',
  'his',
  'yes',
  'ones',
  'is',
  'means',
  'sources',
  'reports',
  'polls',
  'moves',
  'efforts',
  'claims',
  'fears',
  'hopes',
  'facts',
  'signs',
  'ideas',
  'issues',
  'laws',
  'rules',
  'bills',
  'states',
  'votes',
  'years',
  'days',
  'weeks',
]);
const MALE_PRONOUNS = new Set(['he', 'him', 'his', 'himself']);
const FEMALE_TITLES = new Set([
  'mrs',
  'ms',
  'miss',
  'madam',
  'congresswoman',
  'spokeswoman',
  'chairwoman',
  'councilwoman',
  'businesswoman',
  'queen',
  'princess',
  'lady',
  'dame',
  'sister',
]);
const MALE_TITLES = new Set([
  'mr',
  'congressman',
  'spokesman',
  'chairman',
  'councilman',
  'businessman',
  'king',
  'prince',
  'lord',
  'sir',
  'father',
  'brother',
]);
/** Nouns for a woman or a man at the head of a label; the titles above count too. */
const FEMALE_NOUNS = new Set([
  ...FEMALE_TITLES,
  'wife',
  'widow',
  'mother',
  'daughter',
  'actress',
  'girlfriend',
  'fiancee',
  'grandmother',
  'aunt',
  'niece',
  'woman',
  'duchess',
  'heiress',
]);
const MALE_NOUNS = new Set([
  ...MALE_TITLES,
  'husband',
  'widower',
  'son',
  'boyfriend',
  'fiance',
  'grandfather',
  'uncle',
  'nephew',
  'man',
  'duke',
]);
/** Words of a label for `descriptionHead`, possessives kept whole ("singer’s"), commas apart. */
const LABEL_WORDS = /[\p{L}\p{M}]+(?:['’]s)?|['’,]/gu;
const SAY_FORMS = new Set(['say', 'says', 'said', 'saying', 'added', 'adds', 'wrote', 'writes']);
const CLAUSE_BREAKS = new Set(['although', 'though', 'while', 'whereas', 'but', 'even']);
const TIME_UNITS = new Set([
  'week',
  'month',
  'year',
  'night',
  'weekend',
  'morning',
  'evening',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);
const BE_FORMS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", 'am']);
/* A subject longer than this is a clause, not a noun phrase; fall back to its last name or pronoun. */
const MAX_SOURCE_TOKENS = 12;
/* Words between a quotation and a name after it that still make the name its source ("fumed grocer"). */
const TRAILING_SOURCE_WORDS = 3;

/* "“...,” fumed Orme": a quotation closed on a comma hands the sentence on to its source. */
function closesOnComma(quotation: string): boolean {
  return /,\s*["”’']*\s*$/.test(quotation);
}

function isTrailingSource(between: string): boolean {
  if (/[.!?;:\n]/.test(between)) return false;
  return between.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length <= TRAILING_SOURCE_WORDS;
}

/* A continuation quote must sit within this many paragraphs of the attributed quote it continues. */
const CONTINUATION_PARAGRAPHS = 1;
/* A pronoun speaker resolves to a person named at most this many paragraphs back (the last speaker: 1). */
const SPEAKER_MEMORY_PARAGRAPHS = 2;

interface Range {
  first: number;
  end: number;
}

/** Everything the quote pass returns: quotes plus the reference mentions it resolved. */
export interface QuoteResult {
  quotes: Quote[];
  /** Entity id -> pronoun and descriptor mentions resolved while finding speakers. */
  references: Map<string, Mention[]>;
  /** Entity ids that were quote speakers (typed as people or organisations afterwards). */
  speakers: Set<string>;
}

function span(doc: Document, first: number, end: number): TextSpan | null {
  const start = doc.tokens[first]?.start;
  const stop = doc.tokens[end - 1]?.end;
  if (start === undefined || stop === undefined || stop <= start) return null;
  return { start, end: stop, text: doc.text.slice(start, stop) };
}

/* Raising verbs: "Ruiz seemed to waver", "the vote appears likely". PolNeAR marks them as attributions with
 * no source (the writer's hedged assessment); the subject and the complement are the content. */
const RAISING_VERBS = new Set(['seems', 'seemed', 'appears', 'appeared']);
const RAISING_COMPLEMENTS = new Set(['to', 'like', 'that']);

/**
 * True for a raising verb with its complement ("seemed to", "appears that") or a passive "is expected to":
 * an attribution without a source. 87 % of "BE expected to" and 57 % of "seem/appear to" in PolNeAR train
 * are marked.
 */
function isRaising(doc: Document, index: number): boolean {
  const word = bareWord(doc.tokens[index]);
  const next = bareWord(doc.tokens[index + 1]);
  if (RAISING_VERBS.has(word)) return RAISING_COMPLEMENTS.has(next);
  if (word !== 'expected' || next !== 'to') return false;
  let back = index - 1;
  while (back >= 0 && /ly$|^also$|^not$|^still$/.test(bareWord(doc.tokens[back]))) back--;
  return BE_FORMS.has(bareWord(doc.tokens[back]));
}

/* First words of multi-word cues: "made (it) clear", "went on to say". */
const PHRASE_VERBS = new Set([
  'make',
  'makes',
  'made',
  'making',
  'went',
  'goes',
  'go',
  'going',
  'put',
  'puts',
]);
/* Punctuation that closes "as Ruiz put it": the phrase is a cue only at the end of its clause. */
const CLAUSE_END_MARKS = new Set([',', '.', ':', ';', '—']);

/* Every word that can start a cue, for the one-lookup rejection in `isCue` (keep in sync with its tests). */
const CUE_CANDIDATES: ReadonlySet<string> = new Set([
  ...CUE_VERBS,
  ...STANCE_VERBS,
  ...PARTICLE_VERBS,
  ...RAISING_VERBS,
  'according',
  'expected',
  ...PHRASE_VERBS,
  'read',
  'reads',
]);

/* Words between a quotation and "read(s)" that name what carries the text ("it", "the sign", "one"). */
const MAX_READER_TOKENS = 4;

/**
 * "“We stand with Ruiz,” the sign read.", "“...,” it reads.": a quotation, a short subject, then "read(s)"
 * ending the clause. Elsewhere "read" is reading ("read the report", "a shirt that read ..." is marked only
 * about half the time).
 */
function readsQuotation(doc: Document, index: number): boolean {
  const tokens = doc.tokens;
  const next = tokens[index + 1]?.text;
  if (next !== '.' && next !== ',' && next !== ';') return false;
  let back = index - 1;
  while (back >= 0 && index - back <= MAX_READER_TOKENS && tokens[back]?.kind === 'word') back--;
  if (back === index - 1 || tokens[back]?.kind !== 'quote') return false;
  return /[,!?.]/.test(tokens[back - 1]?.text ?? '');
}

/** True when the cue at `index` takes its particle along: "called for", "pointed out", "referring to". */
function hasParticle(doc: Document, index: number): boolean {
  const word = bareWord(doc.tokens[index]);
  const next = bareWord(doc.tokens[index + 1]);
  // Any "-ed/-ing about" ("joked about", "complaining about"): 0.55 of them are cues in PolNeAR train, in
  // or out of the list.
  if (next === 'about' && /^[a-z]{3,}(?:ed|ing)$/.test(doc.tokens[index]?.text ?? ''))
    return !NOT_VERB_ING.test(word);
  return PARTICLE_VERBS.has(word) && CUE_PARTICLES.has(`${word}_${next}`);
}

/**
 * How many tokens a multi-word cue starting at `index` spans, or 0: "made clear", "made it clear" (0.70 of
 * them are gold cues in PolNeAR train), "went on to say" (12 of 12), with a lexicon verb after "went on to", and
 * "put it" closing a clause.
 */
function phraseLength(doc: Document, index: number): number {
  const word = bareWord(doc.tokens[index]);
  if (!PHRASE_VERBS.has(word)) return 0;
  const next = bareWord(doc.tokens[index + 1]);
  // "As Ruiz put it, ...": 11 of 12 in PolNeAR train, where a punctuation mark closes the phrase.
  if (word.startsWith('pu'))
    return next === 'it' && CLAUSE_END_MARKS.has(doc.tokens[index + 2]?.text ?? '') ? 2 : 0;
  if (word.startsWith('ma')) {
    if (next === 'clear') return 2;
    return next === 'it' && bareWord(doc.tokens[index + 2]) === 'clear' ? 3 : 0;
  }
  const verb = doc.tokens[index + 3];
  return next === 'on' &&
    bareWord(doc.tokens[index + 2]) === 'to' &&
    verb?.kind === 'word' &&
    (CUE_VERBS.has(bareWord(verb)) || STANCE_VERBS.has(bareWord(verb)))
    ? 4
    : 0;
}

/**
 * "who asked not to be named", "who declined to give his name", "who requested anonymity": a source's terms for
 * speaking, not a report of what anyone said (the words after them belong to the quote that follows).
 */
function isAnonymityFormula(doc: Document, index: number): boolean {
  // Every formula opens on "not", "to" or "anonymity": most cues are rejected without building the words.
  const next = bareWord(doc.tokens[index + 1]);
  if (next !== 'not' && next !== 'to' && !next.startsWith('anonymity')) return false;
  const words: string[] = [];
  for (let offset = 1; offset <= 6; offset++) words.push(bareWord(doc.tokens[index + offset]));
  const after = words.join(' ');
  return /^(?:not to be (?:named|identified|quoted)|to remain anonymous|anonymity|to be anonymous|to give (?:his|her|their) (?:full |last )?names?|to be identified|to speak on the record)\b/.test(
    after,
  );
}

/**
 * Words after "reported" that make it the participle of a state someone was reported in ("a woman reported
 * missing", "two hikers reported dead"), not a verb of speech with its subject.
 */
const REPORTED_STATES = new Set([
  'missing',
  'dead',
  'killed',
  'injured',
  'hurt',
  'wounded',
  'lost',
  'stolen',
  'safe',
  'alive',
  'kidnapped',
  'abducted',
  'detained',
  'arrested',
  'sighted',
]);

/* Verbs of putting out a document, whose participle follows the document's noun ("a poll released Friday"). */
const RELEASE_VERBS = new Set(['released', 'issued', 'published', 'conducted']);
/* Words after such a participle that show it modifies a noun: its agent or its time ("released by", "on"). */
const RELEASE_FOLLOWERS = new Set([
  'by',
  'on',
  'last',
  'earlier',
  'shortly',
  'over',
  'this',
  'late',
  'early',
  ...WEEKDAYS,
]);

/**
 * "A poll released Friday found ...", "a statement issued by the campaign": the participle after a common noun,
 * before its agent or its time, describes the document and reports nothing itself (9 of the 9 "released by"
 * cues and 5 of 5 "released" + a time in train were no gold cue; "The town released a statement" stays).
 */
function isDocumentParticiple(doc: Document, index: number): boolean {
  const tokens = doc.tokens;
  if (!RELEASE_VERBS.has(bareWord(tokens[index])) || !RELEASE_FOLLOWERS.has(bareWord(tokens[index + 1])))
    return false;
  const previous = tokens[index - 1];
  const previousWord = bareWord(previous);
  return (
    previous?.kind === 'word' &&
    !isCapitalised(previous) &&
    !SOURCE_PRONOUNS.has(previousWord) &&
    !CUE_AUXILIARIES.has(previousWord) &&
    !MODALS.has(previousWord) &&
    !/ly$/.test(previousWord) &&
    previousWord !== 'and'
  );
}

function isCue(doc: Document, index: number): boolean {
  const token = doc.tokens[index];
  if (!token || token.kind !== 'word') return false;
  const word = bareWord(token);
  // Cheap rejection first, one lookup: this runs for every token of the text.
  if (!CUE_CANDIDATES.has(word) && !COMPLEMENT_OPENERS.has(bareWord(doc.tokens[index + 1]))) return false;
  // "A woman reported missing on Saturday was found safe": a participle of the state someone was reported in.
  if (word === 'reported' && REPORTED_STATES.has(bareWord(doc.tokens[index + 1]))) return false;
  if (word === 'according') return bareWord(doc.tokens[index + 1]) === 'to';
  if (word === 'read' || word === 'reads') return readsQuotation(doc, index);
  if (isAnonymityFormula(doc, index)) return false;
  if (isDocumentParticiple(doc, index)) return false;
  // "rejected the budget by 86 votes to 71", "denied the application": a decision, not a stance.
  if (isActOnItem(doc, index)) return false;
  if (PHRASE_VERBS.has(word)) {
    // Like a stance verb: after an explicit subject, not after a determiner ("the made-clear ...").
    const previous = doc.tokens[index - 1];
    return (
      phraseLength(doc, index) > 0 &&
      token.text[0] === word[0] &&
      !DETERMINERS.has(bareWord(previous)) &&
      !/['’]s$/.test(previous?.text ?? '')
    );
  }
  if (RAISING_VERBS.has(word)) return isRaising(doc, index);
  if (word === 'expected' && isRaising(doc, index)) return true;
  const particle = hasParticle(doc, index);
  let stance = (STANCE_VERBS.has(word) || particle) && !CUE_VERBS.has(word);
  // A verb outside the lexicon, or a promise verb with its infinitive ("vowed to", "agreed to").
  const general =
    (!CUE_VERBS.has(word) && !stance) ||
    (PROMISE_VERBS.has(word) && bareWord(doc.tokens[index + 1]) === 'to');
  if (general) {
    if (!takesComplement(doc, index)) return false;
    stance = true;
  }
  // "Senator Says Port Will Reopen": a capitalised cue only inside a title-case headline.
  const titleCase = isCapitalised(doc.tokens[index - 1]) && isCapitalised(doc.tokens[index + 1]);
  // "Said Ruiz, who grew up there, “...”": a say-verb opening its sentence before the inverted speaker.
  const invertedOpening =
    FINITE_SAY_FORMS.has(word) &&
    doc.sentenceTokens[doc.tokenSentence[index] ?? -1]?.first === index &&
    (isCapitalised(doc.tokens[index + 1]) || DETERMINERS.has(bareWord(doc.tokens[index + 1])));
  if (
    token.text[0] !== word[0] &&
    index > 0 &&
    word !== 'asked' &&
    word !== 'according' &&
    !titleCase &&
    !invertedOpening
  )
    return false;
  // "agreed to leave": an infinitive after a speech verb is not a report of speech (stance verbs keep it:
  // "wants to", "declined to comment" are attributions of intention).
  if (
    !stance &&
    !particle &&
    bareWord(doc.tokens[index + 1]) === 'to' &&
    !ADDRESSEE_VERBS.has(word) &&
    !SAY_FORMS.has(word)
  )
    return false;
  // "The plan was first reported by the Courier": a passive report whose agent is the source.
  if ((CUE_VERBS.has(word) || STANCE_VERBS.has(word)) && passiveAgent(doc, index) >= 0) return true;
  // Passive "is widely believed", "was asked": the grammatical subject is not the source.
  let back = index - 1;
  while (back >= 0 && /ly$/.test(doc.tokens[back]?.text ?? '')) back--;
  // (Progressive "is predicting" stays a cue.)
  if (BE_FORMS.has(bareWord(doc.tokens[back])) && word !== 'according' && !word.endsWith('ing')) {
    // "Ruiz was asked about the cranes", "was asked by a caller whether ...": a question put to the subject.
    if (word === 'asked' && back === index - 1) {
      const next = bareWord(doc.tokens[index + 1]);
      return QUESTION_WORDS.has(next) || next === 'by';
    }
    // "Ruiz is convinced that", "voters are worried that": a state of mind, unless the subject is the
    // dummy "it" of a passive report ("it was reported that").
    const subject = bareWord(doc.tokens[back - 1]);
    return general && bareWord(doc.tokens[index + 1]) === 'that' && subject !== 'it' && subject !== 'there';
  }
  // The general shape checks in `takesComplement` stand in for the subject checks below.
  if (general) return true;
  if (stance) {
    // Only after an explicit subject: a name, a pronoun, or a noun phrase ending right before the verb (or
    // before an adverb that is also a subject stop: "Ruiz also criticized", "the survey then showed").
    let before = index - 1;
    while (before > 1 && STANCE_ADVERBS.has(bareWord(doc.tokens[before]))) before--;
    const previous = doc.tokens[before];
    // ", calling him a fraud", ", citing the report": a participle after a comma shares the clause's subject.
    // (Also after a comma inside a closing mark: "... a “disgrace,” citing ...".)
    if (
      (previous?.text === ',' || (previous?.kind === 'quote' && doc.tokens[index - 2]?.text === ',')) &&
      word.endsWith('ing') &&
      index > 1
    )
      return true;
    // "..., criticizing the pipeline and calling for a ban": a second participle joined by "and".
    if (
      word.endsWith('ing') &&
      (bareWord(previous) === 'and' || bareWord(previous) === 'but') &&
      !NOT_VERB_ING.test(word)
    )
      return true;
    // "by saying", "while criticizing": a participle after a preposition shares the clause's subject too.
    if (PARTICIPLE_PREPOSITIONS.has(bareWord(previous)) && word.endsWith('ing')) return true;
    const previousWord = bareWord(previous);
    // "Ana Ruiz, a delegate from Maine, criticized ...", "Sen. Lee (D-Ore.) defended ...", "... and praised
    // ...": a finite stance verb after an appositive, a parenthesis or a coordinator; the quote pass looks
    // for the subject before them and drops the cue when there is none.
    // "... and called the plan “a disgrace”": a naming verb with an object and a quoted name for it.
    if (NAMING_VERBS.has(word) && namesWithQuote(doc, index)) return true;
    if (
      (previous?.text === ',' ||
        previous?.text === ')' ||
        previousWord === 'and' ||
        previousWord === 'but') &&
      /(?:ed|[^s]s|aid|oke|hot|ght|ew|lt|ound)$/.test(word) &&
      !NOUN_LIKE_STANCES.has(word) &&
      (!NAMING_VERBS.has(word) || particle)
    )
      return true;
    if (!previous || previous.kind !== 'word') return false;
    // "leaders on the left are questioning whether ...": a progressive after its subject.
    if (BE_FORMS.has(previousWord) && word.endsWith('ing') && bareWord(doc.tokens[index - 2]) !== 'it')
      return true;
    // "did not mention", "would never endorse": a base form after a negated auxiliary.
    if (NEGATED.test(previousWord) && !/(?:s|ed|ing)$/.test(word)) {
      const auxiliary = bareWord(doc.tokens[index - 2]);
      return /n['’]t$/.test(previousWord) || MODALS.has(auxiliary) || CUE_AUXILIARIES.has(auxiliary);
    }
    if (SUBJECT_STOPS.has(previousWord) && !SOURCE_PRONOUNS.has(previousWord) && previousWord !== 'had')
      return false;
    if (DETERMINERS.has(previousWord) || /['’]s$/.test(previous.text)) return false;
    const namedSubject =
      isCapitalised(previous) ||
      SOURCE_PRONOUNS.has(previousWord) ||
      ROLE_NOUNS.has(previousWord) ||
      CUE_AUXILIARIES.has(previousWord) ||
      MODALS.has(previousWord) ||
      /ly$/.test(previousWord);
    // "a group called Occupy", "tax plans would": naming after a common noun, and plural nouns that double
    // as verbs, are not stances unless a name, pronoun or role noun stands right before them.
    if (NAMING_VERBS.has(word) && !particle && !namedSubject) return false;
    // ("the campaign plans to": an organisation noun is a subject for these, not for naming: "a group called".)
    if (NOUN_LIKE_STANCES.has(word) && !namedSubject && !ORG_HEADS.has(previousWord)) return false;
    // "his strong showing", "the many polls showing": a gerund or modifier unless a name or pronoun leads.
    if (word.endsWith('ing') && !namedSubject && !/s$/.test(previousWord)) return false;
    // Base forms ("support", "plan", "show") are mostly nouns; as verbs they follow a pronoun or auxiliary.
    if (!/(?:[^su]s|ed|ing|ght|ew|aw|nd|lt|ound|aid|oke|hot)$/.test(word)) {
      // "polls show", "voters want": a plural noun subject.
      const pluralSubject =
        (/[^s]s$/.test(previousWord) && previousWord !== 'his' && previousWord !== 'this') ||
        pluralBeforePhrase(doc, index);
      return (
        SOURCE_PRONOUNS.has(previousWord) ||
        MODALS.has(previousWord) ||
        CUE_AUXILIARIES.has(previousWord) ||
        (pluralSubject && PLURAL_SUBJECT_VERBS.has(word))
      );
    }
    return true;
  }
  if (AMBIGUOUS_CUES.has(word)) {
    const previous = doc.tokens[index - 1];
    if (/['’]s$/.test(previous?.text ?? '')) return false;
    const previousWord = bareWord(previous);
    // ", warning that it could default": a participle after a comma, with its clause, is no noun.
    if (
      word.endsWith('ing') &&
      bareWord(doc.tokens[index + 1]) === 'that' &&
      (previous?.text === ',' || (previous?.kind === 'quote' && doc.tokens[index - 2]?.text === ','))
    )
      return true;
    // "voters say", "officials say": a plural noun subject before a present-tense cue.
    if (
      (word === 'say' || word === 'think' || word === 'believe' || word === 'argue') &&
      ((/[^s]s$/.test(previousWord) &&
        !SUBJECT_STOPS.has(previousWord) &&
        previousWord !== 'his' &&
        previousWord !== 'this') ||
        pluralBeforePhrase(doc, index))
    )
      return true;
    // "26 percent say", "Six in 10 say", "42% say", "police say", "those surveyed say": poll shares, collective
    // nouns and a poll's sample.
    if (
      (word === 'say' || word === 'think' || word === 'believe') &&
      (previous?.kind === 'number' ||
        previous?.text === '%' ||
        COLLECTIVE_SUBJECTS.has(previousWord) ||
        POLL_PARTICIPLES.has(previousWord))
    )
      return true;
    // "people close to the campaign say she ...", "Ruiz and Lee, the two founders, say that ...": present
    // "say" with a clause after it, after any subject word or an appositive's comma.
    if (
      (word === 'say' || word === 'argue' || word === 'believe' || word === 'think') &&
      opensClause(doc.tokens[index + 1]) &&
      (previous?.text === ',' ||
        (previous?.kind === 'word' &&
          !SUBJECT_STOPS.has(previousWord) &&
          !DETERMINERS.has(previousWord) &&
          !/(?:ing|ly)$/.test(previousWord)))
    )
      return true;
    return (
      SOURCE_PRONOUNS.has(previousWord) ||
      // ("the Jobs report", "the IG report", "the Old Post Office": these nouns only after a pronoun.)
      (isCapitalised(previous) && !DETERMINERS.has(previousWord) && !NOUN_AFTER_NAMES.has(word)) ||
      CUE_AUXILIARIES.has(previousWord)
    );
  }
  return true;
}

/* Adverbs between a subject and a stance verb that `SUBJECT_STOPS` would otherwise take as a clause break. */
const STANCE_ADVERBS = new Set(['also', 'then', 'just', 'even', 'still', 'once']);

/* Ambiguous cues that after a capitalised word are mostly a noun in a name ("the IG report", "Post"). */
const NOUN_AFTER_NAMES = new Set(['report', 'post', 'posts', 'question', 'questions', 'estimate', 'demand']);

/* A negation right before a verb: "not", "never", "didn't". */
const NEGATED = /^(?:not|never|[a-z]+n['’]t)$/;

/* Words that open a clause or an infinitive a verb can take as its content: "hinted that", "vowed to". */
const COMPLEMENT_OPENERS: ReadonlySet<string> = new Set(['that', 'to', 'whether', 'how', 'why', 'about']);

/*
 * Verbs that take "to" for reasons other than stance or intention: motion, causation, schedule, ability,
 * relation ("moved to", "was scheduled to", "tried to", "linked to"). Written by hand from the false
 * positives of the general rule below on PolNeAR train (the verbs themselves are plain English usage).
 */
const NON_STANCE_TO_VERBS = new Set([
  'used',
  'needed',
  'supposed',
  'scheduled',
  'slated',
  'designed',
  'elected',
  'linked',
  'related',
  'connected',
  'attached',
  'moved',
  'moving',
  'returned',
  'returning',
  'headed',
  'heading',
  'traveled',
  'traveling',
  'travelled',
  'travelling',
  'coming',
  'going',
  'having',
  'getting',
  'started',
  'starting',
  'beginning',
  'tried',
  'trying',
  'managed',
  'failed',
  'failing',
  'struggled',
  'struggling',
  'worked',
  'working',
  'updated',
  'qualified',
  'surged',
  'rising',
  'prepared',
  'preparing',
  'forced',
  'allowed',
  'required',
  'assigned',
  'provided',
  'expanded',
  'contributed',
  'contributing',
  'donated',
  'added',
  'adding',
  'compared',
  'married',
  'dedicated',
  'devoted',
  'turned',
  'turning',
  'listened',
  'listening',
  'waiting',
  'racing',
  'rushed',
  'rushing',
  'scrambled',
  'scrambling',
  'helped',
  'helping',
  'running',
  'leading',
  'giving',
  'bringing',
  'spending',
  'paying',
  'lending',
  'funding',
  'speaking',
  'reacting',
  'responding',
  'proved',
  'proving',
  'happened',
  'introduced',
  'directed',
  'distributed',
  'determined',
  'committed',
  'invited',
  'fighting',
  'appealing',
]);
const WH_OPENERS = new Set(['whether', 'how', 'why']);
/* Speech verbs that report an intention with an infinitive ("vowed to fight", "agreed to testify"). */
const PROMISE_VERBS = new Set([
  'promise',
  'promises',
  'promised',
  'promising',
  'vow',
  'vows',
  'vowed',
  'vowing',
  'pledge',
  'pledges',
  'pledged',
  'pledging',
  'agree',
  'agrees',
  'agreed',
  'agreeing',
]);

/**
 * True for a verb outside the lexicon that takes a clause or an infinitive: "Ruiz hinted that", "the panel
 * concluded that", "she vowed to", "they are weighing whether". PolNeAR marks thousands of such cues that
 * occur once in train (see BENCHMARKS.md), so the verb is recognised by its shape (-ed, -ing; -s only after
 * a name or pronoun, as plural nouns end in -s) and its complement, not by a list. Train precision of the
 * forms kept (outside earlier quote contents): "-ed/-ing that" 0.5-0.9, "-ed/-ing to" 0.3-0.6 before the
 * exclusions above, "-ed/-ing whether/how/why" about 0.4.
 */
function takesComplement(doc: Document, index: number): boolean {
  const token = doc.tokens[index];
  const word = bareWord(token);
  const next = bareWord(doc.tokens[index + 1]);
  if (!token || NOT_VERBS.has(word)) return false;
  const previous = doc.tokens[index - 1];
  const previousWord = bareWord(previous);
  // "the ruling that", "his feeling that", "her planned to-do list": a determiner makes it a noun.
  if (DETERMINERS.has(previousWord) || isPossessive(previous)) return false;
  const namedSubject = SOURCE_PRONOUNS.has(previousWord) || isCapitalised(previous);
  if (/^[a-z]{3,}(?:es|s)$/.test(token.text) && !/(?:ss|us|is)$/.test(word))
    return namedSubject && next === 'that';
  if (!/^[a-z]{3,}(?:ed|ing)$/.test(token.text) || NOT_VERB_ING.test(word)) return false;
  if (next === 'that') return opensClause(doc.tokens[index + 2]);
  // "-ed/-ing to" after a common noun is mostly a purpose or a relation ("the money needed to", "a bill
  // designed to"); after a name, a pronoun, an auxiliary or a comma it is mostly an intention.
  if (next === 'to')
    return (
      !NON_STANCE_TO_VERBS.has(word) &&
      // ("a nurse who stayed to help": in a relative clause the infinitive is mostly a purpose.)
      !RELATIVES.has(previousWord) &&
      (namedSubject ||
        previous?.text === ',' ||
        CUE_AUXILIARIES.has(previousWord) ||
        MODALS.has(previousWord) ||
        // "... spoke at the rally and vowed to fight the levy": a second verb of the subject.
        (PROMISE_VERBS.has(word) && (previousWord === 'and' || previousWord === 'but')))
    );
  return WH_OPENERS.has(next);
}

/* "-ing" words that are not verbs, or whose "that" is not a report ("something that", "meaning that"). */
const NOT_VERB_ING =
  /(?:thing|^during|^evening|^morning|^being|^meaning|^including|^regarding|^following|^concerning)$/;

/**
 * True when the token after "that" starts a clause ("that he", "that the plan", "that Ruiz"), not a noun
 * after a demonstrative ("used that fact", "that day") or a verb after a relative ("polling that showed").
 */
function opensClause(token: Token | undefined): boolean {
  if (!token) return false;
  if (token.kind === 'quote' || token.kind === 'number' || isCapitalised(token)) return true;
  if (token.kind !== 'word') return false;
  const word = bareWord(token);
  return (
    SOURCE_PRONOUNS.has(word) || DETERMINERS.has(word) || CLAUSE_OPENERS.has(word) || isPossessive(token)
  );
}
const CLAUSE_OPENERS = new Set([
  'there',
  'if',
  'when',
  'while',
  'because',
  'only',
  'not',
  'even',
  'no',
  'some',
  'many',
  'most',
  'all',
  'every',
  'more',
  'voters',
  'people',
]);

/* Prepositions before a participle cue whose source is the clause's subject: "by saying", "while noting". */
const PARTICIPLE_PREPOSITIONS = new Set(['by', 'while', 'after', 'before', 'without', 'in']);

/* Prepositions of a phrase after a plural subject: "polls in Iowa show", "officials on the island say". */
const SUBJECT_PHRASE_PREPOSITIONS = new Set(['in', 'of', 'from', 'on', 'at', 'across', 'within', 'around']);
/* Words ending in -s that are not plural nouns. */
const NOT_PLURALS = new Set([
  'his',
  'this',
  'its',
  'was',
  'has',
  'is',
  'does',
  'yes',
  'less',
  'unless',
  'thus',
]);
/* How far back the head of "polls in New Hampshire show" may be. */
const MAX_SUBJECT_PHRASE_TOKENS = 6;

/** True when a plural noun and a short prepositional phrase stand before a present-tense cue. */
function pluralBeforePhrase(doc: Document, index: number): boolean {
  for (let back = index - 2; back >= 1 && back >= index - MAX_SUBJECT_PHRASE_TOKENS; back--) {
    const token = doc.tokens[back];
    if (!token || token.kind === 'punct' || token.kind === 'quote') return false;
    if (!SUBJECT_PHRASE_PREPOSITIONS.has(bareWord(token))) continue;
    const head = doc.tokens[back - 1];
    const headWord = bareWord(head);
    return (
      head?.kind === 'word' &&
      /[^s]s$/.test(headWord) &&
      !SUBJECT_STOPS.has(headWord) &&
      !NOT_PLURALS.has(headWord)
    );
  }
  return false;
}

/* How far the quoted name may follow a naming verb: "called the mayor’s new housing plan “a scam”". */
const MAX_NAMED_OBJECT_TOKENS = 6;

/**
 * True when a naming verb has an object followed by a quotation: "called the plan “a disgrace”", not
 * "a group called “Open Ports”" (no object: a name, not an evaluation).
 */
function namesWithQuote(doc: Document, index: number): boolean {
  const first = doc.tokens[index + 1];
  if (!first || first.kind !== 'word') return false;
  for (let scan = index + 2; scan <= index + 1 + MAX_NAMED_OBJECT_TOKENS; scan++) {
    const token = doc.tokens[scan];
    if (!token) return false;
    if (token.kind === 'quote') return true;
    if (token.kind === 'punct' && token.text !== '’') return false;
  }
  return false;
}

/* How far a trailing ", the Daily Beacon reported." may run after its comma. */
const TRAILING_CUE_TOKENS = 8;

/** True when tokens from `from` hold a cue that ends the sentence: ", the Daily Beacon reported." */
function trailingCue(doc: Document, from: number, end: number): boolean {
  for (let index = from; index < end && index < from + TRAILING_CUE_TOKENS; index++) {
    const token = doc.tokens[index];
    if (!token || token.text === ',' || token.kind === 'quote') return false;
    if (isCue(doc, index)) {
      const next = doc.tokens[index + 1];
      // ", the Beacon reported that ...": a new report with its own subject also ends the clause before it.
      return (
        index + 1 >= end ||
        next?.text === '.' ||
        next?.text === ',' ||
        (bareWord(next) === 'that' && CUE_VERBS.has(bareWord(token)) && index > from)
      );
    }
  }
  return false;
}

const TIME_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'tonight',
  'earlier',
  'later',
  'recently',
  'previously',
  'again',
  'repeatedly',
  'publicly',
  'privately',
  'then',
  'once',
  'morning',
  'afternoon',
  'evening',
  'night',
  'week',
  'month',
  'year',
  'weekend',
  'last',
  'this',
  'next',
  'also',
  'too',
  'flatly',
  'bluntly',
  'frankly',
  'simply',
  'openly',
  'separately',
  'afterward',
  'afterwards',
]);
/* Adjunct phrases after a cue ("on Twitter Thursday", "in a statement") are at most this long. */
const MAX_ADJUNCT_TOKENS = 7;

/**
 * Skips time words and short prepositional phrases right after a cue ("said on Friday that", "said in a
 * statement Tuesday the plan") when a reported clause follows them; otherwise returns `from` unchanged.
 * "to" counts as a preposition only after speech verbs ("said to reporters"), not stance verbs ("sought to").
 */
function skipAdjuncts(doc: Document, from: number, end: number, speech: boolean): number {
  const tokens = doc.tokens;
  const aside = thatAfterAside(doc, from, end);
  if (aside > from) return aside;
  let index = from;
  while (index < end && index - from <= MAX_ADJUNCT_TOKENS) {
    const token = tokens[index];
    const word = bareWord(token);
    if (token?.kind === 'word' && TIME_WORDS.has(word)) {
      index++;
      continue;
    }
    if (
      token?.kind === 'word' &&
      (CONTEXT_PREPOSITIONS.has(word) || word === 'of' || word === 'about' || (speech && word === 'to')) &&
      index - from < MAX_ADJUNCT_TOKENS
    ) {
      let scan = index + 1;
      while (scan < end && scan - index <= 5) {
        const inner = tokens[scan];
        const innerWord = bareWord(inner);
        if (
          inner?.kind !== 'word' ||
          innerWord === 'that' ||
          (SOURCE_PRONOUNS.has(innerWord) && innerWord !== 'this' && innerWord !== 'one')
        )
          break;
        scan++;
        if (CONTEXT_NOUNS.has(innerWord) || isCapitalised(inner) || TIME_WORDS.has(innerWord)) break;
      }
      index = scan;
      continue;
    }
    break;
  }
  if (index === from) return thatAfterPhrase(doc, from, end);
  // "said on his official Twitter feed that ...": the phrase ran past its head; "that" is a few words on.
  for (let ahead = index; ahead < end && ahead < index + 3; ahead++) {
    const word = bareWord(tokens[ahead]);
    if (word === 'that') {
      index = ahead;
      break;
    }
    if (tokens[ahead]?.kind !== 'word') break;
  }
  const next = tokens[index];
  const nextWord = bareWord(next);
  const opensClause =
    nextWord === 'that' ||
    next?.text === ':' ||
    next?.kind === 'quote' ||
    (next?.text === ',' && tokens[index + 1]?.kind === 'quote') ||
    (next?.kind === 'word' &&
      (SOURCE_PRONOUNS.has(nextWord) || DETERMINERS.has(nextWord) || isCapitalised(next)));
  return opensClause ? index : thatAfterPhrase(doc, from, end);
}

/* An aside between a cue and its "that" ("said, however, that") has at most this many tokens. */
const MAX_ASIDE_BEFORE_THAT_TOKENS = 8;
const ASIDE_MARKS = new Set([',', '—', '–']);

/**
 * "said, however, that ...", "said — on Twitter, as it happens — that ...": an aside between commas or
 * dashes right after the cue, then "that" opening a clause. Returns the index of "that", or `from`.
 */
function thatAfterAside(doc: Document, from: number, end: number): number {
  const tokens = doc.tokens;
  const mark = tokens[from]?.text ?? '';
  if (!ASIDE_MARKS.has(mark)) return from;
  const dash = mark !== ',';
  const last = Math.min(end - 2, from + MAX_ASIDE_BEFORE_THAT_TOKENS + 1);
  for (let index = from + 1; index <= last; index++) {
    const token = tokens[index];
    if (!token || token.kind === 'quote' || SAY_FORMS.has(bareWord(token))) return from;
    const closes = dash ? token.text === '—' || token.text === '–' : token.text === ',';
    if (!closes) continue;
    if (index === from + 1) return from;
    const that = tokens[index + 1];
    return bareWord(that) === 'that' && opensClause(tokens[index + 2]) ? index + 1 : from;
  }
  return from;
}

/** Verbs of saying that are the main verb of a sentence after a relative clause: "..., said". */
const FINITE_SAY_FORMS = new Set(['say', 'says', 'said', 'added', 'adds', 'wrote', 'writes']);

/**
 * True when the cue's source is a relative pronoun and the token at `index` is the main clause's verb of saying
 * after the relative clause's comma: in "Valk, who had asked for eight years, said the verdict showed that ...",
 * what follows "said" is Valk's, not the relative clause's "asked for".
 */
function endsRelativeClause(doc: Document, source: Range | null | undefined, index: number): boolean {
  if (!source || source.end - source.first !== 1) return false;
  if (!RELATIVES.has(bareWord(doc.tokens[source.first]))) return false;
  return FINITE_SAY_FORMS.has(bareWord(doc.tokens[index])) && doc.tokens[index - 1]?.text === ',';
}

/**
 * 6: words between a cue and the colon of its quotation that are only its object and setting ("blasted him from
 * the bench:", "responded, pointedly, with a smile:"); more are a clause of their own, said too.
 */
const COLON_LEAD_MAX_WORDS = 6;

/* A longer adjunct before "that" ("said in an interview with the Courier last week that") has at most this many words. */
const MAX_ADJUNCT_PHRASE_TOKENS = 12;
const ADJUNCT_OPENERS = new Set([...CONTEXT_PREPOSITIONS, 'with', 'to', 'during', 'for']);

/**
 * "said in an interview with the Courier last week that she ...", "wrote in his 1990 memoir that ...": a
 * prepositional phrase of words and numbers right after the cue, then "that" opening a clause. Returns the
 * index of "that", or `from` when there is none.
 */
function thatAfterPhrase(doc: Document, from: number, end: number): number {
  const tokens = doc.tokens;
  const first = tokens[from];
  if (first?.kind !== 'word' || !ADJUNCT_OPENERS.has(bareWord(first))) return from;
  const last = Math.min(end - 1, from + MAX_ADJUNCT_PHRASE_TOKENS);
  for (let index = from + 1; index < last; index++) {
    const token = tokens[index];
    if (token?.kind !== 'word' && token?.kind !== 'number') return from;
    const word = bareWord(token);
    if (word === 'that') return opensClause(tokens[index + 1]) ? index : from;
    if (RELATIVES.has(word) || word === 'and' || word === 'but') return from;
  }
  return from;
}

const OBJECT_PRONOUNS = new Set([
  'him',
  'her',
  'them',
  'me',
  'us',
  'reporters',
  'supporters',
  'voters',
  'lawmakers',
  'listeners',
  'viewers',
  'members',
  'officials',
  'donors',
  'students',
  'journalists',
  'colleagues',
  'allies',
  'aides',
  'delegates',
]);
const CLAUSE_SUBJECTS = new Set([
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'you',
  'there',
  'the',
  'his',
  'her',
  'their',
  'its',
  'this',
]);

/* Addressee verbs whose addressee may be left out, and the pronouns that then open their clause. */
const OPTIONAL_ADDRESSEE_VERBS = new Set(['warn', 'warns', 'warned', 'promise', 'promises', 'promised']);
const NOMINATIVES = new Set(['he', 'she', 'they', 'we', 'i']);

/** After "told" with no "that": skips the addressee ("the Daily Beacon", "reporters on Monday") to a clause. */
function clauseAfterAddressee(doc: Document, from: number, end: number): number {
  const tokens = doc.tokens;
  let index = from;
  const determiner = DETERMINERS.has(bareWord(tokens[index]));
  if (determiner) index++;
  if (isCapitalised(tokens[index])) {
    while (index < end && (isCapitalised(tokens[index]) || tokens[index]?.text === '.')) index++;
  } else if (OBJECT_PRONOUNS.has(bareWord(tokens[index]))) index++;
  else if (/^[a-z]{3,}s$/.test(tokens[index]?.text ?? '') && !NOT_VERBS.has(bareWord(tokens[index]))) index++;
  else if (determiner && tokens[index]?.kind === 'word') {
    // "told his audience they ...", "urged the party faithful to ...": a noun (and its modifier).
    index++;
    if (
      tokens[index]?.kind === 'word' &&
      !CLAUSE_SUBJECTS.has(bareWord(tokens[index])) &&
      bareWord(tokens[index]) !== 'to'
    )
      index++;
  } else return from;
  for (;;) {
    const word = bareWord(tokens[index]);
    if (index < end && TIME_WORDS.has(word)) index++;
    else if ((word === 'on' || word === 'in' || word === 'at') && TIME_WORDS.has(bareWord(tokens[index + 1])))
      index += 2;
    else break;
  }
  const next = tokens[index];
  if (index + 2 >= end || !next || next.kind !== 'word') return from;
  // "urged the council to reject the plan", "told Ruiz not to worry": the infinitive is the content.
  const infinitive = bareWord(next) === 'not' ? index + 1 : index;
  if (bareWord(tokens[infinitive]) === 'to' && tokens[infinitive + 1]?.kind === 'word') return index;
  // "asked voters whether they would return": an embedded question is the content.
  return CLAUSE_SUBJECTS.has(bareWord(next)) || isCapitalised(next) || QUESTION_WORDS.has(bareWord(next))
    ? index
    : from;
}

const QUESTION_WORDS = new Set([
  'whom',
  'whether',
  'if',
  'what',
  'how',
  'who',
  'why',
  'which',
  'where',
  'when',
  'about',
]);

/** "(When) asked (by X) whether ...,": the question as content, the asker as source. */
function askedQuestion(
  doc: Document,
  cue: number,
  first: number,
  end: number,
  inside: Int32Array,
): { source: Range | null; content: Range } | null {
  const tokens = doc.tokens;
  if (bareWord(tokens[cue]) !== 'asked') return null;
  const before = bareWord(tokens[cue - 1]);
  if (!(
    cue === first ||
    BE_FORMS.has(before) ||
    before === 'when' ||
    before === 'after' ||
    before === 'while' ||
    tokens[cue - 1]?.text === ','
  ))
    return null;
  let index = cue + 1;
  let source: Range | null = null;
  if (bareWord(tokens[index]) === 'by') {
    const start = index + 1;
    index = start;
    while (
      index < end &&
      index - start < MAX_SOURCE_TOKENS &&
      !QUESTION_WORDS.has(bareWord(tokens[index])) &&
      bareWord(tokens[index]) !== 'to' &&
      tokens[index]?.text !== ','
    )
      index++;
    if (index > start) source = { first: start, end: index };
  }
  if (!QUESTION_WORDS.has(bareWord(tokens[index]))) return null;
  let stop = index + 1;
  while (stop < end && !(tokens[stop]?.text === ',' && (inside[stop] ?? -1) < 0)) stop++;
  if (tokens[stop - 1]?.kind === 'quote' && tokens[stop - 2]?.text === ',') stop--;
  return stop > index + 1 ? { source, content: { first: index, end: stop } } : null;
}

/** Where the clause after a raising verb ends: the sentence end, a semicolon, or ", but ..." outside quotes. */
function raisedClauseEnd(doc: Document, from: number, end: number, inside: Int32Array): number {
  const tokens = doc.tokens;
  for (let index = from; index < end; index++) {
    const token = tokens[index];
    if ((inside[index] ?? -1) >= 0) continue;
    if (token?.text === ';') return index;
    if (token?.text === ',' && CLAUSE_BREAKS.has(bareWord(tokens[index + 1]))) return index;
  }
  return end;
}

/* Sentence openers besides prepositions that start an adjunct, not the subject. */
const SENTENCE_ADJUNCTS = new Set(['amid', 'despite', 'alongside', 'asked', 'speaking', 'later', 'earlier']);

/* Sentence-opening words that start an adjunct, not the subject ("For months, ...", "Last year, ..."). */
const ADJUNCT_LEADS = new Set([
  'for',
  'last',
  'more',
  'most',
  'here',
  'there',
  'outside',
  'inside',
  'like',
  'unlike',
  'with',
  'without',
  'among',
  'just',
  'even',
  'back',
  'from',
  'by',
  'until',
  'once',
  'within',
  'throughout',
]);

/**
 * "For months, Obama ...", "Ultimately, Ruiz ...", "Walking to the car, Ruiz ...": the sentence opens with an
 * adjunct word (an "-ly" adverb before its comma, an "-ing" participle before a lower-case word), not its
 * subject. ("Kelly, a senator," and "Manning said" stay subjects.)
 */
function opensAdjunct(tokens: readonly Token[], start: number): boolean {
  const token = tokens[start];
  if (token?.kind !== 'word' || !isCapitalised(token)) return false;
  const word = bareWord(token);
  if (ADJUNCT_LEADS.has(word)) return true;
  const next = tokens[start + 1];
  if (/^[a-z]{4,}ly$/.test(word)) return next?.text === ',';
  return /^[a-z]{4,}ing$/.test(word) && next?.kind === 'word' && !isCapitalised(next);
}

/** The subject at the start of a sentence: "Wilson", "the Wisconsin Republican", "Rep. Hank Johnson". */
function sentenceSubject(doc: Document, first: number, before: number, skipAdjunctWord = true): Range | null {
  const tokens = doc.tokens;
  // "BRELLIN (Corvel News Agency) — Mayor Ilsa Fenwick closed ...": where the story was filed is no subject.
  let start = afterDateline(tokens, first, before);
  while (start < before && (tokens[start]?.kind !== 'word' || DISCOURSE_OPENERS.has(bareWord(tokens[start]))))
    start++;
  // "On Tuesday, Gov. Ada Brown endorsed her, citing ...": a leading adjunct ends at its comma.
  const lead = bareWord(tokens[start]);
  const adjunctWord = skipAdjunctWord && opensAdjunct(tokens, start);
  if (
    CONTEXT_PREPOSITIONS.has(lead) ||
    LEADING_PREPOSITIONS.has(lead) ||
    SENTENCE_ADJUNCTS.has(lead) ||
    adjunctWord
  ) {
    let comma = start + 1;
    while (comma < before && comma - start <= MAX_SOURCE_TOKENS && tokens[comma]?.text !== ',') comma++;
    if (tokens[comma]?.text !== ',' || comma >= before)
      return adjunctWord ? sentenceSubject(doc, first, before, false) : null;
    start = comma + 1;
  }
  let end = start;
  while (end < before) {
    const token = tokens[end];
    if (!token) break;
    const word = bareWord(token);
    if (
      token.kind === 'word' &&
      (isCapitalised(token) || (end === start && (DETERMINERS.has(word) || SOURCE_PRONOUNS.has(word))))
    ) {
      end++;
      if (SOURCE_PRONOUNS.has(word) && end === start + 1 && !DETERMINERS.has(word)) break;
      continue;
    }
    if (token.text === '.' && isCapitalised(tokens[end + 1])) {
      end++;
      continue;
    }
    break;
  }
  if (end === start || (end === start + 1 && DETERMINERS.has(bareWord(tokens[start]))))
    // (With no name or pronoun after the adjunct, the opening word stands as before.)
    return adjunctWord ? sentenceSubject(doc, first, before, false) : null;
  return { first: start, end };
}

/* Conjunctions that open a subordinate clause before the main one ("While ..., the crowd ..."). */
const SUBORDINATORS = new Set([
  'while',
  'when',
  'as',
  'after',
  'before',
  'because',
  'if',
  'although',
  'though',
  'since',
  'once',
  'until',
  'whereas',
]);

/** True when the sentence opens with a subordinator and no comma stands between it and the cue. */
function inSubordinateOpening(doc: Document, first: number, cue: number): boolean {
  let start = first;
  while (start < cue && DISCOURSE_OPENERS.has(bareWord(doc.tokens[start]))) start++;
  if (!SUBORDINATORS.has(bareWord(doc.tokens[start]))) return false;
  for (let index = start + 1; index < cue; index++) if (doc.tokens[index]?.text === ',') return false;
  return true;
}

/* Adverbs between a passive auxiliary and its verb: "was first reported by", "were also opposed by". */
const PASSIVE_ADVERBS = new Set([
  'first',
  'also',
  'later',
  'initially',
  'originally',
  'previously',
  'widely',
]);

/**
 * For "-ed by" after a passive auxiliary or a comma ("was first reported by the Courier", "..., opposed by
 * the union, ..."), the index of the auxiliary or comma; -1 otherwise. 33 of 63 such lexicon verbs are gold
 * cues in PolNeAR train, every one with the agent as its source.
 */
function passiveAgent(doc: Document, index: number): number {
  const token = doc.tokens[index];
  if (!token || !token.text.endsWith('ed') || bareWord(doc.tokens[index + 1]) !== 'by') return -1;
  const agent = doc.tokens[index + 2];
  if (!agent || !(isCapitalised(agent) || DETERMINERS.has(bareWord(agent)))) return -1;
  let back = index - 1;
  while (
    back >= 0 &&
    (PASSIVE_ADVERBS.has(bareWord(doc.tokens[back])) || /ly$/.test(doc.tokens[back]?.text ?? ''))
  )
    back--;
  const before = doc.tokens[back];
  return before && (BE_FORMS.has(bareWord(before)) || before.text === ',') ? back : -1;
}

/* How long the opening of a sentence may be to stand as the subject of a cue after its comma. */
const MAX_OPENING_SUBJECT_TOKENS = 40;

/**
 * True when a that-clause, a subject pronoun, a colon or a quotation follows the cue (after its adjuncts:
 * "said after the vote that ..."): a reported clause, so the words after the cue are not an inverted source.
 */
function clauseFollows(doc: Document, after: number, end: number): boolean {
  const next = doc.tokens[skipAdjuncts(doc, after, end, true)];
  const word = bareWord(next);
  if (word === 'that' || NOMINATIVES.has(word) || next?.text === ':' || next?.kind === 'quote') return true;
  if (finiteVerbFollows(doc, after, end)) return true;
  // "told reporters that ...": an addressee before the clause.
  if (!ADDRESSEE_VERBS.has(bareWord(doc.tokens[after - 1]))) return false;
  for (let index = after; index < end && index < after + MAX_ADDRESSEE_TOKENS; index++) {
    const token = doc.tokens[index];
    if (bareWord(token) === 'that' || token?.text === ':') return true;
    if (token?.kind !== 'word') return false;
  }
  return false;
}
/* How many tokens a dateline may take before its dash ("PORT ALDER, Veland (MPA) —"). */
const MAX_DATELINE_TOKENS = 12;

/**
 * The first token after a dateline that opens the sentence ("LORRAN —", "PORT ALDER, Veland (MPA) —"), or `first`
 * when there is none: where the lead's words start, so that a report's content does not carry where it was filed.
 */
function afterDateline(tokens: readonly Token[], first: number, end: number): number {
  let index = first;
  let capitals = 0;
  while (index < end && index - first < MAX_DATELINE_TOKENS) {
    const token = tokens[index];
    if (!token) return first;
    if (token.text === '—' || token.text === '–' || token.text === '--')
      return capitals > 0 && index + 1 < end ? index + 1 : first;
    const allCaps = token.kind === 'word' && token.text.length > 1 && token.text === token.text.toUpperCase();
    // After the place in capitals: a region ("Veland") and an agency in parentheses ("(MPA)").
    const allowed =
      allCaps ||
      (capitals > 0 &&
        (token.text === ',' || token.text === '(' || token.text === ')' || isCapitalised(token)));
    if (!allowed) return first;
    if (allCaps && index === first + capitals) capitals++;
    index++;
  }
  return first;
}

/* Auxiliaries that make the words after a cue a clause: "said the tolls would stay", not "said the mayor". */
const FINITE_AUXILIARIES = new Set([...MODAL_VERBS, 'had', 'has', 'have', 'was', 'were', 'is', 'are']);
/* How many words a clause's subject may take before its auxiliary ("said the new toll plan would"). */
const MAX_CLAUSE_SUBJECT_TOKENS = 6;

/**
 * True when a subject and an auxiliary follow the cue with no punctuation or relative word between them
 * ("said the tolls would stay"): a reported clause without "that", not an inverted source.
 */
function finiteVerbFollows(doc: Document, after: number, end: number): boolean {
  for (let index = after; index < end && index <= after + MAX_CLAUSE_SUBJECT_TOKENS; index++) {
    const token = doc.tokens[index];
    if (token?.kind !== 'word' || RELATIVES.has(bareWord(token))) return false;
    if (index > after && FINITE_AUXILIARIES.has(token.text)) return true;
  }
  return false;
}

/* Conjunctions that may open a new attribution inside a reported clause ("..., and Ruiz said ..."). */
const NEW_REPORT_JOINERS = new Set([
  'and',
  'but',
  'while',
  'as',
  'because',
  'when',
  'after',
  'though',
  'although',
]);
/* How many capitalised words a name subject may take ("Gov. Ana Ruiz"). */
const MAX_NEW_REPORT_NAME_TOKENS = 4;

/**
 * True when the tokens from `from` open a new attribution with its own subject and cue: an optional
 * conjunction, a nominative or relative pronoun or a capitalised name (after "the" too), auxiliaries or
 * adverbs, and a cue ("..., but Ruiz has also argued", "; she said"). A reported clause ends before such an
 * attribution. The scan is bounded: a joiner, at most four name words, the auxiliaries, one cue test.
 */
function newReportFollows(doc: Document, from: number, end: number): boolean {
  const tokens = doc.tokens;
  let index = from;
  if (NEW_REPORT_JOINERS.has(bareWord(tokens[index]))) index++;
  const first = index;
  // ("..., Ruiz, who argued that ...": a relative pronoun heads its own report.)
  const subject = bareWord(tokens[index]);
  if (NOMINATIVES.has(subject) || subject === 'who') index++;
  else {
    // ("the Harbor Authority warned": a name with its article.)
    if (bareWord(tokens[index]) === 'the' && isCapitalised(tokens[index + 1])) index++;
    while (
      index < end &&
      index < first + MAX_NEW_REPORT_NAME_TOKENS &&
      tokens[index]?.kind === 'word' &&
      isCapitalised(tokens[index])
    )
      index++;
  }
  if (index === first) return false;
  while (index < end && CUE_AUXILIARIES.has(bareWord(tokens[index]))) index++;
  return index < end && isCue(doc, index);
}

/* How many words an addressee may take before its that-clause ("told the Daily Beacon on Monday that"). */
const MAX_ADDRESSEE_TOKENS = 8;

/**
 * "The official, who spoke on the condition of anonymity, said that ...", "Sen. Ann Lee (D-Ore.), said
 * after the vote that ...": the whole opening of the sentence up to the comma before the cue, when no shorter
 * subject was found. PolNeAR marks the description with the name. The opening must start like a noun phrase
 * (a name or a determiner) and hold no quotation and no second clause (", and ...").
 */
function openingSubject(doc: Document, first: number, comma: number): Range | null {
  const tokens = doc.tokens;
  let start = first;
  while (start < comma && (tokens[start]?.kind !== 'word' || DISCOURSE_OPENERS.has(bareWord(tokens[start]))))
    start++;
  const lead = tokens[start];
  const leadWord = bareWord(lead);
  if (!lead || (!isCapitalised(lead) && !DETERMINERS.has(leadWord))) return null;
  if (
    CONTEXT_PREPOSITIONS.has(leadWord) ||
    LEADING_PREPOSITIONS.has(leadWord) ||
    SUBJECT_STOPS.has(leadWord) ||
    SENTENCE_ADJUNCTS.has(leadWord) ||
    comma - start > MAX_OPENING_SUBJECT_TOKENS ||
    comma - start < 1
  )
    return null;
  let lastComma = -1;
  for (let index = start; index < comma; index++) {
    const token = tokens[index];
    if (!token || token.kind === 'quote' || token.text === ';') return null;
    if (token.text === ',' && CLAUSE_JOINERS.has(bareWord(tokens[index + 1]))) return null;
    if (token.text === ',') lastComma = index;
  }
  // "The ministry, for instance, said": a discourse aside before the cue is not part of the subject.
  if (lastComma > start) {
    const aside = [];
    for (let index = lastComma + 1; index < comma; index++) aside.push(bareWord(tokens[index]));
    if (DISCOURSE_ASIDES.has(aside.join(' '))) return { first: start, end: lastComma };
  }
  return { first: start, end: comma };
}

/* The first conjunct of a coordinated subject has at most this many tokens. */
const MAX_CONJUNCT_TOKENS = 8;
const CONJUNCT_OPENERS = new Set([...DETERMINERS, 'our', 'my', 'your', 'other']);

/**
 * `source` extended over a first conjunct that opens the sentence: "[Her advisers and] allies", "[Senator
 * Voss, Mayor Ruiz and] other officials". The conjunct is nouns only: an opening determiner or possessive,
 * then words that are no stop word, determiner, pronoun, "-ed" verb or cue ("39 percent blame his supporters
 * and 22 percent say" keeps "22 percent").
 */
function coordinatedSubject(doc: Document, source: Range, sentenceFirst: number): Range {
  const tokens = doc.tokens;
  const and = source.first - 1;
  if (bareWord(tokens[and]) !== 'and') return source;
  let start = sentenceFirst;
  while (start < and && (tokens[start]?.kind !== 'word' || DISCOURSE_OPENERS.has(bareWord(tokens[start]))))
    start++;
  if (start >= and || and - start > MAX_CONJUNCT_TOKENS) return source;
  for (let index = start; index < and; index++) {
    const token = tokens[index];
    const word = bareWord(token);
    // (Commas of a list: "Voss, Ruiz and other officials".)
    if (token?.text === ',' && index > start && index + 1 < and) continue;
    if (token?.text === '.' && isCapitalised(tokens[index - 1])) continue;
    if (token?.kind !== 'word') return source;
    if (index === start && (CONJUNCT_OPENERS.has(word) || isCapitalised(token))) continue;
    if (
      SUBJECT_STOPS.has(word) ||
      DETERMINERS.has(word) ||
      SOURCE_PRONOUNS.has(word) ||
      CONJUNCT_OPENERS.has(word) ||
      (/ed$/.test(word) && !isCapitalised(token)) ||
      isCue(doc, index)
    )
      return source;
  }
  return { first: start, end: source.end };
}

/* An adjective or participle and its preposition that tie a source to what it knows ("close to"). */
const RELATION_PHRASES = new Set([
  'close to',
  'closest to',
  'privy to',
  'loyal to',
  'sympathetic to',
  'connected to',
  'tied to',
  'linked to',
  'allied with',
  'aligned with',
  'involved in',
  'involved with',
  'briefed on',
  'briefed about',
  'knowledgeable about',
  'informed about',
  'working on',
  'working for',
]);

/* Marks that may open a source span's tokens but are no part of its noun phrase. */
const LEADING_MARKS = new Set(['-', '—', '–', '•', '*', ',', ':', "'", '’', '‘']);

/* Comma-enclosed discourse asides between a subject and its verb ("The ministry, however, said"). */
const DISCOURSE_ASIDES = new Set([
  'however',
  'meanwhile',
  'instead',
  'too',
  'though',
  'also',
  'indeed',
  'moreover',
  'likewise',
  'similarly',
  'nonetheless',
  'nevertheless',
  'still',
  'then',
  'for instance',
  'for example',
  'for their part',
  'for his part',
  'for her part',
  'for its part',
  'in fact',
  'in turn',
  'in contrast',
  'by contrast',
  'in particular',
  'of course',
  'after all',
  'in short',
  'on the other hand',
]);
const CLAUSE_JOINERS = new Set(['and', 'but', 'or', 'so', 'yet', 'while', 'although', 'though', 'because']);

/* A headline speaker before a colon is a short name: "Cruz", "Bill Clinton", "NY Daily News". */
const MAX_HEADLINE_SPEAKER_TOKENS = 4;

/** The colon token of "Name: claim" at the start of a sentence, or -1. */
function headlineColon(doc: Document, first: number, end: number): number {
  for (let index = first; index < end && index - first <= MAX_HEADLINE_SPEAKER_TOKENS; index++) {
    const token = doc.tokens[index];
    if (!token) return -1;
    if (token.text === ':') return index > first && index + 2 < end ? index : -1;
    if (!isCapitalised(token) && token.text !== '.') return -1;
    // "The Latest: ...", "Breaking: ...", "Exclusive: ...": a rubric, not a speaker.
    if (HEADLINE_RUBRICS.has(bareWord(token))) return -1;
  }
  return -1;
}

/* Words of headline rubrics before a colon ("The Latest:", "Breaking:", "Wow:"). ("Poll:" stays a source.) */
const HEADLINE_RUBRICS = new Set([
  'latest',
  'breaking',
  'exclusive',
  'revealed',
  'watch',
  'video',
  'photos',
  'update',
  'analysis',
  'opinion',
  'byline',
  'wow',
  'live',
  'factcheck',
]);

/*
 * Adverbs and modals right before a cue that PolNeAR marks as part of it ("Ruiz now says", "Lee still believes",
 * "voters can tell": train, 75 of 77 predicted cues after one of them had it in the gold cue).
 */
const CUE_ADVERBS = new Set([
  'often',
  'still',
  'now',
  'just',
  'even',
  'only',
  'always',
  'usually',
  'sometimes',
  'can',
  'should',
  'must',
  'shall',
]);

/* Two-word adverbials that can sit between a subject and its cue; their last word heads no noun phrase. */
const ADVERBIAL_PAIRS = new Set([
  'so far',
  'thus far',
  'by far',
  'as yet',
  'at least',
  'at most',
  'at last',
  'at first',
  'at once',
  'in turn',
  'in part',
  'for now',
  'of course',
]);

/* Adverbs between a subject and its cue that belong to neither: "Ruiz often says", "Lee still believes". */
const SUBJECT_ADVERBS = new Set([
  'often',
  'still',
  'however',
  'never',
  'always',
  'now',
  'usually',
  'sometimes',
  'even',
  'clearly',
  'apparently',
  'reportedly',
  'privately',
  'publicly',
  'both',
  'all',
  'only',
  'lately',
  'just',
]);

/* Works whose author follows "by" inside a subject: "a study by the institute found" (PolNeAR marks the whole). */
const AUTHORED_NOUNS = new Set([
  'study',
  'studies',
  'poll',
  'polls',
  'survey',
  'surveys',
  'report',
  'reports',
  'review',
  'analysis',
  'examination',
  'investigation',
  'audit',
  'statement',
  'story',
  'memo',
  'letter',
  'paper',
  'research',
]);
/* Participles that put an author after "by" inside a subject: "a poll conducted by Keel Research showed". */
const AUTHORING_PARTICIPLES = new Set([
  'conducted',
  'commissioned',
  'released',
  'published',
  'issued',
  'sponsored',
  'written',
  'prepared',
  'compiled',
  'led',
  'run',
]);

/* Prepositions that attach to the noun before them inside a subject ("people familiar with ..."). */
const NOUN_PREPOSITIONS = new Set(['of', 'with', 'for', 'from', 'at']);
/** Nouns for a person that are not titles or roles: "a witness said", "one woman told". */
const PEOPLE_NOUNS = new Set([
  'man',
  'woman',
  'witness',
  'driver',
  'neighbour',
  'neighbor',
  'source',
  'person',
]);
/** Words that end the head of a description and tie it to someone else: "a spokesman for the ministry". */
const DESCRIPTION_ENDS = new Set([
  ...NOUN_PREPOSITIONS,
  'in',
  'on',
  'to',
  'who',
  'close',
  'familiar',
  'involved',
]);

/**
 * True when an indefinite description ("A top American diplomat") has a person noun for its head and nothing
 * after it, so it can stand for the next person quoted. "a change the federation" (a relative clause, "a change
 * [that] the federation says ...") does not, nor does "a spokeswoman for the fire service": someone speaking for
 * a body is rarely the next person the article names.
 */
function describesPerson(tokens: readonly Token[], source: Range): boolean {
  let head = '';
  for (let index = source.first + 1; index < source.end; index++) {
    const word = bareWord(tokens[index]);
    if (DESCRIPTION_ENDS.has(word)) return false;
    head = word;
  }
  // "One has gone home, a hospital spokeswoman said": a spokesperson speaks for a body and, unnamed there, is
  // rarely the next person the article names (who is more often the other side of the story).
  if (SPOKES_NOUNS.has(head)) return false;
  // "a source said", "a witness told": the outlet keeps them unnamed on purpose; the next person quoted is
  // someone else (in ECB+ and BASIL "a police source" went to the police commissioner quoted next).
  if (ANONYMOUS_NOUNS.has(head)) return false;
  return ROLE_NOUNS.has(head) || EPITHETS.has(head) || PEOPLE_NOUNS.has(head);
}

/** A tabloid's name for someone by what they do: "penny-pincher", "pen-pusher", "rule-breaker", "tree-hugger". */
const AGENT_COMPOUND = /^\p{Ll}+-\p{Ll}+(?:er|or|ist)$/u;

/**
 * The end (exclusive token index) of a definite description that the text shows to be a person although its
 * head is on no list: the head is an agent compound ("The shamed penny-pincher grovelled"), or an age stands
 * in commas right after it ("The tearful skipper, 47, said"), which only a person has. -1 otherwise. Such a
 * description names no office someone else could hold: like an epithet, it stands for the story's protagonist.
 */
function personShapedDescription(tokens: readonly Token[], source: Range): number {
  if (bareWord(tokens[source.first]) !== 'the') return -1;
  let end = source.first + 1;
  while (end < source.end && tokens[end]?.kind === 'word' && !DESCRIPTION_ENDS.has(bareWord(tokens[end])))
    end++;
  const head = tokens[end - 1];
  if (end === source.first + 1 || head === undefined || isCapitalised(head)) return -1;
  if (AGENT_COMPOUND.test(head.text)) return end;
  const aged =
    tokens[end]?.text === ',' &&
    tokens[end + 1]?.kind === 'number' &&
    /^\d{1,3}$/.test(tokens[end + 1]?.text ?? '') &&
    tokens[end + 2]?.text === ',';
  return aged ? end : -1;
}

/** Paragraphs (from 0) of the lede, where a description may stand for the person the article names next. */
const LEDE_PARAGRAPHS = 1;
/** Sentences of the lede, for the same reason. */
const LEDE_SENTENCES = 3;
/** People a report describes so as not to name them. */
const ANONYMOUS_NOUNS = new Set(['source', 'sources', 'witness', 'witnesses', 'insider', 'bystander']);
/** Words that make a different office of a title: a vice president is not "the president". */
const RANK_WORDS = new Set(['vice', 'deputy', 'assistant', 'associate', 'under']);
/** Articles that introduce someone new: "a friend of the singer" is not a person already named. */
const INDEFINITES = new Set(['a', 'an', 'one', 'another']);

/**
 * The head noun of a description or label and the rank words before it: "the 28-year-old singer’s manager"
 * has head "manager" (a possessive word modifies, it is not the head), "a friend of the singer" has "friend"
 * (the phrase after a preposition is someone else), "Vice President" has "president" with rank "vice".
 */
function descriptionHead(words: readonly string[]): { head: string; ranks: string } {
  let head = '';
  const ranks: string[] = [];
  for (const word of words) {
    if (DESCRIPTION_ENDS.has(word) || word === ',') break;
    if (/['’]s$/.test(word) || word === '’' || word === "'") {
      head = '';
      ranks.length = 0;
      continue;
    }
    if (RANK_WORDS.has(word)) ranks.push(word);
    head = word;
  }
  return { head, ranks: ranks.sort().join(' ') };
}

const SPOKES_NOUNS = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** True when the name ending before token `end` is a possessive ("Vantor Pictures’", "Ruiz's") before a name. */
function possessesName(tokens: readonly Token[], end: number): boolean {
  const last = tokens[end - 1];
  const next = tokens[end];
  if (isPossessive(last)) return isCapitalised(next);
  return (
    (next?.text === '’' || next?.text === "'") && next.start === last?.end && isCapitalised(tokens[end + 1])
  );
}

/**
 * True when the name starting at `mentionStart` follows a role and "for" or "of" inside the source ("a
 * spokeswoman for Senator Okafor", "a lawyer for Ruiz"), so it names whom the speaker works for.
 */
function servedByRole(tokens: readonly Token[], source: Range, mentionStart: number): boolean {
  let index = source.first;
  while (index < source.end && (tokens[index]?.start ?? 0) < mentionStart) index++;
  // Titles before the name ("for Vice President Pence", "for Mr. Ruiz") sit between the preposition and it.
  let before = index - 1;
  const skippable = (word: string): boolean => TITLE_WORDS.has(word) || word === 'the' || word === '';
  while (before > source.first && skippable(bareWord(tokens[before]))) before--;
  const preposition = bareWord(tokens[before]);
  if (preposition !== 'for' && preposition !== 'of') return false;
  const word = bareWord(tokens[before - 1]);
  return SPOKES_NOUNS.has(word) || (ROLE_NOUNS.has(word) && !ORG_HEADS.has(word));
}

const LOCATIVE_PREPOSITIONS = new Set(['in', 'on', 'to']);
/*
 * Prepositions of place and time whose object may end a clause before "and <name> said": "fell in March and Ruiz
 * said". Not "by", "for", "of" or "with": "a poll by The Post and ABC News found" is one source.
 */
const OBJECT_PREPOSITIONS = new Set(['in', 'on', 'at', 'into', 'near', 'until', 'during']);

/**
 * The start of a coordinated source whose first conjunct is the object of a preposition before it: in "sales fell
 * in March and Ada Ruiz said", "March" ends the clause before "and", so the source is "Ada Ruiz". `first` is where
 * the walk back stopped; the token before it is the preposition.
 */
function afterPrepositionObject(tokens: readonly Token[], first: number, before: number): number {
  // ("the Institute for Peace in Europe and ...": a preposition inside a name is no clause's.)
  if (!OBJECT_PREPOSITIONS.has(bareWord(tokens[first - 1])) || isCapitalised(tokens[first - 2])) return first;
  for (let index = first + 1; index < before - 1; index++)
    if (bareWord(tokens[index]) === 'and' && isCapitalised(tokens[index + 1])) return index + 1;
  return first;
}
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself']);

/**
 * True when the name ending at `mentionEnd` modifies a noun after it inside the source ("Ruiz’s spokesman",
 * "a Ruiz campaign volunteer", "Ruiz aides"), so the speaker is that noun's referent, not the person named.
 */
function modifiesNoun(tokens: readonly Token[], source: Range, mentionEnd: number): boolean {
  let index = source.first;
  while (index < source.end && (tokens[index]?.end ?? 0) <= mentionEnd) index++;
  const next = tokens[index];
  // "Ruiz's" is one token whose end lies past the name's.
  if (next && next.start < mentionEnd) return isPossessive(next) && index + 1 < source.end;
  if (index >= source.end || next?.kind !== 'word' || isCapitalised(next)) return false;
  if (isPossessive(next) || next.text === '’' || next.text === "'") return index + 1 < source.end;
  const word = bareWord(next);
  const singular = word.endsWith('s') ? word.slice(0, -1) : word;
  return [word, singular].some(
    (form) =>
      ROLE_NOUNS.has(form) ||
      PEOPLE_NOUNS.has(form) ||
      MEMBER_NOUNS.has(form) ||
      ORG_HEADS.has(form) ||
      ORG_NOUNS.has(form),
  );
}

/** "voters", "aides", "officials", "spokesman": a noun a locative phrase can attach to in a subject. */
function pluralOrRole(word: string): boolean {
  return (/[^su]s$/.test(word) && !NOT_PLURALS.has(word)) || ROLE_NOUNS.has(word) || ORG_HEADS.has(word);
}
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/** Scans back from `before` for the subject noun phrase of a cue. */
/* Prepositions that open a quote's setting between its subject and its cue ("in an interview"). */
const SETTING_PREPOSITIONS = new Set(['in', 'at', 'during', 'on']);
const MAX_SETTING_TOKENS = 5;

/**
 * Where a setting phrase ending right before token `end` starts ("in an interview", "at a rally", "on his
 * radio show"): a preposition and a determiner or possessive, with a `CONTEXT_NOUNS` head last; -1 when none.
 */
function settingBefore(tokens: readonly Token[], end: number, floor: number): number {
  if (!CONTEXT_NOUNS.has(bareWord(tokens[end - 1]))) return -1;
  for (let index = end - 2; index > floor && index >= end - MAX_SETTING_TOKENS; index--) {
    const token = tokens[index];
    if (token?.kind !== 'word') return -1;
    if (SETTING_PREPOSITIONS.has(bareWord(token))) {
      const next = tokens[index + 1];
      const determined = DETERMINERS.has(bareWord(next)) || isPossessive(next);
      return determined && tokens[index - 1]?.kind === 'word' ? index : -1;
    }
  }
  return -1;
}

/* A pronoun with a contracted auxiliary: "He’s", "you’ve", "they're", "she'll". */
const CONTRACTED_PRONOUN = /^(\p{L}+)(['’](?:s|re|ve|ll|d))$/iu;
/* Participles that name a poll's sample after its subject ("those surveyed", "voters polled"). */
const POLL_PARTICIPLES = new Set(['surveyed', 'polled', 'questioned', 'interviewed', 'sampled']);
/* Prepositions that open a time adjunct before a subject written without its comma ("On Saturday Ruiz said"). */
const TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'by', 'since', 'until']);
const MONTH_NAMES: ReadonlySet<string> = new Set(MONTHS);
/* Words that name a time on their own at the start of a sentence ("Yesterday the mayor said"). */
const OPENING_TIMES: ReadonlySet<string> = new Set([
  ...TIME_UNITS,
  'today',
  'yesterday',
  'tonight',
  'earlier',
  'later',
  'recently',
  'afternoon',
]);
/* Determiners that make a time only before a time word ("last week"; "this Trump look-alike" is a subject). */
const TIME_DETERMINERS = new Set(['last', 'this', 'next']);

/**
 * Where the subject starts after an opening time adjunct with no comma: "On Saturday Ada Ruiz said", "Last
 * week the mayor said", "In March 2016 Ruiz told ..." (PolNeAR leaves the adjunct out of the source). `first`
 * when the phrase at `first` is no such adjunct or nothing would be left of the subject.
 */
function afterOpeningTime(tokens: readonly Token[], first: number, before: number): number {
  let index = TIME_PREPOSITIONS.has(bareWord(tokens[first])) ? first + 1 : first;
  const opened = index;
  while (index < before) {
    const token = tokens[index];
    const word = bareWord(token);
    // ("Last year’s winner said": a possessive time word modifies the subject.)
    if (isPossessive(token)) return first;
    // (A month or a year only after a preposition or another time word: "April Mellody said" is a name.)
    const dated = index > opened || opened > first;
    if (TIME_DETERMINERS.has(word)) {
      const unit = bareWord(tokens[index + 1]);
      if (!OPENING_TIMES.has(unit) && !MONTH_NAMES.has(unit)) break;
    } else if (!OPENING_TIMES.has(word) && !(dated && (MONTH_NAMES.has(word) || token?.kind === 'number')))
      break;
    index++;
  }
  if (index === opened || index >= before) return first;
  // (Only before a name, a pronoun or a determiner: "Monday night football fans said" keeps its words.)
  const next = tokens[index];
  const nextWord = bareWord(next);
  return isCapitalised(next) || SOURCE_PRONOUNS.has(nextWord) || DETERMINERS.has(nextWord) ? index : first;
}

function subjectBefore(doc: Document, cue: number, floor: number): Range | null {
  const tokens = doc.tokens;
  // "Sanders on Saturday criticized", "Trump earlier Tuesday said": time adjuncts sit between subject and cue.
  let before = cue;
  // "Ruiz for now has backed": the cue took the adverb ("now has backed"); its first word is not the subject's.
  if (
    cue - 1 > floor &&
    ADVERBIAL_PAIRS.has(`${bareWord(tokens[cue - 1])} ${bareWord(tokens[cue])}`) &&
    tokens[cue - 1]?.kind === 'word'
  )
    before = cue - 1;
  while (before > floor + 1) {
    const word = bareWord(tokens[before - 1]);
    // "Trump so far hasn't attacked", "the union in turn criticized": a two-word adverbial, not the subject.
    if (
      before - 2 > floor &&
      tokens[before - 1]?.kind === 'word' &&
      ADVERBIAL_PAIRS.has(`${bareWord(tokens[before - 2])} ${word}`)
    ) {
      before -= 2;
      continue;
    }
    if (
      tokens[before - 1]?.kind === 'word' &&
      (TIME_WORDS.has(word) || SUBJECT_ADVERBS.has(word)) &&
      !SOURCE_PRONOUNS.has(word) &&
      // ("A poll released Friday found": the time belongs to the participle in the subject.)
      !isDocumentParticiple(doc, before - 2)
    ) {
      before--;
      if (bareWord(tokens[before - 1]) === 'on') before--;
      continue;
    }
    // "Ruiz in an interview praised ...", "Lee at a rally criticized ...": the setting, not the subject.
    const setting = settingBefore(tokens, before, floor);
    if (setting >= 0) {
      before = setting;
      continue;
    }
    break;
  }
  if (before === floor) before = cue;
  const adjacent = tokens[before - 1];
  if (!adjacent) return null;
  const adjacentWord = bareWord(adjacent);
  // "Lee praised Ruiz and said ...": a coordinator right before the cue joins two verbs, not two subjects.
  if (adjacentWord === 'and' || adjacentWord === 'but' || adjacentWord === 'or') return null;
  if (adjacent.kind === 'word' && RELATIVES.has(adjacentWord)) return { first: before - 1, end: before };
  // "Ruiz herself said": the reflexive stresses the subject before it.
  if (REFLEXIVES.has(adjacentWord) && tokens[before - 2]?.kind === 'word') {
    const stressed = subjectBefore(doc, before - 1, floor);
    if (stressed) return { first: stressed.first, end: before };
  }
  if (adjacent.kind === 'word' && PERSON_PRONOUNS.has(adjacentWord))
    return { first: before - 1, end: before };
  let first = before;
  // "Rep. Ann Lee (D-Ore.) said": step over a short parenthetical right before the cue.
  if (adjacent.text === ')') {
    let open = before - 2;
    while (open > floor && open > before - 10 && tokens[open]?.text !== '(') open--;
    if (tokens[open]?.text === '(' && isCapitalised(tokens[open - 1])) first = open;
  }
  while (first > floor) {
    const token = tokens[first - 1];
    if (!token) break;
    const word = bareWord(token);
    // "Carson shared a syllabus ... said": a past-tense verb after a name is a clause, not the subject.
    if (
      token.kind === 'word' &&
      !isCapitalised(token) &&
      /[a-z]ed$/.test(token.text) &&
      (isCapitalised(tokens[first - 2]) || SOURCE_PRONOUNS.has(bareWord(tokens[first - 2]))) &&
      // ("People briefed on the talks": a participle that ties the subject to what it knows.)
      !RELATION_PHRASES.has(`${word} ${bareWord(tokens[first])}`) &&
      // ("Those surveyed say", "voters polled said": the poll's sample.)
      !POLL_PARTICIPLES.has(word)
    )
      break;
    if (
      token.kind === 'quote' ||
      (token.kind === 'punct' &&
        token.text !== '.' &&
        token.text !== '’' &&
        token.text !== "'" &&
        token.text !== '-' &&
        token.text !== '&' &&
        // "42% say"
        !(token.text === '%' && tokens[first - 2]?.kind === 'number') &&
        // "the Reuters/Ipsos poll"
        !(token.text === '/' && tokens[first - 2]?.kind === 'word'))
    )
      break;
    if (token.text === '.' && !isCapitalised(tokens[first - 2])) break;
    // "the special envoy on Venezuela Elliott Abrams": a preposition after a role noun stays in the subject.
    // "people familiar with the talks", "one of the former prosecutors for the state": a noun before the
    // preposition keeps the phrase in the subject.
    const nounBefore = tokens[first - 2];
    const nounBeforeWord = bareWord(nounBefore);
    const roleBefore =
      ((word === 'on' || word === 'for' || word === 'of' || word === 'at') &&
        ROLE_NOUNS.has(nounBeforeWord)) ||
      // "A study by the Marlow Institute found", "a poll conducted by Keel Research showed".
      (word === 'by' && (AUTHORED_NOUNS.has(nounBeforeWord) || AUTHORING_PARTICIPLES.has(nounBeforeWord))) ||
      // "Six in 10 voters", "aides to Clinton", "leaders on the left".
      (word === 'in' && (nounBefore?.kind === 'number' || NUMBER_WORDS.has(nounBeforeWord))) ||
      // "sources close to the campaign", "people briefed on the talks", "officials involved in the deal".
      RELATION_PHRASES.has(`${nounBeforeWord} ${word}`) ||
      // (After a plural or a role: "won in Iowa", "met on Monday" are a verb and its adjunct.)
      ((NOUN_PREPOSITIONS.has(word) || (LOCATIVE_PREPOSITIONS.has(word) && pluralOrRole(nounBeforeWord))) &&
        nounBefore?.kind === 'word' &&
        !SUBJECT_STOPS.has(nounBeforeWord) &&
        !DETERMINERS.has(nounBeforeWord) &&
        !/(?:ed|ing)$/.test(nounBeforeWord) &&
        !isCue(doc, first - 2));
    if (token.kind === 'word' && !isCapitalised(token) && SUBJECT_STOPS.has(word) && !roleBefore) {
      // "he and Brafman": keep "and" between two names or pronouns.
      const left = tokens[first - 2];
      const leftName = isCapitalised(left) && !TIME_WORDS.has(bareWord(left));
      if (!(word === 'and' && (leftName || SOURCE_PRONOUNS.has(bareWord(left))))) break;
    }
    first--;
    if (before - first > MAX_SOURCE_TOKENS * 2) break;
  }
  first = afterPrepositionObject(tokens, first, before);
  // "And former Rep. David Duke", "After Donald Trump": openers and prepositions are not the subject.
  while (
    first < before &&
    (DISCOURSE_OPENERS.has(bareWord(tokens[first])) || LEADING_PREPOSITIONS.has(bareWord(tokens[first])))
  )
    first++;
  first = afterOpeningTime(tokens, first, before);
  if (first >= before) return null;
  if (before - first > MAX_SOURCE_TOKENS) {
    // Too long for a subject: keep the trailing name or pronoun.
    let tail = before;
    while (tail > first && (isCapitalised(tokens[tail - 1]) || tokens[tail - 1]?.text === '.')) tail--;
    if (tail === before) {
      const last = bareWord(tokens[before - 1]);
      return SOURCE_PRONOUNS.has(last) ? { first: before - 1, end: before } : null;
    }
    return { first: tail, end: before };
  }
  return { first: withApproximator(tokens, first, floor), end: before };
}

/* Shares a poll reports ("half of voters", "4 in 10"), after which an approximator stays in the subject. */
const SHARE_WORDS = new Set([
  ...NUMBER_WORDS,
  'half',
  'third',
  'quarter',
  'two-thirds',
  'three-quarters',
  'majority',
]);
const APPROXIMATORS = new Set([
  'about',
  'nearly',
  'almost',
  'roughly',
  'approximately',
  'around',
  'only',
  'just',
]);
const COMPARATIVE_APPROXIMATORS = new Set(['more', 'less', 'fewer']);

/** `first` moved back over "about", "nearly", "more than", "only about" before a number or share. */
function withApproximator(tokens: readonly Token[], first: number, floor: number): number {
  const head = tokens[first];
  if (head?.kind !== 'number' && !SHARE_WORDS.has(bareWord(head))) return first;
  let start = first;
  while (start > floor) {
    const word = bareWord(tokens[start - 1]);
    if (tokens[start - 1]?.kind === 'word' && APPROXIMATORS.has(word)) start--;
    else if (
      word === 'than' &&
      start - 1 > floor &&
      COMPARATIVE_APPROXIMATORS.has(bareWord(tokens[start - 2]))
    )
      start -= 2;
    else if (word === 'least' && bareWord(tokens[start - 2]) === 'at' && start - 1 > floor) start -= 2;
    else break;
  }
  return start;
}

/* How long a dashed aside between a subject and its cue may be. */
const MAX_ASIDE_TOKENS = 30;

/** "Ruiz — a welder who runs the docks — said": the subject before the opening dash of the aside. */
function dashedSubject(doc: Document, dash: number, floor: number): Range | null {
  const closing = doc.tokens[dash]?.text;
  for (let index = dash - 1; index > floor && index > dash - MAX_ASIDE_TOKENS; index--) {
    const token = doc.tokens[index];
    if (!token || token.kind === 'quote') return null;
    if (token.text === closing) return subjectBefore(doc, index, floor);
  }
  return null;
}

/* Commas an appositive may hold: "Dean Ames, 55, a salesman from Dover, Delaware, said". */
const MAX_APPOSITIVE_COMMAS = 3;

/**
 * "Abrams, the ... envoy for Venezuela, said": the name before the appositive, with the appositive. An
 * appositive with commas of its own ("Ames, 55, a salesman from Dover, Delaware, said") is tried from its
 * nearest comma back; PolNeAR marks the whole description as the source.
 */
function apposedSubject(doc: Document, comma: number, floor: number): Range | null {
  const tokens = doc.tokens;
  let index = comma - 1;
  for (let commas = 0; commas < MAX_APPOSITIVE_COMMAS; commas++) {
    while (index > floor && index > comma - MAX_SOURCE_TOKENS * 2) {
      const token = tokens[index];
      if (!token || token.kind === 'quote') return null;
      if (token.text === ',') break;
      index--;
    }
    if (tokens[index]?.text !== ',') return null;
    const found = apposedAt(doc, index, comma, floor);
    if (found) return found;
    index--;
  }
  return null;
}

/** "the slipway keeper": a determiner then only lower-case words (no name, pronoun or number). */
function describedByCommonNouns(tokens: readonly Token[], name: Range): boolean {
  if (name.end - name.first < 2 || !DETERMINERS.has(bareWord(tokens[name.first]))) return false;
  for (let index = name.first + 1; index < name.end; index++) {
    const token = tokens[index];
    if (token?.kind !== 'word' || isCapitalised(token) || SUBJECT_STOPS.has(bareWord(token))) return false;
  }
  return !SOURCE_PRONOUNS.has(bareWord(tokens[name.end - 1]));
}

/* Party words in an appositive of origin ("Republican of Ohio"). */
const PARTY_WORDS = new Set(['republican', 'democrat', 'democratic', 'independent']);

/** True when a party and state tag in parentheses ends right before token `end`: "(R-OH)", "(D-N.Y.)". */
function partyTagBefore(tokens: readonly Token[], end: number): boolean {
  if (tokens[end - 1]?.text !== ')') return false;
  let open = end - 2;
  while (open > 0 && open > end - 8 && tokens[open]?.text !== '(') open--;
  return tokens[open]?.text === '(' && /^[RDI]-[A-Z]/.test(tokens[open + 1]?.text ?? '');
}

/** `apposedSubject` for one opening comma at `index`. */
function apposedAt(doc: Document, index: number, comma: number, floor: number): Range | null {
  const tokens = doc.tokens;
  const opener = bareWord(tokens[index + 1]);
  let hasRole = false;
  let allNames = true;
  for (let inner = index + 1; inner < comma; inner++) {
    const word = bareWord(tokens[inner]);
    if (ROLE_NOUNS.has(word)) hasRole = true;
    if (!isCapitalised(tokens[inner]) && tokens[inner]?.text !== '.') allNames = false;
  }
  const name = subjectBefore(doc, index, floor);
  if (!name) return null;
  // "A Twitter spokesman, Christopher Abboud, said": a role phrase, then the name in commas.
  if (allNames && ROLE_NOUNS.has(bareWord(tokens[name.end - 1]))) return { first: name.first, end: comma };
  // "the harbour master, Lena Orr, said": a determiner and lower-case nouns describe the person named next.
  if (allNames && describedByCommonNouns(tokens, name)) return { first: name.first, end: comma };
  // "Tina Tchen, Mrs. Obama's chief of staff, said", "Ali, 35, the daughter of ..., said".
  const apposition =
    DETERMINERS.has(opener) ||
    RELATIVES.has(opener) ||
    ROLE_NOUNS.has(opener) ||
    /^\p{N}/u.test(opener) ||
    // "Chris Collins, R-N.Y., said": a party and state tag.
    /^[RDI]-[A-Z]/.test(tokens[index + 1]?.text ?? '') ||
    // "Ms. Orr, of the Harbor Institute, said", "Representative Orr, Republican of Ohio, said".
    opener === 'of' ||
    // "Dunn, now a partner at ..., said", "Bush, Florida’s former governor, said".
    ((opener === 'now' || opener === 'then' || opener === 'formerly') &&
      (DETERMINERS.has(bareWord(tokens[index + 2])) || ROLE_NOUNS.has(bareWord(tokens[index + 2])))) ||
    (/['’]s$/.test(tokens[index + 1]?.text ?? '') && index + 2 < comma) ||
    (PARTY_WORDS.has(opener) && bareWord(tokens[index + 2]) === 'of') ||
    hasRole;
  let nameLast = name.end - 1;
  // "Rep. Zoe Lofgren (D-Calif.), who ...": the name ends before its parenthetical.
  if (tokens[nameLast]?.text === ')') {
    while (nameLast > name.first && tokens[nameLast]?.text !== '(') nameLast--;
    nameLast--;
  }
  if (!apposition || !isCapitalised(tokens[nameLast])) return null;
  return { first: name.first, end: comma };
}

/* Words that end no noun phrase: adverbs, prepositions, modals and auxiliaries left over from a cue. */
const NOT_HEADS = new Set([
  ...MODAL_VERBS,
  ...[...BE_FORMS].filter((form) => form !== "'s"),
  'cannot',
  'can',
  'had',
  'has',
  'have',
  'did',
  'does',
  'do',
  'not',
  'seem',
  'seems',
  'seemed',
  'far',
  'yet',
  'least',
  'once',
  'seldom',
  'rarely',
  'somehow',
  'nonetheless',
  'nevertheless',
  'already',
  'quite',
  'ever',
  'never',
  'also',
  'even',
  'just',
  'so',
  'like',
  'despite',
  'against',
  'upon',
  'with',
  'in',
  'on',
  'of',
  'for',
  'to',
  'from',
  'at',
  'by',
]);

/* Verbs of command: "ordered that ..." and "ordered crews to ..." report a directive. */
const ORDER_VERBS = new Set(['order', 'orders', 'ordered', 'ordering']);
/* Words a commanded state may be besides participles in -ed ("ordered the bridge shut"); not "a new oven". */
const STATE_WORDS = new Set([
  'shut',
  'open',
  'cut',
  'built',
  'rebuilt',
  'torn',
  'taken',
  'broken',
  'frozen',
  'hidden',
  'sold',
  'kept',
  'down',
  'off',
]);
/* Words that end the object noun phrase of an order before any state word. */
const OBJECT_STOPS = new Set([
  'to',
  'that',
  'of',
  'for',
  'from',
  'in',
  'on',
  'at',
  'with',
  'by',
  'into',
  'about',
]);
/* How long the object of "ordered X closed" may be. */
const MAX_ORDERED_OBJECT_TOKENS = 6;

/**
 * "ordered the bridge closed", "ordered the town evacuated": an object and the state it is to be put in, an
 * act and not a report of speech (PolNeAR marks "ordered that ..." and "ordered X to ..." as attributions).
 */
function orderedState(doc: Document, content: Range): boolean {
  const tokens = doc.tokens;
  const end = Math.min(content.end, content.first + MAX_ORDERED_OBJECT_TOKENS + 1);
  for (let index = content.first; index < end; index++) {
    const token = tokens[index];
    if (!token || (token.kind !== 'word' && token.text !== '’' && token.text !== "'")) return false;
    const word = bareWord(token);
    if (OBJECT_STOPS.has(word)) return false;
    if (index === content.first || isCapitalised(token)) continue;
    const previous = tokens[index - 1];
    if (!previous || previous.kind !== 'word' || DETERMINERS.has(bareWord(previous))) continue;
    if ((/^[a-z]{2,}[^e]ed$/.test(word) && word !== 'hundred') || STATE_WORDS.has(word)) return true;
  }
  return false;
}

const SHOW_FORMS = new Set(['show', 'shows', 'showed', 'shown', 'showing']);
/* Words that end an object noun phrase: prepositions and conjunctions of time ("no remorse as ...", "the plan on"). */
const OBJECT_PHRASE_ENDS = new Set([
  ...OBJECT_STOPS,
  'as',
  'when',
  'while',
  'after',
  'before',
  'during',
  'since',
  'until',
  'outside',
  'inside',
  'over',
  'and',
  'but',
]);
/* Past forms that a clause after "reported" often has and IRREGULAR_PAST leaves out ("the email came hours after"). */
const CLAUSE_VERBS = new Set(['came', 'went', 'made', 'got', 'did', 'won', 'became', 'left', 'knew', 'grew']);
/* Subject pronouns: after "showed" or "reported" they open a clause ("records show he backed ..."). */
const CLAUSE_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);

/**
 * True when a cue's content is only a noun phrase object, "no remorse as the verdict was read", "the plan on
 * Monday", and not a clause or a small clause: "that most residents ...", "he backed ...", "the mayor trailing
 * by six points", "fares would rise". Stops at the first preposition or conjunction of time.
 */
function isObjectPhrase(doc: Document, content: Range): boolean {
  const tokens = doc.tokens;
  const first = bareWord(tokens[content.first]);
  if (COMPLEMENT_OPENERS.has(first) || WH_OPENERS.has(first) || CLAUSE_PRONOUNS.has(first)) return false;
  for (let index = content.first; index < content.end; index++) {
    const token = tokens[index];
    if (!token) return false;
    if (token.kind !== 'word') return token.text === ',' || token.text === '.';
    const word = bareWord(token);
    if (index > content.first && OBJECT_PHRASE_ENDS.has(word)) return true;
    if (
      BE_FORMS.has(word) ||
      MODALS.has(word) ||
      FINITE_AUXILIARIES.has(word) ||
      (index > content.first && (isIrregularPast(word) || CLAUSE_VERBS.has(word)))
    )
      return false;
    // "the mayor trailing", "the race tied": a participle after the object's head is a small clause.
    const previous = bareWord(tokens[index - 1]);
    if (index > content.first && /^[a-z]{3,}(?:ing|ed)$/.test(token.text) && !DETERMINERS.has(previous))
      return false;
  }
  return true;
}

/**
 * True when a source's head names or stands for a person: the last word before any appositive comma is in a
 * person mention ("Former harbourmaster Ivo Brask, 61"), or the source is "he" or "she". "A poll by Keel Research,
 * conducted with Ana Ruiz" and "Ruiz's supporters" are headed by something else.
 */
function isPersonSource(doc: Document, entities: EntityIndex, source: Range): boolean {
  const tokens = doc.tokens;
  if (source.end - source.first === 1 && PERSON_PRONOUNS.has(bareWord(tokens[source.first]))) return true;
  let last = source.first;
  while (last + 1 < source.end && tokens[last + 1]?.text !== ',') last++;
  const head = tokens[last];
  if (!head || isPossessive(head)) return false;
  return entities.mentions.some(
    (mention) =>
      mention.start <= head.start &&
      head.end <= mention.end &&
      (mention.type === 'person' ||
        entities.entities.find((entity) => entity.id === mention.entity)?.type === 'person'),
  );
}

/** A noun phrase right after an inverted cue: "said Ana Ruiz", "said the minister". */
function subjectAfter(doc: Document, after: number, end: number): Range | null {
  const tokens = doc.tokens;
  const first = tokens[after];
  if (!first || first.kind !== 'word') return null;
  const word = bareWord(first);
  if (
    !isCapitalised(first) &&
    !DETERMINERS.has(word) &&
    !PERSON_PRONOUNS.has(word) &&
    !TITLE_WORDS.has(word) &&
    !QUANTIFIERS.has(word) &&
    !roleBeforeName(doc, after, end)
  )
    return null;
  if (word === 'that' || word === 'this') return null;
  // "urged him to wait", "told her": an object, not a speaker after the verb ("said he" is one; "said her
  // lawyer" opens on a possessive).
  if (word === 'him' || word === 'himself' || word === 'herself') return null;
  if (word === 'her' && (tokens[after + 1]?.kind !== 'word' || bareWord(tokens[after + 1]) === 'to'))
    return null;
  let index = after;
  while (index < end && index - after < MAX_SOURCE_TOKENS) {
    const token = tokens[index];
    if (!token || token.kind === 'quote') break;
    if (token.kind === 'punct' && token.text !== '.' && token.text !== '’' && token.text !== '-') break;
    if (token.text === '.' && (index + 1 >= end || !isCapitalised(tokens[index + 1]))) break;
    const lower = bareWord(token);
    if (
      index > after &&
      !isCapitalised(token) &&
      (SUBJECT_STOPS.has(lower) || CONTEXT_PREPOSITIONS.has(lower))
    )
      break;
    index++;
  }
  return index > after ? { first: after, end: index } : null;
}

/** Lower-case words at most this many before the role noun of an inverted source ("said fire service spokesman"). */
const ROLE_MODIFIERS_MAX = 3;

/**
 * True when lower-case words from `after` lead to a role noun right before a capitalised name ("said port chief
 * Lene Moss", "said fire service spokesman Tom Bell") or to a capitalised title ("said retired Gen. Tomas
 * Varga"). The modifiers are part of the source.
 */
function roleBeforeName(doc: Document, after: number, end: number): boolean {
  const tokens = doc.tokens;
  for (let index = after; index < end && index - after <= ROLE_MODIFIERS_MAX; index++) {
    const token = tokens[index];
    if (!token || token.kind !== 'word') return false;
    // "said retired Gen. Tomas Varga", "said embattled Sen. Ruiz": a modifier before a capitalised title.
    if (isCapitalised(token)) return index > after && TITLE_WORDS.has(bareWord(token));
    const word = bareWord(token);
    if (SUBJECT_STOPS.has(word) || CONTEXT_PREPOSITIONS.has(word) || DETERMINERS.has(word)) return false;
    if (namesPersonBeforeName(word) && isCapitalised(tokens[index + 1])) return true;
  }
  return false;
}

/* Family words written before a name in news copy ("said mum Ada Kell", "grandfather Ned Orme said"). */
const KIN_NOUNS = new Set([
  'mum',
  'mom',
  'dad',
  'gran',
  'granny',
  'grandad',
  'grandma',
  'grandpa',
  'grandmother',
  'grandfather',
]);

/**
 * A noun that can describe the person named right after it: a role or title ("port chief"), a person noun
 * ("pensioner", "neighbour", "mum"), or a compound on one ("mum-of-three", "father-of-two").
 */
function namesPersonBeforeName(word: string): boolean {
  const head = compoundHead(word);
  return (
    ROLE_NOUNS.has(head) ||
    TITLE_WORDS.has(head) ||
    MEMBER_NOUNS.has(head) ||
    PEOPLE_NOUNS.has(head) ||
    KIN_NOUNS.has(head)
  );
}

/* Words that open an appositive after a name: "said Ana Ruiz, a former aide", "said Ruiz, 44, who ...". */
const APPOSITIVE_OPENERS = new Set([
  'a',
  'an',
  'the',
  'who',
  'whose',
  'one',
  'another',
  'his',
  'her',
  'their',
]);

/**
 * The end of an appositive after an inverted source ("said Ana Ruiz, a senior adviser to the mayor."), or
 * `after` when none follows. PolNeAR and PARC mark the whole description as part of the source; it runs to
 * the sentence end, a quotation or a comma that opens an adjunct (", on Thursday", ", adding ...").
 */
function appositiveEnd(doc: Document, after: number, end: number): number {
  const tokens = doc.tokens;
  if (tokens[after]?.text !== ',') return after;
  const opener = tokens[after + 1];
  const openerWord = bareWord(opener);
  // "publisher of", "research and policy director at": a role noun within the first few words.
  let roleNear = false;
  for (let index = after + 1; index < end && index <= after + 4 && tokens[index]?.kind === 'word'; index++)
    if (ROLE_NOUNS.has(bareWord(tokens[index])) || TITLE_WORDS.has(bareWord(tokens[index]))) roleNear = true;
  if (
    !opener ||
    COMMON_WORDS_AFTER_NAME.has(openerWord) ||
    !(
      (opener.kind === 'word' && (APPOSITIVE_OPENERS.has(openerWord) || roleNear)) ||
      opener.kind === 'number' ||
      isCapitalised(opener)
    )
  )
    return after;
  let index = after + 1;
  while (index < end) {
    const token = tokens[index];
    if (!token || token.kind === 'quote') break;
    if (token.text === ',' || token.text === ';' || token.text === '—') {
      const next = tokens[index + 1];
      const nextWord = bareWord(next);
      if (
        !next ||
        next.kind === 'quote' ||
        // "said Ana Ruiz, a lawyer, who added ...": a relative clause after the description is not part of it.
        (index > after + 1 && (nextWord === 'who' || nextWord === 'which')) ||
        TIME_WORDS.has(nextWord) ||
        CONTEXT_PREPOSITIONS.has(nextWord) ||
        nextWord === 'and' ||
        nextWord === 'but' ||
        nextWord === 'according' ||
        /ing$/.test(nextWord)
      )
        break;
    }
    index++;
  }
  while (index > after + 1 && tokens[index - 1]?.kind === 'punct' && tokens[index - 1]?.text !== ')') index--;
  return index > after + 1 ? index : after;
}
/* Capitalised words after a comma that start a new clause, not a description ("said Ruiz, But ..."). */
const COMMON_WORDS_AFTER_NAME = new Set(['but', 'and', 'so', 'then', 'according']);

function contextNear(doc: Document, from: number, end: number): string | undefined {
  const tokens = doc.tokens;
  for (let index = from; index < end; index++) {
    const token = tokens[index];
    if (!token || token.kind === 'quote') break;
    if (!CONTEXT_PREPOSITIONS.has(bareWord(token))) continue;
    for (let head = index + 1; head < end && head <= index + 5; head++) {
      const word = bareWord(tokens[head]);
      if (tokens[head]?.kind !== 'word' || CONTEXT_PREPOSITIONS.has(word) || word === 'of') break;
      if (CONTEXT_NOUNS.has(word)) {
        // "in a national broadcast", "at a news conference": stop at the head noun, or after "conference".
        let stop = head + 1;
        if (CONTEXT_NOUNS.has(bareWord(tokens[stop])) && tokens[stop]?.kind === 'word') stop++;
        // "in an interview with The Lakeside Courier", "on Fox News", "in a speech to donors": keep the party.
        const joiner = bareWord(tokens[stop]);
        if (joiner === 'with' || joiner === 'to' || joiner === 'on') {
          let party = stop + 1;
          if (DETERMINERS.has(bareWord(tokens[party]))) party++;
          const partyStart = party;
          while (
            party < end &&
            party - partyStart < 6 &&
            (isCapitalised(tokens[party]) ||
              (party === partyStart &&
                tokens[party]?.kind === 'word' &&
                /s$/.test(tokens[party]?.text ?? '')))
          )
            party++;
          if (party > partyStart) stop = party;
        }
        const found = span(doc, index, stop);
        return found?.text;
      }
    }
  }
  return undefined;
}

/* Nouns whose findings a sentence may open on: "In a CNN poll released Monday, 50 percent ...". */
const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys']);
/* Words before a poll noun that show the phrase is about something else ("In states where exit polls ..."). */
const POLL_PHRASE_BREAKS = new Set([
  'where',
  'as',
  'when',
  'which',
  'that',
  'who',
  'after',
  'before',
  'since',
]);
/* Object pronouns and quantifiers a "To X," viewpoint may name: "To them, ...", "To many, ...". */
const VIEWPOINT_OBJECTS = new Set(['him', 'her', 'them', 'me', 'us', 'many', 'some', 'others', 'most']);
/* Longest "In a ... poll," or "To X," lead (tokens before its comma). */
const MAX_VIEWPOINT_TOKENS = 12;
/* Fewest words in the clause after the lead: "In the polls, anyway." reports nothing. */
const MIN_VIEWPOINT_CLAUSE_WORDS = 4;

/**
 * A sentence that opens on whose view or finding it gives, before a comma: "In a CNN poll released Monday, 50
 * percent chose Ruiz", "To Ruiz, the vote was a warning" (PolNeAR marks "In"/"To" as the cue, the phrase as
 * the source and the clause as the content: 19 of 25 such poll leads and 7 of 7 such "To" leads in train).
 * `isPerson` says whether a name in the lead is a person's. Null when the sentence opens otherwise.
 */
function viewpointLead(
  doc: Document,
  first: number,
  end: number,
  isPerson: (range: Range) => boolean,
): { cue: number; source: Range; content: Range } | null {
  const tokens = doc.tokens;
  let cue = first;
  while (cue < end && (DISCOURSE_OPENERS.has(bareWord(tokens[cue])) || tokens[cue]?.text === ',')) cue++;
  const word = bareWord(tokens[cue]);
  if (word !== 'in' && word !== 'to') return null;
  let comma = cue + 1;
  while (comma < end && comma - cue <= MAX_VIEWPOINT_TOKENS && tokens[comma]?.text !== ',') {
    if (tokens[comma]?.kind === 'quote' || tokens[comma]?.text === ';') return null;
    comma++;
  }
  if (tokens[comma]?.text !== ',' || comma === cue + 1) return null;
  let words = 0;
  for (let index = comma + 1; index < end; index++) if (tokens[index]?.kind === 'word') words++;
  if (words < MIN_VIEWPOINT_CLAUSE_WORDS) return null;
  const source = { first: cue + 1, end: comma };
  let contentEnd = end;
  while (contentEnd > comma + 1 && TRIMMED_PUNCTUATION.has(tokens[contentEnd - 1]?.text ?? '')) contentEnd--;
  const content = { first: comma + 1, end: contentEnd };
  const opener = tokens[cue + 1];
  if (word === 'to') {
    const only = comma === cue + 2 ? bareWord(opener) : '';
    return VIEWPOINT_OBJECTS.has(only) || (isCapitalised(opener) && isPerson(source))
      ? { cue, source, content }
      : null;
  }
  // "In a memo released as polls closed", "In eight states where exit polls were taken": the poll noun must
  // head the phrase, before any verb or clause word.
  if (!(DETERMINERS.has(bareWord(opener)) || isPossessive(opener) || isCapitalised(opener))) return null;
  for (let index = cue + 1; index < comma; index++) {
    const token = tokens[index];
    const lower = bareWord(token);
    if (POLL_NOUNS.has(lower)) return { cue, source, content };
    if (POLL_PHRASE_BREAKS.has(lower) || (!isCapitalised(token) && /^[a-z]{3,}ed$/.test(token?.text ?? '')))
      return null;
  }
  return null;
}

function kindOf(doc: Document, first: number, end: number, quotations: readonly Quotation[]): QuoteKind {
  const start = doc.tokens[first]?.start ?? 0;
  const stop = doc.tokens[end - 1]?.end ?? 0;
  for (const quotation of quotations) {
    if (quotation.start === start && (quotation.end === stop || quotation.end >= stop - 1)) return 'direct';
  }
  for (let index = first; index < end; index++) if (doc.tokens[index]?.kind === 'quote') return 'mixed';
  return 'indirect';
}

function isLowerAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

/**
 * The word of `before` (lower case) that `/([a-z]+)\.?\s+(?:[a-z]+\s+)?$/` captures: the title, if any, in front
 * of a name ("mrs. ", "congresswoman jane "). Read without the pattern, which tried every position of every
 * mention's 24 characters: the first run of letters from which the rest of `before` is an optional period,
 * spaces, and at most one more word with its spaces.
 */
function titleBefore(before: string): string {
  const length = before.length;
  let index = 0;
  while (index < length) {
    if (!isLowerAscii(before.charCodeAt(index))) {
      index++;
      continue;
    }
    const start = index;
    while (index < length && isLowerAscii(before.charCodeAt(index))) index++;
    if (endsTitle(before, index)) return before.slice(start, index);
  }
  return '';
}

/** Whether `before` from `index` is `\.?\s+(?:[a-z]+\s+)?` to its end. */
function endsTitle(before: string, index: number): boolean {
  const length = before.length;
  let at = index;
  if (before.charCodeAt(at) === 46) at++;
  const spaces = at;
  while (at < length && isSpace(before.charCodeAt(at))) at++;
  if (at === spaces) return false;
  if (at === length) return true;
  const word = at;
  while (at < length && isLowerAscii(before.charCodeAt(at))) at++;
  if (at === word) return false;
  const after = at;
  while (at < length && isSpace(before.charCodeAt(at))) at++;
  return at > after && at === length;
}

/**
 * Finds attributions: direct, mixed and indirect quotes with source, cue and content spans, the speaker
 * resolved to an entity through names, pronouns and descriptions, and the setting ("in an interview").
 */
export function findQuotes(
  doc: Document,
  entities: EntityIndex,
  quotations: readonly Quotation[],
  paragraphOf: (token: number) => number,
  /** Credits to other outlets (`findCredits`): an outlet that only broke a story reports nothing here. */
  credits: readonly Credit[] = [],
): QuoteResult {
  const tokens = doc.tokens;
  const quotes: Quote[] = [];
  const references = new Map<string, Mention[]>();
  const speakers = new Set<string>();
  const inside = new Int32Array(tokens.length).fill(-1);
  quotations.forEach((quotation, order) => {
    for (let index = quotation.open; index <= quotation.close && index < tokens.length; index++)
      inside[index] = order;
  });
  const quotationByOpen = new Map<number, number>();
  quotations.forEach((quotation, order) => quotationByOpen.set(quotation.open, order));
  const covered = new Uint8Array(quotations.length);
  const continuations = new Set<Quote>();
  let lastSpeaker: { entity: string; paragraph: number } | null = null;
  let lastQuote: Quote | null = null;
  let lastQuoteParagraph = -1;

  const addReference = (entity: string, range: Range, labelText?: string): void => {
    const found = span(doc, range.first, range.end);
    if (!found) return;
    const list = references.get(entity) ?? [];
    const mention: Mention = { ...found, labels: [], reference: true };
    if (labelText) mention.labels.push({ ...found, kind: 'descriptor' });
    list.push(mention);
    references.set(entity, list);
  };

  const entityById = new Map(entities.entities.map((entity) => [entity.id, entity]));
  // Gender, where the text shows it: an honorific or gendered title before a mention ("Mrs. Ruiz",
  // "Congresswoman Ruiz"), or a pronoun already resolved to the person. Used only to skip unfitting antecedents.
  const genders = new Map<string, 'm' | 'f'>();
  for (const mention of entities.mentions) {
    const before = doc.text.slice(Math.max(0, mention.start - 24), mention.start).toLowerCase();
    const title = titleBefore(before);
    const gender = FEMALE_TITLES.has(title) ? 'f' : MALE_TITLES.has(title) ? 'm' : undefined;
    if (gender && !genders.has(mention.entity)) genders.set(mention.entity, gender);
  }
  // ... or a gendered noun at the head of a label ("His wife, Greta Vik", "the port’s spokeswoman, Ada Rusk"):
  // in ECB+ and BASIL "he said" went to a wife, a spokeswoman or an actress named just before.
  for (const mention of entities.mentions) {
    if (genders.has(mention.entity)) continue;
    for (const item of mention.labels) {
      const { head } = descriptionHead(item.text.toLowerCase().match(LABEL_WORDS) ?? []);
      const gender = FEMALE_NOUNS.has(head) ? 'f' : MALE_NOUNS.has(head) ? 'm' : undefined;
      if (gender) {
        genders.set(mention.entity, gender);
        break;
      }
    }
  }
  /** Index of the first mention starting at or after `offset`. */
  const firstMentionFrom = (offset: number): number => {
    let low = 0;
    let high = entities.mentions.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((entities.mentions[middle]?.start ?? 0) < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  /** Entities named (not by pronoun) inside `content`. */
  const namedWithin = (content: Range | undefined): Set<string> => {
    const named = new Set<string>();
    if (!content) return named;
    const from = tokens[content.first]?.start ?? 0;
    const to = tokens[content.end - 1]?.end ?? 0;
    for (let position = firstMentionFrom(from); position < entities.mentions.length; position++) {
      const mention = entities.mentions[position];
      if (!mention || mention.start >= to) break;
      if (mention.end <= to) named.add(mention.entity);
    }
    return named;
  };

  /**
   * The person whose name opens the first sentence of the paragraph holding token `at`, when that sentence
   * comes before `at`'s own (only title words may stand before the name: "Dr", "Former Mayor").
   */
  const paragraphSubject = (at: number): string | undefined => {
    const sentence = doc.tokenSentence[at] ?? -1;
    const paragraph = doc.sentences[sentence]?.paragraph;
    if (paragraph === undefined) return undefined;
    let opening = sentence;
    while (opening > 0 && doc.sentences[opening - 1]?.paragraph === paragraph) opening--;
    const bounds = doc.sentenceTokens[opening];
    if (opening === sentence || !bounds) return undefined;
    const mention = entities.mentions[firstMentionFrom(tokens[bounds.first]?.start ?? 0)];
    if (!mention || mention.sentence !== opening || entityById.get(mention.entity)?.type !== 'person')
      return undefined;
    for (let index = bounds.first; index < mention.first; index++)
      if (!/^\p{Lu}/u.test(tokens[index]?.text ?? '')) return undefined;
    return mention.first - bounds.first <= 2 ? mention.entity : undefined;
  };

  const resolveSpeaker = (source: Range, paragraph: number, content?: Range): string | undefined => {
    const start = tokens[source.first]?.start ?? 0;
    const stop = tokens[source.end - 1]?.end ?? 0;
    let fallback: string | undefined;
    for (let position = firstMentionFrom(start); position < entities.mentions.length; position++) {
      const mention = entities.mentions[position];
      if (!mention || mention.start >= stop) break;
      // "Ruiz’s spokesman", "a Ruiz campaign volunteer": the name is not who spoke.
      if (modifiesNoun(tokens, source, mention.end)) continue;
      // "A spokeswoman for Senator Okafor", "a lawyer for Ruiz": who spoke is the role, not the one it serves.
      if (servedByRole(tokens, source, mention.start)) continue;
      const entity = entityById.get(mention.entity);
      if (entity?.type === 'person' || mention.type === 'person') return mention.entity;
      if (mention.type === 'other' && fallback === undefined) fallback = mention.entity;
      if (fallback === undefined && mention.type === 'organization') fallback = mention.entity;
    }
    if (fallback) return fallback;
    const words = [];
    for (let index = source.first; index < source.end; index++) words.push(bareWord(tokens[index]));
    if (words.length === 1 && PERSON_PRONOUNS.has(words[0] ?? '')) {
      const pronounGender = MALE_PRONOUNS.has(words[0] ?? '') ? 'm' : 'f';
      // "He demanded that Mr. Obama resign": a pronoun never stands for someone its own clause names (in BASIL
      // that quote went to Obama, the last speaker, not to Trump, the subject just before).
      const named = namedWithin(content);
      const fits = (entity: string): boolean =>
        !named.has(entity) && (genders.get(entity) ?? pronounGender) === pronounGender;
      const resolved = (entity: string): string => {
        genders.set(entity, pronounGender);
        addReference(entity, source);
        return entity;
      };
      // "Dr Grell, who was not involved, was sceptical. “The groups differ,” he said.": a paragraph after the
      // last speaker's that opens on another person's name has moved on to that person (a study story's
      // outside expert after its lead author).
      const opener =
        lastSpeaker && paragraph > lastSpeaker.paragraph ? paragraphSubject(source.first) : undefined;
      if (opener !== undefined && opener !== lastSpeaker?.entity && fits(opener)) return resolved(opener);
      // "he" and "she" are people: the last source may have been a newspaper or a ministry ("the Courier
      // reported ...").
      const lastType = lastSpeaker ? entityById.get(lastSpeaker.entity)?.type : undefined;
      if (
        lastSpeaker &&
        lastType !== 'organization' &&
        lastType !== 'place' &&
        paragraph - lastSpeaker.paragraph <= 1 &&
        fits(lastSpeaker.entity)
      ) {
        return resolved(lastSpeaker.entity);
      }
      // Otherwise the subject (first person named, of a fitting gender) of the nearest earlier sentence.
      const sentenceOfSource = doc.tokenSentence[source.first] ?? 0;
      let chosen: string | undefined;
      let chosenSentence = -1;
      for (let position = firstMentionFrom(start) - 1; position >= 0; position--) {
        const mention = entities.mentions[position];
        if (!mention || mention.sentence === sentenceOfSource) continue;
        if (chosenSentence >= 0 && mention.sentence !== chosenSentence) break;
        if (entityById.get(mention.entity)?.type !== 'person' || !fits(mention.entity)) continue;
        // "Reunion Pictures’ Matthew O’Connor": a possessor before a name is not the person of the sentence.
        if (possessesName(tokens, mention.last)) continue;
        chosen = mention.entity;
        chosenSentence = mention.sentence;
      }
      const chosenParagraph = doc.sentences[chosenSentence]?.paragraph ?? -1;
      if (chosen && paragraph - chosenParagraph <= SPEAKER_MEMORY_PARAGRAPHS + 1) return resolved(chosen);
      return undefined;
    }
    // "the envoy", "A top American diplomat": a description; link it through the labels of named people.
    const rawWords = [];
    for (let index = source.first; index < source.end; index++)
      rawWords.push(tokens[index]?.text.toLowerCase() ?? '');
    const { head: described, ranks } = descriptionHead(rawWords.slice(1));
    // "the authority said", "the ministry said": the body the article named last whose name ends on that noun
    // ("the Northmarch Competition Authority"), as a reader takes it.
    if (words[0] === 'the' && ORG_HEADS.has(described) && !ROLE_NOUNS.has(described)) {
      for (let position = firstMentionFrom(start) - 1; position >= 0; position--) {
        const mention = entities.mentions[position];
        const entity = mention === undefined ? undefined : entityById.get(mention.entity);
        if (entity?.type !== 'organization') continue;
        if (entity.name.toLowerCase().split(/\s+/).at(-1) === described) {
          addReference(entity.id, source);
          return entity.id;
        }
      }
      return undefined;
    }
    const personShaped = personShapedDescription(tokens, source);
    const head =
      ROLE_NOUNS.has(described) || EPITHETS.has(described) || personShaped > 0 ? described : undefined;
    if (head === undefined || !DETERMINERS.has(words[0] ?? '')) return undefined;
    // "A friend of the singer said", "a state official said": someone new, not a person named before; a lede's
    // description is linked to the person the article names next, below.
    if (INDEFINITES.has(words[0] ?? '')) return undefined;
    const labelFits = (text: string): boolean => {
      const label = descriptionHead(text.toLowerCase().match(LABEL_WORDS) ?? []);
      return label.head === head && label.ranks === ranks;
    };
    // "The Corvane chief wants ..." before "union chief Tolk" is introduced: a definite description points back
    // to someone the reader has met, never ahead to a person the article has not named yet.
    for (const entity of entities.entities) {
      if (entity.type !== 'person') continue;
      if (
        entity.mentions.some(
          (mention) => mention.start < start && mention.labels.some((item) => labelFits(item.text)),
        )
      ) {
        addReference(entity.id, source, 'descriptor');
        return entity.id;
      }
    }
    // "the strongman declared": an epithet names no office someone else could hold (unlike "the spokesman"); an
    // outlet uses it for the person its story is about, the one named most so far.
    if (words[0] === 'the' && (EPITHETS.has(head) || personShaped > 0)) {
      const counts = new Map<string, number>();
      for (const mention of entities.mentions) {
        if (mention.start >= start) break;
        if (entityById.get(mention.entity)?.type === 'person')
          counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1);
      }
      let protagonist: string | undefined;
      let best = 0;
      for (const [entity, count] of counts) {
        if (count > best) {
          best = count;
          protagonist = entity;
        }
      }
      if (protagonist !== undefined) {
        // The label is the description, not the age and relative clause after it.
        addReference(
          protagonist,
          personShaped > 0 ? { first: source.first, end: personShaped } : source,
          'descriptor',
        );
        return protagonist;
      }
    }
    return undefined;
  };

  const pendingDescriptors: { quote: Quote; source: Range; paragraph: number }[] = [];
  /**
   * Whether a person other than `speaker` is named within `TRAILING_SOURCE_WORDS` words after `quotation`, which
   * closes on a comma, in its sentence: "“...,” fumed grocer Ned Orme" (a source after an unrecognised cue), not
   * "to go after” Osama bin Laden" (a partial quote running on into the reporter's words).
   */
  const namesOtherPerson = (sentence: number, quotation: Quotation, speaker: string | undefined): boolean => {
    // Mentions are in text order, so their sentences never go down: look from the quotation's end to the
    // sentence's last mention, not through the whole article.
    for (let position = firstMentionFrom(quotation.end); position < entities.mentions.length; position++) {
      const mention = entities.mentions[position];
      if (!mention || mention.sentence > sentence) break;
      if (
        mention.sentence === sentence &&
        mention.entity !== speaker &&
        (mention.type === 'person' || entityById.get(mention.entity)?.type === 'person') &&
        closesOnComma(doc.text.slice(quotation.start, quotation.end)) &&
        isTrailingSource(doc.text.slice(quotation.end, mention.start))
      )
        return true;
    }
    return false;
  };

  doc.sentenceTokens.forEach(({ first: sentenceFirst, end: sentenceEnd }, sentence) => {
    // Headline and lede style "Cruz: Trump Would Put Liberals On Court": a name, a colon, the claim.
    // Only in the title (paragraph 0): in the body, "Name:" is mostly a transcript speaker label.
    const colon =
      doc.sentences[sentence]?.paragraph === 0 ? headlineColon(doc, sentenceFirst, sentenceEnd) : -1;
    if (colon > 0 && doc.sentences[sentence - 1]?.paragraph !== doc.sentences[sentence]?.paragraph) {
      const sourceSpan = span(doc, sentenceFirst, colon);
      const cueSpan = span(doc, colon, colon + 1);
      let contentEnd = sentenceEnd;
      while (contentEnd > colon + 1 && tokens[contentEnd - 1]?.kind === 'punct') contentEnd--;
      const contentSpan = span(doc, colon + 1, contentEnd);
      if (sourceSpan && cueSpan && contentSpan) {
        const quote: Quote = {
          kind: kindOf(doc, colon + 1, contentEnd, quotations),
          source: sourceSpan,
          cue: cueSpan,
          content: contentSpan,
          sentence,
        };
        const speaker = resolveSpeaker({ first: sentenceFirst, end: colon }, paragraphOf(sentenceFirst));
        if (speaker) quote.speaker = speaker;
        quotes.push(quote);
        return;
      }
    }
    // "In a CNN poll released Monday, 50 percent ...", "To Ruiz, the vote was a warning": the lead's view.
    const lead = viewpointLead(doc, sentenceFirst, sentenceEnd, (range) => {
      // A mention starts on its first token, so those from token `range.first` on begin at that token's offset.
      const from = tokens[range.first];
      if (!from) return false;
      for (let position = firstMentionFrom(from.start); position < entities.mentions.length; position++) {
        const mention = entities.mentions[position];
        if (!mention || mention.first >= range.end) break;
        if (
          mention.last <= range.end &&
          (mention.type === 'person' || entityById.get(mention.entity)?.type === 'person')
        )
          return true;
      }
      return false;
    });
    if (lead) {
      const sourceSpan = span(doc, lead.source.first, lead.source.end);
      const cueSpan = span(doc, lead.cue, lead.cue + 1);
      const contentSpan = span(doc, lead.content.first, lead.content.end);
      if (sourceSpan && cueSpan && contentSpan) {
        const quote: Quote = {
          kind: kindOf(doc, lead.content.first, lead.content.end, quotations),
          source: sourceSpan,
          cue: cueSpan,
          content: contentSpan,
          sentence,
        };
        const speaker = resolveSpeaker(lead.source, paragraphOf(lead.source.first), lead.content);
        if (speaker) quote.speaker = speaker;
        quotes.push(quote);
      }
    }
    // The source of the last attribution in this sentence, for participles that continue it.
    let sentenceSource: { first: number; end: number; spanEnd: number } | null = null;
    // Inside the content of an earlier attribution only a say-verb opens another ("X says Y, Lee said").
    let skipUntil = -1;
    // Where a new attribution began inside an earlier reported clause: its source starts no earlier.
    let reportFloor = sentenceFirst;
    for (let cue = sentenceFirst; cue < sentenceEnd; cue++) {
      if (cue <= skipUntil && !SAY_FORMS.has(bareWord(tokens[cue]))) continue;
      if ((inside[cue] ?? -1) >= 0 || !isCue(doc, cue)) continue;
      const cueToken = tokens[cue];
      if (!cueToken) continue;
      const according = cueToken.text.toLowerCase() === 'according';
      let cueFirst = cue;
      const phrase = phraseLength(doc, cue);
      const cueEnd = phrase > 0 ? cue + phrase : according || hasParticle(doc, cue) ? cue + 2 : cue + 1;
      if (!according) {
        // "has also said", "similarly warned", "didn’t see": auxiliaries, adverbs and negation join the cue.
        while (cueFirst > sentenceFirst) {
          const before = (tokens[cueFirst - 1]?.text ?? '').toLowerCase();
          // "is arguing": a progressive auxiliary joins the cue (PolNeAR marks it so).
          const progressive = BE_FORMS.has(before) && before !== "'s" && /ing$/.test(cueToken.text);
          // (Adverbs in lower case, or capitalised before a title-case cue: "Kelly said" is a name, "He
          // Fully Supported" an adverb.)
          if (
            !CUE_AUXILIARIES.has(before) &&
            !NEGATIONS.has(before) &&
            !CUE_ADVERBS.has(before) &&
            !/^[a-z]+n['’]t$/.test(before) &&
            !/^[a-z]{3,}ly$/.test(tokens[cueFirst - 1]?.text ?? '') &&
            !(isCapitalised(cueToken) && /^[A-Z][a-z]{2,}ly$/.test(tokens[cueFirst - 1]?.text ?? '')) &&
            !progressive
          )
            break;
          if (before === 'early' || before === 'family') break;
          cueFirst--;
        }
      }
      let source: Range | null = null;
      // Where the source span ends when it carries an appositive the speaker lookup should not see.
      let sourceSpanEnd = -1;
      let content: Range | null = null;
      let inverted = false;
      const previous = tokens[cueFirst - 1];
      const quoted = cueToken.text.toLowerCase() === 'quoted';
      const question = askedQuestion(doc, cue, sentenceFirst, sentenceEnd, inside);
      const raising = !according && isRaising(doc, cue);
      const passive = according || question ? -1 : passiveAgent(doc, cue);
      if (passive >= 0) {
        // "The plan was first reported by the Courier.", "The plan, first reported by the Courier, ...": the
        // agent is the source and the subject (or the noun phrase before the comma) the content.
        if (tokens[passive]?.text !== ',') cueFirst = passive;
        let agentEnd = cue + 2;
        while (
          agentEnd < sentenceEnd &&
          agentEnd - cue - 2 < MAX_SOURCE_TOKENS &&
          tokens[agentEnd]?.kind !== 'quote' &&
          tokens[agentEnd]?.text !== ',' &&
          tokens[agentEnd]?.text !== ';' &&
          !(tokens[agentEnd]?.text === '.' && agentEnd + 1 >= sentenceEnd) &&
          !SUBJECT_STOPS.has(bareWord(tokens[agentEnd]))
        )
          agentEnd++;
        source = { first: cue + 2, end: agentEnd };
        // "The plan was first revealed by the Courier": the outlet that broke the story is a credit; with no
        // clause of what it reported, there is no quote.
        const agentStart = tokens[cue + 2]?.start ?? -1;
        if (
          credits.some(
            (credit) => credit.kind === 'reported' && credit.start <= agentStart && agentStart < credit.end,
          )
        )
          continue;
        const subject = subjectBefore(doc, passive, sentenceFirst);
        if (subject) content = subject;
        else continue;
      } else if (raising) {
        // "The vote is widely expected to pass": the passive auxiliary joins the cue; no source.
        while (cueFirst > sentenceFirst && BE_FORMS.has(bareWord(tokens[cueFirst - 1]))) cueFirst--;
        const subject = subjectBefore(doc, cueFirst, sentenceFirst);
        content = { first: subject?.first ?? cueEnd, end: raisedClauseEnd(doc, cueEnd, sentenceEnd, inside) };
      } else if (question) {
        // "Asked whether the port would reopen, ...": a question put to the speaker; the asker, if named,
        // follows "by".
        source = question.source;
        content = question.content;
        // "Ruiz was asked about ...", "has been asked whether ...": the passive auxiliaries join the cue, and
        // the particle of "asked about" is not content.
        while (
          cueFirst > sentenceFirst &&
          (BE_FORMS.has(bareWord(tokens[cueFirst - 1])) ||
            CUE_AUXILIARIES.has(bareWord(tokens[cueFirst - 1])))
        )
          cueFirst--;
        content.first = Math.max(content.first, cueEnd);
      } else if (quoted) {
        // "the Daily Beacon quoted him as saying": the speaker is the object; the outlet is a credit.
        const object = subjectAfter(doc, cueEnd, sentenceEnd);
        if (!object || bareWord(tokens[object.end]) !== 'as') continue;
        source = object;
        if (cueFirst > sentenceFirst + 1 && (previous?.kind === 'word' || previous?.kind === 'quote')) {
          let leadEnd = cueFirst;
          while (
            leadEnd > sentenceFirst &&
            tokens[leadEnd - 1]?.kind === 'word' &&
            !(tokens[leadEnd - 2]?.text === ',')
          )
            leadEnd--;
          if (leadEnd > sentenceFirst) content = { first: sentenceFirst, end: leadEnd - 1 };
        }
        if (!content) continue;
      } else if (according) {
        // "according to early results of exit polls conducted by ..., CONTENT": the source runs to the comma.
        let sourceEnd = cueEnd;
        while (sourceEnd < sentenceEnd && sourceEnd - cueEnd < MAX_SOURCE_TOKENS * 2) {
          const token = tokens[sourceEnd];
          if (!token || token.text === ',' || token.text === ';' || token.kind === 'quote') break;
          if (token.text === '.' && (sourceEnd + 1 >= sentenceEnd || !isCapitalised(tokens[sourceEnd + 1])))
            break;
          sourceEnd++;
        }
        if (sourceEnd === cueEnd) continue;
        source = { first: cueEnd, end: sourceEnd };
        // "according to the Harbor Institute, a research group.": the description belongs to the source.
        // "But, according to the poll, ...": only openers before the cue; the report follows the source.
        let opening = sentenceFirst;
        while (
          opening < cueFirst &&
          (DISCOURSE_OPENERS.has(bareWord(tokens[opening])) || tokens[opening]?.text === ',')
        )
          opening++;
        if (cueFirst > opening + 1) sourceSpanEnd = appositiveEnd(doc, sourceEnd, sentenceEnd);
        if (cueFirst === opening && tokens[sourceEnd]?.text === ',' && sourceEnd + 1 < sentenceEnd)
          content = { first: sourceEnd + 1, end: sentenceEnd };
        else if (cueFirst > sentenceFirst + 1) content = { first: sentenceFirst, end: cueFirst };
        else continue;
      } else {
        const precededByBreak =
          !previous || previous.text === ',' || previous.kind === 'quote' || cueFirst === sentenceFirst;
        const participle =
          /ing$/.test(cueToken.text) &&
          previous !== undefined &&
          (previous.text === ',' ||
            (previous.kind === 'quote' && tokens[cueFirst - 2]?.text === ',') ||
            previous.text === '—' ||
            PARTICIPLE_PREPOSITIONS.has(bareWord(previous)) ||
            // "..., criticizing the plan and calling for ...": the second of two participles.
            ((bareWord(previous) === 'and' || bareWord(previous) === 'but') && sentenceSource !== null));
        if (participle) {
          // "Trump attacked the plan, saying it would fail": the participle's source is the clause's subject;
          // "“...,” he said, adding ...": the source of the attribution it follows.
          if (sentenceSource) {
            source = { first: sentenceSource.first, end: sentenceSource.end };
            sourceSpanEnd = sentenceSource.spanEnd;
          } else source = sentenceSubject(doc, sentenceFirst, cueFirst - 1);
          if (!source) continue;
        } else if (precededByBreak) {
          source = previous?.text === ',' ? apposedSubject(doc, cueFirst - 1, sentenceFirst) : null;
          // "Gov. Ada Ruiz (R-OH), said": a stray comma after the party tag; the name before it is the subject.
          if (!source && previous?.text === ',' && partyTagBefore(tokens, cueFirst - 1))
            source = subjectBefore(doc, cueFirst - 1, reportFloor);
          if (!source && previous?.text === ',') {
            // "Gates, in contrast, told the Courier he ...": with no quotation before the comma, a subject
            // that opens the sentence and ends at a comma is the source, not a name after the cue.
            let quoteBefore = false;
            for (let index = sentenceFirst; index < cueFirst && !quoteBefore; index++)
              quoteBefore = tokens[index]?.kind === 'quote';
            if (!quoteBefore) {
              const subject = sentenceSubject(doc, sentenceFirst, cueFirst - 1);
              if (subject && tokens[subject.end]?.text === ',') source = subject;
              else if (!CUE_VERBS.has(bareWord(cueToken)) || clauseFollows(doc, cueEnd, sentenceEnd))
                source = openingSubject(doc, sentenceFirst, cueFirst - 1);
            }
          }
          if (!source) {
            // Stance verbs do not invert: in "..., praised the plan" the words after the verb are its object.
            if (!CUE_VERBS.has(bareWord(cueToken))) continue;
            source = subjectAfter(doc, cueEnd, sentenceEnd);
            inverted = source !== null;
            if (source) sourceSpanEnd = appositiveEnd(doc, source.end, sentenceEnd);
          }
        } else {
          source = subjectBefore(doc, cueFirst, cueFirst > reportFloor ? reportFloor : sentenceFirst);
          // "Her advisers and allies say", "Senator Voss, Mayor Ruiz and other officials said": the first
          // conjunct, opening the sentence, joins the subject.
          if (source) source = coordinatedSubject(doc, source, sentenceFirst);
          // "Ruiz — who runs the docks — told the Courier ...": the subject before the dashed aside.
          if (!source && (previous?.text === '—' || previous?.text === '–'))
            source = dashedSubject(doc, cueFirst - 1, sentenceFirst);
          // "Wilson praised the plan and said ...": the coordinated verb shares the sentence's subject.
          const coordinator = bareWord(previous);
          if (source === null && (coordinator === 'and' || coordinator === 'but')) {
            // (Or the source of the attribution before the coordinator: "The campaign released a statement
            // and said ...".)
            const subject = sentenceSubject(doc, sentenceFirst, cueFirst - 1);
            // ("“I hate it,” she said, but added ...": not a subject inside the quotation.)
            source =
              (subject && (inside[subject.first] ?? -1) >= 0 && sentenceSource ? null : subject) ??
              (sentenceSource ? { first: sentenceSource.first, end: sentenceSource.end } : null);
            if (source && sentenceSource?.first === source.first) sourceSpanEnd = sentenceSource.spanEnd;
          }
        }
        if (!source && cueFirst !== sentenceFirst) continue;
        const leadEnd = inverted ? cueFirst : (source?.first ?? cueFirst);
        let afterCue = inverted && source ? Math.max(source.end, sourceSpanEnd) : cueEnd;
        if (!inverted)
          afterCue = skipAdjuncts(doc, afterCue, sentenceEnd, CUE_VERBS.has(cueToken.text.toLowerCase()));
        // "said, “...”": a comma before an opening quotation mark introduces the quote.
        if (
          tokens[afterCue]?.text === ',' &&
          tokens[afterCue + 1]?.kind === 'quote' &&
          quotationByOpen.has(afterCue + 1)
        )
          afterCue++;
        let afterToken = tokens[afterCue];
        const leadLast = tokens[leadEnd - 1];
        const afterWord = bareWord(afterToken);
        let addresseeClause = true;
        if (ADDRESSEE_VERBS.has(cueToken.text.toLowerCase())) {
          // "told the Daily Beacon on Monday." has no clause after the addressee; "told reporters that ..." has.
          addresseeClause = false;
          for (let scan = afterCue; scan < sentenceEnd; scan++) {
            const token = tokens[scan];
            if (endsRelativeClause(doc, source, scan)) break;
            if (bareWord(token) === 'that' || token?.text === ':' || token?.kind === 'quote') {
              addresseeClause = true;
              break;
            }
          }
          // "warned they could sell", "promised he would stay": these verbs need no addressee.
          // ("promised to build a pier": the infinitive is the promise.)
          if (
            !addresseeClause &&
            OPTIONAL_ADDRESSEE_VERBS.has(bareWord(cueToken)) &&
            (NOMINATIVES.has(afterWord) || (afterWord === 'to' && PROMISE_VERBS.has(bareWord(cueToken))))
          )
            addresseeClause = true;
          if (!addresseeClause) {
            // "told the Daily Beacon she would stay": the clause starts right after the addressee.
            const clause = clauseAfterAddressee(doc, afterCue, sentenceEnd);
            if (clause > afterCue) {
              addresseeClause = true;
              afterCue = clause;
            }
          }
        }
        afterToken = tokens[afterCue];
        const followsClause =
          addresseeClause &&
          afterToken !== undefined &&
          afterCue < sentenceEnd - 1 &&
          (afterToken.text === ':' ||
            afterWord === 'that' ||
            afterToken.kind === 'quote' ||
            // "said 300 workers had signed", "says about half of voters ...": a clause opening on a figure.
            (CUE_VERBS.has(bareWord(cueToken)) &&
              (afterToken.kind === 'number' ||
                (afterWord === 'about' &&
                  (tokens[afterCue + 1]?.kind === 'number' || bareWord(tokens[afterCue + 1]) === 'half'))) &&
              // ("said 10 days ago that", "has said 20 times": a time, not a clause.)
              !/^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|times)$/.test(
                bareWord(tokens[afterWord === 'about' ? afterCue + 2 : afterCue + 1]),
              )) ||
            (afterToken.kind === 'word' &&
              !CONTEXT_PREPOSITIONS.has(afterWord) &&
              (!TRAILING_WORDS.has(afterWord) ||
                (afterWord === 'to' &&
                  (!CUE_VERBS.has(cueToken.text.toLowerCase()) || PROMISE_VERBS.has(bareWord(cueToken))))) &&
              !(
                (afterWord === 'last' || afterWord === 'this' || afterWord === 'next') &&
                TIME_UNITS.has(bareWord(tokens[afterCue + 1]))
              )));
        const leadIsQuote =
          leadLast?.kind === 'quote' || (leadLast?.text === ',' && tokens[leadEnd - 2]?.kind === 'quote');
        const leadIsContent =
          !participle &&
          leadEnd > sentenceFirst + 1 &&
          (leadLast?.text === ',' || leadLast?.kind === 'quote' || inverted) &&
          (leadIsQuote || inverted || !followsClause);
        // (A report that began inside an earlier reported clause has no content before it.)
        const afterBreak = reportFloor > sentenceFirst && cueFirst > reportFloor;
        if (afterBreak && leadIsContent) continue;
        if (leadIsContent && !(afterToken && (afterToken.text === ':' || afterWord === 'that'))) {
          content = { first: afterDateline(tokens, sentenceFirst, leadEnd), end: leadEnd };
        } else if (followsClause) {
          if (ADDRESSEE_VERBS.has(cueToken.text.toLowerCase())) {
            for (let scan = afterCue; scan < Math.min(sentenceEnd, afterCue + 8); scan++) {
              const word = bareWord(tokens[scan]);
              if (endsRelativeClause(doc, source, scan)) break;
              if (word === 'that' || tokens[scan]?.text === ':' || tokens[scan]?.kind === 'quote') {
                afterCue = scan;
                break;
              }
            }
          }
          // The complementizer stays in the content ("that he had sent crews"), as PARC and PolNeAR mark it.
          while (afterCue < sentenceEnd && (tokens[afterCue]?.text === ':' || tokens[afterCue]?.text === ','))
            afterCue++;
          if (afterCue < sentenceEnd) {
            // ", although Abrams denied ...": a new clause with its own subject ends the reported one.
            let stop = afterCue + 1;
            // "While Ruiz laid out her plan, the crowd cheered": a cue inside an opening subordinate clause
            // reports only up to the clause's comma.
            const subordinate = inSubordinateOpening(doc, sentenceFirst, cueFirst);
            const relativeReport =
              source !== null &&
              source.end === source.first + 1 &&
              bareWord(tokens[source.first]) === 'who' &&
              tokens[source.first - 1]?.text === ',';
            while (stop < sentenceEnd) {
              if (subordinate && tokens[stop]?.text === ',' && (inside[stop] ?? -1) < 0) break;
              const breakWord = CLAUSE_BREAKS.has(bareWord(tokens[stop])) && (inside[stop] ?? -1) < 0;
              const previousText = tokens[stop - 1]?.text;
              if (
                tokens[stop]?.text === ',' &&
                (inside[stop] ?? -1) < 0 &&
                trailingCue(doc, stop + 1, sentenceEnd)
              )
                break;
              // "... a “burn bag,” the Times reported.": the comma sits inside the closing quotation mark.
              if (
                tokens[stop]?.kind === 'quote' &&
                tokens[stop - 1]?.text === ',' &&
                (inside[stop + 1] ?? -1) < 0 &&
                trailingCue(doc, stop + 1, sentenceEnd)
              ) {
                stop++;
                break;
              }
              if (
                (tokens[stop]?.text === ',' || tokens[stop]?.text === '—') &&
                (inside[stop] ?? -1) < 0 &&
                /ing$/.test(tokens[stop + 1]?.text ?? '') &&
                isCue(doc, stop + 1)
              )
                break;
              // "... was “corrupt,” noting that ...": the same with the comma inside the closing mark.
              if (
                tokens[stop]?.kind === 'quote' &&
                tokens[stop - 1]?.text === ',' &&
                (inside[stop + 1] ?? -1) < 0 &&
                /ing$/.test(tokens[stop + 1]?.text ?? '') &&
                isCue(doc, stop + 1)
              ) {
                stop++;
                break;
              }
              // "Barkley, who said he votes rarely, said ...": ", said" closes a relative clause; so does any
              // finite cue when the report is the relative clause's ("Ruiz, who called Brink after the vote,
              // told ...").
              if (
                tokens[stop]?.text === ',' &&
                (inside[stop] ?? -1) < 0 &&
                (SAY_FORMS.has(bareWord(tokens[stop + 1])) ||
                  (relativeReport && !/ing$/.test(tokens[stop + 1]?.text ?? ''))) &&
                isCue(doc, stop + 1)
              )
                break;
              // "..., but Ruiz argued ...", "; she said ...": a new subject and cue start their own report.
              if (
                (inside[stop] ?? -1) < 0 &&
                (tokens[stop]?.text === ',' || tokens[stop]?.text === ';'
                  ? newReportFollows(doc, stop + 1, sentenceEnd)
                  : NEW_REPORT_JOINERS.has(bareWord(tokens[stop])) &&
                    newReportFollows(doc, stop, sentenceEnd))
              ) {
                reportFloor = stop + 1;
                if (NEW_REPORT_JOINERS.has(bareWord(tokens[reportFloor]))) reportFloor++;
                break;
              }
              // "praised the plan and said ...": a coordinated cue starts its own attribution.
              const coordinator = bareWord(tokens[stop]);
              if (
                (coordinator === 'and' || coordinator === 'but') &&
                (inside[stop] ?? -1) < 0 &&
                (isCue(doc, stop + 1) ||
                  (CUE_AUXILIARIES.has(bareWord(tokens[stop + 1])) && isCue(doc, stop + 2)))
              )
                break;
              // "... “We will see” when asked whether ...": the question put to the speaker is its own.
              if (
                (coordinator === 'when' || coordinator === 'after') &&
                (inside[stop] ?? -1) < 0 &&
                bareWord(tokens[stop + 1]) === 'asked'
              )
                break;
              if (
                breakWord &&
                (previousText === ',' ||
                  (tokens[stop - 1]?.kind === 'quote' && tokens[stop - 2]?.text === ','))
              )
                break;
              stop++;
            }
            content = { first: afterCue, end: stop };
          }
        }
        // "As the Courier reported, the port ...", "The port, as Ruiz noted, will ...": the clause around a
        // parenthetical "as" report is its content.
        if (!content && source && !inverted && bareWord(tokens[source.first - 1]) === 'as') {
          const asIndex = source.first - 1;
          let opening = sentenceFirst;
          while (opening < asIndex && DISCOURSE_OPENERS.has(bareWord(tokens[opening]))) opening++;
          if (opening === asIndex && tokens[cueEnd]?.text === ',' && cueEnd + 2 < sentenceEnd)
            content = { first: cueEnd + 1, end: sentenceEnd };
          else if (tokens[asIndex - 1]?.text === ',' && asIndex - 1 > sentenceFirst)
            content = { first: sentenceFirst, end: asIndex - 1 };
        }
      }
      if (!source && !content) continue;
      if (!content) continue;
      // Trim: leading discourse words ("But", "Still,"), trailing commas and the final period outside quotes.
      while (
        content.first < content.end &&
        DISCOURSE_OPENERS.has(bareWord(tokens[content.first])) &&
        content.first === sentenceFirst
      ) {
        content.first++;
        if (tokens[content.first]?.text === ',') content.first++;
      }
      while (content.end > content.first && TRIMMED_PUNCTUATION.has(tokens[content.end - 1]?.text ?? ''))
        content.end--;
      // "Still, she said, the port will reopen.": the words before the cue were only an opener; the report
      // follows the comma after the cue.
      if (
        content.end - content.first < 1 &&
        content.first <= cueFirst &&
        tokens[cueEnd]?.text === ',' &&
        cueEnd + 2 < sentenceEnd &&
        (inside[cueEnd + 1] ?? -1) < 0
      ) {
        content = { first: cueEnd + 1, end: sentenceEnd };
        while (content.end > content.first && TRIMMED_PUNCTUATION.has(tokens[content.end - 1]?.text ?? ''))
          content.end--;
      }
      if (content.end - content.first < 1) continue;
      if (ORDER_VERBS.has(bareWord(cueToken)) && content.first >= cueEnd && orderedState(doc, content))
        continue;
      // "Brask showed no remorse as the verdict was read", "She showed the letter to reporters": a person
      // showing a feeling or a thing. "Polls show that ...", "Records showed Brask signing ..." stay: a finding.
      if (
        SHOW_FORMS.has(bareWord(cueToken)) &&
        content.first === cueEnd &&
        source &&
        isPersonSource(doc, entities, source) &&
        isObjectPhrase(doc, content)
      )
        continue;
      // "The Corran Gazette first reported the plan on Monday": an outlet breaking a story, a credit only
      // (as "first revealed by the Gazette" is); "The Ledger reported that two routes would close" is a quote.
      if (
        source &&
        content.first === cueEnd &&
        // (", the Courier reported late Thursday": a trailing report, whose content is the clause before it.)
        !tokens.slice(sentenceFirst, source.first).some((token) => token.text === ',') &&
        credits.some(
          (credit) =>
            credit.kind === 'reported' &&
            credit.start >= (tokens[source.first]?.start ?? 0) &&
            credit.start < (tokens[source.end - 1]?.end ?? 0),
        ) &&
        isObjectPhrase(doc, content)
      )
        continue;
      // "blasted him from the bench: “...”": a short phrase before the colon is the cue's object and setting;
      // the quotation the colon introduces is what was said. A clause before it ("said that she sent 50 texts
      // a day: ...") is said too, and stays.
      if (content.first >= cueEnd) {
        let words = 0;
        for (let index = content.first; index < content.end - 1; index++) {
          const token = tokens[index];
          if (token?.kind === 'word') {
            const word = bareWord(token);
            if (RELATIVES.has(word) || SAY_FORMS.has(word) || WH_OPENERS.has(word)) break;
            if (++words > COLON_LEAD_MAX_WORDS) break;
          }
          if (token?.text === ':' && quotationByOpen.has(index + 1)) {
            content.first = index + 1;
            break;
          }
        }
      }
      // A quotation opened in an earlier sentence: the content starts at its opening mark.
      const firstInside = inside[content.first] ?? -1;
      if (firstInside >= 0) {
        const quotation = quotations[firstInside];
        if (quotation && quotation.open < content.first) content.first = quotation.open;
        if (
          quotation &&
          quotation.close >= content.end - 1 &&
          quotation.close < tokens.length &&
          tokens[quotation.close]?.kind === 'quote'
        )
          content.end = Math.max(content.end, quotation.close + 1);
      }
      const openOrder = quotationByOpen.get(content.first);
      if (openOrder !== undefined) {
        const quotation = quotations[openOrder];
        // "He added: “... several sentences ...”": the content runs to the closing mark.
        if (quotation && quotation.close + 1 > content.end && tokens[quotation.close]?.kind === 'quote')
          content.end = quotation.close + 1;
      }
      for (let index = content.first; index < content.end; index++) {
        const order = inside[index] ?? -1;
        if (order >= 0) covered[order] = 1;
      }
      const contentSpan = span(doc, content.first, content.end);
      const cueSpan = span(doc, cueFirst, cueEnd);
      if (!contentSpan || !cueSpan) continue;
      const paragraph = paragraphOf(content.first);
      const quote: Quote = {
        kind: kindOf(doc, content.first, content.end, quotations),
        cue: cueSpan,
        content: contentSpan,
        sentence,
      };
      // A source is a noun phrase: "The council cannot" ends before its modal; "seldom", "against" alone
      // head none.
      while (
        source &&
        source.end > source.first &&
        !isCapitalised(tokens[source.end - 1]) &&
        NOT_HEADS.has(bareWord(tokens[source.end - 1]))
      )
        source.end--;
      // "-Nate Cohn explains ...", "(Reuters) - Ruiz said", "...,''' Ms. Orr said": a list dash or a stray
      // quotation mark opens no noun phrase.
      while (
        source &&
        source.end > source.first + 1 &&
        (tokens[source.first]?.kind === 'quote' ||
          LEADING_MARKS.has(tokens[source.first]?.text ?? '') ||
          // "Even those who backed her say": the focus word is no part of the noun phrase.
          bareWord(tokens[source.first]) === 'even')
      )
        source.first++;
      if (source && source.end === source.first) continue;
      if (source) {
        const sourceSpan = span(doc, source.first, Math.max(source.end, sourceSpanEnd));
        // "He’s predicting", "You’ve been talking": the pronoun without its contracted verb, which joins the cue
        // (PolNeAR marks "’s predicting").
        const contracted =
          sourceSpan && source.end === source.first + 1 ? CONTRACTED_PRONOUN.exec(sourceSpan.text) : null;
        if (sourceSpan && contracted && SOURCE_PRONOUNS.has((contracted[1] ?? '').toLowerCase())) {
          const length = contracted[2]?.length ?? 0;
          sourceSpan.end -= length;
          sourceSpan.text = sourceSpan.text.slice(0, -length);
          if (source.end === cueFirst)
            quote.cue = {
              start: sourceSpan.end,
              end: cueSpan.end,
              text: doc.text.slice(sourceSpan.end, cueSpan.end),
            };
        }
        if (sourceSpan) quote.source = sourceSpan;
        sentenceSource = { first: source.first, end: source.end, spanEnd: sourceSpanEnd };
        // "according to her publicist, Tomas Berg": a role without a name, then the name as its appositive.
        const speaker =
          resolveSpeaker(source, paragraph, content) ??
          (sourceSpanEnd > source.end + 1 &&
          tokens[source.end]?.text === ',' &&
          isCapitalised(tokens[source.end + 1]) &&
          (ROLE_NOUNS.has(bareWord(tokens[source.end - 1])) ||
            SPOKES_NOUNS.has(bareWord(tokens[source.end - 1])))
            ? resolveSpeaker({ first: source.end + 1, end: sourceSpanEnd }, paragraph, content)
            : undefined);
        if (speaker) {
          quote.speaker = speaker;
          speakers.add(speaker);
          if (!question) lastSpeaker = { entity: speaker, paragraph };
        } else if (
          (bareWord(tokens[source.first]) === 'a' || bareWord(tokens[source.first]) === 'an') &&
          // "will spend six years in jail after a judge said ...": a description inside a clause of time or
          // cause is someone the sentence passes by, not a person the article goes on to name.
          !SUBORDINATORS.has(bareWord(tokens[source.first - 1])) &&
          // The delayed-identification lede ("A top diplomat said ... Abrams, the envoy, said"): past the
          // first two paragraphs or three sentences (a headline or dateline line may come first; some texts
          // put each sentence on a line of its own), "a senior official said" is someone the outlet leaves
          // unnamed (in BASIL "A senior administration official" went to the president quoted next).
          paragraph <= LEDE_PARAGRAPHS &&
          sentence < LEDE_SENTENCES &&
          describesPerson(tokens, source) &&
          CUE_VERBS.has(bareWord(tokens[cueEnd - 1]))
        ) {
          pendingDescriptors.push({ quote, source, paragraph });
        }
      }
      const context =
        contextNear(doc, cueEnd, sentenceEnd) ?? contextNear(doc, sentenceFirst, source?.first ?? cueFirst);
      if (context) quote.context = context;
      quotes.push(quote);
      // "“...,” said Ruiz, a nurse who stayed to help. “...”": a report inside the speaker's description
      // does not take over the continuation of the direct quote in the same sentence.
      const nestedIndirect =
        quote.kind === 'indirect' && lastQuote?.sentence === sentence && lastQuote.kind !== 'indirect';
      if (!nestedIndirect) {
        lastQuote = quote;
        lastQuoteParagraph = paragraph;
      }
      cue = Math.max(cue, cueEnd - 1);
      if (content.first > cue) skipUntil = content.end - 1;
    }
    // "Pew Research: “...”", "From the report: “...”": a colon right before a quotation nobody claimed.
    for (let index = sentenceFirst + 1; index < sentenceEnd; index++) {
      if (tokens[index]?.text !== ':') continue;
      const order = quotationByOpen.get(index + 1);
      if (order === undefined || covered[order] || (inside[index] ?? -1) >= 0) continue;
      const quotation = quotations[order];
      let sourceFirst = index;
      while (sourceFirst > sentenceFirst && sourceFirst > index - MAX_HEADLINE_SPEAKER_TOKENS - 2) {
        const token = tokens[sourceFirst - 1];
        if (
          !token ||
          token.kind === 'quote' ||
          token.text === '-' ||
          token.text === '—' ||
          token.text === ','
        )
          break;
        sourceFirst--;
      }
      while (
        sourceFirst < index &&
        (bareWord(tokens[sourceFirst]) === 'from' || bareWord(tokens[sourceFirst]) === 'more')
      )
        sourceFirst++;
      // "he demurred: “...”", "as the group's website notes: “...”": the verb before the colon is the cue.
      let cueAt = index;
      const verb = tokens[index - 1];
      const verbWord = bareWord(verb);
      if (
        index - 1 > sourceFirst &&
        verb?.kind === 'word' &&
        !isCapitalised(verb) &&
        /^[a-z]{3,}(?:ed|s)$/.test(verb.text) &&
        !NOT_VERBS.has(verbWord) &&
        // "the harbour report:", "his notes:": a noun unless a name or pronoun stands right before it.
        (!AMBIGUOUS_CUES.has(verbWord) ||
          SOURCE_PRONOUNS.has(bareWord(tokens[index - 2])) ||
          isCapitalised(tokens[index - 2]))
      ) {
        cueAt = index - 1;
        if (bareWord(tokens[sourceFirst]) === 'as' && sourceFirst + 1 < cueAt) sourceFirst++;
      }
      const sourceSpan = span(doc, sourceFirst, cueAt);
      const cueSpan = span(doc, cueAt, cueAt + 1);
      if (!quotation || !sourceSpan || !cueSpan || sourceFirst === cueAt) continue;
      covered[order] = 1;
      const quote: Quote = {
        kind: 'direct',
        source: sourceSpan,
        cue: cueSpan,
        content: {
          start: quotation.start,
          end: quotation.end,
          text: doc.text.slice(quotation.start, quotation.end),
        },
        sentence,
      };
      const speaker = resolveSpeaker({ first: sourceFirst, end: cueAt }, paragraphOf(index), {
        first: quotation.open,
        end: quotation.close + 1,
      });
      if (speaker) quote.speaker = speaker;
      quotes.push(quote);
      lastQuote = quote;
      lastQuoteParagraph = paragraphOf(index);
    }
    // Quotations that open a sentence with no cue of their own continue the last attributed quote.
    for (let index = sentenceFirst; index < sentenceEnd; index++) {
      if (tokens[index]?.kind !== 'quote') continue;
      const order = quotationByOpen.get(index);
      if (order === undefined || covered[order]) continue;
      const quotation = quotations[order];
      if (!quotation || !lastQuote || lastQuote.kind === 'indirect') continue;
      const paragraph = paragraphOf(index);
      const opensSentence = index === sentenceFirst;
      if (!opensSentence || paragraph - lastQuoteParagraph > CONTINUATION_PARAGRAPHS) continue;
      // "“...,” fumed grocer Ned Orme.": a sentence that names another person outside the quotation gives it
      // a speaker of its own, even when no cue was recognised; the last speaker's chain ends there.
      if (namesOtherPerson(sentence, quotation, lastQuote.speaker)) {
        lastQuote = null;
        continue;
      }
      covered[order] = 1;
      const continuation: Quote = {
        kind: 'direct',
        cue: lastQuote.cue,
        content: {
          start: quotation.start,
          end: quotation.end,
          text: doc.text.slice(quotation.start, quotation.end),
        },
        sentence,
      };
      if (lastQuote.source) continuation.source = lastQuote.source;
      if (lastQuote.speaker) continuation.speaker = lastQuote.speaker;
      if (lastQuote.context) continuation.context = lastQuote.context;
      quotes.push(continuation);
      continuations.add(continuation);
      lastQuoteParagraph = paragraph;
      index = Math.max(index, quotation.close);
    }
  });

  // "A top American diplomat said ..." in the lede: the description introduces the next person quoted.
  for (const pending of pendingDescriptors) {
    const next = quotes.find(
      (quote) =>
        quote.speaker !== undefined &&
        quote.content.start > pending.quote.content.start &&
        entityById.get(quote.speaker ?? '')?.type === 'person',
    );
    if (
      !next?.speaker ||
      paragraphOf(tokens.findIndex((token) => token.start >= next.content.start)) - pending.paragraph > 3
    )
      continue;
    pending.quote.speaker = next.speaker;
    addReference(next.speaker, pending.source, 'descriptor');
    for (const quote of quotes) if (quote.cue.start === pending.quote.cue.start) quote.speaker = next.speaker;
  }
  // "Ruiz, who praised the plan last year, warned ...", "said Ruiz, who said he rarely votes": a relative clause
  // that is a report of its own is no part of the source (PolNeAR leaves it out 20 times in 26 on train;
  // other relative clauses stay, as it keeps them about half the time).
  const relativeSources = quotes.filter((quote) => quote.source && /^who$/i.test(quote.source.text));
  for (const quote of quotes) {
    const source = quote.source;
    if (!source) continue;
    const commaBefore = (start: number): number => {
      const comma = doc.text.lastIndexOf(',', start - 1);
      return comma > source.start && /^\s*$/.test(doc.text.slice(comma + 1, start)) ? comma : -1;
    };
    const relative = relativeSources.find(
      (other) =>
        other !== quote &&
        other.sentence === quote.sentence &&
        (other.source?.start ?? 0) < source.end &&
        commaBefore(other.source?.start ?? 0) > 0,
    );
    if (!relative?.source) continue;
    const end = commaBefore(relative.source.start);
    quote.source = { ...source, end, text: doc.text.slice(source.start, end) };
  }
  // A quotation taken as the continuation of the last quote may turn out to have its own cue in a later sentence
  // ("“We will not negotiate. The door is closed,” Vonn said."): the quote of its own cue stands, the
  // continuation goes, so one quotation is never two quotes.
  const kept =
    continuations.size === 0
      ? quotes
      : quotes.filter(
          (quote) =>
            !continuations.has(quote) ||
            !quotes.some(
              (other) =>
                !continuations.has(other) &&
                other.content.start <= quote.content.start &&
                other.content.end >= quote.content.end,
            ),
        );
  return { quotes: kept, references, speakers };
}

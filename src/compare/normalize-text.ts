/**
 * Word-level normalisation shared by the compare stage: accent folding, word tokens with offsets, and the
 * "content words" that alignment and reuse detection compare.
 */

/** A word of the text with its offsets into the text it came from. */
export interface WordToken {
  /** Lower case, accents folded, curly apostrophes straightened, possessive `'s` dropped. */
  word: string;
  start: number;
  end: number;
}

// Combining marks belong to the word ("Bogota\u0301", NFD); `foldText` drops them from the key.
const WORD_PATTERN = /[\p{L}\p{M}\p{N}]+(?:['’.,-][\p{L}\p{M}\p{N}]+)*/gu;

/** A character other than printable ASCII, tab or newline: without one, folding is lower-casing (NFKD keeps those). */
const NON_ASCII = /[^ -~\t\n\r]/;

/** Lower case with accents folded: "Nicolás" -> "nicolas". */
export function foldText(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of `text`, normalised, with their offsets (numbers keep inner separators: "1,200", "3.5"). */
export function normalizeText(text: string): WordToken[] {
  const words: WordToken[] = [];
  for (const match of text.matchAll(WORD_PATTERN)) {
    let word = foldText(match[0]);
    if (word.includes('’')) word = word.replace(/’/g, "'");
    if (word.endsWith("'s")) word = word.slice(0, -2);
    if (!/\d/.test(word)) word = word.replace(/[.,]/g, '');
    if (word === '') continue;
    words.push({ word, start: match.index, end: match.index + match[0].length });
  }
  return words;
}

// Function words plus reporting verbs and attribution words: two outlets telling the same fact differ most in
// how they attribute it ("said", "told the Times", "according to"), so those words must not make or break a match.
const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet if then than that this these those there here of in on at to for from by with ' +
    'without about into onto over under after before during since until as is are was were be been being am do ' +
    "does did done have has had having will would shall should can could may might must not no it its it's he him " +
    'his she her hers they them their theirs we us our ours you your yours i me my mine who whom whose which what ' +
    'when where why how all any both each few more most other some such only own same too very just also even ' +
    'still again further once up down out off now while because though although however said says say saying ' +
    'told tell tells telling added adds according reported reports reporting stated statement claimed claims ' +
    'noted explained asked according quoted quoting spoke speaking interview per one ones mr mrs ms dr last ' +
    'week weeks year years day days time times hours hour new'
  ).split(' '),
);

// "new" is listed above so that "New York Times" attribution does not align sentences; the cost is losing
// "new" as evidence in a few real matches, which the other words of a sentence carry anyway.

// "we're", "don't", "they'll": pronoun or auxiliary contractions carry no content.
const CONTRACTION = /'(re|t|ll|ve|d|m)$/;

/** True for a word that carries no content of its own for alignment. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

// Irregular past forms common in news, mapped to the base form that the other outlet may use ("left power" /
// "leave power").
const IRREGULAR = new Map(
  (
    'left:leave went:go gone:go took:take taken:take met:meet held:hold gave:give given:give won:win fled:flee ' +
    'led:lead sought:seek made:make paid:pay fought:fight brought:bring kept:keep ran:run began:begin begun:begin ' +
    'fell:fall fallen:fall rose:rise risen:rise struck:strike shot:shoot hit:hit caught:catch thought:think ' +
    'found:find sent:send spent:spend lost:lose built:build sold:sell bought:buy stood:stand wrote:write ' +
    'written:write chose:choose chosen:choose drove:drive driven:drive broke:break broken:break'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/**
 * A crude stem: drop common English inflections and cut at 6 letters, so "negotiating", "negotiations" and
 * "negotiated" meet, and so do "threats" and "threatening". Truncation stemming is known to work about as well as Porter's for matching tasks, and
 * it needs no word list.
 */
export function stemWord(word: string): string {
  if (/\d/.test(word)) return word.replace(/,/g, '');
  let stem = IRREGULAR.get(word) ?? word;
  if (stem.length > 5 && stem.endsWith('ies')) stem = stem.slice(0, -3) + 'y';
  else if (stem.length > 4 && stem.endsWith('ing')) stem = stem.slice(0, -3);
  else if (stem.length > 4 && stem.endsWith('ed')) stem = stem.slice(0, -2);
  else if (stem.length > 3 && stem.endsWith('s') && !stem.endsWith('ss')) stem = stem.slice(0, -1);
  return stem.length > 6 ? stem.slice(0, 6) : stem;
}

/** The distinct content-word stems of `text`, for alignment. */
export function contentWords(text: string): string[] {
  return [...contentWordCase(text).keys()];
}

/**
 * The distinct content-word stems of `text`, each with whether every one of its occurrences is capitalised
 * ("Governor Elsa Marek": names and titles) rather than written in lower case or as a figure at least once.
 * Two tellings that share only capitalised words share who, not what: alignment needs a shared word of the
 * other kind. `tokens`: `normalizeText(text)` when already read.
 */
export function contentWordCase(
  text: string,
  tokens: readonly WordToken[] = normalizeText(text),
): Map<string, boolean> {
  const capitalisedOnly = new Map<string, boolean>();
  for (const token of tokens) {
    if (isStopword(token.word) || CONTRACTION.test(token.word)) continue;
    if (token.word.length < 2 && !/\d/.test(token.word)) continue;
    const stem = stemWord(token.word);
    const capitalised = /^\p{Lu}/u.test(text.slice(token.start, token.end));
    capitalisedOnly.set(stem, (capitalisedOnly.get(stem) ?? true) && capitalised);
  }
  return capitalisedOnly;
}

/*
 * Words that deny the verb after them: "had not opened", "never paid", "didn't close". Not "no", which denies a
 * noun ("no job would be lost" says the same as "a guarantee on jobs").
 */
const NEGATOR = /^(?:not|never|n't)$|n't$/;
/* How many content words after a negator it denies: "not (formally) opened (an) investigation". */
const NEGATED_REACH = 2;

/**
 * The content-word stems of `text` that a negation denies ("had not opened a formal investigation": "formal",
 * "opened"... up to `NEGATED_REACH` content words after the negator). Two tellings that share such a word, denied
 * in one and not the other, say opposite things.
 */
export function negatedWords(text: string): Set<string> {
  const negated = new Set<string>();
  let reach = 0;
  for (const token of normalizeText(text)) {
    if (NEGATOR.test(token.word)) {
      reach = NEGATED_REACH;
      continue;
    }
    if (reach === 0 || isStopword(token.word) || CONTRACTION.test(token.word)) continue;
    negated.add(stemWord(token.word));
    reach--;
  }
  return negated;
}

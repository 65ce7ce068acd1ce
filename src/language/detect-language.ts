import { composeKey } from '../model/index.js';

/*
 * Short, frequent function words per language. Function words are the most stable signal on short news text
 * (Grefenstette 1995: a few hundred words identify the language of a sentence); each list is chosen so that no
 * word is frequent in two of the languages (e.g. Spanish/Portuguese "de" and "que" are left out of both).
 */
const STOPWORDS: Record<string, readonly string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'is',
    'was',
    'that',
    'with',
    'for',
    'he',
    'she',
    'it',
    'said',
    'have',
    'has',
    'not',
    'this',
    'which',
    'would',
    'from',
    'they',
    'were',
    'been',
    'will',
  ],
  es: [
    'el',
    'los',
    'las',
    'del',
    'por',
    'una',
    'con',
    'para',
    'es',
    'su',
    'al',
    'lo',
    'como',
    'más',
    'pero',
    'sus',
    'fue',
    'ha',
    'este',
    'está',
    'y',
    'muy',
    'también',
    'dijo',
  ],
  pt: [
    'não',
    'uma',
    'os',
    'das',
    'dos',
    'com',
    'para',
    'por',
    'mais',
    'foi',
    'ao',
    'pelo',
    'pela',
    'seu',
    'sua',
    'são',
    'está',
    'também',
    'disse',
    'ele',
    'ela',
    'em',
    'na',
    'no',
  ],
  fr: [
    'le',
    'les',
    'des',
    'est',
    'une',
    'du',
    'dans',
    'qui',
    'pour',
    'pas',
    'sur',
    'au',
    'avec',
    'il',
    'elle',
    'sont',
    'ont',
    'été',
    'mais',
    'aux',
    'ce',
    'cette',
    'et',
    'a déclaré',
  ],
  de: [
    'der',
    'die',
    'und',
    'den',
    'das',
    'ist',
    'nicht',
    'mit',
    'sich',
    'des',
    'auf',
    'dem',
    'ein',
    'eine',
    'zu',
    'im',
    'für',
    'von',
    'wird',
    'sagte',
    'auch',
    'es',
    'sie',
    'er',
  ],
  it: [
    'il',
    'della',
    'che',
    'di',
    'non',
    'per',
    'una',
    'sono',
    'gli',
    'dei',
    'nel',
    'alla',
    'con',
    'anche',
    'è',
    'ha',
    'ma',
    'più',
    'delle',
    'questo',
    'lo',
    'ed',
    'degli',
    'ha detto',
  ],
  nl: [
    'het',
    'een',
    'van',
    'en',
    'de',
    'niet',
    'dat',
    'zijn',
    'op',
    'met',
    'voor',
    'ook',
    'werd',
    'maar',
    'bij',
    'heeft',
    'naar',
    'dit',
    'wordt',
    'zei',
    'hij',
    'ze',
    'nog',
    'om',
  ],
  sv: [
    'och',
    'att',
    'det',
    'som',
    'är',
    'för',
    'på',
    'med',
    'har',
    'inte',
    'av',
    'till',
    'den',
    'ett',
    'om',
    'var',
    'sa',
    'men',
    'också',
    'han',
    'hon',
    'från',
    'vid',
    'kan',
  ],
  id: [
    'yang',
    'dan',
    'di',
    'ini',
    'itu',
    'dengan',
    'untuk',
    'tidak',
    'dari',
    'dalam',
    'akan',
    'pada',
    'juga',
    'ke',
    'karena',
    'ada',
    'oleh',
    'mereka',
    'kata',
    'bahwa',
    'telah',
    'saat',
    'atau',
    'sudah',
  ],
  tr: [
    've',
    'bir',
    'bu',
    'için',
    'ile',
    'da',
    'de',
    'olarak',
    'çok',
    'daha',
    'gibi',
    'olan',
    'ama',
    'en',
    'kadar',
    'sonra',
    'ancak',
    'değil',
    'dedi',
    'şekilde',
    'göre',
    'her',
    'ki',
    'mi',
  ],
};

/* Scripts that identify a language (or a small family, reported by its most common member) by themselves. */
const SCRIPTS: readonly [RegExp, string][] = [
  [/[\u3040-\u30ff]/u, 'ja'],
  [/[\uac00-\ud7af]/u, 'ko'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Cyrillic}/u, 'ru'],
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Devanagari}/u, 'hi'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Georgian}/u, 'ka'],
  [/\p{Script=Armenian}/u, 'hy'],
  [/\p{Script=Bengali}/u, 'bn'],
];

const WORD_INDEX = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const word of words) {
    const list = WORD_INDEX.get(word) ?? [];
    list.push(lang);
    WORD_INDEX.set(word, list);
  }
}

/* The first 2,000 characters (~300 words) decide: a stable vote, and detection stays O(1) on huge inputs. */
const SAMPLE_CHARS = 2000;
/* Fewer than 3 stop-word hits (less than one short sentence) is too little evidence to name a language. */
const MIN_HITS = 3;

const LETTER = /\p{L}/uy;

/** The length in code units of the letter at `index` of `text`, or 0 when none starts there. */
function letterSize(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? 1 : 0;
  LETTER.lastIndex = index;
  return LETTER.test(text) ? LETTER.lastIndex - index : 0;
}

/**
 * Detects the language of a text: a BCP 47 primary code ("en", "es", "zh") or "und" when unsure.
 *
 * @example
 * detectLanguage('The mayor said the bridge would open next week.'); // 'en'
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  let letters = 0;
  let latin = 0;
  for (let index = 0; index < sample.length; index++) {
    const code = sample.charCodeAt(index);
    // ASCII and Latin-1/Extended letters without a regex: they are nearly all of the text in Latin scripts.
    if (
      (code >= 65 && code <= 90) ||
      (code >= 97 && code <= 122) ||
      (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
    ) {
      letters++;
      latin++;
    } else if (code > 127) {
      const char = sample[index] ?? '';
      if (/\p{L}/u.test(char)) letters++;
    }
  }
  if (letters === 0) return 'und';
  if (latin / letters < 0.5) {
    const counts = new Map<string, number>();
    for (const char of sample) {
      for (const [pattern, lang] of SCRIPTS) {
        if (pattern.test(char)) {
          counts.set(lang, (counts.get(lang) ?? 0) + 1);
          break;
        }
      }
    }
    // Japanese text is mostly Han characters, with kana in almost every sentence: any kana decides.
    if ((counts.get('ja') ?? 0) > 0) return 'ja';
    let best = 'und';
    let bestCount = 0;
    for (const [lang, count] of counts) {
      if (count > bestCount) {
        best = lang;
        bestCount = count;
      }
    }
    return best;
  }
  const scores = new Map<string, number>();
  let hits = 0;
  // In NFC: the word lists spell accents precomposed ("está"), some texts write them as combining marks.
  const lower = composeKey(sample).toLowerCase();
  // The words are the runs of letters (`\p{L}+`), read without a match object per word.
  let index = 0;
  while (index < lower.length) {
    const start = index;
    for (let size = letterSize(lower, index); size > 0; size = letterSize(lower, index)) index += size;
    if (index === start) {
      index += lower.codePointAt(index)! > 0xffff ? 2 : 1;
      continue;
    }
    const langs = WORD_INDEX.get(lower.slice(start, index));
    if (!langs) continue;
    hits++;
    for (const lang of langs) scores.set(lang, (scores.get(lang) ?? 0) + 1 / langs.length);
  }
  if (hits < MIN_HITS) return 'und';
  let best = 'und';
  let bestScore = 0;
  for (const [lang, score] of scores) {
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}

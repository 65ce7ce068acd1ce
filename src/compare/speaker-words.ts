import { isRoleWord } from '../language/index.js';
import { normalizeText, stemWord } from './normalize-text.js';

/* Verbs that report speech: the act of saying, not what was said. */
const SPEECH_VERBS = new Set([
  'say',
  'says',
  'said',
  'saying',
  'tell',
  'tells',
  'told',
  'add',
  'adds',
  'added',
]);

/**
 * An appositive after a name ("Tove Ranke, the operations director of Lisk Mills, said"): who the person is,
 * up to the comma that closes it.
 */
const APPOSITIVE = /\p{Lu}[\p{L}\p{M}'’-]*,\s+(?:the|a|an)\s+([^,;:"“”()]{1,80}),/gu;

/**
 * Stems of the words of a sentence that say who speaks rather than what happened: titles and roles
 * ("director", "mayor"), verbs of saying, and the words of an appositive after a name. Two statements of one
 * speaker share these whatever they say, so they do not count as shared "what" words when aligning.
 *
 * @example
 * speakerWordStems('Tove Ranke, the operations director of Lisk Mills, said the firm would pay.')
 * // -> stems of "operations", "director", "lisk", "mills", "said"
 */
export function speakerWordStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const token of normalizeText(text)) {
    if (isRoleWord(token.word) || SPEECH_VERBS.has(token.word)) stems.add(stemWord(token.word));
  }
  // An appositive's words, unless the sentence also uses them outside it ("Lena Holm, a representative of the
  // Drivers' Union, said drivers had raised concerns": "drivers" is also what was said).
  let outside = text;
  const inside: string[] = [];
  for (const match of text.matchAll(APPOSITIVE)) {
    const words = match[1] ?? '';
    inside.push(words);
    outside = outside.replace(words, ' ');
  }
  const elsewhere = new Set(normalizeText(outside).map((token) => stemWord(token.word)));
  for (const words of inside) {
    for (const token of normalizeText(words)) {
      const stem = stemWord(token.word);
      if (!elsewhere.has(stem)) stems.add(stem);
    }
  }
  return stems;
}

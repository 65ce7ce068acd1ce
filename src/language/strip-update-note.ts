/**
 * The label of a note an outlet puts on its own story when it changes it ("Update, March 9, 10:40:",
 * "Correction:", "Editor's note:"), before the sentence it introduces: it says when the outlet changed the story,
 * not what happened. Compare's `UPDATE_NOTE` (find-conflicts) finds such notes with the same opening words.
 */
const UPDATE_NOTE_LABEL =
  /^(?:Updated?|UPDATED?|Correction|CORRECTION|Clarification|CLARIFICATION|Editor['’]s [Nn]ote)\b(?:[^:.]|\d:\d){0,40}?:\s+(?=["“]?\p{Lu})/u;

/**
 * The sentence without a leading update or correction label; unchanged when it has none. A fact's wording and a
 * summary sentence have no story around them to be a note on; the citation still covers the whole sentence.
 *
 * @example
 * stripUpdateNote('Update, March 9, 10:40: The firm put the number at 40,000.') // -> 'The firm put the number at 40,000.'
 */
export function stripUpdateNote(text: string): string {
  return text.replace(UPDATE_NOTE_LABEL, '');
}

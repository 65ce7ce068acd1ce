/**
 * True when every double quotation mark the text opens it also closes: as many “ as ”, an even number of ".
 * The sentence splitter cuts a multi-sentence quotation into pieces that open or close a quotation they do not
 * contain; such a piece does not read on its own.
 */
export function balancesQuotes(text: string): boolean {
  const opening = (text.match(/“/g) ?? []).length;
  const closing = (text.match(/”/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  return opening === closing && straight % 2 === 0;
}

/**
 * A sentence's wording with the quotation marks the sentence splitter cut away put back: a sentence that opens a
 * quotation which closes in a later sentence (`said: "We got nothing.` of `"We got nothing. Not a penny."`) gets
 * its closing mark, one that closes a quotation opened in an earlier sentence (`Not a penny," she said.`) its
 * opening mark. A fact is read apart from its article, where a lone mark reads as a misprint and leaves the reader
 * unsure where the speaker's words end. Curly marks are restored as curly, straight ones as straight.
 */
export function closeQuotation(text: string): string {
  let result = text;
  const opening = (text.match(/“/g) ?? []).length;
  const closing = (text.match(/”/g) ?? []).length;
  if (opening > closing) result = `${result}${'”'.repeat(opening - closing)}`;
  else if (closing > opening) result = `${'“'.repeat(closing - opening)}${result}`;
  const straight = [...result.matchAll(/"/g)].map((match) => match.index);
  if (straight.length % 2 === 1) {
    // The first straight mark closes a quotation when it follows a word or punctuation and nothing opens before it
    // ('penny," she said'); otherwise the last one opens a quotation the sentence does not close.
    const first = straight[0] ?? 0;
    const closesFirst = first > 0 && /[^\s([{—–:]/u.test(result.charAt(first - 1));
    result = closesFirst ? `"${result}` : `${result}"`;
  }
  return result;
}

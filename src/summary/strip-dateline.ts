/**
 * A dateline opening a news lead: the place in capitals, an optional region, an optional agency in parentheses,
 * then a dash ("PORT ALDER, Veland (MPA) — ", "CARACAS, Venezuela (AP) — ", "BRENNOCK — "), with the filing date
 * where an agency gives one ("TARNBY, Dec 3 (NWS) - "). It says where the
 * story was filed, not what happened, so a summary sentence or headline built from a lead drops it.
 */
const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
// Agencies put the filing date after the place: "TARNBY, Dec 3 (NWS) - ", "PORT ALDER, Veland, March 14 - ".
const FILING_DATE = `(?:,\\s*(?:${MONTH}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH}))?`;
const DATELINE = new RegExp(
  `^\\p{Lu}[\\p{Lu}\\p{M}\\s.'’-]{1,40}(?:,\\s*[\\p{L}\\p{M}\\s.]{1,40})?${FILING_DATE}(?:\\s*\\([^)]{1,40}\\))?\\s*[—–-]{1,2}\\s+(?=\\S)`,
  'u',
);

/** The sentence without a leading dateline; unchanged when it has none. */
export function stripDateline(text: string): string {
  const match = DATELINE.exec(text);
  if (!match) return text;
  const rest = text.slice(match[0].length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * A dateline opening a news lead: the place in capitals, up to three parts after commas (a region, a day, a
 * date), each a few words that open in a capital or a digit, an optional agency in parentheses, then a dash
 * ("PORT ALDER, Veland (MPA) — ", "CARACAS, Venezuela (AP) — ", "BRACKWATER, Tuesday — ", "VARN CITY, Dec. 6
 * (Harbour Wire) — ", "BRENNOCK — "). It says where and when the story was filed, not what happened, so a fact's
 * wording, a summary sentence or a headline built from a lead drops it. A part in lower case ("NATO, the UN and
 * 14 other bodies — ") is a sentence, not a dateline. The dash may be a horizontal bar ("―"), as on some US sites.
 */
const DATELINE =
  /^\p{Lu}[\p{Lu}\p{M}\s.'’-]{1,40}(?:,\s*[\p{Lu}\d][\p{L}\p{M}\d.]*(?:\s+[\p{Lu}\d][\p{L}\p{M}\d.]*){0,3}){0,3}(?:\s*\([^)]{1,40}\))?\s*[—–―-]{1,2}\s+(?=\S)/u;
/** A dash opening the text: what is left when extraction cut the dateline before it away. */
const LEADING_DASH = /^[—–―-]{1,2}\s+(?=\S)/u;

/** The sentence without a leading dateline; unchanged when it has none. */
export function stripDateline(text: string): string {
  const match = DATELINE.exec(text) ?? LEADING_DASH.exec(text);
  if (!match) return text;
  const rest = text.slice(match[0].length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * A dateline opening a news lead: the place in capitals, an optional region, an optional agency in parentheses,
 * then a dash ("PORT ALDER, Veland (MPA) — ", "CARACAS, Venezuela (AP) — ", "BRENNOCK — "). It says where the
 * story was filed, not what happened, so a summary sentence or headline built from a lead drops it.
 */
const DATELINE =
  /^\p{Lu}[\p{Lu}\p{M}\s.'’-]{1,40}(?:,\s*[\p{L}\p{M}\s.]{1,40})?(?:\s*\([^)]{1,40}\))?\s*[—–-]{1,2}\s+(?=\S)/u;

/** The sentence without a leading dateline; unchanged when it has none. */
export function stripDateline(text: string): string {
  const match = DATELINE.exec(text);
  if (!match) return text;
  const rest = text.slice(match[0].length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

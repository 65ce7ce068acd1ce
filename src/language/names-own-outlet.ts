/** A comparable form of an outlet name: "The Pellow Courier" and "pellow courier" meet, accents folded. */
export function outletWords(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * True when `name` is the article's own outlet `own`, whole, by its last words ("the Evening Post" in the
 * Kestrel Evening Post, "the Courier" in the Pellow Courier) or by its first two or more ("Radio Veland" in
 * Radio Veland News): an outlet citing its own reporting or interview is not crediting anyone, nor quoting.
 */
export function namesOwnOutlet(name: string, own: string | undefined): boolean {
  if (own === undefined) return false;
  const key = outletWords(name);
  const ownKey = outletWords(own);
  if (key === '' || ownKey === '') return false;
  return key === ownKey || ownKey.endsWith(` ${key}`) || (key.includes(' ') && ownKey.startsWith(`${key} `));
}

import type { Conflict, QuoteGroup } from '../model/index.js';

/**
 * A quotation whose versions differ in a negation ("do not need to move" / "need to move": `reversed`) tells two
 * opposite things in one speaker's name: a `quote` conflict, `about` "what <speaker> said", one side per wording
 * (the group's own wording and the reversed one), each with the articles and sentences that give it. A group with
 * no named speaker is left out: "Reports differ on what someone said" tells a reader nothing to check.
 *
 * @example
 * reversedQuoteConflicts(groups) // [{kind: 'quote', about: 'what Edda Quell said', sides: [...]}]
 */
export function reversedQuoteConflicts(groups: readonly QuoteGroup[]): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const group of groups) {
    if (group.speaker === null) continue;
    const sides = new Map<string, Conflict['sides'][number]>();
    for (const variant of group.variants) {
      const reversed = variant.differences.includes('reversed');
      const value = reversed ? variant.text : group.text;
      const key = reversed ? `reversed\u0000${variant.text}` : 'own';
      let side = sides.get(key);
      if (side === undefined) sides.set(key, (side = { value, articles: [], citations: [] }));
      if (!side.articles.includes(variant.article)) side.articles.push(variant.article);
      side.citations.push(variant.citation);
    }
    if (sides.size < 2 || !sides.has('own')) continue;
    conflicts.push({ kind: 'quote', about: `what ${group.speaker} said`, sides: [...sides.values()] });
  }
  return conflicts;
}

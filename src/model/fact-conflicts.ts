import type { Conflict, Fact } from './story.js';

/**
 * The conflicts that sit inside a fact: named by its id, or citing one of its sentences with the fact's articles
 * on two sides or more. A "shared" fact whose tellings disagree on a figure ("about 4,000 litres" / "some 6,500
 * litres") must say so wherever it is shown, or its source count reads as agreement on the figure; one whose
 * tellings all stand on one side of a dispute with an article outside it ("about 1,200 jobs" in each, "up to
 * 1,500 workers" in a tabloid that tells the fact no other way) agrees, and says so by saying nothing. A figure
 * a later report updates is noted on every fact that states it.
 */
export function conflictsInFact(fact: Fact, conflicts: readonly Conflict[]): Conflict[] {
  const sentences = new Set(
    fact.citations.map((citation) => `${citation.article}\u0000${citation.sentence}`),
  );
  const articles = new Set(fact.articles);
  return conflicts.filter(
    (conflict) =>
      conflict.fact === fact.id ||
      (conflict.sides.some((side) =>
        side.citations.some((citation) => sentences.has(`${citation.article}\u0000${citation.sentence}`)),
      ) &&
        // A figure a later report updates is worth the note wherever that report stands.
        (conflict.latest !== undefined ||
          conflict.sides.filter((side) => side.articles.some((article) => articles.has(article))).length >=
            2)),
  );
}

/**
 * A note for a fact with conflicts inside it: "they differ on how many litres", or "a later report updates how
 * many people" for a figure that changed over time; '' when none.
 */
export function factConflictNote(fact: Fact, conflicts: readonly Conflict[]): string {
  const found = conflictsInFact(fact, conflicts);
  const differ = found.filter((conflict) => conflict.latest === undefined).map((conflict) => conflict.about);
  const updated = found.filter((conflict) => conflict.latest !== undefined).map((conflict) => conflict.about);
  const parts = [
    ...(differ.length > 0 ? [`they differ on ${differ.join('; ')}`] : []),
    ...(updated.length > 0 ? [`a later report updates ${updated.join('; ')}`] : []),
  ];
  return parts.join('; ');
}

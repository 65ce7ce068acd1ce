import { findBylineCredits, type BylineCreditSpan } from '../language/index.js';
import type { Article, Story } from '../model/index.js';
import { isPressRelease, outletKey } from './source-keys.js';

/**
 * The story with each group of syndicated copies rooted at the agency they credit. The story stage takes the
 * earliest article as the original, and an agency's wire line often carries only its day while an outlet's
 * page of it carries a time, so the outlet came first and the agency read as its copy. When the other
 * articles of a group credit one member's outlet (a "(CPA) —" dateline, "Coastline Press Agency said", an end
 * note "Coastline Press Agency contributed to this report", a byline "Tribune staff and Coastline Press Agency")
 * and that member credits none of theirs, it is the original, whatever the times of publication say: every other
 * member becomes its copy. A group with one press release in it is rooted at the release, credits or not: a
 * release is where the text starts (and one dated by day only sorts after the outlets' timed pages of it). Groups
 * with no such member, or with more than one, are left as the story gives them.
 *
 * @param bylineCredits each article's byline credits (`findBylineCredits`), found here when not given
 * @example
 * const oriented = orientCopies(story, articles); // the wire line, not the first page, is the original
 */
export function orientCopies(
  story: Story,
  articles: readonly Article[],
  bylineCredits?: ReadonlyMap<string, readonly BylineCreditSpan[]>,
): Story {
  if (story.copies.length === 0) return story;
  const byId = new Map(articles.map((article) => [article.id, article]));
  const copyOf = new Map(story.copies.map((copy) => [copy.article, copy]));
  const rootOf = (id: string): string => {
    const seen = new Set([id]);
    let root = id;
    for (let next = copyOf.get(root)?.copyOf; next !== undefined && !seen.has(next);) {
      seen.add(next);
      root = next;
      next = copyOf.get(root)?.copyOf;
    }
    return root;
  };
  const groups = new Map<string, string[]>();
  for (const id of new Set([...story.copies.flatMap((copy) => [copy.article, copy.copyOf])])) {
    const root = rootOf(id);
    groups.set(root, [...(groups.get(root) ?? []), id]);
  }
  const ownKey = (id: string): string | undefined => {
    const outlet = byId.get(id)?.outlet;
    return outlet === undefined || outlet === '' ? undefined : outletKey(outlet);
  };
  const credited = (id: string): Set<string> => {
    const article = byId.get(id);
    if (article === undefined) return new Set();
    const byline = bylineCredits?.get(id) ?? findBylineCredits(article.byline, article.outlet);
    return new Set([...article.credits, ...byline].map((credit) => outletKey(credit.outlet)));
  };

  const rerooted = new Map<string, string>();
  for (const [root, members] of groups) {
    const candidates = members.filter((member) => {
      const key = ownKey(member);
      if (key === undefined) return false;
      const others = members.filter((other) => other !== member && ownKey(other) !== key);
      if (others.length === 0 || !others.every((other) => credited(other).has(key))) return false;
      const mine = credited(member);
      return others.every((other) => {
        const theirs = ownKey(other);
        return theirs === undefined || !mine.has(theirs);
      });
    });
    const releases = members.filter((member) => {
      const article = byId.get(member);
      return article !== undefined && isPressRelease(article);
    });
    const original =
      releases.length === 1 ? releases[0] : candidates.length === 1 ? candidates[0] : undefined;
    if (original !== undefined && original !== root) rerooted.set(root, original);
  }
  if (rerooted.size === 0) return story;

  const similarityTo = (id: string, root: string): number =>
    copyOf.get(id)?.similarity ?? copyOf.get(root)?.similarity ?? 1;
  const copies = story.copies.flatMap((copy) => {
    const root = rootOf(copy.article);
    const original = rerooted.get(root);
    if (original === undefined) return [copy];
    if (copy.article === original) return [];
    return [{ article: copy.article, copyOf: original, similarity: copy.similarity }];
  });
  for (const [root, original] of rerooted) {
    copies.push({ article: root, copyOf: original, similarity: similarityTo(original, root) });
  }
  return { ...story, copies };
}

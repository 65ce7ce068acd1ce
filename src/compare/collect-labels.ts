import type { Article, LabelEntry } from '../model/index.js';
import { gluedTitle, type EntityLinks } from './link-entities.js';
import { foldText } from './normalize-text.js';
import { citeSpan } from './sentence-at.js';

/**
 * For each person and organisation of the story, the names it goes by and the labels each article attaches
 * to it ("Venezuelan President", "dictator", "the State Department's special envoy"), each label cited once
 * per article at its first use. Only articles that label the entity get a row, and only labelled entities an
 * entry: a bare list of every name in the story ("Marrow Bay: [1] ; [2] ;") tells a reader nothing about who
 * calls whom what. Places get an entry only where an article labels them. Entities carried by more articles
 * come first.
 */
export function collectLabels(articles: readonly Article[], links: EntityLinks): LabelEntry[] {
  const entries: { entry: LabelEntry; mentions: number }[] = [];
  for (const linked of links.entities) {
    if (linked.type === 'other') continue;
    const names: string[] = [];
    const addName = (name: string): void => {
      const trimmed = name.trim();
      if (trimmed !== '' && !names.includes(trimmed)) names.push(trimmed);
    };
    addName(linked.name);
    const byArticle = new Map<number, LabelEntry['byArticle'][number]>();
    const seenLabels = new Map<number, Set<string>>();
    let mentions = 0;
    for (const member of linked.members) {
      const article = articles[member.article] as Article;
      addName(member.entity.name);
      let row = byArticle.get(member.article);
      if (row === undefined) byArticle.set(member.article, (row = { article: article.id, labels: [] }));
      let seen = seenLabels.get(member.article);
      if (seen === undefined) seenLabels.set(member.article, (seen = new Set()));
      for (const mention of member.entity.mentions) {
        mentions++;
        if (mention.reference !== true) addName(mention.text);
        // A title the language stage kept inside the name ("Councillor Ilse Varga") is still a label.
        const glued = mention.reference === true ? undefined : gluedTitle(mention.text, linked.key);
        if (glued !== undefined && /^\p{Lu}/u.test(glued) && !seen.has(foldText(glued))) {
          seen.add(foldText(glued));
          row.labels.push({
            text: glued,
            citation: citeSpan(article, mention.start, mention.start + glued.length),
          });
        }
        for (const label of mention.labels) {
          const key = foldText(label.text).replace(/\s+/g, ' ').trim();
          if (key === '' || seen.has(key)) continue;
          seen.add(key);
          row.labels.push({ text: label.text, citation: citeSpan(article, label.start, label.end) });
        }
      }
    }
    entries.push({
      entry: {
        entity: linked.name,
        type: linked.type,
        names,
        byArticle: [...byArticle.entries()]
          .sort((a, b) => a[0] - b[0])
          .map(([, row]) => row)
          .filter((row) => row.labels.length > 0),
      },
      mentions,
    });
  }
  const labelled = entries.filter(({ entry }) => entry.byArticle.length > 0);
  labelled.sort((a, b) => b.entry.byArticle.length - a.entry.byArticle.length || b.mentions - a.mentions);
  return labelled.map(({ entry }) => entry);
}

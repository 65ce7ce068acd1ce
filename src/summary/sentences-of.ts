import type { Article, Sentence } from '../model/index.js';

/**
 * The article's sentences; when the language stage has not run, its paragraphs (or the whole text) stand in, so
 * that the summary stage still works on articles built by hand.
 */
export function sentencesOf(article: Article): readonly Sentence[] {
  if (article.sentences.length > 0) return article.sentences;
  if (article.paragraphs.length > 0) {
    return article.paragraphs.map((paragraph, index) => ({
      start: paragraph.start,
      end: paragraph.end,
      paragraph: index,
    }));
  }
  return article.text.trim() === '' ? [] : [{ start: 0, end: article.text.length, paragraph: 0 }];
}

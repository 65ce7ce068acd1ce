import type { Article, Quote, Sentence } from '../model/index.js';
import { createTextArticle } from '../model/index.js';

/**
 * Test helper: an article from invented text, split into sentences at ". " / "? " / "! " followed by a capital or
 * a quote mark (good enough for the hand-written test sentences; the real splitter lives in language/).
 */
export function createTestArticle(text: string, metadata: Partial<Article> = {}): Article {
  const article = createTextArticle(text, metadata);
  const sentences: Sentence[] = [];
  article.paragraphs.forEach((paragraph, index) => {
    const body = text.slice(paragraph.start, paragraph.end);
    let start = 0;
    for (const match of body.matchAll(/[.!?]["”]?\s+(?=[\p{Lu}"“])/gu)) {
      const end = match.index + match[0].trimEnd().length;
      sentences.push({ start: paragraph.start + start, end: paragraph.start + end, paragraph: index });
      start = match.index + match[0].length;
    }
    sentences.push({ start: paragraph.start + start, end: paragraph.end, paragraph: index });
  });
  return { ...article, sentences, ...metadata };
}

/** A direct quote over `content` (a substring of the text, first occurrence), said by `source` (also a substring). */
export function createTestQuote(article: Article, content: string, source?: string, speaker?: string): Quote {
  const contentStart = article.text.indexOf(content);
  const sentence = article.sentences.findIndex(
    (item) => item.start <= contentStart && item.end > contentStart,
  );
  const quote: Quote = {
    kind: 'direct',
    cue: { start: 0, end: 0, text: '' },
    content: { start: contentStart, end: contentStart + content.length, text: content },
    sentence: Math.max(0, sentence),
  };
  if (source !== undefined) {
    const sourceStart = article.text.indexOf(source);
    quote.source = { start: sourceStart, end: sourceStart + source.length, text: source };
  }
  if (speaker !== undefined) quote.speaker = speaker;
  return quote;
}

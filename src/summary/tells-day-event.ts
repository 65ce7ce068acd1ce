import type { Article, Conflict } from '../model/index.js';
import { contentWords } from './text-vectors.js';

/** Content words before a disputed day that say what happened on it: "resigned as governor of Eskmouth province". */
const EVENT_WORDS_BEFORE = 3;
/** Of those, how many a summary sentence must tell for "the day" after it to mean the day of its event. */
const EVENT_WORDS_SHARED = 2;

/**
 * True when `text` tells the event a disputed day is the day of: for some side, `EVENT_WORDS_SHARED` of the
 * `EVENT_WORDS_BEFORE` content words before the day in its sentence ("Tamsin Arveld resigned as governor of
 * Eskmouth province late on Monday") stand in `text` ("Tamsin Arveld has resigned as governor of Eskmouth
 * province after ..."). A report "Reports differ on the day" after a sentence of another event ("The repairs
 * could cost ..." among tellings that also give the day of a board meeting) would leave the reader guessing.
 */
export function tellsDayEvent(text: string, conflict: Conflict, articles: readonly Article[]): boolean {
  const told = new Set(contentWords(text));
  return conflict.sides.some((side) =>
    side.citations.some((citation) => {
      const article = articles.find((candidate) => candidate.id === citation.article);
      const span = article?.sentences[citation.sentence];
      if (article === undefined || span === undefined) return false;
      const before = contentWords(article.text.slice(span.start, Math.max(span.start, citation.start)));
      const event = before.slice(-EVENT_WORDS_BEFORE);
      return event.filter((word) => told.has(word)).length >= EVENT_WORDS_SHARED;
    }),
  );
}

import { analyzeLanguage } from '../language/index.js';
import { createTextArticle, type Article } from '../model/index.js';
import type { CliContext } from './io.js';
import {
  optionalPublished,
  optionalString,
  recordId,
  requireText,
  articleVerbOptions,
  runRecordVerb,
  type ArticleVerbFlags,
} from './record-verb.js';

/**
 * Annotates a `{id, text, published?, outlet?}` record as it is: offsets stay in input-text coordinates. The
 * outlet tells its own reporting ("The Courier first reported ...") from a credit to another outlet.
 */
function annotate(value: unknown, source: string): Article {
  const text = requireText(value, source);
  const published = optionalPublished(value, source);
  const outlet = optionalString(value, 'outlet', source);
  const metadata: Partial<Article> = { source, id: recordId(value) ?? source };
  if (outlet !== undefined) metadata.outlet = outlet;
  if (published !== undefined) {
    metadata.published = published;
    metadata.publishedSource = 'input';
  }
  return analyzeLanguage(createTextArticle(text, metadata));
}

/** `parallax quotes`: per article, quotes (source, cue, content, speaker, kind) and credits. */
export function runQuotesVerb(
  paths: string[],
  context: CliContext,
  flags: ArticleVerbFlags = {},
): Promise<number> {
  return runRecordVerb(
    paths,
    context,
    (value, source) => {
      const article = annotate(value, source);
      return { id: article.id, quotes: article.quotes, credits: article.credits, entities: article.entities };
    },
    // Article files are cleaned first, as `parallax extract` would clean them.
    articleVerbOptions(context, flags, 'input'),
  );
}

/** `parallax entities`: per article, people, organisations and places with mentions and labels. */
export function runEntitiesVerb(
  paths: string[],
  context: CliContext,
  flags: ArticleVerbFlags = {},
): Promise<number> {
  return runRecordVerb(
    paths,
    context,
    (value, source) => {
      const article = annotate(value, source);
      return { id: article.id, entities: article.entities, dates: article.dates, lang: article.lang };
    },
    // Article files are cleaned first, as `parallax extract` would clean them.
    articleVerbOptions(context, flags, 'input'),
  );
}

/** `parallax sentences`: per article, sentences with offsets. */
export function runSentencesVerb(
  paths: string[],
  context: CliContext,
  flags: ArticleVerbFlags = {},
): Promise<number> {
  return runRecordVerb(
    paths,
    context,
    (value, source) => {
      const article = annotate(value, source);
      return {
        id: article.id,
        sentences: article.sentences.map((sentence) => ({
          ...sentence,
          text: article.text.slice(sentence.start, sentence.end),
        })),
      };
    },
    // Article files are cleaned first, as `parallax extract` would clean them.
    articleVerbOptions(context, flags, 'input'),
  );
}

import { compareStory } from '../compare/index.js';
import { summarizeStory } from '../summary/index.js';
import { clusterArticles } from '../stories/index.js';
import type { CliContext } from './io.js';
import { asOneStory } from './compare.js';
import { recordId, runRecordVerb } from './record-verb.js';
import { readStoryArticles } from './story-input.js';

/** `parallax summarize`: `{id, articles: [{id?, title, text, outlet?}]}` lines in, `{id, headline, summary}` out. */
export function runSummarizeVerb(
  paths: string[],
  context: CliContext,
  options: { sentences?: number },
): Promise<number> {
  return runRecordVerb(paths, context, (value, source) => {
    const articles = readStoryArticles(value, source);
    const id = recordId(value) ?? source;
    const story = asOneStory(
      id,
      articles.map((article) => article.id),
      clusterArticles(articles).stories,
    );
    const compared = compareStory(story, articles);
    const { headline, summary } = summarizeStory(
      articles,
      [...compared.facts.shared, ...compared.facts.unique],
      {
        conflicts: compared.conflicts,
        ...(options.sentences === undefined ? {} : { sentences: options.sentences }),
      },
    );
    return { id, headline, summary };
  });
}

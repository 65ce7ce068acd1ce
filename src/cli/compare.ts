import { runRecordVerb } from './record-verb.js';
import { readStoryArticles, storyRecordId } from './story-input.js';
import { createVerbProgress, type CliContext } from './io.js';
import { reportStory } from '../pipeline.js';
import { clusterArticles } from '../stories/index.js';
import type { Story } from '../model/index.js';

/** `parallax compare`: `{story, articles: [...]}` lines in, one full story report per line out. */
export function runCompareVerb(
  paths: string[],
  context: CliContext,
  options: { sentences?: number; progress?: boolean },
): Promise<number> {
  const progress = createVerbProgress(context, options.progress);
  return runRecordVerb(
    paths,
    context,
    (value, source) => {
      const articles = readStoryArticles(value, source);
      const story = asOneStory(
        storyRecordId(value, source, 'story'),
        articles.map((article) => article.id),
        clusterArticles(articles).stories,
      );
      return reportStory(
        story,
        articles,
        options.sentences === undefined ? {} : { summarySentences: options.sentences },
      );
    },
    { progress },
  );
}

/** The given articles as one story, keeping the copies and time order that clustering found among them. */
export function asOneStory(id: string, articleIds: readonly string[], clustered: readonly Story[]): Story {
  const timeline = clustered
    .flatMap((story) => story.timeline)
    .sort((a, b) => (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff'));
  return {
    id,
    articles:
      timeline.length === articleIds.length ? timeline.map((entry) => entry.article) : [...articleIds],
    copies: clustered.flatMap((story) => story.copies),
    timeline,
    merged: [],
  };
}

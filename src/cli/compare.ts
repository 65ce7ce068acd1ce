import { runRecordVerb } from './record-verb.js';
import { readStoryArticles, storyRecordId } from './story-input.js';
import { createVerbProgress, type CliContext } from './io.js';
import { reportStory } from '../pipeline.js';
import { clusterArticles } from '../stories/index.js';
import type { Story } from '../model/index.js';

/**
 * `parallax compare`: `{story, articles: [...]}` lines in, one full story report per line out; a story written
 * without some bad article has `skipped: [{index, id?, source, error, code}]` after its `articles`.
 */
export function runCompareVerb(
  paths: string[],
  context: CliContext,
  options: { sentences?: number; progress?: boolean },
): Promise<number> {
  const progress = createVerbProgress(context, options.progress);
  return runRecordVerb(
    paths,
    context,
    (value, source, _origin, notes) => {
      const { articles, skipped, incomplete } = readStoryArticles(value, source);
      const id = storyRecordId(value, source, 'story');
      const story = asOneStory(
        id,
        articles.map((article) => article.id),
        clusterArticles(articles).stories,
      );
      const report = reportStory(
        story,
        articles,
        options.sentences === undefined ? {} : { summarySentences: options.sentences },
      );
      if (incomplete === undefined) return report;
      notes.incomplete(incomplete(id));
      // Next to the articles the report covers, so that it is not read as the telling of every outlet given.
      const { story: storyId, articles: covered, ...rest } = report;
      return { story: storyId, articles: covered, skipped, ...rest };
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

import { runRecordVerb } from './record-verb.js';
import { readStoryRecord } from './story-input.js';
import { createVerbProgress, type CliContext } from './io.js';
import { reportStory } from '../pipeline.js';

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
      const { id, story, articles, skipped, incomplete } = readStoryRecord(value, source, 'story');
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

import { createTextArticle, type Article, type Assignment } from '../model/index.js';
import { createStoryIndex } from '../stories/index.js';
import type { Store } from '../store/index.js';
import type { CliContext } from './io.js';
import { openCliStore } from './options.js';
import { recordId, requireString, runRecordVerb } from './record-verb.js';

/**
 * `parallax cluster`: `{id, title?, text, published?, outlet?}` lines, in time order, in; `{id, story, copy_of?}`
 * out, each assigned on arrival. With `--db`, the stream continues the one stored there and is saved to it.
 */
export async function runClusterVerb(
  paths: string[],
  context: CliContext,
  flags: { db?: string },
): Promise<number> {
  const store: Store | undefined = flags.db === undefined ? undefined : await openCliStore(flags.db, context);
  const index = createStoryIndex();
  try {
    if (store) {
      const stored = await store.loadAssignments();
      index.restore(
        stored.map((entry) => ({ assignment: entry.assignment, features: entry.features as never })),
        await store.loadMerges(),
      );
    }
    return await runRecordVerb(paths, context, async (value, source) => {
      const assignment = index.add(toArticle(value, source));
      if (store)
        await store.putAssignments(
          [{ assignment, features: index.features(assignment.id) ?? null }],
          index.merges(),
        );
      return toRecord(assignment);
    });
  } finally {
    await store?.close();
  }
}

function toArticle(value: unknown, source: string): Article {
  const record = value as Record<string, unknown>;
  const metadata: Partial<Article> = { source, id: recordId(value) ?? source };
  if (typeof record.title === 'string') metadata.title = record.title;
  if (typeof record.outlet === 'string') metadata.outlet = record.outlet;
  if (typeof record.published === 'string') {
    metadata.published = record.published;
    metadata.publishedSource = 'input';
  }
  return createTextArticle(requireString(value, 'text', source), metadata);
}

function toRecord(assignment: Assignment): Record<string, unknown> {
  return assignment.copyOf === undefined
    ? { id: assignment.id, story: assignment.story }
    : { id: assignment.id, story: assignment.story, copy_of: assignment.copyOf };
}

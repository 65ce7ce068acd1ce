import { createHash } from 'node:crypto';
import {
  InputError,
  createIdLedger,
  createTextArticle,
  type Article,
  type Assignment,
} from '../model/index.js';
import { createStoryIndex } from '../stories/index.js';
import type { Store } from '../store/index.js';
import type { CliContext, Progress } from './io.js';
import { openCliStore } from './options.js';
import {
  articleVerbOptions,
  optionalPublished,
  optionalString,
  recordId,
  requireText,
  runRecordVerb,
  type ArticleVerbFlags,
} from './record-verb.js';

/**
 * `parallax cluster`: `{id, title?, text, published?, outlet?}` lines, in time order, in; `{id, story, copy_of?}`
 * out, each assigned on arrival. With `--db`, the stream continues the one stored there and is saved to it.
 */
export async function runClusterVerb(
  paths: string[],
  context: CliContext,
  flags: ArticleVerbFlags & { db?: string },
): Promise<number> {
  const store: Store | undefined = flags.db === undefined ? undefined : await openCliStore(flags.db, context);
  let index = createStoryIndex();
  // Ids with where they came from and a digest of their text, to tell a repeated line from a different article
  // reusing an id: the index answers a known id with its old assignment, so the second article would vanish.
  const ledger = createIdLedger();
  // Where the stored stream stood when the index was read from it: each assignment is saved only if no other
  // writer (another `cluster --db`, an `analyze`, the server) added to it meanwhile, else the index is read again.
  let position = '';
  const readStream = async (from: Store): Promise<void> => {
    position = await from.streamPosition();
    index = createStoryIndex();
    const stored = await from.loadAssignments();
    index.restore(
      stored.map((entry) => ({ assignment: entry.assignment, features: entry.features as never })),
      await from.loadMerges(),
    );
    for (const entry of stored) {
      if (entry.digest !== undefined)
        ledger.claim(entry.assignment.id, `the store (${flags.db})`, entry.digest);
    }
  };
  // Article files are cleaned first, as `parallax extract` would clean them.
  const options = articleVerbOptions(context, flags, 'input');
  const order = createOrderCheck(context, options.progress);
  try {
    if (store) await readStream(store);
    return await runRecordVerb(
      paths,
      context,
      async (value, source) => {
        const article = toArticle(value, source);
        order(article, source);
        const digest = textDigest(article.text);
        const claim = ledger.claim(article.id, source, digest);
        if (claim.status === 'taken') {
          throw new InputError(claim.problem.code, claim.problem.message, {
            input: source,
            hint: 'Give each article its own id (a changed version of an article too).',
          });
        }
        let assignment = index.add(article);
        for (let attempt = 1; store; attempt++) {
          const after = await store.putAssignments(
            [{ assignment, features: index.features(assignment.id) ?? null, digest }],
            index.merges(),
            // A store that keeps moving is written to anyway in the end: slower, never stuck.
            attempt >= MAX_STREAM_ATTEMPTS ? {} : { ifAt: position },
          );
          if (after !== null) {
            position = after;
            break;
          }
          await readStream(store);
          assignment = index.add(article);
        }
        return toRecord(assignment);
      },
      options,
    );
  } finally {
    await store?.close();
  }
}

/** How many times one article is assigned again when other writers keep moving the stored stream. */
const MAX_STREAM_ATTEMPTS = 8;

/* How far back an article may be dated before the one read before it and still count as in time order. */
const ORDER_SLACK_MS = 24 * 60 * 60 * 1000;

/**
 * Says once on stderr when the input is not in time order: each article is assigned as it arrives and a story
 * does not take an article dated long before it was opened, so an unsorted stream can split one event.
 */
function createOrderCheck(
  context: CliContext,
  progress: Progress,
): (article: Article, source: string) => void {
  let latest: { time: number; published: string; source: string } | undefined;
  let told = false;
  return (article, source) => {
    const time = article.published === undefined ? NaN : Date.parse(article.published);
    if (Number.isNaN(time) || article.published === undefined) return;
    if (latest !== undefined && !told && time < latest.time - ORDER_SLACK_MS) {
      told = true;
      progress.clear();
      context.stderr.write(
        `parallax cluster: ${source} is dated ${article.published}, before ${latest.source} (${latest.published}): ` +
          'articles are grouped as they arrive, so give them in time order (sorted by `published`) for the best grouping.\n',
      );
    }
    if (latest === undefined || time > latest.time) latest = { time, published: article.published, source };
  };
}

/** The digest stored with an assignment: the same article text, sent again, gives the same string. */
function textDigest(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

function toArticle(value: unknown, source: string): Article {
  const metadata: Partial<Article> = { source, id: recordId(value) ?? source };
  const title = optionalString(value, 'title', source);
  const outlet = optionalString(value, 'outlet', source);
  if (title !== undefined) metadata.title = title;
  if (outlet !== undefined) metadata.outlet = outlet;
  const published = optionalPublished(value, source);
  if (published !== undefined) {
    metadata.published = published;
    metadata.publishedSource = 'input';
  }
  return createTextArticle(requireText(value, source), metadata);
}

function toRecord(assignment: Assignment): Record<string, unknown> {
  return assignment.copyOf === undefined
    ? { id: assignment.id, story: assignment.story }
    : { id: assignment.id, story: assignment.story, copy_of: assignment.copyOf };
}

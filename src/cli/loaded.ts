import { scoreLoadedText } from '../summary/index.js';
import type { CliContext } from './io.js';
import {
  articleVerbOptions,
  recordId,
  requireText,
  runRecordVerb,
  type ArticleVerbFlags,
} from './record-verb.js';

/** `parallax loaded`: `{id, text}` lines in, `{id, loaded, score, spans}` out. */
export function runLoadedVerb(
  paths: string[],
  context: CliContext,
  flags: ArticleVerbFlags = {},
): Promise<number> {
  return runRecordVerb(
    paths,
    context,
    (value, source) => {
      const result = scoreLoadedText(requireText(value, source));
      return { id: recordId(value) ?? source, ...result };
    },
    // Article files are cleaned first, as `parallax extract` would clean them.
    articleVerbOptions(context, flags, 'input'),
  );
}

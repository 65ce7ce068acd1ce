import { scoreLoadedText } from '../summary/index.js';
import type { CliContext } from './io.js';
import { recordId, requireText, runRecordVerb } from './record-verb.js';

/** Article files are cleaned first, as `parallax extract` would clean them. */
const ARTICLE_FILES = { articleFiles: 'input' } as const;

/** `parallax loaded`: `{id, text}` lines in, `{id, loaded, score, spans}` out. */
export function runLoadedVerb(paths: string[], context: CliContext): Promise<number> {
  return runRecordVerb(
    paths,
    context,
    (value, source) => {
      const result = scoreLoadedText(requireText(value, source));
      return { id: recordId(value) ?? source, ...result };
    },
    ARTICLE_FILES,
  );
}

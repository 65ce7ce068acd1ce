import { scoreLoadedText } from '../summary/index.js';
import { createVerbProgress, type CliContext } from './io.js';
import { recordId, requireText, runRecordVerb } from './record-verb.js';

/** `parallax loaded`: `{id, text}` lines in, `{id, loaded, score, spans}` out. */
export function runLoadedVerb(
  paths: string[],
  context: CliContext,
  flags: { progress?: boolean } = {},
): Promise<number> {
  return runRecordVerb(
    paths,
    context,
    (value, source) => {
      const result = scoreLoadedText(requireText(value, source));
      return { id: recordId(value) ?? source, ...result };
    },
    // Article files are cleaned first, as `parallax extract` would clean them.
    { articleFiles: 'input', progress: createVerbProgress(context, flags.progress) },
  );
}

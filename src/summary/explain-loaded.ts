import type { LoadedReason } from '../model/index.js';

/** The human note for one flagged word: why it is loaded and what a neutral wording would be. */
export function explainLoaded(
  text: string,
  reason: LoadedReason,
  neutral?: string,
  speaker?: string,
  /**
   * 'reported' for a characterisation reported without quotation marks ("Ruiz called the plan a disgrace"); 'said'
   * for reported speech ("Passenger groups said the rise was outrageous").
   */
  how: 'quoted' | 'reported' | 'said' = 'quoted',
): string {
  const word = `'${text}'`;
  let note: string;
  switch (reason) {
    case 'epithet':
      note = `${word} is an epithet (a judgement, not a role)${neutral ? `; neutral: ${neutral}` : ''}`;
      break;
    case 'one-sided-label':
      note = `${word} is one side's label${neutral ? `; neutral: ${neutral}` : ''}`;
      break;
    case 'emotive-verb':
      note = `${word} dramatises the action${neutral ? `; plain: ${neutral}` : ''}`;
      break;
    case 'intensifier':
      note = `${word} intensifies without adding information; drop it or give the figure`;
      break;
    case 'speculation-as-fact':
      note = `${word} presents a judgement or guess as settled${neutral ? `; ${neutral}` : ''}`;
      break;
    case 'scare-quotes':
      note = `quotation marks around ${text} cast doubt without saying who doubts it`;
      break;
    case 'emotive':
      note = `${word} carries the writer's feeling or verdict; say what happened instead`;
      break;
  }
  if (speaker === undefined) return note;
  if (how === 'reported' || how === 'said') {
    const who = speaker.replace(/^(?:The|A|An|Some|Many) /, (determiner) => determiner.toLowerCase());
    return how === 'reported'
      ? `${note} (reported as what ${who} called it: not the outlet's own word)`
      : `${note} (in what ${who} said, reported without quotation marks: the outlet may have paraphrased)`;
  }
  return speaker === 'quoted'
    ? `${note} (inside a quotation: not the outlet's own word)`
    : `${note} (inside a quotation: the word of ${speaker}, not the outlet)`;
}

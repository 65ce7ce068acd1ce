import type { Span } from '../model/index.js';

/** A sentence-level cue of the writer's opinion (or of plain reporting), with how much it weighs. */
export interface SentenceCue {
  cue:
    | 'question'
    | 'exclamation'
    | 'first-or-second-person'
    | 'absolute'
    | 'counter-expectation'
    | 'degree'
    | 'emphasis'
    | 'reporting';
  /** Added to the sentence's loaded weight; negative for evidence of plain reporting. */
  weight: number;
}

/**
 * Weights, in units of one full lexicon hit (a sentence is loaded at 1). Stylistic cues of opinion from the
 * subjectivity literature (Wiebe et al. 2004, "Learning subjective language"; Recasens et al. 2013 list
 * "factive" and "hedge" cues): a question or an exclamation in the writer's own voice is commentary in news copy
 * (full weight); the writer speaking as "we"/"you", absolutes ("never", "nobody"), counter-expectation "even",
 * degree before a describing word ("so unfair", "overly rosy") and insistence ("actually", "in fact") are weaker
 * (half weight, like an intensifier). A sentence that attributes what it says ("said", "told", "according to")
 * reads as reporting: its colour is more likely the source's than the writer's (minus half). The weights follow
 * the lexicon's scale; they were not fitted. On BABE dev the share of biased sentences among those carrying each
 * cue (base rate 0.49) was: question 0.88, we/our 0.75, you 0.86, absolute 0.76, "even" 0.71, degree 0.71,
 * emphasis 0.82, attribution verb 0.13-0.17 (see BENCHMARKS.md, "Loaded language").
 */
const CUE_WEIGHTS: Readonly<Record<SentenceCue['cue'], number>> = {
  question: 1,
  exclamation: 1,
  'first-or-second-person': 0.5,
  absolute: 0.5,
  'counter-expectation': 0.5,
  degree: 0.5,
  emphasis: 0.5,
  reporting: -0.5,
};

const PERSON = /\b(?:we|our|ours|ourselves|us|you|your|yours)\b/i;
const ABSOLUTE = /\b(?:never|always|nobody|nothing|everyone|everybody|no one)\b/i;
/** "even" as surprise ("even his allies"), not "even though/if/as/so", "break even" or "an even number". */
const COUNTER_EXPECTATION =
  /(?<!\b(?:break|an|more|not)\s)\beven\b(?!\s+(?:though|if|as|so|when|number|split))/i;
/** "so"/"too"/"overly" before a describing word ("so reckless", "too eager", "overly rosy"). */
const DEGREE =
  /\b(?:so|too|overly|such)\s+(?!(?:far|much|many|few|long|that|as|called|the|a|an|it|he|she|they|we|i|you|to|is|are|was|were|do|does|did|will|would|could|can|should|has|have|had|on|in|at|of|for|and|or|but|this|these|those|his|her|its|their|our|my|soon|late|early|often|well|little|big|large|small|young|old|close|high|low|fast|quickly|recently|named|-)\b)\p{L}+/iu;
/** Emphasis that insists on the writer's reading ("actually", "really", "in fact", "indeed"). */
const EMPHASIS = /\b(?:actually|really|in fact|indeed|of all people|of all things)\b/i;
const REPORTING =
  /\b(?:said|says|told|tells|according to|announced|reported|stated|testified|wrote in a statement)\b/i;

/** The text with quoted stretches blanked out (same length, so offsets still line up). */
function ownVoice(text: string, regions: readonly Span[]): string {
  let result = text;
  for (const region of regions) {
    result = result.slice(0, region.start) + ' '.repeat(region.end - region.start) + result.slice(region.end);
  }
  return result;
}

/**
 * Sentence-level cues of opinion in the writer's own voice (quotations excluded): questions, exclamations,
 * "we"/"you", absolutes, counter-expectation "even", degree and emphasis; and attribution, which lowers the weight. `regions` are the
 * quoted stretches of `text`.
 */
export function findSentenceCues(text: string, regions: readonly Span[]): SentenceCue[] {
  const own = ownVoice(text, regions);
  const cues: SentenceCue[] = [];
  const add = (cue: SentenceCue['cue']): void => {
    cues.push({ cue, weight: CUE_WEIGHTS[cue] });
  };
  if (/\?\s*$/.test(own.trim()) || /\?\s+\p{Lu}/u.test(own)) add('question');
  if (/!/.test(own)) add('exclamation');
  if (PERSON.test(own)) add('first-or-second-person');
  if (ABSOLUTE.test(own)) add('absolute');
  if (COUNTER_EXPECTATION.test(own)) add('counter-expectation');
  if (DEGREE.test(own)) add('degree');
  if (EMPHASIS.test(own)) add('emphasis');
  if (REPORTING.test(text)) add('reporting');
  return cues;
}

import type { Block } from './assemble-text.js';
import { normaliseSpace } from './assemble-text.js';

/**
 * A dateline standing alone in its own paragraph: a place in capitals (one to four words, the first of three
 * letters or more: "AP" alone is an agency), an optional region and agency, an optional dash ("OSTRAVA",
 * "BRENNOCK —", "PORT ALDER, Veland (MPA) –"). The shape `summary/strip-dateline.ts` and `language/`'s place
 * evidence read at the start of a lead.
 */
const DATELINE_BLOCK =
  /^(\p{Lu}[\p{Lu}\p{M}.'’-]{2,}(?:\s+\p{Lu}[\p{Lu}\p{M}.'’-]*){0,3})(?:,\s*[\p{L}\p{M}\s.]{1,40})?(?:\s*\([^)]{1,40}\))?(\s*[—–-]{1,2})?$/u;

/**
 * Words of the capitalised kickers and section labels a page puts above a lead in the same shape ("BREAKING
 * NEWS", "ANALYSIS", "JUST IN"): a line of these words only is a label, not a place ("NEW YORK" is a place).
 */
const LABEL_WORDS = new Set(
  (
    'breaking update updated updates exclusive analysis opinion editorial commentary comment watch live video ' +
    'photos pictures gallery listen podcast news alert developing correction sponsored advertisement review ' +
    'interview explainer feature letters obituary world politics business sport sports health science ' +
    'culture travel weather money economy latest new just top story fact check editors note key points ' +
    'summary highlights takeaways read more local national international regional home entertainment ' +
    'lifestyle tech technology markets finance education environment climate arts front page audio menu'
  ).split(' '),
);

/** Blocks at the top of the body that may be a dateline rather than the story. */
const DATELINE_BLOCKS = 3;

/** Words of a headline or kicker ("DRIVEN TO SUICIDE", "WE WILL REBUILD"), not of a place's name. */
const SENTENCE_WORDS = new Set(
  'to a an is are was were for and on at by with in we it our your my his her not no'.split(' '),
);

/** A lead that opens with its own dateline ("LONDON (AP) — ", "BRENNOCK — "): a line above it is something else. */
const LEAD_DATELINE = /^\p{Lu}[\p{Lu}\p{M}\s.,'’-]{1,60}(?:\([^)]{1,40}\))?\s*[—–-]{1,2}\s/u;

/**
 * The "PLACE — " prefix a paragraph or line standing alone before `lead` makes ("OSTRAVA" -> "OSTRAVA —"), or
 * undefined when it is not a dateline. A dash is added where it has none, the way wire copy writes it, unless
 * `dashRequired`: in scraped plain text a line of capitals above the body is as often a kicker ("STREAM BIG")
 * or a photo credit, and only the dash says it is a dateline.
 */
export function datelinePrefixOf(
  text: string,
  lead: string,
  options: { dashRequired?: boolean } = {},
): string | undefined {
  const line = normaliseSpace(text);
  const match = DATELINE_BLOCK.exec(line);
  if (!match?.[1] || LEAD_DATELINE.test(normaliseSpace(lead))) return undefined;
  if (match[2] === undefined && options.dashRequired) return undefined;
  const words = match[1].toLowerCase().split(/\s+/);
  if (words.some((word) => SENTENCE_WORDS.has(word))) return undefined;
  if (words.every((word) => LABEL_WORDS.has(word.replace(/[^\p{L}]/gu, '')))) return undefined;
  return match[2] === undefined ? `${line} —` : line;
}

/**
 * Joins a dateline paragraph ("<p>OSTRAVA</p>" before the lead) to the lead as its "OSTRAVA — " prefix, the way
 * wire copy and plain text write it: alone, it would be the text's first sentence, one word long, and the
 * summary and place finder only read a dateline at the start of the lead.
 */
export function joinDatelineToLead(blocks: readonly Block[]): Block[] {
  for (let index = 0; index < Math.min(blocks.length - 1, DATELINE_BLOCKS); index++) {
    const block = blocks[index]!;
    const lead = blocks[index + 1]!;
    const prefix = block.kind === 'paragraph' ? datelinePrefixOf(block.text, lead.text) : undefined;
    if (prefix === undefined || lead.kind !== 'paragraph') continue;
    return [
      ...blocks.slice(0, index),
      { ...lead, text: `${prefix} ${normaliseSpace(lead.text)}` },
      ...blocks.slice(index + 2),
    ];
  }
  return [...blocks];
}

/**
 * How much an article says a risk rises or falls: "doubles your risk of bowel cancer" (x2), "a 20 percent higher
 * risk of bowel cancer" (x1.2), "half the chance of a relapse" (x0.5). Health and safety stories are where
 * outlets most often tell one study's figure differently: a relative rise of 20 percent retold as "doubles".
 */

/** One stated change in a risk, with what the risk is of. */
export interface RiskChange {
  start: number;
  end: number;
  /** As written, up to the risk noun: "doubles your risk", "20 percent higher risk". */
  text: string;
  /** The risk after the change over the risk before: 2 for "doubles", 1.2 for "20 percent higher". */
  factor: number;
  /** What the risk is of, as written ("bowel cancer"), and its content words lower-cased. */
  target: string;
  targetWords: string[];
}

const RISK_NOUN = String.raw`(?:risk|chance|odds|likelihood)`;
const OWNER = String.raw`(?:(?:the|your|their|his|her|its|a|an|one's)\s+)?`;
/* Up to four words after "of", stopped by a comparison or a clause ("than", "among", a comma). */
const TARGET = String.raw`\s+of\s+((?:(?!than\b|among\b|for\b|in\b|compared\b|who\b|when\b|if\b|by\b)[\p{L}-]+\s*){1,4})`;

const VERB_FACTORS: Record<string, number> = { doubl: 2, tripl: 3, quadrupl: 4, halv: 0.5 };
const NOUN_FACTORS: Record<string, number> = {
  double: 2,
  twice: 2,
  'two times': 2,
  triple: 3,
  'three times': 3,
  'four times': 4,
  half: 0.5,
};

const VERB_PATTERN = new RegExp(
  String.raw`\b(doubl|tripl|quadrupl|halv)(?:es|ed|ing|e)\s+${OWNER}(?:[\p{Ll}-]+\s+)?${RISK_NOUN}${TARGET}`,
  'giu',
);
const NOUN_PATTERN = new RegExp(
  String.raw`\b(double|twice|two times|triple|three times|four times|half)\s+(?:the|their|your|his|her|its)\s+${RISK_NOUN}${TARGET}`,
  'giu',
);
const PERCENT_PATTERN = new RegExp(
  String.raw`\b(\d+(?:\.\d+)?)\s*(?:per\s?cent|percent|%)\s+(higher|greater|bigger|increased|raised|elevated|lower|smaller|reduced)\s+(?:[\p{Ll}-]+\s+)?${RISK_NOUN}${TARGET}`,
  'giu',
);

/* Words in a target that say nothing of what the risk is of: "of getting the disease", "of developing it". */
const TARGET_STOPWORDS = new Set(
  'the a an any some getting developing having suffering dying being catching from with and or of its their'.split(
    ' ',
  ),
);

/** Stated changes in a risk in `text`, leaving out those inside quotation marks (a speaker's claim). */
export function findRiskChanges(text: string): RiskChange[] {
  const changes: RiskChange[] = [];
  const add = (match: RegExpExecArray, factor: number | undefined): void => {
    const targetText = match[match.length - 1]?.trim() ?? '';
    const targetWords = targetText
      .toLowerCase()
      .split(/\s+/)
      .filter((word) => word.length > 2 && !TARGET_STOPWORDS.has(word));
    if (factor === undefined || targetWords.length === 0 || isQuoted(text, match.index)) return;
    const of = match[0].search(/\s+of\s+/u);
    const phrase = match[0].slice(0, of);
    changes.push({
      start: match.index,
      end: match.index + phrase.length,
      text: phrase,
      factor,
      target: targetText.replace(/[\s,.;:]+$/u, ''),
      targetWords,
    });
  };
  for (const match of text.matchAll(VERB_PATTERN)) add(match, VERB_FACTORS[match[1]?.toLowerCase() ?? '']);
  for (const match of text.matchAll(NOUN_PATTERN)) add(match, NOUN_FACTORS[match[1]?.toLowerCase() ?? '']);
  for (const match of text.matchAll(PERCENT_PATTERN)) {
    const percent = Number(match[1]) / 100;
    const falls = /^(?:lower|smaller|reduced)$/i.test(match[2] ?? '');
    add(match, falls ? 1 - percent : 1 + percent);
  }
  return changes.sort((a, b) => a.start - b.start);
}

/** True when `offset` falls inside a quotation opened earlier in its paragraph. */
function isQuoted(text: string, offset: number): boolean {
  const paragraph = text.slice(text.lastIndexOf('\n', offset) + 1, offset);
  const opened = (paragraph.match(/“/g) ?? []).length - (paragraph.match(/”/g) ?? []).length;
  return opened > 0 || (paragraph.match(/"/g) ?? []).length % 2 === 1;
}

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

/* Up to four words of what one becomes "more likely to develop": the target without its "of". */
const LIKELY_TARGET = String.raw`\s+((?:(?!than\b|among\b|for\b|in\b|compared\b|who\b|when\b|if\b|by\b|over\b)[\p{L}-]+\s*){1,4})`;
/* What one is "more likely to" do when the risk is of a disease or an event. */
const LIKELY_VERB = String.raw`(?:develop|get|have|suffer(?:\s+from)?|die\s+(?:of|from)|be\s+diagnosed\s+with|contract|catch)`;

/** Fractions that tell a relative rise in words: "a fifth more likely", "half as likely again". */
const FRACTIONS: Record<string, number> = { tenth: 0.1, fifth: 0.2, quarter: 0.25, third: 1 / 3, half: 0.5 };
const TIMES: Record<string, number> = { twice: 2, 'two times': 2, 'three times': 3, 'four times': 4 };

/** "20 percent more likely to develop X", "a fifth more likely to get X", "30 percent less likely to have X". */
const MORE_LIKELY_PATTERN = new RegExp(
  String.raw`\b(\d+(?:\.\d+)?\s*(?:per\s?cent|percent|%)|(?:a|one)[\s-](?:tenth|fifth|quarter|third)|half)\s+(more|less)\s+likely\s+to\s+${LIKELY_VERB}${LIKELY_TARGET}`,
  'giu',
);
/** "twice as likely to develop X", "three times as likely to get X". */
const TIMES_LIKELY_PATTERN = new RegExp(
  String.raw`\b(twice|two times|three times|four times)\s+(?:as|more)\s+likely\s+to\s+${LIKELY_VERB}${LIKELY_TARGET}`,
  'giu',
);
/** "raises the risk of X by 20 percent", "cut their risk of X by a third". */
const RISK_BY_PATTERN = new RegExp(
  String.raw`\b(rais|increas|boost|lift|cut|reduc|lower)(?:es|ed|ing|e|s)?\s+${OWNER}${RISK_NOUN}${TARGET}\s*by\s+(?:about\s+|around\s+|roughly\s+|some\s+)?(\d+(?:\.\d+)?\s*(?:per\s?cent|percent|%)|(?:a|one)[\s-](?:tenth|fifth|quarter|third)|half)`,
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
  // The side's words run to the risk noun ("20 percent higher risk"), or to "likely" ("a fifth more likely"), or
  // take the whole match where the figure follows the target ("raises the risk of X by 20 percent").
  const add = (
    match: RegExpExecArray,
    factor: number | undefined,
    before: RegExp | 'whole' = /\s+of\s+/u,
  ): void => {
    const targetText = match[match.length - 1]?.trim() ?? '';
    const targetWords = targetText
      .toLowerCase()
      .split(/\s+/)
      .filter((word) => word.length > 2 && !TARGET_STOPWORDS.has(word));
    if (factor === undefined || targetWords.length === 0 || isQuoted(text, match.index)) return;
    const phrase = before === 'whole' ? match[0].trimEnd() : match[0].slice(0, match[0].search(before));
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
  for (const match of text.matchAll(MORE_LIKELY_PATTERN)) {
    const share = shareOf(match[1] ?? '');
    const falls = /^less$/i.test(match[2] ?? '');
    add(match, share === undefined ? undefined : falls ? 1 - share : 1 + share, /\s+to\s+/u);
  }
  for (const match of text.matchAll(TIMES_LIKELY_PATTERN))
    add(match, TIMES[(match[1] ?? '').toLowerCase().replace(/\s+/gu, ' ')], /\s+to\s+/u);
  for (const match of text.matchAll(RISK_BY_PATTERN)) {
    const share = shareOf(match[3] ?? '');
    const falls = /^(?:cut|reduc|lower)$/i.test(match[1] ?? '');
    // The target is the second group here, before "by": read it as the last group is read elsewhere.
    const reordered = Object.assign([match[0], match[1], match[3], match[2]], {
      index: match.index,
      input: match.input,
    }) as unknown as RegExpExecArray;
    add(reordered, share === undefined ? undefined : falls ? 1 - share : 1 + share, 'whole');
  }
  for (const match of text.matchAll(PERCENT_PATTERN)) {
    const percent = Number(match[1]) / 100;
    const falls = /^(?:lower|smaller|reduced)$/i.test(match[2] ?? '');
    add(match, falls ? 1 - percent : 1 + percent);
  }
  return changes.sort((a, b) => a.start - b.start);
}

/** A risk stated as a level, not a change: "a 20 percent chance of getting the disease", "a one-in-five risk of X". */
export interface RiskLevel {
  start: number;
  end: number;
  /** As written, up to the risk noun: "20 percent chance", "one-in-five chance". */
  text: string;
  /** The chance as a share: 0.2. */
  level: number;
  /** What the risk is of, as written, and its content words lower-cased (none for "of getting it"). */
  target: string;
  targetWords: string[];
}

/** Words between a figure and its risk noun that make it a change, not a level: "20 percent higher risk". */
const CHANGE_WORDS = String.raw`(?:higher|greater|bigger|increased|raised|elevated|lower|smaller|reduced|more|less|extra|added|excess|relative|additional|increase|rise|reduction|drop)`;
const LEVEL_PERCENT_PATTERN = new RegExp(
  String.raw`\b(\d+(?:\.\d+)?)\s*(?:per\s?cent|percent|%)\s+(?:(?!${CHANGE_WORDS}\b)[\p{Ll}-]+\s+)?${RISK_NOUN}${TARGET}`,
  'giu',
);
const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const LEVEL_ONE_IN_PATTERN = new RegExp(
  String.raw`\b(?:one|1)[\s-]in[\s-](\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:(?!${CHANGE_WORDS}\b)[\p{Ll}-]+\s+)?${RISK_NOUN}${TARGET}`,
  'giu',
);

/**
 * Risks stated as levels in `text` ("a 20 percent chance of getting the deadly disease", "a one-in-five risk of
 * kidney stones"), leaving out those inside quotation marks. A relative rise retold as one of these (a study's
 * "20 percent higher risk" as "a 20 percent chance") is the other classic misreading of a health study.
 */
export function findRiskLevels(text: string): RiskLevel[] {
  const levels: RiskLevel[] = [];
  const add = (match: RegExpExecArray, level: number | undefined): void => {
    if (level === undefined || !(level > 0 && level < 1) || isQuoted(text, match.index)) return;
    const targetText = match[match.length - 1]?.trim() ?? '';
    const phrase = match[0].slice(0, match[0].search(/\s+of\s+/u));
    levels.push({
      start: match.index,
      end: match.index + phrase.length,
      text: phrase,
      level,
      target: targetText.replace(/[\s,.;:]+$/u, ''),
      targetWords: targetText
        .toLowerCase()
        .split(/\s+/)
        .filter((word) => word.length > 2 && !TARGET_STOPWORDS.has(word)),
    });
  };
  for (const match of text.matchAll(LEVEL_PERCENT_PATTERN)) add(match, Number(match[1]) / 100);
  for (const match of text.matchAll(LEVEL_ONE_IN_PATTERN)) {
    const written = (match[1] ?? '').toLowerCase();
    const denominator = NUMBER_WORDS[written] ?? Number(written);
    add(match, denominator > 0 ? 1 / denominator : undefined);
  }
  return levels.sort((a, b) => a.start - b.start);
}

/** A share written in figures or words: "20 percent" -> 0.2, "a fifth" -> 0.2, "half" -> 0.5. */
function shareOf(written: string): number | undefined {
  const percent = /^(\d+(?:\.\d+)?)/u.exec(written)?.[1];
  if (percent !== undefined) return Number(percent) / 100;
  return FRACTIONS[written.toLowerCase().replace(/^(?:a|one)[\s-]/u, '')];
}

/** True when `offset` falls inside a quotation opened earlier in its paragraph. */
function isQuoted(text: string, offset: number): boolean {
  const paragraph = text.slice(text.lastIndexOf('\n', offset) + 1, offset);
  const opened = (paragraph.match(/“/g) ?? []).length - (paragraph.match(/”/g) ?? []).length;
  return opened > 0 || (paragraph.match(/"/g) ?? []).length % 2 === 1;
}

import { eventGroupOf } from './event-words.js';
import { contentWordCase, normalizeText, stemWord, type WordToken } from './normalize-text.js';

/** A prepositional phrase of a sentence: the content-word stems inside it, and those before it. */
export interface ModifierPhrase {
  inside: ReadonlySet<string>;
  before: ReadonlySet<string>;
  /** The figures inside it ("84" of "worth 84 million crowns"). */
  figures: ReadonlySet<string>;
}

/** Words that open a phrase modifying what comes before: "on ferry contracts worth 84 million crowns". */
const PREPOSITIONS = new Set(
  (
    'on from for in of at with over about under into onto by against during through across between among ' +
    'toward towards near without'
  ).split(' '),
);

/** Words that end a prepositional phrase by opening a clause: "on Tuesday that the bridge would close". */
const CLAUSE_OPENERS = new Set(
  'that which who whom whose and but or while when where because as after before since until if'.split(' '),
);

/**
 * The prepositional phrases of `text` that follow at least one content word, each up to the next punctuation
 * mark or clause opener, as content-word stems (those `contentWordCase` keeps; `tokens` and `content` when already read).
 */
export function modifierPhrases(
  text: string,
  tokens: readonly WordToken[] = normalizeText(text),
  content: ReadonlyMap<string, boolean> = contentWordCase(text, tokens),
): ModifierPhrase[] {
  if (!tokens.some((token) => PREPOSITIONS.has(token.word))) return [];
  const stems = tokens.map((token) => {
    const stem = stemWord(token.word);
    return content.has(stem) ? stem : undefined;
  });
  const phrases: ModifierPhrase[] = [];
  tokens.forEach((token, at) => {
    if (!PREPOSITIONS.has(token.word)) return;
    const before = new Set(stems.slice(0, at).filter((stem): stem is string => stem !== undefined));
    if (before.size === 0) return;
    const inside = new Set<string>();
    let previousEnd = token.end;
    for (let next = at + 1; next < tokens.length; next++) {
      const word = tokens[next] as (typeof tokens)[number];
      if (/[,;:()—–]/.test(text.slice(previousEnd, word.start)) || CLAUSE_OPENERS.has(word.word)) break;
      const stem = stems[next];
      if (stem !== undefined) inside.add(stem);
      previousEnd = word.end;
    }
    const figures = new Set([...inside].filter((stem) => /\d/.test(stem)));
    if (inside.size > 0) phrases.push({ inside, before, figures });
  });
  return phrases;
}

/** The event groups (`eventGroupOf`) of a sentence's content-word stems: "killed" and "died" share one. */
export function eventGroupsOf(stems: Iterable<string>): Set<number> {
  const groups = new Set<number>();
  for (const stem of stems) {
    const group = eventGroupOf(stem);
    if (group !== -1) groups.add(group);
  }
  return groups;
}

/**
 * True when the words two sentences share all stand inside one modifier phrase of a sentence, after content
 * words they do not share: "raked in 3.2 million crowns from [ferry contracts worth 84 million crowns]" and
 * "sentenced to six years for taking bribes on [ferry contracts worth 84 million crowns]" share what the
 * contracts were, not what happened. Holds when some phrase of `phrases` (`modifierPhrases`) holds every shared
 * word, a figure among them, and has an unshared one before it. Only phrases with a figure: a shared amount or
 * count describes a thing that several events touch, while a shared phrase without one is often the claim
 * itself ("dominated by the redevelopment of the old fish market" / "best known for the redevelopment of the
 * city's old fish market": the example corpus lost that fact without this condition).
 */
export function isSharedOnlyInModifier<T>(
  phrases: readonly { inside: ReadonlySet<T>; before: ReadonlySet<T>; figures: ReadonlySet<T> }[],
  shared: ReadonlySet<T>,
): boolean {
  return phrases.some(
    (phrase) =>
      [...shared].some((word) => phrase.figures.has(word)) &&
      [...shared].every((word) => phrase.inside.has(word)) &&
      [...phrase.before].some((word) => !shared.has(word)),
  );
}

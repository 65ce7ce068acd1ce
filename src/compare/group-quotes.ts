import type { Article, Conflict, Quote, QuoteDifference, QuoteGroup } from '../model/index.js';
import type { EntityLinks } from './link-entities.js';
import { foldText, normalizeText } from './normalize-text.js';
import { joinQuotedWords, quotedWords } from './quoted-words.js';
import { citeSpan, sentenceAt } from './sentence-at.js';
import { outletKey } from './source-keys.js';

/**
 * Two quotations are one when they share a run of this many words. 5 words: shorter shared runs are stock
 * phrases ("we want you to", "at the end of"); any real shared quotation of a sentence or more shares one.
 */
const SHARED_RUN_WORDS = 5;
/**
 * A speaker conflict needs 8 shared words in a row (or the whole shorter quote): on ECB+ stories, 5-word runs
 * joined two people's different sentences about one subject ("the Endangered Species Act has ...").
 */
const SPEAKER_RUN_WORDS = 8;
/** Shorter quotations (a phrase in scare quotes: "dignified exit") join one that contains them word for word. */
const SHORT_QUOTE_MIN_WORDS = 2;
/** Two quotes of one speaker with no shared run are one quotation when this share of the shorter is common. */
const ALTERED_MIN_SHARE = 0.75;
/** ... and the shorter has at least this many words (two words in common say nothing). */
const ALTERED_MIN_WORDS = 4;
/** Quotations longer than this are compared on their first words only, to keep the word alignment bounded. */
const MAX_COMPARED_WORDS = 400;

interface QuotePiece {
  article: number;
  quote: Quote;
  /** What was quoted: the content without its quotation marks and cue words around them. */
  quoted: { start: number; end: number; text: string };
  words: string[];
  speaker: string | null;
  speakerName: string | null;
  /** The speaker is a person (an organisation "said" is a statement, rarely a disputed attribution). */
  person: boolean;
}

/**
 * A quote's source as a reader would name it when it is no entity: its head up to a comma or a relative clause
 * ("one driver, who declined to give his name" -> "one driver"); nothing for a bare pronoun or a long phrase.
 */
function describedSource(text: string | undefined): string | undefined {
  const head = text
    ?.split(/,|\s+(?:who|which|that)\s+/)[0]
    ?.replace(/\s+/g, ' ')
    .trim();
  if (!head || /^(?:he|she|they|it|we|i|you|one|who|whom|which|that|this|these|those)$/i.test(head))
    return undefined;
  return head.split(' ').length <= 8 ? head : undefined;
}

/**
 * A quotation an article gives to a description ("the 61-year-old president said") where the other outlets
 * carrying it name the speaker: what this outlet calls that speaker. `speaker` is the linked entity's key.
 */
export interface DescribedSpeaker {
  article: number;
  speaker: string;
  description: { start: number; end: number; text: string };
}

/** Quote groups, the speaker conflicts they reveal, and the speakers an outlet describes without naming. */
export interface QuoteGrouping {
  groups: QuoteGroup[];
  conflicts: Conflict[];
  described: DescribedSpeaker[];
}

/**
 * Groups the direct and mixed quotations of a story's articles into one group per quotation, with each
 * article's version and how it differs from the longest one (trimmed, extended, altered, speaker, context).
 * An article that splits one quotation into pieces ("...," he said. "...") has its pieces joined in order.
 * Indirect quotes are paraphrases: alignment compares them as sentences.
 */
export function groupQuotes(articles: readonly Article[], links: EntityLinks): QuoteGrouping {
  const pieces: QuotePiece[] = [];
  // Outlets named anywhere in the story (credited or publishing) relay quotes; they are not speakers, even
  // where the language stage typed one as a person ("the Anchorage Daily News" said).
  const outlets = new Set(
    articles.flatMap((article) => [
      ...article.credits.map((credit) => outletKey(credit.outlet)),
      ...(article.outlet === undefined ? [] : [outletKey(article.outlet)]),
    ]),
  );
  // A key typed as a person in one article and as a place or organisation in another ("Marrow Bay") is not a
  // reliable speaker for a disagreement over who said something.
  const mixedTypes = new Set(
    links.entities
      .filter((entity) =>
        links.entities.some((other) => other.key === entity.key && other.type !== entity.type),
      )
      .map((entity) => entity.key),
  );
  articles.forEach((article, index) => {
    const credited = outlets;
    for (const quote of article.quotes) {
      if (quote.kind === 'indirect') continue;
      const spans = quotedWords(quote.content);
      const quoted = {
        start: (spans[0] ?? quote.content).start,
        end: (spans[spans.length - 1] ?? quote.content).end,
        text: joinQuotedWords(quote.content, spans),
      };
      const words = spans.flatMap((span) => normalizeText(span.text).map((token) => token.word));
      if (words.length < SHORT_QUOTE_MIN_WORDS) continue;
      const linked = links.lookup(index, quote.speaker);
      // "the Times quoted him as saying": the credited outlet relays the quote; it is not the speaker.
      const relayed = linked !== undefined && credited.has(outletKey(linked.name));
      const speaker = linked === undefined || relayed ? null : linked.key;
      // A source that names no one ("one driver", "the authority") still says who spoke: shown, never matched.
      const speakerName = relayed ? null : (linked?.name ?? describedSource(quote.source?.text) ?? null);
      pieces.push({
        article: index,
        quote,
        quoted,
        words,
        speaker,
        speakerName,
        person: linked?.type === 'person' && !mixedTypes.has(linked.key),
      });
    }
  });

  const parent = pieces.map((_, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root] as number;
    return root;
  };
  const union = (a: number, b: number): void => {
    const rootA = find(a);
    const rootB = find(b);
    if (rootA !== rootB) parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  };

  const runs = new Map<string, number[]>();
  pieces.forEach((piece, index) => {
    for (let at = 0; at + SHARED_RUN_WORDS <= piece.words.length; at++) {
      const run = piece.words.slice(at, at + SHARED_RUN_WORDS).join(' ');
      let list = runs.get(run);
      if (list === undefined) runs.set(run, (list = []));
      if (list[list.length - 1] !== index) list.push(index);
    }
  });
  for (const list of runs.values()) {
    for (const other of list.slice(1)) union(list[0] as number, other);
  }
  const joined = pieces.map((piece) => ` ${piece.words.join(' ')} `);
  pieces.forEach((piece, index) => {
    if (piece.words.length >= SHARED_RUN_WORDS) return;
    const needle = ` ${piece.words.join(' ')} `;
    pieces.forEach((other, otherIndex) => {
      if (other.article !== piece.article && joined[otherIndex]?.includes(needle)) union(index, otherIndex);
    });
  });

  // The same speaker's words with a word or two changed ("afraid of his own people" / "afraid of its own
  // people") share no long run, but they are one quotation told differently: the change is the finding.
  // Copies repeat the same words many times: each distinct wording of a speaker is compared once.
  interface Wording {
    index: number;
    articles: Set<number>;
  }
  const bySpeaker = new Map<string, Map<string, Wording>>();
  pieces.forEach((piece, index) => {
    if (piece.speaker === null || piece.words.length < ALTERED_MIN_WORDS) return;
    let wordings = bySpeaker.get(piece.speaker);
    if (wordings === undefined) bySpeaker.set(piece.speaker, (wordings = new Map<string, Wording>()));
    const key = piece.words.join(' ');
    const wording = wordings.get(key);
    if (wording === undefined) wordings.set(key, { index, articles: new Set([piece.article]) });
    else {
      wording.articles.add(piece.article);
      union(wording.index, index);
    }
  });
  for (const wordings of bySpeaker.values()) {
    const list = [...wordings.values()];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as Wording;
        const b = list[j] as Wording;
        const oneArticle =
          a.articles.size === 1 && b.articles.size === 1 && [...a.articles][0] === [...b.articles][0];
        if (oneArticle || find(a.index) === find(b.index)) continue;
        const wordsA = (pieces[a.index] as QuotePiece).words;
        const wordsB = (pieces[b.index] as QuotePiece).words;
        const shorter = Math.min(wordsA.length, wordsB.length, MAX_COMPARED_WORDS);
        if (commonWords(wordsA, wordsB) >= shorter * ALTERED_MIN_SHARE) union(a.index, b.index);
      }
    }
  }

  const clusters = new Map<number, QuotePiece[]>();
  pieces.forEach((piece, index) => {
    const root = find(index);
    let cluster = clusters.get(root);
    if (cluster === undefined) clusters.set(root, (cluster = []));
    cluster.push(piece);
  });
  absorbContinuations(clusters);

  const groups: QuoteGroup[] = [];
  const conflicts: Conflict[] = [];
  const described: DescribedSpeaker[] = [];
  for (const cluster of clusters.values()) {
    const built = buildGroup(cluster, articles, groups.length + 1);
    groups.push(built.group);
    if (built.conflict !== undefined) conflicts.push(built.conflict);
    described.push(...describedSpeakers(cluster, articles));
  }
  groups.sort((a, b) => b.articles.length - a.articles.length);
  groups.forEach((group, index) => (group.id = `q${index + 1}`));
  return { groups, conflicts, described };
}

/**
 * The pieces of one quotation whose source is a description and no entity ("the 58-year-old governor said"),
 * in a group whose other articles name one person as its speaker: that description is what the article calls
 * that person. A group with two named speakers names nobody for sure; a bare pronoun or a name is no description.
 */
function describedSpeakers(cluster: readonly QuotePiece[], articles: readonly Article[]): DescribedSpeaker[] {
  const speakers = new Set(
    cluster.filter((piece) => piece.speaker !== null && piece.person).map((piece) => piece.speaker),
  );
  const speaker = [...speakers][0];
  if (speakers.size !== 1 || speaker === undefined || speaker === null) return [];
  const found: DescribedSpeaker[] = [];
  for (const piece of cluster) {
    if (piece.speaker !== null || piece.quote.source === undefined) continue;
    const source = describingSource(articles[piece.article] as Article, piece.quote);
    if (source === undefined) continue;
    const head = describedSource(source.text);
    // A description opens on a determiner ("the", "a", "an"): "Port chief Wendt" is a name with its title.
    if (head === undefined || !source.text.startsWith(head) || !/^(?:the|a|an)\s/i.test(head)) continue;
    found.push({
      article: piece.article,
      speaker,
      description: { start: source.start, end: source.start + head.length, text: head },
    });
  }
  return found;
}

/* Sentences back from a pronoun source in which the description it stands for is looked for. */
const DESCRIPTION_REACH_SENTENCES = 2;

/**
 * The source a quote's speaker is described by: its own, or for a bare "he" or "she" the source of the quote
 * just before it, a sentence or two back, when that one named no one either ("The leader of the opposition said
 * ... “...,” she told reporters").
 */
function describingSource(article: Article, quote: Quote): Quote['source'] {
  const source = quote.source;
  if (source === undefined || !/^(?:he|she)$/i.test(source.text.trim())) return source;
  const before = article.quotes
    .filter(
      (other) =>
        other !== quote &&
        other.cue.start < quote.cue.start &&
        quote.sentence - other.sentence <= DESCRIPTION_REACH_SENTENCES,
    )
    .sort((a, b) => a.cue.start - b.cue.start)
    .pop();
  return before !== undefined && before.speaker === undefined ? before.source : undefined;
}

/**
 * An outlet that carries more of a quotation often prints the rest as a second quote right after the first
 * ("...," she said. "..."). A direct quote of one article only, by the same speaker, starting in the sentence of the
 * group's last piece or the next one, is the continuation of that quotation: it joins the group, and the other
 * outlets' versions then show as trimmed.
 */
function absorbContinuations(clusters: Map<number, QuotePiece[]>): void {
  const owner = new Map<QuotePiece, number>();
  for (const [root, cluster] of clusters) for (const piece of cluster) owner.set(piece, root);
  for (const [root, cluster] of clusters) {
    if (new Set(cluster.map((piece) => piece.article)).size < 2) continue;
    for (const article of new Set(cluster.map((piece) => piece.article))) {
      for (;;) {
        const own = cluster.filter((piece) => piece.article === article);
        const last = own.reduce((latest, piece) =>
          piece.quote.content.start > latest.quote.content.start ? piece : latest,
        );
        const next = [...owner.keys()].find((piece) => {
          const other = clusters.get(owner.get(piece) ?? -1);
          return (
            piece.article === article &&
            owner.get(piece) !== root &&
            other !== undefined &&
            other.every((member) => member.article === article) &&
            // "He called the decree “temporary and necessary”": a few words in the reporter's sentence are
            // no continuation of a quotation; "“...,” she said. “...”" is.
            piece.quote.kind === 'direct' &&
            piece.speaker !== null &&
            piece.speaker === last.speaker &&
            piece.quote.content.start >= last.quote.content.end &&
            piece.quote.sentence - last.quote.sentence <= 1
          );
        });
        if (next === undefined) break;
        const from = owner.get(next) ?? -1;
        for (const member of clusters.get(from) ?? []) {
          cluster.push(member);
          owner.set(member, root);
        }
        clusters.delete(from);
      }
    }
  }
}

interface Version {
  article: number;
  pieces: QuotePiece[];
  words: string[];
  text: string;
  speaker: string | null;
  speakerName: string | null;
  /** The speaker is named in the text at the quote, not only resolved from a pronoun. */
  named: boolean;
  /**
   * The words of the pieces that carry `speaker`: a piece without a speaker that joined the version through a
   * stock phrase ("to protect our nation's wetlands") may be another person's words.
   */
  spokenWords: string[];
  context: string | undefined;
}

function buildGroup(
  cluster: QuotePiece[],
  articles: readonly Article[],
  number: number,
): { group: QuoteGroup; conflict?: Conflict } {
  const byArticle = new Map<number, QuotePiece[]>();
  for (const piece of cluster) {
    let list = byArticle.get(piece.article);
    if (list === undefined) byArticle.set(piece.article, (list = []));
    list.push(piece);
  }
  const versions: Version[] = [...byArticle.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([article, list]) => {
      list.sort((a, b) => a.quote.content.start - b.quote.content.start);
      const withSpeaker = list.find((piece) => piece.speaker !== null);
      const withContext = list.find((piece) => piece.quote.context !== undefined);
      return {
        article,
        pieces: list,
        words: list.flatMap((piece) => piece.words),
        text: list.map((piece) => piece.quoted.text).join(' … '),
        speaker: withSpeaker?.speaker ?? null,
        speakerName:
          withSpeaker?.speakerName ?? list.find((piece) => piece.speakerName !== null)?.speakerName ?? null,
        named: list.some(
          (piece) => piece.speaker !== null && piece.person && isNamedSource(piece.quote.source?.text),
        ),
        spokenWords: list
          .filter((piece) => withSpeaker === undefined || piece.speaker === withSpeaker.speaker)
          .flatMap((piece) => piece.words),
        context: withContext?.quote.context,
      };
    });
  const longest = versions.reduce((best, version) =>
    version.words.length > best.words.length ? version : best,
  );
  const speakerVotes = new Map<string, number>();
  for (const version of versions) {
    if (version.speaker !== null)
      speakerVotes.set(version.speaker, (speakerVotes.get(version.speaker) ?? 0) + 1);
  }
  const mainSpeaker = [...speakerVotes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const mainSpeakerName = versions.find((version) => version.speaker === mainSpeaker)?.speakerName ?? null;

  const variants: QuoteGroup['variants'] = versions.map((version) => {
    const article = articles[version.article] as Article;
    const first = version.pieces[0] as QuotePiece;
    const last = version.pieces[version.pieces.length - 1] as QuotePiece;
    const differences = version === longest ? [] : compareWords(version.words, longest.words);
    if (version.speaker !== null && mainSpeaker !== null && !isSameSpeaker(version.speaker, mainSpeaker)) {
      differences.push('speaker');
    }
    if (
      version.context !== undefined &&
      longest.context !== undefined &&
      foldText(version.context) !== foldText(longest.context)
    ) {
      differences.push('context');
    }
    const variant: QuoteGroup['variants'][number] = {
      article: article.id,
      text: version.text,
      speaker: version.speakerName,
      differences,
      citation: citeSpan(article, first.quoted.start, last.quoted.end),
    };
    if (version.context !== undefined) variant.context = version.context;
    return variant;
  });

  const group: QuoteGroup = {
    id: `q${number}`,
    speaker: mainSpeakerName,
    kind: (longest.pieces[0] as QuotePiece).quote.kind,
    text: longest.text,
    articles: versions.map((version) => (articles[version.article] as Article).id),
    variants,
  };

  // Only named speakers ("Lund said", not "he said") with a shared run of words: a pronoun resolved to the
  // wrong person, or a phrase two people both used, is not a disagreement over who said it.
  const named = versions.filter((version) => version.speaker !== null && version.named);
  const clash = named.flatMap((a, index) =>
    named
      .slice(index + 1)
      .filter(
        (b) =>
          !isSameSpeaker(a.speaker ?? '', b.speaker ?? '') &&
          !namesNear(articles, a, b.speaker ?? '') &&
          !namesNear(articles, b, a.speaker ?? '') &&
          sharesRun(
            a.spokenWords,
            b.spokenWords,
            Math.max(
              SHARED_RUN_WORDS,
              Math.min(SPEAKER_RUN_WORDS, a.spokenWords.length, b.spokenWords.length),
            ),
          ),
      )
      .map((b) => [a, b] as const),
  )[0];
  if (clash === undefined) return { group };
  const sides = new Map<string, Version[]>();
  for (const version of named) {
    const key =
      [...sides.keys()].find((speaker) => isSameSpeaker(speaker, version.speaker ?? '')) ??
      version.speaker ??
      '';
    sides.set(key, [...(sides.get(key) ?? []), version]);
  }
  const conflict: Conflict = {
    kind: 'speaker',
    about: `who said "${shorten(longest.text)}"`,
    sides: [...sides.values()].map((list) => ({
      value: list[0]?.speakerName ?? '',
      articles: list.map((version) => (articles[version.article] as Article).id),
      citations: list
        .map((version) => variants[versions.indexOf(version)]?.citation)
        .filter((citation) => citation !== undefined),
    })),
  };
  return { group, conflict };
}

/**
 * The other side's speaker is named in this version's own sentences (its quote's or its cue's): "said Zadan
 * and Meron jointly" gives the quote to both, which is not a disagreement with an outlet naming one of them.
 * (Sentences either side are not searched: a story names its several speakers in neighbouring sentences.)
 */
function namesNear(articles: readonly Article[], version: Version, speaker: string): boolean {
  const surname = speaker.split(' ').pop() ?? '';
  if (surname === '') return false;
  const article = articles[version.article] as Article;
  return version.pieces.some((piece) =>
    [piece.quote.sentence, sentenceAt(article, piece.quote.cue.start)].some((index) => {
      const span = article.sentences[index];
      if (span === undefined) return false;
      return normalizeText(article.text.slice(span.start, span.end)).some((token) => token.word === surname);
    }),
  );
}

/** One speaker under two keys: one key's words inside the other's, or the same surname ("Having Jackman"). */
function isSameSpeaker(a: string, b: string): boolean {
  const wordsA = a.split(' ');
  const wordsB = b.split(' ');
  const [shorter, longer] = wordsA.length <= wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA];
  return (
    shorter.every((word) => longer.includes(word)) || wordsA[wordsA.length - 1] === wordsB[wordsB.length - 1]
  );
}

function sharesRun(a: readonly string[], b: readonly string[], length: number): boolean {
  const runs = new Set<string>();
  for (let at = 0; at + length <= a.length; at++) runs.add(a.slice(at, at + length).join(' '));
  for (let at = 0; at + length <= b.length; at++) {
    if (runs.has(b.slice(at, at + length).join(' '))) return true;
  }
  return false;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'him', 'her', 'them', 'we', 'i', 'you', 'his', 'their']);

function isNamedSource(text: string | undefined): boolean {
  if (text === undefined) return false;
  const words = foldText(text).split(/\s+/);
  return /\p{Lu}/u.test(text) && !words.every((word) => PRONOUNS.has(word));
}

function shorten(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= 8 ? text : `${words.slice(0, 8).join(' ')} …`;
}

/**
 * How `version` differs from `reference` word by word (longest common subsequence): reference words it lacks
 * make it trimmed; extra words before or after the shared part make it extended; extra words inside make it
 * altered; a negation dropped or added inside the quoted part makes it reversed.
 */
/** The longest-common-subsequence table of two word lists: `table[i][j]` is the LCS of a[i..] and b[j..]. */
function lcsTable(a: readonly string[], b: readonly string[]): Uint16Array[] {
  const table: Uint16Array[] = [];
  for (let i = 0; i <= a.length; i++) table.push(new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    const row = table[i] as Uint16Array;
    const next = table[i + 1] as Uint16Array;
    for (let j = b.length - 1; j >= 0; j--) {
      row[j] =
        a[i] === b[j] ? (next[j + 1] as number) + 1 : Math.max(next[j] as number, row[j + 1] as number);
    }
  }
  return table;
}

/** How many words two quotes have in common, in order (of their first `MAX_COMPARED_WORDS`). */
function commonWords(a: readonly string[], b: readonly string[]): number {
  return lcsTable(a.slice(0, MAX_COMPARED_WORDS), b.slice(0, MAX_COMPARED_WORDS))[0]?.[0] ?? 0;
}

/** 3: words at an end of a version that may stand in for the reference's words there ("freedom" for "own immunity"). */
const MAX_SWAPPED_WORDS = 3;

/* Words that turn a statement into its opposite; a contraction ("don't", "can't") counts as one. */
const NEGATIONS = new Set(['not', 'no', 'never', 'nothing', 'nobody', 'none', 'neither', 'nor', 'cannot']);

/** Auxiliaries that carry a negation ("do not", "will not", "is not"): they go with it when it is dropped. */
const NEGATED_AUXILIARY =
  /^(?:do|does|did|is|are|was|were|will|would|can|could|should|shall|must|may|might|have|has|had)$/;

/** A contraction written without its apostrophe, as hurried transcripts do: "cant", "dont", "didnt". */
const BARE_CONTRACTION =
  /^(?:can|don|won|didn|doesn|isn|aren|wasn|weren|shouldn|wouldn|couldn|hasn|haven|hadn|mustn|needn|ain)t$/;

function isNegation(word: string | undefined): boolean {
  return (
    word !== undefined &&
    (NEGATIONS.has(word) || word.endsWith("n't") || word.endsWith('n’t') || BARE_CONTRACTION.test(word))
  );
}

/** Words read around a dropped negation to check that the other version says the same thing without it. */
const NEGATION_CONTEXT_WORDS = 2;

/** The words with negations and the auxiliaries that carry them left out, joined: "we lift sanctions". */
function withoutNegations(words: readonly string[]): string {
  return words.filter((word) => !isNegation(word) && !NEGATED_AUXILIARY.test(word)).join(' ');
}

/**
 * Negations in runs of at most `MAX_SWAPPED_WORDS` unmatched words between two matched ones, counted only where
 * the other version gives the words around the run, negations aside, in one stretch ("owners [do not] need to" /
 * "owners need to"): a word alignment that jumps between two copies of a line the version repeats leaves a run
 * with a negation in it that the version does say, in the other copy.
 */
function localNegations(words: readonly string[], matched: readonly boolean[], other: string): number {
  let count = 0;
  let runStart = -1;
  for (let index = 0; index < words.length; index++) {
    if (!matched[index]) {
      if (runStart === -1) runStart = index;
      continue;
    }
    if (runStart > 0 && index - runStart <= MAX_SWAPPED_WORDS) {
      const negations = words.slice(runStart, index).filter(isNegation).length;
      const around = withoutNegations(
        words.slice(Math.max(0, runStart - NEGATION_CONTEXT_WORDS), index + NEGATION_CONTEXT_WORDS),
      );
      if (negations > 0 && ` ${other} `.includes(` ${around} `)) count += negations;
    }
    runStart = -1;
  }
  return count;
}

export function compareWords(version: readonly string[], reference: readonly string[]): QuoteDifference[] {
  const a = version.slice(0, MAX_COMPARED_WORDS);
  const b = reference.slice(0, MAX_COMPARED_WORDS);
  const table = lcsTable(a, b);
  const matched: boolean[] = a.map(() => false);
  const matchedReference: boolean[] = b.map(() => false);
  let firstReference = -1;
  let lastReference = -1;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      matched[i] = true;
      matchedReference[j] = true;
      if (firstReference === -1) firstReference = j;
      lastReference = j;
      i++;
      j++;
    } else if ((table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0)) {
      i++;
    } else {
      j++;
    }
  }
  const common = table[0]?.[0] ?? 0;
  const differences: QuoteDifference[] = [];
  // "People need to empty their cupboards" for "People do not need to ...": the words it lacks are the negation
  // and its auxiliary, inside the part quoted. That is a reversal (below), not a cut: "trimmed" would tell the
  // reader the outlet quoted less, where it changed what was said.
  const onlyNegationLacking = b.every(
    (word, index) =>
      matchedReference[index] === true ||
      (index > firstReference && index < lastReference && (isNegation(word) || NEGATED_AUXILIARY.test(word))),
  );
  if (
    common < b.length &&
    !(onlyNegationLacking && b.some((word, index) => !matchedReference[index] && isNegation(word)))
  )
    differences.push('trimmed');
  const firstMatch = matched.indexOf(true);
  const lastMatch = matched.lastIndexOf(true);
  // Words of the version's own at an end where the reference's words are missing replace them ("bought their
  // freedom" for "bought their own immunity"), when they are few: a longer run is the version going on.
  const swappedHead = firstMatch > 0 && firstMatch <= MAX_SWAPPED_WORDS && firstReference > 0;
  const tail = a.length - 1 - lastMatch;
  const swappedTail =
    firstMatch !== -1 && tail > 0 && tail <= MAX_SWAPPED_WORDS && lastReference < b.length - 1;
  const extraAtEdges =
    firstMatch === -1
      ? a.length > 0
      : (firstMatch > 0 && !swappedHead) || (lastMatch < a.length - 1 && !swappedTail);
  const extraInside =
    swappedHead ||
    swappedTail ||
    matched.some((isMatched, index) => !isMatched && index > firstMatch && index < lastMatch);
  if (extraAtEdges) differences.push('extended');
  if (extraInside) differences.push('altered');
  // "People need to empty their cupboards" for "People do not need to ...": a negation left out of (or put
  // into) the words a version does quote reverses the quote. One in a longer unquoted run went with a whole
  // clause or sentence ("We will not close the harbour." before the part quoted): a trim.
  const droppedNegations = localNegations(b, matchedReference, withoutNegations(a));
  const addedNegations = localNegations(a, matched, withoutNegations(b));
  if (droppedNegations !== addedNegations) differences.push('reversed');
  return differences;
}

/**
 * Test helper: builds annotated articles by hand (what the language stage would produce), so the compare tests
 * depend on the document model only. Offsets are found by searching the text; sentences by a naive split.
 */
import { createTextArticle } from '../model/index.js';
import { compareStory } from './compare-story.js';
import type {
  Article,
  Conflict,
  CreditKind,
  Entity,
  EntityType,
  LabelKind,
  Quote,
  QuoteKind,
  Story,
} from '../model/index.js';

/** A mention to find in the text, with its labels (found before or after it in the same sentence). */
export interface MentionSpec {
  text: string;
  labels?: [string, LabelKind][];
  reference?: boolean;
}

/** What the language stage would have found in one article. */
export interface ArticleSpec {
  id: string;
  outlet?: string;
  /** How extract found the outlet: "press-release" marks a press release and its issuer. */
  outletSource?: string;
  /** The byline as extract reads it, without "By" ("Gazette staff and Tarn Wire"). */
  byline?: string;
  published?: string;
  text: string;
  entities?: { name: string; key: string; type: EntityType; mentions: (string | MentionSpec)[] }[];
  quotes?: {
    content: string;
    cue: string;
    source?: string;
    speaker?: string;
    context?: string;
    kind?: QuoteKind;
  }[];
  credits?: { text: string; outlet: string; kind?: CreditKind }[];
  dates?: { text: string; resolved: string | null; granularity: 'day' | 'weekday' | 'week' }[];
}

function find(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  if (at === -1) throw new Error(`fixture: "${needle}" not found in text`);
  return at;
}

/** Naive sentence split for tests: ends at . ! ? (with closing quotes) followed by a space or the end. */
export function naiveSentences(text: string): { start: number; end: number; paragraph: number }[] {
  const sentences: { start: number; end: number; paragraph: number }[] = [];
  for (const match of text.matchAll(/[^\s][^]*?(?:[.!?]["”’]?(?=\s|$)|$)/g)) {
    const start = match.index;
    const end = start + match[0].length;
    if (match[0].trim() === '') continue;
    const paragraph = text.slice(0, start).split(/\n\s*\n/).length - 1;
    sentences.push({ start, end, paragraph });
  }
  return sentences;
}

/** Builds one annotated article from a spec. */
export function buildArticle(spec: ArticleSpec): Article {
  const text = spec.text;
  const sentences = naiveSentences(text);
  const sentenceOf = (offset: number): number =>
    sentences.findIndex((sentence) => offset >= sentence.start && offset < sentence.end);
  const entities: Entity[] = (spec.entities ?? []).map((entitySpec, index) => {
    let cursor = 0;
    return {
      id: `e${index}`,
      name: entitySpec.name,
      key: entitySpec.key,
      type: entitySpec.type,
      mentions: entitySpec.mentions.map((raw) => {
        const mention: MentionSpec = typeof raw === 'string' ? { text: raw } : raw;
        const start = find(text, mention.text, cursor);
        cursor = start + mention.text.length;
        const sentence = sentences[sentenceOf(start)] ?? { start: 0, end: text.length };
        const labels = (mention.labels ?? []).map(([labelText, kind]) => {
          const region = text.slice(sentence.start, sentence.end);
          const labelStart = sentence.start + find(region, labelText);
          return { text: labelText, start: labelStart, end: labelStart + labelText.length, kind };
        });
        const built: Entity['mentions'][number] = { text: mention.text, start, end: cursor, labels };
        if (mention.reference === true) built.reference = true;
        return built;
      }),
    };
  });
  const quotes: Quote[] = (spec.quotes ?? []).map((quoteSpec) => {
    const contentStart = find(text, quoteSpec.content);
    // The cue after the quotation ("...," she said), else before it ("The mayor said: ...").
    const cueStart = text.includes(quoteSpec.cue, contentStart)
      ? find(text, quoteSpec.cue, contentStart)
      : find(text, quoteSpec.cue);
    const quote: Quote = {
      kind: quoteSpec.kind ?? 'direct',
      cue: { text: quoteSpec.cue, start: cueStart, end: cueStart + quoteSpec.cue.length },
      content: { text: quoteSpec.content, start: contentStart, end: contentStart + quoteSpec.content.length },
      sentence: sentenceOf(contentStart),
    };
    if (quoteSpec.source !== undefined) {
      const sourceStart = find(text, quoteSpec.source, Math.max(0, contentStart - 200));
      quote.source = {
        text: quoteSpec.source,
        start: sourceStart,
        end: sourceStart + quoteSpec.source.length,
      };
    }
    if (quoteSpec.speaker !== undefined) {
      const speaker = entities.find((entity) => entity.key === quoteSpec.speaker);
      if (speaker !== undefined) quote.speaker = speaker.id;
    }
    if (quoteSpec.context !== undefined) quote.context = quoteSpec.context;
    return quote;
  });
  const credits = (spec.credits ?? []).map((creditSpec) => {
    const start = find(text, creditSpec.text);
    return {
      text: creditSpec.text,
      start,
      end: start + creditSpec.text.length,
      outlet: creditSpec.outlet,
      kind: creditSpec.kind ?? ('reported' as const),
      sentence: sentenceOf(start),
    };
  });
  const dates = (spec.dates ?? []).map((dateSpec) => {
    const start = find(text, dateSpec.text);
    return { ...dateSpec, start, end: start + dateSpec.text.length };
  });
  const metadata: Partial<Article> = { id: spec.id, source: `${spec.id}.txt`, lang: 'en' };
  if (spec.outlet !== undefined) metadata.outlet = spec.outlet;
  if (spec.published !== undefined) metadata.published = spec.published;
  if (spec.outletSource !== undefined) metadata.outletSource = spec.outletSource;
  if (spec.byline !== undefined) metadata.byline = spec.byline;
  return { ...createTextArticle(text, metadata), sentences, entities, quotes, credits, dates };
}

/** A story over the given articles, in the given order, with the given copies. */
export function buildStory(articles: readonly Article[], copies: Story['copies'] = []): Story {
  return {
    id: 'story-1',
    articles: articles.map((article) => article.id),
    copies,
    timeline: articles.map((article) => ({ article: article.id })),
    merged: [],
  };
}

/** The number conflicts compare finds between two invented tellings of one story, the Brenn Gazette's and the Marl Echo's. */
export function numberConflictsBetween(a: string, b: string): Conflict[] {
  const specs: ArticleSpec[] = [
    { id: 'gazette', outlet: 'Brenn Gazette', text: a },
    { id: 'echo', outlet: 'Marl Echo', text: b },
  ];
  const articles = specs.map((spec) => buildArticle(spec));
  return compareStory(buildStory(articles), articles).conflicts.filter(
    (conflict) => conflict.kind === 'number',
  );
}

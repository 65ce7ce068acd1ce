/**
 * Invariant checks shared by the property tests: every span lies inside the text, on code-point boundaries,
 * matches the text it claims, and every citation points back into a real sentence of an article of the story.
 * Each check throws an AssertionError naming what broke.
 */
import assert from 'node:assert/strict';
import {
  type Article,
  type Citation,
  type Span,
  type Story,
  type StoryReport,
} from '../../src/model/index.js';

/** True when `offset` falls between the two halves of a surrogate pair in `text`. */
function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Asserts `span` lies in `text` with start <= end, and on code-point boundaries. */
export function assertSpanInText(text: string, span: Span, what: string): void {
  assert.ok(
    Number.isInteger(span.start) && Number.isInteger(span.end),
    `${what}: offsets ${span.start}..${span.end} are not integers`,
  );
  assert.ok(
    span.start >= 0 && span.start <= span.end && span.end <= text.length,
    `${what}: ${span.start}..${span.end} is outside 0..${text.length}`,
  );
  assert.ok(
    !splitsSurrogatePair(text, span.start),
    `${what}: starts inside a surrogate pair at ${span.start}`,
  );
  assert.ok(!splitsSurrogatePair(text, span.end), `${what}: ends inside a surrogate pair at ${span.end}`);
}

/** Asserts a span with its own `text` is in bounds and covers exactly that text. */
function assertTextSpan(text: string, span: Span & { text: string }, what: string): void {
  assertSpanInText(text, span, what);
  assert.equal(text.slice(span.start, span.end), span.text, `${what}: text differs from its span`);
}

/** Every annotation of an article lies inside its clean text, and every sentence index is a real sentence. */
export function assertArticleSpans(article: Article): void {
  const { text } = article;
  let previousEnd = 0;
  article.paragraphs.forEach((paragraph, index) => {
    assertSpanInText(text, paragraph, `paragraph ${index}`);
    assert.ok(paragraph.start >= previousEnd, `paragraph ${index} overlaps the one before`);
    previousEnd = paragraph.end;
  });
  previousEnd = 0;
  article.sentences.forEach((sentence, index) => {
    assertSpanInText(text, sentence, `sentence ${index}`);
    assert.ok(text.slice(sentence.start, sentence.end).trim() !== '', `sentence ${index} is empty`);
    assert.ok(sentence.start >= previousEnd, `sentence ${index} overlaps the one before`);
    assert.ok(
      sentence.paragraph >= 0 && sentence.paragraph < Math.max(article.paragraphs.length, 1),
      `sentence ${index}: paragraph ${sentence.paragraph} does not exist`,
    );
    previousEnd = sentence.end;
  });
  const sentenceIndex = (index: number, what: string): void =>
    assert.ok(
      Number.isInteger(index) && index >= 0 && index < article.sentences.length,
      `${what}: sentence ${index} does not exist (${article.sentences.length} sentences)`,
    );
  article.entities.forEach((entity) => {
    for (const mention of entity.mentions) {
      assertTextSpan(text, mention, `mention of ${entity.id}`);
      for (const label of mention.labels) assertTextSpan(text, label, `label of ${entity.id}`);
    }
  });
  const entityIds = new Set(article.entities.map((entity) => entity.id));
  assert.equal(entityIds.size, article.entities.length, 'entity ids are not unique');
  article.quotes.forEach((quote, index) => {
    assertTextSpan(text, quote.content, `quote ${index} content`);
    assertTextSpan(text, quote.cue, `quote ${index} cue`);
    if (quote.source) assertTextSpan(text, quote.source, `quote ${index} source`);
    if (quote.speaker !== undefined)
      assert.ok(entityIds.has(quote.speaker), `quote ${index}: speaker ${quote.speaker} is no entity`);
    sentenceIndex(quote.sentence, `quote ${index}`);
  });
  article.credits.forEach((credit, index) => {
    assertTextSpan(text, credit, `credit ${index}`);
    sentenceIndex(credit.sentence, `credit ${index}`);
  });
  article.dates.forEach((date, index) => assertTextSpan(text, date, `date ${index}`));
  article.loaded.forEach((span, index) => {
    assertTextSpan(text, span, `loaded span ${index}`);
    sentenceIndex(span.sentence, `loaded span ${index}`);
  });
  for (const diagnostic of article.diagnostics) {
    if (diagnostic.start !== undefined && diagnostic.end !== undefined) {
      assertSpanInText(
        text,
        { start: diagnostic.start, end: diagnostic.end },
        `diagnostic ${diagnostic.code}`,
      );
    }
  }
}

/**
 * A citation points into an article of the story, at a sentence that exists, within the text; the sentence it
 * names is the last one starting at or before the cited start. With `wholeSentence`, the citation is exactly
 * that sentence.
 */
export function assertCitation(
  citation: Citation,
  members: ReadonlyMap<string, Article>,
  what: string,
  wholeSentence = false,
): void {
  const article = members.get(citation.article);
  assert.ok(article, `${what}: cites ${citation.article}, which is not an article of the story`);
  assertSpanInText(article.text, citation, `${what} citation`);
  const sentence = article.sentences[citation.sentence];
  assert.ok(
    sentence,
    `${what}: cites sentence ${citation.sentence} of ${citation.article}, which does not exist`,
  );
  assert.ok(sentence.start <= citation.start, `${what}: cited start is before its sentence`);
  const next = article.sentences[citation.sentence + 1];
  assert.ok(!next || next.start > citation.start, `${what}: cited start is in a later sentence`);
  if (wholeSentence) {
    assert.equal(
      article.text.slice(citation.start, citation.end),
      article.text.slice(sentence.start, sentence.end),
      `${what}: citation is not its whole sentence`,
    );
  }
}

/** Every citation in a report points back into the story's own articles; summary sentences cite something. */
export function assertReportCitations(report: StoryReport, story: Story, articles: readonly Article[]): void {
  const inStory = new Set(story.articles);
  const members = new Map(articles.filter((article) => inStory.has(article.id)).map((a) => [a.id, a]));
  for (const fact of [...report.facts.shared, ...report.facts.unique]) {
    assert.ok(fact.citations.length > 0, `fact ${fact.id} cites nothing`);
    for (const citation of fact.citations) assertCitation(citation, members, `fact ${fact.id}`, true);
    for (const id of fact.articles) assert.ok(members.has(id), `fact ${fact.id}: article ${id} not in story`);
  }
  report.summary.forEach((sentence, index) => {
    assert.ok(sentence.text.trim() !== '', `summary sentence ${index} is empty`);
    assert.ok(sentence.citations.length > 0, `summary sentence ${index} cites nothing`);
    for (const citation of sentence.citations) assertCitation(citation, members, `summary ${index}`, true);
  });
  if (report.headline.text !== '') {
    assert.ok(report.headline.citations.length > 0, 'headline cites nothing');
  }
  for (const citation of report.headline.citations) assertCitation(citation, members, 'headline', true);
  for (const conflict of report.conflicts) {
    for (const side of conflict.sides) {
      for (const citation of side.citations) assertCitation(citation, members, `conflict ${conflict.about}`);
    }
  }
  for (const group of report.quotes) {
    for (const variant of group.variants) assertCitation(variant.citation, members, `quote ${group.id}`);
  }
  for (const entry of report.labels) {
    for (const byArticle of entry.byArticle) {
      for (const label of byArticle.labels)
        assertCitation(label.citation, members, `label of ${entry.entity}`);
    }
  }
  for (const entry of report.loaded) {
    for (const span of entry.spans) assertCitation(span.citation, members, `loaded in ${entry.article}`);
  }
  for (const credit of report.provenance.credits) {
    if ('citation' in credit) {
      assertCitation(credit.citation, members, 'credit');
      continue;
    }
    // A byline credit cites the article's byline, which the report carries.
    const byline = report.articles.find((article) => article.id === credit.article)?.byline;
    assert.equal(credit.text, byline, `byline credit of ${credit.article}: its text is the byline`);
    assert.ok(
      byline !== undefined &&
        credit.byline.start >= 0 &&
        credit.byline.start < credit.byline.end &&
        credit.byline.end <= byline.length,
      `byline credit of ${credit.article}: offsets inside the byline`,
    );
  }
  for (const reuse of report.provenance.reuse) {
    for (const citation of reuse.citations) assertCitation(citation, members, 'reuse');
  }
}

/**
 * True when `text` holds no lone surrogate (half a character). `String.prototype.isWellFormed` is ES2024;
 * in a `u` regex a surrogate class matches only unpaired halves.
 */
export function isWellFormed(text: string): boolean {
  return !/[\uD800-\uDFFF]/u.test(text);
}

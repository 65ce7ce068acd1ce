import type { Article } from '../model/index.js';
import { createDiagnostic } from '../model/index.js';
import { detectLanguage } from './detect-language.js';
import { findCredits } from './find-credits.js';
import { findDates } from './find-dates.js';
import { createDocument } from './document.js';
import { findEntities, looksLikePersonalName } from './find-entities.js';
import { findQuotations } from './find-quotations.js';
import { findQuotes } from './find-quotes.js';
import { linkDescriptions } from './link-descriptions.js';
import { namesOwnOutlet } from './names-own-outlet.js';
import { paragraphsOf, splitSentences } from './split-sentences.js';

/** Options for `analyzeLanguage`. */
export interface LanguageOptions {
  /**
   * Run the English entity, quote and credit passes even when the text is detected as another language.
   * Off by default: English rules on other languages give noise, not findings.
   */
  forceEnglish?: boolean;
}

/**
 * Annotates an article: sentences, language, entities with their labels, quotes with speakers, credits and
 * dates. Pure: the only clock is `article.published`. Returns a new Article; the input is not changed.
 *
 * @example
 * const annotated = analyzeLanguage(createTextArticle('"We are ready," Mayor Ana Ruiz said on Monday.'));
 * annotated.quotes[0]?.content.text; // '"We are ready,"'
 */
export function analyzeLanguage(article: Article, options: LanguageOptions = {}): Article {
  const text = article.text;
  const paragraphs = article.paragraphs.length > 0 ? article.paragraphs : paragraphsOf(text);
  const sentences = splitSentences(text, paragraphs);
  const diagnostics = article.diagnostics.filter((diagnostic) => diagnostic.stage !== 'language');
  const detected = detectLanguage(text);
  // The text itself outranks a declared language (CMS templates often declare "en" for every page); a
  // declared one is kept where detection is unsure.
  const declared = article.lang.toLowerCase().split('-')[0] ?? 'und';
  const lang = detected !== 'und' ? (detected === declared ? article.lang : detected) : article.lang;
  if (detected !== 'und' && declared !== 'und' && detected !== declared) {
    diagnostics.push(
      createDiagnostic(
        'language',
        'warning',
        'language-mismatch',
        `Declared language "${article.lang}" but the text reads as "${detected}"; using "${detected}".`,
      ),
    );
  }
  const english = lang.startsWith('en') || (lang === 'und' && detected === 'und');
  if (!english && !options.forceEnglish) {
    diagnostics.push(
      createDiagnostic(
        'language',
        'info',
        'not-english',
        `Text is in "${lang}", not English: sentences only; entities, quotes and credits need English rules.`,
      ),
    );
    return { ...article, lang, sentences, entities: [], quotes: [], credits: [], dates: [], diagnostics };
  }
  const firstBody = article.paragraphs[1]?.start ?? 0;
  // "The Courier first reported the closure" in the Courier itself: its own scoop, no credit to anyone.
  const credits = findCredits(
    text,
    sentences,
    firstBody > 0 ? (article.paragraphs[0]?.start ?? 0) : 0,
    `${article.byline ?? ''}\n${article.outlet ?? ''}`,
  ).filter((credit) => !namesOwnOutlet(credit.outlet, article.outlet));
  const dates = findDates(text, article.published);
  if (!article.published) {
    diagnostics.push(
      createDiagnostic(
        'language',
        'info',
        'dates-unresolved',
        'Article has no publication date: relative dates kept as written.',
      ),
    );
  }
  const doc = createDocument(text, sentences);
  const tokenParagraph = new Int32Array(doc.tokens.length);
  let paragraph = 0;
  doc.tokenSentence.forEach((sentence, index) => {
    if (sentence >= 0) paragraph = sentences[sentence]?.paragraph ?? paragraph;
    tokenParagraph[index] = paragraph;
  });
  const paragraphOf = (token: number): number => tokenParagraph[token] ?? paragraph;
  const paragraphEnd = (index: number): number => paragraphs[index]?.end ?? text.length;
  const quotations = findQuotations(doc, paragraphOf, paragraphEnd);
  if (quotations.some((quotation) => !quotation.closed)) {
    diagnostics.push(
      createDiagnostic(
        'language',
        'info',
        'unbalanced-quotes',
        'A quotation mark is not closed; the quote was ended at its paragraph.',
      ),
    );
  }
  const index = findEntities(doc);
  const found = findQuotes(doc, index, quotations, paragraphOf, credits);
  const { references, speakers } = found;
  // An outlet telling of its own reporting ("The Courier revealed last month that ...") speaks in its own voice.
  const quotes = found.quotes.filter(
    (quote) => !quote.source || !namesOwnOutlet(quote.source.text, article.outlet),
  );
  const descriptions = linkDescriptions(doc, index);
  const entities = index.entities.map((entity) => {
    const taken = new Set((references.get(entity.id) ?? []).map((mention) => mention.start));
    const described = (descriptions.get(entity.id) ?? []).filter((mention) => !taken.has(mention.start));
    const extra = [...(references.get(entity.id) ?? []), ...described];
    // A quoted speaker typed 'other' is a person only when the name has a person's shape: "Brask", not
    // "Veland Chamber of Commerce" or "Critics".
    const type =
      speakers.has(entity.id) && entity.type === 'other' && looksLikePersonalName(entity.name)
        ? 'person'
        : entity.type;
    if (extra.length === 0) return type === entity.type ? entity : { ...entity, type };
    const mentions = [...entity.mentions, ...extra].sort((a, b) => a.start - b.start);
    return { ...entity, type, mentions };
  });
  return { ...article, lang, sentences, entities, quotes, credits, dates, diagnostics };
}

import {
  factConflictNote,
  formatCoverage,
  formatPublished,
  publishedDay,
  type Citation,
  type CitedText,
  type Conflict,
  type Fact,
  type GroupLabelEntry,
  type StoryReport,
} from '../model/index.js';
import { escapeHtml, safeHref } from './escape-html.js';
import { renderPage } from './page-layout.js';

/** Options for `renderReportPage`. */
export interface RenderReportOptions {
  /** A page saved on its own (`analyze --html FILE`): no link back to the story list. */
  standalone?: boolean;
}

type ReportArticle = StoryReport['articles'][number];

/** What the page knows about the report's articles, to label and link citations. */
interface ArticleIndex {
  byId: Map<string, { article: ReportArticle; letter: string; position: number }>;
}

/**
 * One self-contained HTML page (inline CSS, no scripts, no external assets) with every section of a story
 * report. Each finding links to the sentences it cites, listed per article at the bottom of the page; the cited
 * sentence is highlighted through `:target`, so it works without JavaScript. Everything from the report is
 * escaped.
 *
 * @example
 * writeFileSync('story.html', renderReportPage(report, { standalone: true }));
 */
export function renderReportPage(report: StoryReport, options: RenderReportOptions = {}): string {
  return renderPage({
    title: `${report.headline.text || '(no headline)'} · Parallax`,
    body: renderReportArticle(report, ''),
    home: options.standalone !== true,
  });
}

/**
 * Several reports on one self-contained page (`analyze --html FILE`): a list of the stories, then each story
 * with every section, as on its own page. Sentence anchors stay `a-<article>-s-<n>` (an article belongs to one
 * story); section ids get a per-story prefix.
 */
export function renderReportsPage(reports: readonly StoryReport[]): string {
  const stories = reports.map((report, position) => ({ report, prefix: `story-${position + 1}-` }));
  const list =
    stories.length === 0
      ? '<p class="empty">No stories: no article could be read from the inputs.</p>'
      : `<ol class="summary">${stories
          .map(
            ({ report, prefix }) =>
              `<li><a href="#${prefix}top">${escapeHtml(report.headline.text || '(no headline)')}</a> <span class="muted">${escapeHtml(
                formatCoverage(report.coverage),
              )}</span></li>`,
          )
          .join('\n')}</ol>`;
  // Our own markup only: every string from a report is escaped, so no report text can match `<h1`.
  const shift = (html: string) =>
    html.replace(
      /<(\/?)h([1-5])\b/g,
      (_match, slash: string, level: string) => `<${slash}h${Number(level) + 1}`,
    );
  const body = `<h1>${escapeHtml(`${plural(reports.length, 'story', 'stories')} compared`)}</h1>
${list}
${stories.map(({ report, prefix }) => shift(renderReportArticle(report, prefix))).join('\n<hr>\n')}`;
  return renderPage({ title: `${plural(reports.length, 'story', 'stories')} · Parallax`, body, home: false });
}

function renderReportArticle(report: StoryReport, prefix: string): string {
  const index = indexArticles(report.articles);
  const sections: [string, string, string][] = [
    ['summary', 'Summary', renderSummary(report.summary, index)],
    ['articles', 'Articles', renderArticles(report, index)],
    ['facts', 'Facts', renderFacts(report, index)],
    ['conflicts', 'Conflicts', renderConflicts(report, index)],
    ['quotes', 'Quotes', renderQuotes(report, index)],
    ['labels', 'Labels: who calls whom what', renderLabels(report, index)],
    ...(report.groupLabels === undefined || report.groupLabels.length === 0
      ? []
      : [
          [
            'group-labels',
            'What the group is called',
            renderGroupLabels(report.groupLabels, index),
          ] satisfies [string, string, string],
        ]),
    ['loaded', 'Loaded words', renderLoaded(report, index)],
    ['provenance', 'Provenance', renderProvenance(report, index)],
    ['sentences', 'Sentences, article by article', renderSentences(report, index)],
  ];
  const coverage = formatCoverage(report.coverage);
  return `<article id="${prefix}top">
<h1>${escapeHtml(report.headline.text || '(no headline)')}${renderCitations(report.headline.citations, index)}</h1>
<p class="coverage">${escapeHtml(coverage)}${renderDateRange(report.articles)}</p>
<nav class="toc" aria-label="Sections"><ul>${sections
    .map(([id, title]) => `<li><a href="#${prefix}${id}">${escapeHtml(title)}</a></li>`)
    .join('')}</ul></nav>
${sections.map(([id, title, content]) => `<section id="${prefix}${id}" aria-labelledby="${prefix}${id}-title">\n<h2 id="${prefix}${id}-title">${escapeHtml(title)}</h2>\n${content}\n</section>`).join('\n')}
</article>`;
}

/** The anchor id of one sentence of one article: `a-<article>-s-<n>`, with unsafe id characters encoded. */
export function sentenceAnchor(article: string, sentence: number): string {
  return `a-${anchorPart(article)}-s-${sentence}`;
}

function anchorPart(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, (character) => `_${character.codePointAt(0)?.toString(16) ?? '0'}_`);
}

function indexArticles(articles: readonly ReportArticle[]): ArticleIndex {
  const byId: ArticleIndex['byId'] = new Map();
  articles.forEach((article, position) => {
    if (!byId.has(article.id)) byId.set(article.id, { article, letter: articleLetter(position), position });
  });
  return { byId };
}

/** A, B, ..., Z, AA, AB, ...: short, stable labels for citing articles inline. */
function articleLetter(position: number): string {
  let label = '';
  for (let rest = position + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    label = String.fromCharCode(65 + ((rest - 1) % 26)) + label;
  }
  return label;
}

function articleName(article: ReportArticle): string {
  if (article.outlet !== undefined && article.outlet !== '') return article.outlet;
  // No outlet known: a short title keeps the lists of sources readable; without one, the file the article was
  // read from, else its opening words (an API item's source, "api:40dfd194/line 1", names no article).
  const file = article.source.split(/[\\/]/).pop();
  const name =
    article.title ??
    (file !== undefined && /\.[A-Za-z0-9]{1,8}(?::\d+)?$/.test(file) ? file : undefined) ??
    article.sentences[0] ??
    article.id;
  return truncate(name, 40);
}

function nameOf(id: string, index: ArticleIndex): string {
  const entry = index.byId.get(id);
  return entry === undefined ? `unknown article ${id}` : `${entry.letter} · ${articleName(entry.article)}`;
}

function renderCitation(citation: Citation, index: ArticleIndex): string {
  const entry = index.byId.get(citation.article);
  const sentenceText = entry?.article.sentences[citation.sentence];
  if (entry === undefined || sentenceText === undefined) {
    return `<span class="cite-missing">[sentence ${citation.sentence + 1} of ${escapeHtml(citation.article)}, not in this report]</span>`;
  }
  const label = `${entry.letter}${citation.sentence + 1}`;
  const title = `${articleName(entry.article)}, sentence ${citation.sentence + 1}: ${truncate(sentenceText, 160)}`;
  return `<a class="cite" href="#${sentenceAnchor(citation.article, citation.sentence)}" title="${escapeHtml(title)}" aria-label="${escapeHtml(`${articleName(entry.article)}, sentence ${citation.sentence + 1}`)}">${escapeHtml(label)}</a>`;
}

function renderCitations(citations: readonly Citation[], index: ArticleIndex): string {
  if (citations.length === 0) return '';
  const seen = new Set<string>();
  const unique = citations.filter((citation) => {
    const key = `${citation.article}\u0000${citation.sentence}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return ` <span class="cites">${unique.map((citation) => renderCitation(citation, index)).join('')}</span>`;
}

function renderSummary(summary: readonly CitedText[], index: ArticleIndex): string {
  if (summary.length === 0) return empty('No summary sentences.');
  return `<ol class="summary">${summary
    .map((sentence) => `<li>${escapeHtml(sentence.text)}${renderCitations(sentence.citations, index)}</li>`)
    .join('\n')}</ol>`;
}

function renderArticles(report: StoryReport, index: ArticleIndex): string {
  if (report.articles.length === 0) return empty('No articles.');
  const rows = report.articles.map((article) => {
    const letter = index.byId.get(article.id)?.letter ?? '?';
    const href = safeHref(article.url);
    const title = escapeHtml(article.title ?? '(untitled)');
    const copy = [
      ...(article.pressRelease === true ? ['press release'] : []),
      ...(article.copyOf === undefined ? [] : [`copy of ${nameOf(article.copyOf, index)}`]),
      ...(article.reprintOf === undefined ? [] : [`reprint of ${nameOf(article.reprintOf, index)}`]),
    ]
      .map((tag) => `<span class="tag">${escapeHtml(tag)}</span>`)
      .join(' ');
    return `<tr>
<th scope="row">${escapeHtml(letter)}</th>
<td>${escapeHtml(article.outlet ?? 'unknown outlet')}</td>
<td>${href === null ? title : `<a href="${escapeHtml(href)}" rel="noreferrer noopener">${title}</a>`} ${copy}<br><a class="muted" href="#a-${anchorPart(article.id)}">text (${plural(article.sentences.length, 'sentence')})</a></td>
<td>${article.published === undefined ? '<span class="muted">unknown</span>' : `<time datetime="${escapeHtml(article.published)}">${escapeHtml(formatPublished(article.published))}</time>`}</td>
</tr>`;
  });
  return `<table>
<thead><tr><th scope="col">Ref</th><th scope="col">Outlet</th><th scope="col">Title</th><th scope="col">Published</th></tr></thead>
<tbody>${rows.join('\n')}</tbody>
</table>`;
}

function renderFact(fact: Fact, index: ArticleIndex, conflicts: readonly Conflict[] = []): string {
  // A press release is where the fact started, not a source reporting it: named after the sources, with the
  // outlets' copies and reprints of it, which are no more a source than the release.
  const isRelease = (id: string): boolean => index.byId.get(id)?.article.pressRelease === true;
  const fromRelease = (id: string): boolean => isRelease(rootArticle(id, index));
  const withCopies = ([head, ...copies]: string[]): string => {
    if (copies.length === 0) return nameOf(head as string, index);
    const reprints = copies.filter((id) => index.byId.get(id)?.article.reprintOf !== undefined).length;
    const kind =
      reprints === 0
        ? plural(copies.length, 'copy', 'copies')
        : reprints === copies.length
          ? plural(copies.length, 'reprint')
          : plural(copies.length, 'copy or reprint', 'copies or reprints');
    return `${nameOf(head as string, index)} (with ${kind}: ${copies.map((id) => nameOf(id, index)).join(', ')})`;
  };
  const outlets = sourceGroups(
    fact.articles.filter((id) => !fromRelease(id)),
    index,
  )
    .map(withCopies)
    .join('; ');
  const releases = sourceGroups(fact.articles.filter(fromRelease), index).map(withCopies).join(', ');
  // Tellings that differ on a detail: the source count is for the fact, not for its figure.
  const differ = factConflictNote(fact, conflicts);
  const note =
    differ === ''
      ? ''
      : `<br><span class="update">${escapeHtml(`${differ.charAt(0).toUpperCase()}${differ.slice(1)}: see Conflicting details.`)}</span>`;
  const told =
    outlets === ''
      ? `no independent source: only in the press release of ${releases}`
      : `${plural(fact.sources, 'independent source')}: ${outlets}${releases === '' ? '' : `; also in the press release of ${releases}`}`;
  return `<li>${escapeHtml(fact.text)}${renderCitations(fact.citations, index)}<br><span class="muted">${escapeHtml(
    told,
  )}</span>${note}</li>`;
}

/** The article a copy or reprint comes from, following chains; the article itself when it is neither. */
function rootArticle(id: string, index: ArticleIndex): string {
  const seen = new Set<string>();
  let current = id;
  for (;;) {
    const shown = index.byId.get(current)?.article;
    // A reprint goes with the article it reprints, as a copy does: one source.
    const copyOf = shown?.copyOf ?? shown?.reprintOf;
    if (copyOf === undefined || !index.byId.has(copyOf) || seen.has(copyOf)) return current;
    seen.add(current);
    current = copyOf;
  }
}

/**
 * The articles of a finding grouped by the text they carry: a syndicated copy goes with the article it copies,
 * so that "3 independent sources" is followed by three groups, not by five outlets side by side. Each group
 * starts with its original when the finding cites it.
 */
function sourceGroups(ids: readonly string[], index: ArticleIndex): string[][] {
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const root = rootArticle(id, index);
    const group = groups.get(root);
    if (group === undefined) groups.set(root, [id]);
    else if (id === root) group.unshift(id);
    else group.push(id);
  }
  return [...groups.values()];
}

function renderFacts(report: StoryReport, index: ArticleIndex): string {
  const shared = report.facts.shared;
  const unique = report.facts.unique;
  return `<h3>Reported by several sources (${shared.length})</h3>
${shared.length === 0 ? empty('No fact is carried by more than one independent source.') : `<ul class="findings">${shared.map((fact) => renderFact(fact, index, report.conflicts)).join('\n')}</ul>`}
<h3>Reported by one source only (${unique.length})</h3>
${unique.length === 0 ? empty('No fact is carried by one source only.') : `<ul class="findings">${unique.map((fact) => renderFact(fact, index)).join('\n')}</ul>`}`;
}

function renderConflicts(report: StoryReport, index: ArticleIndex): string {
  if (report.conflicts.length === 0)
    return empty('The articles do not disagree on any detail we could align.');
  return `<ul class="findings">${report.conflicts
    .map(
      (
        conflict,
      ) => `<li><span class="tag">${escapeHtml(conflict.kind)}</span><strong>${escapeHtml(conflict.about)}</strong>${conflict.latest === undefined ? '' : ' <span class="update">updated by a later report, not disputed</span>'}
<ul>${conflict.sides
        .map(
          (side, position) =>
            `<li>${position === conflict.latest ? 'later: ' : ''}“${escapeHtml(side.value)}”${side.claimant === undefined ? '' : ` according to ${escapeHtml(side.claimant)}`}: ${escapeHtml(side.articles.map((id) => nameOf(id, index)).join(', '))}${renderCitations(side.citations, index)}</li>`,
        )
        .join('')}</ul></li>`,
    )
    .join('\n')}</ul>`;
}

function renderQuotes(report: StoryReport, index: ArticleIndex): string {
  if (report.quotes.length === 0) return empty('No quotations found.');
  return report.quotes
    .map((group) => {
      const variants = group.variants
        .map((variant) => {
          const differences =
            variant.differences.length === 0
              ? '<span class="tag">as above</span>'
              : variant.differences
                  .map((difference) => `<span class="tag">${escapeHtml(difference)}</span>`)
                  .join('');
          const speaker =
            variant.speaker !== null && variant.speaker !== group.speaker
              ? ` <span class="muted">(attributed to ${escapeHtml(variant.speaker)})</span>`
              : '';
          const context =
            variant.context === undefined ? '' : ` <span class="muted">${escapeHtml(variant.context)}</span>`;
          return `<li class="variant">${escapeHtml(nameOf(variant.article, index))}: ${differences} “${escapeHtml(variant.text)}”${speaker}${context}${renderCitations([variant.citation], index)}</li>`;
        })
        .join('\n');
      return `<h3>${escapeHtml(group.speaker ?? 'Unattributed')} <span class="tag">${escapeHtml(group.kind)}</span> <span class="muted">${escapeHtml(`in ${plural(group.articles.length, 'article')}`)}</span></h3>
<blockquote>${escapeHtml(group.text)}</blockquote>
<ul class="findings">${variants}</ul>`;
    })
    .join('\n');
}

function renderLabels(report: StoryReport, index: ArticleIndex): string {
  if (report.labels.length === 0) return empty('No person or organisation is labelled in these articles.');
  const groups = report.labels.map((entry) => {
    const rows = entry.byArticle.length === 0 ? [{ article: '', labels: [] }] : entry.byArticle;
    // The other names it goes by: the heading gives the canonical one already.
    const others = entry.names.filter((name) => name !== entry.entity);
    return `<tbody>${rows
      .map((row, position) => {
        const head =
          position === 0
            ? `<th scope="rowgroup" rowspan="${rows.length}">${escapeHtml(entry.entity)}<br><span class="tag">${escapeHtml(entry.type)}</span>${
                others.length > 0 ? `<br><span class="muted">${escapeHtml(others.join(' · '))}</span>` : ''
              }</th>`
            : '';
        const labels =
          row.labels.length === 0
            ? '<span class="muted">no label</span>'
            : row.labels
                .map((label) => `“${escapeHtml(label.text)}”${renderCitations([label.citation], index)}`)
                .join('; ');
        return `<tr>${head}<td>${escapeHtml(row.article === '' ? '' : nameOf(row.article, index))}</td><td>${labels}</td></tr>`;
      })
      .join('\n')}</tbody>`;
  });
  return `<table>
<thead><tr><th scope="col">Who</th><th scope="col">Article</th><th scope="col">Called</th></tr></thead>
${groups.join('\n')}
</table>`;
}

/** One table row per article and family: the words it calls the unnamed group by, each use cited. */
function renderGroupLabels(entries: readonly GroupLabelEntry[], index: ArticleIndex): string {
  const groups = entries.map(
    (entry) =>
      `<tbody>${entry.byArticle
        .map((row, position) => {
          const head =
            position === 0
              ? `<th scope="rowgroup" rowspan="${entry.byArticle.length}">${escapeHtml(entry.family)}</th>`
              : '';
          const words = row.words
            .map(
              (word) =>
                `“${escapeHtml(word.text)}”${word.count > 1 ? ` <span class="muted">×${word.count}</span>` : ''}${renderCitations(word.citations, index)}`,
            )
            .join('; ');
          const headline =
            row.headline === undefined
              ? ''
              : `${words === '' ? '' : '; '}${row.headline
                  .map((word) => `“${escapeHtml(word.text)}” <span class="tag">headline</span>`)
                  .join('; ')}`;
          return `<tr>${head}<td>${escapeHtml(nameOf(row.article, index))}</td><td>${words}${headline}</td></tr>`;
        })
        .join('\n')}</tbody>`,
  );
  return `<p class="muted">Words for the unnamed group in each outlet's own voice, its headline's marked; quoted and reported words are left out, and so are copies.</p>
<table>
<thead><tr><th scope="col">Group</th><th scope="col">Article</th><th scope="col">Called</th></tr></thead>
${groups.join('\n')}
</table>`;
}

function renderLoaded(report: StoryReport, index: ArticleIndex): string {
  if (report.loaded.length === 0) return empty('No loaded wording found.');
  return report.loaded
    .map((entry) => {
      const spans =
        entry.spans.length === 0
          ? empty('None.')
          : `<ul class="findings">${entry.spans
              .map(
                (span) =>
                  `<li>“${escapeHtml(span.text)}” <span class="tag">${escapeHtml(span.reason)}</span>${
                    span.speaker === undefined
                      ? ''
                      : `<span class="tag">attributed to ${escapeHtml(span.speaker)}</span>`
                  } ${escapeHtml(span.note)}${renderCitations([span.citation], index)}</li>`,
              )
              .join('\n')}</ul>`;
      const headline =
        entry.headline === undefined
          ? ''
          : `<p>Headline: ${entry.headline
              .map(
                (span) =>
                  `“${escapeHtml(span.text)}” <span class="tag">${escapeHtml(span.reason)}</span> ${escapeHtml(span.note)}`,
              )
              .join('; ')}</p>\n`;
      return `<h3>${escapeHtml(nameOf(entry.article, index))} <span class="muted">${escapeHtml(
        `${formatRate(entry.rate)} loaded words per 100 words of its own voice`,
      )}</span></h3>
${headline}${spans}`;
    })
    .join('\n');
}

function renderProvenance(report: StoryReport, index: ArticleIndex): string {
  const { credits, copies, reuse, originalSources } = report.provenance;
  const creditList =
    credits.length === 0
      ? empty('No article credits another outlet.')
      : `<ul class="findings">${credits
          .map((credit) =>
            'citation' in credit
              ? `<li>${escapeHtml(nameOf(credit.article, index))} credits <strong>${escapeHtml(credit.outlet)}</strong>: “${escapeHtml(credit.text)}”${renderCitations([credit.citation], index)}</li>`
              : `<li>${escapeHtml(nameOf(credit.article, index))} credits <strong>${escapeHtml(credit.outlet)}</strong> in its byline: “By ${escapeHtml(credit.text.slice(0, credit.byline.start))}<strong>${escapeHtml(credit.text.slice(credit.byline.start, credit.byline.end))}</strong>${escapeHtml(credit.text.slice(credit.byline.end))}”</li>`,
          )
          .join('\n')}</ul>`;
  const copyList =
    copies.length === 0
      ? empty('No syndicated copies.')
      : `<ul class="findings">${copies
          .map(
            (copy) =>
              `<li>${escapeHtml(nameOf(copy.article, index))} is a copy of ${escapeHtml(nameOf(copy.copyOf, index))} <span class="muted">${escapeHtml(
                `(${Math.round(copy.similarity * 100)}% similar)`,
              )}</span></li>`,
          )
          .join('\n')}</ul>`;
  const reuseList =
    reuse.length === 0
      ? empty('No shared passages beyond whole copies.')
      : `<ul class="findings">${reuse
          .map(
            (passage) =>
              `<li>${escapeHtml(`${nameOf(passage.articles[0], index)} and ${nameOf(passage.articles[1], index)} share ${plural(passage.words, 'word')} nearly verbatim`)}${renderCitations(passage.citations, index)}</li>`,
          )
          .join('\n')}</ul>`;
  const originals =
    originalSources.length === 0
      ? empty(
          'No outlet is credited by two or more independent articles, nor said by one to have reported first, and no press release is reused.',
        )
      : `<ul class="findings">${originalSources
          .map((source) =>
            source.pressRelease !== undefined
              ? `<li><strong>${escapeHtml(source.outlet)}</strong>, its press release ${escapeHtml(nameOf(source.pressRelease, index))}: wording reused by ${escapeHtml(source.articles.map((id) => nameOf(id, index)).join(', '))}</li>`
              : `<li><strong>${escapeHtml(source.outlet)}</strong>${source.firstReported ? ', which first reported' : ''}, credited by ${escapeHtml(source.articles.map((id) => nameOf(id, index)).join(', '))}${source.firstReported ? renderCitations(source.firstReported, index) : ''}</li>`,
          )
          .join('\n')}</ul>`;
  return `<h3>Credits</h3>\n${creditList}\n<h3>Copies</h3>\n${copyList}\n<h3>Reused passages</h3>\n${reuseList}\n<h3>Likely original sources</h3>\n${originals}`;
}

function renderSentences(report: StoryReport, index: ArticleIndex): string {
  if (report.articles.length === 0) return empty('No articles.');
  return report.articles
    .map((article) => {
      const letter = index.byId.get(article.id)?.letter ?? '?';
      const sentences =
        article.sentences.length === 0
          ? empty('No sentences.')
          : `<ol class="sentences">${article.sentences
              .map(
                (sentence, position) =>
                  `<li id="${sentenceAnchor(article.id, position)}" tabindex="-1"><span class="sentence-number">${escapeHtml(`${letter}${position + 1}`)}</span>${escapeHtml(sentence)}</li>`,
              )
              .join('\n')}</ol>`;
      return `<section class="article-text" id="a-${anchorPart(article.id)}" aria-label="${escapeHtml(`Text of ${articleName(article)}`)}">
<h3>${escapeHtml(`${letter} · ${articleName(article)}`)}${article.title === undefined ? '' : `: ${escapeHtml(article.title)}`}</h3>
${sentences}
</section>`;
    })
    .join('\n');
}

function renderDateRange(articles: readonly ReportArticle[]): string {
  // Days as the articles' times show them (UTC where a time has a zone), so the range agrees with the table.
  const days = articles
    .flatMap((article) => (article.published ? [publishedDay(article.published)] : []))
    .sort();
  const first = days[0];
  const last = days[days.length - 1];
  if (first === undefined || last === undefined) return '';
  return escapeHtml(first === last ? `, ${first}` : `, ${first} to ${last}`);
}

function empty(message: string): string {
  return `<p class="empty">${escapeHtml(message)}</p>`;
}

function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

function formatRate(rate: number): string {
  return Number.isFinite(rate) ? rate.toFixed(1) : '?';
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

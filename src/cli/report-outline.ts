import {
  factConflictNote,
  formatCoverage,
  formatPublished,
  type Citation,
  type Conflict,
  type StoryReport,
} from '../model/index.js';

/** One section of a report as plain lines, shared by the terminal and Markdown renderers. */
export interface OutlineSection {
  title: string;
  lines: string[];
}

/** A report laid out as titled sections of plain-text lines, with citations as [article:sentence]. */
export function outlineReport(report: StoryReport): {
  headline: string;
  coverage: string;
  sections: OutlineSection[];
} {
  const number = new Map(report.articles.map((article, index) => [article.id, index + 1]));
  const ref = (id: string): string => `[${number.get(id) ?? '?'}]`;
  const cite = (citations: readonly Citation[]): string =>
    citations.map((citation) => `[${number.get(citation.article) ?? '?'}:${citation.sentence + 1}]`).join('');
  const quoted = (text: string): string => `“${text}”`;
  const releases = new Set(
    report.articles.filter((article) => article.pressRelease === true).map((article) => article.id),
  );
  const { coverage, provenance } = report;

  const sections: OutlineSection[] = [
    {
      title: 'Articles',
      lines: report.articles.map((article) => {
        const parts = [
          article.title ?? '(untitled)',
          article.outlet ?? 'outlet unknown',
          article.published === undefined ? 'undated' : formatPublished(article.published),
        ];
        const notes = [
          article.source,
          ...(article.pressRelease === true ? ['press release'] : []),
          ...(article.copyOf ? [`copy of ${ref(article.copyOf)}`] : []),
          ...(article.reprintOf ? [`reprint of ${ref(article.reprintOf)}`] : []),
        ];
        return `${ref(article.id)} ${parts.join(' — ')} (${notes.join(', ')})`;
      }),
    },
    {
      title: 'Summary',
      lines: report.summary.map((sentence) => `${sentence.text} ${cite(sentence.citations)}`),
    },
    {
      title: `Reported by several sources (${report.facts.shared.length})`,
      lines: report.facts.shared.map((fact) => {
        // Tellings that differ on a detail: the count is of sources for the fact, not for its figure.
        const differ = factConflictNote(fact, report.conflicts);
        const note = differ === '' ? '' : ` (${differ})`;
        return `${fact.text} — ${fact.sources} sources ${cite(fact.citations)}${note}`;
      }),
    },
    {
      title: `Reported by one source only (${report.facts.unique.length})`,
      lines: report.facts.unique.map((fact) => {
        // Only a press release says it, or outlets' copies of one: no outlet reported it.
        const fromRelease = fact.sources === 0 && fact.articles.some((id) => releases.has(id));
        const only = !fromRelease
          ? ''
          : fact.articles.every((id) => releases.has(id))
            ? ' (press release only)'
            : ' (press release and its copies only)';
        return `${fact.articles.map(ref).join('')} ${fact.text} ${cite(fact.citations)}${only}`;
      }),
    },
    {
      title: `Conflicting details (${report.conflicts.length})`,
      lines: report.conflicts.map((conflict) => {
        const told = (side: Conflict['sides'][number]): string =>
          `${quoted(side.value)}${side.claimant === undefined ? '' : ` according to ${side.claimant}`} ${cite(side.citations)}`;
        const latest = conflict.latest === undefined ? undefined : conflict.sides[conflict.latest];
        // A figure a later report updated: the earlier figures, then the latest, not a dispute.
        if (latest !== undefined) {
          const earlier = conflict.sides.filter((side) => side !== latest);
          return `${conflict.kind} — ${conflict.about}, updated by a later report: ${earlier.map(told).join(' and ')}, later ${told(latest)}`;
        }
        return `${conflict.kind} — ${conflict.about}: ` + conflict.sides.map(told).join(' vs ');
      }),
    },
    {
      title: `Quotes (${report.quotes.length})`,
      lines: report.quotes.map((group) => {
        // Each way an outlet cut or changed the quote, with its words: two trims ("[1] trimmed", "[4] trimmed")
        // can keep different halves. Articles that give the same version (a wire text and its copies) share a line.
        const versions = new Map<
          string,
          { articles: string[]; label: string; worded: boolean; citations: Citation[] }
        >();
        for (const variant of group.variants) {
          if (variant.differences.length === 0) continue;
          const words = variant.text === group.text ? '' : `: ${quoted(variant.text)}`;
          // "[4] said by Helena Quist": which speaker the outlet gives the quote to, not only that it differs.
          const differences = variant.differences.map((difference) =>
            difference === 'speaker' && variant.speaker !== null ? `said by ${variant.speaker}` : difference,
          );
          const label = `${differences.join(', ')}${words}`;
          const version = versions.get(label);
          if (version === undefined)
            versions.set(label, {
              articles: [variant.article],
              label,
              worded: words !== '',
              citations: [variant.citation],
            });
          else {
            version.articles.push(variant.article);
            version.citations.push(variant.citation);
          }
        }
        const variants = [...versions.values()].map(
          (version) =>
            `${version.articles.map(ref).join('')} ${version.label}${version.worded ? ` ${cite(version.citations)}` : ''}`,
        );
        const carried = group.articles.map(ref).join('');
        return `${group.speaker ?? 'unattributed'}: ${quoted(group.text)} — in ${carried}${variants.length > 0 ? `; ${variants.join('; ')}` : ''}`;
      }),
    },
    {
      title: `Labels (${report.labels.length})`,
      lines: report.labels.map(
        (entry) =>
          `${entry.entity}: ` +
          entry.byArticle
            .map((item) => `${ref(item.article)} ${item.labels.map((label) => label.text).join(', ')}`)
            .join('; '),
      ),
    },
    // What each outlet calls the unnamed group (protesters or rioters): shown only when the outlets differ.
    ...(report.groupLabels === undefined || report.groupLabels.length === 0
      ? []
      : [
          {
            title: `What the group is called (${report.groupLabels.length})`,
            lines: report.groupLabels.map(
              (entry) =>
                `${entry.family}: ` +
                entry.byArticle
                  .map(
                    (row) =>
                      `${ref(row.article)} ` +
                      [
                        ...row.words.map(
                          (word) =>
                            `${word.text}${word.count > 1 ? ` ×${word.count}` : ''} ${cite(word.citations)}`,
                        ),
                        // A headline's word has no sentence to cite: marked as the headline's instead.
                        ...(row.headline ?? []).map((word) => `${word.text} (headline)`),
                      ].join(', '),
                  )
                  .join('; '),
            ),
          },
        ]),
    {
      title: 'Loaded wording',
      lines: report.loaded
        .filter((entry) => entry.spans.length > 0 || entry.headline !== undefined)
        .map((entry) => {
          // The rate counts the outlet's own voice only; words it quotes are listed apart, with their speaker.
          const own = entry.spans.filter((span) => span.speaker === undefined);
          const quotedSpans = entry.spans.filter((span) => span.speaker !== undefined);
          const parts = [
            ...(entry.headline === undefined
              ? []
              : [`headline: ${entry.headline.map((span) => `${span.text} (${span.reason})`).join(', ')}`]),
            own.length === 0
              ? 'none in its own voice'
              : `${entry.rate.toFixed(1)} per 100 words in its own voice: ` +
                own.map((span) => `${span.text} (${span.reason})`).join(', '),
          ];
          if (quotedSpans.length > 0)
            parts.push(
              'attributed: ' +
                quotedSpans.map((span) => `${span.text} (${span.reason}, ${span.speaker ?? ''})`).join(', '),
            );
          return `${ref(entry.article)} ${parts.join('; ')}`;
        }),
    },
    {
      title: 'Provenance',
      lines: [
        ...provenance.credits.map((credit) =>
          'citation' in credit
            ? `${ref(credit.article)} credits ${credit.outlet}: ${quoted(credit.text)} ${cite([credit.citation])}`
            : `${ref(credit.article)} credits ${credit.outlet} in its byline: ${quoted(`By ${credit.text}`)}`,
        ),
        ...provenance.copies.map(
          (copy) =>
            `${ref(copy.article)} is a copy of ${ref(copy.copyOf)} (similarity ${copy.similarity.toFixed(2)})`,
        ),
        ...provenance.reuse.map(
          (reuse) =>
            `${ref(reuse.articles[0])} and ${ref(reuse.articles[1])} share ${articleFor(reuse.words)} ${reuse.words}-word passage ${cite(reuse.citations)}`,
        ),
        ...provenance.originalSources.map((source) => {
          const creditors = source.articles.map(ref).join('');
          if (source.pressRelease !== undefined)
            return `Original source of the wording: ${source.outlet}'s press release ${ref(source.pressRelease)}, reused by ${creditors}`;
          return source.firstReported
            ? `Original source of ${cite(source.firstReported)}: ${source.outlet}, which first reported it (credited by ${creditors})`
            : `Likely original source: ${source.outlet} (credited by ${creditors})`;
        }),
      ],
    },
  ];
  return {
    // A story whose summary found no sentence to lead with has an empty headline; the pages say so the same way.
    headline: report.headline.text || '(no headline)',
    coverage: formatCoverage(coverage),
    sections,
  };
}

/** "an 8-word", "an 11-word", "an 18-word", but "a 7-word", "a 110-word": by how the number is read aloud. */
function articleFor(count: number): 'a' | 'an' {
  const digits = String(count);
  const group = digits.length % 3 === 0 ? digits.slice(0, 3) : digits.slice(0, digits.length % 3);
  return digits.startsWith('8') || group === '11' || group === '18' ? 'an' : 'a';
}

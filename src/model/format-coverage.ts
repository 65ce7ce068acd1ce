import type { StoryReport } from './story.js';

/**
 * A story's coverage as every report shows it: "5 articles from 3 independent sources and 1 press release". A
 * press release is counted apart: it is the origin outlets report from, not their coverage. A story of press
 * releases and outlets' copies of them alone has no independent source, and says so rather than "from 0
 * independent sources": "3 articles, all from 1 press release (no independent source)", or "1 article: a press
 * release (no independent source)" when the release is all there is.
 * @example formatCoverage({ articles: 2, independentSources: 1, pressReleases: 1 }) // '2 articles from 1 independent source and 1 press release'
 */
export function formatCoverage(coverage: StoryReport['coverage']): string {
  const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  const articles = count(coverage.articles, 'article', 'articles');
  const releases = coverage.pressReleases ?? 0;
  const released = count(releases, 'press release', 'press releases');
  if (coverage.independentSources === 0 && releases > 0) {
    const none = '(no independent source)';
    if (coverage.articles > releases) return `${articles}, all from ${released} ${none}`;
    return `${articles}: ${releases === 1 ? 'a press release' : released} ${none}`;
  }
  return (
    `${articles} from ` +
    count(coverage.independentSources, 'independent source', 'independent sources') +
    (releases > 0 ? ` and ${released}` : '')
  );
}

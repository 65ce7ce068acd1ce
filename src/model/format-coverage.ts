import type { StoryReport } from './story.js';

/**
 * A story's coverage as every report shows it: "5 articles from 3 independent sources and 1 press release". A
 * press release is counted apart: it is the origin outlets report from, not their coverage.
 * @example formatCoverage({ articles: 2, independentSources: 1, pressReleases: 1 }) // '2 articles from 1 independent source and 1 press release'
 */
export function formatCoverage(coverage: StoryReport['coverage']): string {
  const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  const releases = coverage.pressReleases ?? 0;
  return (
    `${count(coverage.articles, 'article', 'articles')} from ` +
    count(coverage.independentSources, 'independent source', 'independent sources') +
    (releases > 0 ? ` and ${count(releases, 'press release', 'press releases')}` : '')
  );
}

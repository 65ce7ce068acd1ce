import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatCoverage } from './format-coverage.js';

void test('the coverage counts independent sources, and press releases apart', () => {
  assert.equal(
    formatCoverage({ articles: 2, independentSources: 2 }),
    '2 articles from 2 independent sources',
  );
  assert.equal(formatCoverage({ articles: 1, independentSources: 1 }), '1 article from 1 independent source');
  assert.equal(
    formatCoverage({ articles: 6, independentSources: 5, pressReleases: 1 }),
    '6 articles from 5 independent sources and 1 press release',
  );
});

void test('a story told only by press releases and their copies says so, not "from 0 independent sources"', () => {
  assert.equal(
    formatCoverage({ articles: 3, independentSources: 0, pressReleases: 1 }),
    '3 articles, all from 1 press release (no independent source)',
  );
  assert.equal(
    formatCoverage({ articles: 5, independentSources: 0, pressReleases: 2 }),
    '5 articles, all from 2 press releases (no independent source)',
  );
  assert.equal(
    formatCoverage({ articles: 1, independentSources: 0, pressReleases: 1 }),
    '1 article: a press release (no independent source)',
  );
  assert.equal(
    formatCoverage({ articles: 2, independentSources: 0, pressReleases: 2 }),
    '2 articles: 2 press releases (no independent source)',
  );
});

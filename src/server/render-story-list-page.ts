import type { StorySummary } from '../store/index.js';
import { formatCoverage, publishedDay } from '../model/index.js';
import { escapeHtml } from './escape-html.js';
import { renderPage } from './page-layout.js';

/**
 * The home page: one row per story (headline linked to its page, coverage worded as on the story's page,
 * "6 articles from 5 independent sources and 1 press release", outlets, dates), latest first.
 */
export function renderStoryListPage(stories: readonly StorySummary[]): string {
  if (stories.length === 0) {
    return renderPage({
      title: 'Stories · Parallax',
      body: `<h1>Stories</h1>
<p class="empty">No stories yet. Add articles with <code>parallax analyze PATHS</code> (or <code>npm start</code> for the examples), then reload this page.</p>`,
    });
  }
  const rows = stories.map((story) => {
    const dates =
      story.published.first === undefined
        ? '<span class="muted">unknown</span>'
        : escapeHtml(
            publishedDay(story.published.first) === publishedDay(story.published.last ?? '')
              ? publishedDay(story.published.first)
              : `${publishedDay(story.published.first)} to ${publishedDay(story.published.last ?? '')}`,
          );
    return `<tr>
<th scope="row"><a href="/stories/${encodeURIComponent(story.id)}">${escapeHtml(story.headline || '(no headline)')}</a></th>
<td>${escapeHtml(formatCoverage(story))}</td>
<td>${escapeHtml(story.outlets.join(', ') || 'unknown')}</td>
<td>${dates}</td>
</tr>`;
  });
  return renderPage({
    title: 'Stories · Parallax',
    body: `<h1>Stories</h1>
<p class="muted">${escapeHtml(`${stories.length} ${stories.length === 1 ? 'story' : 'stories'}, latest news first.`)}</p>
<table>
<thead><tr><th scope="col">Story</th><th scope="col">Coverage</th><th scope="col">Outlets</th><th scope="col">Published</th></tr></thead>
<tbody>${rows.join('\n')}</tbody>
</table>`,
  });
}

/** A plain error page (404 and friends) with the reason and a way back. */
export function renderErrorPage(status: number, title: string, message: string): string {
  return renderPage({
    title: `${title} · Parallax`,
    body: `<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
<p><a href="/">All stories</a></p>
<p class="muted">HTTP ${status}</p>`,
  });
}

// The server's public API: the HTTP app, a listener for it, and the page renderers (also used by `analyze --html`).
export { createApp } from './create-app.js';
export type { AppOptions } from './create-app.js';
export { MAX_ANALYZE_BODY_BYTES } from './analyze-request.js';
export type { AnalyzeAnswer, AnalyzedArticle, AnalyzeItemError } from './analyze-request.js';
export { startServer } from './start-server.js';
export type { StartServerOptions, RunningServer } from './start-server.js';
export { renderReportPage, renderReportsPage, sentenceAnchor } from './render-report-page.js';
export type { RenderReportOptions } from './render-report-page.js';
export { renderStoryListPage, renderErrorPage } from './render-story-list-page.js';
export { escapeHtml } from './escape-html.js';

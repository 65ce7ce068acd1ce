import type { StoryReport } from '../model/index.js';
import { outlineReport } from './report-outline.js';

/** Escapes Markdown control characters in untrusted article text. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** The reports as one Markdown document: a heading per story, a section per report part. */
export function renderMarkdown(reports: readonly StoryReport[]): string {
  const parts = ['# Parallax report', ''];
  for (const report of reports) {
    const outline = outlineReport(report);
    parts.push(`## ${escapeMarkdown(outline.headline)}`, '', `*${outline.coverage}*`, '');
    for (const section of outline.sections) {
      if (section.lines.length === 0) continue;
      parts.push(`### ${section.title}`, '', ...section.lines.map((line) => `- ${escapeMarkdown(line)}`), '');
    }
  }
  parts.push('Citations are `[article:sentence]`, articles numbered as listed under each story.', '');
  return parts.join('\n');
}

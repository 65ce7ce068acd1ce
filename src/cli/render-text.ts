import type { StoryReport } from '../model/index.js';
import { outlineReport } from './report-outline.js';

/** The readable terminal report: one block per story, citations as [article:sentence]. */
export function renderText(reports: readonly StoryReport[]): string {
  if (reports.length === 0) return 'No stories: no article could be read.\n';
  const blocks = reports.map((report, index) => {
    const outline = outlineReport(report);
    const lines = [`━━ Story ${index + 1} of ${reports.length}: ${outline.headline}`, outline.coverage, ''];
    for (const section of outline.sections) {
      if (section.lines.length === 0) continue;
      lines.push(section.title);
      for (const line of section.lines) lines.push(`  • ${line}`);
      lines.push('');
    }
    return lines.join('\n');
  });
  return `${blocks.join('\n')}\nCitations: [article:sentence], articles numbered as listed under each story.\n`;
}

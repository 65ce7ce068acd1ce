import type { Removed } from '../model/index.js';
import type { Block } from './assemble-text.js';
import { normaliseSpace } from './assemble-text.js';

/** A press release's note heading: "About Corvane Foods", a name alone after "About". */
export const ABOUT_HEADING =
  /^About\s+(\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’&.-]*|of|and|&)){0,5})$/u;

/** The name a press release's note heading introduces ("About Corvane Foods": "Corvane Foods"), if it is one. */
export function aboutNoteName(line: string): string | undefined {
  return ABOUT_HEADING.exec(normaliseSpace(line))?.[1];
}

/**
 * True when `line` opens the note about `name`: the name, then what it is or does ("Corvane Foods is a leading
 * producer ...", "Medlark Systems provides patient record software ...", "Tallow Bank, founded in 1881, ..."). A
 * sentence that opens on "About" ("About the gulls of Saltmere, a column ...") names nothing alone.
 */
export function opensAboutNote(name: string, line: string): boolean {
  const text = normaliseSpace(line);
  if (!text.startsWith(name)) return false;
  return /^(?:\s+\p{Ll}|,)/u.test(text.slice(name.length));
}

/**
 * The blocks of an HTML page without a press release's "About <name>" note: the heading (its own block, or the
 * first line of the note's paragraph, "<strong>About Medlark Systems</strong><br>Medlark Systems provides ...")
 * and the paragraph that introduces the name, each listed as removed boilerplate. The issuer describes itself
 * there in its own words, which are no news.
 */
export function withoutAboutNotes(blocks: readonly Block[], removed: Removed[]): Block[] {
  const kept: Block[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as Block;
    const [heading = '', ...rest] = block.text.split('\n');
    const name = aboutNoteName(heading);
    if (name === undefined) {
      kept.push(block);
      continue;
    }
    const inside = rest.join('\n');
    if (inside.trim() !== '' && opensAboutNote(name, inside)) {
      removed.push({ text: normaliseSpace(heading), reason: 'boilerplate' });
      removed.push({ text: normaliseSpace(inside), reason: 'boilerplate' });
      continue;
    }
    const next = blocks[index + 1];
    if (inside.trim() === '' && next !== undefined && opensAboutNote(name, next.text)) {
      removed.push({ text: normaliseSpace(heading), reason: 'boilerplate' });
      removed.push({ text: normaliseSpace(next.text), reason: 'boilerplate' });
      index++;
      continue;
    }
    kept.push(block);
  }
  return kept;
}

import type { Removed } from '../model/index.js';
import { normaliseSpace, type Block } from './assemble-text.js';
import { ABOUT_HEADING } from './about-notes.js';
import { organisationName, PRESS_RELEASE_LABEL, pressReleaseIssuer } from './clean-text.js';

/** What tells an HTML page is a press release, besides its blocks. */
export interface PressReleaseSignals {
  /** The page's URL (canonical first). */
  url?: string | undefined;
  /** The page's metadata files it as a press release (`PageMetadata.pressRelease`). */
  filedAs?: boolean | undefined;
}

/** A press release read from a page: its issuer when the page names one, and the body without its furniture. */
export interface PressReleasePage {
  issuer?: string;
  blocks: Block[];
  removed: Removed[];
}

/** The label sits above the body: among this many blocks at its top. */
const LABEL_BLOCKS = 3;

/**
 * A path of a press-release section: "/press-releases/", "/news-release/", "/media_releases/". A news site's
 * "/news/" or "/press/" is not one (newspapers are "the press").
 */
const RELEASE_PATH = /\/(?:press|news|media)[-_]?releases?(?:[/._-]|$)/i;

/** The label with a date or place after it: "Press release – 12 April 2027", "FOR IMMEDIATE RELEASE: Oslo". */
const LABEL_WITH_TAIL =
  /^(?:(?:joint\s+)?(?:press|news|media)\s+(?:release|statement)|for\s+immediate\s+release)\s*[–—|:,-]\s*\S/i;

/** The contact block that closes a release: "Media contact", "Press enquiries:", "For more information, contact". */
const CONTACT =
  /^(?:(?:media|press|news)\s+(?:contacts?|enquiries|inquiries|office|desk)|for\s+(?:more|further)\s+information,?\s+(?:please\s+)?contact)\b/i;

/** A newswire's closing credit line: "SOURCE Orris Mobility". */
const SOURCE_LINE = /^SOURCE:?\s+(.+?)\.?$/;

/**
 * Reads an HTML page as a press release when it says it is one: a "For immediate release" or "Press release" line
 * at the top of the body, a press-release URL path, metadata that files it as one, or, together, the issuer's
 * "About <name>" note and a media contact at its end (either alone is found in news reports too). The issuer is
 * the organisation the label line names, a newswire's "SOURCE" line, or the name of the "About" note; the page's
 * site name when none does (a company's newsroom). The label, the note and the contact block are removed as
 * boilerplate, as for plain text: they are no news. Undefined for a page with no such signal.
 */
export function readPressRelease(
  blocks: readonly Block[],
  signals: PressReleaseSignals,
): PressReleasePage | undefined {
  const texts = blocks.map((block) => normaliseSpace(block.text));
  const label = texts.slice(0, LABEL_BLOCKS).findIndex(isLabel);
  const about = aboutNote(texts);
  const contact = texts.findIndex((text, index) => index > 0 && CONTACT.test(text));
  const sourceLine = texts.findIndex((text) => SOURCE_LINE.test(text));
  const byPath = signals.url !== undefined && RELEASE_PATH.test(pathOf(signals.url));
  const closing = about !== undefined && (contact >= 0 || sourceLine >= 0);
  if (label < 0 && !byPath && signals.filedAs !== true && !closing) return undefined;

  const furniture = new Set<number>();
  if (label >= 0) furniture.add(label);
  if (about !== undefined) for (let at = about.start; at < about.end; at++) furniture.add(at);
  // The contact block runs to the end of the page, or to the next heading that is not another note.
  if (contact >= 0) {
    for (let at = contact; at < blocks.length; at++) {
      if (at > contact && blocks[at]?.kind === 'heading' && !ABOUT_HEADING.test(texts[at] ?? '')) break;
      furniture.add(at);
    }
  }
  if (sourceLine >= 0) furniture.add(sourceLine);

  const issuer =
    (label >= 0 ? pressReleaseIssuer(texts.slice(0, LABEL_BLOCKS)) : undefined) ??
    (sourceLine >= 0 ? organisationName(SOURCE_LINE.exec(texts[sourceLine] ?? '')?.[1] ?? '') : undefined) ??
    about?.name;
  const page: PressReleasePage = {
    blocks: blocks.filter((_, index) => !furniture.has(index)),
    removed: [...furniture]
      .sort((a, b) => a - b)
      .map((index) => ({
        text: texts[index] ?? '',
        reason: 'boilerplate' as const,
      })),
  };
  if (issuer !== undefined) page.issuer = issuer;
  return page;
}

/**
 * A press-release label on its own, with a date or place after it ("Press release – 12 April 2027"), or with the
 * issuer ("Brindle Water press release").
 */
function isLabel(text: string): boolean {
  if (text.split(/\s+/).length > 12) return false;
  return (
    PRESS_RELEASE_LABEL.test(text) || LABEL_WITH_TAIL.test(text) || pressReleaseIssuer([text]) !== undefined
  );
}

/**
 * The issuer's note about itself: an "About <name>" heading (or a line of its own) and the blocks under it up to
 * the next heading, when the first of them introduces the name ("Brindle Water supplies drinking water ...").
 */
function aboutNote(texts: readonly string[]): { name: string; start: number; end: number } | undefined {
  for (let index = 1; index < texts.length - 1; index++) {
    const name = ABOUT_HEADING.exec(texts[index] ?? '')?.[1];
    if (name === undefined || !(texts[index + 1] ?? '').startsWith(`${name} `)) continue;
    let end = index + 2;
    while (
      end < texts.length &&
      !CONTACT.test(texts[end] ?? '') &&
      !SOURCE_LINE.test(texts[end] ?? '') &&
      !ABOUT_HEADING.test(texts[end] ?? '') &&
      (texts[end] ?? '').startsWith(name)
    )
      end++;
    return { name, start: index, end };
  }
  return undefined;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

import { composeKey } from '../model/index.js';
import { aliasOf, GENERIC_OUTLET_PATTERN, OUTLET_PATTERN } from './find-credits.js';
import { OUTLET_ALIASES } from './outlets.js';
import { namesOwnOutlet, outletWords } from './names-own-outlet.js';

/** An outlet or agency a byline names, with the offsets of its name in the byline. */
export interface BylineCreditSpan {
  /** The credited outlet, canonical as `Credit.outlet` ("Associated Press", "Amberline Wire"). */
  outlet: string;
  start: number;
  end: number;
}

/**
 * The outlets and agencies a byline credits: "Examiner staff and Amberline Wire", "Jane Moss, Associated Press",
 * "Reuters". A byline is where a paper says whose text it runs, with no sentence in the body to say it. Names are
 * known outlets (`OUTLET_ALIASES`) or shaped like one ("Amberline Wire", "the Meridian Press Agency"); people's
 * names are none, and the article's own outlet ("Examiner staff" in the Tessford Examiner) credits no one.
 *
 * @param byline the byline as extract reads it, without "By"
 * @param own the article's outlet
 * @example findBylineCredits('Examiner staff and Amberline Wire', 'Tessford Examiner') // [{outlet: 'Amberline Wire', start: 19, end: 33}]
 */
export function findBylineCredits(byline: string | undefined, own: string | undefined): BylineCreditSpan[] {
  if (byline === undefined || byline.trim() === '') return [];
  const found: BylineCreditSpan[] = [];
  const ownWords = own === undefined ? '' : outletWords(own);
  const add = (start: number, end: number, outlet: string): void => {
    if (namesOwnOutlet(outlet, own) || namesOwnOutlet(byline.slice(start, end), own)) return;
    // The outlet's own desk or service ("CNN Wire" in CNN) is the outlet.
    if (ownWords !== '' && outletWords(outlet).startsWith(`${ownWords} `)) return;
    if (found.some((span) => start < span.end && span.start < end)) return;
    found.push({ outlet, start, end });
  };
  for (const match of byline.matchAll(OUTLET_PATTERN)) {
    const outlet = aliasOf(match[0]);
    if (outlet !== undefined) add(match.index, match.index + match[0].length, outlet);
  }
  for (const match of byline.matchAll(GENERIC_OUTLET_PATTERN)) {
    const lead = /^The[ \u00a0]+/.exec(match[0])?.[0].length ?? 0;
    const name = composeKey(match[0].slice(lead));
    if (OUTLET_ALIASES[name] !== undefined || name.split(/\s+/).length < 2) continue;
    add(match.index + lead, match.index + match[0].length, name);
  }
  return found.sort((a, b) => a.start - b.start);
}

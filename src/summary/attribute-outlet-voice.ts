import { findQuotedRegions } from './find-quoted-regions.js';

/** What `attributeOutletVoice` made of a sentence. */
export interface OutletVoice {
  /** The sentence with the outlet's references to itself attributed to it by name; '' when that cannot be done. */
  text: string;
  /** True when the sentence referred to its own outlet (by name, as "this newspaper", or as "we"/"our"). */
  selfReference: boolean;
}

/** Nouns an outlet uses for itself after "this": "this newspaper", "this website". */
const SELF_NOUN =
  'newspaper|paper|publication|website|site|outlet|station|channel|programme|program|magazine';
/**
 * Verbs with which an outlet presents its own reporting as established fact ("has learned", "can reveal",
 * "understands"), or marks it as its own ("reported exclusively"). A general list written for this stage.
 */
const KNOWING =
  '(?:has|have|had)\\s+learn(?:ed|t)|learn(?:ed|t)|can\\s+(?:reveal|report|confirm)|understands|understood|(?:has|have)\\s+(?:been\\s+told|confirmed|established|seen|obtained)|revealed|reports|reported|confirmed|established|obtained';

/** Escapes a string for use inside a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The ways an article may name its own outlet: the whole name, without a leading "The", and "the" + the last word
 * ("The Oster Herald" -> "the Herald"), which is how papers refer to themselves in running text.
 */
function outletNames(outlet: string): string[] {
  const bare = outlet.replace(/^the\s+/i, '').trim();
  const names = [outlet.trim(), bare];
  // Every shorter tail that starts with a capital: "the Evening Post", "the Post" for "Kestrel Evening Post".
  const words = bare.split(/\s+/);
  for (let first = 1; first < words.length; first++) {
    const tail = words.slice(first);
    if (
      tail.every((word) => /^\p{Lu}\p{L}{2,}$/u.test(word)) &&
      (tail.length > 1 || (tail[0]?.length ?? 0) >= 4)
    )
      names.push(`the ${tail.join(' ')}`);
  }
  return [...new Set(names)].filter((name) => name !== '').sort((a, b) => b.length - a.length);
}

/** `text` with every quoted stretch replaced by spaces, so a speaker's "we" is not read as the outlet's. */
function maskQuotes(text: string): string {
  let masked = text;
  for (const region of findQuotedRegions(text))
    masked = masked.slice(0, region.start) + ' '.repeat(region.end - region.start) + masked.slice(region.end);
  return masked;
}

// Case matters: "US" is the country.
const FIRST_PERSON = /\b(?:[Ww]e|WE|[Uu]s|[Oo]urs?|OUR|[Oo]urselves)\b/;
const THIS_OUTLET = new RegExp(`\\bthis\\s+(?:${SELF_NOUN})\\b`, 'i');
const THIS_OUTLET_ALL = new RegExp(THIS_OUTLET.source, 'gi');

/** "exclusively" marks the outlet's own reporting only next to a reporting verb ("reported exclusively"). */
const EXCLUSIVE = new RegExp(
  `\\bexclusively\\s+(?:${KNOWING}|told)\\b|\\b(?:${KNOWING}|told)\\s+exclusively\\b`,
  'i',
);

/** The patterns that find an outlet's references to itself, compiled once per outlet name. */
interface OutletPatterns {
  knowing: RegExp;
  toOutlet: RegExp;
  opening: RegExp;
  told: RegExp;
  knowingNotReported: RegExp;
}

/** Compiled patterns by outlet name (a summary asks once per candidate sentence; compiling was most of the cost). */
const patternCache = new Map<string, OutletPatterns>();
/** Outlet names kept compiled at most; a long-running server meets many. */
const PATTERN_CACHE_MAX = 256;

function patternsFor(outlet: string | undefined): OutletPatterns {
  const key = outlet ?? '';
  const known = patternCache.get(key);
  if (known !== undefined) return known;
  const names = outlet ? outletNames(outlet) : [];
  // "The Varrow Courier has learned" in the Varrow Courier: a name may take a "the" it does not carry.
  const own = names.length > 0 ? `(?:the\\s+)?(?:${names.map(escape).join('|')})` : '(?!)';
  const self = `(?:${own}|this\\s+(?:${SELF_NOUN})|us)`;
  const patterns: OutletPatterns = {
    knowing: new RegExp(`(?:^|\\s)${own}\\s+(?:\\p{Ll}+\\s+)?(?:${KNOWING})\\b`, 'iu'),
    toOutlet: new RegExp(`\\b(?:told|to)\\s+${own}\\b`, 'iu'),
    // A short adverbial may stand before "that" ("reported last month that").
    opening: new RegExp(`^(?:${own}|we)\\s+(?:${KNOWING})\\s+(?:([^,]{1,30}?\\s+)?that\\s+)?`, 'iu'),
    told: new RegExp(
      `^(.{2,80}?)\\s+(has\\s+|had\\s+)?told\\s+${self}(?:\\s+(?:in|on|during)\\s+(?:an?\\s+)?[\\p{Ll}\\s-]{2,30}?)?(?:,\\s*|\\s+that\\s+|\\s+)(\\p{L}.{8,})$`,
      'iu',
    ),
    knowingNotReported: new RegExp(`(?:^|\\s)${own}\\s+(?!reported\\b)(?:${KNOWING})\\b`, 'iu'),
  };
  if (patternCache.size >= PATTERN_CACHE_MAX) patternCache.clear();
  patternCache.set(key, patterns);
  return patterns;
}

/** Lower-cased names of an outlet (`outletNames`), by outlet, kept as `patternCache` is. */
const lowerNameCache = new Map<string, string[]>();

/**
 * True when the text may name the outlet: one of its names occurs, in any case. Compiling an outlet's patterns
 * costs far more than running them, and a story of a thousand copies has a thousand outlets, most of which never
 * name themselves; they are compiled only for a text that passes this test.
 */
function mayNameOutlet(text: string, outlet: string | undefined): boolean {
  if (!outlet) return false;
  let names = lowerNameCache.get(outlet);
  if (names === undefined) {
    names = outletNames(outlet).map((name) => name.toLowerCase());
    if (lowerNameCache.size >= PATTERN_CACHE_MAX) lowerNameCache.clear();
    lowerNameCache.set(outlet, names);
  }
  const lower = text.toLowerCase();
  return names.some((name) => lower.includes(name));
}

/** True when the text names its outlet as knowing something or as told it ("The Herald has learned", "told the Herald"). */
function namesItself(patterns: OutletPatterns, masked: string): boolean {
  return patterns.knowing.test(masked) || patterns.toOutlet.test(masked);
}

/**
 * Attributes an outlet's references to itself, which a neutral summary must not state in its own voice: "The
 * Herald has learned that X" / "We can reveal that X" -> "The Oster Herald reported that X"; "X told this
 * newspaper (that) Y" / "X told the Herald Y" -> "X said Y, The Oster Herald reported"; "this newspaper" -> the
 * outlet; "our reporters" -> "The Oster Herald's reporters"; "exclusively" dropped. A sentence that still speaks
 * as the outlet ("we", "us") after that, or any self-reference when the outlet is unknown, gives '' (left out).
 * Words inside quotation marks are the speaker's and are left alone.
 *
 * @example
 * attributeOutletVoice('The Herald has learned that the minister will resign.', 'The Oster Herald')
 * // -> { text: 'The Oster Herald reported that the minister will resign.', selfReference: true }
 */
export function attributeOutletVoice(text: string, outlet: string | undefined): OutletVoice {
  const masked = maskQuotes(text);
  const selfReference =
    THIS_OUTLET.test(masked) ||
    FIRST_PERSON.test(masked) ||
    EXCLUSIVE.test(masked) ||
    (mayNameOutlet(masked, outlet) && namesItself(patternsFor(outlet), masked));
  if (!selfReference) return { text, selfReference: false };
  const { toOutlet, opening, told, knowingNotReported } = patternsFor(outlet);
  // Rewrites only when no quotation is involved: offsets into a masked text would need mapping back.
  if (!outlet || masked !== text) return { text: '', selfReference: true };
  const name = outlet.trim().replace(/^the\s/, 'The ');
  const stop = /[.!?]$/.test(text) ? text.slice(-1) : '';
  let body = stop ? text.slice(0, -1) : text;
  if (EXCLUSIVE.test(body)) body = body.replace(/\s*\bexclusively\b/gi, '');
  // "The Herald has learned (exclusively) that X" / "We have learned that X" -> "The Oster Herald reported that X".
  body = body.replace(
    opening,
    (_match: string, adverbial: string | undefined) => `${name} reported ${adverbial ?? ''}that `,
  );
  // "X told this newspaper / the Herald / us (in an interview) (that) Y" -> "X said Y, The Oster Herald reported".
  const toldMatch = told.exec(body);
  if (toldMatch?.[1] && toldMatch[3])
    body = `${toldMatch[1]} ${toldMatch[2] ? `${toldMatch[2]}said` : 'said'} ${toldMatch[3]}, ${name} reported`;
  body = body.replace(THIS_OUTLET_ALL, name).replace(/\bour\b/gi, `${name}'s`);
  // What is left speaks as the outlet ("we", "us") or names it as knowing, not reporting: leave it out.
  if (FIRST_PERSON.test(body) || knowingNotReported.test(body) || toOutlet.test(body))
    return { text: '', selfReference: true };
  return { text: `${body.charAt(0).toUpperCase()}${body.slice(1)}${stop}`, selfReference: true };
}

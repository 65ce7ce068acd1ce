import { domainToUnicode } from 'node:url';
import { composeKey } from '../model/index.js';

/** Second-level labels that sit under a country code: `bbc.co.uk` is the outlet `bbc`, not `co`. */
const SECOND_LEVEL_LABELS = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'news', 'ne', 'or']);

/** The registrable domain of a host name (`www.news.example.co.uk` -> `example.co.uk`), lower case. */
export function registrableDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.').filter(Boolean);
  if (labels.length <= 2) return labels.join('.');
  const secondLast = labels[labels.length - 2] ?? '';
  const keep = SECOND_LEVEL_LABELS.has(secondLast) && (labels[labels.length - 1] ?? '').length === 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** The host of a URL without `www.`, or undefined when it does not parse. */
export function domainFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const host = new URL(url).hostname;
    return host ? host.replace(/^www\d*\./i, '').toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Words outlet names are made of, for splitting a run-together domain label ("eveningpost" -> "Evening Post").
 * Place names and the like come from the article itself (see `outletFromDomain`'s `text`).
 */
const OUTLET_WORDS = new Set(
  (
    'news times post courier gazette herald daily tribune journal star observer ledger press standard telegraph ' +
    'record mail chronicle sun express review today world weekly evening morning radio tv online guardian ' +
    'independent mirror examiner inquirer sentinel monitor register bulletin dispatch echo globe beacon leader ' +
    'reporter citizen voice hill wire report business insider magazine nation national public media network ' +
    'channel broadcasting free union advocate enquirer courant democrat republican patriot gleaner clarion'
  ).split(' '),
);

/** Words written in capitals when they stand alone in an outlet name. */
const ACRONYM_WORDS = new Set(['tv']);

/**
 * A readable outlet name from a domain when nothing better is known: `breitbart.com` -> "Breitbart",
 * `example-news.com` -> "Example News", and, given the article's text, `brackwatercourier.example` ->
 * "Brackwater Courier" (a run-together label is split into outlet words and words the text spells with a
 * capital). A guess from the name only, so callers record its source.
 */
export function outletFromDomain(domain: string, text = ''): string {
  let label = registrableDomain(domain).split('.')[0] ?? domain;
  // An internationalised name is stored as punycode ("xn--bladet-3ya"); the outlet is the name it encodes.
  if (label.startsWith('xn--')) label = domainToUnicode(label) || label;
  const spelled = capitalisedWords(text);
  return label
    .split(/[-_]+/)
    .filter(Boolean)
    .flatMap((part) => splitRunTogether(part, spelled))
    .map((word) => spelled.get(word) ?? capitalise(word))
    .join(' ');
}

function capitalise(word: string): string {
  if (ACRONYM_WORDS.has(word) || (word.length <= 3 && word !== 'the' && !OUTLET_WORDS.has(word)))
    return word.toUpperCase();
  return word[0]!.toUpperCase() + word.slice(1);
}

/**
 * Lower case -> as written (in NFC), for the words of at least three letters the text writes with a capital;
 * an accented word also under its unaccented spelling, the one an ASCII domain uses ("diariosul" for "Diário").
 * Combining marks belong to the word ("Dia\u0301rio", NFD).
 */
function capitalisedWords(text: string): Map<string, string> {
  const words = new Map<string, string>();
  for (const match of text.matchAll(/(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{L}\p{M}]{2,}(?![\p{L}\p{M}\p{N}])/gu)) {
    const written = composeKey(match[0]);
    const lower = written.toLowerCase();
    if (!words.has(lower)) words.set(lower, written);
    const unaccented = lower.normalize('NFD').replace(/\p{M}/gu, '');
    if (!words.has(unaccented)) words.set(unaccented, written);
  }
  return words;
}

/**
 * The fewest known words (outlet words, or words the text spells with a capital) that make up `label`;
 * else the rest as one word before the longest outlet word that ends it ("nytimes" -> "ny times"); else the
 * label whole.
 */
function splitRunTogether(label: string, spelled: ReadonlyMap<string, string>): string[] {
  const known = (word: string): boolean => OUTLET_WORDS.has(word) || spelled.has(word);
  if (known(label)) return [label];
  // best[i]: the fewest words that spell label.slice(0, i), or undefined when none do.
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= label.length; end++) {
    for (let start = Math.max(0, end - 24); start < end; start++) {
      const before = best[start];
      const word = label.slice(start, end);
      if (before === undefined || word.length < 2 || !known(word)) continue;
      const candidate = [...before, word];
      if (best[end] === undefined || candidate.length < (best[end] as string[]).length) best[end] = candidate;
    }
  }
  const whole = best[label.length];
  if (whole !== undefined && whole.length > 0) return whole;
  for (let cut = 2; cut <= label.length - 2; cut++) {
    if (OUTLET_WORDS.has(label.slice(cut))) return [label.slice(0, cut), label.slice(cut)];
  }
  return [label];
}

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
 * A readable outlet name from a domain when nothing better is known: `breitbart.com` -> "Breitbart",
 * `example-news.com` -> "Example News". A guess from the name only, so callers record its source.
 */
export function outletFromDomain(domain: string): string {
  const label = registrableDomain(domain).split('.')[0] ?? domain;
  return label
    .split(/[-_]+/)
    .filter(Boolean)
    .map((word) =>
      word.length <= 3 && word !== 'the' ? word.toUpperCase() : word[0]!.toUpperCase() + word.slice(1),
    )
    .join(' ');
}

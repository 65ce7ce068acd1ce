/**
 * Class and id words that mark page chrome rather than article body. Matched against an element's `class` and
 * `id` together, lower case. Adapted in spirit from Readability's `unlikelyCandidates` list, extended with the
 * news-page furniture (share bars, newsletter pitches, captions, bylines) that leaks into Readability's output.
 */
export const UNLIKELY_CLASS_PATTERN =
  /(?:^|[\s_-])(?:ad|ads|adv|advert|advertisement|advertising|ad-?slot|ad-?unit|ad-?container|dfp|gpt|outbrain|taboola|banner|breadcrumbs?|comments?|comment-?list|disqus|respond|replies|footer|gdpr|cookie|consent|header|masthead|menu|navbar|nav|navigation|pagination|pager|popup|modal|overlay|related|recommended|recirc|more-?stories|read-?more|most-?popular|trending|sidebar|rail|right-?rail|skyscraper|social|share|sharing|sharebar|share-?tools|sponsor|sponsored|promo|promotion|newsletter|subscribe|subscription|signup|sign-?up|paywall|meter|byline|author-?bio|author-?info|bio-?box|caption|credit|tags|tag-?list|topics|keywords|print-?only|sr-only|screen-?reader|visually-?hidden|hidden|toolbar|utility|widget|login|teaser|promo-?box|callout|inline-?ad|video-?player|jw-?player|playlist|headline-?list|timestamp|dateline|meta|post-?meta|article-?meta|entry-?meta|jump-?link|skip)(?:$|[\s_-])/;

/** Class and id words that mark the article body; they protect an element from the unlikely list above. */
export const LIKELY_CLASS_PATTERN =
  /(?:^|[\s_-])(?:article|articlebody|article-?body|article-?content|article-?text|body|content|entry|entry-?content|h-?entry|hentry|main|page|post|post-?body|post-?content|story|story-?body|text|blog|twitter-tweet|instagram-media|social-media-embed|tiktok-embed)(?:$|[\s_-])/;

/** Embedded posts quoted in a story (tweets, Instagram captions): body text, though link-heavy and "social". */
export const EMBEDDED_POST_PATTERN = /twitter-tweet|instagram-media|social-media-embed|tiktok-embed|fb-post/;

/**
 * Substrings that mark chrome even inside camelCase or run-together class names ("newsCaption", "adContainer",
 * "shareButtons"), where the word-boundary list above cannot see them.
 */
export const UNLIKELY_CLASS_SUBSTRING =
  /caption|newsletter|breadcrumb|advert|cookie|sharebar|share-?(?:tools|buttons|bar|links|icons)|social-?(?:share|links|icons|buttons|bar)|related-?(?:articles|stories|posts|links|content)/;

/** Class words that lower a container's score (Readability `negative`). */
export const NEGATIVE_CLASS_PATTERN =
  /-ad-|hidden|^hid$|banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|newsletter|caption|byline|social/;

/** Class words that raise a container's score (Readability `positive`). */
export const POSITIVE_CLASS_PATTERN =
  /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story/;

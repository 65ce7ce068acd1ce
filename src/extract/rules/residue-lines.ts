import type { ResidueReason } from '../../model/index.js';

/** One residue rule: a line matching `pattern` (and no longer than `maxChars`) is removed for `reason`. */
export interface ResidueLineRule {
  reason: ResidueReason;
  pattern: RegExp;
  /** Longer lines are body text that happens to contain the words; residue lines are short. */
  maxChars: number;
}

/**
 * One link of a share bar: "Share on Facebook", "Tweet", "Email", "Copy link", a network's name. Only fixed
 * words, so that the bar pattern below, which repeats it, cannot backtrack far on a long line.
 */
const SHARE_LINK = String.raw`(?:share(?: this| the)?(?: article| story| post| page)?(?: (?:on|via|to) (?:facebook|twitter|x|linkedin|whatsapp|e-?mail|bluesky|threads|reddit|pinterest|telegram|messenger))?|tweet(?: this)?|pin it|e-?mail(?: this)?(?: article| story)?|print(?: this)?(?: article| story)?|copy (?:the )?link|link copied|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|flipboard|messenger|telegram|bluesky|threads|mastodon|instagram|save(?: article| story)?|gift (?:this )?article|\d+ (?:shares?|comments?))`;

const SHARE_LINK_PATTERN = new RegExp(`^${SHARE_LINK}$`, 'i');

/**
 * Two or more share links in one line, separated by bars, dots, bullets, slashes, commas or dashes (or only
 * spaces, as the text of adjacent links runs together): "Share on Facebook | Share on X | Email".
 */
const SHARE_BAR_PATTERN = new RegExp(
  // One way only to read each gap (a separator with its spaces, or spaces alone): `\s*[...]?\s*` would let
  // the spaces of a long non-matching line split two ways at every gap and backtrack exponentially.
  String.raw`^${SHARE_LINK}(?:\s*[|·•/,–—-]\s*${SHARE_LINK}|\s+${SHARE_LINK})+$`,
  'i',
);

/**
 * True for text that is nothing but share or social links, one or a bar of them: such text is page furniture,
 * never a headline (a CMS sometimes puts it in the first `<h1>` or `og:title`).
 */
export function isShareLinkText(text: string): boolean {
  const line = text.trim().replace(/\s+/g, ' ');
  return line.length <= 200 && (SHARE_LINK_PATTERN.test(line) || SHARE_BAR_PATTERN.test(line));
}

/**
 * Page residue as it appears in text scraped from news pages, one rule per line shape. Kept as data (Postlight
 * Parser keeps site quirks the same way) so new shapes are one line each. Order matters: first match wins, so
 * the more specific reasons come first. Patterns are anchored: body sentences that merely mention "comment" or
 * "newsletter" must not match.
 */
const CREDIT_NAME = "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|de|van|von|al|bin))*";
const CREDIT_NAMES = `${CREDIT_NAME}(?:\\s*(?:,|and|&)\\s*${CREDIT_NAME})*`;
const CREDIT_PART =
  '(?:[Aa]dditional\\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Rr]esearch|[Cc]ompiled|[Pp]roduced)' +
  `(?:\\s+and\\s+(?:reporting|writing|editing))?\\s+by\\s+${CREDIT_NAMES}(?:\\s+in\\s+${CREDIT_NAMES})?`;
/** One or more credits of a wire story, each "Reporting by Names (in Place)", joined by ";" or ",". */
const CREDIT_LINE = new RegExp(`^${CREDIT_PART}(?:\\s*[;,]\\s*${CREDIT_PART})*\\.?$`, 'u');

/*
 * A time of day as live blogs print an entry's time: "10:42", "11.05am", "3:45 p.m.", "9pm". A dotted time
 * needs its am/pm ("11.05am") or a zone ("15.10 GMT", see ENTRY_TIME): "11.05" alone is as often a figure.
 */
const CLOCK = String.raw`(?:\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}(?:\.\d{2})?\s*[ap]\.?m\.?)`;
/* A time zone after the time: "GMT", "BST", "ET", "CEST", "UTC+1", "(GMT)", "local time". */
const ZONE = String.raw`(?:\(?(?:GMT|UTC|BST|IST|WET|WEST|CET|CEST|EET|EEST|MSK|SAST|WAT|CAT|EAT|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|AKST|HST|AEST|AEDT|ACST|AWST|NZST|NZDT|JST|KST|HKT|SGT)(?:[+-]\d{1,2})?\)?|local(?: time)?)`;
/* A date beside the time: "Wed 4 Nov 2026", "4 November", "Nov. 4, 2026", "Wednesday". */
const ENTRY_DATE = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}\s+[a-z]{3,9}\.?(?:\s+\d{4})?|[a-z]{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)`;
/**
 * A live blog's entry time on a line of its own: "10:42 GMT", "Updated 14:20", "Wed 4 Nov 2026 15.10 GMT",
 * "3:45 p.m. ET". Nothing but the time (with its zone, a date, "Updated"/"Posted"): a line that tells of a time
 * ("At 10:42 GMT the river burst its banks.") has words of its own and stays.
 */
const ENTRY_TIME = new RegExp(
  String.raw`^(?:(?:last\s+)?(?:updated|posted|published|added)(?:\s+at|\s+on)?:?\s+)?(?:${ENTRY_DATE},?\s+(?:at\s+)?)?(?:${CLOCK}(?:\s+${ZONE})?|\d{1,2}\.\d{2}\s+${ZONE})(?:,?\s+${ENTRY_DATE})?$`,
  'i',
);

/**
 * A live blog's entry time opening its paragraph, set off by a colon or a dash: "10:42 GMT: The river ...",
 * "11.05am — Crews ...". Group 1 is the time; the separator goes with it, the sentence after it stays (its start is checked by the
 * caller, case-sensitively: "10:42 GMT: the river" is not one).
 */
export const LEADING_ENTRY_TIME = new RegExp(
  String.raw`^((?:(?:last\s+)?(?:updated|posted)(?:\s+at)?:?\s+)?(?:${CLOCK}(?:\s+${ZONE})?|\d{1,2}\.\d{2}\s+${ZONE}))\s*(?::|\s[-–—]|[–—])\s*`,
  'i',
);

export const RESIDUE_LINE_RULES: readonly ResidueLineRule[] = [
  {
    reason: 'timestamp',
    pattern: ENTRY_TIME,
    maxChars: 60,
  },
  {
    // A live blog's greeting as the heading of its first entry ("Welcome", "Good morning"): the sentences under
    // it are `findResidueSentences`'s.
    reason: 'greeting',
    pattern: /^(?:welcome(?: back)?|good (?:morning|afternoon|evening)|hello)(?:,? (?:everyone|all))?[.!]?$/i,
    maxChars: 30,
  },
  {
    reason: 'comment-prompt',
    pattern:
      /^(?:be the first to comment|leave a (?:reply|comment)|post a comment|add a comment|join the (?:conversation|discussion)|(?:show|view|hide|load|read|see) (?:all )?(?:\d+ )?comments?|\d+ comments?$|comments?(?: \(\d+\))?$|comments are (?:closed|now closed|open)|please keep (?:it|comments|the conversation) (?:civil|respectful|on topic)|your email address will not be published|required fields are marked|please (?:let us know|read our).{0,60}comment\w*|we welcome your comments|tell us what you think|what do you think(?=\?$)|have your say|(?:conversation|discussion)$|commenting (?:is|has been) (?:disabled|closed)|\S+ says(?=:$)|\d+ (?:responses|replies|thoughts) (?:to|on)\b|(?:\d+ )?comments? (?:feed|rss)|comments? (?:policy|guidelines))\b/i,
    maxChars: 160,
  },
  {
    reason: 'newsletter',
    pattern:
      /^(?:(?:sign up|subscribe|register)\b.{0,80}\b(?:newsletter|inbox|e-?mail|updates|briefing|digest|alerts?)|newsletters?$|get (?:our|the) .{0,40}(?:newsletter|in your inbox|delivered)|(?:enter|your) e-?mail address|thanks? (?:you )?for (?:signing up|subscribing)|by (?:signing up|subscribing),? you agree|subscribe(?: now| today)?$|already a subscriber|become a (?:member|subscriber))/i,
    maxChars: 200,
  },
  {
    // A pitch anywhere in a short line: "There's more where that came from. Sign up for X to get the newsletter."
    reason: 'newsletter',
    pattern: /\b(?:sign up|subscribe)\b.{0,100}\b(?:newsletters?|(?:to|in) your inbox)\b/i,
    maxChars: 250,
  },
  {
    reason: 'cookie',
    pattern:
      /(?:we use cookies|this (?:site|website) uses cookies|cookie (?:policy|settings|preferences)|accept (?:all )?cookies)/i,
    maxChars: 300,
  },
  {
    reason: 'author-promo',
    pattern:
      /^(?:follow (?:\p{Lu}[\p{L}\p{M}'-]+ ){1,3}on\b|(?:you can )?(?:follow|reach|contact|email|e-mail) (?:him|her|them|the author|me)\b|have a (?:news )?tip\b|.{0,80}\b(?:can|may) be reached (?:at|by)\b|(?:write|email|e-mail) to (?:\p{Lu}[\p{L}\p{M}]+ )+at )/iu,
    maxChars: 300,
  },
  {
    // The newsroom's tip line under a story: "Do you have a story? Email news@...", "Got a story or picture?
    // Contact the newsroom on 0161 ...". The question must be answered by a way to reach the newsroom.
    reason: 'author-promo',
    pattern:
      /^(?:do you have|have you got|got|have) an? (?:news )?(?:story|tip|tip-off|picture|photo|video)\b[^?"“”]{0,40}\?\s*(?:\p{L}+ ){0,3}?(?:e-?mail|contact|call|ring|text|message|whatsapp|send|get in touch|tell us|write to)\b/iu,
    maxChars: 200,
  },
  {
    // A one-line author bio that ends in contact details: "Ana Reyes covers courts for the Gazette. Follow her
    // on X at @areyes or email her at a.reyes@gazette.example." The e-mail address with "email her at" (or a
    // follow/reach invitation) is what separates it from a body sentence that merely mentions a reporter.
    reason: 'author-promo',
    pattern:
      /\b(?:follow|email|e-mail|reach|contact) (?:him|her|them|me)\b.{0,120}[\w.+-]+@[\w-]+(?:\.[\w-]+)+[.\s]*$/iu,
    maxChars: 300,
  },
  {
    // "Follow @HarbourDeals on Twitter ...", "Follow The Herald Opinion section on Facebook and Instagram."
    reason: 'share',
    pattern: /^follow\b.{0,80}\bon (?:facebook|twitter|instagram|linkedin|youtube|tiktok|threads|bluesky)\b/i,
    maxChars: 250,
  },
  {
    // A share bar: two or more share links in one line, as the page's links run together.
    reason: 'share',
    pattern: SHARE_BAR_PATTERN,
    maxChars: 200,
  },
  {
    reason: 'share',
    pattern:
      /^(?:share(?: this| the)?(?: article| story| post| page)?(?: on (?:facebook|twitter|x|linkedin|whatsapp|email))?:?|click to (?:share|email|print)\b.*|share via|tweet(?: this)?|pin it|e-?mail(?: this)?(?: article| story)?|print(?: this)?(?: article| story)?|copy (?:the )?link|link copied|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|flipboard|messenger|telegram|follow us(?: on .{0,60})?|like us on facebook|save(?: article| story)?|gift (?:this )?article|like this (?:story|article|post)\?.{0,60}|listen(?: to (?:this )?article)?|\d+ shares?)$/i,
    maxChars: 120,
  },
  {
    reason: 'copyright',
    pattern:
      /^(?:©|\(c\)|copyright\b|all rights reserved|this (?:document|article|material|story) is subject to copyright)|\ball rights reserved\.?$/i,
    maxChars: 300,
  },
  {
    reason: 'related-links',
    pattern:
      /^(?:related(?: (?:articles?|stories|coverage|content|news|topics|posts?|reading))?|read (?:more|next|also)|see (?:also|more)|also (?:read|see)|more (?:from|on|about|stories|news)|recommended(?: for you| stories| reading)?|you (?:may|might) also (?:like|be interested)|most (?:popular|read|viewed|shared)|trending(?: now| stories)?|top stories|what to read next|don't miss|editor'?s? picks?|further reading|more in\b|latest (?:news|stories)|popular (?:stories|now))\b(?:\s*[:|»›>-].*|\s[^.!?]{0,60})?$/i,
    maxChars: 200,
  },
  {
    // "More Politics", "More from The Herald": a section teaser header (case-sensitive: "More people came" is body).
    reason: 'related-links',
    pattern:
      /^More (?:from |in |on )?(?:the )?\p{Lu}[\p{L}\p{M}.'’&-]*(?: (?:[\p{Lu}&][\p{L}\p{M}.'’&-]*|of|and|the)){0,4}$/u,
    maxChars: 60,
  },
  {
    reason: 'advertisement',
    pattern:
      /^(?:advertisement|advertising|advert|sponsored(?: content| post| by .{0,60})?|paid (?:content|post|partner)|ad|ads by .{0,40}|story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading (?:the main story|below)|skip (?:this )?ad)$/i,
    maxChars: 120,
  },
  {
    reason: 'navigation',
    pattern:
      /^(?:skip to (?:main )?(?:content|navigation|search)|jump to|back to top|home(?:\s*[>»›/|].*)?|menu|search|log ?in|sign ?in|sign ?out|log ?out|register|close|open menu|toggle navigation|next(?: article| story| page)?|previous(?: article| story| page)?|page \d+ of \d+|\d+ of \d+|image \d+ of \d+|loading\.*|load more|show more|see more|view more)$/i,
    maxChars: 80,
  },
  {
    // A dateline-and-byline strip: "05/10/2026 - Posted by: Ana Flor - Category: Health". Not a sentence:
    // "The report, published by the agency on Monday, said ..." ends with a full stop and stays.
    reason: 'boilerplate',
    pattern:
      /^(?!.*[.!?]["”’)]?$).{0,40}\b(?:posted|published|publicado|publicada|publié|publiée|veröffentlicht|pubblicato) (?:by|por|par|von|da)\b/i,
    maxChars: 200,
  },
  {
    // A wire story's credit line: "Reporting by Ilse Marr in Tarnwick; Editing by Tom Brecken". Names only
    // after each "by": "Reporting by the Herald found that ..." is a sentence and stays.
    reason: 'boilerplate',
    pattern: CREDIT_LINE,
    maxChars: 240,
  },
  {
    // A correction notice: "This article was amended on 14 October to correct ...", "Correction: An earlier
    // version of this story ...". About the page, not the story; kept among the removed lines. A sentence of
    // the story about a correction ("The council corrected its figure") names no article of its own.
    reason: 'boilerplate',
    pattern:
      /^(?:corrections?\s*(?:[:—–-]|\(|and clarifications)|(?:this|an earlier version of this) (?:article|story|report|piece) (?:(?:was|has been|had been) (?:amended|corrected|updated|changed)|misstated|misspelled|misidentified|incorrectly|wrongly|erroneously|gave the wrong)\b)/i,
    maxChars: 400,
  },
  {
    // Separator rules drawn with characters ("______", "* * *"): layout, not text.
    reason: 'boilerplate',
    pattern: /^[\s_\-–—*=~#.•·]+$/,
    maxChars: 200,
  },
  {
    reason: 'boilerplate',
    pattern:
      /^if you (?:enjoyed|liked|value|appreciate)d? (?:this|our) (?:article|story|journalism|reporting)\b/i,
    maxChars: 400,
  },
  {
    reason: 'boilerplate',
    pattern:
      /^(?:(?:last )?(?:updated|published|posted)(?: at| on)?:? [\w ,.:/-]{3,40}$|(?:tags?|categor(?:y|ies)|filed under)\s*:|click here\b|tap here\b|for reprint|reprints?(?: & permissions| and permissions)?$|terms of (?:use|service)|privacy policy|contact us$|about us$|this (?:article|story) (?:was|has been) (?:updated|corrected)|(?:this|the) (?:article|story) is (?:for|only for) subscribers|to continue reading|we(?:'| a)re sorry,|report an? (?:error|typo|correction)|(?:get|download) (?:our|the) app|read (?:this|the full) (?:article|story) (?:on|at|in)\b|originally published)/i,
    maxChars: 200,
  },
];

/**
 * A photo caption: ends with (or contains) an agency or photographer credit in the conventional forms
 * ("(Photo by X/AFP via Getty Images)", "(AP Photo/Name)", "Photo: Reuters", "Credit: ...").
 */
export const CAPTION_CREDIT_PATTERN =
  /\((?:[^()]{0,80}\b)?(?:photos?|images?|pictures?|file photo|credit|illustration)\b[^()]{0,120}\)|photo credit should read|\b(?:via|for|\/)\s*getty images\b|\b(?:AP|AFP|Reuters|EPA|Getty Images|Shutterstock|Bloomberg|Xinhua)\s*(?:photo)?\s*(?:\/\s*[\p{L} .'-]{2,40})?\)?\s*$/iu;

/** A line that is only a credit ("Photo: Jane Doe/Reuters", "Getty Images", "Credit: ..."). */
export const PHOTO_CREDIT_LINE_PATTERN =
  /^(?:\(?(?:photo(?:graph)?s?|images?|pictures?|credit|photo credit|image credit|source|illustration)(?: by)?\s*[:|/-]|(?:photo|image|picture)s? by\b|(?:AP|AFP|Reuters|EPA|Getty Images|Shutterstock|Bloomberg|Xinhua|AAP|PA)(?:\s*(?:photo|images))?(?:\s*\/\s*[\p{L} .'-]{2,40})?\)?$)/iu;

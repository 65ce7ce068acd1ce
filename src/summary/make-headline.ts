import { isIrregularPast, stripDateline } from '../language/index.js';
import type { CitedText } from '../model/index.js';
import { neutralizeSentence } from './neutralize-sentence.js';
import { findQuotedRegions } from './find-quoted-regions.js';
import { isCaveat } from './is-caveat.js';

/**
 * Headlines stay short: news style guides aim at 8-12 words, and readers scan about the first 14. The first fact
 * is compressed first (appositives, relative clauses, titles before names, leading adverbials dropped) and only
 * then cut at a phrase boundary.
 */
export const HEADLINE_MAX_WORDS = 14;
/**
 * A sentence with no phrase boundary within `HEADLINE_MAX_WORDS` is kept whole up to this length rather than cut
 * inside a phrase: on ECB+, BASIL and GVC such cuts gave "has confessed to killing a pregnant", "will miss" and "a
 * bill that would allow businesses", and a long headline reads better than a fragment. A hyphen set off by spaces
 * ("18 - year - old", as tokenised corpora write it) is no word here.
 */
export const HEADLINE_WHOLE_MAX_WORDS = 20;

const WEEKDAY_OR_TIME =
  /\s+(?:on|late on|early on|last|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,?\s+(?:\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:,\s+\d{4})?))?(?:\s+(?:morning|afternoon|evening|night))?|\s+(?:(?:late|early)\s+)?(?:yesterday|today|tonight|this week|last week)\b/gi;
/**
 * A bare weekday right after a verb of saying ("said Thursday she ..."): a time word, left out of the headline
 * as the others are; else it opens the reported clause ("Thursday she has doubts ..., Brenn says").
 */
const SAID_ON_DAY =
  /\b(said|says|announced|confirmed|stated|warned|insisted|denied)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\b/gu;

const NAME = "\\p{Lu}[\\p{L}\\p{M}.'’-]*";
const SAYING = `(?:said|says|told\\s+(?:reporters|journalists|lawmakers|(?:the\\s+)?(?:${NAME}\\s+)*${NAME})|announced|stated|confirmed|warned|insisted|denied)`;
/** "<clause>, <speaker> said" (at the end, or followed only by where and when). */
const CLAUSE_THEN_SPEAKER = new RegExp(
  `^(.{12,}?),\\s+(?:the\\s+(?![^,\\s]+['’]s\\s))?([^,]{2,90}?)\\s+(?:has\\s+|have\\s+|had\\s+)?${SAYING}(?:\\s+(?:on|in|at|during|after|before|of|to)\\b.{0,60})?$`,
  'u',
);
/**
 * "<speaker> said (that) <clause>". Verbs other than say/tell need "that" here: "The Senate confirmed Barrett" is
 * an act, not a statement, while "The Senate confirmed that ..." reports one.
 */
const SPEAKER_THEN_CLAUSE = new RegExp(
  `^(.{2,120}?)\\s+(?:(?:said|says|told\\s+(?:reporters|journalists|lawmakers|(?:the\\s+)?(?:${NAME}\\s+)*${NAME}))\\s+(?:that\\s+)?|${SAYING}\\s+that\\s+)(.{12,})$`,
  'u',
);
/** "“<quotation>,” <speaker> said ..." */
const QUOTE_THEN_SPEAKER = new RegExp(
  `^["“]([^"“”]{2,}?)[,.!?]?["”],?\\s+(?:the\\s+)?([^,]{2,60}?)\\s+(?:has\\s+|had\\s+)?${SAYING}\\b`,
  'u',
);
/** "According to <speaker>, <clause>" */
const ACCORDING_TO = /^According to ([^,]{2,80}),\s+(.{12,})$/u;

/**
 * Reported speech told in the past reads in the headline's present: "said it would rebuild" becomes "says it will
 * rebuild". A condition keeps "would" ("would not arrest Kessel if she returned": the verb after "if" would have to
 * change too), as do "would have", "would like" and "would rather", and words in quotation marks, which are quoted.
 */
const CONDITION = /\b(?:if|unless|were to|in case|provided|otherwise|would\s+(?:have|like|rather))\b/iu;

function inPresent(clause: string, toldInPast: boolean): string {
  if (!toldInPast || CONDITION.test(clause) || /["“”]/u.test(clause)) return clause;
  const will = pastAfterWould(clause)
    ? clause
    : clause.replace(/\bwouldn['’]t\b/gu, 'won’t').replace(/\bwould\b/gu, 'will');
  return perfectInPresent(will);
}

/** A time told in the clause ties a past perfect to its moment: "had left in 2019" is not "has left in 2019". */
const PAST_MOMENT =
  /\b(?:\d{4}|ago|last|yesterday|earlier|previously|then|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/u;
const PLURAL_SUBJECT = /^(?:i|you|we|they|police|people|children|staff|(?:\p{Ll}[\p{L}'’-]*[^su'’]s))$/u;
const PARTICIPLE_LIKE =
  /^(?:\p{Ll}+(?:ed|en|wn|ne)|been|made|had|said|told|found|won|lost|left|held|paid|sent|spent|built|bought|brought|caught|thought|sold|met|kept|put|set|cut|hit|shut|run|begun|come|become|struck|stuck|fled|led|read|heard|felt|meant|agreed)$/u;

/**
 * "said the smoke had reached their gardens" reads "the smoke has reached their gardens" under "says": a past
 * perfect of reported speech becomes a present perfect, "has" or "have" by the word before it. A clause that
 * names a past moment keeps it ("had left in 2019"), as does "had" after "who", "which" or "that", whose subject
 * is further back.
 */
function perfectInPresent(clause: string): string {
  if (PAST_MOMENT.test(clause)) return clause;
  return clause.replace(
    /(\S+)\s+had(\s+(?:not\s+|never\s+|already\s+|also\s+|just\s+)?)(\p{Ll}+)\b/gu,
    (whole, before: string, gap: string, verb: string) => {
      const subject = before.replace(/[^\p{L}'’-]/gu, '');
      if (/^(?:who|which|that)$/iu.test(subject) || !(PARTICIPLE_LIKE.test(verb) || isIrregularPast(verb)))
        return whole;
      const has = PLURAL_SUBJECT.test(subject.toLowerCase()) && !/^(?:he|she|it|this)$/iu.test(subject);
      return `${before} ${has ? 'have' : 'has'}${gap}${verb}`;
    },
  );
}

/**
 * True when a time clause after "would" is backshifted too: "would stay closed until the riots ended" (as "end"
 * in the present), "would reopen after repairs were finished". A past told as past stays ("would rebuild after a
 * fire gutted its warehouse"): after "after", only "was", "were" or "had" mark the backshift.
 */
function pastAfterWould(clause: string): boolean {
  const would = /\bwould\b/iu.exec(clause);
  if (!would) return false;
  const rest = clause.slice(would.index).split(/\s+/u);
  for (let i = 1; i < rest.length; i++) {
    const word = (rest[i] ?? '').toLowerCase();
    const next = rest.slice(i + 1, i + 7).map((w) => w.toLowerCase().replace(/[^\p{L}]/gu, ''));
    if (word === 'after' && next.some((w) => /^(?:was|were|had)$/u.test(w))) return true;
    if (
      /^(?:until|till|when|once|before|unless)$/u.test(word) &&
      next.some((w) => /^(?:was|were|had)$/u.test(w) || /[^e]ed$/u.test(w) || isIrregularPast(w))
    )
      return true;
  }
  return false;
}

/** True when the words between a reported clause and its speaker, or around the verb, say it in the past. */
function saidInPast(words: string): boolean {
  return !/\b(?:says|say|tells|tell)\b/iu.test(words);
}

/** A "speaker" holding an auxiliary is a passive or a clause ("the audit was confirmed by"), not a speaker. */
const AUXILIARY = /\b(?:was|were|is|are|been|being|be|has|have|had)\b/iu;

const NAME_PART = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*\s?){1,4}$/u;
const NAME_TAIL = /(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+(?:(?:of|for|the|and)\s+)*)*\p{Lu}[\p{L}\p{M}'’.-]*$/u;

/**
 * Leading adverbials that set the scene, not the fact: "Last week, ", "In the interview, ", "Asked about X, ",
 * "On Monday, ". Repeated, since news leads often stack two ("Last week, asked about ..., Trump said").
 */
const LEADING_ADVERBIAL =
  /^(?!At (?:least|most)\b)(?:(?:In|On|At|During|After|Before|Last|Earlier|Later|Meanwhile|However|Also|Asked|Speaking|Since|Following|Amid|Despite|Separately|Instead|Now|Still|Yet|This|Late|Early)(?![\p{L}\p{M}])[^,]{0,90},\s+)+/iu;

/**
 * A background clause ("As ...", "While ...", "Although ...", "Even as ...") or a participle phrase ("Facing
 * ...", "Buoyed by ...") closed by a comma at the start of a sentence. "If", "Unless" and "When" are left: a
 * condition or a time changes what the main clause says.
 */
const LEADING_BACKGROUND =
  /^(?:((?:As(?!\s+(?:of|many|much|well|long|far|soon|part|if|though|to|a result)\b)|While|Whilst|Although|Though|Even as|Even though|Because|With|Now that)\s[^,]{3,120})|(?:Facing|Having|Citing|Seeking|Hoping|Fearing|Pressed|Buoyed|Stung|Backed|Faced|Forced|Frustrated|Angered|Emboldened|Undeterred|Determined|Writing|Testifying|Responding|Reacting|Noting|Insisting|Arguing|Returning|Defending|Rejecting|Acknowledging|Wary|Eager|Unable)\s[^,]{3,120}),\s+/u;
/** What may open the main clause after a dropped participle phrase: a name, a determiner or a figure. */
const SUBJECT_AFTER_OPENING = /^(?:\p{Lu}|(?:the|a|an|some|many|most|several|more|\d))/u;

/**
 * Titles and roles written before a name ("Venezuelan President Nicolas Maduro", "Sen. Ann Lee"): a headline
 * names the person by surname only, as news headlines do. A general list written for this stage.
 */
const TITLE_WORDS =
  'President|Vice President|Prime Minister|Minister|Secretary|Senator|Sen\\.|Rep\\.|Representative|Governor|Gov\\.|Mayor|Commissioner|Chancellor|Judge|Justice|Gen\\.|Director|Chairman|Chairwoman|Chair|Chief|Leader|Ambassador|Envoy|Speaker|King|Queen|Prince|Princess|Pope|Attorney General|Dr\\.|CEO|Premier|Foreign Minister|Defense Secretary|Spokesman|Spokeswoman';
const TITLED_NAME = new RegExp(
  `(?:\\b(?:the\\s+)?(?:${NAME}\\s+){0,6})?(?:\\b(?:former|acting|then|ex|outgoing|incoming|top|senior|deputy|interim)[\\s-]+)*\\b(?:${TITLE_WORDS})(?:\\s+(?:for|of)(?:\\s+${NAME}){1,3})?\\s+(?:${NAME}\\s+){0,2}(${NAME})(?![\\p{L}\\p{M}])`,
  'gu',
);
/** A title followed by one of these is an institution ("Justice Department"), not a titled person. */
const INSTITUTION =
  /^(?:Department|Ministry|Office|Committee|Council|House|Court|Party|Administration|Commission|Agency|Bureau|Staff|Officer|Executive|Minister|Secretary)$/u;
/** Words ending in -ly that are not manner adverbs, or that carry the fact ("only", "nearly 200", "likely"). */
const KEEP_LY = new Set(
  'only early nearly likely unlikely family italy july ally rally supply reply apply holy daily weekly monthly yearly assembly fly belly bully jelly reportedly allegedly partly mostly largely fully'.split(
    ' ',
  ),
);

/** Stands in for the comma inside a figure ("4,000") while commas are read as clause boundaries. */
const DIGIT_COMMA = '\uE000';

/**
 * Prepositions after a name set off by commas show that the name was an object's appositive, not a subject:
 * "put its chief engineer, Ansel Dorrit, on leave".
 */
const PREPOSITION_WORDS = '(?:on|in|at|to|from|into|onto|for|with|of|by|as|under|over|off)';

/**
 * A role written before the name it describes, set off by commas at the start: "The governor of Oster Province,
 * Idris Valk, ordered ..." -> "Idris Valk ordered ...". The role must open with a determiner or a possessive
 * (so a list of names is not read as one), and a lower-case word (the verb) must follow the name.
 */
const ROLE_THEN_NAME = new RegExp(
  `^(?:(?:The|A|An|Its|His|Her|Their)\\s+[^,]{1,80}?|[^,]{1,60}?['’]s\\s+[^,]{1,60}?),\\s+((?:${NAME}\\s+){1,3}${NAME}),\\s+(?=\\p{Ll})(?!${PREPOSITION_WORDS}\\b)`,
  'u',
);
/**
 * A name opening the sentence followed by its role set off by commas and then the verb: "Idris Valk, the governor of Oster Province,
 * ordered ..." / "Mara Quill, chief executive of Veland Rail, resigned ..." -> "Idris Valk ordered ...", also with a
 * second appositive opening on an article ("Ada Brisk, the sister of Tam Brisk, a council candidate, said"). A
 * conjunction after the second comma means a list ("Valk, the governor, and Brisk"), which stays.
 */
const NAME_THEN_ROLE = new RegExp(
  `^((?:${NAME}\\s+){1,3}${NAME}),\\s+(?:the\\s+|a\\s+|an\\s+)?\\p{Ll}[^,]{0,80}(?:,\\s+(?:the|a|an)\\s+[^,]{1,80})?,\\s+(?=\\p{Ll})(?!(?:and|or|but|nor)\\b)`,
  'u',
);

/**
 * An aside between the subject and its verb: "The port's new chief, appointed last month by the council,
 * suspended ..." -> "The port's new chief suspended ...". Only when the part before it has no verb of its own
 * (else it is a clause: "Prices rose, analysts said, ..."; "A ferry sank off Varn Point, killing five people, two of
 * them children": an irregular past counts too) and a lower-case word other than a conjunction follows.
 */
const SUBJECT_ASIDE = /^([^,]{3,80}),\s+\p{Ll}[^,]{1,100},\s+(?=\p{Ll})(?!(?:and|or|but|nor|then|so)\b)/u;

/** Words that open an adjunct or a second clause, not a predicate: an -ly adverb or a conjunction. */
const ADJUNCT_AFTER_ASIDE = /^(?:\p{Ll}{2,}ly|and|but|while)$/u;

/** Drops what a headline can lose without changing the fact. */
function compress(text: string): string {
  let result = text
    .replace(/(?<=\d),(?=\d{3}\b)/gu, DIGIT_COMMA)
    .replace(ROLE_THEN_NAME, '$1 ')
    .replace(NAME_THEN_ROLE, '$1 ')
    .replace(SUBJECT_ASIDE, (match: string, subject: string) =>
      LOOKS_VERBAL.test(subject) || hasVerb(subject) ? match : `${subject} `,
    )
    // Appositives and relative clauses set off by commas: ", a former ally of X," ", who ...,".
    // When an adverbial or a second clause follows the aside rather than the verb ("the noise rule, which bans
    // engines at night, usually from May"), a comma still sets it off: without one it reads as part of the noun.
    .replace(
      /,\s+(?:a|an|who|whom|which|whose|where|one of|himself|herself|itself|also)\s[^,]{1,80},(?=\s+(\S+))/giu,
      (_match: string, next: string) => (ADJUNCT_AFTER_ASIDE.test(next) ? ',' : ''),
    )
    // Place phrases set off by commas: ", on the estuary west of Port Alder,".
    .replace(/,\s+(?:on|in|at|near|outside|off)\s+(?:the\s+)?[^,]{1,60},/giu, '')
    .replace(/,\s+(?:who|whom|which|whose|where)\s[^,]{1,120}$/iu, '')
    // Coordinated verbs with "or otherwise": "prosecute or otherwise seek to punish X" -> "prosecute X".
    .replace(/\s+or otherwise\s+(?:(?:seek|try|attempt|move)s?\s+to\s+)?\p{Ll}+/gu, '')
    .replace(TITLED_NAME, (match: string, surname: string) => (INSTITUTION.test(surname) ? match : surname));
  // A manner adverb goes only beside its verb: after an auxiliary ("has finally approved") or before a past
  // form ("sharply criticised"). Elsewhere an -ly word may be a verb or an adjective that carries the fact: "to
  // comply with her sentence" (in ECB+ cut to "to with her sentence"), "a deadly fire", "an elderly man".
  result = result.replace(
    /(?<=(\S+)\s+)(\p{Ll}{3,}ly)\s+(?=(\p{Ll}[\p{L}\p{M}]*))/gu,
    (word: string, previous: string, adverb: string, next: string) =>
      KEEP_LY.has(adverb.toLowerCase()) ||
      !(
        AUXILIARY_WORD.test(previous) ||
        /^(?:be|been|being)$/i.test(previous) ||
        // "to legally refuse": a split infinitive; in "to comply with", "to supply the" the -ly word is the verb.
        (/^to$/i.test(previous) && !DANGLING.test(next) && !/^(?:him|her|them|it|us|me|you)$/i.test(next)) ||
        // "factored heavily into": after its verb, before a preposition.
        ((/ed$/u.test(previous) || isIrregularPast(previous)) && DANGLING.test(next)) ||
        /ed$/u.test(next) ||
        isIrregularPast(next)
      )
        ? word
        : '',
  );
  return result
    .replaceAll(DIGIT_COMMA, ',')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * A common noun phrase (no capitalised word after the first) followed by a preposition: "Residents of ...", "the
 * lawyer for the campaign and the party" (the lawyer speaks, not the party).
 */
const COMMON_NOUN_BEFORE_PLACE =
  /^(\p{L}[\p{Ll}\p{M}'’-]+(?:\s+\p{Ll}[\p{Ll}\p{M}'’-]*){0,2})\s+(?:of|in|from|at|near|on|for)\s+/u;

/**
 * The shortest naming of a speaker: a name set off by commas ("the envoy, Elliott Abrams,"), else a name at the
 * end ("special envoy Elliott Abrams": the last two capitalised words), else the role noun with one capitalised
 * modifier ("A top American diplomat" -> "American diplomat").
 */
function shortSpeaker(speaker: string): string {
  const parts = speaker
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const name = parts.find((part) => NAME_PART.test(part) && !/^(?:The|A|An)\s/u.test(part));
  if (name) return name;
  const first = (parts[0] ?? speaker).replace(/^(?:the|a|an)\s+/i, '');
  // "Residents of nearby Tanner Street": the speakers are the common noun before the preposition, not the place.
  const group = COMMON_NOUN_BEFORE_PLACE.exec(first);
  if (group?.[1] && !INSTITUTION.test(group[1])) return group[1].toLowerCase();
  const tail = NAME_TAIL.exec(first);
  if (tail && tail[0].includes(' ')) return tail[0];
  const words = first.split(/\s+/);
  const last = words.at(-1) ?? first;
  const before = words.at(-2);
  if (!before || /^(?:top|senior|former|chief|deputy|acting|key|leading|veteran|longtime)$/i.test(before))
    return last;
  // "the reserve’s managers": a possessive needs its article ("reserve’s managers say" is not English).
  if (/['’]s$/.test(before) && words.length === 2 && /^the\s/i.test(parts[0] ?? speaker))
    return `the ${before} ${last}`;
  // "American diplomat", "defence minister", "port authority": the role keeps one modifier that says which.
  return `${before} ${last}`;
}

/** The surname of a speaker written as a name, else the role noun alone ("American diplomat" -> "diplomat"). */
function shortestSpeaker(speaker: string): string {
  const words = speaker.split(/\s+/);
  // An organisation ("Department of Justice", "Justice Department") keeps its whole name.
  if (words.some((word) => /^(?:of|for|the|and)$/.test(word) || INSTITUTION.test(word))) return speaker;
  const last = words.at(-1) ?? speaker;
  // A group or role in lower case ("emergency services", "port authority") keeps the lower-case word that says
  // which; after a capitalised modifier ("Eldorian diplomat") the role noun alone is enough.
  if (!/^\p{Lu}/u.test(last)) {
    const before = words.at(-2);
    // "the reserve’s managers" keeps its article, as in `shortSpeaker`.
    if (before !== undefined && /['’]s$/.test(before) && /^the$/i.test(words.at(-3) ?? ''))
      return `the ${before} ${last}`;
    return before !== undefined && /^\p{Ll}/u.test(before) ? `${before} ${last}` : last;
  }
  // "Veland Rail", "Calder Weaving", "Harbour Holdings": a company is not named by its last word as a person is.
  if (ORGANISATION_HEAD.test(last) || /(?:ing|s)$/.test(last)) return speaker;
  return last;
}

/** Last words that make a capitalised name an organisation's. A general list written for this stage. */
const ORGANISATION_HEAD =
  /^(?:Rail|Railway|Air|Airline|Bank|Group|Company|Co\.?|Corp\.?|Corporation|Inc\.?|Ltd\.?|Limited|Plc|LLC|Service|Authority|Agency|Union|Federation|Association|Council|Police|Trust|Press|Times|News|Post|Network|Institute|University|College|School|Hospital|Board|Club|Party|Government|Ministry|Foundation|Fund|Army|Navy|Command|Commission|Court|Office|Energy|Power|Water|Media|Centre|Center|Coalition|Alliance|League|Society|Guard|Port|Exchange|Reserve|Parliament|Assembly|Congress|Senate|Cabinet|Embassy|Mission|Church|Diocese|Front|Movement)$/u;

/** Where a long clause may be cut: before a conjunction, a relative pronoun, a preposition or a comma. */
const CUT_BEFORE =
  /(?:,|;|\s(?:and|but|while|which|who|after|before|as|because|amid|despite|in|on|at|for|with|over|during|since|from|when|where|by))\s/g;

/** A verb form in a stretch of words: a clause cut after it is complete enough ("after running into a landslip"). */
const LOOKS_VERBAL =
  /\b(?:[\p{L}\p{M}]+(?:ed|ing)|is|are|was|were|has|have|had|said|says|made|took|went|came|left|fell|rose|met|won|lost)\b/u;

/**
 * What follows a comma that closes an aside: a lower-case word that opens no clause of its own (not a conjunction,
 * a clause word, a preposition or a participle: ", giving Reyl a late win" is a clause).
 */
const ASIDE_CLOSES =
  /^\s+(?!(?:and|but|or|nor|so|then|while|which|who|whom|whose|after|before|as|because|when|where|since|despite|amid|according|with|without|including|adding|saying|citing|in|on|at|for|from|by|to|than|though|although|if|unless|until)\b)(?!\p{L}+ing\b)\p{Ll}/u;

/** Boundary words that open a clause with a verb of its own, not just a phrase. */
const CLAUSE_WORD = /^(?:and|but|while|which|who|after|before|as|because|when|where|since|despite|amid)$/;

/**
 * Words that open an adjunct (a clause or phrase the main clause stands without): "as the river rose", "after
 * talks broke down", "despite the ban". Not "if", "unless" or "until": a condition or a limit changes what the
 * clause says ("would not arrest Kessel if she returned").
 */
const ADJUNCT_OPENER =
  /^(?:as|after|before|because|while|when|whereas|although|though|since|amid|despite|following)$/;
/** The last word of a measure of time before "after"/"before" ("two weeks", "shortly", "hours"). */
const TIME_MEASURE =
  /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|moments?|shortly|soon|just|immediately|right|long)$/i;
/** Words that may open such a measure: a number, an article, a quantifier ("a few", "more than two", "just"). */
const MEASURE_WORD =
  /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|few|many|some|more|less|than|nearly|about|almost|only|just|barely|exactly|precisely|roughly)$/i;
/** Verbs whose object is followed by what it is called or taken for, after "as" ("paint X as", "see X as"). */
const DESCRIBING_VERB =
  /^(?:paint|paints|painted|painting|portray|portrays|portrayed|portraying|describe|describes|described|describing|depict|depicts|depicted|cast|casts|casting|brand|brands|branded|label|labels|labelled|labeled|characterize|characterizes|characterized|characterise|characterises|characterised|see|sees|saw|view|views|viewed|regard|regards|regarded|frame|frames|framed|dismiss|dismisses|dismissed|hail|hails|hailed|tout|touts|touted)$/i;
/** "as" that compares or measures ("as many as 200", "as part of"), opening no clause. */
const AS_NOT_CLAUSE = /^(?:many|much|well|long|far|soon|part|of|if|though|to)$/;
/** Words that open a clause or an adjunct after a comma: ", which ...", ", calling ...", ", according to ...". */
const AFTER_COMMA_OPENER =
  /^(?:and|but|or|so|yet|which|who|whom|whose|where|when|while|as|after|before|because|since|although|though|despite|amid|following|according|the|a|an|more|less|up|down|\p{Ll}+ing|\p{Ll}{3,}ly)$/u;
const TIME_WORD =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\\d{4}s?|dawn|dusk|noon|midday|midnight|morning|afternoon|evening|night|weekend|week|month|year|decade|\\d{1,2}(?:[:.]\\d{2})?\\s*[ap]\\.m\\.?)';
/**
 * A time adjunct: "on a single morning", "at 6 a.m.", "by 2030", "in May", "last week", "overnight". Up to two
 * lower-case words may stand between the preposition and the time word ("on a single morning").
 */
const TIME_ADJUNCT = new RegExp(
  `^(?:(?:on|in|at|by|during|from|early|late|earlier|later|last|next|this)\\s+(?:(?:the|a|an|\\p{Ll}+)\\s+){0,2}${TIME_WORD}(?![\\p{L}\\d])|overnight\\b)`,
  'u',
);
/**
 * A place adjunct: a locative preposition before a determiner, a figure or a proper name ("in its suspension
 * deck", "on the Coast Line", "near Orrby"). Before a bare noun the phrase is a predicate the verb needs ("put X
 * on leave", "held in custody", "at risk"), and directional prepositions ("to", "from", "into") carry the
 * complement of a verb of motion ("sent troops to Varsk", "forced residents from their homes"): neither is a cut.
 */
const PLACE_ADJUNCT =
  /^(?:(?:in|on|at|near|inside|outside|across|during|throughout|within)\s+(?:the|a|an|its|his|her|their|our|this|that|these|those|\d)|(?:in|near|inside|outside|across|throughout|within)\s+\p{Lu})/u;
/**
 * A particle that makes one verb with the word before it ("signed off on", "hit back at", "cracked down on"): the
 * preposition after it is the verb's, so no cut.
 */
const PARTICLE = /^(?:off|up|down|out|back|away|forward|aside|over)$/i;

/**
 * A short stretch after a comma that is one item of a list ("pay, pensions and safety"), or a name or other
 * appositive being closed ("the engineer, Ansel Dorrit, on leave"): a cut there would leave half a phrase.
 */
function isListOrAsideComma(before: string, after: string): boolean {
  const next = after.split(',')[0] ?? after;
  if (/^\s*(?:\S+\s+){0,3}?(?:and|or)\s/u.test(next) && countWords(next) <= 5) return true;
  const previous = before.slice(before.lastIndexOf(',') + 1);
  return (
    before.includes(',') &&
    countWords(previous) <= 5 &&
    /^\s*(?:\p{Lu}|(?:the|a|an)\s)/u.test(previous) &&
    !LOOKS_VERBAL.test(previous)
  );
}

/**
 * Where a clause can lose everything after a point without changing what it says: before an adjunct clause or
 * phrase (a subordinate clause, a participle or relative clause after a comma, a coordinated verb phrase, a time
 * or place adjunct). Never inside the verb phrase: a preposition in general may carry the verb's complement
 * ("put X on leave"), so it is no cut point. Returns the character offsets of the cut points.
 */
function adjunctBoundaries(text: string): number[] {
  const words = [...text.matchAll(/\S+/gu)];
  const cuts: number[] = [];
  words.forEach((match, index) => {
    if (index === 0) return;
    const word = match[0].toLowerCase().replace(/[^\p{L}\p{M}'’-]+$/u, '');
    const previous = words[index - 1]?.[0] ?? '';
    const next = (words[index + 1]?.[0] ?? '').toLowerCase();
    const rest = text.slice(match.index);
    let safe = false;
    if (previous.endsWith(',')) {
      safe =
        AFTER_COMMA_OPENER.test(word) &&
        /^\p{Ll}/u.test(match[0]) &&
        !isListOrAsideComma(text.slice(0, match.index - 1), rest);
    } else if (/^(?:after|before)$/.test(word) && TIME_MEASURE.test(previous)) {
      // "two weeks after the pier collapsed", "shortly before the vote": the measure belongs to the adjunct, so
      // the cut goes before it ("... the ferry operator | two weeks after ...", not "... operator two weeks").
      let start = index - 1;
      while (start > index - 5 && MEASURE_WORD.test(words[start - 1]?.[0] ?? '')) start -= 1;
      const at = words[start]?.index;
      if (start > 0 && at !== undefined) cuts.push(at);
      return;
    } else if (ADJUNCT_OPENER.test(word)) {
      // "as" opens no clause in a comparison ("as early as Wednesday": another "as" near), nor after a participle
      // ("known as", "served as").
      const near = words.slice(Math.max(0, index - 3), index + 4).filter((other) => /^as$/i.test(other[0]));
      safe =
        word !== 'as' ||
        (!AS_NOT_CLAUSE.test(next) &&
          !/^(?:such|so|just|as)$/i.test(previous) &&
          near.length === 1 &&
          !PARTICIPLE.test(previous) &&
          !/en$/.test(previous) &&
          // "paint Reyl as a spender", "described the plan as ...": "as" carries what the verb says of its object.
          !words.slice(Math.max(0, index - 5), index).some((other) => DESCRIBING_VERB.test(other[0])));
    } else if (word === 'but') {
      safe = true;
    } else if (word === 'by' && /^\p{Ll}+ing$/u.test(next)) {
      // "by arranging payments": a manner adjunct, as "after arranging" is.
      safe = true;
    } else if (word === 'and') {
      // "and asked the army for help", "and to retrain": a second verb phrase, not a second noun.
      safe = next === 'to' || LOOKS_VERBAL.test(next);
    } else {
      safe = TIME_ADJUNCT.test(rest) || (PLACE_ADJUNCT.test(rest) && !PARTICLE.test(previous));
    }
    if (safe) cuts.push(match.index);
  });
  return cuts;
}

/**
 * True when `text` ends on an active verb right after its auxiliary, a progressive ("are counting") or a perfect
 * ("has looked"): what came next was the verb's complement ("counting on", "looked in the mirror"), so a cut there
 * leaves a fragment. On ECB+ and BASIL such cuts gave "The producers of the Academy Awards are counting" and
 * "Prominent Republicans are calling". A passive ("were killed", "has been fired") is whole without what follows.
 */
function endsOnOpenVerb(text: string): boolean {
  const words = text.trim().split(/\s+/);
  const last = (words.at(-1) ?? '').replace(/[,;:]$/u, '').toLowerCase();
  const before = (words.at(-2) ?? '').toLowerCase();
  if (/^(?:is|are|was|were|am|be|been)$/.test(before)) return /^\p{L}{2,}ing$/u.test(last);
  if (/^(?:has|have|had|having)$/.test(before)) return last !== 'been' && PARTICIPLE.test(last);
  // "must consider", "will participate": a bare verb after a modal; "directed him to commit", "tried to paint":
  // an infinitive after an object pronoun or a verb of trying or wanting. On NeuS val such cuts left "the federal
  // government must consider" and "directed him to commit".
  if (/^(?:will|would|could|can|must|might|shall|should)$/.test(before)) return /^\p{Ll}+$/u.test(last);
  if (before === 'to' && /^\p{Ll}+$/u.test(last)) return INFINITIVE_TAKER.test(words.at(-3) ?? '');
  return false;
}

/** Words before "to" that make the next word an infinitive: object pronouns and verbs of trying or wanting. */
const INFINITIVE_TAKER =
  /^(?:him|her|them|us|me|you|it|tried|tries|try|trying|want|wants|wanted|plans?|planned|seeks?|sought|agreed|refused|vowed|promised|decided|needs?|needed|going|able|unable|expected|likely|hopes?|hoped|threatened|moved|voted|intends?|intended)$/i;

/** Modal verbs: a stretch with one has a verb of its own ("the port would reopen"). */
const MODAL = /\b(?:will|would|could|can|must|may|might|shall|should)\b/iu;

/** A past or present form, an auxiliary or "said": an -ing form alone is left out. */
const FINITE_VERBAL =
  /\b(?:[\p{L}\p{M}]+ed|is|are|was|were|has|have|had|said|says|made|took|went|came|left|fell|rose|met|won|lost)\b|\b(?:is|are|was|were|be|been)\s+[\p{L}\p{M}]+ing\b/u;

/**
 * A finite verb in a stretch of words: regular, auxiliary, modal or common irregular. An -ing form alone does not
 * count: it is as often a participle inside the subject ("Engineers inspecting the weir | on the river ...") as a
 * verb, and a cut after it would keep only the subject.
 */
function hasVerb(text: string): boolean {
  // Irregular past forms ('sent', 'put', 'drove') are missed by the -ed test of FINITE_VERBAL.
  return (
    FINITE_VERBAL.test(text) ||
    MODAL.test(text) ||
    (text.match(/[\p{L}\p{M}]+/gu) ?? []).some(isIrregularPast)
  );
}

/** An auxiliary or modal: where one follows a place phrase with no clause opener between, it is the main verb's. */
const AUXILIARY_WORD = /^(?:has|have|had|is|are|was|were|will|would|can|could|must|may|might|shall|should)$/i;
/** Words that open a clause of its own, whose verb is not the main clause's. */
const CLAUSE_OPENER =
  /^(?:after|before|when|while|as|since|until|because|if|although|though|where|who|whom|whose|which|that|whether|once|unless|what|how|why)$/i;

/**
 * Where the words after a cut point, up to the first comma, run into the main clause's auxiliary with no clause
 * of their own opening first ("... derailment | on the Coast Line near Halvik | has risen to 27"): the offset of
 * that auxiliary in `tail`, else -1. A cut there would keep the subject without its verb.
 */
function mainVerbAfter(tail: string): number {
  const segment = tail.split(/[,;:]/u)[0] ?? '';
  const words = [...segment.matchAll(/\S+/gu)];
  for (const [position, match] of words.entries()) {
    const bare = match[0].replace(/[^\p{L}'’]/gu, '');
    if (CLAUSE_OPENER.test(bare)) return -1;
    // "May" in capitals is the month ("..., usually from May"), not the modal.
    if (AUXILIARY_WORD.test(bare) && bare !== 'May') return match.index;
    // "forced the closure", "killed two people": a past verb with its object is the main verb; a participle
    // inside the subject ("people injured in", "the plant owned by") takes no object.
    const next = words[position + 1]?.[0] ?? '';
    if (
      position > 0 &&
      // "and destroyed most of its stock": a second verb of the clause before, not a verb after its subject.
      !words.slice(0, position).some((word) => /^(?:and|but|or)$/i.test(word[0])) &&
      (/^\p{Ll}[\p{Ll}\p{M}]*ed$/u.test(bare) || isIrregularPast(bare)) &&
      OBJECT_OPENER.test(next)
    )
      return match.index;
  }
  return -1;
}

/**
 * Where a participle phrase after a noun starts ("A school in Orvel | named after a founder | is being renamed"):
 * a reduced relative clause inside the subject, which the subject can lose. Only a participle right after a noun
 * (not after an auxiliary, a determiner or "to"), followed by a preposition, in a subject that names its noun
 * counts.
 */
function participleBoundaries(text: string): number[] {
  const words = [...text.matchAll(/\S+/gu)];
  const cuts: number[] = [];
  words.forEach((match, index) => {
    if (index < 2) return;
    const word = match[0];
    const previous = words[index - 1]?.[0] ?? '';
    const next = (words[index + 1]?.[0] ?? '').toLowerCase();
    if (
      /^\p{Ll}/u.test(word) &&
      (PARTICIPLE.test(word) || isIrregularPast(word)) &&
      (PREPOSITION.test(next) || /^(?:after|as|since|before)$/.test(next)) &&
      /^[\p{L}\p{M}'’-]+$/u.test(previous) &&
      !AUXILIARY_WORD.test(previous) &&
      !DETERMINER.test(previous) &&
      !/^(?:to|be|been|being|not|never|also)$/i.test(previous) &&
      !/(?:ly)$/u.test(previous) &&
      // The subject must already say which one by a name ("A school in Orvel"): in "the number of people |
      // injured in the derailment" the participle phrase is what the subject counts, and cannot go.
      words.slice(1, index).some((other) => /^\p{Lu}/u.test(other[0]))
    )
      cuts.push(match.index);
  });
  return cuts;
}

/** Words that open a verb's object: a determiner, a possessive or a number. */
const OBJECT_OPENER =
  /^(?:the|a|an|its|their|his|her|our|some|more|most|all|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/i;

/**
 * `text` without a place or time phrase that stands between its subject and its verb, when that (with a clean cut
 * of what is left, if needed) brings it within `max` words: "The number of people injured in the derailment on the Coast Line near Halvik has risen to 27" ->
 * "The number of people injured in the derailment has risen to 27". Undefined when there is none or it is not
 * enough.
 */
function withoutSubjectAdjunct(text: string, max: number): string | undefined {
  const participles = participleBoundaries(text);
  const cuts = [...new Set([...adjunctBoundaries(text), ...participles])].sort((a, b) => a - b);
  for (const cut of cuts) {
    // A subject with its auxiliary already before the cut has its verb: what follows the phrase is another
    // clause's ("Reid has looked | in a mirror and got a glimpse of what | was staring back").
    const prefixWords = text.slice(0, cut).match(/[\p{L}\p{M}'’]+/gu) ?? [];
    if (prefixWords.some((word) => AUXILIARY_WORD.test(word))) continue;
    const tail = text.slice(cut);
    // A noun phrase after a comma is the subject itself, not a phrase beside it: "For the fifth time, | the
    // harbour court | has sided ..." lost its subject on NeuS val.
    if (/^(?:the|a|an)\s/iu.test(tail)) continue;
    // After a comma the phrase is a clause's adjunct, and a later auxiliary belongs to a clause inside it
    // ("..., allowing three feet instead of the six it | had recommended").
    if (/,\s*$/u.test(text.slice(0, cut))) continue;
    // After a participle its own preposition comes first ("named | after a founder | is being renamed").
    const skip = participles.includes(cut) ? (/^\S+\s+\S+\s+/u.exec(tail)?.[0].length ?? 0) : 0;
    const found = mainVerbAfter(tail.slice(skip));
    const verb = found > 0 || (found === 0 && skip > 0) ? found + skip : -1;
    if (verb <= 0) continue;
    const spliced = `${text.slice(0, cut).trimEnd()} ${tail.slice(verb)}`;
    if (countWords(spliced) <= max) return spliced;
    // Still long: the spliced clause may now have a clean cut of its own ("..., hospital officials said").
    const shorter = cutAtAdjunct(spliced, max);
    if (shorter !== undefined) return shorter;
  }
  return undefined;
}

/**
 * The longest start of `text` ending at an adjunct boundary with at most `max` words (and, when `before` is
 * given, ending before that offset) that keeps the main verb and ends on no function word; undefined when there
 * is none, i.e. the clause cannot be shortened without breaking its verb phrase.
 */
function cutAtAdjunct(text: string, max: number, before = text.length): string | undefined {
  const head = text.split(/\s+/).slice(0, max).join(' ');
  const needsVerb = hasVerb(head);
  let best: string | undefined;
  let comma: string | undefined;
  for (const cut of adjunctBoundaries(text)) {
    if (cut > before) break;
    const prefix = text
      .slice(0, cut)
      .trim()
      .replace(/[,;:]$/u, '');
    if (countWords(prefix) > max) break;
    if (countWords(prefix) < 3 || (needsVerb && !hasVerb(prefix))) continue;
    if (mainVerbAfter(text.slice(cut)) > 0) continue;
    if (DANGLING.test(prefix.split(/\s+/).at(-1) ?? '') || endsOnOpenVerb(prefix)) continue;
    // A participle that modifies the noun before it ("a school in Orvel named | after ...") is no main verb.
    if (withoutDanglingEnd(prefix) !== prefix) continue;
    if (/\bas$/i.test(prefix.split(/\s+/).at(-2) ?? '') && COMPARED.test(prefix.split(/\s+/).at(-1) ?? ''))
      continue;
    if (findQuotedRegions(prefix).some((region) => region.end === prefix.length && !/["”’]$/u.test(prefix)))
      continue;
    best = prefix;
    // A comma closes a whole clause or adjunct: the longest cut there wins over a later cut inside its tail
    // ("confirmed Varga to the harbour board | , giving Reyl a late win | before the vote").
    if (text.charAt(cut - 2) === ',' || text.charAt(cut - 1) === ',') comma = prefix;
  }
  return comma !== undefined && countWords(comma) * 3 >= max ? comma : best;
}

/**
 * `text` in at most `max` words: whole, else cut at an adjunct boundary, else whole when within the allowance of
 * `HEADLINE_WHOLE_MAX_WORDS` when `allowWhole` (the last resort: a clause first loses its attribution); `clean` is
 * false for a forced cut.
 */
function fitWords(text: string, max: number, allowWhole = false): { text: string; clean: boolean } {
  const quote = findQuotedRegions(text)[0];
  // A quotation at the end of a clause goes with its adjunct when it can ("..., calling the protests
  // “organised from abroad”"): a headline is not built around a quotation.
  if (quote) {
    const cut = cutAtAdjunct(text, max, quote.start);
    if (cut) return { text: cut, clean: true };
  }
  if (countWords(text) <= max) return { text, clean: true };
  const cut = cutAtAdjunct(text, max);
  if (cut) return { text: cut, clean: true };
  const spliced = withoutSubjectAdjunct(text, max);
  if (spliced) return { text: spliced, clean: true };
  const forced = withoutDanglingEnd(withoutCutPossessive(trimWords(text, max)));
  const allowance = max + HEADLINE_WHOLE_MAX_WORDS - HEADLINE_MAX_WORDS;
  // A forced cut before a comma ends a clause or an appositive ("..., Ida Brenn | , by invoking ..."): it stays.
  if (allowWhole && !text.startsWith(`${forced},`)) {
    // The last resort keeps a whole clause: the shortest cut at an adjunct boundary within the longer allowance ("... reinstated
    // the state's strictest rule | , which bans ..."), else the whole sentence. On NeuS val a forced cut there gave
    // "A one-page order by the ... Court of Appeals reinstated" and "... to allow foreign-flagged vessels".
    for (let limit = max + 1; limit <= allowance; limit++) {
      const long = cutAtAdjunct(text, limit);
      if (long !== undefined && countWords(long) > max && isClause(long)) return { text: long, clean: true };
    }
    // A phrase inside a long subject may go within the allowance too ("A school in Orvel named after ... is").
    const spliced = withoutSubjectAdjunct(text, allowance);
    if (spliced !== undefined && isClause(spliced)) return { text: spliced, clean: true };
    if (countWords(text.replace(/\s[-–]\s/gu, '-')) <= allowance) return { text, clean: true };
  }
  return { text: forced, clean: false };
}

/**
 * A cut text without a final possessive whose noun was cut away ("a request to Ida Brenn’s" -> "a request"), its
 * whole name going with it. Only after a cut: a whole sentence may end on one ("a friend of Joe Biden’s").
 */
function withoutCutPossessive(text: string): string {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const last = words.at(-1) ?? '';
  if (words.length <= 2 || !/\p{L}['’]s?$/u.test(last)) return text;
  words.pop();
  if (/^\p{Lu}/u.test(last)) while (words.length > 2 && /^\p{Lu}/u.test(words.at(-1) ?? '')) words.pop();
  return words.join(' ');
}

/** Words compared by "as ... as" ("as early as", "as many as"): a text ending on "as" and one of them was cut. */
const COMPARED =
  /^(?:early|late|soon|many|much|long|far|well|high|low|little|few|often|quickly|fast|recently|large|big|old|young|close|strong)$/;

/** Simple prepositions: they take a noun phrase, never a clause (unlike "after", "as", "since"). */
const PREPOSITION =
  /^(?:in|on|at|of|for|with|from|into|onto|by|to|near|under|over|through|about|during|across|against)$/i;
/** A past participle: regular, or one of the common irregular ones. */
const PARTICIPLE =
  /^(?:\p{L}+ed|held|made|set|built|given|taken|shown|won|lost|sent|put|cut|hit|led|seen|done|known|found|told|paid|kept|left|run|brought|bought|caught|sold|spent|struck|thrown|written|chosen|spoken|broken|stolen|frozen|driven|begun)$/iu;

/**
 * `text` without a dangling end: no final function word ("forced from"), and no final participle that modified a
 * noun inside a prepositional phrase whose own complement was cut away ("in a referendum held"). A participle
 * after a clause word ("after talks ended") is a verb with its subject, and stays.
 */
function withoutDanglingEnd(text: string): string {
  const words = text.split(/\s+/).filter((word) => word !== '');
  for (;;) {
    const last = (words.at(-1) ?? '').replace(/[,;:]$/u, '');
    const before = (words.at(-2) ?? '').toLowerCase();
    // "that" after a preposition or "do just" is a pronoun, the object that ends the clause ("to do just that").
    const pronounThat =
      /^that$/i.test(last) && (PREPOSITION.test(before) || /^(?:just|do|did|does|all|like)$/.test(before));
    // A modal in lower case ("... spending package could"); "May" in capitals is the month.
    if (
      words.length > 1 &&
      !pronounThat &&
      (DANGLING.test(last) || /^(?:will|would|could|can|must|may|might|shall|should)$/.test(last))
    ) {
      words.pop();
      continue;
    }
    // A hyphenated describing word after an article had its noun cut away ("the launch of a nuclear-armed |
    // missile"): it goes, and the article with it. A hyphenated noun ("a do-over", "a stand-off") stays.
    if (
      words.length > 3 &&
      DETERMINER.test(before) &&
      /^\p{Ll}[\p{L}\p{M}]*-(?:[\p{L}\p{M}]+-)*(?:\p{L}+(?:ed|ing)|old|long|based|style|free|wide|scale|level)$/u.test(
        last,
      )
    ) {
      words.pop();
      continue;
    }
    // A comparison cut before its second "as" ("will vote as early | as Wednesday"): both words go.
    if (words.length > 3 && before === 'as' && COMPARED.test(last)) {
      words.splice(-2, 2);
      continue;
    }
    if (words.length > 3 && PARTICIPLE.test(last)) {
      const phrase = words.slice(-5, -1);
      const preposition = phrase.findLastIndex((word) => PREPOSITION.test(word));
      const between = preposition < 0 ? [] : phrase.slice(preposition + 1);
      if (
        between.length > 0 &&
        // A name may stand there too ("A school in Orvel named | after ..."): no punctuation between.
        between.every(
          (word) => /^(?:[\p{Ll}\d]|\p{Lu}[\p{L}\p{M}'’-]*$)/u.test(word) && !LOOKS_VERBAL.test(word),
        )
      ) {
        words.pop();
        continue;
      }
    }
    return words.join(' ');
  }
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

function trimWords(text: string, max: number): string {
  const words = text.split(/\s+/);
  if (words.length <= max) return text;
  const head = words.slice(0, max).join(' ');
  // Cut at the last phrase boundary inside the limit, so the headline ends on a whole phrase.
  // A comma ends a clause; other boundaries (a preposition, a conjunction) only a phrase. Prefer the comma.
  // Before a clause word ("after talks with the operator broke down") comes next: a cut at a later preposition
  // would leave that clause without its verb ("... walked out after talks").
  let cut = -1;
  let comma = -1;
  let clause = -1;
  const whole = words.join(' ');
  const headHasVerb = LOOKS_VERBAL.test(head);
  let seenComma = false;
  for (const match of `${head} `.matchAll(CUT_BEFORE)) {
    // A comma before a lower-case word that opens no clause closes an aside ("The governor, Idris Valk, |
    // ordered"), and a cut that leaves no verb although the words in the limit had one keeps only the subject.
    const closesAside = seenComma && ASIDE_CLOSES.test(whole.slice(match.index + 1));
    if (match[0].startsWith(',')) seenComma = true;
    if (match[0].startsWith(',') && closesAside) continue;
    if (headHasVerb && !LOOKS_VERBAL.test(head.slice(0, match.index))) continue;
    if (endsOnOpenVerb(head.slice(0, match.index))) continue;
    cut = match.index;
    if (match[0].startsWith(',')) comma = match.index;
    else if (CLAUSE_WORD.test(match[0].trim())) clause = match.index;
  }
  if (comma > head.length / 3) return head.slice(0, comma);
  if (clause > head.length / 3 && cut > clause && !LOOKS_VERBAL.test(head.slice(clause, cut)))
    return head.slice(0, clause);
  if (cut > head.length / 3) return head.slice(0, cut);
  // No phrase boundary: end before a name cut in two ("the Affordable | Care Act") and not on a function word.
  const kept = words.slice(0, max);
  if (/^\p{Lu}/u.test(words[max] ?? ''))
    while (/^\p{Lu}/u.test(kept.at(-1) ?? '') && kept.length > 1) kept.pop();
  while (kept.length > 1 && DANGLING.test(kept.at(-1) ?? '')) kept.pop();
  return kept.join(' ');
}

/**
 * Words a headline cannot end on: articles, possessives, prepositions, conjunctions, and adverbs that point at
 * what follows them ("were released exactly | one year after", "would vote only | for").
 */
const DANGLING =
  /^(?:a|an|the|its|his|her|their|our|of|to|in|on|at|for|with|by|from|among|about|into|onto|over|upon|via|until|toward|towards|within|without|against|across|through|between|amid|despite|during|unlike|and|or|but|that|which|who|as|than|is|are|was|were|be|been|has|have|had|only|just|exactly|even|also|nearly|almost|roughly|precisely|mainly|mostly|largely|partly|merely)$/i;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Group nouns that make a plural speaker even when capitalised at the start of a sentence ("Dockworkers"). */
const GROUP_PLURAL =
  /(?:workers|officials|residents|protesters|protestors|lawmakers|legislators|voters|investigators|firefighters|doctors|nurses|teachers|police|authorities|experts|analysts|critics|supporters|opponents|leaders|members|families|students|scientists|engineers|passengers|farmers|miners|unions|employees|crews|organisers|organizers|activists|campaigners|economists|prosecutors|officers|troops|soldiers|rescuers|witnesses|neighbours|neighbors|locals|owners|drivers|traders|shoppers|parents|people|villagers|fishermen|growers|survivors|services|forces|agencies|groups|companies)$/i;

/**
 * True when the speaker takes "say": a group in lower case ("residents", "emergency services") or a group noun
 * whatever its case ("Dockworkers" opening a sentence); a name ("Sanders") takes "says".
 */
function takesPluralVerb(who: string): boolean {
  return /^\p{Ll}.*s$/u.test(who) || GROUP_PLURAL.test(who);
}

/** A headline before its loaded words are dropped, and whether it was made without a forced cut. */
interface Draft {
  text: string;
  clean: boolean;
}

/**
 * "<clause>, <speaker> says", shortening the speaker to a surname or role noun when the whole is too long. When
 * the clause still does not fit, a trailing adjunct of the clause goes first, then the attribution, and only then
 * is the clause cut inside (a forced cut, not clean).
 */
function attributed(clause: string, speaker: string, allowWhole = false): Draft {
  let who = shortSpeaker(speaker);
  const body = capitalise(compress(withoutJoinedThat(clause)));
  if (countWords(body) + countWords(who) + 1 > HEADLINE_MAX_WORDS) who = shortestSpeaker(who);
  // A group in lower case ("residents") is plural: "residents say".
  const verb = takesPluralVerb(who) ? 'say' : 'says';
  // A group capitalised only because it opened the sentence ("Emergency services said") is lower case after
  // the comma.
  if (GROUP_PLURAL.test(who) && /^\p{Lu}[\p{Ll}\p{M}]*(?:\s[\p{Ll}\p{M}]+)*$/u.test(who))
    who = who.charAt(0).toLowerCase() + who.slice(1);
  const room = HEADLINE_MAX_WORDS - countWords(who) - 1;
  const withSpeaker = fitWords(body, room);
  const alone = withSpeaker.clean ? undefined : fitWords(body, HEADLINE_MAX_WORDS);
  if (alone?.clean) return alone;
  // No clean cut with or without the speaker: the whole clause with its speaker, when short enough.
  const whole = withSpeaker.clean || !allowWhole ? undefined : fitWords(body, room, true);
  if (whole?.clean) return { text: `${whole.text.replace(/[,;:]$/, '')}, ${who} ${verb}`, clean: true };
  return { text: `${withSpeaker.text.replace(/[,;:]$/, '')}, ${who} ${verb}`, clean: withSpeaker.clean };
}

/**
 * "and that" or "but that" opening a second reported clause ("said the operation had been calm and that three
 * officers had been injured"): "that" is the conjunction, not a pointing word, when a subject follows it, a
 * determiner, a pronoun, a figure or a name ("that decision" would be a pointing word with its noun).
 */
const JOINED_THAT =
  /\b(and|but)\s+that\s+(?=(?:the|a|an|his|her|their|its|our|some|no|all|most|many|few|several|he|she|they|it|we|i|you|there|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b|\d|\p{Lu})/gu;

/**
 * A reported clause put before its speaker drops the "that" of the second clause too: "The operation has been calm
 * and three officers have been injured, Vane says", not "... calm and that three officers ...", which reads as if
 * a "said" were still in front of it.
 */
function withoutJoinedThat(clause: string): string {
  return clause.replace(JOINED_THAT, '$1 ');
}

/**
 * A short, factual, neutral headline from the summary's first sentence: scene-setting openers, appositives,
 * relative clauses, titles before names and manner adverbs dropped, the attribution moved to the end in its
 * shortest form ("..., Abrams says"), cut to `HEADLINE_MAX_WORDS` at a phrase boundary, loaded words dropped or
 * swapped as in the summary, no final stop. It cites what the first sentence cites.
 *
 * @example
 * makeHeadline({ text: 'Port director Ilse Varga said the harbour would reopen in May.', citations })
 * // -> { text: 'The harbour will reopen in May, Ilse Varga says', citations }
 */
export function makeHeadline(first: CitedText | undefined): CitedText {
  if (!first) return { text: '', citations: [] };
  return {
    text: finish(wholeIfNoCut(draftHeadline(first.text), first.text).text),
    citations: first.citations,
  };
}

/** The headline's text before its loaded words are dropped, and whether it needed a forced cut. */
function draftHeadline(sentence: string, allowWhole = false): Draft {
  let text = stripDateline(sentence)
    .replace(/\s*\([^)]*\)/g, '')
    .replace(SAID_ON_DAY, '$1')
    .replace(WEEKDAY_OR_TIME, '')
    // The final stop goes; a closing quotation mark after it stays, so that the quotation is still closed.
    .replace(/(?<!\b\p{L}\.\p{L})[.!?]+(["”’]?)$/u, '$1')
    .replace(/\b(?:the )?United States\b/gi, 'US')
    // A trailing credit (", The Daily Lantern reported") belongs in the citation, not the headline.
    .replace(/,\s+(?:according to [^,]{2,60}|[^,]{2,60}\s+reported)$/, '')
    .replace(LEADING_ADVERBIAL, '')
    .trim();
  // A background clause or participle phrase before the main clause goes when a named or determined subject
  // follows ("As the tides rise, dock workers ...", "Facing pressure from donors, Brenn dropped ..."): cut within
  // the limit, such openings left only the adjunct ("Facing pressure from harbour donors and the ferry union").
  const opening = LEADING_BACKGROUND.exec(text);
  const after = opening ? text.slice(opening[0].length) : '';
  // After a clause any subject but a pronoun opens the main clause; after a participle phrase a lower-case word
  // may be a list going on ("Rising prices, falling wages ..."), so a name, a determiner or a figure is needed.
  if (
    opening &&
    !/^(?:he|she|they|it|we|i|you|this|that|these|those|his|her|their|its)\b/iu.test(after) &&
    (opening[1] !== undefined || SUBJECT_AFTER_OPENING.test(after))
  )
    text = after;
  text = withoutDanglingEnd(capitalise(text));
  // Only a story told wholly in quotations gets here with one (see `chooseHeadline`): the quotation is kept
  // whole, in its own marks, with its speaker, since a cut or a paraphrase would misquote.
  const quoted = QUOTE_THEN_SPEAKER.exec(text);
  if (quoted?.[1] && quoted[2]) {
    const who = shortestSpeaker(shortSpeaker(quoted[2]));
    const verb = takesPluralVerb(who) ? 'say' : 'says';
    const line = `“${quoted[1]}”, ${who} ${verb}`;
    return { text: line, clean: countWords(line) <= HEADLINE_MAX_WORDS };
  }
  const according = ACCORDING_TO.exec(text);
  const tail = according ? undefined : CLAUSE_THEN_SPEAKER.exec(text);
  const head = according || tail ? undefined : SPEAKER_THEN_CLAUSE.exec(text);
  if (according?.[1] && according[2]) return attributed(according[2], according[1], allowWhole);
  if (tail?.[1] && tail[2] && !/["“]/.test(tail[1]) && !AUXILIARY.test(tail[2]))
    return attributed(inPresent(tail[1], saidInPast(text.slice(tail[1].length))), tail[2], allowWhole);
  if (head?.[1] && head[2] && head[1].split(/\s+/).length <= 16 && !AUXILIARY.test(head[1])) {
    const reported = inPresent(head[2], saidInPast(text.slice(head[1].length, text.length - head[2].length)));
    if (!/^(?:he|she|they|it|we|i)\b/i.test(head[2])) return attributed(reported, head[1], allowWhole);
    // "X said he had seen ..." -> "X says he had seen ...": a leading pronoun needs its speaker before it.
    let speaker = shortSpeaker(compress(head[1]));
    const clause = compress(reported);
    if (countWords(clause) + countWords(speaker) + 1 > HEADLINE_MAX_WORDS) speaker = shortestSpeaker(speaker);
    const verb = takesPluralVerb(speaker) ? 'say' : 'says';
    const fitted = fitWords(clause, HEADLINE_MAX_WORDS - countWords(speaker) - 1, allowWhole);
    return { text: `${capitalise(speaker)} ${verb} ${fitted.text}`, clean: fitted.clean };
  }
  return fitWords(compress(text), HEADLINE_MAX_WORDS, allowWhole);
}

/**
 * A draft made by a forced cut replaced by the whole sentence when that is within `HEADLINE_WHOLE_MAX_WORDS`, a
 * clause. Only for the sentence a headline is finally made from, once no other fits whole: a whole long sentence
 * does not win over a shorter one the outlets led with.
 */
function wholeIfNoCut(draft: Draft, sentence: string): Draft {
  if (draft.clean) return draft;
  const whole = draftHeadline(sentence, true);
  return whole.clean && isClause(whole.text) ? whole : draft;
}

/** Loaded words dropped or swapped as in the summary, no dangling end, no final stop. */
function finish(draft: string): string {
  const neutral = withoutDanglingEnd(neutralizeSentence(draft).text);
  // No final stop, but an abbreviation keeps its own ("at 6 a.m.", "the U.S.").
  const end = /\b(?:\p{L}\.){2,}$/u.test(neutral) ? /[\s,;:!?]+$/u : /[\s,;:.!?]+$/u;
  return neutral.replace(end, '');
}

/**
 * Openings that point back to a sentence the headline is not read with: a pronoun or a demonstrative ("That led
 * to ...", "He has bigger worries"). Such a draft is used only when no other sentence fits.
 */
const POINTS_BACK = /^(?:he|she|they|it|we|i|his|her|their|its|this|that|these|those)\b/i;

/** Words that open a subordinate or relative clause: a verb after one is not the main clause's. */
const SUBORDINATE_OPENER =
  /^(?:after|before|while|when|whenever|although|though|because|since|until|unless|if|whether|where|who|whom|whose|which|that)$/i;
/** Determiners: a word right after one is a noun or an adjective, not a verb. */
const DETERMINER = /^(?:a|an|the|its|his|her|their|our|this|these|those|some|any|no|every|each)$/i;
/** Words that open an adjunct before the main clause ("In ...", "Even for ...", "Despite ..."). */
const OPENING_ADJUNCT =
  /^(?:in|on|at|for|with|from|by|of|to|during|despite|amid|following|even|under|over|among|about|against|through|without|within|like|unlike)$/i;

/**
 * True when `text` reads as a clause: a main verb before any subordinate or relative clause, after a leading
 * adjunct only when a comma closes it. A headline left as a subject with its relative clause ("The engineer who is
 * known more for her bridges than"), a leading adjunct ("Even for a board known to argue over ...", "One day after
 * the pier was damaged") or a participle phrase ("Rumoured to be the first choice") is a fragment: on ECB+, BASIL
 * and GVC about a third of the fragment headlines were of this kind. An -s word counts as a possible present verb
 * ("Jackman sings ballads"), so only a stretch with no verb form at all is a fragment.
 */
function isClause(text: string): boolean {
  const words = text.split(/\s+/).filter((part) => part !== '');
  const bare = (word: string): string => word.replace(/[^\p{L}\p{M}'’-]+/gu, '');
  const first = bare(words[0] ?? '');
  // A participle opens an adjunct when a function word or an adverb follows it ("Rumoured to", "Shot by", "Setting
  // the", "Standing silently"), not
  // when it is an adjective or a name ("Reigning champion Ada Brisk", "Manning threw").
  const participle =
    (/^\p{L}+(?:ed|ing)$/u.test(first) || PARTICIPLE.test(first)) &&
    /^(?:to|in|on|at|by|for|with|from|into|the|a|an|his|her|their|its|up|out|off|down|back|across|through|\p{Ll}+ly)$/iu.test(
      bare(words[1] ?? ''),
    );
  let rest = words;
  if (
    participle ||
    SUBORDINATE_OPENER.test(first) ||
    (OPENING_ADJUNCT.test(first) && !/^(?:at|for)\s+(?:least|most|now)\b/i.test(text))
  ) {
    // A leading adjunct: the main clause starts after the comma or dash that closes it; without one it was cut.
    const close = words.findIndex((word) => /[,—–―:]$/u.test(word) || /^[—–―]$/u.test(word));
    if (close < 0) return false;
    rest = words.slice(close + 1);
  }
  // "after - hours": a word joined by a spaced hyphen opens no clause.
  const end = rest.findIndex(
    (word, index) =>
      index > 0 && SUBORDINATE_OPENER.test(bare(word)) && !/^[-–]$/u.test(rest[index + 1] ?? ''),
  );
  if (end < 0) return true;
  // A past form right after a determiner is an adjective ("A suspected hack that ..."), not the main verb.
  const main = rest
    .slice(0, end)
    .filter((word, index, all) => !(index > 0 && DETERMINER.test(bare(all[index - 1] ?? ''))));
  if (hasVerb(main.join(' ')) || main.slice(1).some((word) => /^\p{Ll}[\p{Ll}\p{M}]+s$/u.test(word)))
    return true;
  // Before a subordinate clause only a few words ("One day after ...", "Shortly after ...") are surely no clause:
  // a longer stretch may hold a present verb the tests above miss ("Harbour pilots continue to ... after").
  if (!/^(?:who|whom|whose|which|that|where)$/i.test(bare(rest[end] ?? ''))) return main.length > 3;
  // A subject with a relative clause: the main verb follows the relative clause's own ("A fire that ripped
  // through the store | is being treated as arson"), so two verb groups are needed; verbs joined by "and" are one.
  let groups = 0;
  let inGroup = false;
  // "who" opens a clause on its own verb, whatever its form ("People who ate ...", "Riders who rode ..."): the
  // verb tests above know only regular and common irregular past forms. Not "that" or "which", which may open a
  // clause on a subject of its own ("the claim that prices rose").
  const opensOnVerb = (word: string): boolean =>
    /^who$/i.test(bare(rest[end] ?? '')) &&
    /^\p{Ll}[\p{Ll}\p{M}]+$/u.test(bare(word)) &&
    !/^(?:not|also|still|now|then|never|once)$/i.test(bare(word)) &&
    !/ly$/u.test(bare(word));
  rest.slice(end + 1).forEach((word, index, tail) => {
    const verbal =
      hasVerb(word) || /^(?:be|been|being)$/i.test(bare(word)) || (index === 0 && opensOnVerb(word));
    if (verbal && !inGroup && !/^(?:and|or)$/i.test(tail[index - 1] ?? '')) groups += 1;
    inGroup = verbal;
  });
  return groups >= 2;
}

/**
 * True when a clause opened by "that" or "whether" near the end has no verb of its own: "Democrats are worried
 * that the senator's lagging support among voters" was cut before its verb (NeuS val). Only for a forced cut: a
 * whole "that" clause may hold a base verb this cannot see ("demanded that the mayor resign").
 */
function endsInVerblessComplement(text: string): boolean {
  const words = text.split(/\s+/).filter((part) => part !== '');
  const bare = (word: string): string => word.replace(/[^\p{L}\p{M}'’-]+/gu, '');
  const complement = words.findLastIndex(
    (word, index) => index > 1 && /^(?:that|whether)$/i.test(bare(word)),
  );
  if (complement <= 0) return false;
  const clause = words.slice(complement + 1);
  return (
    clause.length >= 2 &&
    !hasVerb(clause.join(' ')) &&
    !clause.some((word) => /^(?:do|does|did)$/i.test(bare(word))) &&
    // An -s word is a present verb right after "that" ("a policy that splits") or after a name ("that Brenn
    // plans"); after a lower-case word it is as likely a plural noun ("among Orvel dock workers").
    !clause.some(
      (word, index) =>
        /^\p{Ll}[\p{Ll}\p{M}]+s$/u.test(bare(word)) &&
        (index === 0 || /^\p{Lu}/u.test(clause[index - 1] ?? '')),
    )
  );
}

/** A sentence the headline may be made from, with how close it is to the outlets' own titles (0 to 1). */
export interface HeadlineCandidate extends CitedText {
  titleSimilarity?: number;
}

/**
 * What a sentence mainly is: a direct quotation (it opens on one, or quoted words make up half of it), a report
 * of speech ("X said (that) ..."), or the statement of an event (with or without a trailing attribution).
 */
export function sentenceShape(sentence: string): 'quotation' | 'speech' | 'event' {
  const text = stripDateline(sentence).trim();
  const regions = findQuotedRegions(text);
  let quoted = 0;
  for (const region of regions) quoted += text.slice(region.start, region.end).replace(/\s/g, '').length;
  if (/^["“‘]/u.test(text) || quoted * 2 >= text.replace(/\s/g, '').length) return 'quotation';
  const plain = text.replace(LEADING_ADVERBIAL, '');
  const head = SPEAKER_THEN_CLAUSE.exec(plain);
  if (head?.[1] && !ACCORDING_TO.test(plain) && !CLAUSE_THEN_SPEAKER.test(plain) && !AUXILIARY.test(head[1]))
    return 'speech';
  return 'event';
}

/**
 * The story's headline from the summary's sentences (best first): from the first, unless it is mainly a direct
 * quotation; then from the sentence stating an event that is closest to the outlets' own titles (the event they
 * led with), the summary's order breaking ties; a report of speech ("X said ...", made "X says ...") only when no
 * sentence states an event; a quotation last. A sentence that fits only by a cut inside its verb phrase gives way
 * to the next that fits whole or at an adjunct boundary. Undefined when there is no sentence.
 *
 * @example
 * chooseHeadline([{ text: '"We will not bargain," Halden said.', citations }, { text: 'Halden closed the border.', citations }])
 * // -> { text: 'Halden closed the border', citations }
 */
export function chooseHeadline(sentences: readonly HeadlineCandidate[]): CitedText | undefined {
  const all = sentences.map((sentence) => ({
    sentence,
    shape: sentenceShape(sentence.text),
    draft: draftHeadline(sentence.text),
    caveat: isCaveat(sentence.text),
  }));
  // A caveat ("The study cannot show that ...", "It was not immediately clear why ...") qualifies the news: it
  // comes after every other sentence that is no quotation, and is left out while one of those fits.
  const news = all.filter((entry) => !entry.caveat && entry.shape !== 'quotation');
  const drafts =
    news.length === 0
      ? all
      : [...all.filter((entry) => !entry.caveat), ...all.filter((entry) => entry.caveat)];
  const [first] = drafts;
  if (!first) return undefined;
  type Entry = (typeof drafts)[number];
  const closeness = (entry: Entry): number => entry.sentence.titleSimilarity ?? 0;
  // Usable as it stands: made without a forced cut, more than a name ("Hochul", left of a verbless fragment),
  // not opening on a word that points back, and not mainly a quotation.
  const usable = (entry: Entry): boolean =>
    (news.length === 0 || !entry.caveat) &&
    entry.draft.clean &&
    isClause(entry.draft.text) &&
    countWords(entry.draft.text) >= 3 &&
    !POINTS_BACK.test(entry.draft.text) &&
    sentenceShape(entry.draft.text) !== 'quotation';
  const events = drafts
    .filter((entry) => entry.shape === 'event')
    .sort((a, b) => Number(a.caveat) - Number(b.caveat) || closeness(b) - closeness(a));
  let chosen: Entry;
  if (first.shape !== 'quotation') {
    // A first sentence that fits only by a forced cut gives way to a sentence that fits and is no further from
    // what the outlets led with; else it is cut (a later sentence is more often background than the event).
    // A first sentence that is no clause gives way to any sentence that fits: a fragment tells the reader less
    // than a sentence further from the outlets' titles.
    const fragment = !isClause(first.draft.text);
    chosen = usable(first)
      ? first
      : (events.find(
          (entry) => entry !== first && usable(entry) && (fragment || closeness(entry) >= closeness(first)),
        ) ??
        (fragment
          ? drafts.find((entry) => entry !== first && usable(entry) && entry.shape !== 'quotation')
          : undefined) ??
        first);
  } else {
    const order = [
      ...events,
      ...drafts.filter((entry) => entry.shape === 'speech'),
      ...drafts.filter((entry) => entry.shape === 'quotation'),
    ];
    chosen = order.find(usable) ?? order.find((entry) => entry.shape !== 'quotation') ?? first;
  }
  // A sentence no other gave way to, if it fits only by a forced cut, is kept whole when short enough.
  let draft = wholeIfNoCut(chosen.draft, chosen.sentence.text);
  if (
    !draft.clean &&
    (!isClause(draft.text) ||
      endsOnOpenVerb(draft.text) ||
      endsInVerblessComplement(draft.text) ||
      /\bto\s+\p{Ll}+$/u.test(draft.text))
  ) {
    // Still a forced cut that reads as no clause or ends on a verb without its object ("... must consider", "...
    // ordered the Treasury to turn"):
    // any other sentence that fits as a clause, events first, comes before it; else one that fits whole or cut
    // at a clause boundary within the longer allowance. A forced cut that ends on a whole phrase stays: on NeuS
    // val, giving way on every forced cut put later, off-event sentences first (ROUGE-1 against the reference
    // titles 25.4 -> 23.5).
    const others = [...events, ...drafts.filter((entry) => entry.shape === 'speech')].filter(
      (entry) => entry !== chosen,
    );
    const fitting = others.find(usable);
    const widened = fitting
      ? undefined
      : others
          .map((entry) => ({ entry, whole: wholeIfNoCut(entry.draft, entry.sentence.text) }))
          .find(({ whole }) => whole.clean && isClause(whole.text) && !POINTS_BACK.test(whole.text));
    const replacement = fitting ?? widened?.entry;
    if (replacement) {
      chosen = replacement;
      draft = widened?.whole ?? replacement.draft;
    }
  }
  return { text: finish(draft.text), citations: chosen.sentence.citations };
}

import { isStopword, stemWord, type WordToken } from './normalize-text.js';

/**
 * Words of one kind of event that outlets swap for each other ("closed" / "shut" / "closure"), as word forms
 * stemmed at load. Read by the day checks (a day is of one event in two articles when both clauses hold a word of
 * one group next to the same thing; clauses whose event words are all of different groups tell different
 * events) and by the count checks (residents "evacuated" and people who "fled" are one displacement, people who
 * "died" and protesters "killed" one death toll; `countEvent`). The forms after "|" are read on counts only: on
 * ECB+ stories, days next to "killed", "injured" or "fled" dated the report, the arraignment or the trial of the
 * killing ("was arraigned Wednesday ... killing a receptionist", "placed on the injured list on Wednesday") far
 * more often than the deaths, so they would make two days of one event out of two events.
 */
const EVENT_FORMS: readonly string[] = [
  'close closed closes closing closure shut shuts shutting shutdown',
  'open opened opens opening reopen reopened reopens reopening',
  'begin began begins beginning begun start started starts starting launch launched',
  'end ended ends ending finish finished concluded',
  'halt halted suspend suspended suspension stop stopped pause paused',
  'resign resigned resigns resignation quit quits',
  'arrest arrested arrests detain detained detention',
  'meet met meets meeting convene convened',
  'approve approved approval adopt adopted',
  'reject rejected rejects rejecting rejection defeat defeated defeats',
  'announce announced announcement unveil unveiled',
  'evacuate evacuated evacuation | flee fled fleeing displace displaced displacement homeless',
  'sack sacked dismiss dismissed dismissal',
  'collapse collapsed collapses',
  // Finding out: "the breach was detected Thursday night" / "did not notice the breach until Wednesday night"
  // date one detection ("not ... until" a day says it happened that day).
  'detect detected detects detection discover discovered discovers discovery notice noticed uncover uncovered',
  '| die died dies dying dead death deaths kill killed kills killing',
  '| injure injured injures injuring injury injuries wound wounded hurt',
  '| leak leaked leaks leaking leakage spill spilled spilt spills spillage escape escaped escapes escaping seep seeped',
  // Job losses: "cut about 1,200 jobs", "1,500 workers face the chop", "300 staff made redundant". Counts only:
  // "cut" on a day is as often a price or a rate cut. "lost" stays out: "lost their lives" is a death toll.
  '| cut cuts cutting axe axed axes axing chop chopped shed sheds shedding slash slashed slashes slashing redundant redundancy redundancies layoff layoffs reduce reduces reduced reducing reduction reductions',
];

/** The count event group of job losses (`EVENT_FORMS`). */
export const JOB_LOSS_EVENT = EVENT_FORMS.length - 1;

const stems = (forms: string): Set<string> =>
  new Set(
    forms
      .split(' ')
      .filter((word) => word !== '')
      .map((word) => stemWord(word)),
  );

/** The groups the day checks read: the forms before "|" of each (`EVENT_FORMS`). */
export const EVENT_WORD_GROUPS: readonly Set<string>[] = EVENT_FORMS.map((line) =>
  stems(line.split('|')[0] ?? ''),
);

/** The groups the count checks read: every form of each, at the same index as `EVENT_WORD_GROUPS`. */
const COUNT_EVENT_GROUPS: readonly Set<string>[] = EVENT_FORMS.map((line) => stems(line.replace('|', ' ')));

/*
 * Nouns outlets swap for one incident ("discovered the breach on Feb. 19" / "discovered the hack on February 12",
 * "the fire" / "the blaze"), as word forms stemmed at load. The day checks read an event word's neighbours through
 * them, so that two clauses that name the thing in other words still tell one event. Each group is one kind of
 * incident: a breach is never a fire.
 */
const THING_FORMS: readonly string[] = [
  'breach breaches hack hacks hacking intrusion intrusions cyberattack cyberattacks cyber-attack',
  'fire fires blaze blazes inferno wildfire wildfires bushfire',
  'explosion explosions blast blasts',
  'strike strikes walkout walkouts stoppage',
];

const THING_OF = new Map<string, string>(
  THING_FORMS.flatMap((forms) => {
    const group = [...stems(forms)];
    const head = group[0] ?? '';
    return group.map((stem) => [stem, head] as const);
  }),
);

/** The one stem that stands for a stemmed noun's group of swappable nouns (`THING_FORMS`), or the stem itself. */
export function thingWord(stem: string): string {
  return THING_OF.get(stem) ?? stem;
}

/**
 * The stages of a court case, each in the words outlets swap for one another ("jailed" / "sentenced to prison" /
 * "caged"). Every telling of a case names its person and charge ("former mayor Edvin Moorcraft ... for taking
 * bribes"), so a sentence of one stage shares most of its words with a sentence of another ("say they will
 * appeal against his conviction for taking bribes"); the stage is what happened. "Guilty" is in none: "found not
 * guilty" is an acquittal. Arrests are in none either: "jailed" also tells being held after an arrest in US news.
 */
const CASE_STAGE_FORMS: readonly string[] = [
  'charge charged charges charging indict indicted indictment',
  'convict convicted convicts conviction convictions',
  'sentence sentenced sentences sentencing jail jailed jailing imprison imprisoned imprisonment cage caged',
  'acquit acquitted acquits acquittal',
  'appeal appealed appeals appealing',
];

const CASE_STAGE_GROUPS: readonly Set<string>[] = CASE_STAGE_FORMS.map(stems);

/** The court-case stages (`CASE_STAGE_FORMS`, by index) a sentence's content-word stems name. */
export function caseStagesOf(words: Iterable<string>): Set<number> {
  const found = new Set<number>();
  for (const word of words) {
    const index = CASE_STAGE_GROUPS.findIndex((group) => group.has(word));
    if (index !== -1) found.add(index);
  }
  return found;
}

/** The index of the event group a word stem of a count's clause belongs to, or -1. */
export function eventGroupOf(stem: string): number {
  return COUNT_EVENT_GROUPS.findIndex((group) => group.has(stem));
}

/**
 * Nouns of who or what does or undergoes an event ("launcher", "announcer", "detainees"): stems are cut at six
 * letters, so "launcher" reads as "launch", but a "rocket propelled grenade launcher" launched nothing.
 */
const AGENT_NOUN = /(?:er|ee)s?$/;

/** The event group of a word as written, or -1 (`AGENT_NOUN`s have none). */
export function eventGroupOfWord(word: string): number {
  return AGENT_NOUN.test(word) ? -1 : eventGroupOf(stemWord(word));
}

const group = eventGroupOfWord;

/**
 * Phrases that tell an event of people counted just before them, where no single word does: "forced 2,000
 * residents from their homes", "2,000 residents left their homes" (displacement), "lost their lives" (deaths),
 * "were held", "hauled away in handcuffs" (arrests; not "were held up" in traffic). Counts only: "held" alone dates meetings and votes ("the vote was held on Tuesday"),
 * "left" is as often "left 14 people dead", so neither joins a word group.
 */
const COUNT_EVENT_PHRASES: readonly { pattern: RegExp; group: number }[] = [
  {
    pattern:
      /^(?:\S+\s+){0,2}?(?:from|left|leave|leaving|fled|abandoned|lost)\s+(?:their|his|her)\s+homes?\b/,
    group: group('evacuated'),
  },
  { pattern: /^(?:\S+\s+){0,2}?lost\s+their\s+lives\b/, group: group('died') },
  {
    pattern: /^(?:were|are|been|being)\s+held\b(?!\s+(?:up|back)\b)|^held\s+in\s+custody\b/,
    group: group('arrested'),
  },
  // "14 protesters hauled away in handcuffs", "were taken into custody": an arrest told by what was seen.
  {
    pattern:
      /^(?:\S+\s+){0,2}?(?:(?:hauled|led|taken|dragged|carted|bundled|marched)\s+(?:away|off|out)\s+in\s+handcuffs|taken\s+into\s+custody)\b/,
    group: group('arrested'),
  },
];

/** Words after a count that end what is said of it: "killed 14 people and injured 30". */
const CLAUSE_END_WORDS = new Set(['and', 'or', 'but', 'while', 'as', 'after', 'before', 'when', 'whereas']);

/** How many words after the counted noun the verb of a count may stand ("have been killed by ..."). */
const COUNT_VERB_REACH_WORDS = 3;

/**
 * The event group (an index into `EVENT_WORD_GROUPS`) of what a count of people says happened to them, or -1:
 * the verb after the counted noun ("3,000 people fled", "17 protesters have been killed"), else a phrase after it
 * ("1,800 residents left their homes", "drove 1,800 residents from their homes"), else the word before the
 * number ("killed at least 14 people"), else the verb of a margin ("rejected the budget by 86 votes"). The clause after the noun ends at punctuation or a conjunction, so in
 * "killed 14 people and injured 30" the 14 are dead, not hurt.
 *
 * @param tokens the sentence's tokens; `text` the sentence; `after` the offset in it where the counted noun ends;
 *   `anchor` the stem of the content word before the number ("" when none); `at` the index of the number's
 *   first token, for a margin after "by" when the anchor tells no event (`marginEvent`)
 */
export function countEvent(
  tokens: readonly WordToken[],
  text: string,
  after: number,
  anchor: string,
  at?: number,
): number {
  const from = tokens.findIndex((token) => token.start >= after);
  if (from !== -1) {
    let end = from;
    let previousEnd = after;
    while (end < tokens.length) {
      const token = tokens[end] as WordToken;
      if (/[,;:.)(—–]/.test(text.slice(previousEnd, token.start)) || CLAUSE_END_WORDS.has(token.word)) break;
      previousEnd = token.end;
      end++;
    }
    const clause = tokens.slice(from, end);
    let content = 0;
    for (const token of clause) {
      if (/\d/.test(token.word)) break;
      if (isStopword(token.word)) continue;
      const found = group(token.word);
      if (found !== -1) return found;
      if (++content >= COUNT_VERB_REACH_WORDS) break;
    }
    const words = clause.map((token) => token.word).join(' ');
    const phrase = COUNT_EVENT_PHRASES.find((entry) => entry.pattern.test(words));
    if (phrase !== undefined) return phrase.group;
  }
  const anchored = anchor === '' ? -1 : eventGroupOf(anchor);
  return anchored !== -1 || at === undefined ? anchored : marginEvent(tokens, text, at, after);
}

/** How many words before "by" the verb of a margin may stand ("rejected the government's budget by"). */
const MARGIN_VERB_REACH_WORDS = 4;

/**
 * The event group of the verb a margin belongs to, or -1: a count after "by" that is a tally ("by 86 votes to
 * 71", "by 3 to 1") or a count of votes ("by 86 votes") says by how much something was done, so it is a count of
 * the event of the nearest event word before "by" in its clause ("Lawmakers had rejected the budget by 86 votes
 * to 71": a rejection, told as "The budget was defeated by 84 votes to 71" by another outlet). Other counts after
 * "by" are as often who did it ("were killed by two gunmen"), not a count of the event.
 */
function marginEvent(tokens: readonly WordToken[], text: string, at: number, after: number): number {
  const by = tokens[at - 1];
  if (by?.word !== 'by' || /[,;:.)(—–]/.test(text.slice(by.end, tokens[at]?.start ?? by.end))) return -1;
  const rest = tokens.filter((token) => token.start >= after).slice(0, 2);
  const tally = rest[0]?.word === 'to' && /^\d/.test(rest[1]?.word ?? '');
  const votes = /^votes?$/.test(tokens[at + 1]?.word ?? '');
  if (!tally && !votes) return -1;
  for (let index = at - 2; index >= 0 && index >= at - 1 - MARGIN_VERB_REACH_WORDS; index--) {
    const token = tokens[index] as WordToken;
    if (/[,;:.)(—–]/.test(text.slice(token.end, (tokens[index + 1] as WordToken).start))) return -1;
    // "voted down the budget by 86 votes": no one word of it is a rejection.
    if (token.word === 'down' && /^vot(?:e|es|ed|ing)$/.test(tokens[index - 1]?.word ?? ''))
      return group('rejected');
    const found = group(token.word);
    if (found !== -1) return found;
  }
  return -1;
}

import type { LoadedReason, Span } from '../model/index.js';
import { explainLoaded } from './explain-loaded.js';
import { findQuotedRegions } from './find-quoted-regions.js';
import {
  findReportedCharacterisations,
  type ReportedCharacterisation,
} from './find-reported-characterisations.js';
import { LEXICON_INDEX, type LexiconIndex, type LexiconTerm } from './lexicon-index.js';
import { INTENSIFIERS, TONE_ADVERBS } from './lexicons/intensifiers.js';

/** A loaded word found in a text, before it is tied to an article. Offsets are into the text given. */
export interface FoundSpan {
  start: number;
  end: number;
  text: string;
  reason: LoadedReason;
  note: string;
  weight: number;
  /** The neutral wording the lexicon suggests, if any. */
  neutral: string | undefined;
  /** The quoted region (index into `regions`) the span stands in, or -1 in the writer's own voice. */
  region: number;
  /**
   * Outside quotation marks, the reported characterisation the span stands in ("Ruiz called the plan a
   * disgrace"): the words are the subject's, as if quoted.
   */
  reported?: ReportedCharacterisation;
}

/** All loaded spans of a text, and the quoted regions they were checked against. */
export interface FoundLoaded {
  spans: FoundSpan[];
  regions: Span[];
}

/** An intensifier's weight, for a word that is one only in some uses ("a monster blaze"). */
const INTENSIFIER_WEIGHT = INTENSIFIERS.weight;

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;
const UPPER_START = /^\p{Lu}/u;

/**
 * Words before a quotation that introduce it as someone's words rather than the writer's doubt, up to 80 characters
 * before it in the same sentence ("said she hoped the minister would “seize” the chance"): a fragment of what a
 * named speaker said often sits a clause after the verb. 80 rather than 40: BABE dev half A (read for errors)
 * macro-F1 unchanged, half B +0.0016, BASIL dev span precision up on both halves; 120 was worse on half A.
 */
const SPEECH_CUE =
  /(?<![-\w])(?:said|says|say|saying|told|tells|asked|asks|wrote|writes|tweeted|posted|added|call(?:ed|s|ing)(?!\s+(?:for|on|off|up)\b)|dubbed|dubs|termed|terms|labell?ed|described|describing|branded|known|named|titled|entitled|nicknamed|word|words|phrase|term|slogan|chanted|chanting|shouted|declared|stated|argued|insisted|warned|claimed|promised|vowed|quipped|joked|replied|responded|according|expressing|expressed|urged|urging|pledged|pledging|promising|quoted|quoting)\b[^.!?]{0,80}$/i;

/**
 * A verb of reaction, its object, then "for", "as" or "of" right before the quotation ("denounced Kerry for
 * 'shadow diplomacy'", "accused her of 'treason'", "dismissed the plan as 'reckless'"): the quoted words are the
 * critic's, which news copy quotes to attribute them; a gerund may stand between ("accused the mayor of forcing
 * 'a pointless levy'"). Without the preposition ("praised the 'reform'") the
 * quotation marks stay the writer's doubt.
 */
const REACTION_CUE =
  /(?<![-\w])(?:criticiz|criticis|denounc|condemn|slamm|blast|prais|accus|mock|dismiss|reject|decr|tout|hail|laud|attack|fault|chastis|rebuk|ridicul)\w*\b[^.!?]{0,60}\b(?:for|as|of)(?:\s+[\p{L}'’-]+ing)?(?:\s+(?:its|his|her|their|the|a|an|what|so-called))?\s*$/iu;

/**
 * Weight of a scare-quoted phrase: half a hit, like an intensifier. Quotation marks around a short phrase in news
 * copy are often a fragment of a quotation whose speaker is named elsewhere in the story, so alone they do not
 * make a sentence loaded; with one more sign they do. BABE dev macro-F1 0.741 at weight 1, 0.746 at 0.5.
 */
const SCARE_QUOTE_WEIGHT = 0.5;
/** Scare quotes wrap a word or a short phrase; five words or more is a quotation (checked on BASIL dev quotes). */
const SCARE_QUOTE_MAX_WORDS = 4;
/** A headline in title case: at least this many words of four letters or more... */
const TITLE_CASE_MIN_WORDS = 4;
/** ...and this share of them capitalised. */
const TITLE_CASE_SHARE = 0.7;
/** A text set all in capitals counts as a headline in title case from this many words. */
const ALL_CAPS_MIN_WORDS = 3;

/**
 * Verbs that are loaded when they dramatise a political act ("destroyed the bill") but are plain reporting of a
 * physical event ("the fire destroyed the warehouse", "the train derailed", "the tyres screeched"). Keep in step
 * with emotive-verbs.ts.
 */
const PHYSICAL_SENSE_VERB =
  /^(?:destroy|derail|wreck|crush|smash|shatter|slam|torch|rip|ravag|devastat|batter|pummel|flatten|raz|gut|demolish|level|blast|tear|tore|torn|engulf|swamp|loot|screech)/;
/** Things and forces whose presence beside such a verb makes it literal: fires, storms, vehicles, buildings. */
const PHYSICAL_NOUN = new Set(
  (
    'fire fires blaze blazes flame flames wildfire wildfires bushfire bushfires brushfire brushfires smoke storm storms hurricane typhoon cyclone ' +
    'tornado tornadoes flood floods flooding floodwater floodwaters wind winds wave waves tsunami earthquake ' +
    'quake landslide landslides landslip mudslide avalanche explosion explosions blast bomb bombs missile ' +
    'missiles rocket rockets shell shells shelling airstrike airstrikes drone drones train trains carriage ' +
    'carriages locomotive car cars truck trucks lorry lorries bus buses vehicle vehicles plane planes aircraft ' +
    'jet helicopter ship ships boat boats ferry vessel tanker building buildings house houses home homes ' +
    'warehouse warehouses factory factories plant mill barn roof roofs wall walls tower bridge bridges track ' +
    'tracks rail rails dam crops forest forests village villages property properties structure structures ' +
    'apartment apartments store stores shop shops church mosque school hospital stock goods cargo equipment ' +
    'machinery belongings contents inventory furniture fleet brakes tyres tires'
  ).split(' '),
);
/** Things a person holds on to in the literal sense of "cling": wreckage, a rope, a branch. */
const HELD_THINGS = new Set(
  (
    'hull hulls wreckage raft rope ropes branch branches tree trees rock rocks debris ledge cliff railing ' +
    'railings mast lifeboat lifebuoy buoy log logs door pole fence rooftop side edge keel plank pier ladder ' +
    'wheel handle cable wire'
  ).split(' '),
);

/**
 * "clinging to hull", "clung to the upturned lifeboat": the object of "to"/"onto", within three words, is a
 * thing held or a physical noun. "clinging to power", "clung on as leader" stay loaded.
 */
function clingsToThing(tokens: readonly { lower: string }[], position: number): boolean {
  const to = tokens[position + 1]?.lower;
  if (to !== 'to' && to !== 'onto') return false;
  for (let index = position + 2; index <= position + 4 && index < tokens.length; index++) {
    const word = tokens[index]?.lower ?? '';
    if (HELD_THINGS.has(word) || PHYSICAL_NOUN.has(word)) return true;
  }
  return false;
}

/** How many words either side of the verb are searched for a physical noun. */
const PHYSICAL_WINDOW = 5;

function isPhysicalSense(
  tokens: readonly { lower: string }[],
  position: number,
  reason: LoadedReason,
): boolean {
  if (reason !== 'emotive-verb') return false;
  if (/^(?:cling|clung)/.test(tokens[position]?.lower ?? '')) return clingsToThing(tokens, position);
  if (!PHYSICAL_SENSE_VERB.test(tokens[position]?.lower ?? '')) return false;
  const from = Math.max(0, position - PHYSICAL_WINDOW);
  const to = Math.min(tokens.length - 1, position + PHYSICAL_WINDOW);
  for (let index = from; index <= to; index++) {
    if (index !== position && PHYSICAL_NOUN.has(tokens[index]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * "Claim" in its literal senses casts no doubt on anyone: a filing for benefits or insurance ("jobless claims
 * rose", "claims for unemployment benefits"), a formal demand a court or a tribunal weighs ("asylum claims",
 * "territorial claims", "injury claims"), taking responsibility or a win ("claimed responsibility for the
 * attack", "claimed victory"), or a death toll ("the fighting claimed hundreds of lives").
 */
const CLAIM = /^claim(?:s|ed|ing)?$/;
/** Words beside "claims" that make it a filing: benefits, insurance, compensation. */
const FILING_WORDS = new Set(
  (
    'jobless unemployment benefit benefits insurance insurer insurers compensation refund refunds damages ' +
    'payout payouts medicare medicaid disability initial continuing asylum territorial sovereignty maritime ' +
    'patent patents injury malpractice warranty expense expenses'
  ).split(' '),
);
/** Objects after "claimed" that make it taking something, not saying something. */
const TAKEN_OBJECTS = new Set('responsibility credit victory lives life'.split(' '));
/** How many words either side are searched for a filing word, and ahead for a taken object. */
const CLAIM_WINDOW = 4;

function isLiteralClaim(tokens: readonly { lower: string }[], position: number): boolean {
  if (!CLAIM.test(tokens[position]?.lower ?? '')) return false;
  // "claims for fire damage": a filing; "claims of fraud", "claims that" are allegations.
  if (tokens[position]?.lower === 'claims' && tokens[position + 1]?.lower === 'for') return true;
  const from = Math.max(0, position - CLAIM_WINDOW);
  const to = Math.min(tokens.length - 1, position + CLAIM_WINDOW);
  for (let index = from; index <= to; index++) {
    const word = tokens[index]?.lower ?? '';
    if (index !== position && FILING_WORDS.has(word)) return true;
    if (index > position && TAKEN_OBJECTS.has(word)) return true;
  }
  return false;
}

/**
 * "Toxic" and "poisonous" describe a substance literally ("dense, toxic smoke", "toxic waste") and a person, a
 * debate or a workplace as an evaluation ("a toxic debate"): literal before one of these nouns.
 */
const POISON_ADJECTIVE = /^(?:toxic|poisonous)$/;
const SUBSTANCES = new Set(
  (
    'smoke fumes fume gas gases chemical chemicals waste spill spills sludge algae water leak leaks cloud ' +
    'substance substances metal metals mould mold dust ash plume plumes runoff mushrooms plants levels ' +
    'contamination discharge'
  ).split(' '),
);

function isLiteralPoison(tokens: readonly { lower: string }[], position: number): boolean {
  if (!POISON_ADJECTIVE.test(tokens[position]?.lower ?? '')) return false;
  return (
    SUBSTANCES.has(tokens[position + 1]?.lower ?? '') || SUBSTANCES.has(tokens[position + 2]?.lower ?? '')
  );
}

/**
 * Words that are loaded in one use and plain in another, told apart by their neighbours: "lies" of a place
 * ("the town lies in the valley") and "failed" as a verb ("if the talks failed") are plain; "he lies", "a
 * failed policy" and "failed to act" are not (BABE dev macro-F1 0.7522 -> 0.7526; "failed to" kept loaded: letting
 * it pass cost 0.0008).
 */
const LOCATIVE_LIES = /^(?:lies|lay|lie|lying)$/;
const PLACE_PREPOSITIONS = new Set(
  'in on at between along near beside behind below above across beneath off within just some about north south east west outside inside'.split(
    ' ',
  ),
);
const DETERMINERS = new Set('a an the his her its their our your my this that these those'.split(' '));

/**
 * "Outrage" and "fury" as the reaction a report describes ("parents expressed outrage", "the video sparked fury")
 * are someone else's feeling, reported; as the writer's label ("the outrage over the statue is a blind") they
 * are loaded.
 */
const REACTION_NOUN = /^(?:outrage|fury)$/;
const REACTION_REPORT_VERBS = new Set(
  (
    'express expressed expresses expressing voice voiced voicing spark sparked sparking sparks cause caused ' +
    'causing causes draw drew drawn drawing provoke provoked provoking prompt prompted prompting trigger ' +
    'triggered triggering fuel fueled fuelled stir stirred'
  ).split(' '),
);
/** How many words before the noun the reporting verb may stand ("expressing their outrage", "sparked public fury"). */
const REACTION_WINDOW = 3;

/**
 * "Defied" an order, a curfew or a subpoena reports that a rule was broken; "defied the party line" or "defying
 * reason" dramatises. The rule is looked for within five words after the verb ("defied an 8 p.m. curfew").
 */
const DEFY = /^defie[sd]$|^defy(?:ing)?$/;
const RULE_NOUNS = new Set(
  (
    'curfew curfews lockdown lockdowns order orders ban bans restriction restrictions rule rules subpoena ' +
    'subpoenas injunction ruling court warrant ceasefire quarantine measures sanctions embargo'
  ).split(' '),
);
const DEFY_WINDOW = 5;

/**
 * "Scheme" names a programme plainly after a noun that says what the programme pays, insures or arranges ("a
 * pension scheme", "the furlough scheme", "a flood relief grant scheme", "a colour scheme"): British usage and
 * terms of art, as neutral as "programme"; "schemed" and "scheming" are always the writer's verdict. After a determiner or an adjective ("a scheme to", "a toxic scheme") or another noun ("a
 * retribution scheme") it stays a plot.
 */
const SCHEME = /^schemes?$/;
const PROGRAMME_NOUNS = new Set(
  (
    'pension pensions insurance loan loans furlough savings benefit benefits pilot grant grants subsidy ' +
    'subsidies visa voucher vouchers loyalty retention scholarship scholarships training apprenticeship housing ' +
    'recycling licensing licence license compensation guarantee incentive payment payments credit relief ' +
    'rebate rebates trading deposit mortgage bonus bonuses share allowance welfare vaccination testing ' +
    'resettlement registration certification accreditation reward rewards lottery employment colour color ' +
    'rhyme naming numbering classification irrigation drainage distribution support tax rental bike parking ' +
    'retirement redundancy aid funding investment screening transport energy'
  ).split(' '),
);

/**
 * Terms of art: a listed word that names a category, not a verdict, before these nouns ("punitive damages" in a
 * lawsuit, an "aggressive tumour", a "historic district" under preservation law).
 */
const TERMS_OF_ART: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ['punitive', 'damages award awards'],
      ['aggressive', 'cancer cancers tumor tumors tumour tumours treatment therapy form strain'],
      [
        'historic',
        'district districts building buildings site sites landmark landmarks preservation register home homes ' +
          'house houses church churches center centre core',
      ],
    ] as const
  ).map(([word, nouns]) => [word, new Set(nouns.split(' '))]),
);

/**
 * "Militant" for an armed fighter ("militants attacked the base", "the militant group Korvash") is the wire's plain
 * term, the very wording suggested in place of "terrorist group": plain before a word for an armed group, or with
 * arms, violence or an army within a few words. For strikers or activists ("Union militants hold the port to
 * ransom") and as an adjective of attitude ("militant vegans", "a militant atheist") it is a verdict.
 */
const MILITANT = /^militants?$/;
const ARMED_GROUP_NOUNS = new Set(
  (
    'group groups organization organizations organisation organisations fighter fighters commander commanders ' +
    'leader leaders attack attacks wing cell cells faction factions network networks camp camps stronghold ' +
    'strongholds hideout hideouts'
  ).split(' '),
);

/**
 * "Invasion" of a country by an army is plain history ("Russia's invasion of Ukraine", "the 2003 invasion of
 * Iraq"); the one-sided label is the word for migrants' arrival ("an invasion at the southern border"). Military
 * when a place or a country's name stands beside it, or an army within a few words, and no migration word does.
 */
const INVASION = /^invasions?$/;
const MILITARY_WORDS = new Set(
  (
    'troops soldiers army armies forces military tanks war allied allies soviet nazi ground amphibious ' +
    'full-scale airborne naval marines'
  ).split(' '),
);
const MIGRATION_WORDS = new Set(
  (
    'migrant migrants immigrant immigrants immigration border borders illegal illegals alien aliens asylum ' +
    'caravan caravans refugees'
  ).split(' '),
);
const INVASION_WINDOW = 5;
const ARMED_WORDS = new Set(
  (
    'armed arms gun guns gunfire weapons weapon rifles fighters fighting insurgent insurgents insurgency rebel ' +
    'rebels jihadist jihadists islamist islamists kill kills killed killing attack attacks attacked ambush ' +
    'ambushed kidnapped kidnap hostage hostages missile missiles rocket rockets drone drones bomb bombs bombing ' +
    'gunman gunmen shooting shot dead wounded'
  ).split(' '),
);
const MILITANT_WINDOW = 6;

function isArmedMilitant(tokens: readonly { lower: string; upper: boolean }[], position: number): boolean {
  const next = tokens[position + 1]?.lower ?? '';
  if (ARMED_GROUP_NOUNS.has(next)) return true;
  const from = Math.max(0, position - MILITANT_WINDOW);
  const to = Math.min(tokens.length - 1, position + MILITANT_WINDOW);
  for (let index = from; index <= to; index++) {
    const word = tokens[index]?.lower ?? '';
    if (index !== position && (ARMED_WORDS.has(word) || MILITARY_WORDS.has(word))) return true;
  }
  return false;
}

function isMilitaryInvasion(tokens: readonly { lower: string; upper: boolean }[], position: number): boolean {
  const from = Math.max(0, position - INVASION_WINDOW);
  const to = Math.min(tokens.length - 1, position + INVASION_WINDOW);
  let military = false;
  for (let index = from; index <= to; index++) {
    const word = tokens[index]?.lower ?? '';
    if (MIGRATION_WORDS.has(word)) return false;
    if (MILITARY_WORDS.has(word)) military = true;
  }
  const previous = tokens[position - 1];
  const placeAfter = tokens[position + 1]?.lower === 'of' && (tokens[position + 2]?.upper ?? false);
  return military || placeAfter || (previous?.upper ?? false);
}

/** The tone adverbs of `TONE_ADVERBS`, and the verbs of stance that make them a grading of how someone spoke. */
const TONE_ADVERB = new Set(TONE_ADVERBS.lines.map(([term]) => term));
const STANCE_VERB =
  /^(?:critici[sz]|defend|oppos|accus|condemn|reject|den(?:y|ie)|disput|rebuk|question|attack|object|disagree|dismiss|denounc|protest|resist|push(?:ed|ing)?$|argu|insist|respond|react|contest|challeng|worded)/;

/** True when a stance verb stands right before the adverb or within two words after it. */
function gradesStance(tokens: readonly { lower: string }[], position: number): boolean {
  for (const index of [position - 1, position + 1, position + 2])
    if (STANCE_VERB.test(tokens[index]?.lower ?? '')) return true;
  return false;
}

/**
 * "Mob" names organised crime before these nouns ("a mob boss", "mob ties"; keep in step with
 * GROUP_NOUN_NOT_BEFORE in group-nouns.ts), and a kind of gathering, not a verdict on a crowd, after these ("a
 * flash mob danced in the square").
 */
const MOB = /^mobs?$/;
const MOB_CRIME_NOUNS = new Set(
  'boss bosses family families ties hit figure figures lawyer lawyers connections'.split(' '),
);
const MOB_KINDS = new Set(['flash', 'smart']);

function isPlainMob(before: string, after: string): boolean {
  return MOB_KINDS.has(before) || MOB_CRIME_NOUNS.has(after);
}

function isPlainSense(tokens: readonly { lower: string; upper: boolean }[], position: number): boolean {
  const word = tokens[position]?.lower ?? '';
  if (MOB.test(word)) return isPlainMob(tokens[position - 1]?.lower ?? '', tokens[position + 1]?.lower ?? '');
  if (TONE_ADVERB.has(word)) return !gradesStance(tokens, position);
  if (INVASION.test(word)) return isMilitaryInvasion(tokens, position);
  if (MILITANT.test(word)) return isArmedMilitant(tokens, position);
  const nouns = TERMS_OF_ART.get(word);
  if (nouns) return nouns.has(tokens[position + 1]?.lower ?? '');
  if (SCHEME.test(word)) return PROGRAMME_NOUNS.has(tokens[position - 1]?.lower ?? '');
  if (LOCATIVE_LIES.test(word)) return PLACE_PREPOSITIONS.has(tokens[position + 1]?.lower ?? '');
  if (REACTION_NOUN.test(word)) {
    for (let index = Math.max(0, position - REACTION_WINDOW); index < position; index++)
      if (REACTION_REPORT_VERBS.has(tokens[index]?.lower ?? '')) return true;
    return false;
  }
  if (DEFY.test(word)) {
    for (let index = position + 1; index <= position + DEFY_WINDOW && index < tokens.length; index++)
      if (RULE_NOUNS.has(tokens[index]?.lower ?? '')) return true;
    return false;
  }
  if (word === 'failed')
    return !DETERMINERS.has(tokens[position - 1]?.lower ?? '') && tokens[position + 1]?.lower !== 'to';
  return false;
}

/**
 * A label a government or court gives in law is reported, not adopted: "the EU designated Korvash a terrorist
 * organisation", "listed as a terrorist group", "proscribed as". A one-sided label within a few words after one of
 * these verbs is the designation's wording.
 */
const DESIGNATION_VERBS = new Set(
  (
    'designate designates designated designating designation list lists listed listing proscribe proscribes ' +
    'proscribed proscribing classify classifies classified classifying blacklist blacklists blacklisted'
  ).split(' '),
);
const DESIGNATION_WINDOW = 5;

function isDesignation(tokens: readonly { lower: string }[], position: number, reason: string): boolean {
  if (reason !== 'one-sided-label') return false;
  for (let index = Math.max(0, position - DESIGNATION_WINDOW); index < position; index++)
    if (DESIGNATION_VERBS.has(tokens[index]?.lower ?? '')) return true;
  return false;
}

/**
 * "Tank" as a noun is a vehicle, a container or a think tank, not the verb for falling ("shares tanked"): after a
 * determiner, a number or one of these modifiers it is a noun. `isPlainNoun` reads these and "fumes" as nouns.
 */
const TANK = /^tanks?$/;
const TANK_MODIFIERS = new Set(
  (
    'a an the their its his her our these those two three several some battle army armored armoured military ' +
    'abrams russian ukrainian israeli storage oil fuel gas water septic think fish'
  ).split(' '),
);

function isPlainNoun(tokens: readonly { lower: string }[], position: number): boolean {
  const word = tokens[position]?.lower ?? '';
  const previous = tokens[position - 1]?.lower ?? '';
  if (FUMES.test(word)) return FUMES_BEFORE.has(previous) || TANK_MODIFIERS.has(previous);
  if (BRIBES.test(word))
    return (
      BRIBES_BEFORE.has(previous) ||
      /^\d/.test(previous) ||
      BRIBES_PREPOSITIONS.has(tokens[position - 2]?.lower ?? '')
    );
  if (!TANK.test(word)) return false;
  // "a ruptured tank", "the ageing tank": a determiner with one adjective between.
  const before = tokens[position - 2]?.lower ?? '';
  return TANK_MODIFIERS.has(previous) || /^\d/.test(previous) || NOUN_DETERMINERS.has(before);
}

/* Determiners two words before "tank" that make it a noun with an adjective between ("the ageing tank"). */
const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'their', 'its', 'his', 'her', 'our', 'this', 'that']);

/**
 * "Bribes" as the thing taken or paid is the charge a court tries ("jailed for taking bribes", "accepted bribes
 * from", "3 million crowns in bribes", "jailed over harbour bribes"), not the writer's verdict on a payment ("he
 * bribes voters").
 */
const BRIBES = /^bribes?$/;
const BRIBES_BEFORE = new Set(
  (
    'take takes took taken taking accept accepts accepted accepting receive receives received receiving ' +
    'pay pays paid paying offer offers offered offering solicit solicited soliciting demand demanded demanding ' +
    'in of for over alleged suspected a the'
  ).split(' '),
);
/* A preposition two words before "bribes" with a modifier between ("jailed over harbour bribes"): a noun. */
const BRIBES_PREPOSITIONS = new Set('over for of in about'.split(' '));

/**
 * "Fumes" as a noun is smoke or vapour ("after fumes drifted", "a cloud of fumes"), not the verb for being angry
 * ("the minister fumes"): after a preposition or a determiner it is a noun.
 */
const FUMES = /^fumes$/;
const FUMES_BEFORE = new Set([
  'of',
  'after',
  'from',
  'with',
  'by',
  'toxic',
  'noxious',
  'exhaust',
  'chemical',
]);

/**
 * "Attack on" is plain reporting of violence ("the missile attack on two bases", "the attack on the Capitol"),
 * and loaded when it dramatises criticism ("her attack on the study"): literal with a weapon, a casualty or a
 * physical target within a few words.
 */
const VIOLENCE_WORDS = new Set(
  (
    'missile missiles rocket rockets drone drones bomb bombs bombing terror terrorist terrorists gunman gunmen ' +
    'shooting shot killed killing deadly dead injured wounded chemical armed militants troops soldiers base ' +
    'bases facility facilities tanker tankers embassy consulate convoy capitol soil market nightclub targets ' +
    'police officers synagogue mosque church'
  ).split(' '),
);
const ATTACK_WINDOW = 5;

function isViolentAttack(tokens: readonly { lower: string }[], position: number, count: number): boolean {
  if (count !== 2 || tokens[position]?.lower !== 'attack' || tokens[position + 1]?.lower !== 'on')
    return false;
  const from = Math.max(0, position - ATTACK_WINDOW);
  const to = Math.min(tokens.length - 1, position + 1 + ATTACK_WINDOW);
  for (let index = from; index <= to; index++) {
    const word = tokens[index]?.lower ?? '';
    if (VIOLENCE_WORDS.has(word) || PHYSICAL_NOUN.has(word)) return true;
  }
  return false;
}

/**
 * "Monster" names a person ("the monster who ran the home": an epithet), inflates a thing before its noun ("the
 * monster blaze", "a monster storm": an intensifier), or is literal: a creature ("a Gila monster", "the Velm
 * monster", "a sea monster") or a kind of thing ("monster trucks", "a monster movie").
 */
const MONSTER = /^monsters?$/;
/* Nouns after "monster" that make it a kind of thing, not a judgement. */
const MONSTER_KINDS = new Set(
  'truck trucks movie movies film films costume costumes mask masks toy toys game games'.split(' '),
);
/* Words before "monster" that make it a creature. */
const CREATURE_MODIFIERS = new Set('sea lake loch river swamp snow cookie'.split(' '));
/* Words after "monster" that show it is a noun, not a modifier: clause words, prepositions, verbs. */
const AFTER_MONSTER_NOUN = new Set(
  (
    'who whom whose that which was is were are had has have will would could can may might must should did ' +
    "does do and or but of in on at to for with from by as than then also who's behind inside like"
  ).split(' '),
);

function monsterSense(
  text: string,
  tokens: readonly { start: number; end: number; lower: string; upper: boolean }[],
  position: number,
): 'literal' | 'modifier' | 'person' {
  const token = tokens[position];
  if (!token) return 'person';
  const previous = tokens[position - 1];
  const next = tokens[position + 1];
  if (previous && CREATURE_MODIFIERS.has(previous.lower)) return 'literal';
  // "a Gila monster", "the Velm monster": a capitalised name before it, not opening the sentence.
  if (previous?.upper && !isSentenceInitial(text, previous.start)) return 'literal';
  if (next && MONSTER_KINDS.has(next.lower)) return 'literal';
  if (!next || next.upper || /\S/.test(text.slice(token.end, next.start))) return 'person';
  if (AFTER_MONSTER_NOUN.has(next.lower) || /(?:ed|ly)$/.test(next.lower)) return 'person';
  return token.lower === 'monster' ? 'modifier' : 'person';
}

/**
 * "Killer" and "bombshell" are tabloid wording before a noun ("the killer chemical", "Killer heatwave grips ...",
 * "the bombshell report") and plain otherwise: a killer is a person ("the killer fled", "the serial killer case")
 * or a species ("killer whales"), and "bombshell" alone ("dropped a bombshell") is left out, since flagging it
 * cost BABE dev macro-F1 0.0004 (2026-12-06).
 */
const MODIFIER_ONLY = /^(?:killer|bombshell)$/;
/* Nouns after "killer" that name a species, a thing or a trait, not a scare. */
const KILLER_KINDS = new Set(
  'whale whales bee bees app apps instinct cell cells t heels robot robots shrimp'.split(' '),
);

/** True when "killer" or "bombshell" at `position` modifies the noun after it in a tabloid way. */
function isTabloidModifier(
  text: string,
  tokens: readonly { start: number; end: number; lower: string; upper: boolean }[],
  position: number,
): boolean {
  const token = tokens[position];
  const next = tokens[position + 1];
  if (!token || !next || next.upper || /\S/.test(text.slice(token.end, next.start))) return false;
  if (AFTER_MONSTER_NOUN.has(next.lower) || /(?:ed|ly)$/.test(next.lower)) return false;
  if (token.lower === 'bombshell') return true;
  if (KILLER_KINDS.has(next.lower)) return false;
  // "the killer chemical" but "the serial killer case": a word before "killer" other than a determiner makes
  // "killer" the noun it modifies.
  const previous = tokens[position - 1];
  return (
    previous === undefined ||
    isSentenceInitial(text, token.start) ||
    DETERMINERS.has(previous.lower) ||
    /[,;:(]\s*$/.test(text.slice(previous.end, token.start))
  );
}

/**
 * Prefixes that make a hyphenated word a plain label or turn its last part around: "anti-racist",
 * "non-partisan", "neo-Nazi", "no-nonsense", "ex-con", "pro-gun".
 */
const LABEL_PREFIXES = new Set(
  'anti non no neo ex pro counter post pre semi un de re co mid inter multi pan sub trans'.split(' '),
);
/** Fixed trade terms whose last part is a listed verb form in another sense. */
const FIXED_COMPOUNDS = new Set(['ride-hailing']);
/** First parts that make a dramatic verb literal ("hurricane-ravaged", "war-torn", "fire-gutted"). */
const COMPOUND_LITERAL_FIRST = new Set(['war', 'conflict', 'battle', 'virus']);
/**
 * A last part shorter than this is too often an abbreviation or a fragment to read on its own ("Joy-Con",
 * "oil-rig", "flu-jab"), unless it is an epithet: a name-calling noun keeps its verdict whatever stands before
 * it ("eco-mob", "Twitter-mob"), as the four-letter plural already did ("eco-mobs").
 */
const COMPOUND_LAST_MIN_LETTERS = 4;

/**
 * The lexicon terms of a hyphenated word that is not listed itself, through its last part: a listed word keeps
 * its verdict inside a compound ("liberal-bashing", "often-incompetent", "Trump-loving", "once-beloved",
 * "self-destructive"). Not after a labelling prefix ("anti-fascist"), nor a dramatic verb after a physical or
 * military first part ("hurricane-ravaged", "war-shattered"): those are literal.
 */
function compoundTerms(index: LexiconIndex, word: string): readonly LexiconTerm[] | undefined {
  if (!word.includes('-') || FIXED_COMPOUNDS.has(word)) return undefined;
  const parts = word.split('-');
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  // A number first is a measure ("an 800-pound gorilla"), not a verdict.
  if (LABEL_PREFIXES.has(first) || /^\d/.test(first)) return undefined;
  const short = last.length < COMPOUND_LAST_MIN_LETTERS;
  const terms = index
    .get(last)
    ?.filter((term) => term.words.length === 1 && (!short || term.reason === 'epithet'));
  if (!terms || terms.length === 0) return undefined;
  if (MOB.test(last) && isPlainMob(parts[parts.length - 2] ?? '', '')) return undefined;
  if (
    PHYSICAL_SENSE_VERB.test(last) &&
    parts.slice(0, -1).some((part) => PHYSICAL_NOUN.has(part) || COMPOUND_LITERAL_FIRST.has(part))
  )
    return undefined;
  return terms;
}

function regionOf(regions: readonly Span[], start: number, end: number): number {
  for (let index = 0; index < regions.length; index++) {
    const region = regions[index];
    if (region && start >= region.start && end <= region.end) return index;
  }
  return -1;
}

/** True when the token at `start` begins a sentence (only spaces, quotes or brackets after a stop before it). */
function isSentenceInitial(text: string, start: number): boolean {
  for (let index = start - 1; index >= 0; index--) {
    const char = text[index] ?? '';
    if (/[\s"“‘'([—–-]/.test(char)) continue;
    return /[.!?:]/.test(char);
  }
  return true;
}

/**
 * True for a headline set in title case ("Senator Slams Reckless Harbour Plan") or all in capitals: most words
 * capitalised, so a capital letter no longer marks a proper name. Counted on words of four letters or more, since headlines often
 * leave short function words in lower case; a short name alone ("The Brave Harbour Trust met.") is too few words
 * to tell.
 */
function isTitleCase(text: string, tokens: readonly { lower: string; upper: boolean }[]): boolean {
  // Set all in capitals ("ECO-MOB BOOTED OFF FELL"), no word is marked as a name; a word or two alone may be
  // an acronym or a name ("NATO", "PATRIOT ACT").
  if (tokens.length >= ALL_CAPS_MIN_WORDS && /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text)) return true;
  const long = tokens.filter((token) => token.lower.length >= 4);
  if (long.length < TITLE_CASE_MIN_WORDS) return false;
  return long.filter((token) => token.upper).length >= TITLE_CASE_SHARE * long.length;
}

function isScareQuote(text: string, region: Span): boolean {
  if (!/["“‘]/.test(text[region.start] ?? '') || !/["”’]/.test(text[region.end - 1] ?? '')) return false;
  const inner = text.slice(region.start + 1, region.end - 1).trim();
  if (inner === '' || /[.!?,;:]/.test(inner)) return false;
  const words = inner.match(WORD) ?? [];
  if (words.length === 0 || words.length > SCARE_QUOTE_MAX_WORDS) return false;
  // All words capitalised: a title, a name or a slogan being named, not a doubted word.
  if (words.every((word) => UPPER_START.test(word))) return false;
  const before = text.slice(Math.max(0, region.start - 100), region.start);
  return !SPEECH_CUE.test(before) && !REACTION_CUE.test(before);
}

/**
 * Finds loaded words in a text with the project's lexicons, plus scare quotes. `regions` (quoted stretches, in
 * the text's offsets) may be given when the caller knows them better, e.g. a quotation opened in an earlier
 * sentence. Words that look like part of a
 * proper name (capitalised, beside another capitalised word, not at a sentence start: "Patriot Act", "Hero
 * Award") are skipped.
 */
export function findLoadedSpans(
  text: string,
  options: { regions?: readonly Span[]; index?: LexiconIndex } = {},
): FoundLoaded {
  const regions = options.regions ? [...options.regions] : findQuotedRegions(text);
  const index = options.index ?? LEXICON_INDEX;
  const spans: FoundSpan[] = [];
  const tokens: { start: number; end: number; lower: string; upper: boolean }[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({
      start: match.index,
      end: match.index + match[0].length,
      lower: match[0].toLowerCase().replace(/’/g, "'"),
      upper: UPPER_START.test(match[0]),
    });
  }
  const titleCase = isTitleCase(text, tokens);
  const reported = findReportedCharacterisations(text);
  for (let position = 0; position < tokens.length; position++) {
    const token = tokens[position];
    if (!token) continue;
    const listed = index.get(token.lower);
    const terms = listed ?? compoundTerms(index, token.lower);
    if (!terms) continue;
    // In a compound the first part is often a name ("Velmar-bashing"): the last part says whether it is one.
    const upper = listed
      ? token.upper
      : UPPER_START.test(text.slice(text.lastIndexOf('-', token.end - 1) + 1));
    for (const term of terms) {
      const count = term.words.length;
      let matches = true;
      for (let offset = 1; offset < count; offset++) {
        if (tokens[position + offset]?.lower !== term.words[offset]) {
          matches = false;
          break;
        }
      }
      if (!matches) continue;
      if (count === 1 && upper && !titleCase && !isSentenceInitial(text, token.start)) {
        const previous = tokens[position - 1];
        const next = tokens[position + 1];
        if ((previous?.upper ?? false) || (next?.upper ?? false)) break;
      }
      if (count === 1 && isPhysicalSense(tokens, position, term.reason)) break;
      if (count === 1 && isLiteralClaim(tokens, position)) break;
      if (count === 1 && isPlainNoun(tokens, position)) break;
      if (count === 1 && isLiteralPoison(tokens, position)) break;
      if (count === 1 && isPlainSense(tokens, position)) break;
      if (isViolentAttack(tokens, position, count)) break;
      if (isDesignation(tokens, position, term.reason)) break;
      if (count === 1 && MODIFIER_ONLY.test(token.lower) && !isTabloidModifier(text, tokens, position)) break;
      let { reason, weight, neutral } = term;
      if (count === 1 && MONSTER.test(token.lower)) {
        const sense = monsterSense(text, tokens, position);
        if (sense === 'literal') break;
        if (sense === 'modifier') {
          reason = 'intensifier';
          weight = INTENSIFIER_WEIGHT;
          neutral = undefined;
        }
      }
      const last = tokens[position + count - 1] ?? token;
      const spanText = text.slice(token.start, last.end);
      const region = regionOf(regions, token.start, last.end);
      const by =
        region < 0
          ? reported.find((stretch) => token.start >= stretch.start && last.end <= stretch.end)
          : undefined;
      spans.push({
        start: token.start,
        end: last.end,
        text: spanText,
        reason,
        note: explainLoaded(spanText, reason, neutral, by?.speaker, 'reported'),
        weight,
        neutral,
        region,
        ...(by === undefined ? {} : { reported: by }),
      });
      position += count - 1;
      break;
    }
  }
  for (const region of regions) {
    if (!isScareQuote(text, region)) continue;
    const spanText = text.slice(region.start, region.end);
    spans.push({
      start: region.start,
      end: region.end,
      text: spanText,
      reason: 'scare-quotes',
      note: explainLoaded(spanText, 'scare-quotes'),
      weight: SCARE_QUOTE_WEIGHT,
      neutral: undefined,
      region: -1,
    });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return { spans, regions };
}

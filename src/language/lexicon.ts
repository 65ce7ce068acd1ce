/*
 * Word lists for the rule-based passes. Data, not logic: extend them here. All entries lower case.
 * Built by hand from style guides (AP Stylebook title rules) and the reporting verbs of PARC 3.0's guidelines;
 * not fitted to any evaluation set.
 */

function set(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/));
}

/** The words and each with "ex-" in front: "ex-mayor" is the office "former mayor" in one word. */
function withExForms(words: ReadonlySet<string>): ReadonlySet<string> {
  return new Set([...words, ...[...words].filter((word) => !word.includes('-')).map((word) => `ex-${word}`)]);
}

/** Titles written before a name ("President", "Sen.", "Secretary", "Ex-mayor"); periods dropped. */
export const TITLE_WORDS = withExForms(
  set(`
  president vice mr mrs ms miss dr prof sir dame lord lady gen general sen senator rep representative gov governor
  lt col colonel sgt capt captain adm admiral maj major brig rev reverend hon pres amb ambassador atty attorney
  secretary minister premier chancellor mayor judge justice pope king queen prince princess sheikh emir
  ayatollah commissioner chairman chairwoman chair chief director speaker leader envoy officer commander
  congressman congresswoman councilman councilwoman councilor sheriff superintendent spokesman spokeswoman
  spokesperson deputy assistant undersecretary treasurer comptroller prosecutor inspector marshal bishop
  cardinal rabbi imam father sister brother pastor chancellor dean provost trustee delegate candidate nominee
  ceo cfo coo founder chairperson president-elect vice-president former acting interim ag
`),
);

/**
 * Abbreviated titles before a name ("Gen.", "Sen.", "Amb."), periods dropped: a capitalised word after one of
 * these starts a person's name; they are never part of it.
 */
export const TITLE_ABBREVIATIONS = set(`
  mr mrs ms dr gen sen rep gov lt col sgt capt adm maj rev hon amb atty prof pres brig cmdr
`);

/** Abbreviations that open a place's name, written with a period: "St. Clement", "Mt. Arlen", "Ft. Hale". */
export const PLACE_ABBREVIATIONS = set('st ste mt ft pt');

/** Honorifics that are not worth keeping as labels. */
export const HONORIFICS = set('mr mrs ms miss dr sir dame');

/** Nouns that name a role or occupation: the head of a label ("special envoy", "opposition leader", "ex-mayor"). */
export const ROLE_NOUNS = withExForms(
  set(`
  president leader envoy diplomat official officials minister secretary senator governor mayor spokesman
  spokeswoman spokesperson ambassador general commander chief head director chairman chairwoman chair
  candidate nominee frontrunner front-runner rival opponent challenger ally allies adviser advisor aide
  negotiator lawmaker legislator congressman congresswoman representative delegate activist analyst expert
  economist professor scientist researcher lawyer attorney prosecutor judge justice investigator officer
  agent soldier host anchor journalist reporter correspondent editor columnist writer author businessman
  businesswoman billionaire magnate executive founder owner investor broker developer donor strategist
  pollster consultant manager operative staffer campaigner supporter critic hopeful incumbent successor
  predecessor premier chancellor king queen prince princess monarch emperor cleric pastor bishop rabbi imam
  priest pope commissioner inspector sheriff governor-elect president-elect member members founder
  co-founder veteran mother father son daughter wife husband brother sister widow student teacher doctor
  nurse resident residents voter voters worker workers farmer official representative counsel director
  coordinator organizer organiser chairperson speaker whip ceo cfo player coach star actor actress singer
  comedian musician figure personality mogul tycoon heir heiress baron boss kingpin dictator strongman
  tyrant autocrat despot warlord regime junta thug demagogue councillor councilor councilman councilwoman
  alderman alderwoman magistrate treasurer registrar clerk auditor trustee warden superintendent captain
  lieutenant sergeant colonel commissioner spokesperson campaigner reformer reformist challenger contender
  deputy producer publicist nephew niece uncle aunt cousin grandson granddaughter grandfather grandmother
  stepson stepdaughter stepfather stepmother widower fiance fiancee fiancé fiancée photographer filmmaker
  designer architect skipper pilot fisherman firefighter
  epidemiologist nutritionist dietitian dietician physician surgeon oncologist cardiologist virologist
  immunologist toxicologist pharmacologist pharmacist statistician biostatistician psychiatrist psychologist
  paediatrician pediatrician neurologist gastroenterologist dermatologist radiologist midwife paramedic
  clinician biologist chemist physicist geologist ecologist
`),
);

/**
 * Nouns of kinship: a person introduced by one ("His daughter Ana Roth", "his nephew") is a relative of someone
 * in the story, and a bare surname they share with that someone is rarely theirs (see findEntities).
 */
export const KIN_NOUNS = set(`
  mother father son daughter wife husband brother sister widow widower nephew niece uncle aunt cousin grandson
  granddaughter grandfather grandmother stepson stepdaughter stepfather stepmother fiance fiancee fiancé fiancée
  sibling siblings sons daughters parents children
`);

/** Role nouns that carry a judgement: reported as epithets (what one outlet calls someone, another not). */
export const EPITHETS = set(`
  dictator strongman tyrant autocrat despot warlord regime junta thug demagogue kingpin puppet crook
  criminal terrorist extremist radical zealot firebrand agitator usurper
`);

/** Modifiers that appear inside labels ("former", "top", "special"). */
export const LABEL_MODIFIERS = set(`
  former top senior chief special deputy acting interim longtime long-time veteran self-proclaimed
  self-declared de facto then current new outgoing incoming embattled ousted exiled jailed opposition
  presidential political economic foreign national state federal local regional international military
  civilian republican democratic conservative liberal socialist communist leftist rightist populist
  independent government administration party campaign white house television tv radio news press
  chief executive managing executive general human rights legal financial trade security intelligence
  defense defence justice treasury health labor labour energy interior environmental policy former-
  first second third leading prominent influential powerful wealthy billionaire millionaire retired
  associate assistant lead principal vice high-ranking high ranking top-ranking anti-government pro-government
  american russian chinese cuban british french german mexican venezuelan
`);

/** Head words of organisation names ("State Department", "Socialist Party", "Cartel de los Soles"). */
export const ORG_HEADS = set(`
  department ministry agency administration office bureau service services commission committee council
  board authority court congress senate house parliament assembly cabinet government party union league
  association federation alliance coalition movement front organization organisation institute institution
  foundation fund trust university college school academy hospital bank reserve exchange company corporation
  corp inc co ltd llc plc group holdings partners industries airlines airways motors press times post news
  journal herald tribune gazette review network channel radio television magazine daily weekly network
  army navy force forces guard police military command corps cartel gang church mosque synagogue club team
  campaign center centre caucus nations union commission council fbi cia nsa un nato eu opec
  chamber terminals line lines rail railway railways ferries report bulletin café cafe hotel restaurant
  polymers chemicals plastics metals foods pharmaceuticals systems technologies logistics textiles materials
  minerals laboratories labs enterprises ventures shipping mining forum society collective initiative
  courier chronicle observer dispatch sentinel examiner inquirer telegraph
`);

/** Heads of organisation names that are also surnames ("Michelle Branch", "Heath Ledger"): weaker evidence. */
export const WEAK_ORG_HEADS = set('branch ledger');

/**
 * Common nouns that name an organisation: before a name ("the textile firm X", "the operator, X") or heading an
 * appositive after it ("X, a family firm"), they say the name is an organisation.
 */
export const ORG_NOUNS = set(`
  company companies firm firms operator operators business businesses mill mills maker manufacturer supplier
  retailer chain charity group union agency broadcaster station newspaper paper programme program publisher
  carrier airline insurer lender contractor consultancy factory plant brand club employer
`);

/**
 * Lower-case nouns that head what a text calls an organisation, before its name or after it: "the militant group
 * Hamas", "Los Zetas, a drug cartel,", "a separatist militia called the Northern Front", "the think tank X"
 * ("tank" counts after "think" only). Singular only: "the rebel groups X and Y" names two.
 */
export const GROUP_NOUNS = set(`
  group organisation organization party militia cartel gang syndicate faction movement network outfit sect cult
  alliance coalition federation union association confederation league bloc caucus lobby charity nonprofit
  non-profit foundation trust watchdog regulator body institute consortium collective cooperative co-operative
  brotherhood guerrilla insurgency paramilitary brigade battalion company firm conglomerate corporation
  multinational giant startup start-up subsidiary business bank lender insurer airline operator retailer chain
  maker manufacturer publisher broadcaster newspaper tabloid broadsheet daily weekly magazine website outlet
  agency channel club team tank think-tank thinktank
`);

/**
 * Group nouns that say no more than that the name is an organisation: "the group Hamas", "the company X", "the
 * party X". Alone they tell a reader nothing of how an outlet sees it, so they are kept as labels only with a
 * word in front ("the far-right party").
 */
export const GENERIC_GROUP_NOUNS = set(`
  group organisation organization party movement company firm business corporation body outfit association
  union network agency newspaper broadcaster channel outlet website magazine publisher daily weekly club team
  bank
`);

/**
 * Words in "-ed" and "-ing" that describe an organisation before its group noun ("the banned group", "the ruling
 * party"); any other such word before one is read as a verb ("Police raided rebel group X").
 */
export const GROUP_PARTICIPLES = set(`
  armed banned outlawed proscribed listed designated registered licensed sanctioned organised organized united
  unnamed alleged suspected disbanded embattled beleaguered ousted exiled jailed fledgling ruling governing
  leading opposing emerging ailing struggling rising fledgling
`);

/**
 * Singular nouns for people that, in the plural, head a group's name ("Harbour Workers", "Critics"), beyond
 * the role nouns: a person's own name does not end in one of these plurals.
 */
export const MEMBER_NOUNS = set(`
  worker driver docker dockworker engineer haulier miner grower fisher tenant volunteer parent passenger
  shopper trader builder weaver insider commuter homeowner landlord employee pensioner patient friend
  neighbour neighbor citizen knight family guardian keeper survivor shopkeeper grocer publican fisherman mum
  dad grandmother grandfather retiree motorist pedestrian
`);

/**
 * Plural nouns for people that head the names of societies and groups, "<Plural> of <Name>": "Friends of the
 * Marsh", "Sisters of Mercy", "Veterans of Harlow Street". They name a group even at the start of a sentence,
 * where other plurals ("Workers of the plant") are common nouns.
 */
export const GROUP_NAME_HEADS = set(`
  friends sisters brothers sons daughters mothers fathers veterans knights children women men guardians
  keepers neighbours neighbors families survivors
`);

/** Capitalised words that are common words, not names, when they open a sentence or stand alone. */
export const COMMON_CAPITALISED = set(`
  the a an and or but so yet for nor if then than that this these those there here he she it they we i you
  his her its their our my your him them us me who whom whose which what when where why how all any both
  each every few many more most much no none not some such only own same other another one two three four
  five six seven eight nine ten first second third last next in on at by to from of with without
  about above across after against along among around as before behind below beneath beside between beyond
  during except inside into like near off onto out outside over past since through throughout toward towards
  under until up upon within also still however meanwhile moreover furthermore nevertheless nonetheless
  instead otherwise indeed perhaps maybe yes no not now today tonight yesterday tomorrow while although
  though because unless whether once even just never always often sometimes already again ago later earlier
  soon hours days weeks months years asked according said says told is was are were be been being have has
  had do does did will would can could should may might must shall let let's it's that's there's he's
  she's we're they're i'm i've we've they've don't doesn't didn't won't can't isn't wasn't aren't weren't
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december mr mrs ms many several despite amid following regarding
  sure well oh okay ok thank thanks please dear sources source officials photo image video getty images
  advertisement related read watch click subscribe follow share comment comments editor's note update
  updated breaking exclusive opinion analysis nobody everyone everybody someone somebody anyone anybody
  nothing everything something anything whatever whoever
`);

/** Pronouns that can be the source of a quote and need resolving. */
export const PERSON_PRONOUNS = set('he she him her his hers himself herself');

/** Pronouns and relatives a quote source can be, beyond names and noun phrases. */
export const SOURCE_PRONOUNS = set('he she they i we you it who which that this those these one someone');

/** Place names used to type entities (countries, US states, frequent capitals and cities). */
export const PLACES = set(`
  afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain bangladesh
  belarus belgium bolivia bosnia brazil bulgaria burma cambodia cameroon canada chile china colombia congo
  croatia cuba cyprus czechia denmark ecuador egypt eritrea estonia ethiopia finland france georgia germany
  ghana greece guatemala haiti honduras hungary iceland india indonesia iran iraq ireland israel italy
  jamaica japan jordan kazakhstan kenya korea kosovo kuwait laos latvia lebanon libya lithuania luxembourg
  malaysia mali malta mexico moldova mongolia montenegro morocco mozambique myanmar namibia nepal netherlands
  nicaragua niger nigeria norway oman pakistan palestine panama paraguay peru philippines poland portugal
  qatar romania russia rwanda serbia singapore slovakia slovenia somalia spain sudan sweden switzerland syria
  taiwan tajikistan tanzania thailand tunisia turkey turkmenistan uganda ukraine uruguay uzbekistan
  venezuela vietnam yemen zambia zimbabwe britain england scotland wales europe asia africa america
  americas antarctica arctic caribbean gaza crimea kashmir tibet
  alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois
  indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
  missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia
  washington wisconsin wyoming
  caracas havana bogota lima quito santiago brasilia moscow beijing tokyo seoul delhi kabul baghdad tehran
  damascus beirut jerusalem cairo riyadh dubai istanbul ankara kyiv kiev minsk warsaw berlin paris london
  madrid rome lisbon brussels amsterdam vienna geneva athens ottawa toronto montreal chicago boston
  houston dallas atlanta miami philadelphia detroit seattle denver phoenix milwaukee cleveland pittsburgh
  baltimore orlando tampa reno manchester columbia trenton pasadena
`);

/** Multi-word place names (lower case). */
export const PLACE_PHRASES = set(`
  united_states united_kingdom new_york new_jersey new_hampshire new_mexico north_carolina south_carolina
  north_dakota south_dakota west_virginia rhode_island north_korea south_korea saudi_arabia south_africa
  el_salvador costa_rica puerto_rico new_zealand sri_lanka hong_kong latin_america middle_east
  los_angeles san_francisco san_diego las_vegas new_orleans mexico_city buenos_aires sao_paulo rio_de_janeiro
  washington_d.c. st._louis st._paul white_house capitol_hill wall_street
`);

/** Adjectives of nationality or origin: labels, not entities ("Venezuelan President"). */
export const DEMONYMS = set(`
  american venezuelan cuban russian chinese british english french german italian spanish mexican canadian
  brazilian colombian argentine argentinian chilean peruvian ecuadorian bolivian iranian iraqi syrian israeli
  palestinian egyptian saudi turkish ukrainian polish japanese korean indian pakistani afghan african
  european asian latin arab muslim christian jewish catholic hispanic republican democratic democrat
  republicans democrats socialist communist western eastern northern southern
`);

/** Reporting verbs, each surface form: the cue of an attribution. */
export const CUE_VERBS = set(`
  say says said saying tell tells told telling add adds added adding write writes wrote writing written
  ask asks asked asking note notes noted noting report reports reported reporting announce announces announced
  announcing suggest suggests suggested suggesting tweet tweets tweeted tweeting argue argues argued arguing
  explain explains explained explaining continue continues continued declare declares declared declaring
  acknowledge acknowledges acknowledged acknowledging claim claims claimed claiming insist insists insisted
  insisting warn warns warned warning respond responds responded responding reply replies
  replied replying recall recalls recalled recalling predict predicts predicted predicting concede concedes
  conceded conceding admit admits admitted admitting contend contends contended contending maintain maintains
  maintained assert asserts asserted asserting deny denies denied denying confirm confirms confirmed
  confirming stated observe observes observed remark remarks remarked emphasize emphasizes emphasized emphasise
  emphasised stress stresses stressed complain complains complained complaining boast boasts boasted
  joke jokes joked quip quips quipped exclaim exclaimed shout shouted yell yelled wonder wonders wondered
  promise promises promised promising vow vows vowed vowing pledge pledges pledged urge urges urged urging
  allege alleges alleged alleging accuse accuses accused accusing testify testifies testified conclude
  concludes concluded post posts posted posting write-in believe believes believed think thinks thought
  agree agrees agreed disagree disagreed caution cautions cautioned mused muse muses reiterate reiterated
  reiterates predicted indicate indicates indicated hint hinted hints revealed reveal reveals disclosed
  disclose estimated estimate estimates questioned question questions demanded demand demands charged
  countered counter counters lamented lament laments acknowledged wrote reckoned suggest
  told informed inform informs assured assure assures advised advise advises quoted
  fumed raged retorted sighed
  grovelled groveled gushed sobbed seethed moaned wailed bragged ranted whined spluttered blurted
`);

/** Verbs that take the addressee as object before the content ("told reporters that ..."). */
export const ADDRESSEE_VERBS = set(`
  tell tells told telling ask asks asked asking inform informs informed assure assures assured advise advises
  advised warn warns warned urge urges urged remind reminds reminded promise promises promised
`);

/** Words between subject and cue that belong to the cue ("has also said", "would later say"). */
export const CUE_AUXILIARIES = set(`
  has have had also later previously repeatedly once then recently would will could might may has've 'd
  already earlier further again publicly privately reportedly allegedly flatly simply quickly immediately
  initially first unequivocally bluntly
`);

/** Head nouns of a quote's setting: "in an interview", "in a national broadcast", "at a rally". */
export const CONTEXT_NOUNS = set(`
  interview interviews broadcast statement statements speech address rally conference news briefing email
  e-mail letter tweet tweets post video op-ed memo hearing debate podcast appearance meeting event
  television radio tv show program programme call phone conversation testimony remarks sermon town hall
  announcement message book editorial column blog facebook twitter instagram youtube forum summit session
  lecture ceremony visit trip tour press release documents filing court report
`);

/** Capitalised words that belong to organisation or office names, never to a person's own name. */
export const NAME_BREAKERS = set(`
  rights affairs state states human national united federal international general public foreign homeland
  defense defence treasury republic democratic republican socialist world global security justice health
  development commerce energy education labor labour transportation agriculture interior veterans
  intelligence central high supreme district circuit appeals county city town village river lake mount
  street avenue road square park bridge tower hall palace airport station university college school
  institute center centre museum library hospital church cathedral mosque temple award awards prize
  act bill law treaty accord agreement plan program programme initiative project operation war battle
  crisis day week month year season festival games cup championship series league conference summit
  committee council commission
`);

/**
 * Verbs of stance, belief, evaluation and intention. PARC-style attribution counts them too ("Clinton called
 * the deal historic", "polls show", "he wants to"), so they are cues, but only after an explicit subject.
 */
export const STANCE_VERBS = set(`
  call calls called calling describe describes described describing show shows showed showing finds
  found support supports supported supporting want wants wanted hope hopes hoped see sees saw know knows
  knew seek seeks sought criticize criticizes criticized criticizing criticise criticised endorse endorses
  endorsed endorsing cite cites cited citing propose proposes proposed praise praises praised praising
  oppose opposes opposed express expresses expressed defend defends defended plan plans planned refuse
  refuses refused backed list listed blame blames blamed dismiss dismissed reject rejects
  rejected welcome welcomed condemn condemns condemned attack attacked slam slammed blast blasted blasting
  mock mocked mocking decline declines declined fear fears feared expect expects expected consider
  considers considered feel feels felt doubt doubts doubted recommend recommended vowed threaten threatened
  threatens accuse accused label labeled labelled labelling labeling dubbed dubbing brand branded branding applaud applauded lambast lambasted
  touted tout touts view views viewed prefer prefers preferred favor favors favored
  citing blaming accusing urging describing praising attacking questioning dismissing rejecting
  vowing promising pledging warning arguing insisting acknowledging
  pointed points offered offers issued released talked mentioned mentions compared echoed echoes shared
  answered focused reminded requested repeated published learned named
  denounced denounces denouncing highlighted highlights implied implies discussed apologized decried hailed
  hails recounted signaled signalled worried decided
  thanked thanking ordered encouraged invoked invoking assailed assails assailing retweeted retweets
  retweeting chanted chanting deemed deems portrayed portrays portraying identified emailed pushed challenged
  discussing discusses mentioning offering hoping proposing signed
  voiced bemoaned bemoans bemoaning stating repeating referenced referencing interjected speculated speculates
  speculating congratulated congratulates congratulating touting slams remembered remembers remembering
  underscored underscores underscoring articulated reminding reminds opposing defending outlined outlines
  outlining championed contrasting likened likens advocated advocating advising attributed
  embraces embracing fearing noticed coined believing mention discuss portray offer advocate
  seeking planning considering
  pressed trumpeting trumpeted distanced proclaimed proclaims vouched elaborated emphasizing applauding
  disputed lectured pronounced bristled uttered quoting blasts rips ripped slamming paints painted credited
  cheered protested envisioned comparing expecting alluded alluding
`);

/**
 * Past forms of common verbs that do not end in -ed ("sent", "put", "drove", "said"), which a test for -ed misses.
 * Some are also bare or present forms ("put", "set", "let") or nouns ("lay", "beat"): callers read them as verbs
 * only where they look for one. Shared by compare/ (finite verbs of saying after an appositive) and summary/ (a
 * verb in a stretch of a headline).
 */
export const IRREGULAR_PAST = set(`
  said told wrote thought knew saw felt found sought sent put drove tore fled ran hit cut set held took gave
  struck shot led kept brought began broke burst spread sold paid built chose threw spoke stood fought caught
  bought beat drew flew froze grew hung laid lay lit meant rang shook shut sank spent stole stuck swept swore
  taught woke withdrew quit let
`);

/**
 * Verb and particle pairs that form one cue ("called for", "pointed out", "referring to"), as verb_particle.
 * PolNeAR marks the particle as part of the cue; the verb alone is a cue only when listed above.
 */
export const CUE_PARTICLES = set(`
  call_for calls_for called_for calling_for call_on calls_on called_on calling_on
  refer_to refers_to referred_to referring_to
  talk_about talks_about talked_about talking_about spoke_about speaks_about speaking_about
  point_out points_out pointed_out pointing_out point_to points_to pointed_to pointing_to
  focus_on focuses_on focused_on focusing_on
  asked_about asking_about asked_for
  respond_to responds_to responded_to responding_to
  railed_against rails_against warned_of warns_of
  laid_out lays_out lashed_out spoke_of speaks_of
  called_upon calls_upon called_out calls_out calling_out
  shot_back shoots_back fired_back fires_back pushed_back pushes_back hit_back hits_back
  sided_with sides_with agreed_with agrees_with disagreed_with disagrees_with
  weighed_in weighs_in chimed_in chimes_in spoke_out speaks_out spoken_out went_after goes_after
  balked_at balks_at apologized_for apologizes_for shrugged_off shrugs_off brushed_off brushes_off
  played_down plays_down commented_on commenting_on comments_on touched_on touches_on hinted_at hints_at
  hinting_at sent_out responded_with
`);

/** The verbs of `CUE_PARTICLES`, for a cheap first test. */
export const PARTICLE_VERBS: ReadonlySet<string> = new Set(
  [...CUE_PARTICLES].map((pair) => pair.slice(0, pair.indexOf('_'))),
);

/** Last words that make a name a place: "Kestrel Falls", "Marrow Bay", a venue ("Marlow Theatre"). Rarely a surname. */
export const PLACE_HEADS = set(`
  falls springs city town township village harbour harbor heights valley lake lakes creek county island
  islands isle mountains canyon cove quay estate district province basin dam square avenue road boulevard
  street junction peninsula delta docks wharf river reservoir borough parish municipality station crossing
  gardens terrace plaza pier tunnel motorway highway bypass estuary canal quarry viaduct marina
  promenade embankment
  theatre theater stadium arena auditorium coliseum amphitheatre amphitheater ballpark cinema airport
  cathedral courthouse
`);

/** Last words of place names that are also surnames ("Michael Bay", "Tom Ridge"): weaker evidence. */
export const WEAK_PLACE_HEADS = set(`
  bay hill hills lane woods park marsh heath field fields ridge point bridge beach forest moor coast glen
  port mill mills farm way drive crescent
`);

/** First words that open a place name: "Ciudad Bolívar", "Port Alder", "Mount Orrin". */
export const PLACE_PREFIXES = set(`
  ciudad port puerto porto mount mt lake fort cape isla rio santa santo sao são villa saint
`);

/** First words of place names that are also names or plain adjectives ("North Basin"): weaker evidence. */
export const WEAK_PLACE_PREFIXES = set('north south east west upper lower greater san');

/**
 * Words right before a name that put it in a place: "in Kestrel Falls", "near Port Alder", "on Mill Lane". Not
 * "from": "a statement from Tavon Woods" is as common as "from Ashby Woods".
 */
export const PLACE_PREPOSITIONS = set(
  'in on near outside across throughout around at into towards toward along past beyond',
);

/**
 * Prepositions of place that are seldom said of a person ("near Kettering", "outside Orvik"), unlike "in"
 * ("confidence in X") or "from" ("a letter from X"): evidence of a place by themselves, outweighed by person
 * evidence.
 */
export const NEAR_PREPOSITIONS = set('near outside');

/** Nouns before "of" that make the name after it a place: "residents of", "the outskirts of". */
export const PLACE_OF_NOUNS = set(`
  residents people citizens town city village outskirts suburbs centre center heart streets edge mayor
  north south east west part parts district county
`);

/** Words right after a name that make it a place: "Kestrel Falls residents", "the Port Alder area". */
export const PLACE_FOLLOWERS = set(`
  residents resident locals neighbourhood neighborhood area region district suburb suburbs council
  waterfront
`);

/** True for a word written before a name as a title ("mayor", "leader", "sheriff"): an office, not a description. */
export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word) || TITLE_ABBREVIATIONS.has(word);
}

/**
 * True when a lower-case word is a title, honorific or role noun ("councillor", "challenger", "mayor"), so
 * that, glued in front of a name, it is a label and not a given name.
 */
export function isRoleWord(word: string): boolean {
  return (
    TITLE_WORDS.has(word) ||
    TITLE_ABBREVIATIONS.has(word) ||
    HONORIFICS.has(word) ||
    ROLE_NOUNS.has(word) ||
    EPITHETS.has(word) ||
    LABEL_MODIFIERS.has(word)
  );
}

/**
 * True when a lower-case word is the plural of a noun for people ("workers", "critics", "drivers"): the head of a
 * group's name, never the end of a person's own name.
 */
export function isPluralMemberNoun(word: string): boolean {
  if (word.length < 4 || !word.endsWith('s') || /(?:ss|us|is)$/.test(word)) return false;
  const singulars = [word.slice(0, -1), word.slice(0, -2), `${word.slice(0, -3)}y`];
  return singulars.some((singular) => ROLE_NOUNS.has(singular) || MEMBER_NOUNS.has(singular));
}

/**
 * The noun a "<noun>-of-<number>" compound describes a person by ("mother-of-two" -> "mother", "mum-of-three" ->
 * "mum"); any other word as it is.
 */
export function compoundHead(word: string): string {
  return /^(\p{L}+)-of-\p{L}+$/u.exec(word)?.[1] ?? word;
}

/** True for a verb of saying or of stance in any of its listed forms ("called", "says", "praised"). */
export function isVerbWord(word: string): boolean {
  const lower = word.toLowerCase();
  return CUE_VERBS.has(lower) || STANCE_VERBS.has(lower);
}

/**
 * Reporting verbs whose subject is as often a study, a document or a count as a person ("research reveals", "the
 * figures suggest", "polls show"), or whose content is no account of the speaker's ("asked", "continued"): their
 * content is not reliably someone's words.
 */
const EVIDENCE_VERBS = set(`
  reveal reveals revealed disclose disclosed report reports reported reporting indicate indicates indicated
  suggest suggests suggested suggesting estimate estimates estimated continue continues continued question
  questions questioned ask asks asked asking demand demands demanded post posts posted posting quoted
  confirm confirms confirmed confirming predict predicts predicted predicting
`);

/**
 * True for a verb that reports what a person or group said or thinks ("said", "told", "argues", "insisted"), in any
 * case; not a verb of evidence ("revealed", "suggests"), which studies and figures take as often as people.
 */
export function isSayingVerb(word: string): boolean {
  const lower = word.toLowerCase();
  return CUE_VERBS.has(lower) && !EVIDENCE_VERBS.has(lower);
}

/** True for a past form that does not end in -ed ("sent", "told", "drove"), in any case. */
export function isIrregularPast(word: string): boolean {
  return IRREGULAR_PAST.has(word.toLowerCase());
}

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { LOADED_SCORE_MIN, scoreLoadedText } from './score-loaded-text.js';

function reasonsOf(text: string): string[] {
  return scoreLoadedText(text).spans.map((span) => `${span.text}:${span.reason}`);
}

test('each reason is found in an invented sentence', () => {
  assert.deepEqual(reasonsOf('The tyrant of Eldoria opened the bridge.'), ['tyrant:epithet']);
  assert.deepEqual(reasonsOf('The plan is utterly new.'), ['utterly:intensifier']);
  assert.deepEqual(reasonsOf('The mayor slammed the harbour budget.'), ['slammed:emotive-verb']);
  assert.deepEqual(reasonsOf('The council called for an audit of the "experts" on the panel.'), [
    '"experts":scare-quotes',
  ]);
  assert.deepEqual(reasonsOf('Senators voted to repeal the death tax on farms.'), [
    'death tax:one-sided-label',
  ]);
  assert.deepEqual(reasonsOf('The minister will clearly resign next week.'), ['clearly:speculation-as-fact']);
  assert.deepEqual(reasonsOf('The ferry timetable was a fiasco.'), ['fiasco:emotive']);
});

test('inflected forms match their base form', () => {
  assert.deepEqual(reasonsOf('She slams, he slammed, they were slamming.'), [
    'slams:emotive-verb',
    'slammed:emotive-verb',
    'slamming:emotive-verb',
  ]);
  assert.deepEqual(reasonsOf('Two tyrants met.'), ['tyrants:epithet']);
  assert.deepEqual(reasonsOf('It ended horrifically.'), ['horrifically:emotive']);
});

test('a neutral sentence is not loaded and has score 0', () => {
  const result = scoreLoadedText('The Eldoria council approved a budget of 4 million crowns on Monday.');
  assert.equal(result.loaded, false);
  assert.equal(result.score, 0);
  assert.deepEqual(result.spans, []);
});

test('one full-weight word makes a sentence loaded, one intensifier alone does not', () => {
  assert.equal(scoreLoadedText('The regime opened a road.').loaded, true);
  assert.equal(scoreLoadedText('The regime opened a road.').score, LOADED_SCORE_MIN);
  assert.equal(scoreLoadedText('The road is completely new.').loaded, false);
  assert.ok(scoreLoadedText('The regime slammed the disastrous plan.').score > LOADED_SCORE_MIN);
});

test('quoted words are listed with speaker "quoted" and do not count toward the score', () => {
  const result = scoreLoadedText('"The plan is a disgrace and a fiasco," the senator said.');
  assert.equal(result.loaded, false);
  assert.ok(result.spans.length >= 2);
  assert.ok(result.spans.every((span) => span.speaker === 'quoted'));
  assert.match(result.spans[0]?.note ?? '', /inside a quotation/);
});

test('quoted phrases after a speech verb or in title case are not scare quotes', () => {
  assert.deepEqual(
    reasonsOf('The ruling party called the vote a "fair result".').filter((item) =>
      item.endsWith('scare-quotes'),
    ),
    [],
  );
  assert.deepEqual(reasonsOf('The band played "Harbour Lights" at noon.'), []);
});

test('capitalised words beside a name are skipped (proper names), sentence-initial ones are not', () => {
  assert.deepEqual(reasonsOf('The Brave Harbour Trust met.'), []);
  assert.deepEqual(reasonsOf('Brave volunteers rebuilt the pier.'), ['Brave:emotive']);
});

test('notes explain the reason and suggest a neutral wording', () => {
  const [span] = scoreLoadedText('The dictator spoke.').spans;
  assert.ok(span);
  assert.match(span.note, /epithet/);
  assert.match(span.note, /president|leader/);
});

test('spans are in bounds and match the text for any input', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (text) => {
      const result = scoreLoadedText(text);
      assert.ok(result.score >= 0 && result.score <= 1);
      for (const span of result.spans) {
        assert.ok(span.start >= 0 && span.end <= text.length && span.start < span.end);
        assert.equal(text.slice(span.start, span.end), span.text);
      }
    }),
  );
  const words = ['the', 'regime', '"', 'slammed', 'very', 'Brave', '‘', '’', 'death', 'tax', ',', '.'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), (parts) => {
      const text = parts.join(' ');
      for (const span of scoreLoadedText(text).spans)
        assert.equal(text.slice(span.start, span.end), span.text);
    }),
  );
});

test("quoted words after a verb of reaction are someone's words, not scare quotes", () => {
  const reaction = scoreLoadedText(
    'The mayor denounced the harbour board for its "secret deals" with shippers.',
  );
  assert.equal(reaction.loaded, false);
  assert.ok(reaction.spans.every((span) => span.reason !== 'scare-quotes'));
  const doubted = scoreLoadedText('The harbour board defended its "reforms" on Monday.');
  assert.ok(doubted.spans.some((span) => span.reason === 'scare-quotes'));
  // Half a hit alone (often a fragment of a quotation named elsewhere); with one more sign, loaded.
  assert.equal(doubted.loaded, false);
  assert.equal(scoreLoadedText('The harbour board clearly defended its "reforms".').loaded, true);
});

test('a loaded verb that is also a noun is flagged only where it must be a verb', () => {
  assert.equal(
    scoreLoadedText('Hail flattened the barley and a gas blast shook the street.').spans.length,
    0,
  );
  assert.deepEqual(
    scoreLoadedText('The mayor blasted the plan and hailed the deal.').spans.map((span) => span.text),
    ['blasted', 'hailed'],
  );
});

test('the larger lexicons: evaluative words, name-calling, attitude adverbs, idioms, doubt "claim that"', () => {
  assert.deepEqual(reasonsOf('The ferry plan was a boondoggle.'), ['boondoggle:emotive']);
  assert.deepEqual(reasonsOf('The harbour master is a buffoon.'), ['buffoon:epithet']);
  assert.deepEqual(reasonsOf('The mayor angrily rejected the audit.'), ['angrily:emotive']);
  assert.deepEqual(reasonsOf('The audit was the death knell for the ferry.'), ['death knell:emotive']);
  assert.deepEqual(reasonsOf('Officials claim that the pier is safe.'), ['claim that:emotive-verb']);
  assert.deepEqual(reasonsOf('The bakers claim a refund.'), []);
  assert.deepEqual(
    reasonsOf('The scandal-hit mayor clung on before throwing in the towel, leaving Caldmere high and dry.'),
    ['scandal-hit:emotive', 'clung on:emotive', 'throwing in the towel:emotive', 'high and dry:emotive'],
  );
});

test('comparatives of short listed adjectives match, other words ending in -er do not', () => {
  assert.deepEqual(reasonsOf('The new tone is brasher and nastier.'), ['brasher:emotive', 'nastier:emotive']);
  assert.deepEqual(reasonsOf('The bunker and the spinner stood by the pier.'), []);
});

test('weak evaluative words and contested terms are half a hit: two make a sentence loaded', () => {
  const one = scoreLoadedText('The council announced a drastic change to the ferry timetable.');
  assert.deepEqual(
    one.spans.map((span) => span.reason),
    ['emotive'],
  );
  assert.equal(one.loaded, false);
  assert.equal(scoreLoadedText('The pro-life group held a rally in Varna.').loaded, false);
  assert.equal(scoreLoadedText('The pro-life group staged a drastic protest.').loaded, true);
});

test('a headline in title case is checked word by word, not skipped as a proper name', () => {
  assert.deepEqual(reasonsOf('Varna Mayor Unveils Reckless Harbour Budget'), ['Reckless:emotive']);
  assert.deepEqual(reasonsOf('The Brave Harbour Trust met.'), []);
});

test('a verb used of a physical event is plain reporting; the same verb used of a policy is loaded', () => {
  for (const literal of [
    'A fire destroyed the grain store at Velm on Tuesday.',
    'The night train derailed after hitting a fallen tree.',
    'The storm wrecked two fishing boats in the harbour.',
  ]) {
    assert.deepEqual(scoreLoadedText(literal).spans, [], literal);
  }
  for (const figurative of [
    'The senator destroyed the harbour bill in committee.',
    'The mayor derailed the budget talks.',
  ]) {
    assert.ok(
      scoreLoadedText(figurative).spans.some((span) => span.reason === 'emotive-verb'),
      figurative,
    );
  }
});

test('clinging to a hull or a rope is literal; clinging to power or office is loaded', () => {
  for (const literal of [
    'Trawler skipper survives eleven hours clinging to hull',
    'The crew clung to the upturned lifeboat until dawn.',
    'A boy was found clinging to a branch above the floodwater.',
  ]) {
    assert.deepEqual(reasonsOf(literal), [], literal);
  }
  for (const figurative of [
    'The mayor is clinging to power after the recount.',
    'Tessa Brann clung on as leader despite the revolt.',
    'The minister clings to his seat.',
  ]) {
    assert.ok(
      scoreLoadedText(figurative).spans.some((span) => /^cl[iu]ng/i.test(span.text)),
      figurative,
    );
  }
});

test('"claim" as a filing, a responsibility or a death toll is literal; "claimed" for "said" still casts doubt', () => {
  for (const literal of [
    'Jobless claims in Velmar fell by 4,000 last week.',
    'First-time claims for unemployment benefits rose to 210,000.',
    'A separatist group claimed responsibility for the blast at the depot.',
    'The flooding in the valley claimed dozens of lives.',
    'The insurers said that last month claims for fires at timber yards reached a ten-year high.',
  ]) {
    assert.deepEqual(reasonsOf(literal), [], literal);
  }
  for (const doubted of [
    'The mayor claimed the ferry was safe.',
    'The harbour board dismissed claims of a cover-up.',
    'The minister claims the budget is balanced.',
  ]) {
    assert.ok(
      scoreLoadedText(doubted).spans.some((span) => span.reason === 'emotive-verb'),
      doubted,
    );
  }
});

test('"tanks" as vehicles or containers and "attack on" a physical target are plain reporting', () => {
  for (const literal of [
    'The parade will include two battle tanks on the harbour road.',
    'A fire damaged three storage tanks at the Velm refinery.',
    'The missile attack on the naval base killed four sailors.',
    'Solvent poured out of a ruptured tank at the works.',
    'Managers had been warned about the ageing tank months ago.',
    'Two people fell ill after fumes drifted over the estate.',
    'A cloud of fumes swept over the houses.',
  ]) {
    assert.deepEqual(reasonsOf(literal), [], literal);
  }
  assert.ok(scoreLoadedText('Shares in the ferry company tanked on Monday.').spans.length > 0);
  assert.ok(scoreLoadedText('The minister fumes at the delay.').spans.length > 0);
  assert.ok(
    scoreLoadedText('The senator kept up her attack on the harbour study.').spans.some(
      (span) => span.text === 'attack on',
    ),
  );
});

test('"toxic" smoke and destroyed stock are plain reporting; a "toxic" debate is not', () => {
  for (const literal of [
    'The burning rolls of cloth gave off dense, toxic smoke over the Orla estuary.',
    'Crews pumped toxic waste out of the flooded basement.',
    'The owner said it was too early to value the stock destroyed.',
  ]) {
    assert.deepEqual(reasonsOf(literal), [], literal);
  }
  assert.ok(scoreLoadedText('The mayor blamed a toxic debate for the low turnout.').spans.length > 0);
});

test('"lies" of a place and "failed" as a plain verb are not loaded; "he lied" and "a failed policy" are', () => {
  for (const plain of [
    'Dunmere lies in the river valley between two lakes.',
    'The union will meet on Thursday if the talks failed.',
  ]) {
    assert.deepEqual(reasonsOf(plain), [], plain);
  }
  for (const loaded of ['He lied about the harbour budget.', 'The mayor defended a failed ferry policy.']) {
    assert.ok(scoreLoadedText(loaded).spans.length > 0, loaded);
  }
});

test('a two-word term written as one hyphenated word is found, and new sneers with it', () => {
  assert.deepEqual(reasonsOf('The board, run by fat-cat director Ivo Brenn, met on Monday.'), [
    'fat-cat:epithet',
  ]);
  assert.deepEqual(reasonsOf('Thieves waltzed into the depot and a red-faced Brenn apologised.'), [
    'waltzed:emotive-verb',
    'red-faced:emotive',
  ]);
});

test('"bribes" taken, paid or charged is the charge, not a verdict; "bribes voters" stays loaded', () => {
  assert.deepEqual(
    reasonsOf('A court jailed the former minister for taking bribes from two ferry firms.'),
    [],
  );
  assert.deepEqual(reasonsOf('Prosecutors said he accepted bribes worth 3 million crowns.'), []);
  assert.deepEqual(reasonsOf('The mayor bribes voters with free bus passes.'), ['bribes:emotive-verb']);
});

test('tabloid figures missed before: an irregular past, a trough idiom, a death trap, a manner adverb', () => {
  for (const [text, word] of [
    ['The harbour chief slunk out of the meeting on Friday.', 'slunk'],
    ['Board members were caught with their snouts in the trough.', 'snouts in the trough'],
    ['Residents call the old pier a death-trap.', 'death-trap'],
    ['Drivers still cross the death trap every morning.', 'death trap'],
    ['The council meekly accepted the ruling.', 'meekly'],
  ] as const) {
    assert.ok(
      scoreLoadedText(text).spans.some((span) => span.text === word),
      `${word} in: ${text} -> ${reasonsOf(text).join(', ')}`,
    );
  }
  // The plain senses stay unflagged.
  assert.deepEqual(reasonsOf('The water trough by the farm gate was replaced.'), []);
});

test('"inferno" and "monster" in tabloid wording are loaded: a monster fire inflates, a monster of a person names', () => {
  assert.deepEqual(reasonsOf('The inferno tore through the Velm valley on Sunday.'), ['inferno:emotive']);
  assert.deepEqual(reasonsOf('Crews fought the monster blaze for three days.'), ['monster:intensifier']);
  assert.deepEqual(reasonsOf('A monster storm is heading for the Orrin coast.'), ['monster:intensifier']);
  assert.deepEqual(reasonsOf('The monster who ran the care home was jailed.'), ['monster:epithet']);
  assert.deepEqual(reasonsOf('Neighbours said he was a monster.'), ['monster:epithet']);
});

test('a monster as a creature or a vehicle class, and an inferno in a title, are literal', () => {
  for (const literal of [
    'A Gila monster was found in a shed in Velm.',
    'Divers searched the loch for the Velm monster again.',
    'The fair offered monster truck rides and a sea monster costume.',
    'The children watched a monster movie at the Orrin cinema.',
    'The Velm Players staged The Towering Inferno at the town hall.',
  ])
    assert.deepEqual(reasonsOf(literal), [], literal);
});

test('"killer" and "bombshell" before a noun are tabloid wording ("the killer chemical", "a bombshell report")', () => {
  assert.deepEqual(reasonsOf('Campaigners want the killer chemical banned from Velm kitchens.'), [
    'killer:emotive',
  ]);
  assert.deepEqual(reasonsOf('Killer heatwave grips the Orrin coast.'), ['Killer:emotive']);
  assert.deepEqual(reasonsOf('The bombshell report was published on Monday.'), ['bombshell:emotive']);
});

test('a killer as a person or a species, and "bombshell" standing alone, are not flagged', () => {
  for (const plain of [
    'The killer was jailed for life at Velm Crown Court.',
    'Police said the killer fled on foot.',
    'The serial killer case was reopened in Orrin.',
    'A pod of killer whales was seen off the Orrin coast.',
    'Killer bees were found in a shed near Velm.',
    'The minister dropped a bombshell on Monday.',
  ])
    assert.deepEqual(reasonsOf(plain), [], plain);
});

test('"bribes" as the charge after a preposition and a modifier ("over harbour bribes") is not a verdict', () => {
  assert.deepEqual(reasonsOf('Former Velm mayor jailed for six years over harbour bribes.'), []);
  assert.deepEqual(reasonsOf('The Orrin port chief was charged over bribes from two shipping firms.'), []);
  assert.deepEqual(reasonsOf('The mayor bribes voters with free bus passes.'), ['bribes:emotive-verb']);
});

test('"scheme" named by the kind of programme it is ("pension scheme", "a grant scheme") is a plan, not a plot', () => {
  assert.deepEqual(reasonsOf('Workers will keep their places in the company pension scheme.'), []);
  assert.deepEqual(reasonsOf('The council opened a flood relief grant scheme for 2,300 households.'), []);
  assert.deepEqual(reasonsOf('Two new loan schemes were announced on Monday.'), []);
  assert.ok(
    reasonsOf('The mayor hatched a scheme to rig the vote.').some((reason) => reason.startsWith('scheme:')),
  );
});

test('tabloid names for an official ("shamed", "pen-pusher", "penny-pincher") are loaded', () => {
  assert.deepEqual(reasonsOf('The shamed penny-pincher quit last night.'), [
    'shamed:emotive',
    'penny-pincher:epithet',
  ]);
  assert.deepEqual(
    reasonsOf('Arveld, a career pen-pusher, clung to her post.').includes('pen-pusher:epithet'),
    true,
  );
});

test("profanity in the writer's voice is loaded; quoted, it is the speaker's", () => {
  assert.deepEqual(reasonsOf('The ferry board screwed the islanders with a crappy timetable.'), [
    'screwed:emotive',
    'crappy:emotive',
  ]);
  assert.equal(scoreLoadedText('The Velmar toll plan is bullshit.').loaded, true);
  const quoted = scoreLoadedText('"This toll is bullshit," a Velmar driver said.');
  assert.equal(quoted.loaded, false);
  assert.equal(quoted.spans[0]?.speaker, 'quoted');
});

test('crude insults, slang verdicts and disparaging verbs are loaded', () => {
  assert.deepEqual(reasonsOf('The columnist called the mayor a bimbo.'), ['bimbo:epithet']);
  assert.deepEqual(reasonsOf('The harbour plan is bonkers.'), ['bonkers:emotive']);
  assert.deepEqual(reasonsOf('The network hypes the ferry deal and denigrates its critics.'), [
    'hypes:emotive-verb',
    'denigrates:emotive-verb',
  ]);
  assert.deepEqual(reasonsOf('The council messed up the bridge tender.'), ['messed up:emotive-verb']);
  // "badger" and "hamstring" are also nouns: only the verb forms count.
  assert.deepEqual(reasonsOf('A badger crossed the road and the striker tore a hamstring.'), []);
  assert.deepEqual(reasonsOf('Aides badgered the mayor.'), ['badgered:emotive-verb']);
  // "pound" is a currency and a weight; only "pounded"/"pounding" dramatise.
  assert.deepEqual(reasonsOf('The pound fell and a pound of tea cost more.'), []);
  assert.deepEqual(reasonsOf('Critics pounded the ferry plan.'), ['pounded:emotive-verb']);
  // A listed noun homograph ending like a verb form ("shred") is a noun in its base form too.
  assert.deepEqual(reasonsOf('There is not a shred of proof.'), []);
  assert.deepEqual(reasonsOf('The board shredded the ferry plan.'), ['shredded:emotive-verb']);
});

test('a listed word keeps its verdict inside a hyphenated compound, but not after a labelling prefix', () => {
  assert.deepEqual(reasonsOf('The Velmar-bashing columnist filed again.'), ['Velmar-bashing:emotive-verb']);
  assert.deepEqual(reasonsOf('The often-incompetent board met on Monday.'), ['often-incompetent:emotive']);
  // Labels and literal compounds stay plain.
  assert.deepEqual(reasonsOf('The anti-fascist march and a non-partisan panel met in the town.'), []);
  assert.deepEqual(reasonsOf('Aid reached the hurricane-ravaged coast and the war-torn valley.'), []);
  assert.deepEqual(reasonsOf('A ride-hailing firm opened an office.'), []);
  assert.deepEqual(reasonsOf('The 800-pound bell was cast in Lorrin.'), []);
});

test('a compound whose short last part is an epithet is loaded; short verbs and plain senses of "mob" are not', () => {
  assert.deepEqual(reasonsOf('Police moved the eco-mob off the fell.'), ['eco-mob:epithet']);
  assert.deepEqual(reasonsOf('A Velmar-mob gathered at the gates.'), ['Velmar-mob:epithet']);
  // A short last part that is a listed verb is a noun or a trade name inside a compound.
  assert.deepEqual(reasonsOf('The oil-rig crew got a flu-jab and a Joy-Con each.'), []);
  // A flash mob is a kind of gathering; a mob boss and mob ties are organised crime.
  assert.deepEqual(reasonsOf('A flash mob and a flash-mob danced in Lorrin.'), []);
  assert.deepEqual(reasonsOf('The mob boss denied any mob ties.'), []);
  assert.deepEqual(reasonsOf('The mob stormed the hall.'), ['mob:epithet']);
});

test('a screeched quotation, campers turfed out and layabouts are loaded; screeching tyres and home turf are not', () => {
  assert.deepEqual(reasonsOf('The organiser screeched: "We stay."'), ['screeched:emotive-verb']);
  assert.deepEqual(reasonsOf('Police turfed the campers off the fell and more were turfed out later.'), [
    'turfed:emotive-verb',
    'turfed:emotive-verb',
  ]);
  assert.deepEqual(reasonsOf('Fourteen layabouts were held.'), ['layabouts:epithet']);
  assert.deepEqual(reasonsOf('Tyres screeched as the van stopped and the train screeched to a halt.'), []);
  assert.deepEqual(reasonsOf('Lorrin lost on home turf, and a turf war broke out.'), []);
});

test('bushfires ravaging land are a physical event, not a dramatised one', () => {
  assert.deepEqual(reasonsOf('Bushfires ravaged the farms east of Lorrin.'), []);
  assert.deepEqual(reasonsOf('The new levy ravaged the farms east of Lorrin.'), ['ravaged:emotive-verb']);
});

test('outrage reported as a reaction, an order defied and shops looted are plain reporting', () => {
  assert.deepEqual(reasonsOf('Parents in Lorrin expressed outrage over the ferry fares.'), []);
  assert.deepEqual(reasonsOf('The video sparked public fury in Velmar.'), []);
  assert.deepEqual(reasonsOf('The outrage over the statue is a distraction.'), ['outrage:emotive']);
  assert.deepEqual(reasonsOf('Hundreds defied a 9 p.m. curfew in Lorrin.'), []);
  assert.deepEqual(reasonsOf('The senator defied her own party again.'), ['defied:emotive-verb']);
  assert.deepEqual(reasonsOf('Three shops were looted in Velmar overnight.'), []);
  assert.deepEqual(reasonsOf('The board looted the pension fund.'), ['looted:emotive-verb']);
});

test('religious condemnation, tyranny analogies, sneers at the mind and scale hyperbole', () => {
  assert.deepEqual(reasonsOf('The Velmar tax office runs a Kafkaesque and godless system.'), [
    'Kafkaesque:emotive',
    'godless:emotive',
  ]);
  assert.deepEqual(reasonsOf('The addled mayor read the ferry report.'), ['addled:emotive']);
  // Half weight alone: a price can be astronomical in plain copy.
  const scale = scoreLoadedText('Fares on the Lorrin ferry reached astronomical levels.');
  assert.deepEqual(
    scale.spans.map((span) => span.text),
    ['astronomical'],
  );
  assert.equal(scale.loaded, false);
  assert.equal(scoreLoadedText('Residents got truly astronomical repair bills.').loaded, true);
});

test('a move called a trick, and a politician called an opportunist, are loaded', () => {
  assert.deepEqual(reasonsOf('The ferry discount is a gimmick.'), ['gimmick:emotive']);
  assert.deepEqual(reasonsOf('The levy was a ruse by an opportunist.'), [
    'ruse:emotive',
    'opportunist:epithet',
  ]);
});

test('"terrorist group" in the outlet\'s voice is a one-sided label; a designation reported is not', () => {
  assert.deepEqual(reasonsOf('The terrorist group Korvash blew up the Lissen bridge.'), [
    'terrorist group:one-sided-label',
  ]);
  assert.deepEqual(reasonsOf('Ferry crews fear the terrorist organisations of the hills.'), [
    'terrorist organisations:one-sided-label',
  ]);
  assert.deepEqual(reasonsOf('The Tarn government designated Korvash a terrorist group in 2024.'), []);
  assert.deepEqual(reasonsOf('Korvash is listed as a terrorist organisation by the Tarn council.'), []);
});

test('"scheme" naming a programme ("pension scheme") is plain; a scheme to do something stays a plot', () => {
  for (const plain of [
    'The Velm pension scheme paid out 40 million crowns last year.',
    'Workers on the furlough scheme kept 80 percent of their wages.',
    'The harbour board chose a new colour scheme for the ferries.',
  ]) {
    assert.deepEqual(reasonsOf(plain), [], plain);
  }
  assert.ok(
    reasonsOf('The mayor hatched a scheme to sell the harbour.').some((hit) => hit.startsWith('scheme')),
  );
  assert.ok(
    reasonsOf('It was a retribution scheme aimed at the mayor.').some((hit) => hit.startsWith('scheme')),
  );
});

test('the Olympic torch and tar as nouns are plain; "torched" a plan and "tarred" critics stay loaded', () => {
  assert.deepEqual(reasonsOf('The Olympic torch relay reaches Velm on Monday.'), []);
  assert.deepEqual(reasonsOf('Crews laid fresh tar on the harbour road.'), []);
  assert.deepEqual(reasonsOf('The senator torched the budget plan.'), ['torched:emotive-verb']);
  assert.deepEqual(reasonsOf('The council tarred the protesters as vandals.'), ['tarred:emotive-verb']);
});

test('terms of art are plain: punitive damages, an aggressive tumour, a historic district', () => {
  for (const plain of [
    'The jury awarded punitive damages to the ferry crew.',
    'Doctors found an aggressive tumour in his lung.',
    'The harbour lies in a historic district of Velm.',
  ]) {
    assert.deepEqual(reasonsOf(plain), [], plain);
  }
  assert.deepEqual(reasonsOf('The punitive levy hit the fishing fleet.'), ['punitive:emotive']);
  assert.deepEqual(reasonsOf('Police made aggressive arrests.'), ['aggressive:emotive']);
});

test('fire metaphors, bodily shows of force and minimising verbs are loaded', () => {
  for (const [sentence, hit] of [
    ['The senator is fanning the flames of the ferry row.', 'fanning the flames:emotive-verb'],
    ['The minister added fuel to the fire on Monday.', 'added fuel to the fire:emotive-verb'],
    ['The mayor dug in his heels over the terminal.', 'dug in his heels:emotive'],
    ['The union upped the ante with a second strike.', 'upped the ante:emotive'],
    ['The board downplayed the flood risk.', 'downplayed:emotive-verb'],
    ['The council lurches from one crisis to another.', 'lurches from:emotive-verb'],
    ['Students enrolled at sketchy colleges.', 'sketchy:emotive'],
  ]) {
    assert.ok(
      reasonsOf(sentence ?? '').includes(hit ?? ''),
      `${sentence}: ${reasonsOf(sentence ?? '').join(', ')}`,
    );
  }
});

test("a phrase between straight single quotes in a headline is the quoted speaker's, not the outlet's", () => {
  const result = scoreLoadedText("Mayor vows to defeat 'radical left' in harbour speech");
  assert.equal(result.loaded, false);
  assert.equal(result.spans.find((span) => span.text === 'radical left')?.speaker, 'quoted');
  // Apostrophes are not quotes: the possessive and the contraction leave the label in the outlet's voice.
  const own = scoreLoadedText("The protesters' leader said he won't back the radical left.");
  const label = own.spans.find((span) => span.text.endsWith('radical left'));
  assert.ok(label);
  assert.equal(label.speaker, undefined);
});

test('an army\'s invasion of a country is history; "invasion" for migrants\' arrival stays a one-sided label', () => {
  for (const plain of [
    "Tarnia's invasion of Velmar began in 2022.",
    'The 1994 invasion of Orrin toppled its government.',
    'The invasion began at dawn as troops crossed the river.',
  ]) {
    assert.deepEqual(reasonsOf(plain), [], plain);
  }
  assert.deepEqual(reasonsOf('Officials warned of an invasion at the southern border.'), [
    'invasion:one-sided-label',
  ]);
});

test('"militants" as armed fighters is the plain wire term; "militant" of an attitude is a verdict', () => {
  assert.deepEqual(reasonsOf('Militants attacked the Velm garrison on Monday.'), []);
  assert.deepEqual(reasonsOf('The militant group Korvash set up camps in the hills.'), []);
  assert.deepEqual(reasonsOf('Militant vegans picketed the farm.'), ['Militant:emotive']);
  // Strikers called militants, with no arms in sight, stay a verdict.
  assert.deepEqual(reasonsOf('Union militants hold the port to ransom.'), ['militants:emotive']);
});

test('asylum, territorial and injury claims are filings, not doubted statements', () => {
  for (const plain of [
    'The tribunal heard 300 asylum claims last month.',
    'Both countries press territorial claims over the Orrin reef.',
  ]) {
    assert.deepEqual(reasonsOf(plain), [], plain);
  }
  assert.deepEqual(reasonsOf('The minister claims the reef is safe.'), ['claims:emotive-verb']);
});

test('an adverb grading how hard someone spoke is an intensifier; the same adverb of a price or a fire is plain', () => {
  assert.deepEqual(reasonsOf('The councillor sharply criticised the ferry plan.'), ['sharply:intensifier']);
  assert.deepEqual(reasonsOf('The mayor vigorously defended the levy.'), ['vigorously:intensifier']);
  assert.deepEqual(reasonsOf('Fishing crews staunchly opposed the quota.'), ['staunchly:intensifier']);
  for (const plain of [
    'Ferry fares fell sharply on Monday.',
    'The warehouse fire burned fiercely all night.',
  ]) {
    assert.deepEqual(reasonsOf(plain), [], plain);
  }
});

test('political argument told as a fight is loaded: a swipe, no punches pulled, refusing to budge', () => {
  for (const [sentence, hit] of [
    ['The senator took a swipe at the harbour board.', 'took a swipe at:emotive'],
    ['The union is pulling no punches.', 'pulling no punches:emotive-verb'],
    ['The mayor has refused to budge on the levy.', 'refused to budge:emotive-verb'],
    ['The report muddied the waters on the ferry talks.', 'muddied the waters:emotive-verb'],
  ]) {
    assert.ok(
      reasonsOf(sentence ?? '').includes(hit ?? ''),
      `${sentence}: ${reasonsOf(sentence ?? '').join(', ')}`,
    );
  }
});

test("a quoted fragment a clause after the verb of saying is the speaker's words, not scare quotes", () => {
  const result = scoreLoadedText(
    'The harbour master said on Monday that she hoped the ferry board would "seize" the chance.',
  );
  assert.equal(
    result.spans.some((span) => span.reason === 'scare-quotes'),
    false,
  );
  // With no verb of saying, the marks stay the writer's doubt.
  assert.ok(
    scoreLoadedText('The ferry board will now "review" the fares.').spans.some(
      (span) => span.reason === 'scare-quotes',
    ),
  );
});

test('a quoted phrase after "accused X of" and a gerund is the critic\'s wording, not scare quotes', () => {
  const result = scoreLoadedText('The senator accused the mayor of forcing "a pointless levy" on the port.');
  assert.equal(
    result.spans.some((span) => span.reason === 'scare-quotes'),
    false,
  );
});

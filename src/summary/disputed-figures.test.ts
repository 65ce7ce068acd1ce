import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Conflict } from '../model/index.js';
import {
  chooseHeadlineSource,
  disputedFigures,
  dropDisputedFigures,
  figuresOf,
  type DisputedFigure,
} from './disputed-figures.js';
import { makeHeadline } from './make-headline.js';

const CITE = { article: 'a', sentence: 0, start: 0, end: 1 };

function conflict(about: string, ...values: string[]): Conflict {
  return {
    kind: 'number',
    about,
    sides: values.map((value, index) => ({ value, articles: [`a${index}`], citations: [CITE] })),
  };
}

const CABLES = disputedFigures([
  conflict('how many cables', '9 corroded cables', 'Twelve corroded cables (12)'),
]);

function drop(text: string, figures: readonly DisputedFigure[] = CABLES): string | undefined {
  const result = dropDisputedFigures(text, figures);
  return result.ok ? result.text : undefined;
}

test('figures and counted nouns come from every side of a number conflict, and only from number conflicts', () => {
  assert.deepEqual(CABLES, [{ about: 'how many cables', values: [9, 12], nouns: ['cable'] }]);
  assert.deepEqual(
    disputedFigures([conflict('how many ships', '31 cargo ships', 'more than 40 ships')])[0]?.values,
    [31, 40],
  );
  assert.deepEqual(
    disputedFigures([conflict('how many cracks', 'Seventeen cracks (17)', '14 fissures')])[0],
    {
      about: 'how many cracks',
      values: [17, 14],
      nouns: ['crack', 'fissure'],
    },
  );
  assert.deepEqual(
    disputedFigures([{ ...conflict('title of Lund', 'Mayor', 'Governor'), kind: 'title' }]),
    [],
  );
});

test('a disputed figure is dropped with its qualifier, and the sentence still reads', () => {
  assert.equal(
    drop('Inspectors have found 9 corroded cables in the deck of the footbridge.'),
    'Inspectors have found corroded cables in the deck of the footbridge.',
  );
  assert.equal(
    drop('Twelve corroded cables were found in the deck.'),
    'Corroded cables were found in the deck.',
  );
  assert.equal(
    drop('Inspectors found more than 9 cables in the deck.'),
    'Inspectors found cables in the deck.',
  );
  assert.equal(
    drop('Divers said they found as much as 9 cables rusted through in the deck.'),
    'Divers said they found cables rusted through in the deck.',
  );
});

test('a disputed percentage before the noun it is a share of goes with "percent", the article fitted to the noun', () => {
  const raise = disputedFigures([conflict('raise', '5.5 percent', '8 percent')]);
  assert.deepEqual(dropDisputedFigures('The deal gives drivers a 5.5 percent raise.', raise), {
    ok: true,
    text: 'The deal gives drivers a raise.',
    dropped: ['5.5'],
  });
  assert.equal(drop('The deal gives them an 8 percent raise.', raise), 'The deal gives them a raise.');
  assert.equal(
    drop('The deal gives them a 5.5 percent increase.', raise),
    'The deal gives them an increase.',
  );
  // What is left would not read: the share of a named whole, or a bare figure.
  assert.equal(dropDisputedFigures('The mayor won 8 percent of the vote.', raise).ok, false);
  assert.equal(dropDisputedFigures('Fares rose by 8 percent on Monday.', raise).ok, false);
});

test('a disputed percentage written with a sign ("5.5%") is found and dropped as "5.5 percent" is', () => {
  const raise = disputedFigures([conflict('raise', '5.5%', '8%')]);
  assert.deepEqual(raise[0]?.values, [5.5, 8]);
  assert.deepEqual(dropDisputedFigures('The accord gives couriers a 5.5% raise.', raise), {
    ok: true,
    text: 'The accord gives couriers a raise.',
    dropped: ['5.5'],
  });
  assert.equal(drop('The accord gives them an 8% increase.', raise), 'The accord gives them an increase.');
  // Written one way in the conflict and the other in the sentence.
  const mixed = disputedFigures([conflict('raise', '5.5 percent', '8 percent')]);
  assert.equal(drop('Couriers won a 5.5% raise.', mixed), 'Couriers won a raise.');
  assert.equal(drop('Couriers won a 5.5 percent raise.', raise), 'Couriers won a raise.');
  // A bare share with nothing that reads left is not stated as settled either: the sentence gives way.
  assert.equal(dropDisputedFigures('Fares at Orvell rose by 8% on Monday.', raise).ok, false);
  assert.equal(dropDisputedFigures('The mayor of Orvell won 8% of the vote.', raise).ok, false);
});

test('undisputed figures, other counts of the same noun, and years stay', () => {
  const text = 'In 2019 inspectors found six cables rusted and 9 bolts loose, and 3,000 people cross daily.';
  assert.equal(drop(text), text);
  assert.equal(drop('The 9 cables were made in 1984.', []), 'The 9 cables were made in 1984.');
});

test('a figure that cannot go without breaking the sentence is refused, with the reason', () => {
  const money = disputedFigures([conflict('how many crowns', '16 million crowns', '14 million crowns')]);
  assert.deepEqual(dropDisputedFigures('The terminal will cost 16 million crowns.', money), {
    ok: false,
    reason: 'measure',
    figure: '16 million crowns',
  });
  const one = disputedFigures([conflict('how many cracks', 'one crack', 'two cracks')]);
  assert.equal(dropDisputedFigures('Divers found one crack in the pier.', one).ok, false);
});

test('a disputed count in millions goes as any count does; a sum in millions stays', () => {
  const tickets = disputedFigures([
    conflict('how many tickets', '1.8 million rail tickets', 'about two million tickets (2000000)'),
  ]);
  assert.deepEqual(
    dropDisputedFigures(
      'Fraudsters sold 1.8 million forged rail tickets through the Varro app, the operator said.',
      tickets,
    ),
    {
      ok: true,
      text: 'Fraudsters sold forged rail tickets through the Varro app, the operator said.',
      dropped: ['1.8 million'],
    },
  );
  assert.equal(
    drop('Fraudsters sold about two million tickets through the Varro app.', tickets),
    'Fraudsters sold tickets through the Varro app.',
  );
  // A sum is no count of things: "cost the operator crowns" does not read.
  const crowns = disputedFigures([conflict('how many crowns', '1.8 million crowns', '2 million crowns')]);
  assert.equal(dropDisputedFigures('The fraud cost the operator 1.8 million crowns.', crowns).ok, false);
});

test('a sum written with a currency sign ("$4.1 million") is a disputed sum: it stays, or goes with its clause', () => {
  for (const about of ['how many dollars', 'how many million']) {
    const dollars = disputedFigures([conflict(about, '$4.1 million', '$3.2 million')]);
    assert.deepEqual(
      dropDisputedFigures('Auditors found that $4.1 million was missing from the fund.', dollars),
      {
        ok: false,
        reason: 'measure',
        figure: '$4.1 million',
      },
    );
    assert.deepEqual(
      dropDisputedFigures(
        'Arveld resigned on Tuesday, three weeks after auditors found that $3.2 million was missing.',
        dollars,
      ),
      { ok: true, text: 'Arveld resigned on Tuesday.', dropped: ['$3.2 million'] },
    );
  }
  // Another currency's sign, or a count, is not the disputed sum.
  const dollars = disputedFigures([conflict('how many dollars', '$4.1 million', '$3.2 million')]);
  assert.equal(
    drop('Auditors found that €4.1 million was missing from the fund.', dollars),
    'Auditors found that €4.1 million was missing from the fund.',
  );
});

test('a disputed sum in a trailing "after ..." clause goes with the clause, when the rest reads on its own', () => {
  const money = disputedFigures([conflict('how many euros', '1.6 million euros', '1.4 million euros')]);
  assert.deepEqual(
    dropDisputedFigures(
      'Mayor Ada Lunn resigned on Friday, two days after an audit questioned 1.6 million euros in council payments.',
      money,
    ),
    { ok: true, text: 'Mayor Ada Lunn resigned on Friday.', dropped: ['1.6 million'] },
  );
  assert.deepEqual(
    dropDisputedFigures('Ada Lunn quit after auditors found 1.4 million euros missing.', money),
    { ok: true, text: 'Ada Lunn quit.', dropped: ['1.4 million'] },
  );
  // Nothing that reads is left before the clause, or the sum is the sentence's own point: refused as before.
  assert.equal(
    dropDisputedFigures('After the audit found 1.6 million euros missing, Lunn quit.', money).ok,
    false,
  );
  assert.equal(dropDisputedFigures('The audit found 1.6 million euros in payments.', money).ok, false);
});

test('a disputed figure inside a quotation is never cut out of the quote: the sentence is refused', () => {
  const cracks = disputedFigures([conflict('how many cracks', '14 cracks', '17 cracks')]);
  assert.deepEqual(dropDisputedFigures('“We found 14 cracks in the weir,” the inspector said.', cracks), {
    ok: false,
    reason: 'quoted',
    figure: '14 cracks',
  });
  assert.deepEqual(
    dropDisputedFigures('Engineers found 14 cracks, the report said, calling them “minor”.', cracks),
    { ok: true, text: 'Engineers found cracks, the report said, calling them “minor”.', dropped: ['14'] },
    'a quotation elsewhere in the sentence does not protect a figure outside it',
  );
});

test('the headline source is the first stated sentence whose disputed figures can go', () => {
  const money = disputedFigures([conflict('how many crowns', '16 million crowns', '14 million crowns')]);
  const source = chooseHeadlineSource(
    [
      { text: 'The terminal will cost 16 million crowns, the council said.', citations: [CITE] },
      { text: 'The council approved the ferry terminal on Monday.', citations: [CITE] },
    ],
    money,
  );
  assert.equal(source?.text, 'The council approved the ferry terminal on Monday.');
  const headline = makeHeadline(
    chooseHeadlineSource(
      [
        {
          text: 'Inspectors examining the Oster footbridge have found 9 corroded cables in its deck, the council said on Tuesday.',
          citations: [CITE],
        },
      ],
      CABLES,
    ),
  );
  assert.equal(
    headline.text,
    'Inspectors examining the Oster footbridge have found corroded cables in its deck, council says',
  );
  assert.equal(chooseHeadlineSource([], CABLES), undefined);
});

test('a disputed amount in units goes with its unit ("4,000 litres of solvent" -> "solvent"), or keeps the sentence', () => {
  const litres = disputedFigures([conflict('how many litres', 'About 4,000 litres', 'Some 6,500 litres')]);
  assert.equal(
    drop('About 4,000 litres of solvent leaked from a ruptured storage tank.', litres),
    'Solvent leaked from a ruptured storage tank.',
  );
  assert.equal(
    drop('Engineers said about 4,000 litres of solvent had leaked.', litres),
    'Engineers said solvent had leaked.',
  );
  // Without "of" the unit has nothing to give way to: the sentence cannot lose its figure.
  assert.equal(drop('The tank leaked about 4,000 litres overnight.', litres), undefined);
});

test('a disputed vote tally goes whole, with its "by" and the other side’s count', () => {
  const votes = disputedFigures([conflict('how many votes', '84 votes', '86 votes')]);
  assert.equal(
    drop('The budget was defeated by 84 votes to 71, the press office said.', votes),
    'The budget was defeated, the press office said.',
  );
  assert.equal(drop('The bill passed by 84 votes to 71.', votes), 'The bill passed.');
  assert.equal(
    drop('Lawmakers rejected the budget by 84 votes to 71 on Monday.', votes),
    'Lawmakers rejected the budget on Monday.',
  );
});

test('figuresOf reads figures written in words, and a part counted "of them"', () => {
  assert.deepEqual(
    Object.fromEntries(
      figuresOf('Five people were injured, three of them firefighters, the fire chief said.'),
    ),
    { people: [5], firefighter: [3] },
  );
  assert.deepEqual(Object.fromEntries(figuresOf('One of the crews stayed on the ridge overnight.')), {});
});

test('figuresOf reads each digit figure by the noun right after it, not clock times or function words', () => {
  assert.deepEqual(
    Object.fromEntries(figuresOf('A council report puts the cost at 9 million crowns, up from 1,200 votes.')),
    { crown: [9_000_000], vote: [1200] },
  );
  assert.deepEqual(
    Object.fromEntries(
      figuresOf('It was reported at 10:50 p.m. in 2019, the year 61 votes to 40 after the vote.'),
    ),
    { vote: [61] },
  );
});

test('a disputed length of time goes with its "for" or "to", never leaving "to years" or "for years"', () => {
  // Invented: Oda Fenn and Tarnby do not exist.
  const term = disputedFigures([conflict('how long (prison sentence)', 'six years', 'seven years')]);
  assert.equal(
    drop('A court in Tarnby sentenced Oda Fenn to six years in prison for taking bribes.', term),
    'A court in Tarnby sentenced Oda Fenn to prison for taking bribes.',
  );
  assert.equal(
    drop('Oda Fenn was jailed for seven years on Tuesday for taking bribes.', term),
    'Oda Fenn was jailed on Tuesday for taking bribes.',
  );
  assert.equal(
    drop('Oda Fenn was sentenced to six years for taking bribes.', term),
    'Oda Fenn was sentenced for taking bribes.',
  );
  // Without a preposition to take with it, the length cannot go and the sentence gives way.
  const strike = disputedFigures([conflict('how long (strike)', 'three days', 'four days')]);
  assert.equal(dropDisputedFigures('The strike lasted three days.', strike).ok, false);
});

test('a count of people whose figure goes from the subject is marked as the news it was; an object or "the people" is not', () => {
  const marchers = disputedFigures([
    conflict('how many people', '12,000 people', 'about 3,000 people (3000)'),
  ]);
  const subject = dropDisputedFigures(
    'Organisers said 12,000 people marched through Tarnby on Sunday.',
    marchers,
  );
  assert.ok(subject.ok && subject.countWasNews, JSON.stringify(subject));
  const opening = dropDisputedFigures('About 3,000 people marched through Tarnby on Sunday.', marchers);
  assert.ok(opening.ok && opening.countWasNews, JSON.stringify(opening));
  for (const text of [
    'Police moved 12,000 people out of the square in Tarnby on Sunday.',
    'The 12,000 people who marched through Tarnby on Sunday were mostly students.',
  ]) {
    const kept = dropDisputedFigures(text, marchers);
    assert.ok(kept.ok && kept.countWasNews === undefined, `${text} ${JSON.stringify(kept)}`);
  }
  // A count of named things is news without its figure ("Divers found leaks").
  const leaks = dropDisputedFigures('Divers found 9 corroded cables in the deck.', CABLES);
  assert.ok(leaks.ok && leaks.countWasNews === undefined);
});

/**
 * Durations of one thing told in different units or forms: "the strike lasted three days" / "the four-day
 * strike", "closed for two weeks" / "closed for 10 days". All articles are invented (Harwick, the Oster docks,
 * the Harwick Courier and Fennel Radio do not exist).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Conflict } from '../model/index.js';
import { compareStory } from './index.js';
import { buildArticle, buildStory, type ArticleSpec } from './story-fixture.test-helper.js';

function conflictsOf(a: string, b: string): Conflict[] {
  const specs: ArticleSpec[] = [
    { id: 'courier', outlet: 'Harwick Courier', text: a },
    { id: 'radio', outlet: 'Fennel Radio', text: b },
  ];
  const articles = specs.map((spec) => buildArticle(spec));
  return compareStory(buildStory(articles), articles).conflicts.filter(
    (conflict) => conflict.kind === 'number',
  );
}

function sideValues(conflict: Conflict | undefined): string[] {
  return (conflict?.sides ?? []).map((side) => side.value).sort();
}

describe('durations of one thing', () => {
  it('"the strike lasted three days" and "the four-day strike" conflict', () => {
    const conflicts = conflictsOf(
      'Crane drivers at the Oster docks in Harwick went back to work on Friday. The strike lasted three days and cost the port its busiest week.',
      'Work resumed at the Oster docks in Harwick on Friday after a four-day strike by crane drivers over night shifts.',
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    assert.deepEqual(sideValues(conflicts[0]), ['four-day strike', 'three days']);
    // What is timed, in words that read inside "Reports differ on ...: ..." and "number — ...: ..." lines.
    assert.equal(conflicts[0]?.about, 'how long (strike)');
  });

  it('"for two weeks" and "for 10 days" conflict once normalised to days', () => {
    const conflicts = conflictsOf(
      'The Oster swing bridge in Harwick will be closed for two weeks while engineers replace its gears.',
      'Engineers will replace the gears of the Oster swing bridge, which will be closed for 10 days.',
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    assert.deepEqual(sideValues(conflicts[0]), ['10 days', 'two weeks']);
  });

  it('the same length in other units does not conflict ("48 hours" / "two-day", "a week" / "seven days")', () => {
    assert.deepEqual(
      conflictsOf(
        'The strike at the Oster docks in Harwick lasted 48 hours before crane drivers went back.',
        'Crane drivers ended their two-day strike at the Oster docks in Harwick.',
      ),
      [],
    );
    assert.deepEqual(
      conflictsOf(
        'The Oster swing bridge in Harwick will be closed for a week while engineers replace its gears.',
        'Engineers will replace the gears of the Oster swing bridge, which will be closed for seven days.',
      ),
      [],
    );
  });

  it('"about two weeks" allows 13 days', () => {
    assert.deepEqual(
      conflictsOf(
        'The Oster swing bridge in Harwick will be closed for about two weeks while engineers replace its gears.',
        'Engineers will replace the gears of the Oster swing bridge, which will be closed for 13 days.',
      ),
      [],
    );
  });

  it('durations of different things do not conflict', () => {
    assert.deepEqual(
      conflictsOf(
        'The strike at the Oster docks in Harwick lasted three days.',
        'Crane drivers at the Oster docks in Harwick held talks for four days before calling off their strike.',
      ),
      [],
    );
    assert.deepEqual(
      conflictsOf(
        'A four-day strike at the Oster docks in Harwick ended on Friday.',
        'Crane drivers at the Oster docks in Harwick ended their strike on Friday. They will vote on a two-year pay deal next week.',
      ),
      [],
    );
  });

  it('a past strike of another year is another strike', () => {
    assert.deepEqual(
      conflictsOf(
        'Crane drivers at the Oster docks in Harwick ended a four-day strike on Friday.',
        'Crane drivers at the Oster docks in Harwick went back to work on Friday. The last strike at the docks lasted two weeks in 2019.',
      ),
      [],
    );
  });

  it('"in the last two years" is a span looked back on, not how long something lasted', () => {
    assert.deepEqual(
      conflictsOf(
        'Crane drivers at the Oster docks in Harwick have held three strikes in the last two years.',
        'Crane drivers at the Oster docks in Harwick have held three strikes in the last five years.',
      ),
      [],
    );
  });

  it('time points are not durations ("three days later", "in two weeks")', () => {
    assert.deepEqual(
      conflictsOf(
        'The strike at the Oster docks in Harwick began on Monday and the port reopened three days later.',
        'The strike at the Oster docks in Harwick began on Monday; the port will reopen in two weeks.',
      ),
      [],
    );
  });

  it('lengths told of different people, or of a running event so far, do not conflict', () => {
    const people = (name: string, years: string): ArticleSpec => ({
      id: name,
      outlet: name,
      text: `${name} has worked at the Oster docks in Harwick for ${years} years and drove a crane in the strike.`,
      entities: [{ name, key: name.toLowerCase(), type: 'person', mentions: [name] }],
    });
    const articles = [people('Ada Brell', '30'), people('Tom Vass', '12')].map((spec) => buildArticle(spec));
    const report = compareStory(buildStory(articles), articles);
    assert.deepEqual(
      report.conflicts.filter((conflict) => conflict.kind === 'number'),
      [],
    );
    assert.deepEqual(
      conflictsOf(
        'Harwick was calm on Friday after four days of riots at the Oster docks.',
        'Harwick was calm on Friday after six days of riots at the Oster docks.',
      ).filter((conflict) => conflict.about.startsWith('how long')),
      [],
    );
  });
  it('"repairs would take two weeks" and "repairs would take a month" conflict', () => {
    const conflicts = conflictsOf(
      'A storm tore a hole in the Oster pier in Harwick on Monday. Repairs to the pier would take two weeks, the harbour board said.',
      'The harbour board in Harwick said repairs to the storm-damaged Oster pier would take a month.',
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    assert.deepEqual(sideValues(conflicts[0]), ['a month', 'two weeks']);
    assert.match(conflicts[0]?.about ?? '', /repairs/i);
  });

  it('"it will take two weeks to repair the pier" times the repairs too; "the strike will last" the strike', () => {
    const conflicts = conflictsOf(
      'A storm tore a hole in the Oster pier in Harwick. It will take two weeks to repair the pier, the harbour board said.',
      'The harbour board in Harwick said repairs to the storm-damaged Oster pier would take about five days.',
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    assert.deepEqual(sideValues(conflicts[0]), ['about five days', 'two weeks']);
    const strike = conflictsOf(
      'Crane drivers at the Oster docks in Harwick said the strike would last two weeks.',
      'Crane drivers at the Oster docks in Harwick expect the strike to last three days.',
    );
    assert.equal(strike.length, 1, JSON.stringify(strike));
  });

  it('"take" timing different things does not conflict', () => {
    assert.deepEqual(
      conflictsOf(
        'A storm tore a hole in the Oster pier in Harwick. Repairs to the pier would take two weeks.',
        'A storm tore a hole in the Oster pier in Harwick. The inquiry into the damage to the pier would take a month.',
      ),
      [],
    );
    assert.deepEqual(
      conflictsOf(
        'Repairs to the Oster pier in Harwick would take two weeks, and the ferry will take an hour longer.',
        'The ferry from the Oster pier in Harwick will take three hours while the pier is closed.',
      ),
      [],
    );
  });
});

describe('prison sentences', () => {
  // Invented: Tarnby, its former harbourmaster Oda Fenn and the outlets do not exist.
  it('"sentenced ... to six years in prison" and "jailed for seven years" are two lengths of one sentence', () => {
    const conflicts = conflictsOf(
      "A court in Tarnby on Tuesday sentenced former harbourmaster Oda Fenn to six years in prison for taking bribes from the town's dredging firms.",
      'Oda Fenn, the former harbourmaster of Tarnby, was jailed for seven years on Tuesday for taking bribes.',
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    assert.deepEqual(sideValues(conflicts[0]), ['seven years', 'six years']);
    assert.equal(conflicts[0]?.about, 'how long (prison sentence)');
  });

  it('"caged for seven years" and "a six-year prison term" conflict; "given a six-year sentence" agrees', () => {
    const tabloid =
      'Bent harbourmaster Oda Fenn was caged for seven years yesterday after pocketing bribes in Tarnby.';
    const conflicts = conflictsOf(
      tabloid,
      'Former Tarnby harbourmaster Oda Fenn began a six-year prison term on Tuesday for taking bribes.',
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    assert.deepEqual(sideValues(conflicts[0]), ['seven years', 'six-year prison']);
    assert.deepEqual(
      conflictsOf(
        'Former Tarnby harbourmaster Oda Fenn was given a six-year sentence for taking bribes.',
        'A court in Tarnby sentenced former harbourmaster Oda Fenn to six years for taking bribes.',
      ),
      [],
    );
  });

  it("the prosecutor's demand is not the sentence", () => {
    assert.deepEqual(
      conflictsOf(
        'A court in Tarnby sentenced former harbourmaster Oda Fenn to six years for taking bribes. Prosecutors had asked for eight years.',
        'Former Tarnby harbourmaster Oda Fenn was jailed for six years for taking bribes.',
      ),
      [],
    );
  });
});

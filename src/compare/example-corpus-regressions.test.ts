/**
 * Regressions found running the example corpus end to end: each test is named after what broke, with
 * invented sentences of the same shape.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Conflict } from '../model/index.js';
import { compareStory } from './index.js';
import { buildArticle, buildStory, type ArticleSpec } from './story-fixture.test-helper.js';

function compare(...specs: ArticleSpec[]) {
  const articles = specs.map((spec) => buildArticle(spec));
  return compareStory(buildStory(articles), articles);
}

function values(conflict: Conflict | undefined): string[] {
  return (conflict?.sides ?? []).map((side) => side.value).sort();
}

describe('compare regressions from the example corpus', () => {
  it('a count in two leads that were not aligned (31 cargo ships / more than 40 ships)', () => {
    const report = compare(
      {
        id: 'a',
        outlet: 'Wire',
        text: 'Ferry crews at Lund Harbour walked out on Monday, leaving 31 cargo ships waiting at anchor. Talks are planned.',
      },
      {
        id: 'b',
        outlet: 'Tabloid',
        text: 'Militant crews shut Lund Harbour yesterday as more than 40 ships sat idle offshore. Shops ran short.',
      },
    );
    const ships = report.conflicts.find((conflict) => conflict.kind === 'number');
    assert.deepEqual(values(ships), ['31 cargo ships', 'more than 40 ships']);
  });

  it('a qualified number that allows the other is no conflict (more than 200,000 / about 220,000 people)', () => {
    const report = compare(
      {
        id: 'a',
        outlet: 'A',
        text: 'The Orm reservoir was built in 1958 and supplies water to more than 200,000 people in the valley.',
      },
      {
        id: 'b',
        outlet: 'B',
        text: 'The Orm reservoir, finished in 1958, supplies water to about 220,000 people in the valley.',
      },
    );
    assert.deepEqual(report.conflicts, []);
  });

  it('counts of synonyms in the leads conflict (Seventeen cracks / 14 fissures)', () => {
    const report = compare(
      {
        id: 'a',
        outlet: 'A',
        text: 'Seventeen cracks have opened in the old Brisk Weir above Tollby, a report said today.',
      },
      {
        id: 'b',
        outlet: 'B',
        text: 'Engineers found 14 fissures in the Brisk Weir near Tollby, according to a report on Thursday.',
      },
    );
    assert.deepEqual(values(report.conflicts.find((conflict) => conflict.kind === 'number')), [
      '14 fissures',
      'Seventeen cracks (17)',
    ]);
  });

  it('a bare number whose counted noun comes before it (the number of people hurt has risen to 27)', () => {
    const report = compare(
      {
        id: 'a',
        outlet: 'A',
        text: 'A tram derailed near Oskby on Friday, injuring Twenty-three people, the operator said.',
      },
      {
        id: 'b',
        outlet: 'B',
        text: 'The number of people injured in the Oskby tram derailment has risen to 27, doctors said.',
      },
    );
    assert.deepEqual(values(report.conflicts.find((conflict) => conflict.kind === 'number')), [
      '27',
      'Twenty-three people (23)',
    ]);
  });

  it('an article that gives both figures explains the gap, it does not conflict', () => {
    const report = compare(
      { id: 'a', outlet: 'A', text: 'Inspectors found 14 fissures in the Brisk Weir near Tollby this week.' },
      {
        id: 'b',
        outlet: 'B',
        text: 'Inspectors found 14 fissures in the Brisk Weir; a paper reported that 17 cracks had been found near Tollby.',
      },
    );
    assert.deepEqual(report.conflicts, []);
  });

  it('a title conflict between sentences that were not aligned (Chief Electoral Officer / Deputy Electoral Commissioner)', () => {
    const okonjo = (label: string) => ({
      name: 'Mara Ekholm',
      key: 'mara ekholm',
      type: 'person' as const,
      mentions: [{ text: 'Mara Ekholm', labels: [[label, 'title']] as [string, 'title'][] }],
    });
    const report = compare(
      {
        id: 'a',
        outlet: 'A',
        text: 'Chief Electoral Officer Mara Ekholm said the count had been fair.',
        entities: [okonjo('Chief Electoral Officer')],
      },
      {
        id: 'b',
        outlet: 'B',
        text: 'Deputy Electoral Commissioner Mara Ekholm will oversee the recount from Monday.',
        entities: [okonjo('Deputy Electoral Commissioner')],
      },
      {
        id: 'c',
        outlet: 'C',
        text: 'Election chief Mara Ekholm defended the rejection of postal votes.',
        entities: [okonjo('Election chief')],
      },
    );
    const titles = report.conflicts.filter((conflict) => conflict.kind === 'title');
    assert.equal(titles.length, 1);
    assert.ok(values(titles[0]).includes('Deputy Electoral Commissioner'));
  });

  it('a title glued into the name links to the person and shows as a label (Councillor Ilse Varga / Challenger Ilse Varga)', () => {
    const person = (name: string) => ({
      name,
      key: name.toLowerCase(),
      type: 'person' as const,
      mentions: [name],
    });
    const report = compare(
      {
        id: 'a',
        outlet: 'A',
        text: 'Councillor Ilse Varga asked for a recount of the Tolby vote.',
        entities: [person('Councillor Ilse Varga')],
      },
      {
        id: 'b',
        outlet: 'B',
        text: 'Challenger Ilse Varga demanded a recount of the Tolby vote.',
        entities: [person('Challenger Ilse Varga')],
      },
    );
    assert.deepEqual(
      report.labels.map((entry) => entry.entity),
      ['Ilse Varga'],
    );
    assert.deepEqual(
      report.labels[0]?.byArticle.map((row) => row.labels.map((label) => label.text)),
      [['Councillor'], ['Challenger']],
    );
    assert.ok(!report.conflicts.some((conflict) => conflict.kind === 'name'));
  });

  it('places and unlabelled names get no label entry (Marrow Bay: [1] ; [2] ;)', () => {
    const place = { name: 'Tolby', key: 'tolby', type: 'place' as const, mentions: ['Tolby'] };
    const report = compare(
      { id: 'a', outlet: 'A', text: 'Floods closed the road to Tolby on Monday night.', entities: [place] },
      { id: 'b', outlet: 'B', text: 'The road to Tolby was closed by floods on Monday.', entities: [place] },
    );
    assert.deepEqual(report.labels, []);
  });

  it('quote text is the quoted words, without the marks or cue fragments (told the Standard: "We watched ...)', () => {
    const text =
      'One volunteer, who asked not to be named, told the Standard: "We watched them bin envelope after envelope.';
    const report = compare({
      id: 'a',
      outlet: 'A',
      text,
      quotes: [
        {
          content: 'not to be named, told the Standard: "We watched them bin envelope after envelope.',
          cue: 'told',
          kind: 'mixed',
        },
      ],
    });
    assert.equal(report.quotes[0]?.text, 'We watched them bin envelope after envelope.');
    const citation = report.quotes[0]?.variants[0]?.citation;
    assert.equal(text.slice(citation?.start, citation?.end), 'We watched them bin envelope after envelope.');
  });

  it('"today" and the weekday it falls on are one side of a date conflict', () => {
    const report = compare(
      {
        id: 'a',
        outlet: 'A',
        published: '2026-11-17',
        text: 'The minister has called both sides to talks at the ministry on Wednesday.',
        dates: [{ text: 'on Wednesday', resolved: '2026-11-11', granularity: 'weekday' }],
      },
      {
        id: 'b',
        outlet: 'B',
        published: '2026-11-17',
        text: 'The minister has called both sides to talks at the ministry on Thursday.',
        dates: [{ text: 'on Thursday', resolved: '2026-11-12', granularity: 'weekday' }],
      },
      {
        id: 'c',
        outlet: 'C',
        published: '2026-11-18',
        text: 'The minister has called both sides to talks at the ministry today.',
        dates: [{ text: 'today', resolved: '2026-11-18', granularity: 'day' }],
      },
    );
    const dates = report.conflicts.filter((conflict) => conflict.kind === 'date');
    assert.equal(dates.length, 1);
    assert.equal(dates[0]?.sides.length, 2);
  });

  it('a day of one event told in sentences that were not aligned (board will meet on Friday / next Thursday)', () => {
    const report = compare(
      {
        id: 'a',
        outlet: 'A',
        text: 'The water board will lower the Orm reservoir from Monday, and its board will meet on Friday to decide how to pay for repairs.',
        dates: [
          { text: 'Monday', resolved: '2026-11-16', granularity: 'weekday' },
          { text: 'on Friday', resolved: '2026-11-06', granularity: 'weekday' },
        ],
      },
      {
        id: 'b',
        outlet: 'B',
        text: 'Engineers counted the cracks in September. Its board will meet next Thursday to decide on a repair programme for the weir.',
        dates: [{ text: 'next Thursday', resolved: '2026-11-19', granularity: 'weekday' }],
      },
    );
    const dates = report.conflicts.filter((conflict) => conflict.kind === 'date');
    assert.equal(dates.length, 1);
    assert.deepEqual(values(dates[0]), ['next Thursday', 'on Friday']);
  });

  it('two events on two days in two articles are no date conflict (strike began on Monday / third day on Wednesday)', () => {
    const report = compare(
      {
        id: 'a',
        outlet: 'A',
        text: 'The strike at the Orm docks began on Monday after talks broke down.',
        dates: [{ text: 'on Monday', resolved: '2026-11-16', granularity: 'weekday' }],
      },
      {
        id: 'b',
        outlet: 'B',
        text: 'Pickets kept the Orm docks closed as the strike entered its third day on Wednesday.',
        dates: [{ text: 'on Wednesday', resolved: '2026-11-18', granularity: 'weekday' }],
      },
    );
    assert.deepEqual(report.conflicts, []);
  });
});

describe('compare regressions: who said it', () => {
  const zadan = { name: 'Karl Zadan', key: 'karl zadan', type: 'person' as const };
  const meron = { name: 'Nina Meron', key: 'nina meron', type: 'person' as const };
  const line = 'We are thrilled to have the Orm choir open the harbour festival this year';

  it('a quote said jointly is no speaker conflict (said Zadan and Meron jointly / Nina Meron said)', () => {
    const report = compare(
      {
        id: 'a',
        outlet: 'A',
        text: `"${line}," said Zadan and Meron jointly.`,
        entities: [
          { ...zadan, mentions: ['Zadan'] },
          { ...meron, mentions: ['Meron'] },
        ],
        quotes: [{ content: `${line},`, cue: 'said', source: 'Zadan', speaker: 'karl zadan' }],
      },
      {
        id: 'b',
        outlet: 'B',
        text: `"${line}," producer Nina Meron said.`,
        entities: [{ ...meron, mentions: ['Nina Meron'] }],
        quotes: [{ content: `${line},`, cue: 'said', source: 'Nina Meron', speaker: 'nina meron' }],
      },
    );
    assert.equal(report.quotes.length, 1);
    assert.ok(!report.conflicts.some((conflict) => conflict.kind === 'speaker'));
  });

  it('a name typed as a person in one article and a place in another is no speaker (Challenger Ilse Varga / Marrow Bay)', () => {
    const text = (who: string) => `"${line}," ${who} said.`;
    const report = compare(
      {
        id: 'a',
        outlet: 'A',
        text: text('Ilse Varga'),
        entities: [{ name: 'Ilse Varga', key: 'ilse varga', type: 'person', mentions: ['Ilse Varga'] }],
        quotes: [{ content: `${line},`, cue: 'said', source: 'Ilse Varga', speaker: 'ilse varga' }],
      },
      {
        id: 'b',
        outlet: 'B',
        text: `${text('Orm Bay')} Orm Bay lies on the coast.`,
        entities: [{ name: 'Orm Bay', key: 'orm bay', type: 'person', mentions: ['Orm Bay'] }],
        quotes: [{ content: `${line},`, cue: 'said', source: 'Orm Bay', speaker: 'orm bay' }],
      },
      {
        id: 'c',
        outlet: 'C',
        text: 'Floods reached Orm Bay on Monday night.',
        entities: [{ name: 'Orm Bay', key: 'orm bay', type: 'place', mentions: ['Orm Bay'] }],
      },
    );
    assert.ok(!report.conflicts.some((conflict) => conflict.kind === 'speaker'));
  });

  it('two different people in one role still make a speaker conflict (control)', () => {
    const report = compare(
      {
        id: 'a',
        outlet: 'A',
        text: `"${line}," Ilse Varga said.`,
        entities: [{ name: 'Ilse Varga', key: 'ilse varga', type: 'person', mentions: ['Ilse Varga'] }],
        quotes: [{ content: `${line},`, cue: 'said', source: 'Ilse Varga', speaker: 'ilse varga' }],
      },
      {
        id: 'b',
        outlet: 'B',
        text: `"${line}," Rhea Lund said.`,
        entities: [{ name: 'Rhea Lund', key: 'rhea lund', type: 'person', mentions: ['Rhea Lund'] }],
        quotes: [{ content: `${line},`, cue: 'said', source: 'Rhea Lund', speaker: 'rhea lund' }],
      },
    );
    assert.equal(report.conflicts.filter((conflict) => conflict.kind === 'speaker').length, 1);
  });
});

describe('compare regressions: labels', () => {
  it('a title at the start of a sentence keeps the words in front of it (Beleaguered port chief / chief)', () => {
    const wendt = (label: string) => ({
      name: 'Clara Wendt',
      key: 'clara wendt',
      type: 'person' as const,
      mentions: [{ text: 'Clara Wendt', labels: [[label, 'role']] as [string, 'role'][] }],
    });
    const report = compare(
      {
        id: 'a',
        outlet: 'A',
        text: 'Beleaguered harbour chief Clara Wendt insisted the cranes were safe.',
        entities: [wendt('chief')],
      },
      {
        id: 'b',
        outlet: 'B',
        text: 'The cranes are safe, said chief Clara Wendt on Monday.',
        entities: [wendt('chief')],
      },
    );
    const rows = report.labels[0]?.byArticle.map((row) => row.labels.map((label) => label.text));
    assert.deepEqual(rows, [['Beleaguered harbour chief'], ['chief']]);
  });

  it('a title after a subject and its verb does not take them in (Critics called / Governor)', () => {
    const marek = {
      name: 'Elsa Marek',
      key: 'elsa marek',
      type: 'person' as const,
      mentions: [{ text: 'Elsa Marek', labels: [['Governor', 'title']] as [string, 'title'][] }],
    };
    const report = compare(
      {
        id: 'a',
        outlet: 'A',
        text: "Critics called Governor Elsa Marek's response a disgrace.",
        entities: [marek],
      },
      {
        id: 'b',
        outlet: 'B',
        text: 'Voters backed Governor Elsa Marek on Monday.',
        entities: [marek],
      },
    );
    const rows = report.labels[0]?.byArticle.map((row) => row.labels.map((label) => label.text));
    assert.deepEqual(rows, [['Governor'], ['Governor']]);
  });

  it('a label of function words only is left out (A / Transport Minister)', () => {
    const report = compare({
      id: 'a',
      outlet: 'A',
      text: 'A Transport Minister, Jonas Ekby, visited the site.',
      entities: [
        {
          name: 'Jonas Ekby',
          key: 'jonas ekby',
          type: 'person',
          mentions: [
            {
              text: 'Jonas Ekby',
              labels: [
                ['A', 'appositive'],
                ['Transport Minister', 'appositive'],
              ],
            },
          ],
        },
      ],
    });
    assert.deepEqual(
      report.labels[0]?.byArticle[0]?.labels.map((label) => label.text),
      ['Transport Minister'],
    );
  });
});

describe('compare regressions: appositives', () => {
  const varga = { name: 'Ilse Varga', key: 'ilse varga', type: 'person' as const, mentions: ['Ilse Varga'] };
  it('an appositive the language stage did not attach is a label (Ilse Varga, the reformist councillor who ...)', () => {
    const report = compare({
      id: 'a',
      outlet: 'A',
      text: 'Ilse Varga, the reformist councillor who nearly won, has demanded a recount.',
      entities: [varga],
    });
    assert.deepEqual(
      report.labels[0]?.byArticle[0]?.labels.map((label) => label.text),
      ['the reformist councillor'],
    );
  });

  it('a clause after a comma is not an appositive (Ilse Varga, an alarming report revealed today.)', () => {
    const report = compare({
      id: 'a',
      outlet: 'A',
      text: 'Cracks were found by Ilse Varga, an alarming report revealed today.',
      entities: [varga],
    });
    assert.deepEqual(report.labels, []);
  });

  it('an attribution after a comma is not an appositive (near Kettle Mill, the service said.)', () => {
    const mill = {
      name: 'Kettle Mill',
      key: 'kettle mill',
      type: 'person' as const,
      mentions: ['Kettle Mill'],
    };
    for (const text of [
      'Two cars were swept off the road near Kettle Mill, the service said.',
      'The water reached Kettle Mill, the agency says.',
      'Crews were sent to Kettle Mill, the county fire service told reporters.',
    ]) {
      const report = compare({ id: 'a', outlet: 'A', text, entities: [mill] });
      assert.deepEqual(report.labels, [], text);
    }
  });
});

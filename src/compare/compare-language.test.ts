/**
 * End to end through the language stage: plain-text articles written for this test, annotated by
 * `analyzeLanguage`, then compared. Checks only findings that do not hinge on one annotation detail.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeLanguage } from '../language/index.js';
import { createTextArticle } from '../model/index.js';
import type { Article } from '../model/index.js';
import { compareStory } from './index.js';
import { buildStory } from './story-fixture.test-helper.js';

const HERALD = [
  'Port Authority Keeps Ferry Fares Frozen',
  'A senior port official said the Solvik Port Authority would keep ferry fares frozen for another year, the Reuters reported.',
  'Marta Ekdahl, the authority’s director of transport, said on Monday evening in an interview that the ferry operators had accepted the plan.',
  '“We are not raising fares this winter,” Ekdahl said. “Families on the islands depend on these boats and we will protect them.”',
  'The harbour council approved a budget of 12 million crowns for new ferry engines last spring.',
].join('\n\n');

const TRIBUNE = [
  'Solvik Freezes Ferry Fares Again',
  'The Solvik Port Authority will keep ferry fares frozen for another year, transport director Márta Ekdahl told the Reuters on Tuesday.',
  '“We are not raising fares this winter,” the Reuters quoted her as saying.',
  'Island residents had protested outside the harbour office for three weeks in October.',
].join('\n\n');

function annotate(text: string, id: string, outlet: string): Article {
  return analyzeLanguage(createTextArticle(text, { id, outlet, source: `${id}.txt` }));
}

describe('compareStory after analyzeLanguage', () => {
  const articles = [
    annotate(HERALD, 'herald', 'Island Herald'),
    annotate(TRIBUNE, 'tribune', 'Solvik Tribune'),
  ];
  const report = compareStory(buildStory(articles), articles);

  it('shares the fare freeze and keeps the budget and the protest unique', () => {
    const freeze = report.facts.shared.find((fact) =>
      fact.citations.some((citation) => report.articles[0]?.sentences[citation.sentence]?.includes('frozen')),
    );
    assert.ok(freeze, JSON.stringify(report.facts.shared.map((fact) => fact.text)));
    assert.equal(freeze.sources, 2);
    assert.ok(report.facts.unique.some((fact) => fact.text.includes('12 million')));
    assert.ok(report.facts.unique.some((fact) => fact.text.includes('protested')));
  });

  it('credits Reuters from both outlets and names it the original source', () => {
    assert.equal(report.provenance.originalSources.length, 1);
    assert.deepEqual([...(report.provenance.originalSources[0]?.articles ?? [])].sort(), [
      'herald',
      'tribune',
    ]);
    assert.match(report.provenance.originalSources[0]?.outlet ?? '', /Reuters/);
  });

  it('flags the two days given for the interview', () => {
    const day = report.conflicts.find((conflict) => conflict.kind === 'date');
    assert.ok(day, JSON.stringify(report.conflicts));
    assert.deepEqual(day.sides.map((side) => side.articles[0]).sort(), ['herald', 'tribune']);
  });

  it('links the accented and unaccented spelling of one person', () => {
    const ekdahl = report.labels.find((entry) => entry.names.some((name) => name.includes('Ekdahl')));
    assert.ok(ekdahl, JSON.stringify(report.labels.map((entry) => entry.names)));
    assert.deepEqual(ekdahl.byArticle.map((row) => row.article).sort(), ['herald', 'tribune']);
  });

  it('marks the shorter version of the shared quote as trimmed', () => {
    const group = report.quotes.find((candidate) => candidate.text.includes('not raising fares'));
    assert.ok(group, JSON.stringify(report.quotes.map((candidate) => candidate.text)));
    assert.deepEqual([...group.articles].sort(), ['herald', 'tribune']);
    const tribune = group.variants.find((variant) => variant.article === 'tribune');
    assert.ok(tribune?.differences.includes('trimmed'));
  });
});

describe('a role one outlet puts before the name and the other in an appositive', () => {
  const articles = [
    annotate(
      'Recount Sought In Tarnby\n\nMayor Oskar Lind won by 90 votes, but his challenger, Councillor Ilse Varga, asked for a recount of the Tarnby ballots on Monday.',
      'ledger',
      'Tarnby Ledger',
    ),
    annotate(
      'Tarnby Vote Goes To Recount\n\nMayor Oskar Lind won by 90 votes, but Challenger Ilse Varga asked for a recount of the Tarnby ballots on Monday.',
      'courier',
      'Tarnby Courier',
    ),
  ];
  const report = compareStory(buildStory(articles), articles);

  it('keeps "Challenger" a label of Ilse Varga and reports no conflict over her title', () => {
    const varga = report.labels.find((entry) => entry.entity === 'Ilse Varga');
    assert.ok(varga, JSON.stringify(report.labels.map((entry) => entry.entity)));
    assert.ok(!varga.names.some((name) => name.startsWith('Challenger')), varga.names.join(' | '));
    const titles = report.conflicts.filter((conflict) => conflict.kind === 'title');
    assert.deepEqual(titles, []);
  });
});

describe('a quotation with a word changed by one outlet', () => {
  const articles = [
    annotate(
      'Opposition leader Mila Dursk said on Friday that the president was "afraid of his own people" and called for new elections.',
      'ledger',
      'Meridian Ledger',
    ),
    annotate(
      'Opposition leader Mila Dursk said the government was "afraid of its own people" as protests went on.',
      'watch',
      'Freedom Watch',
    ),
    annotate(
      'Mila Dursk, who leads the opposition, said she was "tired of waiting for elections" that never come.',
      'post',
      'Harbour Post',
    ),
  ];
  const report = compareStory(buildStory(articles), articles);

  it('is one quote, and the outlet that changed it is marked altered', () => {
    const group = report.quotes.find((candidate) => candidate.text.includes('own people'));
    assert.ok(group, JSON.stringify(report.quotes.map((candidate) => candidate.text)));
    assert.deepEqual([...group.articles].sort(), ['ledger', 'watch']);
    const changed = group.variants.filter((variant) => variant.differences.includes('altered'));
    assert.equal(changed.length, 1);
  });

  it('keeps a different quotation of the same speaker apart', () => {
    const tired = report.quotes.find((candidate) => candidate.text.includes('tired of waiting'));
    assert.deepEqual(tired?.articles, ['post']);
  });
});

describe('day-first dates ("Thursday, 12 November") after analyzeLanguage', () => {
  const annotateOn = (text: string, id: string): Article =>
    analyzeLanguage(
      createTextArticle(text, { id, outlet: id, source: `${id}.txt`, published: '2026-11-13' }),
    );
  const articles = [
    annotateOn(
      'Ostby Mayor Quits\n\nOstby Mayor Ivo Rask announced his resignation on Thursday, 12 November, two days after an audit questioned 1.6 million euros in council payments.',
      'gazette',
    ),
    annotateOn(
      'Ostby Mayor Goes\n\nIvo Rask resigned as mayor of Ostby on Thursday, 12 November, two days after a state audit found 1.4 million euros in council spending.',
      'wire',
    ),
  ];
  const report = compareStory(buildStory(articles), articles);

  it('reads the day as part of the date, and finds the disputed sum of the otherwise alike sentences', () => {
    const about = report.conflicts.map((conflict) => `${conflict.kind}: ${conflict.about}`);
    assert.ok(!about.some((entry) => /novemb/i.test(entry)), about.join(' | '));
    const sums = report.conflicts.find(
      (conflict) =>
        conflict.kind === 'number' && conflict.sides.some((side) => /1\.4 million/.test(side.value)),
    );
    assert.ok(sums, JSON.stringify(report.conflicts));
    assert.deepEqual(sums.sides.map((side) => side.value).sort(), ['1.4 million euros', '1.6 million euros']);
  });

  it('"will meet on 19 November" / "on 21 November": a date conflict, not a count of Novembers', () => {
    const meetings = [
      annotateOn(
        'Ostby Vote\n\nThe Ostby council will meet on 19 November to set a date for the election.',
        'a',
      ),
      annotateOn(
        'Ostby Poll\n\nThe Ostby council will meet on 21 November to set a date for the election.',
        'b',
      ),
    ];
    const conflicts = compareStory(buildStory(meetings), meetings).conflicts;
    const kinds = conflicts.map((conflict) => `${conflict.kind}: ${conflict.about}`);
    assert.deepEqual(kinds, ['date: day or date'], JSON.stringify(conflicts));
  });
});

describe('a sequence of days with one step told two ways', () => {
  const LEDGER = [
    'Depot Break-In',
    'Thieves got into the Lisk water board depot through a side gate on Tuesday and were found two days later, on Thursday night, board chair Ines Varga said.',
  ].join('\n\n');
  const COURIER = [
    'Lisk Depot Raided',
    'Thieves got into the Lisk water board depot through a side gate on Tuesday and were found on Wednesday night, board chair Ines Varga said.',
  ].join('\n\n');
  const ALIKE = [
    'Lisk Depot Raided',
    'Thieves got into the Lisk water board depot through a side gate on Tuesday and were found two days later, on Thursday night, board chair Ines Varga said.',
  ].join('\n\n');

  function dateConflicts(texts: readonly string[]) {
    const articles = texts.map((text, index) => annotate(text, `a${index}`, `Outlet ${index}`));
    return compareStory(buildStory(articles), articles).conflicts.filter(
      (conflict) => conflict.kind === 'date',
    );
  }

  it('the day both tell agrees and the other differs: one date conflict, Thursday vs Wednesday', () => {
    const conflicts = dateConflicts([LEDGER, COURIER]);
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    assert.deepEqual(conflicts[0]?.sides.map((side) => side.value).sort(), [
      'on Thursday night',
      'on Wednesday night',
    ]);
  });

  it('the same days: no conflict', () => {
    assert.deepEqual(dateConflicts([LEDGER, ALIKE]), []);
  });
});

describe('the age each outlet gives a person', () => {
  const jailed = (age: string): string =>
    [
      'Former Mayor Jailed',
      `A court in Lisk sentenced former mayor Ivo Brenn to four years in prison on Tuesday for taking bribes. Brenn, ${age}, denied the charges.`,
    ].join('\n\n');
  const ages = (...texts: string[]) => {
    const articles = texts.map((text, index) => annotate(text, `a${index}`, `Outlet ${index}`));
    return compareStory(buildStory(articles), articles).conflicts.filter((conflict) =>
      conflict.about.startsWith('age of'),
    );
  };

  it('"Brenn, 61," / "Brenn, 62,": one conflict on the age of Ivo Brenn', () => {
    const conflicts = ages(jailed('61'), jailed('62'));
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    assert.equal(conflicts[0]?.about, 'age of Ivo Brenn');
    assert.deepEqual(conflicts[0]?.sides.map((side) => side.value).sort(), ['61', '62']);
  });

  it('the same age, or "aged 61", is no conflict', () => {
    assert.deepEqual(ages(jailed('61'), jailed('aged 61')), []);
  });

  // A trial comes months or years after the arrest: the age at the verdict may be older.
  const arrested = (age: string): string =>
    [
      'Gunman Held',
      `Police arrested Tomas Vell at a farmhouse outside Orsk on Friday, hours after a ferry guard was shot dead at the Orsk pier. Vell, ${age}, was found hiding in a barn.`,
    ].join('\n\n');
  const convicted = (age: string): string =>
    [
      'Gunman Guilty',
      `A jury in Orsk found Tomas Vell guilty on Tuesday of murdering a ferry guard at the Orsk pier. Vell, ${age}, showed no emotion as the verdict was read.`,
    ].join('\n\n');

  it('an older age at the verdict than at the arrest is no conflict: the ages of two moments', () => {
    assert.deepEqual(ages(arrested('31'), convicted('33')), []);
  });

  it('a younger age at the verdict than at the arrest still conflicts', () => {
    assert.equal(ages(arrested('33'), convicted('31')).length, 1);
  });
});

describe("a heading of the page (a live blog entry's title) is no fact", () => {
  const blogText = [
    'Crews are fighting a wildfire on Tallis Ridge for a second day.',
    '14:20',
    'Missing woman found',
    "One of the two missing Farrow End residents, a 74-year-old woman, has been found safe at a relative's home in Hesketh, police say.",
    '09:05',
    "Fire chief: 'The wind is turning'",
    '"We are holding the line at Oxley, but the wind is turning," Chief Fire Officer Mara Tollund said.',
  ].join('\n\n');
  const plain = createTextArticle(blogText, { id: 'radio', outlet: 'Westvale Radio', source: 'radio.html' });
  const headings = new Set(['Missing woman found', "Fire chief: 'The wind is turning'"]);
  const blog = analyzeLanguage({
    ...plain,
    paragraphs: plain.paragraphs.map((paragraph) =>
      headings.has(blogText.slice(paragraph.start, paragraph.end))
        ? { ...paragraph, kind: 'heading' as const }
        : paragraph,
    ),
  });
  const post = annotate(
    [
      'Firefighters had the Tallis Ridge wildfire 40 percent contained on Sunday evening.',
      'A woman reported missing on Saturday was found safe in Hesketh, Westvale Radio reported.',
      'One man from Farrow End is still missing.',
    ].join('\n\n'),
    'post',
    'Norrin Evening Post',
  );
  const report = compareStory(buildStory([blog, post]), [blog, post]);
  const facts = [...report.facts.shared, ...report.facts.unique];

  it('neither states nor cites the entry titles', () => {
    for (const fact of facts) {
      assert.ok(!headings.has(fact.text), fact.text);
      for (const citation of fact.citations.filter((cited) => cited.article === 'radio')) {
        const cited = blog.text.slice(citation.start, citation.end);
        assert.ok(!headings.has(cited), `${fact.text} cites "${cited}"`);
      }
    }
  });

  it('the entry itself still stands with the other outlet', () => {
    const found = facts.find((fact) => fact.articles.includes('radio') && fact.articles.includes('post'));
    assert.ok(found, JSON.stringify(facts.map((fact) => fact.text)));
  });
});

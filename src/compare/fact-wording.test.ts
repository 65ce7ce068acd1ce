/**
 * The wording a fact is shown with: not a figure its own outlet has since revised, not a sentence whose pronoun
 * names no one once read apart from its article, and without an outlet's update label (the citation keeps the
 * whole sentence).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, Fact } from '../model/index.js';
import { compareStory } from './index.js';
import { buildArticle, buildStory, type ArticleSpec } from './story-fixture.test-helper.js';

function factsOf(...specs: ArticleSpec[]): Fact[] {
  const articles = specs.map((spec) => buildArticle(spec));
  const report = compareStory(buildStory(articles), articles);
  return [...report.facts.shared, ...report.facts.unique];
}

/** The fact citing sentence `sentence` of article `article`. */
function factAt(facts: readonly Fact[], article: string, sentence: number): Fact | undefined {
  return facts.find((fact) =>
    fact.citations.some((citation) => citation.article === article && citation.sentence === sentence),
  );
}

const NEWSLETTER: ArticleSpec = {
  id: 'newsletter',
  outlet: 'Esker Pipeline',
  published: '2029-06-03T18:00:00Z',
  text: [
    'Update, June 4, 09:15: Tolmar Water confirmed the leak on Wednesday and put the number of homes cut off at 12,000.',
    'Contaminated tap water has cut off more than 18,000 homes in the town of Esker from their supply, Esker Pipeline has learned.',
    'Engineer Maren Tosk found the fault at the Brill pumping station on Monday. The sample she tested held nitrate levels four times the legal limit.',
  ].join('\n\n'),
};
const AGENCY: ArticleSpec = {
  id: 'agency',
  outlet: 'Calder Press Agency',
  published: '2029-06-04T11:00:00Z',
  text: [
    'Tolmar Water said on Wednesday that contaminated tap water had cut off 12,000 homes in the town of Esker from their supply.',
    'The sample Tolmar engineers tested held nitrate levels four times the legal limit.',
    'Tolmar Water confirmed the leak on Wednesday and put the number of homes cut off at 12,000 after a night of tests at the plant.',
  ].join('\n\n'),
};
const GAZETTE: ArticleSpec = {
  id: 'gazette',
  outlet: 'Esker Gazette',
  published: '2029-06-04T15:00:00Z',
  text: 'Contaminated tap water has cut off 12,000 homes in the town of Esker from their supply, Tolmar Water said on Wednesday.',
};

test('a fact whose first teller revised its figure in an update note is worded from a report of the current figure', () => {
  const facts = factsOf(NEWSLETTER, AGENCY, GAZETTE);
  const homes = factAt(facts, 'newsletter', 1);
  assert.ok(homes, JSON.stringify(facts.map((fact) => fact.text)));
  assert.ok(
    homes.citations.some((citation) => citation.article === 'agency'),
    JSON.stringify(homes.citations),
  );
  assert.doesNotMatch(homes.text, /18,000/);
  assert.match(homes.text, /12,000 homes/);
  // Every telling is still cited, the revised one too.
  assert.ok(homes.citations.some((citation) => citation.article === 'newsletter' && citation.sentence === 1));
});

test('a wording whose pronoun has no one named before it gives way to a telling that says who', () => {
  const facts = factsOf(NEWSLETTER, AGENCY);
  const sample = factAt(facts, 'newsletter', 3);
  assert.ok(sample, JSON.stringify(facts.map((fact) => fact.text)));
  assert.ok(
    sample.citations.some((citation) => citation.article === 'agency'),
    JSON.stringify(sample),
  );
  assert.doesNotMatch(sample.text, /\bshe\b/);
  assert.match(sample.text, /nitrate levels/);
});

test("an outlet's update label is not part of a fact's wording; the citation still covers the sentence", () => {
  const facts = factsOf(NEWSLETTER, AGENCY);
  const note = factAt(facts, 'newsletter', 0);
  assert.ok(note, JSON.stringify(facts.map((fact) => fact.text)));
  assert.doesNotMatch(note.text, /^Update\b/);
  assert.match(note.text, /^Tolmar Water confirmed the leak on Wednesday/);
  const citation = note.citations.find((entry) => entry.article === 'newsletter');
  assert.equal(citation?.start, 0);
});

test('a fact whose first telling adds a clause of its own is worded from the telling with the fewest words of its own', () => {
  const facts = factsOf(
    {
      id: 'ledger',
      outlet: 'Alder Ledger',
      text: 'Harbour master Edda Lind resigned from the Port Alder authority late on Monday, hours before the port board was due to vote on a motion of no confidence in her.',
    },
    {
      id: 'wire',
      outlet: 'Kestrel Wire',
      text: 'Harbour master Edda Lind resigned from the Port Alder authority on Tuesday, after inspectors found that 12 mooring chains had not been checked since the spring.',
    },
    {
      id: 'radio',
      outlet: 'Radio Alder',
      text: 'Harbour master Edda Lind has resigned from the Port Alder authority after inspectors found rusted, unsafe mooring chains.',
    },
  );
  const resigned = factAt(facts, 'ledger', 0);
  assert.ok(resigned, JSON.stringify(facts.map((fact) => fact.text)));
  assert.equal(resigned.citations.length, 3, JSON.stringify(resigned.citations));
  assert.match(resigned.text, /^Harbour master Edda Lind has resigned/);
});

test("a fact is shown in a plain telling, not in an outlet's own loaded words, where one reads as well", () => {
  const tabloid = buildArticle({
    id: 'tabloid',
    outlet: 'Daily Rasp',
    text: 'Serial agitator Ilse Marr, 41, was among the layabouts hauled away in handcuffs from the Tolvern quay.',
  });
  const start = tabloid.text.indexOf('agitator');
  const flagged: Article = {
    ...tabloid,
    loaded: [
      { start, end: start + 'agitator'.length, text: 'agitator', reason: 'epithet', note: '', sentence: 0 },
    ],
  };
  const wire = buildArticle({
    id: 'wire',
    outlet: 'Calder Press Agency',
    text: 'Ilse Marr, 41, was led away in handcuffs from the Tolvern quay shortly after 10 a.m.',
  });
  const articles = [flagged, wire];
  const report = compareStory(buildStory(articles), articles);
  const fact = factAt([...report.facts.shared, ...report.facts.unique], 'tabloid', 0);
  assert.deepEqual(fact?.articles.sort(), ['tabloid', 'wire'], JSON.stringify(report.facts));
  assert.equal(fact?.text, wire.text);
  // The loaded word inside a quotation is the speaker's: such a telling is no less plain.
  const quoted: Article = {
    ...flagged,
    loaded: flagged.loaded.map((span) => ({ ...span, speaker: 'quoted' })),
  };
  const again = compareStory(buildStory([quoted, wire]), [quoted, wire]);
  assert.equal(factAt(again.facts.shared, 'tabloid', 0)?.text, tabloid.text);
});

const MARR = { name: 'Ilse Marr', key: 'ilse marr', type: 'person' as const };

/** `article` with the given words of its text marked as loaded in its own voice (as the summary stage marks them). */
function withOwnLoaded(
  article: Article,
  marked: readonly [word: string, reason: 'epithet' | 'emotive-verb'][],
): Article {
  return {
    ...article,
    loaded: marked.map(([word, reason]) => {
      const start = article.text.indexOf(word);
      return { start, end: start + word.length, text: word, reason, note: '', sentence: 0 };
    }),
  };
}

test("a quotation introduced with a loaded verb of speech in the outlet's own voice gives way to a plain telling", () => {
  const tabloid = withOwnLoaded(
    buildArticle({
      id: 'tabloid',
      outlet: 'Daily Rasp',
      text: '"We will not leave the Tolvern quay while the cranes still stand," Ilse Marr screeched at the gates.',
    }),
    [['screeched', 'emotive-verb']],
  );
  const wire = buildArticle({
    id: 'wire',
    outlet: 'Calder Press Agency',
    text: '"We will not leave the Tolvern quay while the cranes still stand," Ilse Marr said at the gates.',
  });
  const report = compareStory(buildStory([tabloid, wire]), [tabloid, wire]);
  const fact = factAt(report.facts.shared, 'tabloid', 0);
  assert.deepEqual(fact?.articles.sort(), ['tabloid', 'wire'], JSON.stringify(report.facts));
  assert.equal(fact?.text, wire.text);
});

test("a quotation told readably only in an outlet's loaded frame is shown as said by the speaker another source names", () => {
  const tabloid = withOwnLoaded(
    buildArticle({
      id: 'tabloid',
      outlet: 'Daily Rasp',
      text: 'The ringleader screeched: "We will not leave the Tolvern quay while the cranes still stand."',
      quotes: [
        {
          content: 'We will not leave the Tolvern quay while the cranes still stand.',
          cue: 'screeched',
          source: 'The ringleader',
        },
      ],
    }),
    [
      ['ringleader', 'epithet'],
      ['screeched', 'emotive-verb'],
    ],
  );
  // The wire's telling is the second sentence of a quotation: it does not read on its own.
  const wire = buildArticle({
    id: 'wire',
    outlet: 'Calder Press Agency',
    text:
      'Ilse Marr, who leads the dockers, was led away at noon. "We came here to save the quay. We will not leave ' +
      'the Tolvern quay while the cranes still stand," she said before her arrest.',
    entities: [{ ...MARR, mentions: ['Ilse Marr'] }],
    quotes: [
      {
        content:
          'We came here to save the quay. We will not leave the Tolvern quay while the cranes still stand,',
        cue: 'said',
        source: 'she',
        speaker: 'ilse marr',
      },
    ],
  });
  const report = compareStory(buildStory([tabloid, wire]), [tabloid, wire]);
  const fact = factAt(report.facts.shared, 'tabloid', 0);
  assert.deepEqual(fact?.articles.sort(), ['tabloid', 'wire'], JSON.stringify(report.facts));
  assert.equal(
    fact?.text,
    'Ilse Marr said: "We will not leave the Tolvern quay while the cranes still stand."',
  );
  assert.equal(fact?.citations.length, 2);
  // Without a speaker named by another source, the frame stays: nothing else tells who spoke.
  const alone = compareStory(buildStory([tabloid]), [tabloid]);
  assert.equal(factAt(alone.facts.unique, 'tabloid', 0)?.text, tabloid.text);
});

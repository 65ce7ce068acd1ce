import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createTextArticle } from '../model/index.js';
import { alignSentences, compareStory, type AlignUnit } from './index.js';
import { compareWords } from './group-quotes.js';
import { alignSentencesPairwise } from './align-sentences-pairwise.test-helper.js';
import { buildStory, naiveSentences } from './story-fixture.test-helper.js';

const WORDS = [
  'river',
  'dam',
  'mayor',
  'flood',
  'homes',
  'rescue',
  'shelter',
  'engineer',
  'bridge',
  'storm',
  '12',
  'the',
  'on',
  'from',
  'killed',
];
const unitArbitrary = fc.record({
  article: fc.integer({ min: 0, max: 4 }),
  text: fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 8 }).map((words) => words.join(' ')),
});

describe('alignSentences', () => {
  it('puts every sentence in exactly one group, at most two adjacent sentences per article', () => {
    fc.assert(
      fc.property(fc.array(unitArbitrary, { maxLength: 40 }), (raw) => {
        const units: AlignUnit[] = raw.map((unit, index) => ({ ...unit, sentence: index }));
        const { groups } = alignSentences(units);
        const seen = groups.flat().sort((a, b) => a - b);
        assert.deepEqual(
          seen,
          units.map((_, index) => index),
        );
        for (const group of groups) {
          const byArticle = new Map<number, number[]>();
          for (const index of group) {
            const unit = units[index] as AlignUnit;
            byArticle.set(unit.article, [...(byArticle.get(unit.article) ?? []), unit.sentence ?? index]);
          }
          for (const positions of byArticle.values()) {
            assert.ok(positions.length <= 2);
            if (positions.length === 2) assert.equal(Math.abs((positions[0] ?? 0) - (positions[1] ?? 0)), 1);
          }
        }
      }),
    );
  });

  it('gives the same groups for the same input', () => {
    fc.assert(
      fc.property(fc.array(unitArbitrary, { maxLength: 30 }), (units) => {
        assert.deepEqual(alignSentences(units), alignSentences(units));
      }),
    );
  });

  it('joins the same sentence told by two articles and keeps unrelated sentences apart', () => {
    const { groups } = alignSentences([
      { article: 0, text: 'The storm destroyed the old harbour bridge on Friday.' },
      { article: 0, text: 'Bakers in the square sold bread at half price.' },
      { article: 1, text: 'On Friday the old harbour bridge was destroyed by the storm.' },
      { article: 1, text: 'A violinist played for the rescue crews.' },
    ]);
    assert.deepEqual(groups, [[0, 2], [1], [3]]);
  });

  it('never joins two sentences of one article through each other', () => {
    const { groups } = alignSentences([
      { article: 0, text: 'The storm destroyed the old harbour bridge.', sentence: 0 },
      { article: 0, text: 'Bakers sold bread at half price.', sentence: 1 },
      { article: 0, text: 'The storm destroyed the old harbour bridge.', sentence: 5 },
    ]);
    assert.equal(groups.length, 3);
  });

  it('does not join two sentences that share only names and titles', () => {
    const { groups } = alignSentences([
      { article: 0, text: 'Governor Elsa Marek declared a state of emergency on Sunday evening.' },
      { article: 1, text: 'Critics called Governor Elsa Marek a coward.' },
      { article: 2, text: 'Governor Elsa Marek declared an emergency on Sunday.' },
    ]);
    assert.deepEqual(groups, [[0, 2], [1]]);
  });

  it('does not join two statements of one speaker that share a name and one other word', () => {
    const { groups } = alignSentences([
      {
        article: 0,
        text: 'Marit Lund, who chairs the Tess Valley Residents’ Association, said the authority should explain why the cracks had grown.',
      },
      {
        article: 1,
        text: 'Marit Lund of the Tess Valley Residents’ Association told Radio Veland the group would ask the authority to publish its readings.',
      },
      {
        article: 2,
        text: 'Marit Lund said the authority should explain why the cracks had been allowed to grow.',
      },
    ]);
    assert.deepEqual(groups, [[0, 2], [1]]);
  });

  it('does not join a claim with its denial', () => {
    const { groups } = alignSentences([
      {
        article: 0,
        text: 'The county had not opened a formal investigation into the Tessel spill, officials said.',
      },
      { article: 1, text: 'The county said it had opened a formal investigation into the Tessel spill.' },
      {
        article: 2,
        text: 'Officials said the county had opened a formal investigation into the spill at Tessel.',
      },
    ]);
    assert.deepEqual(groups, [[0], [1, 2]]);
  });

  it('joins two denials of one thing whose negations reach different words', () => {
    // "would not fine or otherwise seek to punish" denies "seek" beyond the negation's reach; the other
    // telling denies "seek" right after "not". Both deny the fine: one fact, not a claim and its denial.
    const { groups } = alignSentences([
      {
        article: 0,
        text: 'A senior port official said the authority would not fine or otherwise seek to punish the Gull Island ferry if it repaid the subsidy, the Courier reported.',
      },
      {
        article: 1,
        text: 'The port authority will not seek to fine the Gull Island ferry if it agrees to repay the subsidy, its director Ilse Varga told the Courier.',
      },
    ]);
    assert.deepEqual(groups, [[0, 1]]);
  });

  it('joins two quotations only when they share much of their wording', () => {
    const { groups } = alignSentences([
      { article: 0, text: '“We have lost finished stock, and that hurts, but nobody was hurt,” he said.' },
      { article: 1, text: '"We will make up the lost stock.' },
      { article: 2, text: '“We have lost finished stock and that hurts,” Brandt said.' },
    ]);
    assert.deepEqual(groups, [[0, 2], [1]]);
  });

  it('still joins two tellings when a shared word is a name in one and a plain word in the other', () => {
    const { groups } = alignSentences([
      { article: 0, text: 'Floods cut off Harrow Valley and Dunmore on Sunday.' },
      { article: 1, text: 'The valley floods cut off Harrow and Dunmore.' },
    ]);
    assert.deepEqual(groups, [[0, 1]]);
  });

  it('does not chain a sentence onto a fact through the one telling it loosely resembles', () => {
    // The standfirst shares "recount" and "mayor" with one telling of the mayor's reply (0.29), nothing of the
    // kind with the other: single linkage made it one fact with both, and the summary cited them for it.
    const { groups } = alignSentences([
      {
        article: 0,
        sentence: 0,
        text: 'A recount will begin on Friday after Mayor Edvin Sorle won re-election by 90 votes.',
      },
      { article: 0, sentence: 1, text: 'Turnout in Kessby was the lowest in twenty years.' },
      {
        article: 1,
        sentence: 0,
        text: 'The mayor said he respected the right to a recount and expected to win it.',
      },
      { article: 1, sentence: 1, text: 'Sorle has run the town hall since 2016.' },
      {
        article: 2,
        sentence: 0,
        text: '"I respect the right of my challenger to ask for a recount, and I expect the result to stand," Sorle said.',
      },
      { article: 2, sentence: 1, text: 'Ballot boxes were sealed overnight at the Kessby library.' },
    ]);
    assert.deepEqual(groups, [[0], [1], [2, 4], [3], [5]]);
  });

  it('keeps a telling that shares the thing and the day with the others but words the event otherwise', () => {
    // "broke through" / "collapsed" share only "dam" of the "what" kind: too little for an edge, enough for a
    // link (`LINK_WHAT_SHORTFALL`, 0.18 >= `LINK_THRESHOLD`), so the telling stays with the fact.
    const { groups } = alignSentences([
      {
        article: 0,
        sentence: 0,
        text: 'Meltwater from the Orla river broke through the Vessel dam early on Saturday.',
      },
      { article: 0, sentence: 1, text: 'Farmers moved their cattle to higher ground.' },
      {
        article: 1,
        sentence: 0,
        text: 'The Vessel dam gave way on Saturday morning, sending the Orla river into the valley.',
      },
      { article: 1, sentence: 1, text: 'Schools in the valley stayed shut.' },
      {
        article: 2,
        sentence: 0,
        text: 'The Vessel dam collapsed on Saturday morning and flooded the village of Brenn.',
      },
      { article: 2, sentence: 1, text: 'A bakery in Brenn handed out bread to the rescue teams.' },
    ]);
    assert.deepEqual(groups, [[0, 2, 4], [1], [3], [5]]);
  });

  it('keeps a telling linked to every other below the edge threshold', () => {
    // "is not yet known" / "was being investigated" score 0.20 (< `ALIGN_THRESHOLD`, >= `LINK_THRESHOLD`).
    const { groups } = alignSentences([
      {
        article: 0,
        sentence: 0,
        text: 'The coastguard said the cause of the sinking had not been established.',
      },
      { article: 0, sentence: 1, text: 'The trawler had a crew of six.' },
      { article: 1, sentence: 0, text: 'The cause of the sinking is not yet known.' },
      { article: 1, sentence: 1, text: 'All six fishermen were winched to safety.' },
      {
        article: 2,
        sentence: 0,
        text: 'A spokesman for the coastguard said the cause of the sinking was being investigated and that no foul play was suspected.',
      },
      { article: 2, sentence: 1, text: 'The trawler sailed from Harsby on Monday.' },
    ]);
    assert.deepEqual(groups, [[0, 2, 4], [1], [3], [5]]);
  });

  it('scores only pairs that share a selective word', () => {
    const units = Array.from({ length: 60 }, (_, index) => ({
      article: index,
      text: `unique${index} word${index} token${index}`,
    }));
    assert.equal(alignSentences(units).pairsScored, 0);
  });
});

// Invented sentences, several told in two or three wordings, drawn with many repeats: copy-heavy stories.
const POOL = [
  'The Saltmere ferry terminal opened on Tuesday after four years of work.',
  'After four years of work, the Saltmere ferry terminal opened on Tuesday.',
  'The new Saltmere ferry terminal opened on Tuesday.',
  'The terminal cost 48 million crowns, the harbour board said.',
  'The harbour board said the terminal cost 52 million crowns.',
  '"Saltmere finally has a harbour it deserves," said harbour master Edda Roan.',
  '"Saltmere has a harbour it deserves," Edda Roan said.',
  'Fishermen had warned that the new pier would block the old slipway.',
  'Harbour Master Edda Roan opened the Saltmere terminal.',
  'Critics called Harbour Master Edda Roan reckless.',
  'Edda Roan Saltmere Harbour.',
  'Ferries to Kell Island will leave every hour from May.',
  'Updated 10 a.m.',
  'Roan said the old slipway stays open for fishing boats.',
];

const copyStoryArbitrary = fc.record({
  picks: fc.array(
    fc.record({
      article: fc.integer({ min: 0, max: 7 }),
      text: fc.oneof(fc.constantFrom(...POOL), fc.constantFrom(...POOL.slice(0, 3))),
    }),
    { maxLength: 70 },
  ),
  threshold: fc.constantFrom(0.1, 0.25, 0.5, 0.9),
  linkThreshold: fc.constantFrom(0.05, 0.15, 0.25),
  sentencesPerArticle: fc.constantFrom(1, 2, 3, Infinity),
  byArticle: fc.boolean(),
  // Articles of one source (copies), here every third article: their tellings vote once when groups meet.
  sourced: fc.boolean(),
});

describe('alignSentences with sources', () => {
  // Three copies of one wire sentence that tells two things, one outlet's sentence with the first thing, another's
  // with the second: the two outlets' sentences share no fact, and only the copies link them.
  const wire =
    'The Saltmere ferry terminal opened on Tuesday, and fishermen warned that the new pier would block the old slipway.';
  const units: AlignUnit[] = [
    { article: 0, sentence: 0, text: wire },
    { article: 1, sentence: 0, text: wire },
    { article: 2, sentence: 0, text: wire },
    { article: 3, sentence: 0, text: 'The Saltmere ferry terminal opened to passengers on Tuesday.' },
    { article: 4, sentence: 0, text: 'Fishermen warned that the new pier would block the old slipway.' },
  ];
  const together = (groups: number[][]): boolean =>
    groups.some((group) => group.includes(3) && group.includes(4));

  it('lets copies of one text count once, so they do not chain two outlets into one fact', () => {
    const sourced = units.map((unit) => ({ ...unit, source: unit.article < 3 ? 0 : unit.article }));
    assert.equal(together(alignSentences(sourced).groups), false);
    assert.equal(together(alignSentencesPairwise(sourced).groups), false);
  });

  it('does not count a pair of two articles of one source, one in each group, as unlinked', () => {
    // Articles 0 and 3 are copies of one source: whether they are linked says nothing, and the outlet's sentence
    // (article 1) is linked to article 0's, so it joins that sentence's group however article 3's fits.
    const picks: AlignUnit[] = [
      {
        article: 0,
        sentence: 0,
        text: '"Saltmere finally has a harbour it deserves," said harbour master Edda Roan.',
        source: 0,
      },
      {
        article: 3,
        sentence: 0,
        text: 'The Saltmere ferry terminal opened on Tuesday after four years of work.',
        source: 0,
      },
      { article: 1, sentence: 0, text: 'Harbour Master Edda Roan opened the Saltmere terminal.', source: 1 },
    ];
    const options = { threshold: 0.1, linkThreshold: 0.05, sentencesPerArticle: 1 };
    assert.deepEqual(alignSentences(picks, options), alignSentencesPairwise(picks, options));
  });

  it('counts every article as its own source when none is given', () => {
    assert.equal(together(alignSentences(units).groups), true);
  });
});

describe('alignSentences against the pairwise reference', () => {
  it('gives the same groups and pair count on copy-heavy stories', () => {
    fc.assert(
      fc.property(
        copyStoryArbitrary,
        ({ picks, threshold, linkThreshold, sentencesPerArticle, byArticle, sourced }) => {
          const ordered = byArticle ? [...picks].sort((a, b) => a.article - b.article) : picks;
          const positions = new Map<number, number>();
          const units: AlignUnit[] = ordered.map((pick) => {
            const sentence = positions.get(pick.article) ?? 0;
            positions.set(pick.article, sentence + 1);
            return sourced ? { ...pick, sentence, source: pick.article % 3 } : { ...pick, sentence };
          });
          const options = { threshold, linkThreshold, sentencesPerArticle };
          assert.deepEqual(alignSentences(units, options), alignSentencesPairwise(units, options));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('gives the same groups when one article repeats a sentence next to itself and further on', () => {
    const text = POOL[0] as string;
    const units: AlignUnit[] = [
      { article: 0, sentence: 0, text },
      { article: 0, sentence: 1, text },
      { article: 0, sentence: 4, text },
      ...Array.from({ length: 20 }, (_, index) => ({ article: index + 1, sentence: 0, text })),
      { article: 3, sentence: 1, text },
      { article: 4, sentence: 1, text: POOL[1] as string },
    ];
    const fast = alignSentences(units);
    assert.deepEqual(fast, alignSentencesPairwise(units));
    assert.ok(fast.groups.length >= 3);
  });
});

describe('compareWords', () => {
  const reference = 'we will not lift sanctions until he leaves'.split(' ');
  it('names a shorter version trimmed', () => {
    assert.deepEqual(compareWords(reference.slice(0, 5), reference), ['trimmed']);
  });
  it('names a version that runs on extended', () => {
    assert.deepEqual(compareWords([...reference, 'power'], reference), ['extended']);
  });
  it('names changed words altered', () => {
    assert.deepEqual(compareWords('we will not ease sanctions until he leaves'.split(' '), reference), [
      'trimmed',
      'altered',
    ]);
  });
  it('names words swapped at either end altered, not extended', () => {
    // "bought their freedom" for "bought their own immunity"; "greed three times." for "greed twice: once ...".
    assert.deepEqual(compareWords('we will not lift sanctions until he goes'.split(' '), reference), [
      'trimmed',
      'altered',
    ]);
    assert.deepEqual(compareWords('they will not lift sanctions until he leaves'.split(' '), reference), [
      'trimmed',
      'altered',
    ]);
    // A version that runs on into words of its own for longer is an extension of a shorter quote.
    assert.deepEqual(
      compareWords('we will not lift sanctions and we will keep the embargo'.split(' '), reference),
      ['trimmed', 'extended'],
    );
  });
  it('finds no difference in an identical version', () => {
    assert.deepEqual(compareWords([...reference], reference), []);
  });
  it('reads a contraction written without its apostrophe as the same negation ("cant" for "can\'t")', () => {
    const said = "i can't say why the gate was open".split(' ');
    assert.ok(!compareWords('i cant say why the gate was open'.split(' '), said).includes('reversed'));
  });
  it('finds no reversal in a version that repeats a negated line the reference gives twice', () => {
    // The reference holds the line twice; the version gives it once. Every "never" is kept where it stands.
    const twice = "you're never going to leave me you're never going to leave me".split(' ');
    for (const version of [
      "you're never going to leave me".split(' '),
      "you're never going to leave me according to the records".split(' '),
    ])
      assert.ok(!compareWords(version, twice).includes('reversed'), version.join(' '));
  });
  it('still finds the negation dropped between the words around it', () => {
    const said = 'owners do not need to move their boats'.split(' ');
    assert.ok(compareWords('owners need to move their boats'.split(' '), said).includes('reversed'));
    assert.ok(compareWords(said, 'owners need to move their boats'.split(' ')).includes('reversed'));
    assert.ok(
      compareWords('we will lift sanctions until he leaves'.split(' '), reference).includes('reversed'),
    );
  });
});

describe('compareStory on arbitrary text', () => {
  it('never throws and cites only sentences that exist', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 300 }), { minLength: 1, maxLength: 4 }), (texts) => {
        const articles = texts.map((text, index) => ({
          ...createTextArticle(text, { id: `a${index}`, outlet: `Outlet ${index % 2}` }),
          sentences: naiveSentences(text),
        }));
        const report = compareStory(buildStory(articles), articles);
        for (const fact of [...report.facts.shared, ...report.facts.unique]) {
          for (const citation of fact.citations) {
            const article = articles.find((candidate) => candidate.id === citation.article);
            assert.ok(article?.sentences[citation.sentence]);
          }
        }
        assert.equal(report.coverage.articles, articles.length);
      }),
      { numRuns: 200 },
    );
  });

  it('handles one long article of repeated sentences quickly', () => {
    const text = Array.from({ length: 3000 }, () => 'The storm destroyed the old harbour bridge again.').join(
      ' ',
    );
    const article = { ...createTextArticle(text, { id: 'long' }), sentences: naiveSentences(text) };
    const other = { ...article, id: 'other', outlet: 'Other' };
    const started = performance.now();
    const report = compareStory(buildStory([article, other]), [article, other]);
    assert.ok(performance.now() - started < 10_000);
    assert.equal(report.facts.shared.length + report.facts.unique.length > 0, true);
  });
});

describe('sentences that share only a modifier phrase', () => {
  const TABLOID = 'He raked in 3.2 million crowns from ferry contracts worth 84 million crowns.';
  const COURT =
    'Hesse was sentenced to six years for taking bribes on ferry contracts worth 84 million crowns.';
  const together = (a: string, b: string): boolean => {
    const units: AlignUnit[] = [
      { article: 0, sentence: 0, text: 'Former harbour director Karl Hesse was jailed in Vell.' },
      { article: 0, sentence: 1, text: a },
      { article: 1, sentence: 0, text: 'A Vell court jailed the former harbour director.' },
      { article: 1, sentence: 1, text: b },
    ];
    return alignSentences(units).groups.some((group) => group.includes(1) && group.includes(3));
  };

  it('"raked in ... from ferry contracts worth 84 million crowns" is not "sentenced ... on ferry contracts ..."', () => {
    assert.equal(together(TABLOID, COURT), false);
  });

  it('the same event with the same modifier still aligns', () => {
    assert.equal(
      together(
        'Hesse was sentenced to six years for taking bribes on ferry contracts worth 84 million crowns.',
        'He was sentenced to six years in prison over bribes on ferry contracts worth 84 million crowns.',
      ),
      true,
    );
  });

  it('one event in two words of one kind ("killed" / "died") with the same modifier still aligns', () => {
    assert.equal(
      together(
        'Twelve passengers were killed in the crash of a ferry near Lisk harbour.',
        'Twelve passengers died in the crash of a ferry near Lisk harbour.',
      ),
      true,
    );
  });
});

describe('sentences that tell different stages of one court case', () => {
  // The case's who and charge are in every telling ("former harbour commissioner Ilsa Brandvik", "for embezzling
  // port funds"); what happened is the stage: charged, convicted, jailed, appealed.
  const JAILED =
    'Former harbour commissioner Ilsa Brandvik was jailed for four years on Monday for embezzling port funds.';
  const grouped = (...texts: string[]): boolean => {
    const units: AlignUnit[] = [
      ...texts.map((text, article) => ({ article, sentence: 0, text })),
      { article: 0, sentence: 1, text: 'The court in Vessby heard from eleven witnesses over three weeks.' },
      { article: 1, sentence: 1, text: 'Brandvik ran the Vessby harbour office from 2015 to 2024.' },
    ];
    const { groups } = alignSentences(units);
    return groups.some((group) => texts.every((_, index) => group.includes(index)));
  };

  it('an appeal against the conviction is not the sentence, though both name the person and the charge', () => {
    assert.equal(
      grouped(
        JAILED,
        'Lawyers for former harbour commissioner Ilsa Brandvik say they will appeal against her conviction for embezzling port funds.',
      ),
      false,
    );
    assert.equal(
      grouped(
        'Former harbour commissioner Ilsa Brandvik was charged on Monday with embezzling port funds.',
        'Former harbour commissioner Ilsa Brandvik was acquitted on Monday of embezzling port funds.',
      ),
      false,
    );
  });

  it('one stage in other words ("jailed" / "sentenced to prison", "caged") still aligns', () => {
    assert.equal(
      grouped(
        JAILED,
        'A Vessby court on Monday sentenced former harbour commissioner Ilsa Brandvik to four years in prison for embezzling port funds.',
      ),
      true,
    );
    assert.equal(
      grouped(
        JAILED,
        'Former harbour commissioner Ilsa Brandvik was caged for four years on Monday for embezzling port funds.',
      ),
      true,
    );
  });
});

describe('a state and its end told of the same people or things', () => {
  const together = (a: string, b: string): boolean => {
    const units: AlignUnit[] = [
      { article: 0, sentence: 0, text: 'A storm swept across the Quarry Bay coast on Tuesday night.' },
      { article: 0, sentence: 1, text: a },
      {
        article: 1,
        sentence: 0,
        text: 'Gales battered the Quarry Bay coast overnight, coastguard officials said.',
      },
      { article: 1, sentence: 1, text: b },
      { article: 2, sentence: 0, text: 'The harbour at Pell Point took the worst of the storm.' },
    ];
    return alignSentences(units).groups.some((group) => group.includes(1) && group.includes(3));
  };

  it('"are missing" is not "one of the two missing ... has been found"', () => {
    assert.equal(
      together(
        'Two fishermen from Quarry Bay are missing, the coastguard said.',
        'One of the two missing Quarry Bay fishermen, a 52-year-old man, has been found alive on a sandbank.',
      ),
      false,
    );
  });

  it('"trapped" is not "rescued", "closed" is not "reopened"', () => {
    assert.equal(
      together(
        'Nine workers were trapped in the flooded tunnel under Pell Point.',
        'All nine workers trapped in the flooded tunnel under Pell Point were rescued on Wednesday.',
      ),
      false,
    );
    assert.equal(
      together(
        'The coast road between Quarry Bay and Pell Point was closed after a landslide.',
        'The coast road between Quarry Bay and Pell Point reopened on Thursday after the landslide was cleared.',
      ),
      false,
    );
  });

  it('the end told twice, or a state not yet ended, still aligns', () => {
    assert.equal(
      together(
        'One of the two missing Quarry Bay fishermen has been found alive on a sandbank.',
        'A fisherman missing since the storm was found alive on a sandbank, the coastguard said.',
      ),
      true,
    );
    assert.equal(
      together(
        'Two fishermen from Quarry Bay are missing, the coastguard said.',
        'Two Quarry Bay fishermen are still missing and have not been found.',
      ),
      true,
    );
  });
});

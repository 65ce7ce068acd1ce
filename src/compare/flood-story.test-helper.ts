/**
 * A fictional story told by three outlets (plus one syndicated copy), written for these tests: a dam breaks
 * above the town of Marrowby. The tellings differ on purpose in one detail of each kind (a number, a day, a
 * place, a name, a title, a speaker), trim one quote, credit one outlet and reuse one passage.
 */
import type { Article, Story } from '../model/index.js';
import { buildArticle, buildStory } from './story-fixture.test-helper.js';

const COURIER_TEXT = [
  'Floodwater from the Marrow river broke through the Keld dam late on Sunday.',
  'The flood destroyed 40 homes in the lower town of Marrowby.',
  'Mayor Ilse Varga declared a state of emergency on Monday.',
  'Rescue crews opened an emergency shelter in Dunmore for displaced families.',
  "The dam's chief engineer, Tomas Brenner, said the spillway gates had jammed.",
  'Deputy Governor Rhea Lund toured the damaged embankment with army engineers.',
  '"We will rebuild every street and every bridge," Varga said.',
  '"The water came faster than any model predicted, and we had minutes, not hours, to warn people," Brenner said in a radio interview.',
  'Insurers estimate the damage at several million euros.',
].join('\n\n');

const LEDGER_TEXT = [
  'The Keld dam gave way on Sunday night, sending the Marrow river into the valley.',
  'The flood destroyed 45 homes in the lower town of Marrowby, according to The Harbour Courier.',
  'Mayor Ilse Varga declared a state of emergency on Tuesday.',
  'Rescue crews opened an emergency shelter in Pellworth for displaced families.',
  "The dam's chief engineer, Tomas Bremmer, said the spillway gates had jammed.",
  'Interior Minister Rhea Lund toured the damaged embankment with army engineers.',
  '"We will rebuild every street and every bridge," Lund said.',
  'The river crested at dawn after three days of heavy rain across the upper valley, officials said.',
  'Two farmers are still missing near the old mill.',
].join('\n\n');

const NORTHLINE_TEXT = [
  'The Keld dam collapsed on Sunday night and flooded the lower town of Marrowby.',
  'The flood destroyed 40 homes in the lower town of Marrowby.',
  'Mayor Ilse Varga declared a state of emergency on Monday.',
  '"The water came faster than any model predicted," said Tomás Brenner, the chief engineer of the dam.',
  'The river crested at dawn after three days of heavy rain across the upper valley, The Harbour Courier reported.',
  'The embattled mayor has faced criticism over delayed repairs to the dam.',
].join('\n\n');

const VARGA = { name: 'Ilse Varga', key: 'ilse varga', type: 'person' as const };
const LUND = { name: 'Rhea Lund', key: 'rhea lund', type: 'person' as const };
const PLACE = 'place' as const;

/** The Harbour Courier's telling. */
export function courierArticle(): Article {
  return buildArticle({
    id: 'courier',
    outlet: 'The Harbour Courier',
    text: COURIER_TEXT,
    entities: [
      { ...VARGA, mentions: [{ text: 'Ilse Varga', labels: [['Mayor', 'title']] }, 'Varga'] },
      { ...LUND, mentions: [{ text: 'Rhea Lund', labels: [['Deputy Governor', 'title']] }] },
      {
        name: 'Tomas Brenner',
        key: 'tomas brenner',
        type: 'person',
        mentions: [
          { text: 'Tomas Brenner', labels: [["The dam's chief engineer", 'appositive']] },
          'Brenner',
        ],
      },
      { name: 'Dunmore', key: 'dunmore', type: PLACE, mentions: ['Dunmore'] },
      { name: 'Marrowby', key: 'marrowby', type: PLACE, mentions: ['Marrowby'] },
    ],
    quotes: [
      {
        content: 'We will rebuild every street and every bridge,',
        cue: 'said',
        source: 'Varga',
        speaker: 'ilse varga',
      },
      {
        content:
          'The water came faster than any model predicted, and we had minutes, not hours, to warn people,',
        cue: 'said',
        source: 'Brenner',
        speaker: 'tomas brenner',
        context: 'in a radio interview',
      },
    ],
    dates: [
      { text: 'on Sunday', resolved: null, granularity: 'weekday' },
      { text: 'on Monday', resolved: null, granularity: 'weekday' },
    ],
  });
}

/** The Valley Ledger's telling: differs from the Courier in every checkable detail. */
export function ledgerArticle(): Article {
  return buildArticle({
    id: 'ledger',
    outlet: 'Valley Ledger',
    text: LEDGER_TEXT,
    entities: [
      { ...VARGA, mentions: [{ text: 'Ilse Varga', labels: [['Mayor', 'title']] }] },
      { ...LUND, mentions: [{ text: 'Rhea Lund', labels: [['Interior Minister', 'title']] }, 'Lund'] },
      {
        name: 'Tomas Bremmer',
        key: 'tomas bremmer',
        type: 'person',
        mentions: [{ text: 'Tomas Bremmer', labels: [["The dam's chief engineer", 'appositive']] }],
      },
      { name: 'Pellworth', key: 'pellworth', type: PLACE, mentions: ['Pellworth'] },
      { name: 'Marrowby', key: 'marrowby', type: PLACE, mentions: ['Marrowby'] },
    ],
    quotes: [
      {
        content: 'We will rebuild every street and every bridge,',
        cue: 'said',
        source: 'Lund',
        speaker: 'rhea lund',
      },
    ],
    credits: [
      { text: 'according to The Harbour Courier', outlet: 'The Harbour Courier', kind: 'according-to' },
    ],
    dates: [
      { text: 'on Sunday night', resolved: null, granularity: 'weekday' },
      { text: 'on Tuesday', resolved: null, granularity: 'weekday' },
    ],
  });
}

/** Northline News: agrees with the Courier, trims Brenner's quote, reuses a Ledger passage, credits the Courier. */
export function northlineArticle(): Article {
  return buildArticle({
    id: 'northline',
    outlet: 'Northline News',
    text: NORTHLINE_TEXT,
    entities: [
      {
        ...VARGA,
        mentions: [
          { text: 'Ilse Varga', labels: [['Mayor', 'title']] },
          { text: 'mayor', labels: [['embattled mayor', 'epithet']], reference: true },
        ],
      },
      {
        name: 'Tomás Brenner',
        key: 'tomas brenner',
        type: 'person',
        mentions: [{ text: 'Tomás Brenner', labels: [['the chief engineer of the dam', 'appositive']] }],
      },
      { name: 'Marrowby', key: 'marrowby', type: PLACE, mentions: ['Marrowby'] },
    ],
    quotes: [
      {
        content: 'The water came faster than any model predicted,',
        cue: 'said',
        source: 'Tomás Brenner',
        speaker: 'tomas brenner',
      },
    ],
    credits: [{ text: 'The Harbour Courier reported', outlet: 'The Harbour Courier' }],
    dates: [
      { text: 'on Sunday night', resolved: null, granularity: 'weekday' },
      { text: 'on Monday', resolved: null, granularity: 'weekday' },
    ],
  });
}

/** The Tri-County Wire's syndicated copy of the Courier: same text, another outlet, not an independent source. */
export function wireCopyArticle(): Article {
  return { ...courierArticle(), id: 'wire', outlet: 'Tri-County Wire', source: 'wire.txt' };
}

/** The whole story: Courier, Ledger, Northline and the Wire's copy of the Courier. */
export function floodStory(): { story: Story; articles: Article[] } {
  const articles = [courierArticle(), ledgerArticle(), northlineArticle(), wireCopyArticle()];
  return {
    story: buildStory(articles, [{ article: 'wire', copyOf: 'courier', similarity: 0.99 }]),
    articles,
  };
}

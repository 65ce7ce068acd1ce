/**
 * A day told relative to the article's date ("quit last night" in a paper of Thursday) is a side of a dispute over
 * the day, shown by the day's name where another outlet on that side names it. Outlets, people and places are
 * invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeLanguage } from '../language/index.js';
import { createTextArticle, type Article } from '../model/index.js';
import { compareStory } from './index.js';
import { buildStory } from './story-fixture.test-helper.js';

// Thursday 12 March 2026: "last night" is Wednesday the 11th.
const PUBLISHED = '2026-03-12';

function annotate(id: string, outlet: string, text: string): Article {
  return analyzeLanguage(createTextArticle(text, { id, outlet, source: `${id}.txt`, published: PUBLISHED }));
}

test('"quit last night" sides with "resigned on Wednesday" against "resigned on Tuesday", shown as Wednesday', () => {
  const articles = [
    annotate(
      'courier',
      'Lisk Courier',
      'Harbour master Edvin Sollund resigned as head of the Lisk port authority on Tuesday, after two ferries collided in the channel.',
    ),
    annotate(
      'star',
      'Morning Star of Lisk',
      'Shamed harbour master Edvin Sollund finally quit as head of the Lisk port authority last night after the ferry crash.',
    ),
    annotate(
      'wire',
      'Tarn Wire',
      'Edvin Sollund resigned as head of the Lisk port authority on Wednesday, a day after two ferries collided in the channel.',
    ),
  ];
  const report = compareStory(buildStory(articles), articles);
  const day = report.conflicts.find((conflict) => conflict.kind === 'date');
  assert.ok(day, JSON.stringify(report.conflicts));
  const wednesday = day.sides.find((side) => side.articles.includes('wire'));
  assert.ok(wednesday?.articles.includes('star'), JSON.stringify(day.sides));
  assert.equal(wednesday?.value, 'on Wednesday');
  assert.ok(day.sides.some((side) => side.articles.includes('courier') && side.value === 'on Tuesday'));
});

test('"this morning" in two articles dated a day apart is no dispute: no side names the day', () => {
  const articles = [
    ['courier', 'Lisk Courier', '2026-03-11'],
    ['star', 'Morning Star of Lisk', '2026-03-12'],
  ].map(([id = '', outlet = '', published = '']) =>
    analyzeLanguage(
      createTextArticle(
        `A preliminary hearing for harbour master Edvin Sollund, charged with fraud at the Lisk port authority, took place at Lisk Crown Court this morning.`,
        { id, outlet, source: `${id}.txt`, published },
      ),
    ),
  );
  const report = compareStory(buildStory(articles), articles);
  assert.deepEqual(
    report.conflicts.filter((conflict) => conflict.kind === 'date'),
    [],
  );
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, EntityType } from '../model/index.js';
import { normalizeEntityKey } from '../language/index.js';
import { linkEntities } from './link-entities.js';
import { buildArticle } from './story-fixture.test-helper.js';

/** One article per outlet, each naming the given entities once, as the language stage would key them. */
function articles(...named: [string, EntityType][][]): Article[] {
  return named.map((entities, index) =>
    buildArticle({
      id: `a${index}`,
      outlet: `Outlet ${index}`,
      text: `${entities.map(([name]) => name).join(' met ')} on Monday.`,
      entities: entities.map(([name, type]) => ({
        name,
        key: normalizeEntityKey(name),
        type,
        mentions: [name],
      })),
    }),
  );
}

/** The linked names, each with the names its members wrote, sorted. */
function linked(input: Article[]): string[] {
  return linkEntities(input)
    .entities.map(
      (entity) => `${entity.name} <- ${entity.members.map((member) => member.entity.name).join(', ')}`,
    )
    .sort();
}

void test('one outlet writes a middle initial, another does not: one person under the fuller name', () => {
  assert.deepEqual(
    linked(articles([['Ana M. Ruiz', 'person']], [['Ana Ruiz', 'person']], [['Ruiz', 'person']])),
    ['Ana M. Ruiz <- Ana M. Ruiz, Ana Ruiz, Ruiz'],
  );
});

void test('two surnames, accented or not, the pair alone or the first surname alone: one person', () => {
  assert.deepEqual(
    linked(
      articles(
        [['Lucía Peña Núñez', 'person']],
        [['Lucia Pena Nunez', 'person']],
        [['Peña Núñez', 'person']],
        [['Peña', 'person']],
      ),
    ),
    ['Lucía Peña Núñez <- Lucía Peña Núñez, Lucia Pena Nunez, Peña Núñez, Peña'],
  );
});

void test('a first surname two people share stays apart rather than guess', () => {
  const result = linked(
    articles([['Lucía Peña Núñez', 'person']], [['Marco Peña Ortiz', 'person']], [['Peña', 'person']]),
  );
  assert.deepEqual(result, [
    'Lucía Peña Núñez <- Lucía Peña Núñez',
    'Marco Peña Ortiz <- Marco Peña Ortiz',
    'Peña <- Peña',
  ]);
});

void test('a middle name is not an initial: "Ana Maria Ruiz" and "Ana Lucia Ruiz" stay two people', () => {
  assert.deepEqual(linked(articles([['Ana Maria Ruiz', 'person']], [['Ana Lucia Ruiz', 'person']])), [
    'Ana Lucia Ruiz <- Ana Lucia Ruiz',
    'Ana Maria Ruiz <- Ana Maria Ruiz',
  ]);
});

void test('a place one outlet leaves untyped joins the place another outlet typed', () => {
  const links = linkEntities(articles([['Halvik', 'place']], [['Halvik', 'other']]));
  assert.deepEqual(
    links.entities.map((entity) => [entity.type, entity.members.length]),
    [['place', 2]],
  );
});

void test('a group one outlet leaves untyped ("Korvash fighters") joins the organisation another outlet labels', () => {
  const links = linkEntities(
    articles(
      [['Korvash', 'organization']],
      [['Korvash', 'other']],
      [
        ['Halvik', 'place'],
        ['Korvash', 'other'],
      ],
    ),
  );
  assert.deepEqual(
    links.entities.map((entity) => [entity.name, entity.type, entity.members.length]),
    [
      ['Korvash', 'organization', 3],
      ['Halvik', 'place', 1],
    ],
  );
});

/** One article per list of [name, key] people, keyed as given (the language stage adds a "Jr." to a key). */
function keyedPeople(...named: [string, string][][]): Article[] {
  return named.map((people, index) =>
    buildArticle({
      id: `a${index}`,
      outlet: `Outlet ${index}`,
      text: `${people.map(([name]) => name).join(' met ')} on Monday.`,
      entities: people.map(([name, key]) => ({ name, key, type: 'person', mentions: [name] })),
    }),
  );
}

void test('a father and his "Jr." son named apart in one article stay apart across the story', () => {
  assert.deepEqual(
    linked(
      keyedPeople(
        [
          ['Aldous Penhallow', 'aldous penhallow'],
          ['Aldous Penhallow Jr', 'aldous penhallow jr'],
        ],
        [['Aldous Penhallow Jr', 'aldous penhallow jr']],
        [['Aldous Penhallow', 'aldous penhallow']],
      ),
    ),
    [
      'Aldous Penhallow <- Aldous Penhallow, Aldous Penhallow',
      'Aldous Penhallow Jr <- Aldous Penhallow Jr, Aldous Penhallow Jr',
    ],
  );
});

void test('a "Jr." one outlet writes and another leaves off is one person when no article names two', () => {
  assert.deepEqual(
    linked(
      keyedPeople(
        [['Joseph Brandvold Jr', 'joseph brandvold jr']],
        [['Joseph Brandvold', 'joseph brandvold']],
      ),
    ),
    ['Joseph Brandvold Jr <- Joseph Brandvold Jr, Joseph Brandvold'],
  );
});

void test('a name written with its nickname links the given name and the nickname each written with the surname', () => {
  assert.deepEqual(
    linked(
      keyedPeople(
        [['Robert "Bobby" Quillan', 'robert bobby quillan']],
        [['Bobby Quillan', 'bobby quillan']],
        [['Robert Quillan', 'robert quillan']],
      ),
    ),
    ['Robert "Bobby" Quillan <- Robert "Bobby" Quillan, Bobby Quillan, Robert Quillan'],
  );
  // Two people with one surname and one first name each: a middle word never links "Ana Ruiz" to both.
  assert.equal(
    linked(
      keyedPeople(
        [['Ana Maria Ruiz', 'ana maria ruiz']],
        [['Ana Lucia Ruiz', 'ana lucia ruiz']],
        [['Ana Ruiz', 'ana ruiz']],
      ),
    ).length,
    3,
  );
});

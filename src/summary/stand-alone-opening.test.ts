import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, Entity } from '../model/index.js';
import { standAloneOpening } from './stand-alone-opening.js';
import { createTestArticle } from './test-articles.test-helper.js';

/** An article whose people are the given names, each mentioned wherever its name or surname is written. */
function article(text: string, names: readonly string[]): Article {
  const entities: Entity[] = names.map((name, index) => ({
    id: `e${index}`,
    name,
    key: name.toLowerCase(),
    type: 'person',
    mentions: [...text.matchAll(new RegExp(`${name}|${name.split(' ').at(-1) ?? name}`, 'g'))].map(
      (match) => ({
        start: match.index,
        end: match.index + match[0].length,
        text: match[0],
        labels: [],
      }),
    ),
  }));
  return createTestArticle(text, { entities });
}

function sentenceText(given: Article, index: number): string {
  const sentence = given.sentences[index];
  assert.ok(sentence);
  return given.text.slice(sentence.start, sentence.end);
}

test('a leading connective goes: the summary sentence is read apart from the one before it', () => {
  const given = article('The Orvel council met on Monday. But the ferry plan was put off until spring.', []);
  assert.deepEqual(standAloneOpening(given, 1, sentenceText(given, 1)), {
    text: 'The ferry plan was put off until spring.',
  });
  const also = article('Brisk Harbour closed its pier. Also on Monday, the Orvel council met to vote.', []);
  assert.deepEqual(standAloneOpening(also, 1, sentenceText(also, 1)), {
    text: 'On Monday, the Orvel council met to vote.',
  });
});

test('a leading "he" or "his" is named when the sentence before names one person', () => {
  const given = article(
    'Mayor Ida Brenn faced a confidence vote in Orvel. She resigned on Friday after losing it. ' +
      'Her deputy, Tam Okoro, takes over until an election.',
    ['Ida Brenn', 'Tam Okoro'],
  );
  assert.deepEqual(standAloneOpening(given, 1, sentenceText(given, 1)), {
    text: 'Ida Brenn resigned on Friday after losing it.',
  });
  assert.deepEqual(standAloneOpening(given, 2, sentenceText(given, 2)), {
    text: 'Ida Brenn’s deputy, Tam Okoro, takes over until an election.',
  });
});

test('a pronoun that may stand for either of two people, or for nobody named, is not guessed', () => {
  const two = article('Ida Brenn met Tam Okoro at the Orvel docks. He said the pier would reopen in May.', [
    'Ida Brenn',
    'Tam Okoro',
  ]);
  assert.ok('dependent' in standAloneOpening(two, 1, sentenceText(two, 1)));
  const none = article('The Orvel pier closed after the storm. He said it would reopen in May.', []);
  assert.ok('dependent' in standAloneOpening(none, 1, sentenceText(none, 1)));
});

test('a sentence still opening on a pronoun that points back cannot stand alone', () => {
  const given = article('Two boats sank off Orvel. They also lost their nets. It happened at dawn.', []);
  for (const index of [1, 2])
    assert.ok('dependent' in standAloneOpening(given, index, sentenceText(given, index)));
  const its = article('Two boats sank off Orvel. Its harbour master closed the port.', []);
  assert.ok('dependent' in standAloneOpening(its, 1, sentenceText(its, 1)));
});

test('a sentence that names its subject stays as written', () => {
  const given = article('Two boats sank off Orvel. Heavy seas kept the rescue crews in port.', []);
  assert.deepEqual(standAloneOpening(given, 1, sentenceText(given, 1)), {
    text: 'Heavy seas kept the rescue crews in port.',
  });
  const there = article('Two boats sank off Orvel. There has been no word from the owners.', []);
  assert.deepEqual(standAloneOpening(there, 1, sentenceText(there, 1)), {
    text: 'There has been no word from the owners.',
  });
});

test('a pronoun is not read as a person the same sentence names ("His daughter Ida Brenn")', () => {
  const given = article(
    'Ida Brenn spoke at the Orvel inquest. Her mother Ida Brenn wept as the verdict was read.',
    ['Ida Brenn'],
  );
  assert.ok('dependent' in standAloneOpening(given, 1, sentenceText(given, 1)));
});

test('a pronoun is named only after a sentence whose subject is the one person it names', () => {
  const given = article(
    'Dorin Halse, the Orvel harbour master, retired in May. His daughter Ada Vell said her father walked the pier each day. ' +
      'He died at dawn on Sunday.',
    ['Dorin Halse', 'Ada Vell'],
  );
  assert.ok('dependent' in standAloneOpening(given, 2, sentenceText(given, 2)));
  const titled = article('Port director Dorin Halse retired in May. He had served for thirty years.', [
    'Dorin Halse',
  ]);
  assert.deepEqual(standAloneOpening(titled, 1, sentenceText(titled, 1)), {
    text: 'Dorin Halse had served for thirty years.',
  });
});

test('a pronoun is named as the sentence before wrote the name, not by a fuller name merged with it', () => {
  const given = article('Felt retired from the Orvel bureau in 1973. He kept his secret for thirty years.', [
    'Ada Felt',
  ]);
  assert.deepEqual(standAloneOpening(given, 1, sentenceText(given, 1)), {
    text: 'Felt kept his secret for thirty years.',
  });
});

test('a word that opens a phrase of its own stays ("In addition to", "So far", "Yet another")', () => {
  const given = article(
    'The Orvel pier closed. In addition to the fine, the owners must repair the wall. So far, no one has paid. ' +
      'Yet another storm is due on Friday.',
    [],
  );
  assert.deepEqual(standAloneOpening(given, 1, sentenceText(given, 1)), {
    text: 'In addition to the fine, the owners must repair the wall.',
  });
  assert.deepEqual(standAloneOpening(given, 2, sentenceText(given, 2)), { text: 'So far, no one has paid.' });
  assert.deepEqual(standAloneOpening(given, 3, sentenceText(given, 3)), {
    text: 'Yet another storm is due on Friday.',
  });
});

test("an outlet's update or correction label goes: the note's fact reads alone", () => {
  for (const [label, expected] of [
    ['Update, March 9, 10:40: ', 'Fennick Health put the number of stolen records at 40,000.'],
    ['Correction: ', 'Fennick Health put the number of stolen records at 40,000.'],
    ["Editor's note: ", 'Fennick Health put the number of stolen records at 40,000.'],
  ] as const) {
    const text = `${label}Fennick Health put the number of stolen records at 40,000.`;
    assert.deepEqual(standAloneOpening(article(text, []), 0, text), { text: expected });
  }
  // A sentence that only opens on the word is left as it is.
  const plain = 'Updates to the software reached 600 surgeries: the firm said so on Monday.';
  assert.deepEqual(standAloneOpening(article(plain, []), 0, plain), { text: plain });
});

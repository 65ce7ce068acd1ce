import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldText, normalizeText } from './normalize-text.js';

test('foldText lower-cases and folds accents, whether composed, decomposed or plain ASCII', () => {
  assert.equal(foldText('Nicolás MADURO'), 'nicolas maduro');
  assert.equal(foldText('Nicola\u0301s Maduro'), 'nicolas maduro');
  assert.equal(foldText('Port Varrow, 12 May'), 'port varrow, 12 may');
  // Compatibility forms fold too: the "ﬁ" ligature and a full-width digit.
  assert.equal(foldText('ﬁre in Ｂay ３'), 'fire in bay 3');
});

test('normalizeText gives folded words with offsets into the text as written', () => {
  const text = 'Doña Inés’s café cost 1,200 crowns.';
  assert.deepEqual(
    normalizeText(text).map((token) => [token.word, text.slice(token.start, token.end)]),
    [
      ['dona', 'Doña'],
      ['ines', 'Inés’s'],
      ['cafe', 'café'],
      ['cost', 'cost'],
      ['1,200', '1,200'],
      ['crowns', 'crowns'],
    ],
  );
});

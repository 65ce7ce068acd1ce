import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attributeOutletVoice } from './attribute-outlet-voice.js';

const OUTLET = 'The Oster Herald';

function voiced(text: string): string {
  return attributeOutletVoice(text, OUTLET).text;
}

test('"has learned" / "can reveal" / "exclusively" become the outlet reporting it', () => {
  assert.equal(
    voiced('The Herald has learned that the minister will resign.'),
    'The Oster Herald reported that the minister will resign.',
  );
  assert.equal(
    voiced('We can reveal that the dam will close.'),
    'The Oster Herald reported that the dam will close.',
  );
  assert.equal(
    voiced('The Oster Herald reported exclusively last month that the port was sold.'),
    'The Oster Herald reported last month that the port was sold.',
  );
});

test('"told this newspaper" / "told the Herald" become a statement the outlet reported', () => {
  assert.equal(
    voiced('Kessel told this newspaper that she had no regrets.'),
    'Kessel said she had no regrets, The Oster Herald reported.',
  );
  assert.equal(
    voiced('Kessel told the Herald she would not stand again.'),
    'Kessel said she would not stand again, The Oster Herald reported.',
  );
  assert.equal(voiced('Our reporters saw vans outside.'), "The Oster Herald's reporters saw vans outside.");
  // The last words of a longer name are the outlet too: "told the Evening Post" in the Kestrel Evening Post.
  assert.equal(
    attributeOutletVoice('Dal told the Evening Post that the valley was safe.', 'Kestrel Evening Post').text,
    'Dal said the valley was safe, Kestrel Evening Post reported.',
  );
});

test('self-reference that cannot be attributed, or with no outlet known, is left out', () => {
  assert.equal(voiced('We were there when the dam broke.'), '');
  assert.equal(attributeOutletVoice('Our reporters saw vans outside.', undefined).text, '');
  assert.equal(voiced('A spokesman said in a statement to the Herald that the claims were false.'), '');
});

test('a speaker\'s quoted "we", other outlets and plain facts are left alone', () => {
  for (const text of [
    '“We will fight on,” Kessel said.',
    'The Tarn Courier reported that the minister will resign.',
    'The council met on Monday to discuss the dam.',
    // "US" is the country, not "us"; "exclusively" that is not about the reporting is a plain word.
    'The US and Canada signed the pact on Monday.',
    'The land is used exclusively for grazing, the council said.',
  ]) {
    assert.deepEqual(attributeOutletVoice(text, OUTLET), { text, selfReference: false });
  }
});

test('the outlet is found under any name and in any case, across many outlets in one run', () => {
  // A story of many republications meets each outlet's patterns once; the outlet's name in other capitals, or
  // only its short form, is still the outlet.
  assert.equal(
    attributeOutletVoice('THE HERALD has learned that the pier will close.', OUTLET).text,
    'The Oster Herald reported that the pier will close.',
  );
  for (let n = 1; n <= 300; n++) {
    const outlet = `Varrow Courier ${n}`;
    assert.equal(
      attributeOutletVoice(`Varrow Courier ${n} has learned that the pier will close.`, outlet).text,
      `${outlet} reported that the pier will close.`,
    );
    assert.deepEqual(attributeOutletVoice('The pier will close on Monday.', outlet), {
      text: 'The pier will close on Monday.',
      selfReference: false,
    });
  }
});

test('an outlet whose name has no "the" is still itself with one', () => {
  const outlet = 'Varrow Courier';
  assert.equal(
    attributeOutletVoice('The Varrow Courier has learned that the pier will close.', outlet).text,
    'Varrow Courier reported that the pier will close.',
  );
  assert.equal(
    attributeOutletVoice('Kessel told the Varrow Courier that she had no regrets.', outlet).text,
    'Kessel said she had no regrets, Varrow Courier reported.',
  );
});

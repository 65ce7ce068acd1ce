import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { joinQuotedWords, quotedWords } from './quoted-words.js';

const span = (text: string, start = 10) => ({ start, end: start + text.length, text });

describe('quotedWords', () => {
  it('drops the quotation marks and the attribution comma ("We are asking," ...)', () => {
    assert.deepEqual(
      quotedWords(span('"We are asking for every vote,"')).map((piece) => piece.text),
      ['We are asking for every vote'],
    );
  });

  it('keeps only the quoted words of a mixed quote (not to be named, told the Standard: "We watched ...)', () => {
    const pieces = quotedWords(span('not to be named, told the Standard: “We watched the pile”'));
    assert.deepEqual(
      pieces.map((piece) => piece.text),
      ['We watched the pile'],
    );
  });

  it('quotes to the end after an opening mark with no closing one', () => {
    assert.deepEqual(
      quotedWords(span('told the Standard: "We watched them put envelope after envelope')).map(
        (piece) => piece.text,
      ),
      ['We watched them put envelope after envelope'],
    );
  });

  it('takes single quotation marks only in a pair at both edges (‘We will rebuild,’ / the firm’s plan)', () => {
    assert.deepEqual(
      quotedWords(span('‘We will rebuild,’')).map((piece) => piece.text),
      ['We will rebuild'],
    );
    assert.deepEqual(
      quotedWords(span('the firm’s plan would go ahead')).map((piece) => piece.text),
      ['the firm’s plan would go ahead'],
    );
  });

  it('keeps every paragraph of a quote that runs over paragraphs (each reopens with a mark)', () => {
    for (const [open, close] of [
      ['"', '"'],
      ['“', '”'],
    ] as const) {
      const text = `${open}The ferry runs at dawn. The fares stay low.\n\n${open}Next spring we add a second boat.${close}`;
      const pieces = quotedWords(span(text));
      assert.deepEqual(
        pieces.map((piece) => piece.text),
        ['The ferry runs at dawn. The fares stay low.', 'Next spring we add a second boat.'],
      );
      // Nothing was left out between the paragraphs: joined with a space, not an ellipsis.
      assert.equal(
        joinQuotedWords(span(text), pieces),
        'The ferry runs at dawn. The fares stay low. Next spring we add a second boat.',
      );
    }
  });

  it('marks words left out between two quoted pieces of a mixed quote with an ellipsis', () => {
    const content = span('"We are ready," she told the Gull, "and the boats are fueled."');
    assert.equal(joinQuotedWords(content, quotedWords(content)), 'We are ready … and the boats are fueled.');
  });

  it('returns spans of the text it was given, in order, for any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.nat(50), (text, start) => {
        const pieces = quotedWords(span(text, start));
        let last = start;
        for (const piece of pieces) {
          assert.ok(piece.start >= last && piece.end <= start + text.length);
          assert.equal(text.slice(piece.start - start, piece.end - start), piece.text);
          last = piece.end;
        }
      }),
    );
  });
});

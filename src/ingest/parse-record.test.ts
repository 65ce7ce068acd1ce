import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { InputError } from '../model/index.js';
import { isReadableDate, parseJsonlLine, parseRecord } from './parse-record.js';

test('a record with text keeps its metadata and names its source', () => {
  const input = parseRecord(
    { id: 7, text: 'Body', title: 'T', outlet: 'The Gull', published: '2026-01-02', extra: true },
    'feed.jsonl:3',
  );
  assert.deepEqual(input, {
    source: 'feed.jsonl:3',
    format: 'jsonl',
    text: 'Body',
    id: '7',
    title: 'T',
    outlet: 'The Gull',
    published: '2026-01-02',
  });
});

test("a record's date is written in one form, its offset kept", () => {
  const published = (value: string): string | undefined =>
    parseRecord({ text: 'Body', published: value }, 's').published;
  assert.equal(published('2026-03-01T09:30:00.000Z'), '2026-03-01T09:30:00Z');
  assert.equal(published('2026-03-01T10:30:00+0100'), '2026-03-01T10:30:00+01:00');
  assert.equal(published('2026-03-01 10:30'), '2026-03-01T10:30:00');
  assert.equal(published('March 1, 2026'), '2026-03-01');
  // A date the ISO form cannot hold faithfully (before 1990: toIsoDate's placeholder guard) stays as given.
  assert.equal(published('1987-05-04'), '1987-05-04');
});

test('html wins over text when both are given', () => {
  const input = parseRecord({ html: '<p>x</p>', text: 'x' }, 's');
  assert.equal(input.html, '<p>x</p>');
  assert.equal(input.text, undefined);
});

test('a record without text or html is an InputError naming the line', () => {
  assert.throws(
    () => parseRecord({ id: 'a', text: '   ' }, 'in.jsonl:17'),
    (error: unknown) => {
      assert.ok(error instanceof InputError);
      assert.equal(error.code, 'missing-content');
      assert.match(error.message, /^in\.jsonl:17: expected `text` or `html`, got neither\.$/);
      // The same check serves JSONL lines and the HTTP API's `articles[i]`: the hint speaks of records.
      assert.match(error.hint ?? '', /^Each record needs/);
      return true;
    },
  );
});

test('a wrongly typed field is named in the error', () => {
  assert.throws(() => parseRecord({ text: 'x', title: 5 }, 'a:1'), /a:1: field `title`/);
  assert.throws(() => parseRecord('just a string', 'a:2'), /a:2/);
});

test('malformed JSON is an InputError, never another exception (property)', () => {
  fc.assert(
    fc.property(fc.string(), (line) => {
      try {
        parseJsonlLine(line, 'p:1');
      } catch (error) {
        assert.ok(error instanceof InputError, `unexpected ${String(error)}`);
      }
    }),
  );
});

test('isReadableDate refuses calendar dates that do not exist or lie before year 1000', () => {
  for (const good of [
    '2026-02-28',
    '2024-02-29',
    '2026-03-01T09:30:00Z',
    'Tue, 17 Nov 2026 15:12:00 +0100',
  ]) {
    assert.ok(isReadableDate(good), good);
  }
  for (const bad of ['2026-02-30', '2025-02-29', '2026-13-01', '0000-01-01', 'last Tuesday', '']) {
    assert.ok(!isReadableDate(bad), bad);
  }
});

test('an id or url holding a NUL character is refused by line: no database can key an article by it', () => {
  for (const [field, record] of [
    ['id', { id: 'harbour\u0000vote', text: 'The harbour board met.' }],
    ['url', { url: 'https://gullport.example/a\u0000b', text: 'The harbour board met.' }],
  ] as const) {
    assert.throws(
      () => parseRecord(record, 'in.jsonl:4'),
      (error: unknown) => {
        assert.ok(error instanceof InputError);
        assert.equal(error.code, 'invalid-record');
        assert.match(error.message, new RegExp(`^in\\.jsonl:4: field \`${field}\`: .*NUL`));
        return true;
      },
      field,
    );
  }
  assert.equal(
    parseRecord({ id: 'harbour vote', text: 'A NUL \u0000 in the text is kept.' }, 's').id,
    'harbour vote',
  );
});

test('a record with an unreadable date is refused with a hint about the date, not about the record shape', () => {
  assert.throws(
    () => parseRecord({ id: 'a', text: 'The ferry sailed.', published: 'last Tuesday' }, 'in.jsonl:9'),
    (error: unknown) => {
      assert.ok(error instanceof InputError);
      assert.match(error.message, /^in\.jsonl:9: field `published`: expected a date/);
      assert.equal(error.hint, 'Fix the date or leave `published` out.');
      return true;
    },
  );
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { InputError } from '../model/index.js';
import { decodeBytes } from './decode-bytes.js';

const SENTENCE = 'The café in Zürich said “déjà vu” – a naïve façade, 25 €.';

test('decodes UTF-8 with a BOM and records the BOM as evidence', () => {
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE, 'utf8')]);
  const decoded = decodeBytes(bytes);
  assert.equal(decoded.text, SENTENCE);
  assert.deepEqual(decoded.encoding, { name: 'utf-8', source: 'bom' });
});

test('decodes UTF-16LE and UTF-16BE with a BOM', () => {
  const little = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SENTENCE, 'utf-16le')]);
  assert.equal(decodeBytes(little).text, SENTENCE);
  assert.equal(decodeBytes(little).encoding.name, 'utf-16le');
  const big = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(SENTENCE, 'utf-16be')]);
  assert.equal(decodeBytes(big).text, SENTENCE);
});

test('decodes UTF-16LE without a BOM instead of calling it binary', () => {
  const html = `<html><body><p>${SENTENCE}</p></body></html>`;
  const decoded = decodeBytes(iconv.encode(html, 'utf-16le'));
  assert.equal(decoded.text, html);
  assert.equal(decoded.encoding.source, 'detected');
});

test('uses the charset of a meta tag for windows-1252 pages (curly quotes, euro sign)', () => {
  const html = `<html><head><meta charset="windows-1252"></head><body><p>${SENTENCE}</p></body></html>`;
  const decoded = decodeBytes(iconv.encode(html, 'windows-1252'));
  assert.equal(decoded.text, html);
  assert.deepEqual(decoded.encoding, { name: 'windows-1252', source: 'meta' });
});

test('reads http-equiv content-type declarations and ISO-8859-1 as windows-1252', () => {
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body><p>Café für Gäste</p></body></html>`;
  const decoded = decodeBytes(iconv.encode(html, 'latin1'));
  assert.ok(decoded.text.includes('Café für Gäste'));
  assert.equal(decoded.encoding.source, 'meta');
});

test('the HTTP content type wins over the meta tag', () => {
  const html = `<meta charset="utf-8"><p>Café</p>`;
  const decoded = decodeBytes(iconv.encode(html, 'windows-1252'), {
    contentType: 'text/html; charset=windows-1252',
  });
  assert.ok(decoded.text.includes('Café'));
  assert.equal(decoded.encoding.source, 'http');
});

test('a wrong declared charset (UTF-8 declared, windows-1252 bytes) falls back to detection', () => {
  const html = `<html><head><meta charset="utf-8"></head><body><p>${SENTENCE} ${SENTENCE}</p></body></html>`;
  const decoded = decodeBytes(iconv.encode(html, 'windows-1252'));
  assert.ok(decoded.text.includes(SENTENCE), decoded.text);
  assert.equal(decoded.encoding.source, 'detected');
  assert.ok(!decoded.text.includes('\ufffd'));
});

test('undeclared windows-1252 text is detected, not decoded as UTF-8 replacement characters', () => {
  const decoded = decodeBytes(iconv.encode(`${SENTENCE}\n${SENTENCE}\n`, 'windows-1252'));
  assert.ok(decoded.text.includes('“déjà vu”'));
  assert.ok(!decoded.text.includes('\ufffd'));
});

test('plain ASCII defaults to UTF-8', () => {
  assert.deepEqual(decodeBytes(Buffer.from('Hello world')).encoding, { name: 'utf-8', source: 'default' });
});

test('empty input throws InputError empty-input naming the source', () => {
  assert.throws(
    () => decodeBytes(new Uint8Array(0), { source: 'feeds/empty.html' }),
    (error: unknown) =>
      error instanceof InputError &&
      error.code === 'empty-input' &&
      error.message.includes('feeds/empty.html'),
  );
});

test('binary bytes (PNG header, NUL bytes) throw InputError binary-input naming the source', () => {
  const png = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  ]);
  assert.throws(
    () => decodeBytes(png, { source: 'photo.png' }),
    (error: unknown) =>
      error instanceof InputError && error.code === 'binary-input' && error.message.includes('photo.png'),
  );
  const noise = Buffer.alloc(4096);
  for (let index = 0; index < noise.length; index++) noise[index] = (index * 7919) % 256;
  assert.throws(() => decodeBytes(noise), InputError);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { outletFromDomain, registrableDomain } from './outlet-from-domain.js';

test('registrableDomain keeps the country-code second level', () => {
  assert.equal(registrableDomain('www.news.example.co.uk'), 'example.co.uk');
  assert.equal(registrableDomain('live.saltmere-post.com'), 'saltmere-post.com');
});

test('outletFromDomain splits hyphens and run-together outlet words', () => {
  assert.equal(outletFromDomain('saltmere-post.com'), 'Saltmere Post');
  assert.equal(outletFromDomain('eveningherald.example'), 'Evening Herald');
  assert.equal(outletFromDomain('vellgazette.example'), 'Vell Gazette');
  assert.equal(outletFromDomain('kbx.example'), 'KBX', 'a short unknown label reads as an acronym');
  assert.equal(outletFromDomain('thesun.example'), 'The Sun');
});

test('outletFromDomain spells a place the way the article writes it', () => {
  const text = 'Councillors in Brackwater voted on Monday. The Orrindale road stays shut.';
  assert.equal(outletFromDomain('brackwatercourier.example', text), 'Brackwater Courier');
  assert.equal(outletFromDomain('orrindaletimesledger.example', text), 'Orrindale Times Ledger');
  assert.equal(outletFromDomain('brackwater.example', text), 'Brackwater');
});

test('outletFromDomain spells an accented place the way the article writes it, in either Unicode form', () => {
  const text = 'Councillors in Ribeirão voted on Monday.';
  assert.equal(outletFromDomain('ribeiraoherald.example', text), 'Ribeirão Herald');
  assert.equal(outletFromDomain('ribeiraoherald.example', text.normalize('NFD')), 'Ribeirão Herald');
  const encoded = new URL('https://ribeirão.example/').hostname;
  assert.equal(outletFromDomain(encoded, text.normalize('NFD')), 'Ribeirão');
});

test('outletFromDomain leaves a name with no known word whole', () => {
  assert.equal(outletFromDomain('quillbeam.example'), 'Quillbeam');
  assert.equal(outletFromDomain('newsmax.example'), 'Newsmax', 'no outlet word ends it');
});

test('outletFromDomain decodes an internationalised (punycode) domain', () => {
  const encoded = new URL('https://bærumposten.example/').hostname;
  assert.ok(encoded.startsWith('xn--'), encoded);
  assert.equal(outletFromDomain(encoded), 'Bærumposten');
});

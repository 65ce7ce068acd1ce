import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compressSentence } from './compress-sentence.js';

test('an opener that only says where a statement was made, or links back, goes', () => {
  const statement = compressSentence(
    'In a statement on Tuesday, the Veland ferry board said fares would rise.',
  );
  assert.equal(statement.text, 'The Veland ferry board said fares would rise.');
  assert.deepEqual(statement.rules, ['opener']);
  assert.equal(
    compressSentence('Meanwhile, the harbour master closed the north channel to small craft.').text,
    'The harbour master closed the north channel to small craft.',
  );
  assert.equal(
    compressSentence('In the interview, Mayor Orla Penn repeated her offer of talks.').text,
    'Mayor Orla Penn repeated her offer of talks.',
  );
});

test('a leading background clause goes when the main clause starts with its subject', () => {
  assert.equal(
    compressSentence('After three weeks of talks, the Kestrel council approved the new bus routes.').text,
    'The Kestrel council approved the new bus routes.',
  );
  assert.equal(
    compressSentence('Despite a late surge in applications, Dunmere College kept its fees unchanged.').text,
    'Dunmere College kept its fees unchanged.',
  );
});

test('a leading clause stays when the rest would lose its referent, its date, or its verb', () => {
  for (const text of [
    // A pronoun subject would point at nothing once the clause is gone.
    'After the vote in Brennock, she promised to appeal the result in court.',
    // "As of ..." dates the figure.
    'As of Friday evening, 212 households were still without power in Halvik.',
    // A time clause is not in the list: the date is part of the fact.
    'On Monday, the Alder ferry service resumed its winter timetable for islanders.',
  ]) {
    assert.equal(compressSentence(text).text, text);
  }
});

test('short parentheticals go; party tags and quoted asides stay', () => {
  assert.equal(
    compressSentence('The Marsh Trust (MT) bought 40 hectares of grazing land near Tanner Point.').text,
    'The Marsh Trust bought 40 hectares of grazing land near Tanner Point.',
  );
  for (const text of [
    'Senator Ilse Varga (D-Ore.) voted against the harbour bill on Thursday.',
    'The mayor called the plan ("a fair deal") a step forward for the docks.',
  ]) {
    assert.equal(compressSentence(text).text, text);
  }
});

test('a relative clause between subject and verb goes', () => {
  const result = compressSentence(
    'Mara Voss, who led the dockers’ union for a decade, said the strike would end on Sunday.',
  );
  assert.equal(result.text, 'Mara Voss said the strike would end on Sunday.');
  assert.deepEqual(result.rules, ['relative-clause']);
});

test('a relative clause stays when it does not sit between a subject and its verb', () => {
  for (const text of [
    // The part before already has its verb: the clause describes an object, and "as well as" is no predicate.
    'Records were sought by the Harbour Authority, which audits the docks, as well as by the police.',
    // A clause ending the sentence is left alone (its comma part is the last).
    'The ferry board raised fares by 5 percent, which critics said would hurt islanders.',
  ]) {
    assert.equal(compressSentence(text).text, text);
  }
});

test('a trailing generic attribution goes only when another outlet states the fact itself', () => {
  const text = 'The Coast Line reopened to passenger trains on Saturday morning, rail officials said.';
  assert.equal(
    compressSentence(text, { corroborated: true }).text,
    'The Coast Line reopened to passenger trains on Saturday morning.',
  );
  assert.equal(compressSentence(text).text, text);
  assert.equal(
    compressSentence('Four workers were injured in the blast at the Calder mill, according to police.', {
      corroborated: true,
    }).text,
    'Four workers were injured in the blast at the Calder mill.',
  );
});

test('a named speaker, a party or a quotation keeps its attribution', () => {
  for (const text of [
    // One side's claim stays a claim.
    'The new tax will cost every family in Veland 300 crowns a year, Councillor Ilse Varga said.',
    'The harbour deal was rushed through without a vote, the opposition Green Party said.',
    // A quotation needs its speaker.
    '“We will rebuild the warehouse by spring,” the company said.',
  ]) {
    assert.equal(compressSentence(text, { corroborated: true }).text, text);
  }
});

test('a rule that would leave a fragment is skipped', () => {
  const text = 'After the storm, Halvik flooded.';
  assert.equal(compressSentence(text).text, text);
});

test('officials of a named party or country are a side: their attribution stays', () => {
  for (const text of [
    'The rockets were fired from across the Veland border on Sunday, Eldorian officials said.',
    'The recount found no missing ballots in the Marrow Bay count, Green Party officials said.',
  ]) {
    assert.equal(compressSentence(text, { corroborated: true }).text, text);
  }
});

test('an attribution after an abbreviation leaves one final period, and "a report" is not a source', () => {
  assert.equal(
    compressSentence('The stranded ferry was towed free at around 3 p.m., harbour officials said.', {
      corroborated: true,
    }).text,
    'The stranded ferry was towed free at around 3 p.m.',
  );
  const hearsay = 'Halvik will close its last coal plant by next spring, according to a report.';
  assert.equal(compressSentence(hearsay, { corroborated: true }).text, hearsay);
});

test('a reply to a claim the summary never states keeps the reply, not the dangling "the claim"', () => {
  const reply = compressSentence(
    'Harbour master Ide Rask rejected the accusation, saying the channel had been dredged on time.',
  );
  assert.equal(reply.text, 'Harbour master Ide Rask said the channel had been dredged on time.');
  assert.deepEqual(reply.rules, ['back-reference']);
  assert.equal(
    compressSentence('The ferry board denied the claims, saying that fares had risen by less than inflation.')
      .text,
    'The ferry board said that fares had risen by less than inflation.',
  );
  // A claim said there and then is no back-reference.
  const stated = 'Ide Rask rejected the claim that the channel was unsafe, saying it had been dredged.';
  assert.equal(compressSentence(stated).text, stated);
});

test('a "then" that orders the sentence after one the summary may not carry goes; "the then mayor" stays', () => {
  assert.equal(
    compressSentence('Coastguard crews then towed the trawler into Kestrel harbour.').text,
    'Coastguard crews towed the trawler into Kestrel harbour.',
  );
  const title = 'The then mayor of Kestrel opened the harbour in 1998.';
  assert.equal(compressSentence(title).text, title);
});

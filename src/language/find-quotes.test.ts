import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTextArticle, type Article } from '../model/index.js';
import { analyzeLanguage } from './analyze-language.js';

function analyze(text: string, published?: string): Article {
  return analyzeLanguage(createTextArticle(text, published ? { published } : {}));
}

function speakerName(article: Article, id: string | undefined): string | undefined {
  return article.entities.find((entity) => entity.id === id)?.name;
}

const HARBOUR = [
  'A senior port official said the harbour would reopen within days, the Daily Beacon reported.',
  'Mara Quill, the authority’s chief engineer for the northern docks, said she had seen no damage to the cranes.',
  '“The cranes are fine,” Quill said of the storm on Friday in an interview. “We only lost power.”',
  'She added: “We will be loading ships again by Monday. Nobody should panic.”',
  'Governor Teo Barros confirmed that he had sent extra crews. “Sure, we sent help and we will send more,” he said in a televised address.',
].join('\n\n');

void test('attributes direct quotes, a pronoun "She added:" and the following quote to the same speaker', () => {
  const article = analyze(HARBOUR, '2026-05-04');
  const fine = article.quotes.find((quote) => quote.content.text.startsWith('“The cranes are fine'));
  assert.ok(fine, 'direct quote found');
  assert.equal(fine.kind, 'direct');
  assert.equal(fine.cue.text, 'said');
  assert.equal(speakerName(article, fine.speaker), 'Mara Quill');
  assert.equal(fine.context, 'in an interview');
  const power = article.quotes.find((quote) => quote.content.text === '“We only lost power.”');
  assert.equal(speakerName(article, power?.speaker), 'Mara Quill');
  const added = article.quotes.find((quote) => quote.cue.text === 'added');
  assert.equal(added?.content.text, '“We will be loading ships again by Monday. Nobody should panic.”');
  assert.equal(added?.source?.text, 'She');
  assert.equal(speakerName(article, added?.speaker), 'Mara Quill');
});

void test('resolves "he said" to the person named as subject just before, and keeps the context', () => {
  const article = analyze(HARBOUR);
  const help = article.quotes.find((quote) => quote.content.text.includes('Sure, we sent help'));
  assert.equal(speakerName(article, help?.speaker), 'Teo Barros');
  assert.equal(help?.context, 'in a televised address');
  const confirmed = article.quotes.find((quote) => quote.cue.text === 'confirmed');
  assert.equal(confirmed?.kind, 'indirect');
  assert.equal(confirmed?.content.text, 'that he had sent extra crews');
});

void test('links a descriptive lede source ("A senior port official") to the person named next', () => {
  const article = analyze(HARBOUR);
  const lede = article.quotes.find((quote) => quote.source?.text === 'A senior port official');
  assert.equal(lede?.kind, 'indirect');
  assert.equal(lede?.content.text, 'the harbour would reopen within days');
  assert.equal(speakerName(article, lede?.speaker), 'Mara Quill');
  const quill = article.entities.find((entity) => entity.name === 'Mara Quill');
  const descriptor = quill?.mentions.find(
    (mention) => mention.reference && mention.text === 'A senior port official',
  );
  assert.equal(descriptor?.labels[0]?.kind, 'descriptor');
});

void test('an indefinite phrase that is not a person ("a change the union says") is not linked to the next speaker', () => {
  const article = analyze(
    [
      'The row is over a plan to run the cranes remotely, a change the union says will cost jobs.',
      'Ida Marsh, the operator’s chief executive, said the offer remained open. “We are ready to talk,” Marsh said.',
    ].join('\n\n'),
  );
  const marsh = article.entities.find((entity) => entity.name === 'Ida Marsh');
  assert.ok(marsh, 'Ida Marsh found');
  const labels = marsh.mentions.flatMap((mention) => mention.labels.map((label) => label.text));
  assert.ok(labels.includes('the operator’s chief executive'), labels.join(' | '));
  assert.ok(!labels.some((label) => /change/.test(label)), labels.join(' | '));
  const change = article.quotes.find((quote) => /cost jobs/.test(quote.content.text));
  assert.notEqual(speakerName(article, change?.speaker), 'Ida Marsh');
});

void test('a spokesperson for a body, or someone who "saw" something, is not the next person quoted', () => {
  const article = analyze(
    [
      'A spokeswoman for the fire service said the cause was not known. A passing cyclist saw smoke at ten.',
      'Berit Lagne, who owns the shop, said it would reopen. “We will be back,” Lagne said.',
    ].join('\n\n'),
  );
  const lagne = article.entities.find((entity) => entity.name === 'Berit Lagne');
  assert.ok(lagne, 'Berit Lagne found');
  const labels = lagne.mentions.flatMap((mention) => mention.labels.map((label) => label.text));
  assert.ok(!labels.some((label) => /spokeswoman|cyclist/.test(label)), labels.join(' | '));
});

void test('"after a judge said" inside a clause of time is not the next person quoted', () => {
  const article = analyze(
    [
      'Former mayor Ivo Brenn will spend four years in prison after a judge said he had "sold the harbour".',
      'Brenn took 2 million crowns from a dredging firm, the court heard.',
      'Taxpayers\' champion Lena Dahl said: "Four years is not enough."',
    ].join('\n\n'),
  );
  const dahl = article.entities.find((entity) => entity.name === 'Lena Dahl');
  assert.ok(dahl, 'Lena Dahl found');
  const labels = dahl.mentions.flatMap((mention) => mention.labels.map((label) => label.text));
  assert.ok(!labels.some((label) => /judge/.test(label)), labels.join(' | '));
  const sold = article.quotes.find((quote) => /sold the harbour/.test(quote.content.text));
  assert.ok(sold, "the judge's quote found");
  assert.notEqual(speakerName(article, sold.speaker), 'Lena Dahl');
});

void test('"a hospital spokeswoman said" at the end of a report is not the next person quoted', () => {
  const article = analyze(
    [
      'Three villagers were taken to hospital. One has since gone home, a hospital spokeswoman said.',
      'In a statement, Tove Ranke, the director of the mill, said: “We are working to stop the leak.”',
    ].join('\n\n'),
  );
  const ranke = article.entities.find((entity) => entity.name === 'Tove Ranke');
  assert.ok(ranke, 'Tove Ranke found');
  const labels = ranke.mentions.flatMap((mention) => mention.labels.map((label) => label.text));
  assert.ok(!labels.some((label) => /spokeswoman/.test(label)), labels.join(' | '));
  const home = article.quotes.find((quote) => /gone home/.test(quote.content.text));
  assert.notEqual(speakerName(article, home?.speaker), 'Tove Ranke');
});

void test('"said mum-of-three Ada Kell" and "said pensioner Ned Orme" name the speaker, not the last one quoted', () => {
  const article = analyze(
    [
      'Mill boss Tove Ranke insisted the firm “deeply regretted” the leak. Her words did little for angry locals.',
      '“They have ruined our stream,” said mum-of-three Ada Kell, 34, who lives by the mill. “My kids cannot swim.”',
      '“Someone should pay for this,” said pensioner Ned Orme, 71.',
    ].join('\n\n'),
  );
  const ruined = article.quotes.find((quote) => /ruined our stream/.test(quote.content.text));
  assert.equal(speakerName(article, ruined?.speaker), 'Ada Kell');
  const swim = article.quotes.find((quote) => /cannot swim/.test(quote.content.text));
  assert.equal(speakerName(article, swim?.speaker), 'Ada Kell');
  const pay = article.quotes.find((quote) => /should pay/.test(quote.content.text));
  assert.equal(speakerName(article, pay?.speaker), 'Ned Orme');
});

void test("a quotation whose sentence names someone else does not continue the last speaker's quote", () => {
  const article = analyze(
    [
      'Mill boss Tove Ranke insisted the firm “deeply regretted” the leak.',
      '“Someone should pay for this,” fumed grocer Ned Orme, 71. “Nobody listens to us.”',
    ].join('\n\n'),
  );
  for (const pattern of [/should pay/, /Nobody listens/]) {
    const quote = article.quotes.find((candidate) => pattern.test(candidate.content.text));
    assert.notEqual(speakerName(article, quote?.speaker), 'Tove Ranke', String(pattern));
  }
});

void test('finds inverted cues, "according to" and mixed quotes', () => {
  const article = analyze(
    'The bridge will close in June, said Ilse Marrow, the city’s transport director. According to the Lakeside Courier, repairs will cost “far more than planned.”',
  );
  const inverted = article.quotes.find((quote) => quote.cue.text === 'said');
  assert.equal(inverted?.content.text, 'The bridge will close in June');
  assert.match(inverted?.source?.text ?? '', /^Ilse Marrow/);
  const according = article.quotes.find((quote) => quote.cue.text === 'According to');
  assert.equal(according?.kind, 'mixed');
  assert.equal(according?.content.text, 'repairs will cost “far more than planned.”');
});

void test('a quote over two paragraphs is one content span', () => {
  const text = 'Rhee said: “We planned for floods.\n\n“We did not plan for a drought,” she said later.';
  const article = analyze(text);
  const first = article.quotes.find((quote) => quote.source?.text === 'Rhee');
  assert.ok(first);
  assert.equal(first.content.text, '“We planned for floods.\n\n“We did not plan for a drought,”');
});

void test('unbalanced and mixed straight/curly quotation marks neither crash nor swallow the article', () => {
  const text = [
    '"We are ready,” said Pell Andros. “The rest is up to them," he added.',
    'Andros said: “this quote never closes',
    'A new paragraph follows with plain reporting. The vote is on Friday.',
  ].join('\n\n');
  const article = analyze(text);
  const ready = article.quotes.find((quote) => quote.content.text.startsWith('"We are ready'));
  assert.equal(ready?.content.text, '"We are ready,”');
  assert.ok(article.quotes.every((quote) => !quote.content.text.includes('plain reporting')));
  assert.ok(article.diagnostics.some((diagnostic) => diagnostic.code === 'unbalanced-quotes'));
});

void test('spans always match the text they cover', () => {
  const article = analyze(HARBOUR);
  for (const quote of article.quotes) {
    for (const part of [quote.content, quote.cue, quote.source]) {
      if (part) assert.equal(HARBOUR.slice(part.start, part.end), part.text);
    }
  }
});

void test('questions put to a speaker and "told X she ..." without "that"', () => {
  const article = analyze(
    'Asked whether the ferry would run, Ines Pardo said “soon.” Pardo told the Lakeside Courier on Monday she would stay.',
  );
  const question = article.quotes.find((quote) => quote.cue.text === 'Asked');
  assert.equal(question?.content.text, 'whether the ferry would run');
  assert.equal(question?.source, undefined);
  const told = article.quotes.find((quote) => quote.cue.text === 'told');
  assert.equal(told?.content.text, 'she would stay');
  assert.equal(speakerName(article, told?.speaker), 'Ines Pardo');
});

void test('participles and coordinated cues take the subject of the clause', () => {
  const article = analyze(
    'Ines Pardo praised the crews and said the ferry was safe. Lee objected, saying the hull was old.',
  );
  const coordinated = article.quotes.find((quote) => quote.cue.text === 'said');
  assert.equal(coordinated?.source?.text, 'Ines Pardo');
  assert.equal(coordinated?.content.text, 'the ferry was safe');
  const participle = article.quotes.find((quote) => quote.cue.text === 'saying');
  assert.equal(participle?.source?.text, 'Lee');
  assert.equal(participle?.content.text, 'the hull was old');
});

void test('a pronoun skips an antecedent of the other gender shown by an honorific', () => {
  const article = analyze(
    '“We will rebuild,” Mrs. Ana Ruiz said. Mr. Tomas Lee argued that the plan was too costly. “It is the right plan,” she added.',
  );
  const added = article.quotes.find((quote) => quote.cue.text === 'added');
  assert.equal(speakerName(article, added?.speaker), 'Ana Ruiz');
  const argued = article.quotes.find((quote) => quote.cue.text === 'argued');
  assert.equal(speakerName(article, argued?.speaker), 'Tomas Lee');
});

void test('a colon before an unclaimed quotation attributes it to the phrase before the colon', () => {
  const article = analyze(
    'The inspectors published their findings. From the harbour report: “Cranes are safe.”',
  );
  const quote = article.quotes.find((item) => item.cue.text === ':');
  assert.equal(quote?.source?.text, 'the harbour report');
  assert.equal(quote?.content.text, '“Cranes are safe.”');
});

void test('the context keeps whom the speaker addressed', () => {
  const article = analyze(
    '“We are ready,” Ana Ruiz said in an interview with the Lakeside Courier on Monday.',
  );
  assert.equal(article.quotes[0]?.context, 'in an interview with the Lakeside Courier');
});

void test('long adjuncts before "that" and a relative clause after a parenthetical tag', () => {
  const article = analyze(
    'Rep. Ida Voss (D-Ore.), who sponsored the bill, said in a statement that the vote was historic. Lee said on his official campaign feed that he agreed.',
  );
  const voss = article.quotes.find((quote) => quote.content.text === 'that the vote was historic');
  assert.match(voss?.source?.text ?? '', /^Rep\. Ida Voss \(D-Ore\.\), who sponsored the bill/);
  assert.equal(voss?.context, 'in a statement');
  const lee = article.quotes.find((quote) => quote.source?.text === 'Lee');
  assert.equal(lee?.content.text, 'that he agreed');
});

void test('an inverted source keeps its appositive up to an adjunct', () => {
  const article = analyze(
    '“The docks will reopen,” said Ana Ruiz, a senior adviser to the port authority. “Nobody was hurt,” said Tomas Lee, the harbour master, on Friday.',
  );
  const ruiz = article.quotes.find((quote) => quote.content.text.startsWith('“The docks'));
  assert.equal(ruiz?.source?.text, 'Ana Ruiz, a senior adviser to the port authority');
  assert.equal(speakerName(article, ruiz?.speaker), 'Ana Ruiz');
  const lee = article.quotes.find((quote) => quote.content.text.startsWith('“Nobody'));
  assert.equal(lee?.source?.text, 'Tomas Lee, the harbour master');
});

void test('"according to" keeps the description of its source', () => {
  const article = analyze(
    'Ferry fares rose by a third, according to the Harbor Institute, a research group.',
  );
  assert.equal(article.quotes[0]?.source?.text, 'the Harbor Institute, a research group');
});

void test('a participle after a quote takes the source of the quote it follows', () => {
  const article = analyze('“We are ready,” Ana Ruiz said, referring to the new cranes at the northern dock.');
  const referring = article.quotes.find((quote) => quote.cue.text === 'referring to');
  assert.equal(referring?.source?.text, 'Ana Ruiz');
  assert.equal(referring?.content.text, 'the new cranes at the northern dock');
});

void test('a leading adjunct is not the subject of a participle', () => {
  const article = analyze('On Tuesday, Mayor Ana Ruiz endorsed the plan, citing its low cost.');
  const citing = article.quotes.find((quote) => quote.cue.text === 'citing');
  assert.equal(citing?.source?.text, 'Mayor Ana Ruiz');
});

void test('raising verbs and "is expected to" are attributions without a source', () => {
  const article = analyze(
    'The harbour board seemed to favour the northern route. The vote is expected to pass on Monday.',
  );
  const seemed = article.quotes.find((quote) => quote.cue.text === 'seemed');
  assert.equal(seemed?.source, undefined);
  assert.equal(seemed?.content.text, 'The harbour board seemed to favour the northern route');
  const expected = article.quotes.find((quote) => quote.cue.text === 'is expected');
  assert.equal(expected?.content.text, 'The vote is expected to pass on Monday');
});

void test('a particle joins its verb in the cue', () => {
  const article = analyze(
    'Ana Ruiz called for a new inquiry. Tomas Lee pointed out that the cranes were old.',
  );
  assert.ok(article.quotes.some((quote) => quote.cue.text === 'called for'));
  const pointed = article.quotes.find((quote) => quote.cue.text === 'pointed out');
  assert.equal(pointed?.source?.text, 'Tomas Lee');
  assert.equal(pointed?.content.text, 'that the cranes were old');
});

void test('a verb before a colon is the cue of the quotation after it', () => {
  const article = analyze('Asked about the delay, Ana Ruiz demurred: “We will see.”');
  const quote = article.quotes.find((item) => item.content.text === '“We will see.”');
  assert.equal(quote?.cue.text, 'demurred');
  assert.equal(quote?.source?.text, 'Ana Ruiz');
});

void test('naming verbs and noun-like plurals after a common noun are not cues', () => {
  const article = analyze(
    'The port hired a group called Harbour First. The tax plans would cost little. Ruiz led by four percentage points in the poll.',
  );
  assert.deepEqual(
    article.quotes.map((quote) => quote.cue.text),
    [],
  );
});

void test('a capitalised cue inside a title-case headline', () => {
  const article = analyze('Mayor Ruiz Says Harbour Will Reopen\n\nThe mayor spoke on Monday.');
  const says = article.quotes.find((quote) => quote.cue.text === 'Says');
  assert.equal(says?.source?.text, 'Mayor Ruiz');
});

void test('a subject before a comma-enclosed adjunct is the source, not the addressee after the cue', () => {
  const article = analyze('Tomas Lee, in contrast, told the Lakeside Courier he was working alone.');
  assert.equal(article.quotes[0]?.source?.text, 'Tomas Lee');
  assert.equal(article.quotes[0]?.content.text, 'he was working alone');
});

void test('a say-verb inside the content of another attribution opens its own', () => {
  const article = analyze('While not everything the mayor says is true, Tomas Lee said the cranes were old.');
  const said = article.quotes.find((quote) => quote.cue.text === 'said');
  assert.equal(said?.source?.text, 'Tomas Lee');
  assert.equal(said?.content.text, 'the cranes were old');
});

void test('a verb outside the lexicon that takes a that-clause, an infinitive or a wh-clause is a cue', () => {
  const article = analyze(
    [
      'The harbour commission conceded that the cranes were old.',
      'Mayor Ana Ruiz has vowed to reopen the docks by Monday.',
      'Dock workers are weighing whether to strike.',
    ].join(' '),
  );
  const conceded = article.quotes.find((quote) => quote.cue.text === 'conceded');
  assert.equal(conceded?.source?.text, 'The harbour commission');
  assert.equal(conceded?.content.text, 'that the cranes were old');
  const vowed = article.quotes.find((quote) => quote.cue.text === 'has vowed');
  assert.equal(vowed?.source?.text, 'Mayor Ana Ruiz');
  assert.equal(vowed?.content.text, 'to reopen the docks by Monday');
  const weighing = article.quotes.find((quote) => quote.cue.text === 'are weighing');
  assert.equal(weighing?.source?.text, 'Dock workers');
  assert.equal(weighing?.content.text, 'whether to strike');
});

void test('purpose infinitives, demonstrative "that" and relative "that" do not make a cue', () => {
  const article = analyze(
    [
      'The money needed to repair the cranes arrived late.',
      'The ferry was scheduled to leave at noon.',
      'Ruiz carried that letter to the council.',
      'The polling that followed the storm was thin.',
      'Nothing that happened on Monday was planned.',
    ].join(' '),
  );
  assert.deepEqual(
    article.quotes.map((quote) => quote.cue.text),
    [],
  );
});

void test('a stance verb after an appositive, a parenthesis or "and" takes the subject before them', () => {
  const article = analyze(
    [
      'Tomas Lee, a dock foreman from Varna, criticized the new shift rules.',
      'Sen. Ida Voss (D-Ore.) defended the harbour budget.',
      'Ana Ruiz visited the docks and praised the crews.',
    ].join(' '),
  );
  const criticized = article.quotes.find((quote) => quote.cue.text === 'criticized');
  assert.equal(criticized?.source?.text, 'Tomas Lee, a dock foreman from Varna');
  assert.equal(criticized?.content.text, 'the new shift rules');
  const defended = article.quotes.find((quote) => quote.cue.text === 'defended');
  assert.equal(defended?.source?.text, 'Sen. Ida Voss (D-Ore.)');
  const praised = article.quotes.find((quote) => quote.cue.text === 'praised');
  assert.equal(praised?.source?.text, 'Ana Ruiz');
  assert.equal(praised?.content.text, 'the crews');
});

void test('a stance verb after a comma does not take the words after it as an inverted source', () => {
  const article = analyze('In Varna, a town on the coast, opposed the new port tax for years.');
  assert.equal(
    article.quotes.some((quote) => quote.source?.text === 'the new port tax'),
    false,
  );
});

void test('a naming verb with an object and a quoted name is a cue; a bare quoted name is not', () => {
  const article = analyze(
    'Ana Ruiz met the crews on Monday and called the port plan “a disgrace.” The port hired a group called “Open Docks.”',
  );
  const called = article.quotes.filter((quote) => quote.cue.text === 'called');
  assert.equal(called.length, 1);
  assert.equal(called[0]?.source?.text, 'Ana Ruiz');
});

void test('an appositive with commas of its own and a party tag stay in the source', () => {
  const article = analyze(
    [
      'Dana Ames, 55, a welder from Dover, Delaware, said she would vote for Ruiz.',
      'Rep. Ida Voss, D-Ore., says the port must reopen.',
    ].join(' '),
  );
  const said = article.quotes.find((quote) => quote.cue.text === 'said');
  assert.equal(said?.source?.text, 'Dana Ames, 55, a welder from Dover, Delaware');
  const says = article.quotes.find((quote) => quote.cue.text === 'says');
  assert.equal(says?.source?.text, 'Rep. Ida Voss, D-Ore.');
});

void test('an appositive of origin ("of the institute", "Republican of Ohio") stays in the source', () => {
  const article = analyze(
    [
      '"The tolls will rise," Ms. Lena Orr, of the Harbor Institute, said.',
      '"We will fight them," Representative Tomas Kell, Republican of Ohio, said.',
    ].join(' '),
  );
  const tolls = article.quotes.find((quote) => quote.content.text.includes('tolls'));
  assert.equal(tolls?.source?.text, 'Ms. Lena Orr, of the Harbor Institute');
  assert.equal(speakerName(article, tolls?.speaker), 'Lena Orr');
  const fight = article.quotes.find((quote) => quote.content.text.includes('fight'));
  assert.equal(fight?.source?.text, 'Representative Tomas Kell, Republican of Ohio');
});

void test('an opening mark typed for a closing one after a comma closes the quotation', () => {
  const article = analyze('“Not this year,“ said Ivo Brandt, the ferry captain. “Maybe in spring.”');
  const quote = article.quotes.find((found) => found.content.text.includes('Not this year'));
  assert.equal(quote?.content.text, '“Not this year,“');
  assert.equal(speakerName(article, quote?.speaker), 'Ivo Brandt');
});

void test('an aside between the cue and "that" is skipped ("said, however, that")', () => {
  const article = analyze(
    'Ada Rusk said, however, that the ferry would run. The mayor wrote — in a letter, as it happens — that the pier was unsafe.',
  );
  const said = article.quotes.find((quote) => quote.cue.text === 'said');
  assert.equal(said?.content.text, 'that the ferry would run');
  assert.equal(said?.source?.text, 'Ada Rusk');
  const wrote = article.quotes.find((quote) => quote.cue.text === 'wrote');
  assert.equal(wrote?.content.text, 'that the pier was unsafe');
});

void test('a discourse aside after the subject ("The ministry, for instance, said") stays out of the source', () => {
  const article = analyze(
    'The ferry board, for instance, said the fares would rise. Dock owners in Varna, however, argue that the fares are too low.',
  );
  assert.equal(article.quotes.find((quote) => quote.cue.text === 'said')?.source?.text, 'The ferry board');
  assert.equal(
    article.quotes.find((quote) => quote.cue.text === 'argue')?.source?.text,
    'Dock owners in Varna',
  );
});

void test('a list dash or a stray quotation mark before the speaker is not part of the source', () => {
  const article = analyze(
    "-Ada Rusk explains why the ferry is late.\n\n''They told us, 'Wait,''' Mr. Ivo Brandt said.",
  );
  assert.equal(article.quotes.find((quote) => quote.cue.text === 'explains')?.source?.text, 'Ada Rusk');
  assert.equal(article.quotes.find((quote) => quote.cue.text === 'said')?.source?.text, 'Mr. Ivo Brandt');
});

void test('a first conjunct of nouns opening the sentence joins the subject ("Her aides and allies say")', () => {
  const article = analyze(
    'Her aides and allies say she will run again. 39 percent blame the mayor and 22 percent say the council is at fault.',
  );
  assert.equal(
    article.quotes.find((quote) => quote.cue.text === 'say')?.source?.text,
    'Her aides and allies',
  );
  const blame = article.quotes.filter((quote) => quote.cue.text === 'say')[1];
  assert.equal(blame?.source?.text, '22 percent');
});

void test('an opening adjunct word ("For months,", "Ultimately,") is not the subject a participle takes', () => {
  const article = analyze(
    'For months, Ada Rusk has kept out of the race, arguing she did not want to tip the scales. Ultimately, Ivo Brandt stayed home, saying the ferry was too slow.',
  );
  assert.equal(article.quotes.find((quote) => quote.cue.text === 'arguing')?.source?.text, 'Ada Rusk');
  assert.equal(article.quotes.find((quote) => quote.cue.text === 'saying')?.source?.text, 'Ivo Brandt');
});

void test('an appositive opening with "now" or a possessive stays in the source', () => {
  const article = analyze(
    '"The pier is safe," Ida Lund, now a partner at Keel Research, said. Ivo Brandt, Varna’s former mayor, said the tolls were too high.',
  );
  const pier = article.quotes.find((quote) => quote.content.text.includes('pier'));
  assert.equal(pier?.source?.text, 'Ida Lund, now a partner at Keel Research');
  const tolls = article.quotes.find((quote) => quote.content.text.includes('tolls'));
  assert.equal(tolls?.source?.text, 'Ivo Brandt, Varna’s former mayor');
});

void test('"read" after a quotation and a short subject reports it; reading a report does not', () => {
  const article = analyze('“The ferry stays,” the sign read. Ada Rusk read the report and left.');
  const sign = article.quotes.find((quote) => quote.cue.text === 'read');
  assert.equal(sign?.source?.text, 'the sign');
  assert.equal(sign?.content.text, '“The ferry stays,”');
  assert.equal(article.quotes.filter((quote) => quote.cue.text === 'read').length, 1);
});

void test('"close to", "briefed on", "involved in" keep their object in the source', () => {
  const article = analyze(
    'Sources close to the mayor said she would run. People briefed on the talks said the ferry deal failed.',
  );
  const run = article.quotes.find((quote) => quote.content.text.includes('run'));
  assert.equal(run?.source?.text, 'Sources close to the mayor');
  const deal = article.quotes.find((quote) => quote.content.text.includes('deal'));
  assert.equal(deal?.source?.text, 'People briefed on the talks');
});

void test('an approximator before a poll share stays in the source ("about half of voters")', () => {
  const article = analyze(
    'In the Courier poll, about half of ferry users said the fares were too high. More than 4 in 10 drivers say the bridge is unsafe.',
  );
  // (The sentence's "In the Courier poll," lead is an attribution of its own, cue "In".)
  const fares = article.quotes.find((quote) => quote.cue.text === 'said');
  assert.equal(fares?.source?.text, 'about half of ferry users');
  const bridge = article.quotes.find((quote) => quote.content.text.includes('bridge'));
  assert.equal(bridge?.source?.text, 'More than 4 in 10 drivers');
});

void test('a leading "even" is not part of the source', () => {
  const article = analyze('Even the ferry crews say the bridge is unsafe.');
  assert.equal(article.quotes[0]?.source?.text, 'the ferry crews');
});

void test('"warned they could" needs no addressee; a subject keeps "in" after a number or noun', () => {
  const article = analyze(
    'The dock owners have warned they could close the port. Six in 10 voters say the tax is unfair.',
  );
  const warned = article.quotes.find((quote) => quote.cue.text === 'have warned');
  assert.equal(warned?.content.text, 'they could close the port');
  const say = article.quotes.find((quote) => quote.cue.text === 'say');
  assert.equal(say?.source?.text, 'Six in 10 voters');
});

void test('a name ending in -ly is a subject, not an adverb joined to the cue', () => {
  const article = analyze('Kelly said the crews were ready. Ruiz quickly said no.');
  assert.equal(article.quotes[0]?.source?.text, 'Kelly');
  assert.equal(article.quotes[0]?.cue.text, 'said');
  assert.equal(article.quotes[1]?.cue.text, 'quickly said');
});

void test('a trailing report after a quoted comma or before "that" ends the earlier content', () => {
  const article = analyze(
    [
      'Ruiz explained how she had lost a note in a “burn bag,” the Daily Beacon reported.',
      'Lee has described himself as a moderate in the past, the Courier reported that he has changed.',
    ].join(' '),
  );
  const explained = article.quotes.find((quote) => quote.cue.text === 'explained');
  assert.equal(explained?.content.text, 'how she had lost a note in a “burn bag,”');
  const reported = article.quotes.filter((quote) => quote.cue.text === 'reported');
  assert.equal(reported[0]?.source?.text, 'the Daily Beacon');
  const described = article.quotes.find((quote) => quote.cue.text === 'has described');
  assert.equal(described?.content.text, 'himself as a moderate in the past');
  assert.equal(reported[1]?.content.text, 'that he has changed');
});

void test('a participle after "by" or "while" takes the clause subject; a dashed aside is skipped', () => {
  const article = analyze(
    [
      'Ruiz angered the crews by saying that the docks would close.',
      'Tomas Lee — who runs the night shift at the docks — told the Courier he was leaving.',
    ].join(' '),
  );
  const saying = article.quotes.find((quote) => quote.cue.text === 'saying');
  assert.equal(saying?.source?.text, 'Ruiz');
  assert.equal(saying?.content.text, 'that the docks would close');
  const told = article.quotes.find((quote) => quote.cue.text === 'told');
  assert.equal(told?.source?.text, 'Tomas Lee');
  assert.equal(told?.content.text, 'he was leaving');
});

void test('"-ed about" is a verb and particle cue, not after a determiner', () => {
  const article = analyze('Ruiz joked about the weather. The promised about-face never came.');
  assert.deepEqual(
    article.quotes.map((quote) => quote.cue.text),
    ['joked about'],
  );
});

void test('a headline rubric before a colon is not a speaker', () => {
  const rubric = analyze('The Latest: Port reopens after storm\n\nThe mayor spoke on Monday.');
  assert.deepEqual(rubric.quotes, []);
  const speaker = analyze('Ruiz: Port will reopen by Monday\n\nThe mayor spoke on Monday.');
  assert.equal(speaker.quotes[0]?.source?.text, 'Ruiz');
});

void test('"when asked" after a quotation is an attribution of its own', () => {
  const article = analyze('Ruiz had said “We will see” when asked whether she would run.');
  const said = article.quotes.find((quote) => quote.cue.text === 'had said');
  assert.equal(said?.content.text, '“We will see”');
  const asked = article.quotes.find((quote) => quote.cue.text === 'asked');
  assert.equal(asked?.content.text, 'whether she would run');
});

void test('a relative clause in the speaker description neither makes a cue nor breaks the continuation', () => {
  const article = analyze(
    '“The lights went out,” said Ana Ruiz, 34, a nurse who stayed to help the injured. “People were calm.”',
  );
  assert.deepEqual(
    article.quotes.map((quote) => [quote.cue.text, quote.content.text]),
    [
      ['said', '“The lights went out,”'],
      ['said', '“People were calm.”'],
    ],
  );
});

void test('a plural subject before a short phrase, and a slash inside a subject', () => {
  const article = analyze(
    [
      'Polls in Varna show the two candidates level.',
      'The latest Beacon/Courier poll showed Ruiz ahead.',
      'The police in Varna said nothing.',
    ].join(' '),
  );
  const show = article.quotes.find((quote) => quote.cue.text === 'show');
  assert.equal(show?.source?.text, 'Polls in Varna');
  const showed = article.quotes.find((quote) => quote.cue.text === 'showed');
  assert.equal(showed?.source?.text, 'The latest Beacon/Courier poll');
  const said = article.quotes.find((quote) => quote.cue.text === 'said');
  assert.equal(said?.source?.text, 'The police in Varna');
});

void test('a cue after "and" shares the source of the attribution before it', () => {
  const article = analyze('The port authority released a statement and said it was pleased with the talks.');
  const said = article.quotes.find((quote) => quote.cue.text === 'said');
  assert.equal(said?.source?.text, 'The port authority');
  assert.equal(said?.content.text, 'it was pleased with the talks');
});

void test('present "say" with a clause after any subject word or an appositive comma', () => {
  const article = analyze(
    [
      'People close to the harbour board say the cranes will be sold.',
      'Ruiz and Lee, the two founders of the co-op, say they will not sell.',
      'Crews in the rain say.',
    ].join(' '),
  );
  const says = article.quotes.filter((quote) => quote.cue.text === 'say');
  assert.deepEqual(
    says.map((quote) => quote.content.text),
    ['the cranes will be sold', 'they will not sell'],
  );
  assert.equal(says[1]?.source?.text, 'Ruiz and Lee, the two founders of the co-op');
});

void test('the whole opening of the sentence is the source of a cue after a long aside', () => {
  const article = analyze(
    [
      'The inspector, who spoke on the condition of anonymity because the review is not finished, said that the crane had failed twice.',
      'Sen. Ada Voss (D-Ore.), said after the vote on Tuesday that she would appeal.',
      'The ferry was late, and the captain of the ferry, tired after the long night, said that it was the fog.',
    ].join(' '),
  );
  const said = article.quotes.filter((quote) => quote.cue.text === 'said');
  assert.equal(
    said[0]?.source?.text,
    'The inspector, who spoke on the condition of anonymity because the review is not finished',
  );
  assert.equal(said[0]?.content.text, 'that the crane had failed twice');
  assert.equal(said[1]?.source?.text, 'Sen. Ada Voss (D-Ore.)');
  assert.equal(said[1]?.content.text, 'that she would appeal');
  // A second clause in the opening is not a subject.
  assert.equal(said.length, 2);
});

void test('a stance verb after a long aside takes the opening of the sentence as its source', () => {
  const article = analyze(
    'The mayor of the port town, tired of the delays at the docks, criticized the plan to sell the cranes.',
  );
  const criticized = article.quotes.find((quote) => quote.cue.text === 'criticized');
  assert.equal(criticized?.source?.text, 'The mayor of the port town, tired of the delays at the docks');
  assert.equal(criticized?.content.text, 'the plan to sell the cranes');
});

void test('"Still, she said, ...": the report after a parenthetical cue that follows an opener', () => {
  const article = analyze('Ruiz spoke for an hour. Still, she said, the docks will reopen by Monday.');
  const said = article.quotes.find((quote) => quote.cue.text === 'said');
  assert.equal(said?.source?.text, 'she');
  assert.equal(said?.content.text, 'the docks will reopen by Monday');
});

void test('"But, according to X, ...": openers before "according to" leave the report after the source', () => {
  const article = analyze('But, according to the Beacon poll, most voters in Varna back the ferry plan.');
  const according = article.quotes.find((quote) => quote.cue.text === 'according to');
  assert.equal(according?.source?.text, 'the Beacon poll');
  assert.equal(according?.content.text, 'most voters in Varna back the ferry plan');
});

void test('more stance verbs: thanking, ordering, speculating, a base form after a negated auxiliary', () => {
  const article = analyze(
    [
      'Ruiz thanked the volunteers who cleared the docks.',
      'The governor ordered a review of the ferry contracts.',
      'Lee speculated that the cranes would be sold.',
      'The mayor did not mention the cranes in her speech.',
      'Dock owners, for their part, argue that the fees are too high.',
    ].join(' '),
  );
  const byCue = new Map(article.quotes.map((quote) => [quote.cue.text, quote]));
  assert.equal(byCue.get('thanked')?.source?.text, 'Ruiz');
  assert.equal(byCue.get('ordered')?.source?.text, 'The governor');
  assert.equal(byCue.get('speculated')?.content.text, 'that the cranes would be sold');
  assert.equal(byCue.get('did not mention')?.source?.text, 'The mayor');
  assert.equal(byCue.get('argue')?.content.text, 'that the fees are too high');
});

void test('a negation does not turn a noun into a cue', () => {
  const article = analyze('It was not an offer anyone wanted. Not a mention of the cranes appeared.');
  assert.deepEqual(article.quotes, []);
});

void test('a second participle joined by "and" shares the source of the first', () => {
  const article = analyze(
    'Ruiz praised the port workers, thanking the crews and calling for a new crane fund. The union met on Monday, buying and selling shares.',
  );
  const calling = article.quotes.find((quote) => quote.cue.text === 'calling for');
  assert.equal(calling?.source?.text, 'Ruiz');
  assert.equal(calling?.content.text, 'a new crane fund');
  assert.ok(!article.quotes.some((quote) => quote.cue.text === 'selling'));
});

void test('multi-word cues "made it clear" and "went on to say"', () => {
  const article = analyze(
    'Lee made it clear he would not sell the cranes. He went on to say that the port was safe. The crews made the cranes safe. She went on to praise the crews.',
  );
  assert.deepEqual(
    article.quotes.map((quote) => [quote.source?.text, quote.cue.text, quote.content.text]),
    [
      ['Lee', 'made it clear', 'he would not sell the cranes'],
      ['He', 'went on to say', 'that the port was safe'],
      ['She', 'went on to praise', 'the crews'],
    ],
  );
});

void test('irregular past stance verbs, "had" + stance verb, and a cue inside an opening "While" clause', () => {
  const article = analyze(
    [
      'While Ruiz laid out her plan for the docks, the crowd cheered loudly.',
      'The union had hoped that the talks would end by May.',
      'Lee, who was honored at the gala, spoke about the cost of the strike.',
    ].join(' '),
  );
  const laid = article.quotes.find((quote) => quote.cue.text === 'laid out');
  assert.equal(laid?.source?.text, 'Ruiz');
  assert.equal(laid?.content.text, 'her plan for the docks');
  const hoped = article.quotes.find((quote) => quote.cue.text === 'had hoped');
  assert.equal(hoped?.source?.text, 'The union');
  const spoke = article.quotes.find((quote) => quote.cue.text === 'spoke about');
  assert.equal(spoke?.content.text, 'the cost of the strike');
});

void test('passive "was asked" puts the question as content and the "by" phrase as source', () => {
  const article = analyze(
    'Lee was asked by a caller whether the port would reopen. The mayor has been asked about the cranes.',
  );
  const byCaller = article.quotes.find((quote) => quote.cue.text === 'was asked');
  assert.equal(byCaller?.source?.text, 'a caller');
  assert.equal(byCaller?.content.text, 'whether the port would reopen');
  const about = article.quotes.find((quote) => quote.cue.text === 'has been asked about');
  assert.equal(about?.source, undefined);
  assert.equal(about?.content.text, 'the cranes');
});

void test('a parenthetical "as X reported" report and "as X put it"', () => {
  const article = analyze(
    [
      'As the Courier reported, the port will reopen on Monday.',
      'The ferry, as Ruiz noted, will run again.',
      'As Lee put it, the strike is over.',
      'As the storm passed, the crews went home.',
    ].join(' '),
  );
  assert.deepEqual(
    article.quotes.map((quote) => [quote.source?.text, quote.cue.text, quote.content.text]),
    [
      ['the Courier', 'reported', 'the port will reopen on Monday'],
      ['Ruiz', 'noted', 'The ferry'],
      ['Lee', 'put it', 'the strike is over'],
    ],
  );
});

void test('particle cues "shot back", "sided with", progressive "is seeking", and an addressee before the clause', () => {
  const article = analyze(
    [
      'Ruiz shot back that the union was lying.',
      'The council sided with the ferry crews.',
      'The mayor is seeking a second term.',
      'One of the dock owners, Ana Lee, told reporters on Monday that the fees would rise.',
    ].join(' '),
  );
  const byCue = new Map(article.quotes.map((quote) => [quote.cue.text, quote]));
  assert.equal(byCue.get('shot back')?.source?.text, 'Ruiz');
  assert.equal(byCue.get('sided with')?.content.text, 'the ferry crews');
  assert.equal(byCue.get('is seeking')?.source?.text, 'The mayor');
  assert.equal(byCue.get('told')?.source?.text, 'One of the dock owners, Ana Lee');
  assert.equal(byCue.get('told')?.content.text, 'that the fees would rise');
});

void test('"called for" after a plural subject is a call, not a naming; more stance verbs and particles', () => {
  const article = analyze(
    [
      'Dock workers called for a new vote on the contract.',
      'The mayor brushed off the complaints.',
      'Lee proclaimed that the strike had ended.',
      'A group called Harbor First met on Monday.',
    ].join(' '),
  );
  const byCue = new Map(article.quotes.map((quote) => [quote.cue.text, quote]));
  assert.equal(byCue.get('called for')?.source?.text, 'Dock workers');
  assert.equal(byCue.get('called for')?.content.text, 'a new vote on the contract');
  assert.equal(byCue.get('brushed off')?.source?.text, 'The mayor');
  assert.equal(byCue.get('proclaimed')?.content.text, 'that the strike had ended');
  assert.ok(!byCue.has('called'));
});

void test('"report" after a capitalised word and "focus on" after a determiner are nouns', () => {
  const article = analyze(
    'The Harbor report cited no evidence of damage. Ruiz gave the port a new focus on trade. They report that the cranes work.',
  );
  assert.deepEqual(
    article.quotes.map((quote) => [quote.source?.text, quote.cue.text]),
    [
      ['The Harbor report', 'cited'],
      ['They', 'report'],
    ],
  );
});

void test('a coordinated cue takes the sentence subject, not the object before "and"', () => {
  const article = analyze('Ruiz doubled down on her comments about Lee and said the fees would rise.');
  const said = article.quotes.find((quote) => quote.cue.text === 'said');
  assert.equal(said?.source?.text, 'Ruiz');
  assert.equal(said?.content.text, 'the fees would rise');
});

void test('a passive report names its agent as the source', () => {
  const article = analyze(
    'The ferry plan was first reported by the Daily Courier on Monday. The union was opposed by Mayor Ana Ruiz. The port was built by Dutch engineers.',
  );
  assert.deepEqual(
    article.quotes.map((quote) => [quote.source?.text, quote.cue.text, quote.content.text]),
    // (The outlet that first reported the plan is a credit only.)
    [['Mayor Ana Ruiz', 'was opposed', 'The union']],
  );
});

void test('an addressee with a determiner, and an infinitive after the addressee, as content', () => {
  const article = analyze(
    'Ruiz urged the council to reject the plan. He told his audience they would not back him. Lee told the Courier on Monday.',
  );
  assert.deepEqual(
    article.quotes.map((quote) => [quote.source?.text, quote.cue.text, quote.content.text]),
    [
      ['Ruiz', 'urged', 'to reject the plan'],
      ['He', 'told', 'they would not back him'],
    ],
  );
});

void test('a source’s terms for anonymity ("asked not to be named") are no cue; the quote after them keeps its source', () => {
  const article = analyze(
    'One ferry worker, who asked not to be named, told the Saltmere Courier: "We watched the night boat leave ' +
      'half empty." "I have been on this quay since Sunday," said one driver, who declined to give his name.',
  );
  assert.deepEqual(
    article.quotes.map((quote) => [quote.cue.text, quote.source?.text]),
    [
      ['told', 'One ferry worker, who asked not to be named'],
      ['said', 'one driver, who declined to give his name'],
    ],
  );
});

void test('a quotation over two sentences with its own cue at the end is one quote, not also a continuation', () => {
  const article = analyze(
    [
      'President Ada Korr on Tuesday rejected talks, saying the unrest was "planned abroad."',
      '"We will not bargain with arsonists. The door stays shut until the fires stop," Korr said in a broadcast.',
    ].join('\n\n'),
  );
  const door = article.quotes.filter((quote) => quote.content.text.includes('The door stays shut'));
  assert.equal(door.length, 1, JSON.stringify(door));
  assert.equal(door[0]?.cue.text, 'said');
  assert.equal(speakerName(article, door[0]?.speaker), 'Ada Korr');
});

void test('an inverted source may open with lower-case words before its role ("said port chief Lene Moss")', () => {
  const article = analyze('"The harbour will reopen on Monday," said port chief Lene Moss.');
  assert.equal(article.quotes.length, 1);
  assert.equal(article.quotes[0]?.source?.text, 'port chief Lene Moss');
  assert.equal(speakerName(article, article.quotes[0]?.speaker), 'Lene Moss');
});

void test('a quotation with no cue of its own still continues the quote before it', () => {
  const article = analyze(
    [
      '"The harbour will reopen on Monday," said port chief Lene Moss.',
      '"Nobody should panic about the cranes."',
    ].join('\n\n'),
  );
  const panic = article.quotes.filter((quote) => quote.content.text.includes('Nobody should panic'));
  assert.equal(panic.length, 1);
  assert.equal(speakerName(article, panic[0]?.speaker), 'Lene Moss');
});

void test('a name that only modifies the source ("Ruiz’s spokesman", "a Ruiz campaign aide") is not the speaker', () => {
  const lead = 'Mayor Ana Ruiz opened the Kell Street bridge on Monday.';
  const sources = [
    'Ruiz’s spokesman said the tolls would stay.',
    "Ruiz's spokesman said the tolls would stay.",
    'A Ruiz campaign volunteer, who asked not to be named, said the tolls would stay.',
    'Ruiz aides said the tolls would stay.',
    'The Ruiz campaign said the tolls would stay.',
  ];
  for (const source of sources) {
    const article = analyze(`${lead}\n\n${source}`);
    const tolls = article.quotes.find((quote) => quote.content.text.includes('tolls'));
    assert.ok(tolls, source);
    assert.notEqual(speakerName(article, tolls.speaker), 'Ana Ruiz', source);
  }
  // A subject with an aside, then a clause without "that": the clause is the content, not an inverted source.
  const aside = analyze(
    `${lead}\n\nA campaign volunteer, who asked not to be named, said the tolls would stay.`,
  );
  const reported = aside.quotes.find((quote) => quote.cue.text === 'said');
  assert.equal(reported?.source?.text, 'A campaign volunteer, who asked not to be named');
  assert.equal(reported?.content.text, 'the tolls would stay');
  // The head of the phrase still speaks: a name with an appositive, a coordination, a name after the modifier.
  const heads: [string, string][] = [
    ['Ana Ruiz, a Varga ally, said the tolls would stay.', 'Ana Ruiz'],
    ['Ruiz spokesman Tim Okafor said the tolls would stay.', 'Tim Okafor'],
    ['Ruiz herself said the tolls would stay.', 'Ana Ruiz'],
    ['Ruiz of the Harbour Party said the tolls would stay.', 'Ana Ruiz'],
  ];
  for (const [source, speaker] of heads) {
    const article = analyze(`${lead}\n\n${source}`);
    const tolls = article.quotes.find((quote) => quote.content.text.includes('tolls'));
    assert.equal(speakerName(article, tolls?.speaker), speaker, source);
  }
});

void test('a report in the lead does not carry the dateline in its content', () => {
  for (const [dateline, content] of [
    ['LORRAN — ', 'A chemical spill forced the closure of the river'],
    ['PORT ALDER, Veland (MPA) — ', 'Dockworkers will extend their strike'],
  ]) {
    const article = analyze(`Spill shuts river\n\n${dateline}${content}, officials said.`);
    const report = article.quotes.find((quote) => quote.cue.text === 'said');
    assert.equal(report?.content.text, content, dateline);
  }
  // Capitals that are the sentence's own subject stay: "NATO forces left ..." has no dash.
  const nato = analyze('Talks stall\n\nNATO forces left the base, officials said.');
  assert.equal(nato.quotes[0]?.content.text, 'NATO forces left the base');
});

void test('tabloid verbs of saying after a quotation name the speaker ("fumed pensioner Doreen Platt")', () => {
  const article = analyze(
    'Taps run dry in Orrin Ford\n\n“We have been left high and dry,” fumed pensioner Doreen Platt, 71. “Nobody came.”\n\n“It is a disgrace,” retorted Councillor Ivo Dal.',
  );
  const speakerOf = (start: string) =>
    speakerName(article, article.quotes.find((quote) => quote.content.text.startsWith(start))?.speaker);
  assert.equal(speakerOf('“We have been left'), 'Doreen Platt');
  assert.equal(speakerOf('“It is a disgrace'), 'Ivo Dal');
});

void test('a longer adjunct after a say-verb still leads to its that-clause', () => {
  const article = analyze(
    [
      'Judge Marla Venn said in an interview with the Harbor Gazette last week that she would not retire.',
      'Dr. Tomas Pell wrote in his 1990 memoir that he had never lost a vote.',
      'The union said in a letter to members on Monday that the strike would end.',
    ].join(' '),
  );
  const venn = article.quotes.find((quote) => quote.source?.text === 'Judge Marla Venn');
  assert.equal(venn?.cue.text, 'said');
  assert.equal(venn?.content.text, 'that she would not retire');
  const pell = article.quotes.find((quote) => quote.source?.text === 'Dr. Tomas Pell');
  assert.equal(pell?.cue.text, 'wrote');
  assert.equal(pell?.content.text, 'that he had never lost a vote');
  const union = article.quotes.find((quote) => quote.source?.text === 'The union');
  assert.equal(union?.content.text, 'that the strike would end');
});

void test('a that after a prepositional phrase is not a clause when it is a relative', () => {
  const article = analyze('Ruiz spoke in the hall that was built in 1990.');
  assert.equal(article.quotes.length, 0);
});

void test('adverbs, modals and negated auxiliaries right before a cue join it', () => {
  const article = analyze(
    [
      'Mayor Ilse Brandt now says the ferry will run all winter.',
      'Councillor Odo Hart still believes the levy is too high.',
      'The port authority hasn’t said whether the cranes will be sold.',
      'Voters can tell that the race is close, Brandt added.',
    ].join(' '),
  );
  const cues = article.quotes.map((quote) => quote.cue.text);
  assert.ok(cues.includes('now says'), cues.join(' | '));
  assert.ok(cues.includes('still believes'), cues.join(' | '));
  assert.ok(cues.includes('hasn’t said'), cues.join(' | '));
  const brandt = article.quotes.find((quote) => quote.cue.text === 'now says');
  assert.equal(brandt?.source?.text, 'Mayor Ilse Brandt');
});

void test('a study or poll "by" someone is the source, not only its author', () => {
  const article = analyze(
    [
      'A 2024 study by the Marlow Institute found that ferry fares had doubled.',
      'A poll conducted by Keel Research for the Harbor Gazette showed that most riders want a new pier.',
    ].join(' '),
  );
  const sources = article.quotes.map((quote) => quote.source?.text);
  assert.ok(sources.includes('A 2024 study by the Marlow Institute'), sources.join(' | '));
  assert.ok(
    sources.includes('A poll conducted by Keel Research for the Harbor Gazette'),
    sources.join(' | '),
  );
});

void test('a promise verb joined by "and" keeps its infinitive and the sentence subject', () => {
  const article = analyze(
    [
      'Hart spoke at the rally and vowed to fight the levy.',
      'Councillor Ada Moss thanked the crews but pledged to cut the ferry budget.',
      'Mayor Ilse Brandt promised to build a new pier.',
    ].join(' '),
  );
  const found = article.quotes.map(
    (quote) => `${quote.source?.text} / ${quote.cue.text} / ${quote.content.text}`,
  );
  assert.ok(
    found.some((item) => item.startsWith('Hart / vowed') && item.endsWith('fight the levy')),
    found.join(' | '),
  );
  assert.ok(
    found.some(
      (item) => item.startsWith('Councillor Ada Moss / pledged') && item.endsWith('cut the ferry budget'),
    ),
    found.join(' | '),
  );
  assert.ok(
    found.some(
      (item) => item.startsWith('Mayor Ilse Brandt / promised') && item.endsWith('build a new pier'),
    ),
    found.join(' | '),
  );
});

void test('"…," the harbour master, Lena Orr, said: a description and the name in commas after a quote are the source', () => {
  const article = analyze(
    [
      'The ferry slip at Corran will close for a month.',
      '“We will pour the new ramp in April,” the slipway keeper, Ivo Marsh, said. “The old one is gone.”',
    ].join('\n\n'),
  );
  const ramp = article.quotes.find((quote) => quote.content.text.includes('new ramp'));
  assert.ok(ramp, 'the quote is found');
  assert.equal(ramp.source?.text, 'the slipway keeper, Ivo Marsh');
  assert.equal(speakerName(article, ramp.speaker), 'Ivo Marsh');
});

void test('a quote over several paragraphs is one quote with all its paragraphs', () => {
  const article = analyze(
    [
      'The ferry slip at Corran will close for a month.',
      'Ivo Marsh, who keeps the slipway, said: "The old ramp is gone. We pour the new one in April.',
      '"By May the ferry will land here again."',
      'The council has not said who will pay.',
    ].join('\n\n'),
  );
  const ramp = article.quotes.filter((quote) => /ramp|ferry will land/.test(quote.content.text));
  assert.equal(ramp.length, 1, ramp.map((quote) => quote.content.text).join(' | '));
  assert.match(ramp[0]?.content.text ?? '', /old ramp is gone[\s\S]*ferry will land here again/);
  assert.equal(speakerName(article, ramp[0]?.speaker), 'Ivo Marsh');
});

void test('"first revealed by the Corran Gazette" credits the outlet and reports nothing: a credit, not a quote', () => {
  const article = analyze(
    [
      'The plan to sell the ferry was first revealed by the Corran Gazette on Monday.',
      'The scheme, first reported by the Tarn Valley Ledger, would close two routes.',
      'The sale was opposed by the ferry union, which called it reckless.',
    ].join('\n\n'),
  );
  const outlets = article.credits.map((credit) => credit.outlet);
  assert.ok(outlets.includes('Corran Gazette'), outlets.join(' | '));
  assert.ok(outlets.includes('Tarn Valley Ledger'), outlets.join(' | '));
  const sources = article.quotes.map((quote) => quote.source?.text ?? '');
  assert.ok(!sources.some((source) => /Gazette|Ledger/.test(source)), sources.join(' | '));
  // A passive agent that is not a credited outlet is still a source.
  assert.ok(sources.includes('the ferry union'), sources.join(' | '));
});

void test('an adverbial between subject and cue ("so far", "in turn", "at least") is never the source', () => {
  const article = analyze(
    [
      'Mayor Ilse Varn so far hasn’t attacked the ferry bill.',
      'The dockers’ union in turn criticized the port board.',
      'Councillor Odo Brill at least has questioned the cost.',
      'Senator Pia Lund thus far has backed the plan.',
      'Judge Arno Vell for now has opposed the sale.',
    ].join('\n\n'),
  );
  const sources = article.quotes.map((quote) => quote.source?.text ?? '');
  for (const adverb of ['far', 'turn', 'least'])
    assert.ok(!sources.some((source) => new RegExp(`\\b${adverb}$`).test(source)), sources.join(' | '));
  assert.deepEqual(
    article.quotes.map((quote) => quote.source?.text),
    ['Mayor Ilse Varn', 'The dockers’ union', 'Councillor Odo Brill', 'Senator Pia Lund', 'Judge Arno Vell'],
  );
});

void test('"ordered the bridge closed" is an act, not a report; "ordered that ..." and "ordered crews to ..." stay', () => {
  const article = analyze(
    [
      'Governor Maud Halloran ordered the Tarn bridge closed on Sunday.',
      'The sheriff ordered the lower town evacuated before dawn.',
      'Judge Ivo Pell ordered that the ferry records be released.',
      'The mayor ordered road crews to clear the quay.',
    ].join('\n\n'),
  );
  const ordered = article.quotes.filter((quote) => quote.cue.text === 'ordered');
  assert.deepEqual(
    ordered.map((quote) => quote.content.text),
    ['that the ferry records be released', 'road crews to clear the quay'],
  );
});

void test('a source is a noun phrase: an adverb, preposition or modal never heads it', () => {
  const article = analyze(
    [
      'The mayor, proud of the port, seldom speaks of the strike.',
      'The union is against adding new shifts.',
      'The council cannot say that the pier is safe.',
      'The plan is nonetheless considered risky.',
    ].join('\n\n'),
  );
  const sources = article.quotes.map((quote) => quote.source?.text ?? '');
  for (const word of ['seldom', 'against', 'cannot', 'nonetheless'])
    assert.ok(!sources.some((source) => source.split(/\s+/).includes(word)), sources.join(' | '));
  assert.ok(sources.includes('The council'), sources.join(' | '));
});

test('an epithet as a speaker ("the strongman declared") is the story’s protagonist, labelled with it', () => {
  const article = analyze(
    'Ostrava’s leader Tomas Brandl dissolved parliament on Monday, sweeping aside the last check on his power.\n\n' +
      '"The people must decide who governs," the strongman declared on state television.\n\n' +
      'Brandl has ruled since 2019.',
  );
  const quote = article.quotes.find((item) => item.source?.text === 'the strongman');
  assert.ok(quote, JSON.stringify(article.quotes.map((item) => item.source?.text)));
  const brandl = article.entities.find((entity) => entity.name === 'Tomas Brandl');
  assert.ok(brandl);
  assert.equal(quote.speaker, brandl.id);
  assert.ok(
    brandl.mentions.some((mention) => mention.labels.some((label) => /strongman/.test(label.text))),
    'the epithet is one of his labels',
  );
});

test('a role as a speaker with no one labelled so is not the protagonist ("the spokesman said")', () => {
  const article = analyze(
    'Ostrava’s leader Tomas Brandl dissolved parliament on Monday.\n\n' +
      '"The decree takes effect at once," the spokesman said.',
  );
  const quote = article.quotes.find((item) => item.source?.text === 'the spokesman');
  assert.ok(quote);
  assert.equal(quote.speaker, undefined);
});

void test('a participle cue in the lead takes the subject after the dateline, never the dateline itself', () => {
  for (const dateline of ['BRELLIN — ', 'BRELLIN, Osterra (Corvel News Agency) — ']) {
    const article = analyze(
      `Mayor shuts bridge\n\n${dateline}Mayor Ilsa Fenwick closed the Tarrow Bridge on Friday, citing cracks in the main span.`,
    );
    const citing = article.quotes.find((quote) => quote.cue.text === 'citing');
    assert.ok(citing, dateline);
    assert.notEqual(citing.source?.text, 'BRELLIN', dateline);
    assert.equal(speakerName(article, citing.speaker), 'Ilsa Fenwick', dateline);
  }
});

void test('a naming participle after a comma ("..., branding the protesters “vandals”") quotes the subject', () => {
  for (const verb of ['branding', 'labelling', 'dubbing']) {
    const article = analyze(
      `Bridge shut\n\nMayor Ilsa Fenwick closed the Tarrow Bridge on Friday, ${verb} the protesters “vandals” in a late-night statement.`,
    );
    const named = article.quotes.find((quote) => quote.cue.text === verb);
    assert.ok(named, verb);
    assert.ok(named.content.text.includes('“vandals”'), verb);
    assert.equal(speakerName(article, named.speaker), 'Ilsa Fenwick', verb);
  }
});

void test('an object pronoun after a cue ("urged him to wait") is never an inverted source', () => {
  const article = analyze(
    "Bridge row\n\nMayor Tomas Fenwick closed the bridge on Friday.\n\nThe Courier can reveal that Fenwick's own chief of staff, Ola Brenn, urged him to wait.",
  );
  const urged = article.quotes.find((quote) => quote.cue.text === 'urged');
  assert.notEqual(urged?.source?.text, 'him');
  assert.ok(!(urged?.content.text ?? '').includes('can reveal'), urged?.content.text);
});

void test('a verb in a relative clause before the main "said" ("who had asked for eight years, said ... that") takes no clause past it', () => {
  // Invented: Tarnby and its prosecutor Ines Valk do not exist.
  const article = analyze(
    'Fenn jailed\n\nProsecutor Ines Valk, who had asked for eight years, said the verdict showed that "no office in Tarnby is above the law".',
  );
  const quoted = article.quotes.filter((quote) => quote.content.text.includes('no office in Tarnby'));
  assert.equal(quoted.length, 1, JSON.stringify(quoted.map((quote) => quote.cue.text)));
  assert.equal(quoted[0]?.cue.text, 'said');
  assert.equal(speakerName(article, quoted[0]?.speaker), 'Ines Valk');
});

void test('a quotation after "blasted him from the bench:" is the content, whole, over both its sentences', () => {
  // Invented: Judge Ilsa Brand and Tarnby do not exist.
  const article = analyze(
    'Fenn caged\n\nJudge Ilsa Brand blasted him from the bench: "You sold the harbour of Tarnby. The town paid for your greed three times."',
  );
  const blasted = article.quotes.find((quote) => quote.cue.text === 'blasted');
  assert.equal(
    blasted?.content.text,
    '"You sold the harbour of Tarnby. The town paid for your greed three times."',
  );
  assert.equal(blasted?.kind, 'direct');
  assert.equal(speakerName(article, blasted?.speaker), 'Ilsa Brand');
});

void test('a stance verb acting on a voted-on or turned-down item ("rejected the budget by 86 votes to 71") is no quote', () => {
  const acts = [
    'Lawmakers in Vellmark had rejected the budget by 86 votes to 71 on Tuesday.',
    'The Orsay council unanimously rejected the motion after a short debate.',
    'Dock workers at Pellow rejected the pay offer late on Friday.',
    'The harbour board backed the ferry plan by nine votes to two.',
    'The Tolland assembly rejected the amendment, which had split the coalition.',
    'The budget was rejected by 86 votes to 71 in the Vellmark assembly.',
    'The planning board denied the application for a second marina.',
    'The budget was rejected by the Vellmark assembly.',
    'Lawmakers backed Mayor Ines Toller by 40 votes to 12.',
    'The Tolland court upheld the ban and endorsed the ferry plan by a 4-to-3 vote.',
  ];
  for (const text of acts) {
    const article = analyze(`Vote in Vellmark\n\n${text}`);
    assert.deepEqual(
      article.quotes.map((quote) => `${quote.cue.text}: ${quote.content.text}`),
      [],
      text,
    );
  }
});

void test('a stance verb with a claim-like object or a verdict on an item ("rejected the claim that") stays a quote', () => {
  const attributions: [string, string, string][] = [
    [
      'Minister Tova Renk rejected the claim that the port would close.',
      'rejected',
      'the claim that the port would close',
    ],
    ['Tova Renk rejected the accusations on Monday.', 'rejected', 'the accusations on Monday'],
    ['Renk denied the report.', 'denied', 'the report'],
    ['Renk dismissed the budget as a fantasy.', 'dismissed', 'the budget as a fantasy'],
    ['Renk has rejected the idea of a new bridge.', 'has rejected', 'the idea of a new bridge'],
    ['Renk rejected the case for a new bridge.', 'rejected', 'the case for a new bridge'],
  ];
  for (const [text, cue, content] of attributions) {
    const article = analyze(`Vote in Vellmark\n\n${text}`);
    const quote = article.quotes.find((candidate) => candidate.cue.text === cue);
    assert.equal(quote?.content.text, content, text);
  }
});

void test('a poll margin after a stance verb ("backed the mayor by a 6-point margin") is no vote tally', () => {
  for (const text of [
    'Voters in Tolland backed Mayor Ines Toller by a 6-point margin, the survey found.',
    'Renters backed Ines Toller by 15 points.',
  ]) {
    const article = analyze(`Poll in Tolland\n\n${text}`);
    assert.ok(
      article.quotes.some((quote) => quote.cue.text === 'backed'),
      text,
    );
  }
});

void test('"reported missing" is a state, not speech: "A woman reported missing" says nothing and names no one', () => {
  const article = analyze(
    [
      'Seven people have been injured, Chief Fire Officer Mara Tollund said.',
      'A woman reported missing on Saturday was found safe, Westvale Radio reported. Two hikers reported dead on Friday were found alive.',
      '"We are not out of the woods yet," Tollund said.',
    ].join('\n\n'),
  );
  const sources = article.quotes.map((quote) => quote.source?.text);
  assert.ok(!sources.includes('A woman'), JSON.stringify(sources));
  assert.ok(!sources.includes('Two hikers'), JSON.stringify(sources));
  assert.ok(sources.includes('Westvale Radio'), JSON.stringify(sources));
  const tollund = article.entities.find((entity) => entity.name === 'Mara Tollund');
  assert.deepEqual(
    tollund?.mentions.flatMap((mention) => mention.labels.map((label) => label.text)),
    ['Chief Fire Officer'],
  );
});

void test('a person showing an emotion or a thing is no quote; polls and records that show a finding are', () => {
  const article = analyze(
    [
      'Former harbourmaster Ivo Brask, 61, showed no remorse as the verdict was read.',
      'Brask showed the letter to reporters outside the court.',
      'She showed little interest in the appeal.',
      'Polls show that most residents back the ferry plan.',
      'Port records showed Brask signing the contracts himself.',
      'A Lindqvist poll shows the mayor trailing by six points.',
    ].join('\n\n'),
  );
  const cues = article.quotes.map((quote) => [quote.source?.text, quote.content.text]);
  const contents = article.quotes.map((quote) => quote.content.text);
  for (const object of ['no remorse', 'the letter', 'little interest'])
    assert.ok(!contents.some((content) => content.startsWith(object)), JSON.stringify(cues));
  for (const finding of [
    'that most residents back the ferry plan',
    'Brask signing the contracts himself',
    'the mayor trailing by six points',
  ])
    assert.ok(contents.includes(finding), `${finding}: ${JSON.stringify(cues)}`);
});

void test('an outlet that "first reported the plan" in another outlet’s article is a credit, not a quote', () => {
  const article = analyzeLanguage(
    createTextArticle(
      [
        'Ferry fares on the Tarn crossing will rise by a third in March.',
        'The Corran Gazette first reported the plan on Monday.',
        'The Tarn Valley Ledger reported that two routes would close.',
      ].join('\n\n'),
      { outlet: 'Saltmere Herald' },
    ),
  );
  const outlets = article.credits.map((credit) => credit.outlet);
  assert.ok(outlets.includes('Corran Gazette'), outlets.join(' | '));
  const quotes = article.quotes.map((quote) => [quote.source?.text, quote.content.text]);
  assert.ok(!quotes.some(([source]) => /Gazette/.test(source ?? '')), JSON.stringify(quotes));
  // An outlet reporting a clause is still a quote, besides the credit.
  assert.ok(
    quotes.some(
      ([source, content]) => /Ledger/.test(source ?? '') && content === 'that two routes would close',
    ),
    JSON.stringify(quotes),
  );
});

void test('"he said" in a paragraph that opens on a new person is that person, not the speaker of the paragraph before', () => {
  // A study story: the lead author speaks, then an outside expert is introduced as the subject of a new
  // paragraph and quoted with "he said". The expert's caution is not the author's.
  const article = analyze(
    [
      '"Our results point to a link, but they do not prove cause," said the lead author, Professor Ilse Vandermeer.',
      'Dr Tobias Grell, a statistician at the Ostrand Institute who was not involved in the work, was sceptical. "The groups differ in many ways," he said.',
    ].join('\n\n'),
  );
  const caution = article.quotes.find((quote) => quote.content.text.includes('The groups differ'));
  assert.equal(speakerName(article, caution?.speaker), 'Tobias Grell');
  const author = article.quotes.find((quote) => quote.content.text.includes('Our results'));
  assert.equal(speakerName(article, author?.speaker), 'Ilse Vandermeer');
});

void test('"she said" after a paragraph that names someone else in passing stays with the last speaker', () => {
  const article = analyze(
    [
      '"We will reopen the bridge in March," said Mayor Carla Odenvik.',
      'The repairs, first ordered by former mayor Piet Hallam, have cost the town 2 million crowns. "It has been a long wait," she said.',
    ].join('\n\n'),
  );
  const wait = article.quotes.find((quote) => quote.content.text.includes('a long wait'));
  assert.equal(speakerName(article, wait?.speaker), 'Carla Odenvik');
});

void test('a tabloid verb of saying before a colon ("grovelled:") names the subject, not itself, as the source', () => {
  const article = analyze(
    'Fennick boss says sorry\n\nEmbattled boss Ida Brennock, who pocketed a 1.9 million pay package last year, grovelled: "We are deeply sorry."\n\nNurse Pia Holm seethed: "Nobody told us anything."',
  );
  for (const [start, name] of [
    ['"We are deeply sorry', 'Ida Brennock'],
    ['"Nobody told us', 'Pia Holm'],
  ] as const) {
    const quote = article.quotes.find((found) => found.content.text.startsWith(start));
    assert.ok(quote, start);
    assert.equal(speakerName(article, quote.speaker), name, JSON.stringify(quote.source));
  }
});

void test('a reported clause ends where a new subject and cue begin their own attribution', () => {
  const article = analyze(
    [
      'The harbour master said the Velm ferry would sail again on Monday and Ada Ruiz argued that the pier was unsafe.',
      'Port officials said the cranes were repaired; she warned that the storm season had only begun.',
    ].join('\n\n'),
  );
  const ferry = article.quotes.find((quote) => quote.content.text.startsWith('the Velm ferry'));
  assert.ok(ferry, 'the first report is found');
  assert.equal(ferry.content.text, 'the Velm ferry would sail again on Monday');
  const pier = article.quotes.find((quote) => quote.cue.text === 'argued');
  assert.ok(pier, 'the second report is its own attribution');
  assert.equal(pier.source?.text, 'Ada Ruiz');
  assert.equal(pier.content.text, 'that the pier was unsafe');
  const cranes = article.quotes.find((quote) => quote.content.text.startsWith('the cranes'));
  assert.equal(cranes?.content.text, 'the cranes were repaired');
  const storm = article.quotes.find((quote) => quote.cue.text === 'warned');
  assert.equal(storm?.source?.text, 'she');
  assert.equal(storm?.content.text, 'that the storm season had only begun');
});

void test('a name with its article starts a new attribution inside a reported clause', () => {
  const article = analyze(
    'Mayor Lin Oduya said the Velm tolls would rise in March and the Harbor Authority warned that crews were short.',
  );
  const tolls = article.quotes.find((quote) => quote.content.text.startsWith('the Velm tolls'));
  assert.equal(tolls?.content.text, 'the Velm tolls would rise in March');
  const crews = article.quotes.find((quote) => quote.cue.text === 'warned');
  assert.equal(crews?.source?.text, 'the Harbor Authority');
  assert.equal(crews?.content.text, 'that crews were short');
});

void test('a relative "who" with its own cue starts a new attribution inside a reported clause', () => {
  const article = analyze(
    'Velm officials said the ferry contract went to Ada Ruiz, who criticized the old operator last year.',
  );
  const contract = article.quotes.find((quote) => quote.content.text.startsWith('the ferry contract'));
  assert.equal(contract?.content.text, 'the ferry contract went to Ada Ruiz');
  const operator = article.quotes.find((quote) => quote.cue.text === 'criticized');
  assert.equal(operator?.source?.text, 'who');
  assert.equal(operator?.content.text, 'the old operator last year');
  // A report that begins inside the clause takes no content from before it.
  const works = analyze(
    'The mayor said the bridge would close for a month and that Tomas Brink, who warned of delays, would run the works.',
  );
  assert.ok(works.quotes.every((quote) => !quote.content.text.startsWith('The mayor')));
});

void test('the object of a place or time preposition is no first conjunct of the source ("in March and Ada Ruiz said")', () => {
  const cases: [string, string][] = [
    ['The Velm ferry stopped running in March and Ada Ruiz said the pier would close.', 'Ada Ruiz'],
    ['Fares rose in Orvain and Tomas Brink said the pier would close.', 'Tomas Brink'],
    // Two speakers, and a survey by two outlets, stay one coordinated source.
    [
      'Mayor Ada Ruiz and Governor Tomas Brink said the pier would close.',
      'Mayor Ada Ruiz and Governor Tomas Brink',
    ],
    [
      'A poll by the Velm Post and Harbor Radio found the pier was popular.',
      'A poll by the Velm Post and Harbor Radio',
    ],
  ];
  for (const [text, source] of cases) {
    const quote = analyze(text).quotes[0];
    assert.equal(quote?.source?.text, source, text);
  }
});

void test('a straight closing mark after a nested single quote and a space closes the quotation', () => {
  const article = analyze(
    [
      'Ada Ruiz spoke at the Velm pier.',
      '"The crews cannot just say \'We are done,\' " Ruiz said.',
      '"I heard them call it \'a ferry to nowhere,\' " said Tomas Brink, a welder.',
    ].join('\n\n'),
  );
  const done = article.quotes.find((quote) => quote.content.text.includes('We are done'));
  assert.equal(done?.content.text, '"The crews cannot just say \'We are done,\' "');
  assert.equal(done?.source?.text, 'Ruiz');
  const nowhere = article.quotes.find((quote) => quote.content.text.includes('ferry to nowhere'));
  assert.equal(nowhere?.content.text, '"I heard them call it \'a ferry to nowhere,\' "');
  assert.equal(nowhere?.source?.text, 'Tomas Brink, a welder');
});

void test('a participle cue after a comma inside a closing mark ends the quote and reports on its own', () => {
  const article = analyze(
    'Mayor Ada Ruiz called the ferry plan “a disgrace,” noting that the pier had been shut for a year.',
  );
  const called = article.quotes.find((quote) => quote.cue.text === 'called');
  assert.equal(called?.content.text, 'the ferry plan “a disgrace,”');
  const noting = article.quotes.find((quote) => quote.cue.text === 'noting');
  assert.equal(noting?.source?.text, 'Mayor Ada Ruiz');
  assert.equal(noting?.content.text, 'that the pier had been shut for a year');
});

void test('an ambiguous cue form after a comma and before "that" is a participle cue (", warning that")', () => {
  const article = analyze(
    'The Velm ferry company said it would miss its filing date, warning that it could default.',
  );
  const said = article.quotes.find((quote) => quote.cue.text === 'said');
  assert.equal(said?.content.text, 'it would miss its filing date');
  const warning = article.quotes.find((quote) => quote.cue.text === 'warning');
  assert.equal(warning?.source?.text, 'The Velm ferry company');
  assert.equal(warning?.content.text, 'that it could default');
});

void test('a coordinated cue after a direct quote takes the speaker, not a pronoun inside the quotation', () => {
  const article = analyze('“I hate the new fares,” she said, but added that the ferry still ran on time.');
  const added = article.quotes.find((quote) => quote.cue.text === 'added');
  assert.equal(added?.source?.text, 'she');
  assert.equal(added?.content.text, 'that the ferry still ran on time');
});

void test('a relative clause that reports on its own ends at the next cue and is no part of the source', () => {
  const article = analyze(
    'Ada Ruiz, who called Tomas Brink shortly after the vote, told her supporters that the pier would reopen.',
  );
  const called = article.quotes.find((quote) => quote.cue.text === 'called');
  assert.equal(called?.content.text, 'Tomas Brink shortly after the vote');
  const told = article.quotes.find((quote) => quote.cue.text === 'told');
  assert.equal(told?.source?.text, 'Ada Ruiz');
  assert.equal(told?.content.text, 'that the pier would reopen');
  const inverted = analyze('“We are done here,” said Tomas Brink, who said he rarely votes.');
  const done = inverted.quotes.find((quote) => quote.content.text.startsWith('“We are done'));
  assert.equal(done?.source?.text, 'Tomas Brink');
  // A relative clause that reports nothing stays in the source.
  const runs = analyze('Tomas Brink, who runs the pier, warned that it could close.');
  assert.equal(runs.quotes[0]?.source?.text, 'Tomas Brink, who runs the pier');
});

void test('an adverb between the subject and a stance verb keeps the cue ("Ruiz also criticized")', () => {
  const cases: [string, string, string, string][] = [
    [
      'Mayor Ada Ruiz also criticized the new ferry timetable.',
      'Mayor Ada Ruiz',
      'also criticized',
      'the new ferry timetable',
    ],
    [
      'The Velm survey then showed that support for the pier had grown.',
      'The Velm survey',
      'then showed',
      'that support for the pier had grown',
    ],
    ['Tomas Brink once praised the harbour crews.', 'Tomas Brink', 'once praised', 'the harbour crews'],
  ];
  for (const [text, source, cue, content] of cases) {
    const quote = analyze(text).quotes[0];
    assert.equal(quote?.source?.text, source, text);
    assert.equal(quote?.cue.text, cue, text);
    assert.equal(quote?.content.text, content, text);
  }
});

void test('a reported clause may open on a figure ("said 300 workers", "says about half of")', () => {
  const cases: [string, string][] = [
    [
      'The Velm dockers union said 300 workers had signed the petition.',
      '300 workers had signed the petition',
    ],
    ['The ferry board says about half of the crossings ran late.', 'about half of the crossings ran late'],
  ];
  for (const [text, content] of cases) {
    const quote = analyze(text).quotes[0];
    assert.equal(quote?.content.text, content, text);
  }
  // A time after the cue opens no clause.
  const times = analyze('Ruiz has said 20 times that the pier is safe.');
  assert.ok(times.quotes.every((quote) => !quote.content.text.startsWith('20')));
});

void test('a setting between the subject and the cue is no part of the source ("Ruiz in an interview praised")', () => {
  const cases: [string, string][] = [
    ['Ada Ruiz in an interview praised the harbour crews.', 'Ada Ruiz'],
    ['Tomas Brink on his radio show mocked the ferry timetable.', 'Tomas Brink'],
  ];
  for (const [text, source] of cases) {
    const quote = analyze(text).quotes[0];
    assert.equal(quote?.source?.text, source, text);
  }
});

void test('an opening time adjunct without its comma is no part of the source ("On Saturday Ada Ruiz said")', () => {
  const cases: [string, string][] = [
    ['On Saturday Ada Ruiz said the ferry would sail at dawn.', 'Ada Ruiz'],
    ['Last week the harbour board said the cranes were safe.', 'the harbour board'],
    ['In March 2016 Tomas Brink told reporters that the pier would close.', 'Tomas Brink'],
  ];
  for (const [text, source] of cases) {
    const quote = analyze(text).quotes[0];
    assert.equal(quote?.source?.text, source, text);
  }
  // A possessive time word belongs to the subject.
  const winner = analyze('Last year’s winner said the course was too short.').quotes[0];
  assert.equal(winner?.source?.text, 'Last year’s winner');
});

void test('an inverted source may open on a modifier before a title ("said retired Gen. Tomas Varga")', () => {
  const quote = analyze('The harbour will reopen in May, said retired Gen. Tomas Varga.').quotes[0];
  assert.equal(quote?.source?.text, 'retired Gen. Tomas Varga');
  assert.equal(quote?.content.text, 'The harbour will reopen in May');
});

void test('a sentence opening on a poll or a viewpoint ("In a ... poll,", "To Ruiz,") is an attribution', () => {
  const poll = analyze(
    'Ruiz was ahead. In a Corran Herald poll released Monday, 50 percent of voters chose Ruiz over Brink.',
  ).quotes.find((quote) => quote.cue.text === 'In');
  assert.equal(poll?.source?.text, 'a Corran Herald poll released Monday');
  assert.equal(poll?.content.text, '50 percent of voters chose Ruiz over Brink');
  const view = analyze('To Tomas Brink, the vote was a warning to the harbour board.').quotes[0];
  assert.equal(view?.cue.text, 'To');
  assert.equal(view?.source?.text, 'Tomas Brink');
  assert.equal(view?.content.text, 'the vote was a warning to the harbour board');
  const them = analyze('To them, the ferry is a lifeline for the island.').quotes[0];
  assert.equal(them?.source?.text, 'them');
  // Not a poll heading the phrase, not a person, or no clause after the comma.
  for (const text of [
    'In a memo released as polls closed, the campaign thanked its staff.',
    'To date, the ferry has carried ten thousand people.',
    'Brink led. In the polls, anyway.',
  ])
    assert.ok(
      analyze(text).quotes.every((quote) => quote.cue.text !== 'In' && quote.cue.text !== 'To'),
      text,
    );
});

void test('a poll sample is the source ("those surveyed say", "42% say")', () => {
  const cases: [string, string][] = [
    ['By wide margins, those surveyed said the ferry should keep running.', 'those surveyed'],
    ['On the harbour plan, 42% say the tolls are too high.', '42%'],
  ];
  for (const [text, source] of cases) {
    const quote = analyze(text).quotes.find((item) => /^sa(?:y|id)$/.test(item.cue.text));
    assert.equal(quote?.source?.text, source, text);
  }
});

void test('a document participle is no cue ("A poll released Friday found", "a statement issued by")', () => {
  const poll = analyze('A harbour poll released Friday found that most islanders back the ferry.').quotes[0];
  assert.equal(poll?.cue.text, 'found');
  assert.equal(poll?.source?.text, 'A harbour poll released Friday');
  const issued = analyze('A statement issued by the port board on Monday praised the crews.');
  assert.ok(issued.quotes.every((quote) => quote.cue.text !== 'issued'));
  // A subject that releases something is still reported.
  const town = analyze('The town released a statement Wednesday saying the ferry would sail.').quotes[0];
  assert.equal(town?.cue.text, 'released');
});

void test('a contracted auxiliary after a pronoun joins the cue ("He’s predicting", "You’ve been talking about")', () => {
  const cases: [string, string, string][] = [
    ['He’s predicting that the ferry will sail.', 'He', '’s predicting'],
    ['They’re arguing that the tolls are too high.', 'They', '’re arguing'],
  ];
  for (const [text, source, cue] of cases) {
    const quote = analyze(text).quotes[0];
    assert.equal(quote?.source?.text, source, text);
    assert.equal(quote?.cue.text, cue, text);
  }
});

void test('a say-verb opening its sentence takes the speaker after it ("Said Ada Ruiz, who ..., “...”")', () => {
  const quote = analyze(
    'The pier was rebuilt last year. Said Ada Ruiz, who grew up beside the harbour, “We were all so proud of it.”',
  ).quotes[0];
  assert.equal(quote?.cue.text, 'Said');
  assert.equal(quote?.source?.text, 'Ada Ruiz, who grew up beside the harbour');
  assert.equal(quote?.content.text, '“We were all so proud of it.”');
});

void test('a stray comma after a party tag keeps the name as the source ("Gov. Ada Ruiz (R-OH), said")', () => {
  const quote = analyze('“We will find the missing boats,” Gov. Ada Ruiz (R-OH), said on Monday.').quotes[0];
  assert.equal(quote?.source?.text, 'Gov. Ada Ruiz (R-OH)');
  assert.equal(quote?.content.text, '“We will find the missing boats,”');
});

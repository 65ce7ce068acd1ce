import assert from 'node:assert/strict';
import { test } from 'node:test';
import { outletFromCopyright } from './clean-text.js';
import { extractArticle } from './extract-article.js';

/** A fictional article scraped to text the way news pages come out: headline, caption, body, residue. */
const SCRAPED = [
  'Harbour Council Approves Night Ferry to the Islands',
  '',
  'A ferry waits at the Lantern Quay pier on Monday. (Photo by Mara Quell/Daily Lantern via Getty Images)',
  '',
  'The Harbour Council voted 7 to 2 on Tuesday to run a night ferry to the outer islands from March, ending years of complaints from shift workers.',
  '',
  '“We heard the night nurses loud and clear,” said council chair Ines Varga, who proposed the plan.',
  '',
  'The Coastal Courier reported last week that the service would cost about 1.2 million crowns a year.',
  '',
  'Opponents said the money should go to repairing the northern breakwater first.',
  '',
  'Follow Tomas Brell on Twitter at @tbrell, or email him at tbrell@lantern-daily.com.',
  '',
  'Be the first to comment',
  '',
  'Leave a Reply',
  '',
  'Your email address will not be published.',
  '',
  'Please let us know if you’re having issues with commenting.',
].join('\n');

test('takes the headline as title and keeps it out of the body', () => {
  const article = extractArticle({ source: 'ferry.txt', format: 'text', text: SCRAPED });
  assert.equal(article.title, 'Harbour Council Approves Night Ferry to the Islands');
  assert.ok(!article.text.includes('Harbour Council Approves'));
  assert.ok(article.text.startsWith('The Harbour Council voted 7 to 2'));
});

test('removes each residue line with its reason and keeps every body line', () => {
  const article = extractArticle({ source: 'ferry.txt', format: 'text', text: SCRAPED });
  const reasons = Object.fromEntries(article.removed.map((piece) => [piece.text.slice(0, 20), piece.reason]));
  assert.deepEqual(reasons, {
    'A ferry waits at the': 'caption',
    'Follow Tomas Brell o': 'author-promo',
    'Be the first to comm': 'comment-prompt',
    'Leave a Reply': 'comment-prompt',
    'Your email address w': 'comment-prompt',
    'Please let us know i': 'comment-prompt',
  });
  assert.equal(article.paragraphs.length, 4);
  assert.ok(article.text.includes('Opponents said the money'));
  assert.ok(article.text.includes('The Coastal Courier reported'));
});

test('removed offsets point into the raw text', () => {
  const article = extractArticle({ source: 'ferry.txt', format: 'text', text: SCRAPED });
  for (const piece of article.removed) {
    assert.equal(article.raw.slice(piece.start, piece.end), piece.text);
  }
});

test('paragraph spans cover the clean text, joined by blank lines', () => {
  const article = extractArticle({ source: 'ferry.txt', format: 'text', text: SCRAPED });
  const joined = article.paragraphs
    .map((paragraph) => article.text.slice(paragraph.start, paragraph.end))
    .join('\n\n');
  assert.equal(joined, article.text);
});

test('infers the outlet from the author e-mail domain', () => {
  const article = extractArticle({ source: 'ferry.txt', format: 'text', text: SCRAPED });
  assert.equal(article.domain, 'lantern-daily.com');
  assert.equal(article.outlet, 'Lantern Daily');
  assert.equal(article.outletSource, 'email-domain');
});

test('an outlet only cited in the text is not the article outlet', () => {
  const text = SCRAPED.split('\n')
    .filter((line) => !line.startsWith('Follow'))
    .join('\n');
  const article = extractArticle({ source: 'ferry.txt', format: 'text', text });
  assert.equal(article.outlet, undefined);
  assert.equal(article.outletSource, undefined);
});

test('infers the outlet from a copyright line', () => {
  const text = `${SCRAPED}\n\n© 2026 The Morning Gull. All rights reserved.`;
  const article = extractArticle({ source: 'ferry.txt', format: 'text', text });
  const line = article.removed.find((piece) => piece.reason === 'copyright');
  assert.ok(line);
  // The e-mail domain is the stronger signal and comes first.
  assert.equal(article.outletSource, 'email-domain');
  const withoutEmail = text
    .split('\n')
    .filter((row) => !row.startsWith('Follow'))
    .join('\n');
  const second = extractArticle({ source: 'ferry.txt', format: 'text', text: withoutEmail });
  assert.equal(second.outlet, 'The Morning Gull');
  assert.equal(second.outletSource, 'copyright-line');
});

test('metadata given in the input wins over inferred values', () => {
  const article = extractArticle({
    source: 'ferry.jsonl:3',
    format: 'text',
    text: SCRAPED,
    title: 'Night ferry approved',
    outlet: 'The Island Post',
    published: '2026-03-02',
  });
  assert.equal(article.title, 'Night ferry approved');
  assert.equal(article.outlet, 'The Island Post');
  assert.equal(article.outletSource, 'input');
  assert.equal(article.published, '2026-03-02');
  assert.equal(article.publishedSource, 'input');
});

test('a first line that is a sentence is body text, not a title', () => {
  const text =
    'The council met on Tuesday and voted to fund a night ferry to the outer islands.\n\nIt starts in March.';
  const article = extractArticle({ source: 'a.txt', format: 'text', text });
  assert.equal(article.title, undefined);
  assert.ok(article.text.startsWith('The council met'));
});

test('share bars, newsletter pitches and related links are removed as such', () => {
  const text = [
    'Lighthouse Keeper Retires After 40 Years',
    'Share this article',
    'The last keeper of the Gull Point light, Edda Marr, switched off the lamp for the final time on Sunday after four decades on the rock.',
    'Sign up for our morning newsletter to get the day’s news in your inbox.',
    'She plans to move to the mainland to be near her grandchildren, she said, and to sleep through a whole night.',
    'Related: Storm damages Gull Point jetty',
    'Advertisement',
  ].join('\n\n');
  const article = extractArticle({ source: 'keeper.txt', format: 'text', text });
  assert.deepEqual(
    article.removed.map((piece) => piece.reason),
    ['share', 'newsletter', 'related-links', 'advertisement'],
  );
  assert.equal(article.paragraphs.length, 2);
});

test('body sentences that mention comments or newsletters are kept', () => {
  const text = [
    'Editors Debate the Future of Letters',
    'Comments from readers have fallen by half since the paper moved its letters page online, the editor said on Monday.',
    'Newsletters now bring in more readers than the front page, according to the paper’s own figures for the year.',
  ].join('\n\n');
  const article = extractArticle({ source: 'letters.txt', format: 'text', text });
  assert.deepEqual(article.removed, []);
  assert.equal(article.paragraphs.length, 2);
});

test('empty or residue-only text gives a no-body diagnostic, not an exception', () => {
  const article = extractArticle({
    source: 'empty.txt',
    format: 'text',
    text: 'Leave a Reply\n\nAdvertisement',
  });
  assert.equal(article.text, '');
  assert.ok(article.diagnostics.some((diagnostic) => diagnostic.code === 'no-body'));
});

test('the outlet name is taken as the byline spells it when it runs together to the e-mail domain', () => {
  const text = [
    'Gulls return to the old pier',
    '',
    'By Ida Varn, Saltmere Beacon',
    '',
    'Hundreds of gulls have returned to the old pier at Saltmere after the council removed the netting, residents said on Sunday.',
    '',
    'Ida Varn covers the coast for the Saltmere Beacon. Follow her on X at @idavarn or email her at i.varn@saltmerebeacon.example.',
  ].join('\n');
  const article = extractArticle({ source: 'gulls.txt', format: 'text', text });
  assert.equal(article.domain, 'saltmerebeacon.example');
  assert.equal(article.outlet, 'Saltmere Beacon');
});

/** A short invented article around the given header and footer lines. */
function scraped(header: string[], footer: string[] = []): string {
  return [
    'Gulls return to the old pier',
    '',
    ...header,
    '',
    'Hundreds of gulls have returned to the old pier at Saltmere after the council removed the netting, residents said on Sunday.',
    '',
    'The council said the netting had been damaged in last winter’s storms and would not be replaced.',
    '',
    ...footer,
  ].join('\n');
}

test('a byline keeps the names, not the date after a bar, and names the outlet after a comma', () => {
  const dated = extractArticle({
    source: 'gulls.txt',
    format: 'text',
    text: scraped(['By Ida Varn | Published 3 May 2026, 9:10 am']),
  });
  assert.equal(dated.byline, 'Ida Varn');
  assert.equal(dated.published, '2026-05-03');

  const withOutlet = extractArticle({
    source: 'gulls.txt',
    format: 'text',
    text: scraped(['By Ida Varn, Saltmere Evening Courier']),
  });
  assert.equal(withOutlet.byline, 'Ida Varn');
  assert.equal(withOutlet.outlet, 'Saltmere Evening Courier');
  assert.equal(withOutlet.outletSource, 'byline');

  const withRole = extractArticle({
    source: 'gulls.txt',
    format: 'text',
    text: scraped(['By Ida Varn, Coastal Affairs Correspondent']),
  });
  assert.equal(withRole.outlet, undefined, 'a role after the comma is not an outlet');
});

test('a byline crediting staff and an agency is a byline, not navigation ("By Gazette staff and Brine Wire")', () => {
  for (const [line, names] of [
    ['By Gazette staff and Brine Wire', 'Gazette staff and Brine Wire'],
    ['By Saltmere Courier staff', 'Saltmere Courier staff'],
    ['By Ida Varn and staff reporters', 'Ida Varn and staff reporters'],
  ] as const) {
    const article = extractArticle({ source: 'gulls.txt', format: 'text', text: scraped([line]) });
    assert.equal(article.byline, names, line);
    assert.ok(
      article.removed.some((piece) => piece.text === line && piece.reason === 'byline'),
      JSON.stringify(article.removed),
    );
  }
});

test('a byline names the outlet after a comma when a masthead word opens or leads it ("The Daily Gull", "Brine Wire Service")', () => {
  for (const outlet of ['The Daily Gull', 'Brine Wire Service', 'Saltmere News Service']) {
    const article = extractArticle({
      source: 'gulls.txt',
      format: 'text',
      text: scraped([`By Ida Varn, ${outlet}`]),
    });
    assert.equal(article.outlet, outlet);
    assert.equal(article.outletSource, 'byline');
  }
  for (const role of ['Daily Affairs Correspondent', 'Wire Desk Editor', 'Customer Service']) {
    const article = extractArticle({
      source: 'gulls.txt',
      format: 'text',
      text: scraped([`By Ida Varn, ${role}`]),
    });
    assert.equal(article.outlet, undefined, role);
  }
});

test('a masthead line above the body names the outlet when the copyright backs it; a section name does not', () => {
  const masthead = extractArticle({
    source: 'gulls.txt',
    format: 'text',
    text: scraped(['Saltmere Community Radio', 'Published 3 May 2026 09:10'], ['© Saltmere Community 2026']),
  });
  assert.equal(masthead.outlet, 'Saltmere Community Radio', 'the full brand the copyright owner begins');
  assert.equal(masthead.outletSource, 'masthead-line');

  const unbacked = extractArticle({
    source: 'gulls.txt',
    format: 'text',
    text: scraped(
      ['Saltmere Community Radio', 'Published 3 May 2026 09:10'],
      ['© Gullwing Media Group 2026'],
    ),
  });
  assert.equal(
    unbacked.outlet,
    'Gullwing Media Group',
    'a masthead the copyright does not back is not taken',
  );

  const section = extractArticle({
    source: 'gulls.txt',
    format: 'text',
    text: scraped(['World News', 'Published 3 May 2026 09:10']),
  });
  assert.equal(section.outlet, undefined);
});

test('a bare masthead line under the title names the outlet and leaves the body ("Daily Standard", "Daily Gull")', () => {
  const byline = ['', 'By Ida Varn', '8 December 2026'];
  for (const [title, header, line] of [
    ['Gulls return to the old pier', ['Daily Courier'], 'Daily Courier'],
    ['Gulls return to the old pier', ['', 'The Saltmere Observer'], 'The Saltmere Observer'],
    // A masthead word may open the name, under a headline in capitals.
    ['GULLS BACK ON THE OLD PIER', ['', 'Daily Gull', ...byline], 'Daily Gull'],
    ['GULLS BACK ON THE OLD PIER', ['', 'The Evening Tern', ...byline], 'The Evening Tern'],
    // A section word may open the name of a paper ("National Sentinel"), under the headline.
    ['Gulls return to the old pier', ['', 'National Sentinel', ...byline], 'National Sentinel'],
    ['Gulls return to the old pier', ['', 'The World Tribune'], 'The World Tribune'],
  ] as const) {
    const text = [
      title,
      ...header,
      '',
      'Hundreds of gulls have returned to the old pier at Saltmere after the council removed the netting, residents said on Sunday.',
      '',
      'The council said the netting had been damaged in last winter’s storms and would not be replaced.',
    ].join('\n');
    const article = extractArticle({ source: 'gulls.txt', format: 'text', text });
    assert.equal(article.title, title);
    assert.equal(article.outlet, line, line);
    assert.equal(article.outletSource, 'masthead-line');
    assert.ok(!article.text.includes(line), article.text);
  }
  // A section name there, or after a masthead word, is not an outlet.
  for (const name of ['Local News', 'Daily Politics', 'National Review', 'World Today']) {
    const section = extractArticle({ source: 'gulls.txt', format: 'text', text: scraped([name]) });
    assert.equal(section.outlet, undefined, name);
  }
});

test("a wire copy under its publisher's masthead is the publisher's, though the byline names the agency", () => {
  const text = (masthead: string, byline: string): string =>
    [
      'Gulls return to the old pier',
      '',
      masthead,
      '',
      byline,
      '8 December 2026',
      '',
      'SALTMERE (Brine Press Agency) — Hundreds of gulls have returned to the old pier at Saltmere after the council removed the netting, residents said on Sunday.',
      '',
      'The council said the netting had been damaged in last winter’s storms and would not be replaced.',
    ].join('\n');
  const reprint = extractArticle({
    source: 'gulls.txt',
    format: 'text',
    text: text('Tollway Gazette', 'By Ida Varn, Brine Press Agency'),
  });
  assert.equal(reprint.outlet, 'Tollway Gazette');
  assert.equal(reprint.outletSource, 'masthead-line');
  assert.equal(reprint.byline, 'Ida Varn');
  // The agency's own text: the masthead and the byline name one outlet, the byline's spelling kept.
  const own = extractArticle({
    source: 'gulls.txt',
    format: 'text',
    text: text('Brine Press Agency', 'By Ida Varn, Brine Press Agency'),
  });
  assert.equal(own.outlet, 'Brine Press Agency');
});

test('a wire copy is credited to the outlet whose promo links its own site, not the agency', () => {
  const article = extractArticle({
    source: 'gulls.txt',
    format: 'text',
    text: scraped(
      ['By Coastline Press Agency | Published 3 May 2026'],
      [
        'More coast news from the Saltmere Evening Courier at saltmerecourier.example/coast',
        '',
        'Copyright 2026 Coastline Press Agency. All rights reserved.',
      ],
    ),
  });
  assert.equal(article.outlet, 'Saltmere Evening Courier', 'spelled in full though the domain drops a word');
  assert.equal(article.outletSource, 'promo-link');
  assert.equal(article.domain, 'saltmerecourier.example');
  assert.equal(article.byline, 'Coastline Press Agency');
});

test('a link in a promo line to a site the line does not name is not the outlet', () => {
  const article = extractArticle({
    source: 'gulls.txt',
    format: 'text',
    text: scraped([], ['Read the council report at saltmere-council.example/gulls']),
  });
  assert.notEqual(article.outletSource, 'promo-link');
});

test('outletFromCopyright keeps the owner name, not the notice, legal form or what follows', () => {
  const cases: [string, string | undefined][] = [
    ['© 2026 The Morning Gull. All rights reserved.', 'The Morning Gull'],
    ['© Copyright Gullwing Media 2025', 'Gullwing Media'],
    ['Copyright © 2026 Saltmere Press Group, Inc.', 'Saltmere Press Group'],
    ['© Harbour Lantern Pty Ltd. All rights reserved.', 'Harbour Lantern'],
    ['© 1998 - 2026 by Quayside News Media Inc.', 'Quayside News Media'],
    ['© Brackwater Design LLC — Read our terms of service.', 'Brackwater Design'],
    ['Copyright Policy', undefined],
    ['Copyright and Reprints', undefined],
  ];
  for (const [line, expected] of cases) assert.equal(outletFromCopyright(line), expected, line);
});

test('a lead paragraph that ends inside a quotation is body text, not a title', () => {
  const text =
    'President Karel Vonn on Tuesday rejected calls for talks, saying the protests were "organised from abroad."\n\n' +
    'The opposition said it would march again on Friday.';
  const untitled = extractArticle({ source: 'a.txt', format: 'text', text });
  assert.equal(untitled.title, undefined);
  assert.ok(untitled.text.startsWith('President Karel Vonn on Tuesday'), untitled.text);
  const titled = extractArticle({ source: 'a.jsonl:1', format: 'text', text, title: 'Vonn rejects talks' });
  assert.equal(titled.title, 'Vonn rejects talks');
  assert.ok(titled.text.startsWith('President Karel Vonn on Tuesday'), titled.text);
});

test('with a title given, a first line that repeats it is dropped and one that does not is accounted for', () => {
  const body =
    'The quarry will stay shut for weeks, the ministry said on Monday, while engineers check every face.';
  const repeated = extractArticle({
    source: 'a.jsonl:1',
    format: 'text',
    text: `Minister shuts Carrow quarry\n\n${body}`,
    title: 'Minister Shuts Carrow Quarry',
  });
  assert.equal(repeated.text, body);
  const dek = extractArticle({
    source: 'a.jsonl:2',
    format: 'text',
    text: `Engineers to check every face before work resumes\n\n${body}`,
    title: 'Minister shuts Carrow quarry',
  });
  // Not a silent drop: it stays in the text or is listed as removed with its reason (a short line before the
  // body reads as page furniture).
  const kept = dek.text.includes('Engineers to check every face');
  const listed = dek.removed.some((line) => line.text.startsWith('Engineers to check every face'));
  assert.ok(kept || listed, JSON.stringify(dek.removed));
  assert.ok(dek.text.startsWith('The quarry will stay shut'), dek.text);
});

/** The headline and two body paragraphs of an invented inquiry story, for what follows a body. */
const INQUIRY = [
  'Bridge inquiry opens in Tarnwick',
  '',
  'An inquiry into the collapse of the Kellow footbridge in Tarnwick opened on Monday, three days after eleven people fell into the River Sallen.',
  '',
  'The inquiry chair, Judge Amara Voss, said she would publish her findings by March.',
  '',
];

test('a last paragraph under a subheading is body text, not a teaser after the body', () => {
  const text = [
    ...INQUIRY,
    'What happens next',
    '',
    'The inquiry will hear from the fire service and the families on Tuesday.',
    '',
  ].join('\n');
  const article = extractArticle({ source: 'inquiry.txt', format: 'text', text });
  assert.match(article.text, /What happens next\n\nThe inquiry will hear from the fire service/);
  assert.deepEqual(article.removed, []);
});

test('a list of headlines with one-line blurbs after the body stays out of it', () => {
  const text = [
    ...INQUIRY,
    'Ferry fares to rise',
    '',
    'Crossings to Gull Island will cost more from January, the operator said.',
    '',
    'Market traders fear for Christmas',
    '',
    'Stallholders on the east bank say the closure has halved their takings.',
    '',
  ].join('\n');
  const article = extractArticle({ source: 'inquiry.txt', format: 'text', text });
  assert.doesNotMatch(article.text, /Ferry fares|Gull Island|Stallholders/);
});

test('a standalone publisher credit line gives the outlet and is removed as residue', () => {
  for (const [credit, where] of [
    ['Published by The Harbor Gazette', 'top'],
    ['Published by The Harbor Gazette', 'bottom'],
    ['By Ana Ruiz | The Harbor Gazette', 'top'],
  ] as const) {
    const lines = [...INQUIRY];
    if (where === 'top') lines.splice(1, 0, credit);
    else lines.push(credit);
    const article = extractArticle({ source: 'inquiry.txt', format: 'text', text: lines.join('\n') });
    assert.equal(article.outlet, 'The Harbor Gazette', `${credit} (${where})`);
    assert.ok(article.outletSource, credit);
    assert.deepEqual(
      article.removed.map((piece) => [piece.text, piece.reason]),
      [[credit, credit.startsWith('By ') ? 'byline' : 'boilerplate']],
      credit,
    );
    assert.doesNotMatch(article.text, /Harbor Gazette/);
  }
});

test('"published by" inside a sentence names no outlet', () => {
  const text = [
    ...INQUIRY,
    'The report, published by the Tarnwick Gazette on Monday, said the bridge had not been inspected since 2019.',
    '',
  ].join('\n');
  const article = extractArticle({ source: 'inquiry.txt', format: 'text', text });
  assert.equal(article.outlet, undefined);
  assert.match(article.text, /The report, published by the Tarnwick Gazette on Monday/);
});

test('a "Published" line gives the date, before an "Updated" line and wherever it stands', () => {
  const cases: [string[], string][] = [
    [['Published Nov. 14, 2026', 'Updated 3:40 p.m. Nov. 16, 2026'], 'top'],
    [['Updated 3:40 p.m. Nov. 16, 2026', 'Published Nov. 14, 2026'], 'top'],
    [['Published Nov. 14, 2026', 'Updated 3:40 p.m. Nov. 14'], 'bottom'],
  ];
  for (const [datelines, where] of cases) {
    const lines = [...INQUIRY];
    if (where === 'top') lines.splice(1, 0, ...datelines);
    else lines.push(...datelines);
    const article = extractArticle({ source: 'inquiry.txt', format: 'text', text: lines.join('\n') });
    assert.equal(article.published, '2026-11-14', datelines.join(' / '));
    assert.equal(article.publishedSource, 'text');
    assert.equal(article.removed.length, 2);
  }
});

test('an "Updated" line alone still dates an article that has no other date', () => {
  const lines = [...INQUIRY];
  lines.splice(1, 0, 'Updated Nov. 16, 2026');
  const article = extractArticle({ source: 'inquiry.txt', format: 'text', text: lines.join('\n') });
  assert.equal(article.published, '2026-11-16');
});

test('a dateline line with a dash above the lead opens the lead; a bare line of capitals does not', () => {
  const withDateline = (dateline: string, lead = INQUIRY[2]!): string =>
    [INQUIRY[0], '', dateline, lead, ...INQUIRY.slice(3)].join('\n');
  const dashed = extractArticle({ source: 'inquiry.txt', format: 'text', text: withDateline('TARNWICK —') });
  assert.match(dashed.text, /^TARNWICK — An inquiry into the collapse/);
  assert.deepEqual(dashed.removed, []);
  // Undashed, a line of capitals above scraped text is as often a kicker ("STREAM BIG") as a place.
  const bare = extractArticle({ source: 'inquiry.txt', format: 'text', text: withDateline('TARNWICK') });
  assert.match(bare.text, /^An inquiry into the collapse/);
  // A lead with its own dateline keeps it alone.
  const own = extractArticle({
    source: 'inquiry.txt',
    format: 'text',
    text: withDateline('KESTREL WIRE —', `TARNWICK (MPA) — ${INQUIRY[2]!}`),
  });
  assert.match(own.text, /^TARNWICK \(MPA\) — An inquiry/);
});

test('a masthead line between the title and the body names the outlet; the same line above the title does not', () => {
  const lines = (header: string[]): string =>
    [
      ...header,
      '',
      'Ferry fares on the Saltmere crossing will rise by a fifth from April, the operator said on Tuesday.',
      '',
      'The operator blamed the price of fuel and said timetables would not change.',
    ].join('\n');
  const title = 'Ferry Fares to Rise by a Fifth';
  for (const header of [
    [title, 'Gullwing Herald', 'By Tova Brandt', 'March 3, 2026'],
    [title, 'By Tova Brandt', 'Gullwing Herald', 'March 3, 2026'],
  ]) {
    const article = extractArticle({ source: 'fares.txt', format: 'text', text: lines(header) });
    assert.equal(article.title, title);
    assert.equal(article.outlet, 'Gullwing Herald', header.join(' / '));
    assert.equal(article.outletSource, 'masthead-line');
    assert.ok(!article.text.includes('Gullwing Herald'), 'the masthead is not body text');
  }

  const section = extractArticle({
    source: 'fares.txt',
    format: 'text',
    text: lines([title, 'World News', 'March 3, 2026']),
  });
  assert.equal(section.outlet, undefined, 'a section name under the title is not an outlet');

  const above = extractArticle({
    source: 'fares.txt',
    format: 'text',
    text: lines(['Strange Herald', title, 'March 3, 2026']),
  });
  assert.equal(above.outlet, undefined, 'a line above the title is as often a section or a menu');
});

test('a press release is credited to its issuer: the name beside its "Press release" line, or in that line', () => {
  const body = [
    '',
    'Patients who walked for half an hour a day recovered faster after knee surgery, according to a trial run by the Elbury Orthopaedic Unit.',
    '',
    'The trial followed 640 patients for a year.',
  ];
  for (const [header, issuer] of [
    [['Tarrow Institute of Sport', '', 'Press release', '4 March 2026'], 'Tarrow Institute of Sport'],
    [['News release', 'Elbury College', 'Wednesday 4 March 2026'], 'Elbury College'],
    [['Tarrow Institute of Sport press release', '4 March 2026'], 'Tarrow Institute of Sport'],
    [['Press release: Osterlin Health Trust', '4 March 2026'], 'Osterlin Health Trust'],
    [['FOR IMMEDIATE RELEASE', 'Elbury College Press Office'], 'Elbury College Press Office'],
  ] as const) {
    const text = ['Walking speeds recovery after knee surgery, trial finds', '', ...header, ...body].join(
      '\n',
    );
    const article = extractArticle({ source: 'release.txt', format: 'text', text });
    assert.equal(article.outlet, issuer, header.join(' / '));
    assert.equal(article.outletSource, 'press-release');
    assert.ok(!article.text.includes(issuer), article.text);
  }
  // Without a press-release line, a capitalised line under the title is not taken for an issuer.
  const plain = extractArticle({
    source: 'release.txt',
    format: 'text',
    text: ['Walking speeds recovery after knee surgery, trial finds', '', 'Elbury College', ...body].join(
      '\n',
    ),
  });
  assert.equal(plain.outlet, undefined);
});

test('a press release names its issuer on the line above "Press release": that is who published it', () => {
  const release = extractArticle({
    source: 'release.txt',
    format: 'text',
    text: scraped(['Saltmere Harbour Trust', '', 'Press release', 'Monday 4 May 2026']),
  });
  assert.equal(release.outlet, 'Saltmere Harbour Trust');
  assert.ok(!release.text.includes('Saltmere Harbour Trust'));
  // A line above anything else is no issuer.
  const article = extractArticle({
    source: 'article.txt',
    format: 'text',
    text: scraped(['Saltmere Harbour Trust', '', 'Monday 4 May 2026']),
  });
  assert.equal(article.outlet, undefined);
});

test('a press release\'s "About <issuer>" note is boilerplate, not body', () => {
  const release = extractArticle({
    source: 'release.txt',
    format: 'text',
    text: scraped(
      ['Saltmere Harbour Trust', '', 'Press release', 'Monday 4 May 2026'],
      [
        'About Saltmere Harbour Trust',
        'Saltmere Harbour Trust is a charity that looks after the old pier and its wildlife.',
        '',
        'About the gulls of Saltmere, a column by Ida Varn, runs every Friday.',
      ],
    ),
  });
  assert.ok(!release.text.includes('is a charity'), release.text);
  assert.ok(
    release.removed.some(
      (item) => item.text === 'About Saltmere Harbour Trust' && item.reason === 'boilerplate',
    ),
  );
  // A sentence that opens on "About" is no note heading.
  assert.ok(release.text.includes('About the gulls of Saltmere'), release.text);
});

test('a masthead on the first line, above the headline, names the outlet and leaves the headline the title', () => {
  const body = [
    '',
    'Skipper Tam Rooke, 58, was pulled from the hull of his capsized trawler on Tuesday after eleven hours in the water off Lowmoor Point.',
    '',
    '“I sang every song I know to stay awake,” Rooke said from his hospital bed.',
  ];
  for (const [masthead, title] of [
    ['Lowmoor Echo', 'Fishing skipper rescued after night on capsized trawler'],
    ['The Daily Gull', 'Skipper Rescued After Night On Capsized Trawler'],
  ] as const) {
    const article = extractArticle({
      source: 'skipper.txt',
      format: 'text',
      text: [masthead, '', title, ...body].join('\n'),
    });
    assert.equal(article.title, title);
    assert.equal(article.outlet, masthead);
    assert.ok(article.text.startsWith('Skipper Tam Rooke'), article.text);
    assert.ok(!article.removed.some((item) => item.text === title), JSON.stringify(article.removed));
  }
  // A two-word headline over a headline-shaped standfirst stays the title.
  const short = extractArticle({
    source: 'pier.txt',
    format: 'text',
    text: ['Pier Reopens', '', 'Gulls and anglers return to the old pier', ...body].join('\n'),
  });
  assert.equal(short.title, 'Pier Reopens');
});

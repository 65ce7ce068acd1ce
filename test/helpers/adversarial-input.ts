/**
 * fast-check arbitraries for adversarial but plausible news input, shared by the property tests of every stage:
 * unicode, whitespace and quote-mark soup, mixed scripts and RTL text, surrogate pairs and combining marks,
 * broken HTML, odd dates and ids. All text here is invented.
 */
import fc from 'fast-check';

/** Words and phrases a news sentence is made of, so the stages find names, quotes, credits and dates. */
const NEWS_PIECES = [
  'Ana Ruiz',
  'Mayor Tomas Vell',
  'the Harbour Board',
  ' said',
  ' told reporters',
  ' according to',
  ' the Brackwater Courier',
  ' (AP) —',
  'VARNA —',
  ' on Tuesday',
  ' last week',
  ' 3,400 people',
  ' $4.5 million',
  ' 12/05/2026',
  ' 2026-13-45',
  ' March 3rd',
  ' dictator',
  ' slammed',
  ' so-called',
  ' regime',
  'The U.S.',
  'Dr.',
  ' the ferry will run at night',
  ' he',
  ' she',
  ' that',
];

const QUOTE_MARKS = ['“', '”', '"', "'", '‘', '’', '«', '»', '„', '‹', '›', '「', '」', "''", '``'];

const WHITESPACE = [
  ' ',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\u200b',
  '\u3000',
  '\ufeff',
  '\u000b',
  '\u0085',
];

const PUNCTUATION = [
  '.',
  '. ',
  '?',
  '!',
  '…',
  '—',
  '-',
  ':',
  ';',
  ',',
  '(',
  ')',
  '[',
  ']',
  '...',
  '?!',
  '.”',
];

/** Other scripts, RTL text and direction marks. */
const SCRIPTS = [
  'قال الوزير إن الجسر سيفتح',
  'שלום עולם.',
  'Москва, 5 декабря.',
  '东京。',
  '“引用”',
  'नमस्ते दुनिया।',
  'Ελλάδα',
  '\u200f',
  '\u200e',
  '\u202e',
  '\u2066',
  '\u2069',
];

/**
 * Characters outside the Basic Multilingual Plane (surrogate pairs), emoji sequences, combining marks on their
 * own and lone surrogates: the places a span edge can split a character.
 */
const ASTRAL = [
  '😀',
  '𝐀𝐧𝐚',
  '👩‍👩‍👧',
  '🇫🇷',
  '𠀋',
  'e\u0301',
  '\u0301',
  '\u0308',
  'Zoë',
  'Zoe\u0308',
  '\ud83d',
  '\ude00',
  '\u0000',
  '\ufffd',
];

const HTML_PIECES = [
  '<p>',
  '</p>',
  '<div class="share">',
  '</div>',
  '<br>',
  '<h1>',
  '</h2>',
  '<li>',
  '<blockquote>',
  '<article>',
  '</article>',
  '<b><i>',
  '</b></i>',
  '&amp;',
  '&#x',
  '&#55357;',
  '&#128512;',
  '&nbsp;',
  '&rdquo;',
  '<script>',
  '</script>',
  '<style>',
  '<!--',
  '-->',
  '<![CDATA[',
  '<meta property="og:site_name" content="',
  '<time datetime="2026-02-30T25:00">',
  '<a href="javascript:',
  '<title>',
  '</title>',
  '<<>>',
  '<p class=x"y>',
  '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"',
  '<script type="application/ld+json">{"@graph":[{"author":{"name":',
  '<script type="application/ld+json">[null, 3, {"headline": ',
  '"}</script>',
  '}]}</script>',
  '<meta name="author" content="',
  '<meta property="article:published_time" content="',
  '">',
  '<link rel="canonical" href="',
  '<figure><figcaption>Photo: ',
  '</figcaption></figure>',
  '<p>Copyright © 2026 ',
  '<p>By ',
  '<table><tr><td>',
  '<pre>',
  '<noscript>',
  '<svg><text>',
  '<template>',
];

function pick(values: readonly string[]): fc.Arbitrary<string> {
  return fc.constantFrom(...values);
}

/** One piece of soup: mostly news words, with quote marks, odd whitespace, other scripts and astral characters. */
const textPiece = fc.oneof(
  { weight: 6, arbitrary: pick(NEWS_PIECES) },
  { weight: 2, arbitrary: pick(QUOTE_MARKS) },
  { weight: 2, arbitrary: pick(WHITESPACE) },
  { weight: 3, arbitrary: pick(PUNCTUATION) },
  { weight: 1, arbitrary: pick(SCRIPTS) },
  { weight: 2, arbitrary: pick(ASTRAL) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

/**
 * A field far longer than news text has: a run with no space or stop (cut by length limits, possibly inside
 * a surrogate pair), or a flood of quote marks or sentence stops.
 */
function longRun(): fc.Arbitrary<string> {
  return fc
    .tuple(
      pick(['😀', '𝐀', 'x', 'e\u0301', '“', '. ', 'word ', 'Ana Ruiz said ']),
      fc.integer({ min: 300, max: 2600 }),
    )
    .map(([unit, count]) => unit.repeat(count));
}

/** Now and then a long run among ordinary pieces: enough to reach the length limits, not to slow every run. */
const soupPiece = fc.oneof({ weight: 60, arbitrary: textPiece }, { weight: 1, arbitrary: longRun() });

/** Plain text soup, up to `maxPieces` pieces. */
export function textSoup(maxPieces = 80): fc.Arbitrary<string> {
  return fc.array(soupPiece, { maxLength: maxPieces }).map((parts) => parts.join(''));
}

/** HTML soup: text soup mixed with tags that nest badly, entities cut short and unclosed comments. */
export function htmlSoup(maxPieces = 80): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof({ weight: 3, arbitrary: soupPiece }, { weight: 2, arbitrary: pick(HTML_PIECES) }), {
      maxLength: maxPieces,
    })
    .map((parts) => parts.join(''));
}

/** Dates as inputs give them: ISO, partial, impossible, local formats, or rubbish. */
export const oddDate = fc.oneof(
  pick([
    '2026-02-01',
    '2026-02-30',
    '2026-13-01',
    '2026-02-01T25:61:00Z',
    '0000-00-00',
    '99999-01-01',
    '1/2/26',
    '01.02.2026',
    'Tuesday',
    'yesterday',
    '',
    ' ',
    'NaN',
    '2026-02-01T12:00:00+14:00',
    '1970-01-01T00:00:00Z',
  ]),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
);

/** Ids as inputs give them: empty, whitespace, unicode, very long, or colliding. */
export const oddId = fc.oneof(
  pick([
    'a',
    'a',
    'A',
    '',
    ' ',
    '0',
    '../x',
    'id with spaces',
    '😀',
    'é',
    'e\u0301',
    '__proto__',
    'constructor',
  ]),
  fc.string({ maxLength: 12 }),
  fc.constant('x'.repeat(2000)),
);

const SUBJECTS = [
  'Ana Ruiz',
  'Mayor Tomas Vell',
  'The Harbour Board',
  'Police',
  'Dr. Lena Ortiz',
  'He',
  'They',
];
const PREDICATES = [
  'said the ferry will run at night from March',
  'told reporters the bridge would close on Tuesday',
  'slammed the so-called plan as a disaster',
  'confirmed that 3,400 people left the island last week',
  'denied the report, according to the Brackwater Courier',
  'approved $4.5 million for the harbour',
];

/**
 * Text that reads like a news article (paragraphs of sentences with names, quotes, credits and dates), with
 * soup pieces spliced into the sentences and at their edges: the stages find real annotations, and the odd
 * characters land next to span edges.
 */
export function newsText(maxParagraphs = 5): fc.Arbitrary<string> {
  const sentence = fc
    .tuple(
      pick(SUBJECTS),
      pick(PREDICATES),
      fc.array(soupPiece, { maxLength: 4 }),
      fc.constantFrom('plain', 'quoted', 'curly', 'guillemets', 'unclosed'),
      pick(['.', '!', '?', '…', '', '."', '.”', '。']),
      fc.array(textPiece, { maxLength: 2 }),
    )
    .map(([subject, predicate, inner, quoting, stop, edge]) => {
      const middle = `${predicate}${inner.join('')}`;
      const said = {
        plain: `${subject} ${middle}${stop}`,
        quoted: `"${middle}," ${subject} said${stop}`,
        curly: `“${middle},” ${subject.toLowerCase()} said${stop}`,
        guillemets: `«${middle}», ${subject} said${stop}`,
        unclosed: `“${middle} ${subject} said${stop}`,
      }[quoting];
      return `${edge.join('')}${said}`;
    });
  return fc
    .array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { maxLength: maxParagraphs })
    .chain((paragraphs) =>
      fc
        .constantFrom('\n\n', '\n', '\r\n\r\n', '\n \n', '\u2029')
        .map((gap) => paragraphs.map((sentences) => sentences.join(' ')).join(gap)),
    );
}

/** The same text as a web page: paragraphs in `<p>`, some tags left unclosed or crossed. */
export function newsHtml(maxParagraphs = 5): fc.Arbitrary<string> {
  return fc
    .tuple(newsText(maxParagraphs), fc.array(pick(HTML_PIECES), { maxLength: 6 }), fc.boolean())
    .map(([text, noise, closed]) => {
      const paragraphs = text
        .split(/\n+/)
        .map((paragraph, index) => `<p>${paragraph}${closed ? '</p>' : ''}${noise[index] ?? ''}`);
      return `<html><head><title>Night ferry</title></head><body><article>${paragraphs.join('')}</article></body></html>`;
    });
}

/**
 * One story as several versions of one text: each version splices a few soup pieces in at random places, so
 * the articles are near-identical (copies, shared facts, quote variants) with odd characters at the seams.
 */
export function nearCopies(minCount = 1, maxCount = 6): fc.Arbitrary<string[]> {
  const edit = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), textPiece);
  return fc
    .tuple(
      newsText(4),
      fc.array(fc.array(edit, { maxLength: 4 }), { minLength: minCount, maxLength: maxCount }),
    )
    .map(([base, versions]) =>
      versions.map((edits) =>
        edits.reduce((text, [where, piece]) => {
          const at = Math.floor(where * text.length);
          return text.slice(0, at) + piece + text.slice(at);
        }, base),
      ),
    );
}

/**
 * One JSONL line as a batch may hold it: a good article record, a record with wrongly typed or missing fields,
 * a value that is no object, or text that is no JSON at all.
 */
export const jsonlLine: fc.Arbitrary<{ line: string }> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record(
        {
          id: fc.oneof(oddId, fc.integer(), fc.constant(null), fc.constant([])),
          text: fc.oneof(newsText(3), textSoup(30), fc.constant(''), fc.constant(42)),
          html: fc.oneof(newsHtml(2), htmlSoup(30), fc.constant({})),
          published: fc.oneof(oddDate, fc.constant(null), fc.constant(20260201)),
          title: fc.oneof(textSoup(6), fc.constant(null)),
          outlet: fc.oneof(fc.constantFrom('The Daily Lantern', '😀', ''), fc.constant(7)),
          url: fc.constantFrom('https://lantern.example/a', 'not a url', 'javascript:alert(1)', ''),
        },
        { requiredKeys: [] },
      )
      .map((record) => ({ line: JSON.stringify(record) })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(
        'null',
        '42',
        '"text"',
        '[]',
        '[{"text":"a"}]',
        '{',
        '{"text": "unterminated',
        'true',
        '{}',
      )
      .map((line) => ({ line })),
  },
);

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../model/index.js';
import { readFeed } from './read-feed.js';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Saltmere Evening Courier</title>
  <link>https://saltmerecourier.example/</link>
  <item>
    <title>Night ferry to Gull Island approved</title>
    <link>https://saltmerecourier.example/news/night-ferry</link>
    <guid>https://saltmerecourier.example/?p=101</guid>
    <pubDate>Tue, 17 Nov 2026 15:12:00 +0100</pubDate>
    <dc:creator>Ida Varn</dc:creator>
    <description>The council approved a night ferry.</description>
    <content:encoded><![CDATA[<p>The Harbour Council voted 7 to 2 on Tuesday to run a night ferry.</p>
      <figure><img src="f.jpg"><figcaption>The Gull Island quay. (Photo by Ada Lind)</figcaption></figure>
      <p>&ldquo;We heard the night nurses,&rdquo; said council chair Ines Varga.</p><script>track()</script>]]></content:encoded>
  </item>
  <item>
    <title>Storm closes the breakwater path</title>
    <link>https://saltmerecourier.example/news/breakwater</link>
    <pubDate>not a date</pubDate>
    <description>&lt;p&gt;The breakwater path will stay shut until the storm passes, the harbour office said.&lt;/p&gt;</description>
  </item>
  <item><title>Only a title</title><link>https://saltmerecourier.example/x</link></item>
</channel>
</rss>`;

test('an RSS feed gives one text input per item, with the full content, its metadata and the feed as outlet', () => {
  const { inputs, errors } = readFeed(RSS, 'courier.rss');
  assert.equal(inputs.length, 2);
  const [ferry, storm] = inputs;
  assert.equal(ferry?.source, 'courier.rss#1');
  assert.equal(ferry?.format, 'text');
  assert.equal(ferry?.outlet, 'Saltmere Evening Courier');
  assert.equal(ferry?.url, 'https://saltmerecourier.example/news/night-ferry');
  assert.equal(ferry?.published, '2026-11-17T14:12:00Z');
  assert.equal(ferry?.byline, 'Ida Varn');
  assert.equal(ferry?.title, 'Night ferry to Gull Island approved');
  assert.equal(
    ferry?.text,
    'Night ferry to Gull Island approved\n\nThe Harbour Council voted 7 to 2 on Tuesday to run a night ferry.\n\n' +
      'The Gull Island quay. (Photo by Ada Lind)\n\n“We heard the night nurses,” said council chair Ines Varga.',
    'content:encoded wins over the description; paragraphs kept, scripts dropped, entities decoded',
  );
  assert.match(
    storm?.text ?? '',
    /breakwater path will stay shut/,
    'an escaped-HTML description is read as HTML',
  );
  assert.equal(storm?.published, undefined, 'a date that does not parse is left out, not guessed');
  assert.equal(errors.length, 1);
  assert.equal(errors[0]?.input, 'courier.rss#3');
  assert.equal(errors[0]?.code, 'empty-input');
});

test('an Atom feed: content over summary, the alternate link, the author name, the feed title', () => {
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom">
    <title>Vell Herald</title>
    <entry>
      <title>Orchard growers expect a record harvest</title>
      <link rel="self" href="https://vellherald.example/api/1"/>
      <link rel="alternate" href="https://vellherald.example/orchards"/>
      <published>2026-09-02T08:00:00+02:00</published>
      <author><name>Tomas Brell</name><email>t@vellherald.example</email></author>
      <summary>Growers are hopeful.</summary>
      <content type="html">&lt;p&gt;Orchard growers in Vell expect a record apple harvest this autumn.&lt;/p&gt;</content>
    </entry>
  </feed>`;
  const { inputs, errors } = readFeed(atom, 'herald.atom');
  assert.deepEqual(errors, []);
  assert.equal(inputs[0]?.url, 'https://vellherald.example/orchards');
  assert.equal(inputs[0]?.byline, 'Tomas Brell');
  assert.equal(inputs[0]?.outlet, 'Vell Herald');
  assert.equal(inputs[0]?.published, '2026-09-02T08:00:00+02:00');
  assert.match(inputs[0]?.text ?? '', /record apple harvest this autumn\.$/);
});

test('an RSS 1.0 (RDF) feed is read too', () => {
  const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
    <channel><title>Orrin Gazette</title></channel>
    <item><title>Aqueduct leaks found</title><link>https://orrin.example/a</link>
      <description>Inspectors found 12 leaks in the Orrin aqueduct on Monday.</description></item>
  </rdf:RDF>`;
  const { inputs } = readFeed(rdf, 'gazette.xml');
  assert.equal(inputs.length, 1);
  assert.equal(inputs[0]?.outlet, 'Orrin Gazette');
});

test('a file that is not a feed, or a feed with no items, is an error naming it', () => {
  assert.throws(
    () => readFeed('<urlset><url><loc>https://x.example/</loc></url></urlset>', 'sitemap.xml'),
    (error: unknown) =>
      error instanceof InputError && error.code === 'not-a-feed' && /sitemap\.xml/.test(error.message),
  );
  assert.throws(() => readFeed('', 'empty.rss'), InputError);
  const { inputs, errors } = readFeed('<rss><channel><title>Quiet</title></channel></rss>', 'quiet.rss');
  assert.deepEqual(inputs, []);
  assert.match(errors[0]?.message ?? '', /quiet\.rss.*no items/);
});

test('an item date without a zone is read as written, whatever zone the program runs in', () => {
  const before = process.env.TZ;
  process.env.TZ = 'Europe/Berlin';
  try {
    const feed = RSS.replace('Tue, 17 Nov 2026 15:12:00 +0100', 'Tue, 17 Nov 2026 15:12:00');
    assert.equal(readFeed(feed, 'courier.rss').inputs[0]?.published, '2026-11-17T15:12:00');
    const dayOnly = RSS.replace('Tue, 17 Nov 2026 15:12:00 +0100', '17 Nov 2026');
    assert.equal(readFeed(dayOnly, 'courier.rss').inputs[0]?.published, '2026-11-17');
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
});

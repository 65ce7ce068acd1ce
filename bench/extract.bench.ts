/**
 * Extraction speed on the article-extraction-benchmark pages, side by side with the named peer
 * (@mozilla/readability on linkedom) in the same process run, over the same pages.
 *
 *   npx tsx bench/extract.bench.ts [--smoke]
 *
 * Ours runs first so that its peak RSS is read before the peer has allocated anything.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../src/extract/index.js';
import { isSmoke, peakRssMiB, report, throughput } from './lib.js';
import { loadPages } from './quality/extraction.js';

function main(): void {
  const smoke = isSmoke();
  const pages = loadPages(smoke ? 20 : undefined);
  if (!pages) return;
  const megabytes = pages.reduce((sum, page) => sum + Buffer.byteLength(page.html, 'utf8'), 0) / 1e6;
  const rounds = smoke ? 1 : 3;
  const rssBefore = peakRssMiB();

  const ours = throughput(
    pages,
    (page) => extractArticle({ source: page.id, format: 'html', html: page.html, url: page.url }),
    { rounds, warmup: smoke ? 5 : 20 },
  );
  const oursRss = peakRssMiB();

  const peer = throughput(
    pages,
    (page) => {
      // linkedom's types name the DOM lib's Document, which this project's tsconfig does not load.
      const window = parseHTML(page.html) as unknown as {
        document: ConstructorParameters<typeof Readability>[0];
      };
      return new Readability(window.document).parse();
    },
    { rounds, warmup: smoke ? 5 : 20 },
  );
  const peerRss = peakRssMiB();

  const megabytesPerSecond = (rate: number): number => (rate * megabytes) / pages.length;
  report('extract-speed', {
    pages: pages.length,
    pagesPerSecond: ours.perSecond,
    min: ours.min,
    max: ours.max,
    megabytesPerSecond: megabytesPerSecond(ours.perSecond),
    peakRssMiB: oursRss,
    rssBeforeMiB: rssBefore,
  });
  report('extract-speed-peer-readability-linkedom', {
    pages: pages.length,
    pagesPerSecond: peer.perSecond,
    min: peer.min,
    max: peer.max,
    megabytesPerSecond: megabytesPerSecond(peer.perSecond),
    peakRssMiB: peerRss,
  });
  report('extract-speed-ratio', { speedup: ours.perSecond / peer.perSecond });
}

main();

/**
 * End to end in a real browser: the served story page, a click on a citation, the cited sentence shown and
 * highlighted. Needs Chromium at /usr/bin/chromium (or PARALLAX_CHROMIUM); skips with the reason without it,
 * fails under CI=true. Set PARALLAX_SCREENSHOT=FILE to save a screenshot of the story page.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../src/server/index.js';
import { createFixtureReport } from '../src/server/fixture-report.test-helper.js';
import { openStore } from '../src/store/index.js';
import { requireService } from './helpers/require-service.js';

const CHROMIUM = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const VIEWPORT = { width: 1000, height: 800 };
/** The browser's own function, seen from Node: tsconfig has no DOM types, and only the page calls it. */
declare const getComputedStyle: (element: unknown) => { backgroundColor: string };
/** Runs in the page: the element's computed background colour. */
const BACKGROUND_OF = (element: unknown): string => getComputedStyle(element).backgroundColor;

void test('browser: clicking a citation on the story page shows and highlights the cited sentence', async (t) => {
  if (
    !requireService(t, existsSync(CHROMIUM), `Chromium not found at ${CHROMIUM} (apt-get install chromium)`)
  )
    return;
  const profile = mkdtempSync(join(tmpdir(), 'parallax-chromium-'));
  const store = await openStore(':memory:');
  await store.putReports([createFixtureReport()]);
  const server = await startServer(store, { port: 0 });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Lantern Bay council approves desalination plant' }).click();
    await page.waitForURL(/\/stories\/story-desal$/);
    assert.equal(await page.locator('h1').count(), 1);
    assert.match(
      (await page.locator('.coverage').textContent()) ?? '',
      /4 articles from 3 independent sources/,
    );

    const screenshot = process.env.PARALLAX_SCREENSHOT;
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });

    // The cost conflict cites the Courier's sentence about 52 million crowns, far down the page.
    const citation = page.locator('#conflicts a.cite[aria-label="Bayside Courier, sentence 3"]');
    const target = page.locator('li#a-courier02-s-2');
    const before = await target.boundingBox();
    assert.ok(before !== null && before.y > VIEWPORT.height, 'the cited sentence starts below the fold');
    await citation.click();
    await page.waitForURL(/#a-courier02-s-2$/);
    assert.match((await target.textContent()) ?? '', /The plant will cost 52 million crowns\./);
    const after = await target.boundingBox();
    assert.ok(
      after !== null && after.y >= 0 && after.y + after.height <= VIEWPORT.height,
      'the cited sentence is scrolled into view',
    );
    // The page has no script: the highlight is CSS `:target`, which is what this checks.
    const background = await target.evaluate(BACKGROUND_OF);
    assert.equal(background, 'rgb(255, 241, 168)', 'the cited sentence is highlighted');
    const other = await page.locator('li#a-courier02-s-1').evaluate(BACKGROUND_OF);
    assert.notEqual(other, background, 'only the cited sentence is highlighted');
  } finally {
    await context.close();
    await server.close();
    await store.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

/**
 * Golden pages: each `fixtures/extract/<behaviour>/input.{html,txt}` is decoded and extracted, and the result is
 * compared field by field with `expected.json`. Regenerate after a deliberate change with
 * `PARALLAX_UPDATE_GOLDEN=1 node --import tsx --test src/extract/golden.test.ts`, then review the diff.
 * (File access is the test's, not the stage's: `extract/` itself stays pure.)
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Article, RawInput } from '../model/index.js';
import { decodeBytes } from './decode-bytes.js';
import { extractArticle } from './extract-article.js';

const FIXTURES = join(findRepoRoot(), 'fixtures', 'extract');

/** The nearest folder above this file with a package.json (the test runs from src/ under tsx and from dist/). */
function findRepoRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'package.json')) && dirname(folder) !== folder) folder = dirname(folder);
  return folder;
}

/** The fields a golden file pins down, in a stable, readable shape. */
function snapshot(article: Article, encoding: RawInput['encoding']): Record<string, unknown> {
  return {
    encoding,
    title: article.title ?? null,
    byline: article.byline ?? null,
    published: article.published ?? null,
    publishedSource: article.publishedSource,
    outlet: article.outlet ?? null,
    outletSource: article.outletSource ?? null,
    domain: article.domain ?? null,
    canonicalUrl: article.canonicalUrl ?? null,
    lang: article.lang,
    paragraphs: article.paragraphs.map((paragraph) => ({
      kind: paragraph.kind,
      text: article.text.slice(paragraph.start, paragraph.end),
    })),
    removed: article.removed.map((piece) => ({ reason: piece.reason, text: piece.text })),
    diagnostics: article.diagnostics.map((diagnostic) => diagnostic.code),
  };
}

const behaviours = existsSync(FIXTURES) ? readdirSync(FIXTURES).sort() : [];

test('golden fixtures exist', () => {
  assert.ok(behaviours.length > 0, `no fixtures under ${FIXTURES}`);
});

for (const behaviour of behaviours) {
  test(`golden: ${behaviour}`, () => {
    const folder = join(FIXTURES, behaviour);
    const inputName = readdirSync(folder).find((name) => name.startsWith('input.'));
    assert.ok(inputName, `${folder} has no input file`);
    const source = join('fixtures', 'extract', behaviour, inputName);
    const decoded = decodeBytes(readFileSync(join(folder, inputName)), { source });
    const format = inputName.endsWith('.html') ? 'html' : 'text';
    const article = extractArticle({
      source,
      format,
      ...(format === 'html' ? { html: decoded.text } : { text: decoded.text }),
      encoding: decoded.encoding,
    });
    const actual = snapshot(article, decoded.encoding);
    const expectedPath = join(folder, 'expected.json');
    if (process.env.PARALLAX_UPDATE_GOLDEN === '1' || !existsSync(expectedPath)) {
      writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    }
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Record<string, unknown>;
    for (const field of Object.keys(expected)) {
      assert.deepEqual(actual[field], expected[field], `${behaviour}: field \`${field}\` differs`);
    }
  });
}

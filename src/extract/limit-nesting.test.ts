import assert from 'node:assert/strict';
import { test } from 'node:test';
import { limitNesting } from './limit-nesting.js';

test('leaves ordinary pages unchanged', () => {
  const html =
    '<html><head><script>if (a < b) { document.write("<div><div><div>"); }</script></head>' +
    '<body><ul><li>one<li>two</ul><p>text<p>more<br><img src="x"><div><span>deep</span></div><!-- <div> --></body></html>';
  assert.deepEqual(limitNesting(html, 4), { html, flattened: false });
});

test('reads markup past the depth cap as text, keeping every word and dropping scripts', () => {
  const html = `${'<div>'.repeat(10)}<p>kept words</p><script>var hidden = 1;</script><b>bold</b> tail`;
  const result = limitNesting(html, 5);
  assert.equal(result.flattened, true);
  assert.ok(result.html.startsWith('<div>'.repeat(5)));
  assert.ok(result.html.includes('kept words'));
  assert.ok(result.html.includes('bold'));
  assert.ok(result.html.includes('tail'));
  assert.ok(!result.html.includes('hidden'));
  assert.equal((result.html.match(/<div>/g) ?? []).length, 5);
});

test('unclosed implied-close tags (p, li, td) do not count as nesting', () => {
  const html = '<ul>' + '<li>item'.repeat(20) + '</ul>' + '<p>para'.repeat(20);
  assert.equal(limitNesting(html, 5).flattened, false);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderText } from './render-text.js';

test('renderText writes one line per block, inline markup joined, hidden elements left out', () => {
  assert.equal(
    renderText(
      '<html><head><title>x</title><style>p{}</style></head><body><h1>Ferry approved</h1>' +
        '<p>The council <b>voted</b> on&nbsp;Tuesday.</p><script>track()</script><ul><li>One</li><li>Two</li></ul></body></html>',
    ),
    'Ferry approved\n\nThe council voted on Tuesday.\n\nOne\n\nTwo',
  );
  assert.equal(renderText(''), '');
  assert.equal(renderText('<p>  </p>'), '');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeLanguage } from '../language/index.js';
import { createTextArticle } from '../model/index.js';
import { collectLabels } from './collect-labels.js';
import { linkEntities } from './link-entities.js';

void test('a label found behind "its" is shown as the role of the organisation it stands for', () => {
  const articles = [
    analyzeLanguage(
      createTextArticle(
        'The Brackwater Ferry Company cut two routes. Its director, Ana Pell, said fuel had doubled.',
      ),
    ),
  ];
  const entries = collectLabels(articles, linkEntities(articles));
  const pell = entries.find((entry) => entry.entity === 'Ana Pell');
  assert.deepEqual(
    pell?.byArticle.flatMap((row) => row.labels.map((label) => label.text)),
    ['director of Brackwater Ferry Company'],
  );
});

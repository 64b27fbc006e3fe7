import { expect, test } from 'vitest';
import { diffTrees } from '../../../scripts/lib/reproducible.ts';

test('identical trees have no differences', () => {
  const tree = new Map([
    ['index.html', 'a1'],
    ['_astro/x.css', 'b2'],
  ]);
  expect(diffTrees(tree, new Map(tree))).toEqual([]);
});

test('names every file that differs or exists in one build only, sorted', () => {
  const a = new Map([
    ['index.html', 'a1'],
    ['search/index.html', 's1'],
    ['old.js', 'o'],
  ]);
  const b = new Map([
    ['index.html', 'a2'],
    ['search/index.html', 's1'],
    ['new.js', 'n'],
  ]);
  expect(diffTrees(a, b)).toEqual([
    'index.html: different bytes',
    'new.js: only in the second build',
    'old.js: only in the first build',
  ]);
});

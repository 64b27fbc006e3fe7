/** The main navigation (src/lib/site/navigation.ts): one "Who copies whom" entry for three sections. */
import { expect, test } from 'vitest';
import { isCurrentItem, mainNavigation, mainNavigationHtml, readerPaths } from '../../../src/lib/site/navigation.ts';

const item = (label: string) => mainNavigation.find((i) => i.label === label)!;

test('"Who copies whom" is current on the picture, the side-by-side and the shared-wording pages', () => {
  const copies = item('Who copies whom');
  for (const page of ['/derivation/', '/derivation/abc/', '/side-by-side/a--b/', '/reuse/', '/reuse/a--b/'])
    expect(isCurrentItem(page, copies), page).toBe(true);
  expect(isCurrentItem('/sources/a/', copies)).toBe(false);
});

test('no separate "Reuse" or "Side by side" entry; /derivation/ is in the navigation', () => {
  const labels = mainNavigation.map((i) => i.label);
  expect(labels).not.toContain('Reuse');
  expect(labels).not.toContain('Side by side');
  expect(mainNavigation.some((i) => i.path === '/derivation/')).toBe(true);
});

test('the overview is current on the home page only', () => {
  expect(isCurrentItem('/', item('Overview'))).toBe(true);
  expect(isCurrentItem('/sources/', item('Overview'))).toBe(false);
  expect(isCurrentItem('/sources/a/', item('Reports'))).toBe(true);
});

test('a family page sits under /derivation/, where the "Who copies whom" entry is current', () => {
  expect(readerPaths.family('dhs-readout')).toBe('/derivation/follows/dhs-readout/');
  expect(isCurrentItem(readerPaths.family('x'), item('Who copies whom'))).toBe(true);
});

test('the navigation as HTML: one item per entry, links relative to the page, only the current one marked', () => {
  const html = mainNavigationHtml('/sources/a/');
  expect(html.match(/<li>/g)).toHaveLength(mainNavigation.length);
  expect(html.startsWith('<li><a href="../../index.html">Overview</a></li>')).toBe(true);
  expect(html).toContain('<li><a href="../../sources/index.html" aria-current="page">Reports</a></li>');
  expect(html.match(/aria-current/g)).toHaveLength(1);
  expect(mainNavigationHtml('/statements/a/p1-s1/')).not.toContain('aria-current');
});

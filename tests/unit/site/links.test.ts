import { describe, expect, test } from 'vitest';
import { fileOf, href, isCurrent, paths } from '../../../src/lib/site/links.ts';

describe('href: relative links that name a file', () => {
  test.each([
    ['/', '/', undefined, 'index.html'],
    ['/', '/sources/', undefined, 'sources/index.html'],
    ['/', paths.source('tfipost'), 'p3', 'sources/tfipost/index.html#p3'],
    ['/sources/', '/', undefined, '../index.html'],
    ['/sources/dhs-readout/', '/topics/customs/', undefined, '../../topics/customs/index.html'],
    ['/sources/dhs-readout/', '/sources/dhs-readout/', 'p1-s2', '../../sources/dhs-readout/index.html#p1-s2'],
    ['/sources/dhs-readout/', '/data/coverage.json', undefined, '../../data/coverage.json'],
    ['/404.html', '/', undefined, 'index.html'],
    ['/search/', '/sources/tfipost/', 'p3', '../sources/tfipost/index.html#p3'],
    ['/search/', '/search/minisearch.js', undefined, '../search/minisearch.js'],
    // A page path without its trailing slash is the same page.
    ['/sources/dhs-readout/index.html', '/', undefined, '../../index.html'],
  ])('from %s to %s#%s', (from, to, fragment, expected) => {
    expect(href(from, to, fragment)).toBe(expected);
  });

  test('never produces a root-absolute link or a folder link', () => {
    const link = href('/topics/x/', '/officials/');
    expect(link.startsWith('/')).toBe(false);
    expect(link.endsWith('/')).toBe(false);
  });

  test('refuses a relative site path', () => {
    expect(() => fileOf('sources/')).toThrow(/must start with/);
  });
});

describe('isCurrent', () => {
  test.each([
    ['/', '/', true],
    ['/sources/', '/', false],
    ['/sources/', '/sources/', true],
    ['/sources/tfipost/', '/sources/', true],
    ['/topics/', '/sources/', false],
  ])('page %s, nav %s → %s', (page, nav, expected) => {
    expect(isCurrent(page, nav)).toBe(expected);
  });
});

import { describe, expect, test } from 'vitest';
import { fileOf, href, isCurrent, listPageOf, listPagePath, paths } from '../../../src/lib/site/links.ts';

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

describe('the pages of a list in pages', () => {
  test('page 1 is the list itself, the others one folder below it', () => {
    expect(listPagePath('/sources/', 1)).toBe('/sources/');
    expect(listPagePath('/sources/', 2)).toBe('/sources/2/');
    expect(listPagePath('/officials/ajay-bhalla/', 17)).toBe('/officials/ajay-bhalla/17/');
    // Each page is a folder of its own, linked as its index.html from disk.
    expect(href('/sources/2/', listPagePath('/sources/', 1))).toBe('../../sources/index.html');
  });

  test('an item is on the page its place falls in: the 50th of fifty a page on page 1, the 51st on page 2', () => {
    expect(listPageOf(0, 50)).toBe(1);
    expect(listPageOf(49, 50)).toBe(1);
    expect(listPageOf(50, 50)).toBe(2);
    expect(listPageOf(1004, 50)).toBe(21);
    expect(listPageOf(20, 20)).toBe(2);
  });
});

import { describe, expect, test } from 'vitest';
import { pageMeta, pageUrl, parseSiteUrl } from '../../../src/lib/site/site-url.ts';

describe('parseSiteUrl: SITE_URL at build time', () => {
  test.each([
    [undefined, undefined],
    ['', undefined],
    ['  ', undefined],
    ['https://example.org/hsd/', 'https://example.org/hsd/'],
    ['https://example.org/hsd', 'https://example.org/hsd/'],
    ['https://example.org', 'https://example.org/'],
    ['http://localhost:8080/a/b/', 'http://localhost:8080/a/b/'],
  ])('%j -> %j', (value, expected) => {
    expect(parseSiteUrl(value)?.href).toBe(expected);
  });

  test.each([
    ['example.org/hsd/', /SITE_URL must be an absolute http\(s\) address/],
    ['ftp://example.org/', /SITE_URL must start with https:\/\/ or http:\/\//],
    ['https://example.org/?a=1', /without query, fragment or credentials/],
    ['https://example.org/#top', /without query, fragment or credentials/],
  ])('refuses %j, naming SITE_URL', (value, message) => {
    expect(() => parseSiteUrl(value)).toThrow(message);
  });
});

describe('pageUrl and pageMeta', () => {
  const site = new URL('https://example.org/hsd/');
  test.each([
    ['/', 'https://example.org/hsd/'],
    ['/sources/', 'https://example.org/hsd/sources/'],
    ['/sources/tfipost/', 'https://example.org/hsd/sources/tfipost/'],
  ])('%s -> %s (the sub-path is kept)', (path, expected) => {
    expect(pageUrl(site, path)).toBe(expected);
  });

  test('no SITE_URL: no canonical URL and no Open Graph tags', () => {
    expect(pageMeta(undefined, { path: '/', title: 't', description: 'd', siteName: 's' })).toBeUndefined();
  });

  test('with SITE_URL: canonical URL and Open Graph tags', () => {
    expect(
      pageMeta(site, {
        path: '/sources/tfipost/',
        title: 'A title',
        description: 'A description',
        siteName: 'The site',
      }),
    ).toEqual({
      canonical: 'https://example.org/hsd/sources/tfipost/',
      openGraph: [
        { property: 'og:type', content: 'website' },
        { property: 'og:site_name', content: 'The site' },
        { property: 'og:title', content: 'A title' },
        { property: 'og:description', content: 'A description' },
        { property: 'og:url', content: 'https://example.org/hsd/sources/tfipost/' },
      ],
    });
  });
});

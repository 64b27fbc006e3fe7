/** schema.org JSON-LD (src/lib/open-data/schema-org.ts): only what the dossier knows, and safe inside a script element. */
import { describe, expect, test } from 'vitest';
import { toPartialDate } from '../../../src/lib/content/dates.ts';
import type { Outlet } from '../../../src/lib/content/dossier.ts';
import { overviewJsonLd, reportItem, reportJsonLd, serializeJsonLd } from '../../../src/lib/open-data/schema-org.ts';

const outlet = (slug: string, name: string, kind: string, homepage: string | null = null): Outlet => ({
  slug,
  name,
  kind,
  homepage,
  country: null,
  note: null,
});
const dhs = outlet('dhs', 'U.S. Department of Homeland Security', 'government', 'https://www.dhs.gov/');
const ein = outlet('ein', 'EIN Presswire', 'press-release-service', 'https://www.einpresswire.com/');
const base = {
  title: 'A title',
  kind: 'news' as const,
  date: toPartialDate('2024-02-28'),
  url: 'https://example.org/a',
  author: null,
  language: 'en',
  outlet: outlet('site', 'A Site', 'news-site'),
  carries: null,
  capturedFrom: null,
};

describe('reportJsonLd', () => {
  test('a news report: NewsArticle, its publisher, day, address and language; no author where none is known', () => {
    expect(reportJsonLd(base)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'A title',
      datePublished: '2024-02-28',
      inLanguage: 'en',
      publisher: { '@type': 'NewsMediaOrganization', name: 'A Site' },
      url: 'https://example.org/a',
    });
  });

  test('a month-only date stays a month; an unknown address is left out; a known author is a Person', () => {
    const item = reportItem({ ...base, date: toPartialDate('2024-03'), url: null, author: 'A. Writer', kind: 'blog' });
    expect(item['datePublished']).toBe('2024-03');
    expect(item).not.toHaveProperty('url');
    expect(item['author']).toEqual({ '@type': 'Person', name: 'A. Writer' });
    expect(item).not.toHaveProperty('isBasedOn');
  });

  test('a readout captured from another site: a Report published there, based on the outlet’s readout', () => {
    const item = reportItem({ ...base, kind: 'official-readout', outlet: dhs, capturedFrom: ein });
    expect(item['@type']).toBe('Report');
    expect(item['publisher']).toEqual({
      '@type': 'Organization',
      name: 'EIN Presswire',
      url: 'https://www.einpresswire.com/',
    });
    expect(item['isBasedOn']).toEqual({
      '@type': 'Report',
      publisher: {
        '@type': 'GovernmentOrganization',
        name: 'U.S. Department of Homeland Security',
        url: 'https://www.dhs.gov/',
      },
    });
  });

  test('a report carrying an agency’s story is based on a story by that agency', () => {
    const item = reportItem({ ...base, kind: 'wire', carries: outlet('ians', 'IANS', 'wire-agency') });
    expect(item['publisher']).toEqual({ '@type': 'NewsMediaOrganization', name: 'A Site' });
    expect(item['isBasedOn']).toEqual({
      '@type': 'NewsArticle',
      publisher: { '@type': 'NewsMediaOrganization', name: 'IANS' },
    });
  });
});

test('overviewJsonLd lists every report in order', () => {
  const page = overviewJsonLd({ name: 'Overview', description: 'About.' }, [base, { ...base, title: 'B' }]);
  expect(page).toMatchObject({
    '@type': 'CollectionPage',
    name: 'Overview',
    mainEntity: { '@type': 'ItemList', numberOfItems: 2 },
  });
  const list = (page['mainEntity'] as { itemListElement: { position: number; item: { headline: string } }[] })
    .itemListElement;
  expect(list.map((e) => [e.position, e.item.headline])).toEqual([
    [1, 'A title'],
    [2, 'B'],
  ]);
});

test('overviewJsonLd: where the page names the first reports only, numberOfItems is the whole dossier', () => {
  const page = overviewJsonLd({ name: 'Overview', description: 'About.' }, [base, { ...base, title: 'B' }], 40);
  const list = page['mainEntity'] as { numberOfItems: number; itemListElement: { item: { headline: string } }[] };
  expect(list.numberOfItems).toBe(40);
  expect(list.itemListElement.map((e) => e.item.headline)).toEqual(['A title', 'B']);
});

test('serializeJsonLd: nothing can close the script element, and JSON reads the same value back', () => {
  const data = { headline: '</script><script>alert(1)</script> & <!--' };
  const json = serializeJsonLd(data);
  expect(json).not.toMatch(/[<>&]/);
  expect(JSON.parse(json)).toEqual(data);
});

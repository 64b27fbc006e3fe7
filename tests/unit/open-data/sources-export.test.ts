/**
 * data/sources.json (src/lib/open-data/sources-export.ts): the catalogue entry of each report and its article text with the
 * code-point offsets of every paragraph and sentence.
 */
import { describe, expect, test } from 'vitest';
import { buildDossier, type SourceInput } from '../../../src/lib/content/dossier.ts';
import { articleDigest } from '../../../src/lib/content/fixity.ts';
import { articleSpans, codePoints, sourcesJson } from '../../../src/lib/open-data/sources-export.ts';
import { article } from '../../helpers/articles.ts';
import { realArticles } from '../../helpers/content.ts';

/** Slices a text by code points, as Python's str or the TextPositionSelector count. */
const slice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

describe('articleSpans', () => {
  // "𝐀" is one code point and two UTF-16 units; "e\u0301" is two code points that NFC makes one ("é").
  const spans = articleSpans({ slug: 'x', article: article(['𝐀 bold.', 'Next one.'], ['Cafe\u0301 two.']) });

  test('the text: paragraphs joined by a blank line, in NFC', () => {
    expect(spans.text).toBe('𝐀 bold. Next one.\n\nCafé two.');
  });

  test('offsets count code points, not UTF-16 units', () => {
    expect(codePoints('𝐀')).toBe(1);
    expect(spans.paragraphs.map(({ anchor, start, end }) => ({ anchor, start, end }))).toEqual([
      { anchor: 'p1', start: 0, end: 17 },
      { anchor: 'p2', start: 19, end: 28 },
    ]);
    expect(spans.paragraphs[0]!.sentences.map(({ anchor, start, end }) => ({ anchor, start, end }))).toEqual([
      { anchor: 'p1-s1', start: 0, end: 7 },
      { anchor: 'p1-s2', start: 8, end: 17 },
    ]);
    expect(spans.paragraphs[1]!.sentences).toEqual([{ anchor: 'p2-s1', start: 19, end: 28, text: 'Café two.' }]);
  });
});

describe('sourcesJson', () => {
  const input = (id: string, data: Partial<SourceInput['data']>, paragraphs: string[][]): SourceInput => ({
    id,
    filePath: `content/sources/${id}.mdx`,
    body: 'text',
    article: article(...paragraphs),
    data: {
      title: `Title ${id}`,
      titleSource: 'capture',
      date: '2024-02-28',
      dateSource: 'test',
      outlet: { id: 'o' },
      kind: 'news',
      author: null,
      url: null,
      language: 'en',
      officials: [],
      provenance: ['test'],
      ...data,
    },
  });
  const outlet = (id: string, name: string) => ({
    id,
    filePath: `content/outlets/${id}.yaml`,
    data: { name, country: null, kind: 'news-site', homepage: null },
  });
  const capture = { file: 'tests/fixtures/captures/a.txt', sha256: 'f'.repeat(64) };
  const dossier = buildDossier({
    sources: [
      input('a', { shortName: 'A', capture, carries: { id: 'w' }, url: 'https://example.org/a', author: 'A. Writer' }, [
        ['One.', 'Two.'],
      ]),
      input('b', { shortName: 'B', date: '2024-03', kind: 'blog', capturedFrom: { id: 'w' } }, [['Three.'], ['Four.']]),
    ],
    outlets: [outlet('o', 'Outlet'), outlet('w', 'Wire')],
    officials: [],
  });
  const [a, b] = sourcesJson(dossier.sources).sources;

  test('the catalogue entry, with what is not known as null', () => {
    expect({ ...a!, paragraphs: undefined, text: undefined }).toEqual({
      slug: 'a',
      title: 'Title a',
      citedAs: 'A',
      page: '../sources/a/index.html',
      outlet: { slug: 'o', name: 'Outlet' },
      carries: { slug: 'w', name: 'Wire' },
      capturedFrom: null,
      kind: 'news',
      date: '2024-02-28',
      datePrecision: 'day',
      dateSource: 'test',
      url: 'https://example.org/a',
      author: 'A. Writer',
      language: 'en',
      sha256: { text: articleDigest(dossier.sources[0]!.article), capture },
      text: undefined,
      paragraphs: undefined,
      headings: [],
      artifacts: [],
    });
    expect(b).toMatchObject({
      citedAs: 'B',
      date: '2024-03',
      datePrecision: 'month',
      url: null,
      author: null,
      carries: null,
    });
    expect(b!.capturedFrom).toEqual({ slug: 'w', name: 'Wire' });
    expect(b!.sha256.capture).toBeNull();
  });

  test('the page address resolves to the report’s page from data/sources.json, wherever the site is', () => {
    expect(new URL(a!.page, 'https://example.org/hsd/data/sources.json').pathname).toBe('/hsd/sources/a/index.html');
  });

  test('the text and its digest (printf "Three.\n\nFour." | sha256sum)', () => {
    expect(b!.text).toBe('Three.\n\nFour.');
    expect(b!.sha256.text).toBe('c2c0a27512134f937445ad29d6384813c99e5d1fbed468426187a85e0966820a');
  });
});

describe('the real reports', async () => {
  const articles = await realArticles();
  test.each([...articles.keys()])('%s: every paragraph and sentence is at its offsets in the text', (slug) => {
    const { text, paragraphs } = articleSpans({ slug, article: articles.get(slug)! });
    expect(paragraphs.map((p) => p.anchor)).toEqual(articles.get(slug)!.paragraphs.map((p) => p.anchor));
    for (const p of paragraphs) {
      expect(slice(text, p.start, p.end)).toBe(p.text);
      for (const s of p.sentences) {
        expect(slice(text, s.start, s.end)).toBe(s.text);
        expect(s.start >= p.start && s.end <= p.end, s.anchor).toBe(true);
      }
    }
  });
});

import { describe, expect, test } from 'vitest';
import type { Annotation, AnnotationCollection } from '../../../src/lib/open-data/annotations.ts';
import {
  annotationPages,
  byReportIndex,
  reportAlignment,
  reportAlignments,
  reportSources,
  wholeOrParts,
} from '../../../src/lib/open-data/by-report.ts';
import type { SourceRecord, SourcesJson } from '../../../src/lib/open-data/sources-export.ts';

const note = (id: string, slug: string, link: string): Annotation => ({
  id,
  type: 'Annotation',
  motivation: 'classifying',
  body: [
    { type: 'SpecificResource', purpose: 'classifying', source: link },
    { type: 'TextualBody', purpose: 'describing', value: 'x', format: 'text/plain', language: 'en' },
  ] as Annotation['body'],
  target: { source: `../sources/${slug}/index.html`, selector: [] as unknown as Annotation['target']['selector'] },
});

const collection: AnnotationCollection = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'annotations.jsonld',
  type: 'AnnotationCollection',
  label: 'All',
  total: 3,
  first: {
    id: '#page1',
    type: 'AnnotationPage',
    startIndex: 0,
    items: [
      note('#a1', 'a', '../topics/t/index.html'),
      note('#b1', 'b', '../index.html#fact-f'),
      note('#a2', 'a', '../topics/u/index.html'),
    ],
  },
};

describe('annotationPages', () => {
  const pages = annotationPages(collection, ['a', 'b', 'c']);

  test('one page per report, in the dossier’s order, linked as W3C pages of the collection', () => {
    expect([...pages.keys()]).toEqual(['a', 'b', 'c']);
    const a = pages.get('a')!;
    expect(a.items.map((i) => i.id)).toEqual(['#a1', '#a2']);
    expect([a.id, a.partOf, a.startIndex, a.prev, a.next]).toEqual([
      'a.jsonld',
      '../annotations.jsonld',
      0,
      undefined,
      'b.jsonld',
    ]);
    const b = pages.get('b')!;
    expect([b.startIndex, b.prev, b.next]).toEqual([2, 'a.jsonld', 'c.jsonld']);
    expect(pages.get('c')!.items).toEqual([]);
    expect(pages.get('c')!.startIndex).toBe(3);
  });

  test('links one folder deeper: the target and linked resources, not the text', () => {
    const item = pages.get('b')!.items[0]!;
    expect(item.target.source).toBe('../../sources/b/index.html');
    expect(item.body[0]).toMatchObject({ source: '../../index.html#fact-f' });
    expect(item.body[1]).toMatchObject({ value: 'x' });
  });

  test('an annotation on no known report is an error naming it', () => {
    expect(() => annotationPages(collection, ['a'])).toThrow(/#b1 targets \.\.\/sources\/b\/index\.html/);
  });
});

describe('the other per-report files', () => {
  test('sources: the one entry, its page link one folder deeper', () => {
    const data = {
      about: 'About.',
      sources: [
        { slug: 'a', page: '../sources/a/index.html' } as SourceRecord,
        { slug: 'b', page: 'x' } as SourceRecord,
      ],
    } satisfies SourcesJson;
    expect(reportSources(data, 'a')).toEqual({
      about: 'About.',
      sources: [{ slug: 'a', page: '../../sources/a/index.html' }],
    });
    expect(() => reportSources(data, 'z')).toThrow('no report "z"');
  });

  test('alignment: the pairs with a sentence in the report, on either side', () => {
    const pair = (a: string, b: string) => ({
      a: { source: a, sentence: 'p1-s1' },
      b: { source: b, sentence: 'p1-s1' },
      kind: 'verbatim' as const,
      score: 1,
      shared: [],
      meanings: [],
    });
    const whole = { method: 'M', pairs: [pair('a', 'b'), pair('b', 'c'), pair('a', 'c')] };
    expect(reportAlignment(whole, 'c').pairs).toEqual([pair('b', 'c'), pair('a', 'c')]);
    expect(reportAlignment(whole, 'z')).toEqual({ method: 'M', source: 'z', pairs: [] });
  });

  test('alignment for every report in one pass: what reportAlignment gives each, a pair within one report once', () => {
    const pair = (a: string, b: string, sentence = 'p1-s1') => ({
      a: { source: a, sentence: 'p1-s1' },
      b: { source: b, sentence },
      kind: 'edited' as const,
      score: 0.5,
      shared: ['x'],
      meanings: [],
    });
    const whole = { method: 'M', pairs: [pair('a', 'b'), pair('b', 'c'), pair('a', 'a', 'p2-s1'), pair('a', 'c')] };
    const all = reportAlignments(whole, ['a', 'b', 'c', 'd']);
    expect([...all.keys()]).toEqual(['a', 'b', 'c', 'd']);
    expect(all.get('a')!.pairs).toEqual([pair('a', 'b'), pair('a', 'a', 'p2-s1'), pair('a', 'c')]);
    expect(all.get('d')).toEqual({ method: 'M', source: 'd', pairs: [] });
    for (const slug of ['a', 'b', 'c']) expect(all.get(slug)).toEqual(reportAlignment(whole, slug));
  });

  test('the index lists each report’s three files, relative to it', () => {
    expect(byReportIndex(['a']).reports).toEqual([
      { slug: 'a', sources: 'sources/a.json', annotations: 'annotations/a.jsonld', alignment: 'alignment/a.json' },
    ]);
  });

  test('a whole file stays whole up to the limit, and beyond is the list of its parts', () => {
    const whole = { method: 'M', pairs: ['x'.repeat(50)] };
    const text = `${JSON.stringify(whole)}\n`;
    expect(wholeOrParts(whole, { about: 'All.', kind: 'alignment', slugs: ['a', 'b'] }, text.length)).toBe(text);
    const parts = JSON.parse(
      wholeOrParts(whole, { about: 'All.', kind: 'alignment', slugs: ['a', 'b'], keep: ['method'] }, text.length - 1),
    );
    expect(parts.method).toBe('M');
    expect(parts.pairs).toBeUndefined();
    // From data/alignment.json, the parts are in data/alignment/.
    expect(parts.parts).toEqual(['alignment/a.json', 'alignment/b.json']);
  });
});

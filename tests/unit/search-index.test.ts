import { runInNewContext } from 'node:vm';
import MiniSearch from 'minisearch';
import { describe, expect, test } from 'vitest';
import { href, paths } from '../../src/lib/links.ts';
import {
  QUERY_OPTIONS,
  SEARCH_GLOBAL,
  type SearchDocument,
  type SearchInput,
  searchDocuments,
  searchIndexScript,
} from '../../src/lib/search-index.ts';

// Two paragraphs as the reports print them (tests/fixtures/captures/ians-menafn.txt, india-news-network.txt).
const wire =
  "The MoC between the Federal Law Enforcement Training Centers (FLETC) and India's Sardar Vallabhbhai Patel National Police Academy was signed.";
const news = 'The dialogue was co-chaired by Kristie Canegallo and Ajay Bhalla.';

const input: SearchInput = {
  sources: [
    {
      slug: 'ians-menafn',
      title: 'India-US Hold Homeland Security Dialogue',
      outlet: { name: 'MENAFN' },
      kindLabel: 'Wire story',
      author: null,
      date: { iso: '2024-02-28' },
      article: { paragraphs: [{ anchor: 'p1', index: 1, text: wire }] },
    },
    {
      slug: 'india-news-network',
      title: 'India-US Homeland Security Dialogue seeks to strengthen bilateral cooperation',
      outlet: { name: 'India News Network' },
      article: {
        paragraphs: [
          { anchor: 'p1', text: 'First.' },
          { anchor: 'p2', text: news },
        ],
      },
    },
  ],
  officials: [
    {
      slug: 'kristie-canegallo',
      name: 'Kristie Canegallo',
      position: 'Senior Official Performing the Duties of the Deputy Secretary',
      titles: [
        { source: 'india-news-network', title: 'Acting Deputy Secretary', anchor: 'p2' },
        { source: 'no-such-report', title: 'ignored', anchor: 'p1' },
      ],
    },
  ],
};
const links = { href: (to: string, fragment?: string) => href(paths.search, to, fragment), source: paths.source };

describe('searchDocuments', () => {
  test('a document per report and per paragraph, linking from the search page to the paragraph anchor', () => {
    const docs = searchDocuments({ sources: input.sources }, links);
    expect(docs.map((d) => [d.id, d.kind, d.href])).toEqual([
      ['report:ians-menafn', 'report', '../sources/ians-menafn/index.html'],
      ['paragraph:ians-menafn#p1', 'paragraph', '../sources/ians-menafn/index.html#p1'],
      ['report:india-news-network', 'report', '../sources/india-news-network/index.html'],
      ['paragraph:india-news-network#p1', 'paragraph', '../sources/india-news-network/index.html#p1'],
      ['paragraph:india-news-network#p2', 'paragraph', '../sources/india-news-network/index.html#p2'],
    ]);
    const paragraph = docs.find((d) => d.id === 'paragraph:ians-menafn#p1')!;
    expect(paragraph.text).toBe(wire);
    expect(paragraph.label).toBe('India-US Hold Homeland Security Dialogue · MENAFN · Wire story · paragraph 1');
    // Paragraph numbers come from the model, or from the position where the model has none.
    expect(docs.find((d) => d.id === 'paragraph:india-news-network#p2')!.label).toMatch(/paragraph 2$/);
  });

  test('each title a report gives an official links to its paragraph; an unknown report is skipped', () => {
    const docs = searchDocuments(input, links).filter((d) => d.kind === 'official');
    expect(docs).toEqual([
      {
        id: 'official:kristie-canegallo@india-news-network',
        kind: 'official',
        title: 'Kristie Canegallo',
        text: 'Acting Deputy Secretary',
        label:
          'How India-US Homeland Security Dialogue seeks to strengthen bilateral cooperation (India News Network) names Kristie Canegallo: “Acting Deputy Secretary”',
        href: '../sources/india-news-network/index.html#p2',
      },
    ]);
  });

  test('official and topic pages are linked only where they exist', () => {
    const topics = [
      { slug: 'customs', title: 'Customs-to-customs cooperation', text: 'Customs authorities working together.' },
    ];
    expect(searchDocuments({ ...input, topics }, links).some((d) => d.kind === 'topic')).toBe(false);
    const all = searchDocuments({ ...input, topics }, { ...links, official: paths.official, topic: paths.topic });
    expect(all.find((d) => d.id === 'official:kristie-canegallo')).toMatchObject({
      title: 'Kristie Canegallo',
      href: '../officials/kristie-canegallo/index.html',
    });
    expect(all.find((d) => d.id === 'topic:customs')).toEqual({
      id: 'topic:customs',
      kind: 'topic',
      title: 'Customs-to-customs cooperation',
      text: 'Customs authorities working together.',
      label: 'Topic',
      href: '../topics/customs/index.html',
    });
  });
});

describe('searchIndexScript: a classic script that sets the documents and the options as a global', () => {
  const docs = searchDocuments(input, links);
  const script = searchIndexScript(docs);

  const load = (code: string) => {
    const window: Record<string, unknown> = {};
    runInNewContext(code, { window });
    const data = window[SEARCH_GLOBAL] as {
      indexOptions: ConstructorParameters<typeof MiniSearch<SearchDocument>>[0];
      queryOptions: typeof QUERY_OPTIONS;
      documents: SearchDocument[];
    };
    const engine = new MiniSearch<SearchDocument>(data.indexOptions);
    engine.addAll(data.documents);
    return { data, engine };
  };

  test('runs as a plain script and loads into MiniSearch with the options it carries', () => {
    const { data, engine } = load(script);
    expect(data.documents).toEqual(docs);
    const results = engine.search('Sardar Vallabhbhai Patel National Police Academy', data.queryOptions);
    expect(results.map((r) => r['href'])).toEqual(['../sources/ians-menafn/index.html#p1']);
    expect(results[0]!['text']).toBe(wire);
  });

  test('every word must match; the last may be a prefix; case and apostrophes do not matter', () => {
    const { data, engine } = load(script);
    const ids = (q: string) => engine.search(q, data.queryOptions).map((r) => r.id);
    expect(ids('canegallo bhalla')).toEqual(['paragraph:india-news-network#p2']);
    expect(ids('canegallo fletc')).toEqual([]);
    expect(ids('india’s police acad')).toEqual(['paragraph:ians-menafn#p1']);
    expect(ids('ACTING DEPUTY')).toContain('official:kristie-canegallo@india-news-network');
  });

  test('is deterministic: the same documents give the same bytes', () => {
    expect(searchIndexScript(searchDocuments(input, links))).toBe(script);
  });
});

import { describe, expect, test } from 'vitest';
import { paths } from '../../../../src/lib/site/links.ts';
import { searchDocuments } from '../../../../src/lib/site/search/documents.ts';
import { input, links, wire } from '../../../helpers/search-fixture.ts';

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

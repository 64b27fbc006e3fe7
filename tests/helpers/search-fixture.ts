/** A small hand-made search input, shared by the search's unit tests (tests/unit/site/search/). */
import { href, paths } from '../../src/lib/site/links.ts';
import type { SearchInput } from '../../src/lib/site/search/documents.ts';

// Two paragraphs as the reports print them (tests/fixtures/captures/ians-menafn.txt, india-news-network.txt).
export const wire =
  "The MoC between the Federal Law Enforcement Training Centers (FLETC) and India's Sardar Vallabhbhai Patel National Police Academy was signed.";
export const news = 'The dialogue was co-chaired by Kristie Canegallo and Ajay Bhalla.';

export const input: SearchInput = {
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
export const links = {
  href: (to: string, fragment?: string) => href(paths.search, to, fragment),
  source: paths.source,
};

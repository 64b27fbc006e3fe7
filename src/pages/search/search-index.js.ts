/** Writes dist/search/search-index.js: the search index as a classic script (src/lib/search-index.ts). */
import type { APIRoute } from 'astro';
import { coverage, dossier } from '../../data/dossier';
import { href, paths } from '../../lib/links';
import { searchDocuments, searchIndexScript } from '../../lib/search-index';

// Results link to official and topic pages only where those pages exist: the index is built before other branches'
// pages are merged, and every link in it is checked by the end-to-end suite (tests/e2e/site.spec.ts).
const hasPagesPer = (pages: Record<string, unknown>) => Object.keys(pages).some((file) => /\[[^\]]+\]\.astro$/.test(file));
const officialPages = hasPagesPer(import.meta.glob('../officials/*.astro'));
const topicPages = hasPagesPer(import.meta.glob('../topics/*.astro'));

const topics = coverage.topics.map((t) => ({ slug: t.slug, title: t.title, text: t.definition }));

export const GET: APIRoute = () => {
  const documents = searchDocuments(
    { sources: dossier.sources, officials: dossier.officials, topics },
    {
      href: (to, fragment) => href(paths.search, to, fragment),
      source: paths.source,
      official: officialPages ? paths.official : undefined,
      topic: topicPages ? paths.topic : undefined,
    },
  );
  return new Response(searchIndexScript(documents), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};

/** Writes dist/search/search-index.js: the search index as a classic script (src/lib/search-index.ts). */
import type { APIRoute } from 'astro';
import { coverage, dossier } from '../../data/dossier';
import { href, paths } from '../../lib/links';
import { searchDocuments, searchIndexScript } from '../../lib/search-index';

const topics = coverage.topics.map((t) => ({ slug: t.slug, title: t.title, text: t.definition }));

export const GET: APIRoute = () => {
  const documents = searchDocuments(
    { sources: dossier.sources, officials: dossier.officials, topics },
    {
      href: (to, fragment) => href(paths.search, to, fragment),
      source: paths.source,
      official: paths.official,
      topic: paths.topic,
    },
  );
  return new Response(searchIndexScript(documents), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};

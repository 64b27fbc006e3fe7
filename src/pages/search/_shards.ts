/**
 * The site's search index in shards (src/lib/site/search/shards.ts), made once per build and read by the routes that
 * write its files: manifest.js, docs/[n].js and terms/[n].js. Not a route itself (its name starts with "_").
 */
import { coverage, dossier } from '../../data/built-dossier';
import { href, paths } from '../../lib/site/links';
import { searchDocuments, searchShards, MANIFEST_FILE, type SearchShards } from '../../lib/site/search';
import { queueBuildFiles, writtenByRoutes } from '../../lib/site/build-files';

let shards: SearchShards | undefined;

export function siteSearchShards(): SearchShards {
  if (shards) return shards;
  const topics = coverage.topics.map((t) => ({ slug: t.slug, title: t.title, text: t.definition }));
  const documents = searchDocuments(
    { sources: dossier.sources, officials: dossier.officials, topics },
    {
      href: (to, fragment) => href(paths.search, to, fragment),
      source: paths.source,
      official: paths.official,
      topic: paths.topic,
    },
  );
  shards = searchShards(documents);
  return shards;
}

export const javascript = (body: string) =>
  new Response(body, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });

/**
 * The static paths of one kind of shard, "docs" or "terms": every shard in `astro dev`, none in a build, where
 * manifest.js queues them to be written in one pass after the pages (src/lib/site/build-files.ts).
 */
export function shardPaths(kind: 'docs' | 'terms') {
  if (!writtenByRoutes()) return [];
  return [...siteSearchShards().files.keys()]
    .filter((file) => file.startsWith(`${kind}/`))
    .map((file) => ({ params: { n: file.slice(kind.length + 1, -'.js'.length) }, props: { file } }));
}

/** Queues every shard but the manifest for the build's single pass (nothing to do in `astro dev`). */
export function queueShardFiles(): void {
  if (writtenByRoutes()) return;
  queueBuildFiles('search shards', function* () {
    for (const [file, text] of siteSearchShards().files) if (file !== MANIFEST_FILE) yield [`search/${file}`, text];
  });
}

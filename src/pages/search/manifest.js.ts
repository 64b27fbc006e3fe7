/**
 * Writes dist/search/manifest.js: the search's manifest, loaded with the page (src/lib/site/search/shards.ts). Built
 * once, it also queues the shards it lists, written after the pages (src/pages/search/_shards.ts).
 */
import type { APIRoute } from 'astro';
import { MANIFEST_FILE } from '../../lib/site/search';
import { javascript, queueShardFiles, siteSearchShards } from './_shards';

export const GET: APIRoute = () => {
  queueShardFiles();
  return javascript(siteSearchShards().files.get(MANIFEST_FILE)!);
};

/** Writes dist/search/manifest.js: the search's manifest, loaded with the page (src/lib/site/search/shards.ts). */
import type { APIRoute } from 'astro';
import { MANIFEST_FILE } from '../../lib/site/search';
import { javascript, siteSearchShards } from './_shards';

export const GET: APIRoute = () => javascript(siteSearchShards().files.get(MANIFEST_FILE)!);

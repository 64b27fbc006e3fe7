/** Writes dist/search/docs/<n>.js: one shard of the search index, loaded on demand (src/lib/site/search/shards.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { javascript, shardPaths, siteSearchShards } from '../_shards';

export const getStaticPaths = (() => shardPaths('docs')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => javascript(siteSearchShards().files.get((props as { file: string }).file)!);

/** The site's search: its documents, and their index in shards that a page loads on demand, from disk or a host. */
export * from './documents.ts';
export * from './shards.ts';

/** The search page's classic scripts, in load order: the manifest, the engine, the page's own code. */
export const SEARCH_SCRIPTS = ['/search/manifest.js', '/search/engine.js', '/search/search.js'] as const;

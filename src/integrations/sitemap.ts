/**
 * @astrojs/sitemap for a site whose address has a path (SITE_URL=https://example.org/hsd/) but which has no Astro
 * `base`, because its links are relative (src/lib/site/links.ts) and the same build serves any path. The sitemap
 * integration builds every address from `new URL(config.base, config.site)`, which drops the path ("/" resolved
 * against https://example.org/hsd/ is https://example.org/), so it is handed the site's path as its `base`; nothing
 * else in the build sees that value.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';

export default function sitemapAtSitePath(site: URL): AstroIntegration {
  const inner = sitemap({
    // Pages only (addresses that end in "/"), not the files written by endpoints (search/search-index.js, data/…).
    filter: (url) => url.endsWith('/'),
  });
  const configDone = inner.hooks['astro:config:done'];
  return {
    ...inner,
    hooks: {
      ...inner.hooks,
      'astro:config:done': async (options) => {
        await configDone?.({ ...options, config: { ...options.config, base: site.pathname } });
      },
    },
  };
}

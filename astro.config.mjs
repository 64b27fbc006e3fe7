// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeArticle, { isSourceFile } from './src/lib/content/rehype-article.ts';
import relativeAssets from './src/integrations/relative-assets.ts';
import buildFiles from './src/integrations/build-files.ts';
import sitemapAtSitePath from './src/integrations/sitemap.ts';
import { parseSiteUrl } from './src/lib/site/site-url.ts';

// Optional public address (docs/architecture.md, "Hosting"): canonical URLs, Open Graph tags and a sitemap when set.
const site = parseSiteUrl(process.env['SITE_URL']);

export default defineConfig({
  // Pages link to each other relatively (src/lib/site/links.ts), so the same build works from disk, at a host's root
  // and under any sub-path; no `base` is needed.
  trailingSlash: 'ignore',
  ...(site ? { site: site.href } : {}),
  // Stylesheets are files, never inlined, so that the Content-Security-Policy can forbid inline styles (src/lib/site/csp.ts).
  // Four pages at a time: while one page's file is written, the next renders (one at a time, the build waited on
  // its writes for a third of the page generation at 1,000 reports; measured: generation 13.9 s → 11.2 s, medians of
  // three, and the same bytes: docs/performance.md, "Performance").
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Two routes that make the same page fail the build rather than drop one of them with a warning (Astro's default):
  // nothing is silently dropped. The one such pair the site could make, a report named like a page of the list of
  // reports (/sources/2/), is refused earlier, naming its file (src/lib/content/slugs.ts).
  prerenderConflictBehavior: 'error',
  markdown: {
    // Astro 7's default processor (Sätteri) ignores remark and rehype plugins; the unified one runs them.
    processor: unified({
      // GFM comes from the pinned remark-gfm rather than the processor's built-in copy.
      gfm: false,
      remarkPlugins: [remarkGfm],
      rehypePlugins: [[rehypeArticle, { include: isSourceFile }]],
      // Report text is verbatim: no curly quotes, dashes or ellipses added (the site's promise: the text reaches the page word for word).
      smartypants: false,
    }),
  },
  integrations: [
    mdx(),
    ...(site ? [sitemapAtSitePath(site)] : []),
    // The per-report data files and the search's shards, queued by their index routes while the pages are generated,
    // written in one pass after them rather than as some 3,400 routes (src/lib/site/build-files.ts).
    buildFiles(),
    // Astro writes its bundled assets root-absolute (/_astro/x.css); this makes them relative, and fails the build on
    // any other root-absolute reference. The 404 page alone may link to the host's root (src/pages/404.astro).
    relativeAssets({ allow: (file, url) => file === '404.html' && url === '/' }),
  ],
  vite: {
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // Every MDX module logs this harmless directive warning (withastro/astro#18087).
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && String(log.message).includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});

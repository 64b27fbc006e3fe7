// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeArticle, { isSourceFile } from './src/lib/rehype-article.ts';

export default defineConfig({
  // Pages link to each other relatively (src/lib/links.ts), so the same build works from disk, at a host's root
  // and under any sub-path; no `base` is needed.
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  markdown: {
    // Astro 7's default processor (Sätteri) ignores remark and rehype plugins; the unified one runs them.
    processor: unified({
      // GFM comes from the pinned remark-gfm rather than the processor's built-in copy.
      gfm: false,
      remarkPlugins: [remarkGfm],
      rehypePlugins: [[rehypeArticle, { include: isSourceFile }]],
      // Report text is verbatim: no curly quotes, dashes or ellipses added (PROVENANCE.md, "Fidelity").
      smartypants: false,
    }),
  },
  integrations: [mdx()],
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

/**
 * Loads the content collections and builds the analysed dossier once per build (module-level await: Astro
 * evaluates the module once per build and every page shares its result). Every page imports `dossier` from here; none recomputes anything.
 */
import { getCollection, render } from 'astro:content';
import type { Article } from '../lib/content/article';
import { buildDossier } from '../lib/content/dossier';
import { buildCoverage } from '../lib/analysis/topics/coverage';

async function loadSources() {
  const entries = await getCollection('sources');
  return Promise.all(
    entries.map(async (entry) => {
      // The article model comes from the MDX pipeline itself (src/lib/content/rehype-article.ts).
      const { remarkPluginFrontmatter } = await render(entry);
      return {
        id: entry.id,
        filePath: entry.filePath ?? `content/sources/${entry.id}.mdx`,
        body: entry.body ?? '',
        article: remarkPluginFrontmatter['article'] as Article | undefined,
        data: entry.data,
      };
    }),
  );
}

const [sources, outlets, officials] = await Promise.all([
  loadSources(),
  getCollection('outlets'),
  getCollection('officials'),
]);

export const dossier = buildDossier({
  sources,
  outlets: outlets.map((o) => ({ id: o.id, filePath: o.filePath ?? `content/outlets/${o.id}.yaml`, data: o.data })),
  officials: officials.map((o) => ({
    id: o.id,
    filePath: o.filePath ?? `content/officials/${o.id}.yaml`,
    data: o.data,
  })),
});

/** Topic coverage of every report, sentence by sentence: computed here once, read by every page. */
export const coverage = buildCoverage(
  dossier.sources,
  (await getCollection('topics')).map((t) => ({
    id: t.id,
    filePath: t.filePath ?? `content/topics/${t.id}.md`,
    data: t.data,
  })),
);

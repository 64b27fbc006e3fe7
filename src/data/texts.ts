/**
 * The reports' texts as data (dist/data/sources.json) and the evidence as web annotations
 * (dist/data/annotations.jsonld), built once per build from the dossier, the coverage and the editorial layer.
 */
import { buildAnnotations } from '../lib/open-data/annotations';
import { sourcesJson } from '../lib/open-data/sources-export';
import { paragraphUrls } from '../lib/site/text-fragment';
import { coverage, dossier } from './built-dossier';
import { editorial } from './built-editorial';

export const sourcesData = sourcesJson(dossier.sources);

export const annotations = buildAnnotations({
  sources: sourcesData.sources,
  topics: coverage.topics,
  evidence: coverage.cellsWithEvidence(),
  facts: editorial.facts,
});

const originalUrls = new Map<string, ReadonlyMap<string, string>>();

/**
 * Each paragraph's address on the report's original page (a URL text fragment, src/lib/site/text-fragment.ts), by
 * paragraph anchor; empty where the original address is not known. Made once per report.
 */
export function paragraphsOnOriginal(slug: string): ReadonlyMap<string, string> {
  let urls = originalUrls.get(slug);
  if (!urls) {
    const source = dossier.sourceBySlug.get(slug);
    urls = source?.url ? paragraphUrls(source.url, source.article.paragraphs) : new Map();
    originalUrls.set(slug, urls);
  }
  return urls;
}

/**
 * What the per-report data files (src/lib/open-data/by-report.ts) are made from, once per build; read by
 * data/sources/[slug].json, data/annotations/[slug].jsonld, data/alignment/[slug].json and the whole files. Not a
 * route itself (its name starts with "_").
 */
import { alignment } from '../../data/built-alignment';
import { dossier } from '../../data/built-dossier';
import { annotations } from '../../data/texts';
import { alignmentExport } from '../../lib/site/alignment-view';
import { annotationPages } from '../../lib/open-data/by-report';

export const slugs = dossier.sources.map((s) => s.slug);

let whole: ReturnType<typeof alignmentExport> | undefined;
/** dist/data/alignment.json's content, made once. */
export const alignmentWhole = () => (whole ??= alignmentExport(alignment, slugs));

let pages: ReturnType<typeof annotationPages> | undefined;
export const annotationPagesOf = () => (pages ??= annotationPages(annotations, slugs));

export const reportPaths = () => slugs.map((slug) => ({ params: { slug }, props: { slug } }));

export const json = (body: unknown, type = 'application/json') =>
  new Response(`${JSON.stringify(body)}\n`, { headers: { 'Content-Type': `${type}; charset=utf-8` } });

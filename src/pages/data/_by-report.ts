/**
 * What the per-report data files (src/lib/open-data/by-report.ts) are made from, once per build; read by
 * data/sources/[slug].json, data/annotations/[slug].jsonld, data/alignment/[slug].json and the whole files. Not a
 * route itself (its name starts with "_").
 *
 * In a build the per-report files are not routes: data/by-report.json queues them (`queueReportFiles`) and they are
 * written in one pass after the pages (src/lib/site/build-files.ts); in `astro dev` their routes serve them.
 */
import { alignment } from '../../data/built-alignment';
import { dossier } from '../../data/built-dossier';
import { annotations, sourcesData } from '../../data/texts';
import { alignmentExport } from '../../lib/site/alignment-view';
import { queueBuildFiles, writtenByRoutes, type BuildFile } from '../../lib/site/build-files';
import { annotationPages, reportAlignments, reportDataPaths, reportSources } from '../../lib/open-data/by-report';

export const slugs = dossier.sources.map((s) => s.slug);

let whole: ReturnType<typeof alignmentExport> | undefined;
/** dist/data/alignment.json's content, made once. */
export const alignmentWhole = () => (whole ??= alignmentExport(alignment, slugs));

let pages: ReturnType<typeof annotationPages> | undefined;
export const annotationPagesOf = () => (pages ??= annotationPages(annotations, slugs));

/** The routes' paths: every report in `astro dev`, none in a build (the files are written in one pass). */
export const reportPaths = () =>
  writtenByRoutes() ? slugs.map((slug) => ({ params: { slug }, props: { slug } })) : [];

const jsonText = (body: unknown) => `${JSON.stringify(body)}\n`;

export const json = (body: unknown, type = 'application/json') =>
  new Response(jsonText(body), { headers: { 'Content-Type': `${type}; charset=utf-8` } });

/** Every report's three files, the same text as their routes write, made one report at a time. */
function* reportFiles(): Generator<BuildFile> {
  const alignments = reportAlignments(alignmentWhole(), slugs);
  const annotationPagesBySlug = annotationPagesOf();
  // What only these files need is released once they are made.
  whole = undefined;
  pages = undefined;
  for (const slug of slugs) {
    const paths = reportDataPaths(slug);
    yield [paths.sources.slice(1), jsonText(reportSources(sourcesData, slug))];
    yield [paths.annotations.slice(1), jsonText(annotationPagesBySlug.get(slug))];
    yield [paths.alignment.slice(1), jsonText(alignments.get(slug))];
    alignments.delete(slug);
    annotationPagesBySlug.delete(slug);
  }
}

/** Queues the per-report files for the build's single pass (nothing to do in `astro dev`). */
export function queueReportFiles(): void {
  if (!writtenByRoutes()) queueBuildFiles('data by report', reportFiles);
}

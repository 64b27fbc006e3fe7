/** dist/data/annotations/<slug>.jsonld: the annotations on one report, a page of annotations.jsonld (src/lib/open-data/by-report.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { annotationPagesOf, json, reportPaths } from '../_by-report';

export const getStaticPaths = reportPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  json(annotationPagesOf().get((props as { slug: string }).slug), 'application/ld+json');

/** dist/data/sources/<slug>.json: one report's entry of sources.json, its text included (src/lib/open-data/by-report.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sourcesData } from '../../../data/texts';
import { reportSources } from '../../../lib/open-data/by-report';
import { json, reportPaths } from '../_by-report';

export const getStaticPaths = reportPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => json(reportSources(sourcesData, (props as { slug: string }).slug));

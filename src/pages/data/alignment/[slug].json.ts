/** dist/data/alignment/<slug>.json: the aligned sentence pairs one report takes part in (src/lib/open-data/by-report.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { reportAlignment } from '../../../lib/open-data/by-report';
import { alignmentWhole, json, reportPaths } from '../_by-report';

export const getStaticPaths = reportPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => json(reportAlignment(alignmentWhole(), (props as { slug: string }).slug));

/** dist/data/by-report.json: the index of the open data split by report (src/lib/open-data/by-report.ts). */
import type { APIRoute } from 'astro';
import { byReportIndex } from '../../lib/open-data/by-report';
import { json, slugs } from './_by-report';

export const GET: APIRoute = () => json(byReportIndex(slugs));

/**
 * dist/data/by-report.json: the index of the open data split by report (src/lib/open-data/by-report.ts). Built once,
 * it also queues the per-report files it lists, written after the pages (src/pages/data/_by-report.ts).
 */
import type { APIRoute } from 'astro';
import { byReportIndex } from '../../lib/open-data/by-report';
import { json, queueReportFiles, slugs } from './_by-report';

export const GET: APIRoute = () => {
  queueReportFiles();
  return json(byReportIndex(slugs));
};

/** dist/data/coverage.csv: one row per report and topic with its count of evidence sentences. */
import type { APIRoute } from 'astro';
import { coverage, dossier } from '../../data/built-dossier';
import { coverageCsv } from '../../lib/open-data/coverage';

export const GET = (() =>
  new Response(coverageCsv(dossier.sources, coverage), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  })) satisfies APIRoute;

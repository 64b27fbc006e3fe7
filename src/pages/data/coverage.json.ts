/** dist/data/coverage.json: the topic coverage as open data (shape in src/lib/open-data/coverage.ts). */
import type { APIRoute } from 'astro';
import { coverage, dossier } from '../../data/built-dossier';
import { coverageJson } from '../../lib/open-data/coverage';

export const GET = (() =>
  new Response(`${JSON.stringify(coverageJson(dossier.sources, coverage), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })) satisfies APIRoute;

/**
 * dist/data/alignment.json: every sentence's counterparts in the other reports (src/lib/site/alignment-view.ts,
 * alignmentExport). Written without indentation, as reuse.json is; over 16 MiB, written as the list of its
 * per-report parts, data/alignment/<slug>.json (src/lib/open-data/by-report.ts).
 */
import type { APIRoute } from 'astro';
import { wholeOrParts } from '../../lib/open-data/by-report';
import { alignmentWhole, slugs } from './_by-report';

export const GET: APIRoute = () =>
  new Response(
    wholeOrParts(alignmentWhole(), {
      about: 'Every aligned pair of sentences.',
      kind: 'alignment',
      slugs,
      keep: ['method', 'sentences'],
    }),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );

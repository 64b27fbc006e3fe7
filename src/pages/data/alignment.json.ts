/**
 * dist/data/alignment.json: every sentence's counterparts in the other reports (src/lib/alignment-view.ts,
 * alignmentExport). Written without indentation, as reuse.json is: at a thousand reports it is large.
 */
import type { APIRoute } from 'astro';
import { alignment } from '../../data/alignment';
import { dossier } from '../../data/dossier';
import { alignmentExport } from '../../lib/alignment-view';

export const GET: APIRoute = () =>
  new Response(
    `${JSON.stringify(
      alignmentExport(
        alignment,
        dossier.sources.map((s) => s.slug),
      ),
    )}\n`,
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );

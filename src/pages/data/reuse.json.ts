/**
 * dist/data/reuse.json: containment in both directions and the shared passages for every pair of reports, in a
 * shape a script can read without knowing the site ({"pairs":[{"a","b","aInB","bInA","passages":[{"text"}]}]}), with
 * a little more:
 * `textInB` where the other report writes the passage with other capitals or punctuation, and the anchors of both.
 * Deterministic: pairs and passages come in the analysis's fixed order. Bounded for a large dossier (see
 * src/lib/open-data/reuse-export.ts) and written without indentation: at a thousand reports, every pair with every passage ran
 * to 70 MB, and indentation nearly doubled it (measured with npm run bench).
 */
import type { APIRoute } from 'astro';
import { reuse } from '../../data/built-reuse';
import { reuseExport } from '../../lib/open-data/reuse-export';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(reuseExport(reuse))}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

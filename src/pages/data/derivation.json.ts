/**
 * dist/data/derivation.json: the common sources the dossier lacks, with their reconstruction, and the edges of who
 * follows whom (src/lib/open-data/derivation-export.ts), with the reconstructions' statements kept by one witness and the
 * dossier's self-check (src/data/reconstruction.ts). Deterministic: everything comes in the analysis's fixed order.
 */
import type { APIRoute } from 'astro';
import { derivation } from '../../data/built-derivation';
import { reconstructions, selfCheck } from '../../data/reconstruction';
import { derivationExport } from '../../lib/open-data/derivation-export';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(derivationExport(derivation, { reconstructions, selfCheck }), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

/**
 * dist/data/derivation.json: the common sources the dossier lacks, with their reconstruction, and the edges of who
 * follows whom (src/lib/derivation-export.ts), with the reconstructions' statements kept by one witness and the
 * dossier's self-check (src/data/reconstruction.ts). Deterministic: everything comes in the analysis's fixed order.
 */
import type { APIRoute } from 'astro';
import { derivation } from '../../data/derivation';
import { reconstructions, selfCheck } from '../../data/reconstruction';
import { derivationExport } from '../../lib/derivation-export';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(derivationExport(derivation, { reconstructions, selfCheck }), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

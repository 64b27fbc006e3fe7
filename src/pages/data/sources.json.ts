/**
 * dist/data/sources.json: every report with its catalogue entry, digests and article text as paragraphs and
 * sentences (shape in src/lib/sources-export.ts). Without indentation: at a thousand reports it holds every text.
 */
import type { APIRoute } from 'astro';
import { sourcesData } from '../../data/texts';

export const GET = (() =>
  new Response(`${JSON.stringify(sourcesData)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })) satisfies APIRoute;

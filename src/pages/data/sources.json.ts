/**
 * dist/data/sources.json: every report with its catalogue entry, digests and article text as paragraphs and
 * sentences (shape in src/lib/open-data/sources-export.ts). Without indentation: at a thousand reports it holds every
 * text; over 16 MiB, written as the list of its per-report parts, data/sources/<slug>.json.
 */
import type { APIRoute } from 'astro';
import { sourcesData } from '../../data/texts';
import { wholeOrParts } from '../../lib/open-data/by-report';
import { slugs } from './_by-report';

export const GET = (() =>
  new Response(
    wholeOrParts(sourcesData as unknown as Record<string, unknown>, {
      about: sourcesData.about,
      kind: 'sources',
      slugs,
    }),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  )) satisfies APIRoute;

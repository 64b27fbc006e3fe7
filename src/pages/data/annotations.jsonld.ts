/**
 * dist/data/annotations.jsonld: the evidence as W3C Web Annotations (shape in src/lib/open-data/annotations.ts). Over
 * 16 MiB, the collection is written without its items, its pages being the per-report files
 * data/annotations/<slug>.jsonld (`first`, `last`; src/lib/open-data/by-report.ts).
 */
import type { APIRoute } from 'astro';
import { annotations } from '../../data/texts';
import { wholeOrParts } from '../../lib/open-data/by-report';
import { slugs } from './_by-report';

export const GET = (() =>
  new Response(
    wholeOrParts(annotations as unknown as Record<string, unknown>, {
      about: 'The annotations on every report.',
      kind: 'annotations',
      slugs,
      keep: ['@context', 'id', 'type', 'label', 'total'],
      extra: (files) => ({ first: files[0], last: files.at(-1) }),
    }),
    { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } },
  )) satisfies APIRoute;

/** dist/data/annotations.jsonld: the evidence as W3C Web Annotations (shape in src/lib/annotations.ts). */
import type { APIRoute } from 'astro';
import { annotations } from '../../data/texts';

export const GET = (() =>
  new Response(`${JSON.stringify(annotations)}\n`, {
    headers: { 'Content-Type': 'application/ld+json; charset=utf-8' },
  })) satisfies APIRoute;

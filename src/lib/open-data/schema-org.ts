/**
 * schema.org metadata as JSON-LD (https://schema.org/, read by search engines), for each source page and the
 * overview. It says only what the dossier knows: the date as precise as it is known ("2024-03" is an ISO 8601 date
 * of month precision), the author and address only where known, and `isBasedOn` only where the frontmatter says
 * what a report follows.
 *
 * What a report's metadata describes is the document at its known address, as captured. Usually that is the
 * outlet's own; where the capture was taken from another site (`capturedFrom`: the DHS readout as EIN Presswire
 * republished it), that site published the document and it is based on the outlet's report; where the outlet
 * carries another's story (`carries`: MENAFN carrying IANS), it is based on that story.
 *
 * A `<script type="application/ld+json">` block is data, not script: browsers do not run it, so the
 * Content-Security-Policy's script-src does not apply (src/lib/site/csp.ts), and the page-weight check does not count it
 * as JavaScript (scripts/lib/size-budget.ts). Addresses of the site's own pages are left out: they depend on where the
 * site is hosted, and the pages must be identical with and without SITE_URL.
 */
import type { Outlet, Source } from '../content/dossier.ts';

export const SCHEMA_CONTEXT = 'https://schema.org';

export type JsonLd = { [key: string]: JsonLdValue };
type JsonLdValue = string | number | JsonLd | JsonLdValue[];

const ORGANISATION_TYPES: Record<string, string> = {
  government: 'GovernmentOrganization',
  'news-site': 'NewsMediaOrganization',
  'wire-agency': 'NewsMediaOrganization',
};

export function organisation(outlet: Pick<Outlet, 'name' | 'kind' | 'homepage'>): JsonLd {
  const org: JsonLd = { '@type': ORGANISATION_TYPES[outlet.kind] ?? 'Organization', name: outlet.name };
  if (outlet.homepage) org['url'] = outlet.homepage;
  return org;
}

/** Report for an official readout, NewsArticle for the others. */
export function workType(kind: Source['kind']): 'Report' | 'NewsArticle' {
  return kind === 'official-readout' ? 'Report' : 'NewsArticle';
}

type ReportFields = Pick<
  Source,
  'title' | 'kind' | 'date' | 'url' | 'author' | 'language' | 'outlet' | 'carries' | 'capturedFrom'
>;

/** The metadata of one report, without `@context` (see reportJsonLd). */
export function reportItem(source: ReportFields): JsonLd {
  const type = workType(source.kind);
  const item: JsonLd = {
    '@type': type,
    headline: source.title,
    datePublished: source.date.iso,
    inLanguage: source.language,
    publisher: organisation(source.capturedFrom ?? source.outlet),
  };
  if (source.url) item['url'] = source.url;
  if (source.author) item['author'] = { '@type': 'Person', name: source.author };
  if (source.capturedFrom) item['isBasedOn'] = { '@type': type, publisher: organisation(source.outlet) };
  else if (source.carries) item['isBasedOn'] = { '@type': 'NewsArticle', publisher: organisation(source.carries) };
  return item;
}

export function reportJsonLd(source: ReportFields): JsonLd {
  return { '@context': SCHEMA_CONTEXT, ...reportItem(source) };
}

/**
 * The overview: a page about the reports, listing those it names (`sources`) with their metadata. `total` is the
 * number of reports in the dossier, where the page names only the first of them: schema.org's numberOfItems is the
 * whole list's, even where the items given are not all of it.
 */
export function overviewJsonLd(
  page: { name: string; description: string },
  sources: readonly ReportFields[],
  total: number = sources.length,
): JsonLd {
  return {
    '@context': SCHEMA_CONTEXT,
    '@type': 'CollectionPage',
    name: page.name,
    description: page.description,
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: total,
      itemListElement: sources.map((source, i) => ({ '@type': 'ListItem', position: i + 1, item: reportItem(source) })),
    },
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&` written as \u escapes, so that no text
 * in it (a title holding "</script>") can end the element or read as markup; JSON parsers read the same value.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/[<>&]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

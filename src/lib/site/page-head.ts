/**
 * The contents of the <head> every page shares: charset, the content security policy, viewport, title, colour
 * schemes, and (when given) description, icon, canonical address, Open Graph tags and JSON-LD. Written as one
 * escaped string: the layout (src/layouts/BaseLayout.astro) and src/components/PageHead.astro (the 404 page) emit
 * it with `set:html`, so that some 5,000 pages at 1,000 reports do not each render a component for it.
 *
 * Pure TypeScript; no astro:* import.
 */
import { CONTENT_SECURITY_POLICY } from './csp.ts';
import { attribute, escapeText } from './html.ts';
import { SITE_NAME } from './site.ts';
import type { PageMeta } from './site-url.ts';

export interface PageHeadOptions {
  /** The page's own title; the site name is appended. */
  title: string;
  description?: string | undefined;
  /** The icon's address, relative to the page; none when left out. */
  icon?: string | undefined;
  meta?: PageMeta | null | undefined;
  /** schema.org metadata, already serialised for a data block (src/lib/open-data/schema-org.ts, serializeJsonLd). */
  jsonLd?: string | undefined;
  noindex?: boolean;
}

export function pageHeadHtml(options: PageHeadOptions): string {
  const { title, description, icon, meta, jsonLd, noindex = false } = options;
  return (
    `<meta charset="utf-8"><meta http-equiv="content-security-policy"${attribute('content', CONTENT_SECURITY_POLICY)}>` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeText(title === SITE_NAME ? title : `${title} · ${SITE_NAME}`)}</title>` +
    (description ? `<meta name="description"${attribute('content', description)}>` : '') +
    `<meta name="color-scheme" content="light dark">` +
    (noindex ? `<meta name="robots" content="noindex">` : '') +
    (icon ? `<link rel="icon"${attribute('href', icon)} type="image/svg+xml">` : '') +
    (meta ? `<link rel="canonical"${attribute('href', meta.canonical)}>` : '') +
    (meta?.openGraph ?? [])
      .map((t) => `<meta${attribute('property', t.property)}${attribute('content', t.content)}>`)
      .join('') +
    (jsonLd ? `<script type="application/ld+json">${jsonLd}</script>` : '')
  );
}

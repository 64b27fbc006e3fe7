/**
 * The optional public address of the site, from the SITE_URL environment variable at build time
 * (`SITE_URL=https://example.org/hsd/ npm run build`). With it, pages carry a canonical URL and Open Graph tags and a
 * sitemap is written; without it, they carry none and nothing else changes (docs/architecture.md, "Hosting"). Links inside the site never
 * use it: they stay relative (src/lib/site/links.ts), so the same pages work from disk and under any path.
 */

/**
 * The site's address as a URL whose path ends with "/", or undefined when SITE_URL is unset or empty.
 * Throws a message naming SITE_URL when the value is not an absolute http(s) address.
 */
export function parseSiteUrl(value: string | undefined): URL | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) address such as https://example.org/hsd/: got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must start with https:// or http://: got "${value}"`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE_URL must be a plain address without query, fragment or credentials: got "${value}"`);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/**
 * The public address of a page, from its site path ("/sources/tfipost/") and the site's address: the folder URL
 * a host serves, as the sitemap lists it ("https://example.org/hsd/sources/tfipost/").
 */
export function pageUrl(site: URL, sitePath: string): string {
  if (!sitePath.startsWith('/')) throw new Error(`site path must start with "/": ${sitePath}`);
  return new URL(sitePath.slice(1), site).href;
}

/** The `<head>` metadata a page carries when the site's address is known: canonical link and Open Graph. */
export interface PageMeta {
  canonical: string;
  openGraph: { property: string; content: string }[];
}

export function pageMeta(
  site: URL | undefined,
  page: { path: string; title: string; description: string; siteName: string; type?: 'website' | 'article' },
): PageMeta | undefined {
  if (!site) return undefined;
  const canonical = pageUrl(site, page.path);
  return {
    canonical,
    openGraph: [
      { property: 'og:type', content: page.type ?? 'website' },
      { property: 'og:site_name', content: page.siteName },
      { property: 'og:title', content: page.title },
      { property: 'og:description', content: page.description },
      { property: 'og:url', content: canonical },
    ],
  };
}

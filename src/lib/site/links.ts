/**
 * Every internal link goes through here, so that one build works from disk (file://), at a host's root and under
 * any sub-path. Links are relative to the page that holds them and name a file (`index.html`), because from
 * file:// a link to a folder opens a folder listing rather than the page (see docs/architecture.md, "Reading offline").
 *
 * Site paths are written as on a server: "/", "/sources/", "/sources/dhs-readout/", "/data/coverage.json".
 */

/** The file a site path is served from: "/sources/" -> "sources/index.html", "/data/x.json" -> "data/x.json". */
export function fileOf(sitePath: string): string {
  if (!sitePath.startsWith('/')) throw new Error(`site path must start with "/": ${sitePath}`);
  const path = sitePath.slice(1);
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  return path;
}

/**
 * How many folders deep the page being rendered is, from its URL pathname: "/sources/a/" -> 2 ("sources/a/"),
 * "/data/x.json" -> 1, "/" -> 0. Counted, not split: every link of every page asks.
 */
function depthOf(pagePath: string): number {
  if (!pagePath.startsWith('/')) throw new Error(`site path must start with "/": ${pagePath}`);
  let slashes = 0;
  for (let i = 0; i < pagePath.length; i++) if (pagePath.charCodeAt(i) === 47) slashes++;
  return slashes - 1;
}

/**
 * A relative href from the page at `fromPage` (its URL pathname) to the site path `to`, with an optional
 * fragment: href("/sources/a/", "/topics/x/", "p3") -> "../../topics/x/index.html#p3".
 */
export function href(fromPage: string, to: string, fragment?: string): string {
  const up = depthOf(fromPage);
  const target = fileOf(to);
  const hash = fragment ? `#${fragment}` : '';
  return `${'../'.repeat(up)}${target}${hash}`;
}

/** Paths of the site's pages, in one place. */
export const paths = {
  home: '/',
  sources: '/sources/',
  source: (slug: string) => `/sources/${slug}/`,
  compare: '/compare/',
  topics: '/topics/',
  topic: (slug: string) => `/topics/${slug}/`,
  officials: '/officials/',
  official: (slug: string) => `/officials/${slug}/`,
  coverageJson: '/data/coverage.json',
  coverageCsv: '/data/coverage.csv',
  search: '/search/',
  discrepancies: '/discrepancies/',
  timeline: '/timeline/',
  reuse: '/reuse/',
  reusePair: (a: string, b: string) => `/reuse/${a}--${b}/`,
  reuseData: '/data/reuse.json',
  sideBySide: '/side-by-side/',
  sideBySidePair: (a: string, b: string) => `/side-by-side/${a}--${b}/`,
  alignmentData: '/data/alignment.json',
  data: '/data/',
  sourcesJson: '/data/sources.json',
  annotations: '/data/annotations.jsonld',
  derivation: '/derivation/',
  commonSource: (id: string) => `/derivation/${id}/`,
  derivationData: '/data/derivation.json',
} as const;

/**
 * Page `n` (from 1) of a list in pages (Astro's paginate()) whose first page is `first`: the first page is `first`
 * itself, the others below it ("/sources/", "/sources/2/", "/sources/3/" …).
 */
export const listPagePath = (first: string, n: number): string => (n === 1 ? first : `${first}${n}/`);

/** The page (from 1) of a list in pages of `size` that holds the item at `index` (from 0). */
export const listPageOf = (index: number, size: number): number => Math.floor(index / size) + 1;

/** Whether a navigation entry is the current page or one of its sub-pages ("Sources" on a source page). */
export function isCurrent(pagePath: string, navPath: string): boolean {
  const page = fileOf(pagePath);
  const nav = fileOf(navPath);
  if (nav === 'index.html') return page === nav;
  return page === nav || page.startsWith(nav.replace(/index\.html$/, ''));
}

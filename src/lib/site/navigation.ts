/**
 * The main navigation, and the paths of the pages issue 24 adds (the glossary, the families of who follows whom). One section, "Who copies whom", holds the picture (/derivation/), the side-by-side pages
 * and the shared-wording pages: each entry names the sections it stands for, so that it is current on any of them.
 *
 * Pure TypeScript; no astro:* import.
 */
import { attribute, escapeText } from './html.ts';
import { href, isCurrent, paths } from './links.ts';

/** Paths the navigation and the glossary links need that src/lib/site/links.ts does not have (yet). */
export const readerPaths = {
  glossary: '/glossary/',
  /** A family of who follows whom: a text (a report or a common source) and the reports that follow it. */
  family: (id: string) => `/derivation/follows/${id}/`,
} as const;

export interface NavItem {
  label: string;
  path: string;
  /** Further sections this entry stands for (it is current on their pages too). */
  also?: readonly string[];
}

/** The main navigation, in reading order. */
export const mainNavigation: readonly NavItem[] = [
  { label: 'Overview', path: paths.home },
  { label: 'Reports', path: paths.sources },
  { label: 'Compare', path: paths.compare },
  { label: 'Topics', path: paths.topics },
  { label: 'Discrepancies', path: paths.discrepancies },
  { label: 'Officials', path: paths.officials },
  { label: 'Timeline', path: paths.timeline },
  { label: 'Who copies whom', path: paths.derivation, also: [paths.sideBySide, paths.reuse] },
  { label: 'Glossary', path: readerPaths.glossary },
  { label: 'Search', path: paths.search },
];

/** Whether a navigation entry is current on the page: its own section or one it stands for. */
export function isCurrentItem(pagePath: string, item: NavItem): boolean {
  return [item.path, ...(item.also ?? [])].some((p) => isCurrent(pagePath, p));
}

/**
 * The main navigation's items as HTML for its list on the page at `pagePath`, links relative, the current one marked
 * `aria-current="page"`: one string for the layout (src/layouts/BaseLayout.astro), written on every page.
 */
export function mainNavigationHtml(pagePath: string): string {
  return mainNavigation
    .map((item) => {
      const current = attribute('aria-current', isCurrentItem(pagePath, item) ? 'page' : undefined);
      return `<li><a${attribute('href', href(pagePath, item.path))}${current}>${escapeText(item.label)}</a></li>`;
    })
    .join('');
}

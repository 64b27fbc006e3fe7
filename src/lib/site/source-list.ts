/**
 * The list of all reports (/sources/) in pages (issue 26): SOURCES_PAGE_SIZE reports a page, in the dossier's order
 * (by date of publication, then title), made by Astro's paginate(): /sources/, then /sources/2/ and on
 * (`sourcesPagePath`). A dossier of up to one page has /sources/ alone, as it always had. The pages stand beside
 * the reports' own pages, /sources/<slug>/: a report's slug is never a number alone (src/content.config.ts), so
 * the two never claim one address. No page of the list grows with the dossier; their number does.
 *
 * Pure TypeScript; no astro:* import.
 */
import { listPageOf, listPagePath, paths } from './links.ts';

/** Reports to a page of the list of all reports. */
export const SOURCES_PAGE_SIZE = 50;

/** The path of page `n` (from 1) of the list of all reports. */
export const sourcesPagePath = (n: number): string => listPagePath(paths.sources, n);

/** The page (from 1) of the list that holds the report at `index` (from 0) in the dossier's order. */
export const sourcesPageOf = (index: number, size = SOURCES_PAGE_SIZE): number => listPageOf(index, size);

/**
 * The page of the list where the reports published on `iso` ("2024-02-29", or "2024-03" for those dated only by
 * the month) begin: the page of the first of them in `sources`, the dossier's order (by date, so one date's reports
 * stand together); the first page if none is.
 */
export function pageWhereDateBegins(
  sources: readonly { date: { iso: string } }[],
  iso: string,
  size = SOURCES_PAGE_SIZE,
): number {
  const index = sources.findIndex((s) => s.date.iso === iso);
  return index < 0 ? 1 : sourcesPageOf(index, size);
}

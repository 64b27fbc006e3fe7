/**
 * How the reports name one official, as the officials' pages show it.
 *
 * - Each report is one row: the title it gives the official (quoted where it stands), or that it names them
 *   without a title, or that it does not name them (`namingRows`).
 * - A small dossier (at most `MATRIX_LIMIT` reports) lists every report on `officials/` and on the official's page,
 *   in the dossier's order, as it always has.
 * - A larger one groups the rows by how they name the official (`namingGroups`): each title as written, the most
 *   used first, then "named without a title", then "not named". `officials/` shows only those groups, with a count
 *   and the first reports of each; the official's page shows them too, then every report, group by group, in pages
 *   of `OFFICIAL_PAGE_SIZE` (`officialPagePath`). At 1,000 reports a list of every report for each official made
 *   `officials/` 735 KB of HTML, most of it "named without a title".
 */
import { MATRIX_LIMIT } from '../analysis/reuse/reuse.ts';
import type { Official, OfficialTitle, Source } from '../content/dossier.ts';
import { listPagePath, paths } from './links.ts';

/** Reports to a page of an official's rows, in a large dossier. */
export const OFFICIAL_PAGE_SIZE = 50;

/** Reports named in a group's line of the summary; the rest are counted. */
export const GROUP_NAMED = 5;

/** How one report names one official. `mention` is the title where it stands, or null. */
export interface NamingRow {
  source: Source;
  named: boolean;
  mention: OfficialTitle | null;
}

/** The reports that name an official alike: with one title (as written), without a title, or not at all. */
export interface NamingGroup {
  /** A fragment id for the group's first row: "title-1", "untitled", "not-named". */
  id: string;
  /** The title as the reports write it, or null for the two groups without one. */
  title: string | null;
  /** Whether the reports name the official at all. */
  named: boolean;
  rows: NamingRow[];
}

/** Whether a dossier of `count` reports is shown in groups and pages rather than one row per report. */
export const groupsNaming = (count: number): boolean => count > MATRIX_LIMIT;

/** The path of page `n` (from 1) of an official's rows. */
export const officialPagePath = (slug: string, n: number): string => listPagePath(paths.official(slug), n);

/** Each report's naming of `official`, in the order of `sources` (the dossier's). */
export function namingRows(official: Official, sources: readonly Source[]): NamingRow[] {
  const titles = new Map(official.titles.map((t) => [t.source, t]));
  return sources.map((source) => {
    const named = source.officials.some((o) => o.official.slug === official.slug);
    // Found once, when the dossier was built (src/lib/content/officials.ts, titleMention).
    return { source, named, mention: named ? (titles.get(source.slug) ?? null) : null };
  });
}

/**
 * The rows grouped by how they name the official: one group for each title as written (a title written in other
 * letters is another group, since the page quotes it), the most used first and, among as many, the first in the
 * dossier's order first; then the reports that name the official without a title; then those that do not name
 * them. Each group keeps its rows in the order given. No group is empty.
 */
export function namingGroups(rows: readonly NamingRow[]): NamingGroup[] {
  const byTitle = new Map<string, NamingRow[]>();
  const untitled: NamingRow[] = [];
  const notNamed: NamingRow[] = [];
  for (const row of rows) {
    if (row.mention) {
      const group = byTitle.get(row.mention.title);
      if (group) group.push(row);
      else byTitle.set(row.mention.title, [row]);
    } else (row.named ? untitled : notNamed).push(row);
  }
  // A Map keeps the order of first appearance, and the sort is stable: ties stay in the dossier's order.
  const titled = [...byTitle].sort((a, b) => b[1].length - a[1].length);
  const groups: NamingGroup[] = titled.map(([title, members], i) => ({
    id: `title-${i + 1}`,
    title,
    named: true,
    rows: members,
  }));
  if (untitled.length > 0) groups.push({ id: 'untitled', title: null, named: true, rows: untitled });
  if (notNamed.length > 0) groups.push({ id: 'not-named', title: null, named: false, rows: notNamed });
  return groups;
}

/** Where each group begins in the rows laid out group by group: the page (from 1) and the row's index. */
export function groupStarts(
  groups: readonly NamingGroup[],
  pageSize = OFFICIAL_PAGE_SIZE,
): Map<string, { page: number; index: number }> {
  const starts = new Map<string, { page: number; index: number }>();
  let index = 0;
  for (const group of groups) {
    starts.set(group.id, { page: Math.floor(index / pageSize) + 1, index });
    index += group.rows.length;
  }
  return starts;
}

/**
 * Who follows whom, by family: a text (a report or a common source the dossier lacks) with the reports that follow it
 * directly, one row each on /derivation/, each expanding to a page of its own. Counts only; the evidence is on the
 * family's page.
 *
 * Bounded at any size (issue 26): a row names its first FOLLOWERS_NAMED followers and counts the others; a family's
 * page holds at most FAMILY_PAGE_SIZE followers' evidence, the rest on further pages (Astro's paginate()); so do the
 * pages of the reports that follow no text found here (ALONE_SHOWN of them stand on /derivation/ itself).
 *
 * Pure TypeScript; no astro:* import.
 */
import { namedFirst } from './format.ts';
import { listPageOf, listPagePath, paths } from './links.ts';

/** The most followers' evidence on one page of a family. */
export const FAMILY_PAGE_SIZE = 25;

/** The followers a family's row on /derivation/ names; the others are counted. */
export const FOLLOWERS_NAMED = 5;

/** The reports following nothing whose evidence stands on /derivation/ itself; beyond, they are in pages of their own. */
export const ALONE_SHOWN = 10;

/** The path of page `n` (from 1) of a family, as src/lib/site/links.ts's `paths` give them. */
export const familyPagePath = (id: string, n: number): string => listPagePath(`/derivation/follows/${id}/`, n);

/** The path of page `n` (from 1) of the reports that follow no text found here. */
export const alonePagePath = (n: number): string => listPagePath('/derivation/alone/', n);

/** The names a family's row gives: the first `named` followers, and how many more there are. */
export function namedFollowers<T>(followers: readonly T[], named = FOLLOWERS_NAMED): { named: T[]; more: number } {
  return namedFirst(followers, named);
}

export interface Family {
  /** The followed text's id: a report's slug or a common source's id. */
  id: string;
  fromCommon: boolean;
  /** The reports that follow it, in the derivation's order of its edges. */
  followers: string[];
  /** Statements restated, over all its followers' edges. */
  statements: number;
  /** How many of its followers credit it. */
  credited: number;
}

/** The families of a derivation's edges, those with most followers first (ties: most statements, then first seen). */
export function familiesOf(
  edges: readonly { from: string; to: string; fromCommon: boolean; statements: number; credited: boolean }[],
): Family[] {
  const byId = new Map<string, Family & { order: number }>();
  for (const e of edges) {
    let family = byId.get(e.from);
    if (!family) {
      family = { id: e.from, fromCommon: e.fromCommon, followers: [], statements: 0, credited: 0, order: byId.size };
      byId.set(e.from, family);
    }
    if (!family.followers.includes(e.to)) family.followers.push(e.to);
    family.statements += e.statements;
    if (e.credited) family.credited++;
  }
  return [...byId.values()]
    .sort((a, b) => b.followers.length - a.followers.length || b.statements - a.statements || a.order - b.order)
    .map(({ order: _order, ...family }) => family);
}

/**
 * The page that holds a report's evidence (its section `report-<slug>`, src/components/FollowerEvidence.astro), for
 * the link from the report's own page: the page of the family of the text it follows that lists it, or, for a report
 * that follows no text found here, /derivation/ itself or the page of /derivation/alone/ that lists it, as the pages
 * are made (`familyPagePath`, `alonePagePath`). `alone` are those reports, in the order of their pages.
 */
export function evidencePages(
  families: readonly Family[],
  alone: readonly string[],
): (report: string, follows: string | null) => string {
  const inFamily = new Map<string, Map<string, string>>(
    families.map((f) => [
      f.id,
      new Map(f.followers.map((id, i) => [id, familyPagePath(f.id, listPageOf(i, FAMILY_PAGE_SIZE))])),
    ]),
  );
  const paged = alone.length > ALONE_SHOWN;
  const ofAlone = new Map(
    alone.map((id, i) => [id, paged ? alonePagePath(listPageOf(i, FAMILY_PAGE_SIZE)) : paths.derivation]),
  );
  return (report, follows) => {
    const page = follows === null ? ofAlone.get(report) : inFamily.get(follows)?.get(report);
    if (page === undefined)
      throw new Error(
        `derivation: no page holds the evidence of "${report}" (${follows === null ? 'following no text' : `following "${follows}"`})`,
      );
    return page;
  };
}

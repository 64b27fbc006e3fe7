/**
 * Who follows whom, by family: a text (a report or a common source the dossier lacks) with the reports that follow it
 * directly, one row each on /derivation/, each expanding to a page of its own. Counts only; the evidence is on the
 * family's page.
 *
 * Pure TypeScript; no astro:* import.
 */

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

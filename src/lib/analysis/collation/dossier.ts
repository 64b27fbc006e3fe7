/**
 * The dossier's self-check (readout-check.ts) on the official readout that most independent reports follow, or the
 * reason there is none. Copies come in as `copyOf` (a copy's original), from the derivation's copy edges; the
 * rebuild as `rebuild`, the derivation's (src/lib/analysis/derivation/rebuild.ts).
 */
import { type ReadoutCheck, type Rebuild, checkReadout } from './readout-check.ts';
import type { WitnessText } from './reconstruct-types.ts';
import { groupOf } from './witnesses.ts';

export interface CheckDocument extends WitnessText {
  /** Whether it is its issuer's own account (an official readout), which others may follow. */
  primary: boolean;
}

export interface FollowEdge {
  from: string;
  to: string;
  fromCommon: boolean;
}

export interface SelfCheckResult {
  check: ReadoutCheck | null;
  /** Why no check is possible, in plain words; null where there is a check. */
  reason: string | null;
}

/** The reports that follow a text, directly or as copies of its followers, in the dossier's order. */
function followersOf(
  id: string,
  docs: readonly CheckDocument[],
  edges: readonly FollowEdge[],
  copyOf: ReadonlyMap<string, string>,
) {
  const direct = new Set(edges.filter((e) => e.from === id && !e.fromCommon).map((e) => e.to));
  return docs.filter((d) => d.id !== id && (direct.has(d.id) || direct.has(groupOf(d.id, copyOf))));
}

/** The self-check (see the module comment), or the reason there is none. */
export function dossierSelfCheck(
  docs: readonly CheckDocument[],
  edges: readonly FollowEdge[],
  rebuild: Rebuild,
  copyOf: ReadonlyMap<string, string> = new Map(),
): SelfCheckResult {
  const readouts = docs.filter((d) => d.primary);
  if (readouts.length === 0)
    return { check: null, reason: 'the dossier holds no official readout, so there is no text to check against' };
  let best: { check: ReadoutCheck; followers: number } | null = null;
  let most = 0;
  // Followers that share no statement with each other rebuild nothing: no figure, a reason.
  let rebuiltNothing = false;
  for (const readout of readouts) {
    const followers = followersOf(readout.id, docs, edges, copyOf);
    most = Math.max(most, new Set(followers.map((f) => groupOf(f.id, copyOf))).size);
    const check = checkReadout({ readout, followers, rebuild, copyOf });
    if (check && check.statements.length === 0) {
      rebuiltNothing = true;
      continue;
    }
    if (check && (!best || check.independent > best.followers)) best = { check, followers: check.independent };
  }
  if (best) return { check: best.check, reason: null };
  return {
    check: null,
    reason: rebuiltNothing
      ? 'the reports that follow the official readout share none of its statements with each other, so nothing can be rebuilt from them'
      : most === 0
        ? 'no report in the dossier follows its official readout'
        : 'only one independent report follows the official readout, and a reconstruction from one report is that report',
  };
}

/**
 * One statement, one counterpart in each other report, unless another adds to it: where one sentence of a report
 * already carries nearly all of a sentence's statement (`COVERED`), a second sentence of that report that adds
 * little of it (`ADDS`) and is mostly about other things (the sentence carries under `OWN_SHARE` of it) is not its
 * counterpart. "Terrorism, organised crime, drug trafficking, money laundering and cyber crimes were among the issues
 * discussed" restates the readout's list of issues, not also the sentence after it that names two of those crimes
 * among the steps agreed; a sentence on people-to-people ties restated whole by one sentence is not also restated by
 * the next, whose opening clause names the same ties as the purpose of other steps. Two sentences merged into one
 * each add their part, so each stays; a lede that restates a statement mostly about it stays too. A part is more
 * than one word: a second counterpart whose only addition is one word ("sides" in "by both the sides, the commitment
 * … was reaffirmed", restated whole by the sentence on the commitment) adds nothing, however short the sentence.
 *
 * Pairs of a run (runs.ts) are never dropped here: the run has shown that each of its sentences adds a part. Nor is
 * a report's first sentence, its lede: a lede sums up the statements its body restates one by one, so it restates
 * them a second time by design.
 *
 * Pure TypeScript; no astro:* import.
 */
import type { Found } from './order.ts';
import { type AlignContext, type Prepared, mergedRun } from './prepare.ts';
import type { FoundRun } from './runs.ts';
import type { PairScorer } from './scoring.ts';

/** The share of a sentence one counterpart must carry for another of the same report to need to add to it. */
export const COVERED = 0.75;
/** The least share of the sentence a second counterpart must add to the first's. */
export const ADDS = 0.1;
/** A second counterpart the sentence carries this share of or more is mostly about it, and stays. */
export const OWN_SHARE = 0.3;

/** How many words of `one` `merged` matches (by stem or meaning) that `best` alone does not. */
function addedWords(scorer: PairScorer, one: Prepared, best: Prepared, merged: Prepared): number {
  const words = (other: Prepared) => {
    const { ab } = scorer.evidence(one, other);
    return new Set([...ab.shared, ...ab.meanings.map(([word]) => word)].map((w) => w.toLowerCase()));
  };
  const alone = words(best);
  return [...words(merged)].filter((w) => !alone.has(w)).length;
}

/** `pairs` less the second counterparts in one report that add nothing (see the module comment). */
export function withoutRedundantPartners(
  context: AlignContext,
  scorer: PairScorer,
  pairs: readonly Found[],
  runs: readonly FoundRun[],
): Found[] {
  const { entries } = context;
  const n = entries.length;
  const inRun = new Set<number>();
  for (const run of runs) for (const k of run.run) inRun.add(run.one * n + k).add(k * n + run.one);
  // Each sentence's partners, by the report they are in, each once in the order first met (a short list rather
  // than a set: most sentences have one partner in a report, and a set each was a measured cost).
  const partners = new Map<number, number[]>();
  const addPartner = (x: number, z: number) => {
    const key = x * context.documents.length + entries[z]!.doc;
    const list = partners.get(key);
    if (!list) partners.set(key, [z]);
    else if (!list.includes(z)) list.push(z);
  };
  // Indexed loops and forEach rather than for…of: this runs once per alignment, mostly before the compiler has
  // optimised it, where each step of an iterator is an object.
  for (let k = 0; k < pairs.length; k++) {
    addPartner(pairs[k]!.i, pairs[k]!.j);
    addPartner(pairs[k]!.j, pairs[k]!.i);
  }
  const dropped = new Set<number>();
  partners.forEach((set, key) => {
    if (set.length < 2) return;
    const x = Math.floor(key / context.documents.length);
    const one = entries[x]!.prepared;
    const cover = new Map(set.map((z) => [z, scorer.score(one, entries[z]!.prepared)] as const));
    const [best, bestScore] = [...cover].reduce((a, b) => (b[1].precision > a[1].precision ? b : a));
    if (bestScore.precision < COVERED) return;
    for (const [z, scored] of cover) {
      if (z === best || entries[z]!.position === 0 || inRun.has(x * n + z) || scored.recall >= OWN_SHARE) continue;
      const merged = mergedRun([entries[best]!.prepared, entries[z]!.prepared]);
      const together = scorer.score(one, merged).precision;
      if (together <= 0) continue;
      if (together - bestScore.precision < ADDS || addedWords(scorer, one, entries[best]!.prepared, merged) < 2) {
        dropped.add(x * n + z).add(z * n + x);
      }
    }
  });
  return pairs.filter(({ i, j }) => !dropped.has(i * n + j));
}

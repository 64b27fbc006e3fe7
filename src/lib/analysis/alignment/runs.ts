/**
 * Many-to-one alignment: a sentence restated by a run of two or three consecutive sentences of another report, which
 * together make its statement (one sentence of a readout split in two; or, the other way round, two merged into
 * one). A pair of sentences where one is mostly carried by the other but carries only part of it is the sign: the
 * run is grown from that sentence to its neighbours, and kept when the run together covers clearly more of the long
 * sentence than the one sentence alone did, scores at the threshold as one, and each of its sentences is itself
 * mostly carried by the long one (so that a neighbour that merely shares a word is never pulled in).
 *
 * Cost: runs are tried only from pairs already scored (candidates.ts), and only from those that look partial; at
 * most five runs each.
 *
 * Pure TypeScript; no astro:* import.
 */
import type { RawScores } from './candidates.ts';
import { type AlignContext, mergedRun } from './prepare.ts';
import type { PairScorer } from './scoring.ts';

/** The least share of a run sentence's weight the long sentence must carry. */
const MEMBER_COVER = 0.55;
/** A pair is partial when the short side is carried at least MEMBER_COVER and the long side less than this. */
const PARTIAL_BELOW = 0.75;
/** How much more of the long sentence the run must carry than its first sentence alone. */
const RUN_GAIN = 0.15;
/** The runs tried around a sentence: offsets of their first and last sentences from it. */
const RUN_SHAPES: readonly [number, number][] = [
  [-1, 0],
  [0, 1],
  [-2, 0],
  [-1, 1],
  [0, 2],
];

/** A run found: the single sentence, its counterparts (entry indexes, in order) and the run's score. */
export interface FoundRun {
  one: number;
  run: number[];
  score: number;
}

/** The runs of the dossier, at most one per pair that looks partial, each at or above `threshold`. */
export function findRuns(context: AlignContext, scorer: PairScorer, scores: RawScores, threshold: number): FoundRun[] {
  const found = new Map<string, FoundRun>();
  for (const [i, row] of scores) {
    for (const [j, scored] of row) {
      // precision: share of i carried by j; recall: share of j carried by i.
      if (scored.recall >= MEMBER_COVER && scored.precision < PARTIAL_BELOW) {
        keep(found, bestRun(context, scorer, i, j, scored.precision, threshold));
      }
      if (scored.precision >= MEMBER_COVER && scored.recall < PARTIAL_BELOW) {
        keep(found, bestRun(context, scorer, j, i, scored.recall, threshold));
      }
    }
  }
  return [...found.values()].sort((x, y) => x.one - y.one || x.run[0]! - y.run[0]!);
}

function keep(found: Map<string, FoundRun>, run: FoundRun | null) {
  if (!run) return;
  const key = `${run.one}:${run.run.join(',')}`;
  if (!found.has(key)) found.set(key, run);
}

/**
 * The best run around entry `part` that restates entry `one`, or null. `alone` is the share of `one` that `part`
 * carries by itself.
 */
function bestRun(
  context: AlignContext,
  scorer: PairScorer,
  one: number,
  part: number,
  alone: number,
  threshold: number,
): FoundRun | null {
  const { entries } = context;
  const long = entries[one]!.prepared;
  const doc = entries[part]!.doc;
  let best: FoundRun | null = null;
  for (const [from, to] of RUN_SHAPES) {
    const first = part + from;
    const last = part + to;
    if (first < 0 || last >= entries.length || entries[first]!.doc !== doc || entries[last]!.doc !== doc) continue;
    const run: number[] = [];
    for (let k = first; k <= last; k++) run.push(k);
    const members = run.filter((k) => k !== part);
    if (!members.every((k) => scorer.score(long, entries[k]!.prepared).recall >= MEMBER_COVER)) continue;
    const together = scorer.score(long, mergedRun(run.map((k) => entries[k]!.prepared)));
    if (together.score < threshold || together.precision < alone + RUN_GAIN) continue;
    if (!best || together.score > best.score) best = { one, run, score: together.score };
  }
  return best;
}

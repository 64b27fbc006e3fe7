/**
 * Many-to-one alignment: a sentence restated by a run of two or three consecutive sentences of another report, which
 * together make its statement (one sentence of a readout split in two; or, the other way round, two merged into
 * one). A pair of sentences where one side is only partly carried by the other is the sign: the run is grown from
 * that sentence to its neighbours, and kept when the run together scores at the threshold as one, covers clearly
 * more of the single sentence than the best of its sentences alone (`RUN_GAIN`), and each of its sentences adds a
 * share of the single sentence that the others do not carry (`MEMBER_GAIN`) and shares weight with it in its own
 * right (scoring.ts, MIN_SHARED_WEIGHT), so that a neighbour that merely shares a word is never pulled in.
 *
 * Cost: runs are tried only from pairs already scored (candidates.ts), and only from those that look partial; at
 * most seven runs each.
 *
 * Pure TypeScript; no astro:* import.
 */
import { type RawScores, rawScore } from './candidates.ts';
import type { Found } from './order.ts';
import { type AlignContext, type Prepared, mergedRun } from './prepare.ts';
import { MEANING_SHARE, MIN_SHARED_WEIGHT, type PairScorer, type Scored } from './scoring.ts';

/** A pair is partial when either side is carried less than this by the other. */
const PARTIAL_BELOW = 0.9;
/**
 * The least score of a sentence of a run with the single sentence when that pair was not kept by the candidates
 * step (below its floor): a sentence split in three leaves one part too short to pair alone ("At the same time, they
 * said immigration law would be enforced"), which the run still needs. It must share the weight a pair needs.
 */
export const RUN_MEMBER_FLOOR = 0.25;
/** A run may have such a member only when the pair it is grown from carries less than this of one of its sides. */
const WEAK_MEMBERS_BELOW = 0.5;
/**
 * Such a member must be clearly about the sentence it joins: no other sentence of that report may score within this
 * of it. A fragment of a split statement is about that statement alone; a conclusion that sums up several statements
 * ("Through agreements on enhancing legal immigration channels, combating smuggling, and deepening counternarcotics
 * and law enforcement collaboration, both nations showcased …"), or a sentence that restates the single sentence's
 * neighbour ("Both sides agreed to hold the next round …" beside a lede that names the dialogue), is not. A lede is
 * exempt: it sums up several statements by design.
 */
const WEAK_MARGIN = 0.1;
/**
 * Each sentence of a run must be a partial counterpart of the single sentence in its own right: a pair scored at or
 * above the floor (candidates.ts, SCORE_FLOOR). This is also what keeps runs cheap: they are built only from
 * sentences already paired with the single one.
 */
/** The least share of the run's weight the single sentence must carry: a run is not a summary's many sources. */
const RUN_COVER = 0.3;
/** The least share of the single sentence each sentence of a run must add to what the others carry. */
const MEMBER_GAIN = 0.1;
/** How much more of the long sentence the run must carry than its first sentence alone. */
const RUN_GAIN = 0.15;
/**
 * The runs tried around a sentence, as offsets from it: two or three consecutive sentences, or two with one
 * sentence between them (a restatement often puts a remark of its own between the two halves).
 */
const RUN_SHAPES: readonly (readonly number[])[] = [
  [-1, 0],
  [0, 1],
  [-2, -1, 0],
  [-1, 0, 1],
  [0, 1, 2],
  [-2, 0],
  [0, 2],
];

/** A run found: the single sentence, its counterparts (entry indexes, in order) and the run's score. */
export interface FoundRun {
  one: number;
  run: number[];
  score: number;
  /** The share of the single sentence's weight the run carries, and of the run's the single sentence carries. */
  cover: number;
  coverRun: number;
  /** The least score of a sentence of the run alone with the single sentence. */
  weakest: number;
}

/** The runs of the dossier, at most one per pair that looks partial, each at or above `threshold`. */
export function findRuns(context: AlignContext, scorer: PairScorer, scores: RawScores, threshold: number): FoundRun[] {
  const found = new Map<string, FoundRun>();
  const member = memberScores(context, scorer, scores);
  for (let k = 0; k < scores.size; k++) {
    const i = scores.i(k);
    const j = scores.j(k);
    // precision: share of i carried by j; recall: share of j carried by i.
    const precision = scores.precision(k);
    const recall = scores.recall(k);
    const weak = Math.min(precision, recall) < WEAK_MEMBERS_BELOW;
    if (precision < PARTIAL_BELOW) keep(found, bestRun(context, scorer, member, i, j, precision, threshold, weak));
    if (recall < PARTIAL_BELOW) keep(found, bestRun(context, scorer, member, j, i, recall, threshold, weak));
  }
  return oneRunPerReport(context, [...found.values()]).sort((x, y) => x.one - y.one || x.run[0]! - y.run[0]!);
}

/** The score of `one` with `k` seen from `one` (precision: the share of `one` that `k` carries), or undefined. */
export interface MemberScore {
  (one: number, k: number): Scored | undefined;
  /** Whether the candidates step kept the pair (no scoring needed). */
  kept: (one: number, k: number) => boolean;
}

/**
 * The score of a sentence with a would-be member of its run: the pair's raw score if the candidates step kept it,
 * else scored here (once) and kept at or above RUN_MEMBER_FLOOR.
 */
function memberScores(context: AlignContext, scorer: PairScorer, scores: RawScores): MemberScore {
  const n = context.entries.length;
  const scored = new Map<number, Scored | undefined>();
  // A cheap bound first, as the candidates step has (candidates.ts): the stems the two share, with what meanings may
  // add, must carry RUN_MEMBER_FLOOR of the shorter sentence; most neighbours share too little to be scored at all.
  const stamp = new Int32Array(context.terms);
  let version = 0;
  let marked: Prepared | null = null;
  const mayReach = (a: Prepared, b: Prepared) => {
    if (marked !== a) {
      marked = a;
      version++;
      for (const t of a.termIds) stamp[t] = version;
    }
    let shared = 0;
    for (let t = 0; t < b.termIds.length; t++) if (stamp[b.termIds[t]!] === version) shared += b.weights[t]!;
    const reachable = shared * (1 + MEANING_SHARE) >= RUN_MEMBER_FLOOR * Math.min(a.total, b.total);
    return reachable && shared >= MIN_SHARED_WEIGHT * context.unit;
  };
  // Whether no other sentence of one's report scores with k within WEAK_MARGIN of `score`; a lede (a report's first
  // sentence) sums up several statements by design, and is exempt.
  const clearlyAbout = (one: number, k: number, score: number) => {
    const { entries } = context;
    if (entries[k]!.position === 0) return true;
    const b = entries[k]!.prepared;
    for (let y = one - entries[one]!.position; y < n && entries[y]!.doc === entries[one]!.doc; y++) {
      if (
        y !== one &&
        mayReach(b, entries[y]!.prepared) &&
        scorer.score(entries[y]!.prepared, b).score > score - WEAK_MARGIN
      )
        return false;
    }
    return true;
  };
  const kept = (one: number, k: number) => scores.at(one, k) >= 0;
  const score = (one: number, k: number): Scored | undefined => {
    const hit = scores.at(one, k);
    if (hit >= 0) {
      const forward = one < k;
      const precision = forward ? scores.precision(hit) : scores.recall(hit);
      return { score: scores.score(hit), precision, recall: forward ? scores.recall(hit) : scores.precision(hit) };
    }
    const key = one * n + k;
    if (!scored.has(key)) {
      const a = context.entries[one]!.prepared;
      const b = context.entries[k]!.prepared;
      const s = mayReach(a, b) ? scorer.score(a, b) : undefined;
      scored.set(key, s && s.score >= RUN_MEMBER_FLOOR && clearlyAbout(one, k, s.score) ? s : undefined);
    }
    return scored.get(key);
  };
  return Object.assign(score, { kept });
}

/**
 * One statement, one run in each other report: of the runs of a single sentence in one report that share a
 * sentence, only the best is kept ("reviewed cooperation … and discussed steps against …" is restated by the two
 * sentences that say each, not also by the one before or after that shares a word or two), and those that extend
 * it (the sentence between the two halves of a statement split in three).
 */
export function oneRunPerReport(context: AlignContext, runs: readonly FoundRun[]): FoundRun[] {
  const kept: FoundRun[] = [];
  const byScore = [...runs].sort((x, y) => y.score - x.score || x.one - y.one || x.run[0]! - y.run[0]!);
  for (const run of byScore) {
    const doc = context.entries[run.run[0]!]!.doc;
    const clash = kept.some(
      (other) =>
        other.one === run.one &&
        context.entries[other.run[0]!]!.doc === doc &&
        other.run.some((k) => run.run.includes(k)) &&
        !other.run.every((k) => run.run.includes(k)),
    );
    if (!clash) kept.push(run);
  }
  return kept;
}

function keep(found: Map<string, FoundRun>, run: FoundRun | null) {
  if (!run) return;
  const key = `${run.one}:${run.run.join(',')}`;
  if (!found.has(key)) found.set(key, run);
}

/**
 * Whether entry `k` of `run` adds to what the rest of the run carries of `long` (`whole`, with it) MEMBER_GAIN of
 * its weight, and at least the weight a pair must share (MIN_SHARED_WEIGHT units).
 */
function adds(
  scorer: PairScorer,
  long: Prepared,
  run: readonly number[],
  k: number,
  entries: AlignContext['entries'],
  whole: number,
  unit: number,
): boolean {
  const rest = run.filter((x) => x !== k).map((x) => entries[x]!.prepared);
  const without = scorer.score(long, rest.length === 1 ? rest[0]! : mergedRun(rest)).precision;
  return whole - without >= MEMBER_GAIN && (whole - without) * long.total >= MIN_SHARED_WEIGHT * unit;
}

/** How far the runs reach on either side of the sentence they are grown from (RUN_SHAPES). */
const SPAN = 2;

/**
 * The sentences around entry `part`, as bits by offset + SPAN (bit 0 is two before it, bit 4 two after): whether each
 * is in `part`'s report, and whether the candidates step kept it with `one` (only asked of those in the report).
 * Bits rather than lists: asked about 100,000 times at a thousand reports.
 */
export function aroundOf(
  entries: AlignContext['entries'],
  member: Pick<MemberScore, 'kept'>,
  one: number,
  part: number,
): { inReport: number; kept: number } {
  const doc = entries[part]!.doc;
  let inReport = 0;
  let kept = 0;
  for (let offset = -SPAN; offset <= SPAN; offset++) {
    const k = part + offset;
    if (k < 0 || k >= entries.length || entries[k]!.doc !== doc) continue;
    inReport |= 1 << (offset + SPAN);
    if (member.kept(one, k)) kept |= 1 << (offset + SPAN);
  }
  return { inReport, kept };
}

/** Each shape of RUN_SHAPES as the bits of its offsets (see aroundOf). */
const SHAPE_BITS = RUN_SHAPES.map((shape) => shape.reduce((bits, offset) => bits | (1 << (offset + SPAN)), 0));

/** How many bits are set. */
function bitCount(bits: number): number {
  let count = 0;
  for (let b = bits; b !== 0; b &= b - 1) count++;
  return count;
}

/**
 * The best run around entry `part` that restates entry `one`, or null. `alone` is the share of `one` that `part`
 * carries by itself.
 */
function bestRun(
  context: AlignContext,
  scorer: PairScorer,
  member: MemberScore,
  one: number,
  part: number,
  alone: number,
  threshold: number,
  weak: boolean,
): FoundRun | null {
  const { entries } = context;
  const long = entries[one]!.prepared;
  let best: FoundRun | null = null;
  // Asked once for all the shapes, before any list is made: most shapes around most parts run off the report or are
  // tried in vain (at 1,000 reports, about 570,000 shapes inside a report for 2,000 that get as far as scoring).
  const around = aroundOf(entries, member, one, part);
  for (let s = 0; s < RUN_SHAPES.length; s++) {
    const shape = RUN_SHAPES[s]!;
    const bits = SHAPE_BITS[s]!;
    if ((around.inReport & bits) !== bits) continue;
    const scoredHere = bitCount(bits & ~around.kept);
    // Two parts with a sentence between them that pairs in its own right are a run of three (tried as its shape).
    if (shape.length === 2 && shape[1]! - shape[0]! === 2 && weak && member(one, part + shape[0]! + 1)) continue;
    // At most one sentence of a run is scored here, the others kept by the candidates step; and only where the pair
    // the run is grown from carries little of one of its sides (a part of a split or a merge, not an edited copy).
    if (scoredHere > 1 || (scoredHere === 1 && !weak)) continue;
    const run = shape.map((offset) => part + offset);
    const members = run.map((k) => member(one, k));
    if (members.some((m) => m === undefined)) continue;
    let single = alone;
    let weakest = Infinity;
    let sum = 0;
    for (const m of members) {
      weakest = Math.min(weakest, m!.score);
      single = Math.max(single, m!.precision);
      sum += m!.precision;
    }
    // The run together carries at most what its sentences carry one by one.
    if (sum < single + RUN_GAIN) continue;
    const together = scorer.score(long, mergedRun(run.map((k) => entries[k]!.prepared)));
    if (together.score < threshold || together.precision < single + RUN_GAIN || together.recall < RUN_COVER) continue;
    // The middle of a run of three lies between two parts of the statement: it need only pair in its own right ("At
    // the same time, immigration law would be enforced" between the pledge on legal routes and the returns).
    const ends = run.length === 3 ? [run[0]!, run[2]!] : run;
    if (!ends.every((k) => adds(scorer, long, run, k, entries, together.precision, context.unit))) continue;
    if (!best || together.score > best.score) {
      best = { one, run, score: together.score, cover: together.precision, coverRun: together.recall, weakest };
    }
  }
  return best;
}

/**
 * The pairs of `found` less those the context bonus (order.ts) made beside a run: where a run of a report restates
 * a sentence, the run is that report's restatement of it, and another sentence of the report pairs with it only by
 * its own score, not by the bonus a neighbour lends it ("to strengthen people-to-people ties … take steps …" after
 * the two sentences that restate "reviewed counter-terrorism cooperation … discussed how to step up joint action").
 */
export function withoutNeighboursOfRuns(
  context: AlignContext,
  found: readonly Found[],
  scores: RawScores,
  runs: readonly FoundRun[],
  threshold: number,
): Found[] {
  const n = context.entries.length;
  const docOf = (k: number) => context.entries[k]!.doc;
  // For each single sentence and report, the sentences of its run there.
  const runOf = new Map<number, Set<number>>();
  for (const run of runs) {
    const key = run.one * n + docOf(run.run[0]!);
    const members = runOf.get(key) ?? new Set<number>();
    for (const k of run.run) members.add(k);
    runOf.set(key, members);
  }
  const outside = (one: number, other: number) => {
    const members = runOf.get(one * n + docOf(other));
    return members !== undefined && !members.has(other);
  };
  return found.filter(({ i, j }) => rawScore(scores, i, j) >= threshold || !(outside(i, j) || outside(j, i)));
}

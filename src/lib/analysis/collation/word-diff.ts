/**
 * jsdiff's `diffArrays` walk, for word lists: Myers's greedy diff with jsdiff's choice of path, its pruning at the
 * graph's edges and its tie-breaks, so that it finds the same changes, word for word. Where jsdiff links an object per
 * change and indexes its paths by negative numbers (a measured hot spot of a derivation at a thousand reports), this
 * keeps each diagonal's position in a flat array and the changes in a flat trace. diff.ts's `steps` reads it;
 * tests/unit/analysis/collation/edit-cost.test.ts holds it to jsdiff's own result.
 */

/** A run of the trace: what it is (0 same, 1 removed, 2 added), how many words, and the run before it (-1: none). */
let traceOp = new Uint8Array(256);
let traceCount = new Int32Array(256);
let tracePrev = new Int32Array(256);
let traced = 0;

/** Each diagonal's furthest position in the first list and its last run; a diagonal holds a path while stamped. */
let oldPos = new Int32Array(0);
let last = new Int32Array(0);
let stamp = new Uint32Array(0);
let call = 0;

export const SAME = 0;
export const REMOVED = 1;
export const ADDED = 2;

function ensureDiagonals(size: number): void {
  if (stamp.length >= size) return;
  oldPos = new Int32Array(size);
  last = new Int32Array(size);
  stamp = new Uint32Array(size);
  call = 0;
}

/** A run after `prev`: one more word of the same kind of change extends it (as a new run, since paths share runs). */
function extend(prev: number, op: number, count: number): number {
  if (traced === traceOp.length) {
    const grow = <A extends Uint8Array | Int32Array>(old: A, bigger: A) => (bigger.set(old), bigger);
    traceOp = grow(traceOp, new Uint8Array(traced * 2));
    traceCount = grow(traceCount, new Int32Array(traced * 2));
    tracePrev = grow(tracePrev, new Int32Array(traced * 2));
  }
  if (op !== SAME && prev >= 0 && traceOp[prev] === op) {
    traceOp[traced] = op;
    traceCount[traced] = traceCount[prev]! + count;
    tracePrev[traced] = tracePrev[prev]!;
  } else {
    traceOp[traced] = op;
    traceCount[traced] = count;
    tracePrev[traced] = prev;
  }
  return traced++;
}

/** The runs from the first to `end`, as [op, count] pairs in order. */
function runsTo(end: number): [number, number][] {
  const runs: [number, number][] = [];
  for (let at = end; at >= 0; at = tracePrev[at]!) runs.push([traceOp[at]!, traceCount[at]!]);
  return runs.reverse();
}

/** The diagonal's path moved along the words both lists share from where it is; returns the new position in `after`. */
function slide<T>(here: number, d: number, before: readonly T[], after: readonly T[]): number {
  let o = oldPos[here]!;
  let n = o - d;
  const start = o;
  while (n + 1 < after.length && o + 1 < before.length && before[o + 1] === after[n + 1]) {
    o++;
    n++;
  }
  if (o > start) last[here] = extend(last[here]!, SAME, o - start);
  oldPos[here] = o;
  return n;
}

/**
 * The runs of jsdiff's `diffArrays(before, after)`: words both have (SAME), words of `before` that `after` lacks
 * (REMOVED), words of `after`'s own (ADDED), as [op, count] in order.
 */
export function wordRuns<T>(before: readonly T[], after: readonly T[]): [number, number][] {
  const oldLen = before.length;
  const newLen = after.length;
  const maxEdit = oldLen + newLen;
  const offset = maxEdit + 1;
  ensureDiagonals(2 * maxEdit + 3);
  if (++call === 0xffffffff) {
    stamp.fill(0);
    call = 1;
  }
  traced = 0;
  stamp[offset] = call;
  oldPos[offset] = -1;
  last[offset] = -1;
  let n = slide(offset, 0, before, after);
  if (oldPos[offset]! + 1 >= oldLen && n + 1 >= newLen) return runsTo(last[offset]!);
  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let edits = 1; edits <= maxEdit; edits++) {
    for (let d = Math.max(minDiagonal, -edits); d <= Math.min(maxDiagonal, edits); d += 2) {
      const down = offset + d - 1;
      const up = offset + d + 1;
      const here = offset + d;
      const hasRemove = stamp[down] === call;
      const hasAdd = stamp[up] === call;
      if (hasRemove) stamp[down] = 0;
      let canAdd = false;
      if (hasAdd) {
        const addNewPos = oldPos[up]! - d;
        canAdd = addNewPos >= 0 && addNewPos < newLen;
      }
      const canRemove = hasRemove && oldPos[down]! + 1 < oldLen;
      if (!canAdd && !canRemove) {
        stamp[here] = 0;
        continue;
      }
      if (!canRemove || (canAdd && oldPos[down]! < oldPos[up]!)) {
        oldPos[here] = oldPos[up]!;
        last[here] = extend(last[up]!, ADDED, 1);
      } else {
        oldPos[here] = oldPos[down]! + 1;
        last[here] = extend(last[down]!, REMOVED, 1);
      }
      n = slide(here, d, before, after);
      const o = oldPos[here]!;
      if (o + 1 >= oldLen && n + 1 >= newLen) return runsTo(last[here]!);
      stamp[here] = call;
      if (o + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, d - 1);
      if (n + 1 >= newLen) minDiagonal = Math.max(minDiagonal, d + 1);
    }
  }
  /* c8 ignore next: a path always reaches the end within oldLen + newLen edits */
  throw new Error('wordRuns: no path through the edit graph');
}

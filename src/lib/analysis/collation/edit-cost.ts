/**
 * The cost of the places where two word lists differ, as `likeness` (witnesses.ts) counts it over jsdiff's
 * `diffArrays` (diff.ts's `steps`): each run of changes between two shared words costs the more of its two sides.
 * The same walk as jsdiff's (Myers's greedy diff with jsdiff's choice of path, its pruning at the graph's edges and
 * its tie-breaks), so that it finds the same changes, but it keeps for each diagonal only a position and the cost so
 * far in flat arrays, where jsdiff links an object per change and indexes its paths by negative numbers (a measured
 * hot spot of a derivation at a thousand reports). tests/unit/analysis/collation/edit-cost.test.ts holds it to
 * jsdiff's own result.
 */

/** Each diagonal's furthest position in the first list, the cost of its closed runs, and the open run's two sides. */
let oldPos = new Int32Array(0);
let cost = new Int32Array(0);
let removed = new Int32Array(0);
let added = new Int32Array(0);
/** A diagonal holds a path while its stamp is the current call's. */
let stamp = new Uint32Array(0);
let call = 0;

function ensure(size: number): void {
  if (stamp.length >= size) return;
  oldPos = new Int32Array(size);
  cost = new Int32Array(size);
  removed = new Int32Array(size);
  added = new Int32Array(size);
  stamp = new Uint32Array(size);
  call = 0;
}

/**
 * The summed cost of the runs of changes between `before` and `after` (words of `before` it lacks are removed, its
 * own are added), on the path jsdiff's `diffArrays(before, after)` takes.
 */
export function editCost<T>(before: readonly T[], after: readonly T[]): number {
  const oldLen = before.length;
  const newLen = after.length;
  const maxEdit = oldLen + newLen;
  const offset = maxEdit + 1;
  ensure(2 * maxEdit + 3);
  call++;
  if (call === 0xffffffff) {
    stamp.fill(0);
    call = 1;
  }
  // The path of no edits: the words both start with.
  let o = -1;
  let n = -1;
  while (n + 1 < newLen && o + 1 < oldLen && before[o + 1] === after[n + 1]) {
    o++;
    n++;
  }
  if (o + 1 >= oldLen && n + 1 >= newLen) return 0;
  stamp[offset] = call;
  oldPos[offset] = o;
  cost[offset] = 0;
  removed[offset] = 0;
  added[offset] = 0;
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
      let c: number;
      let r: number;
      let a: number;
      if (!canRemove || (canAdd && oldPos[down]! < oldPos[up]!)) {
        o = oldPos[up]!;
        c = cost[up]!;
        r = removed[up]!;
        a = added[up]! + 1;
      } else {
        o = oldPos[down]! + 1;
        c = cost[down]!;
        r = removed[down]! + 1;
        a = added[down]!;
      }
      n = o - d;
      let common = 0;
      while (n + 1 < newLen && o + 1 < oldLen && before[o + 1] === after[n + 1]) {
        o++;
        n++;
        common++;
      }
      if (common > 0) {
        c += Math.max(r, a);
        r = 0;
        a = 0;
      }
      if (o + 1 >= oldLen && n + 1 >= newLen) return c + Math.max(r, a);
      stamp[here] = call;
      oldPos[here] = o;
      cost[here] = c;
      removed[here] = r;
      added[here] = a;
      if (o + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, d - 1);
      if (n + 1 >= newLen) minDiagonal = Math.max(minDiagonal, d + 1);
    }
  }
  /* c8 ignore next: a path always reaches the end within oldLen + newLen edits */
  throw new Error('editCost: no path through the edit graph');
}

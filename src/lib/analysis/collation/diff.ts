/**
 * Step 3 of a collation: each reading against the base, word by word (jsdiff's `diffArrays`), with each run of
 * changes moved where it joins the reading's other change at that point (`compact`).
 */
import { diffArrays } from 'diff';
import { BoundedPairCache, WORD_CACHE_LIMIT } from '../../text/bounded-cache.ts';

/**
 * One word of a diff between the base and a reading: a base word the reading has too (`same`), a base word it lacks
 * (`removed`), or a word of the reading's own (`added`). `base` is the base word's index, or for an added word the
 * index of the base word it comes before; `reading` the same in the reading.
 */
export interface Step {
  op: 'same' | 'removed' | 'added';
  base: number;
  reading: number;
}

/** A run of jsdiff's changes, as a number: its count of words times four, plus its kind. */
const SAME = 0;
const ADDED = 1;
const REMOVED = 2;

/** jsdiff's changes from `a` to `b` (`diffArrays`), each as a run (count × 4 + kind). */
function runsOf(a: readonly string[], b: readonly string[]): number[] {
  return diffArrays(a as string[], b as string[]).map(
    (change) => change.count * 4 + (change.added ? ADDED : change.removed ? REMOVED : SAME),
  );
}

/**
 * The runs of two word lists that keep their lists (a reading's keys, tokens.ts `keysOfTokens`), found once by the
 * lists themselves: the witnesses' likeness diffs a reading against the base, and its collation diffs it again,
 * in each reconstruction as in the derivation. It stops growing at WORD_CACHE_LIMIT pairs and evicts nothing.
 */
const sharedRuns = new BoundedPairCache<readonly string[], readonly string[], number[]>(WORD_CACHE_LIMIT);

/**
 * jsdiff's changes between the base's words and a reading's, word by word. `kept`: the two lists are kept lists
 * (tokens.ts `keysOfTokens`), whose diff is worked out once (sharedRuns); a list made for one collation is not.
 */
export function steps(base: readonly string[], reading: readonly string[], kept = false): Step[] {
  const out: Step[] = [];
  let b = 0;
  let r = 0;
  for (const run of kept ? sharedRuns.get(base, reading, runsOf) : runsOf(base, reading)) {
    const kind = run & 3;
    const count = run >>> 2;
    for (let i = 0; i < count; i++) {
      if (kind === ADDED) out.push({ op: 'added', base: b, reading: r++ });
      else if (kind === REMOVED) out.push({ op: 'removed', base: b++, reading: r });
      else out.push({ op: 'same', base: b++, reading: r++ });
    }
  }
  return out;
}

/**
 * The words of the places where two word lists differ, in jsdiff's changes (`diffArrays`): a place is a run of
 * changes between two shared words, and costs the more of its two sides ("joint" left out costs 1, "of the dialogue"
 * for "of talks" 2). Read from the runs of changes, each of which counts its words, rather than word by word. The two
 * lists are kept lists (tokens.ts `keysOfTokens`): their diff is kept for the collation (sharedRuns).
 */
export function placesCost(a: readonly string[], b: readonly string[]): number {
  let cost = 0;
  let removed = 0;
  let added = 0;
  for (const run of sharedRuns.get(a, b, runsOf)) {
    const kind = run & 3;
    if (kind === ADDED) added += run >>> 2;
    else if (kind === REMOVED) removed += run >>> 2;
    else {
      cost += Math.max(removed, added);
      removed = added = 0;
    }
  }
  return cost + Math.max(removed, added);
}

/**
 * Moves a run of words that a reading lacks, or adds, to an equally valid place next to the reading's other change at
 * that point, as diff tools compact their output (git's "sliders"). A diff matches a repeated word where it first
 * can: in "which a readout … described as a key pillar" against "which has been a key pillar", it pairs the first
 * "a", so that "has been" is added before it and "readout … described as a" lacking after it. Moved, the reading has
 * "has been" in place of "a readout … described as": the two differ at one point. A run moves only over words equal
 * to its own (the text stays the same), and only where that joins it to another change.
 */
export function compact(list: readonly Step[], base: readonly string[], reading: readonly string[]): Step[] {
  const out = list.slice();
  const word = (s: Step) => (s.op === 'added' ? reading[s.reading]! : base[s.base]!);
  const isChange = (at: number) => at >= 0 && out[at]!.op !== 'same';
  for (let start = 0; start < out.length; start++) {
    const op = out[start]!.op;
    if (op === 'same' || (start > 0 && out[start - 1]!.op === op)) continue;
    let end = start;
    while (end < out.length && out[end]!.op === op) end++;
    const n = end - start;
    // While the same word before the run equals the run's last word, the run can move left by one. (jsdiff places
    // a change as late as it can, so no run ever needs to move right.)
    let k = 0;
    while (
      start - k - 1 >= 0 &&
      out[start - k - 1]!.op === 'same' &&
      word(out[start - k - 1]!) === word(out[end - k - 1]!)
    )
      k++;
    if (k > 0 && isChange(start - k - 1)) {
      const { base: b0, reading: r0 } = out[start - k]!;
      const moved: Step[] = [];
      for (let i = 0; i < n; i++)
        moved.push(op === 'removed' ? { op, base: b0 + i, reading: r0 } : { op, base: b0, reading: r0 + i });
      for (let i = 0; i < k; i++)
        moved.push(
          op === 'removed'
            ? { op: 'same', base: b0 + n + i, reading: r0 + i }
            : { op: 'same', base: b0 + i, reading: r0 + n + i },
        );
      out.splice(start - k, n + k, ...moved);
    }
  }
  return out;
}

/**
 * The raw scores the candidates step keeps (candidates.ts), read by every later step: for each pair of entries
 * i < j, its score and the share of each side the other carries. Kept in flat typed arrays, one slot per pair,
 * rows by the first entry in the order they are added, rather than a map per sentence of an object per pair: at a
 * thousand reports some 60,000 pairs live through the whole alignment, and objects that live that long are copied by
 * every young-generation garbage collection that meets them (docs/performance.md).
 *
 * Pure TypeScript; no astro:* import.
 */
import type { Scored } from './scoring.ts';

export class RawScores {
  /** Pair k is entries first[k] < second[k]. */
  private first = new Int32Array(1024);
  private second = new Int32Array(1024);
  private scores = new Float64Array(1024);
  private precisions = new Float64Array(1024);
  private recalls = new Float64Array(1024);
  private count = 0;
  /** Each entry's row: its pairs are rowStart[i] … rowEnd[i] − 1 (none when equal). */
  private readonly rowStart: Int32Array;
  private readonly rowEnd: Int32Array;

  /** `entries`: how many sentences the alignment has (entry numbers are 0 … entries − 1). */
  constructor(entries: number) {
    this.rowStart = new Int32Array(entries);
    this.rowEnd = new Int32Array(entries);
  }

  /**
   * The scores of `pairs`, each [i, j, scored] with i < j, added in the order given (rows in order of i): how a
   * test states the scores a step reads.
   */
  static of(entries: number, pairs: readonly (readonly [number, number, Scored])[]): RawScores {
    const table = new RawScores(entries);
    for (const [i, j, scored] of pairs) table.add(i, j, scored);
    return table;
  }

  /** Keeps the pair i < j; the rows must come in order of i (each sentence's candidates are scored together). */
  add(i: number, j: number, scored: Scored): void {
    if (!(i < j)) throw new Error(`RawScores.add: the first entry must come first (${i}, ${j})`);
    const last = this.count > 0 ? this.first[this.count - 1]! : -1;
    if (i < last)
      throw new Error(`RawScores.add: rows must be added in order of their first entry (${i} after ${last})`);
    if (this.count === this.first.length) this.grow();
    const k = this.count++;
    this.first[k] = i;
    this.second[k] = j;
    this.scores[k] = scored.score;
    this.precisions[k] = scored.precision;
    this.recalls[k] = scored.recall;
    if (i !== last) this.rowStart[i] = k;
    this.rowEnd[i] = k + 1;
  }

  private grow() {
    const bigger = <T extends Int32Array | Float64Array>(old: T): T => {
      const copy = new (old.constructor as new (length: number) => T)(old.length * 2);
      copy.set(old);
      return copy;
    };
    this.first = bigger(this.first);
    this.second = bigger(this.second);
    this.scores = bigger(this.scores);
    this.precisions = bigger(this.precisions);
    this.recalls = bigger(this.recalls);
  }

  /** How many pairs are kept; pair k (0 … size − 1) is read by the methods below. */
  get size(): number {
    return this.count;
  }

  /** The first (earlier) entry of pair k. */
  i(k: number): number {
    return this.first[k]!;
  }

  /** The second (later) entry of pair k. */
  j(k: number): number {
    return this.second[k]!;
  }

  score(k: number): number {
    return this.scores[k]!;
  }

  /** The share of i's weight that j carries. */
  precision(k: number): number {
    return this.precisions[k]!;
  }

  /** The share of j's weight that i carries. */
  recall(k: number): number {
    return this.recalls[k]!;
  }

  /** The pair of entries x and y, in either order, or −1 if it was not kept. */
  at(x: number, y: number): number {
    const i = x < y ? x : y;
    const j = x < y ? y : x;
    if (i < 0 || i >= this.rowEnd.length) return -1;
    for (let k = this.rowStart[i]!, end = this.rowEnd[i]!; k < end; k++) if (this.second[k] === j) return k;
    return -1;
  }

  /** The raw score of entries x and y in either order, 0 if not kept. */
  scoreOf(x: number, y: number): number {
    const k = this.at(x, y);
    return k < 0 ? 0 : this.scores[k]!;
  }
}

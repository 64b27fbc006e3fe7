/**
 * A cache that stops growing at a fixed number of entries: for work done once per distinct word, where the words of
 * a thousand reports are a few thousand repeated over and over (docs/performance.md, "Performance"), or once per distinct
 * sentence, where wire copies repeat a story's sentences word for word; but no input should make the cache grow
 * without end. Past the limit, new keys are computed every time and not kept; nothing is evicted, so a result never
 * changes with the order of the input.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();
  private readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  /** The value for `key`, computed by `compute` the first time (and kept while there is room). */
  get(key: K, compute: (key: K) => V): V {
    let value = this.entries.get(key);
    if (value === undefined) {
      value = compute(key);
      if (this.entries.size < this.limit) this.entries.set(key, value);
    }
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * A BoundedCache of pairs, kept by the first key then the second, so that asking costs no joined key: for work done
 * once per distinct pair (two readings' likeness), asked for over and over at a thousand reports.
 * It stops growing at `limit` pairs and evicts nothing.
 */
export class BoundedPairCache<A, B, V> {
  private readonly rows = new Map<A, Map<B, V>>();
  private readonly limit: number;
  private count = 0;

  constructor(limit: number) {
    this.limit = limit;
  }

  /** The value for the pair, computed by `compute` the first time (and kept while there is room). */
  get(a: A, b: B, compute: (a: A, b: B) => V): V {
    let row = this.rows.get(a);
    let value = row?.get(b);
    if (value === undefined) {
      value = compute(a, b);
      if (this.count < this.limit) {
        if (!row) this.rows.set(a, (row = new Map()));
        row.set(b, value);
        this.count++;
      }
    }
    return value;
  }

  /** How many pairs are kept. */
  get size(): number {
    return this.count;
  }
}

/** The limit of the word caches: far above the vocabulary of ten thousand reports, far below a memory concern. */
export const WORD_CACHE_LIMIT = 200_000;

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

/** The limit of the word caches: far above the vocabulary of ten thousand reports, far below a memory concern. */
export const WORD_CACHE_LIMIT = 200_000;

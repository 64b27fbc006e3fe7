/**
 * A memo for values worked out from a word or a short key: the vocabulary of reports is small and repeats, so each
 * form is computed once. Bounded, so that no input grows it without end: past the bound, values are computed and
 * not kept.
 */
export class BoundedCache<K, V> {
  readonly #map = new Map<K, V>();
  readonly #limit: number;

  constructor(limit = 200_000) {
    this.#limit = limit;
  }

  get(key: K, compute: (key: K) => V): V {
    const hit = this.#map.get(key);
    if (hit !== undefined || this.#map.has(key)) return hit as V;
    const value = compute(key);
    if (this.#map.size < this.#limit) this.#map.set(key, value);
    return value;
  }
}

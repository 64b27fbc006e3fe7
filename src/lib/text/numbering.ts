/**
 * Numbers for strings, 0, 1, 2… in the order they are first met: the analysis compares numbers in flat arrays
 * where it would otherwise look strings up in maps (statement alignment's terms and words, text reuse's words).
 *
 * Pure TypeScript; no astro:* import.
 */
export class Numbering {
  private readonly ids = new Map<string, number>();

  /** The number of `value`: a new one, the next, the first time it is met. */
  idOf(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) this.ids.set(value, (id = this.ids.size));
    return id;
  }

  /** How many distinct strings have been numbered. */
  get size(): number {
    return this.ids.size;
  }
}

/** Whether two lists hold the same items in the same order (strings, or the numbers a Numbering gives them). */
export function sameSequence<T>(a: ArrayLike<T>, b: ArrayLike<T>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Each distinct shingle's number, 0, 1, 2… in the order first met, found from its words' numbers: an open-addressing
 * hash table over flat arrays, where the shingle index keyed a Map by a string made for every shingle of every
 * paragraph (at a thousand reports, the largest cost of text reuse). A shingle's key string (ShingleKeys, two code
 * units a word) still names it where passages are found, and `idOfKey` reads it back.
 */
export class ShingleTable {
  readonly n: number;
  /** Shingle id's words: words[id * n] to words[id * n + n - 1]. */
  private words = new Int32Array(1024);
  /** Shingle id's hash, kept for growing the table. */
  private hashes = new Int32Array(256);
  /** Slot → shingle id + 1 (0: empty). */
  private slots = new Int32Array(1024);
  private count = 0;

  constructor(n: number) {
    this.n = n;
  }

  /** How many distinct shingles have been numbered. */
  get size(): number {
    return this.count;
  }

  private hashAt(ids: ArrayLike<number>, start: number): number {
    let h = 0x811c9dc5;
    for (let k = 0; k < this.n; k++) h = Math.imul(h ^ ids[start + k]!, 0x01000193);
    return h ^ (h >>> 15);
  }

  private sameAt(id: number, ids: ArrayLike<number>, start: number): boolean {
    const at = id * this.n;
    for (let k = 0; k < this.n; k++) if (this.words[at + k] !== ids[start + k]) return false;
    return true;
  }

  /** The slot that holds the shingle at ids[start…start + n), or the empty slot where it would go. */
  private slotOf(hash: number, ids: ArrayLike<number>, start: number): number {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const held = this.slots[slot]!;
      if (held === 0 || (this.hashes[held - 1] === hash && this.sameAt(held - 1, ids, start))) return slot;
      slot = (slot + 1) & mask;
    }
  }

  /** The number of the shingle of words ids[start…start + n): a new one, the next, the first time it is met. */
  idAt(ids: ArrayLike<number>, start: number): number {
    const hash = this.hashAt(ids, start);
    const slot = this.slotOf(hash, ids, start);
    const held = this.slots[slot]!;
    if (held !== 0) return held - 1;
    const id = this.count++;
    if ((id + 1) * this.n > this.words.length) this.words = grown(this.words, (id + 1) * this.n * 2);
    if (id >= this.hashes.length) this.hashes = grown(this.hashes, this.hashes.length * 2);
    for (let k = 0; k < this.n; k++) this.words[id * this.n + k] = ids[start + k]!;
    this.hashes[id] = hash;
    this.slots[slot] = id + 1;
    if (this.count * 2 > this.slots.length) this.rehash();
    return id;
  }

  /** The number of the shingle whose words are ids[start…start + n), or -1 if it was never met. */
  find(ids: ArrayLike<number>, start: number): number {
    return this.slots[this.slotOf(this.hashAt(ids, start), ids, start)]! - 1;
  }

  /** The number of a shingle by its key (ShingleKeys: each word's number as two code units), or -1. */
  idOfKey(key: string): number {
    const ids: number[] = [];
    for (let k = 0; k < key.length; k += 2) ids.push(key.charCodeAt(k) | (key.charCodeAt(k + 1) << 16));
    return ids.length === this.n ? this.find(ids, 0) : -1;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.count; id++) {
      let slot = this.hashes[id]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }
}

function grown(old: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(size);
  bigger.set(old);
  return bigger;
}

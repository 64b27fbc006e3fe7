/**
 * The shingle numbers (src/lib/analysis/reuse/shingle-table.ts): 0, 1, 2… in the order first met, the same shingle
 * the same number wherever it stands, and found again from its key.
 */
import { describe, expect, test } from 'vitest';
import { ShingleTable } from '../../../../src/lib/analysis/reuse/shingle-table.ts';

describe('ShingleTable', () => {
  test('numbers shingles in the order first met; a repeat gets its first number', () => {
    const table = new ShingleTable(3);
    // Words 1 2 3 1 2 3 4: shingles 123, 231, 312, 123 (again), 234.
    const words = [1, 2, 3, 1, 2, 3, 4];
    const ids = [0, 1, 2, 3, 4].map((start) => table.idAt(words, start));
    expect(ids).toEqual([0, 1, 2, 0, 3]);
    expect(table.size).toBe(4);
    expect(table.find([9, 2, 3, 4], 1)).toBe(3);
    expect(table.find([3, 2, 1], 0)).toBe(-1);
  });

  test('finds a shingle from its key, two code units a word number', () => {
    const table = new ShingleTable(2);
    table.idAt([5, 70000], 0);
    const key = String.fromCharCode(5, 0, 70000 & 0xffff, 70000 >>> 16);
    expect(table.idOfKey(key)).toBe(0);
    expect(table.idOfKey(String.fromCharCode(5, 0, 6, 0))).toBe(-1);
  });

  test('keeps every number as it grows past its first size', () => {
    const table = new ShingleTable(2);
    const words = Array.from({ length: 20001 }, (_, i) => i % 7919);
    const first = new Map<string, number>();
    for (let start = 0; start + 2 <= words.length; start++) {
      const id = table.idAt(words, start);
      const pair = `${words[start]} ${words[start + 1]}`;
      if (!first.has(pair)) first.set(pair, first.size);
      expect(id).toBe(first.get(pair));
    }
    expect(table.size).toBe(first.size);
  });
});

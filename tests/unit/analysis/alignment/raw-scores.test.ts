/**
 * The raw scores' flat table (src/lib/analysis/alignment/raw-scores.ts): each pair found from either side, its
 * shares the right way round, pairs read in the order added, and the order it needs checked.
 */
import { describe, expect, test } from 'vitest';
import { RawScores } from '../../../../src/lib/analysis/alignment/raw-scores.ts';

const scored = (score: number, precision = 0.5, recall = 0.5) => ({ score, precision, recall });

describe('RawScores', () => {
  const table = RawScores.of(6, [
    [0, 3, scored(0.6, 0.7, 0.4)],
    [0, 1, scored(0.35)],
    [2, 5, scored(0.9)],
  ]);

  test('a pair is found from either side, and a pair never added is not', () => {
    expect(table.scoreOf(0, 3)).toBe(0.6);
    expect(table.scoreOf(3, 0)).toBe(0.6);
    expect(table.scoreOf(5, 2)).toBe(0.9);
    expect(table.at(1, 3)).toBe(-1);
    expect(table.scoreOf(1, 3)).toBe(0);
    expect(table.at(4, 5)).toBe(-1);
  });

  test('pairs are read in the order added, each with its shares of the first and the second entry', () => {
    const read = Array.from({ length: table.size }, (_, k) => [table.i(k), table.j(k), table.score(k)]);
    expect(read).toEqual([
      [0, 3, 0.6],
      [0, 1, 0.35],
      [2, 5, 0.9],
    ]);
    const k = table.at(3, 0);
    expect([table.precision(k), table.recall(k)]).toEqual([0.7, 0.4]);
  });

  test('a table grows past its first size', () => {
    const pairs = Array.from({ length: 3000 }, (_, k) => [k, k + 1, scored(k / 3000)] as const);
    const big = RawScores.of(3001, pairs);
    expect(big.size).toBe(3000);
    expect(big.scoreOf(2999, 2998)).toBe(2998 / 3000);
  });

  test('a pair must come in order, and rows in order of their first entry', () => {
    expect(() => RawScores.of(4, [[2, 1, scored(0.5)]])).toThrow(/first entry must come first/u);
    expect(() =>
      RawScores.of(4, [
        [2, 3, scored(0.5)],
        [1, 3, scored(0.5)],
      ]),
    ).toThrow(/in order of their first entry/u);
  });
});

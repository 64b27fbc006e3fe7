/**
 * The reuse analysis's steps on their own (src/lib/analysis/reuse/reuse.ts, src/lib/analysis/reuse/reuse-passages.ts), on three made-up reports
 * whose shingles are counted by hand: with five-word shingles, A "one two three four five six" has two (one…five,
 * two…six), B "zero one two three four five" two (zero…four, one…five), C "seven eight nine ten eleven" one.
 */
import { describe, expect, test } from 'vitest';
import { countPairs, findPassages, indexShingles } from '../../../../src/lib/analysis/reuse/reuse.ts';

const doc = (id: string, text: string) => ({ id, paragraphs: [{ anchor: 'p1', text }] });
const documents = [
  doc('a', 'One two three four five six.'),
  doc('b', 'Zero one two three four five.'),
  doc('c', 'Seven eight nine ten eleven.'),
];

describe('indexShingles', () => {
  const index = indexShingles(documents, 5);
  test('each report keeps its distinct shingles, each shingle its holders', () => {
    const own = (d: number) => index.ownStart[d + 1]! - index.ownStart[d]!;
    expect([own(0), own(1), own(2)]).toEqual([2, 2, 1]);
    // Four distinct shingles in all; only one…five is held by two reports (a and b).
    expect(index.holderCount.length).toBe(4);
    expect(index.holderCount.filter((c) => c === 2)).toHaveLength(1);
  });
});

describe('countPairs and findPassages', () => {
  const index = indexShingles(documents, 5);
  const pairs = countPairs(documents, index, 25);
  test('only the pair that shares a shingle is listed, with its containment both ways', () => {
    expect(pairs).toEqual([{ a: 'a', b: 'b', shared: 1, aInB: 0.5, bInA: 0.5, passages: null }]);
  });

  test('a shingle held by more reports than the stock-phrase limit makes no pair', () => {
    expect(countPairs(documents, index, 1)).toEqual([]);
  });

  test("the shared passage is found in both reports' own text", () => {
    findPassages(documents, index, pairs, 25);
    expect(pairs[0]!.passages).toEqual([
      {
        words: 5,
        a: { anchor: 'p1', sentence: null, start: 0, end: 23, text: 'One two three four five' },
        b: { anchor: 'p1', sentence: null, start: 5, end: 28, text: 'one two three four five' },
      },
    ]);
  });
});

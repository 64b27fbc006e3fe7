/** Looking up the pairs of a reuse analysis (src/lib/analysis/reuse/reuse.ts: pairLookup, containment, unrelatedPairs). */
import { expect, test } from 'vitest';
import {
  type ReuseAnalysis,
  containment,
  pairLookup,
  unrelatedPairs,
} from '../../../../src/lib/analysis/reuse/reuse.ts';

// Three pairs of four reports: a–b and c–a share wording, b–d too; a–d, b–c and c–d share nothing.
const analysis: Pick<ReuseAnalysis, 'pairs' | 'documents'> = {
  documents: ['c', 'a', 'b', 'd'],
  pairs: [
    { a: 'c', b: 'a', shared: 3, aInB: 0.5, bInA: 0.25, passages: null },
    { a: 'a', b: 'b', shared: 8, aInB: 0.8, bInA: 0.4, passages: null },
    { a: 'b', b: 'd', shared: 1, aInB: 0.1, bInA: 1, passages: null },
  ],
};

test('a pair is found from either report', () => {
  const lookup = pairLookup(analysis);
  expect(lookup.pair('a', 'b')).toBe(analysis.pairs[1]);
  expect(lookup.pair('b', 'a')).toBe(analysis.pairs[1]);
  expect(lookup.pair('a', 'c')).toBe(analysis.pairs[0]);
  expect(lookup.pair('a', 'd')).toBeUndefined();
});

test('containment is directional, 0 where the reports share nothing', () => {
  expect(containment(analysis, 'a', 'b')).toBe(0.8);
  expect(containment(analysis, 'b', 'a')).toBe(0.4);
  expect(containment(analysis, 'c', 'a')).toBe(0.5);
  expect(containment(analysis, 'a', 'c')).toBe(0.25);
  expect(containment(analysis, 'd', 'b')).toBe(1);
  expect(containment(analysis, 'c', 'd')).toBe(0);
});

test('the unrelated pairs, in the order of the documents', () => {
  expect(unrelatedPairs(analysis)).toEqual([
    ['c', 'b'],
    ['c', 'd'],
    ['a', 'd'],
  ]);
});

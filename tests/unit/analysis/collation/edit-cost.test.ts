/**
 * The cost of two word lists' differences (src/lib/analysis/collation/edit-cost.ts) is the one counted over jsdiff's
 * own path (diff.ts's `steps`): each run of changes between shared words costs the more of its two sides.
 */
import { describe, expect, test } from 'vitest';
import { steps } from '../../../../src/lib/analysis/collation/diff.ts';
import { editCost } from '../../../../src/lib/analysis/collation/edit-cost.ts';

/** The cost as likeness counted it before edit-cost.ts: over jsdiff's steps. */
function costOverSteps(a: string[], b: string[]): number {
  let cost = 0;
  let removed = 0;
  let added = 0;
  const close = () => {
    cost += Math.max(removed, added);
    removed = added = 0;
  };
  for (const step of steps(a, b)) {
    if (step.op === 'same') close();
    else if (step.op === 'removed') removed++;
    else added++;
  }
  close();
  return cost;
}

/** A small seeded generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('editCost', () => {
  test('hand-counted cases', () => {
    const w = (s: string) => (s === '' ? [] : s.split(' '));
    expect(editCost(w('the two sides met'), w('the two sides met'))).toBe(0);
    expect(editCost(w(''), w('a b c'))).toBe(3);
    expect(editCost(w('a b c'), w(''))).toBe(3);
    // "joint" left out: one place, one word.
    expect(editCost(w('the joint patrol'), w('the patrol'))).toBe(1);
    // "of the dialogue" for "of talks": one place, the more of its two sides (2 against 1).
    expect(editCost(w('ministers of the dialogue met'), w('ministers of talks met'))).toBe(2);
    // Two places apart: 1 + 1.
    expect(editCost(w('a b c d e'), w('a x c y e'))).toBe(2);
  });

  test('the same cost as over jsdiff’s path, on 3,000 random pairs with repeated words', () => {
    const next = random(7);
    for (let i = 0; i < 3000; i++) {
      const vocabulary = 2 + Math.floor(next() * 8);
      const list = () => Array.from({ length: Math.floor(next() * 25) }, () => `w${Math.floor(next() * vocabulary)}`);
      const a = list();
      // Half the time an edited copy of the first, as readings of one statement are.
      const b = next() < 0.5 ? list() : a.filter(() => next() > 0.2).map((x) => (next() < 0.1 ? 'new' : x));
      expect(editCost(a, b), `${a.join(' ')} | ${b.join(' ')}`).toBe(costOverSteps(a, b));
    }
  });
});
